"""CCTV 新闻联播 (2021-11-21): reactions to 习近平's speech at the third 一带一路 symposium.

No statements: 大家表示 (twice) is the unnamed crowd of a reaction piece, as vague as 有分析指 (guideline 3);
习近平 肯定了/分析了/提出 take noun objects (achievements, the situation, measures), no reported clause.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEO6ZibcTcStEzTgteq0vD211121"}

STATEMENTS = []

"""CCTV 新闻联播 (2023-11-11): 习近平's reply letter (近日) to the Philadelphia Orchestra's 马思艺.

近日 dates nothing (said_on null).  Later sentences of the letter are not added (guideline 2).  马思艺's letter
回顾/介绍 (content-less) and 希望 (a wish, no cue): no statement.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDErM7A8CV7EzYLmjEmyppd231111"}

STATEMENTS = [
    S("indirect", "习近平", "指出", a="得知费城交响乐团11月", b="我感到由衷的高兴"),
    S("indirect", "习近平", "强调", "音乐跨越国界，文化架起桥梁"),
]

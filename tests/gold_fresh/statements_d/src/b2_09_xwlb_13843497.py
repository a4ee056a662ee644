"""CCTV 新闻联播 (2013-11-13): reactions to the Third Plenum.

专家张力表示 speaks (named); 专家认为 (no name) is generic, as 分析師 in batch C: no row.  全会指出，要“…”、“…”增添了…
and 全会提出，要“…”，让… are the plenum's words (its document), each clause up to the writer's comment after it, and
each quote holds a predicate (direct as well); no date is given for the plenum.
"""
from build_gold import S

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1384349703574724"}

STATEMENTS = [
    S("indirect", "张力", "表示", "三中全会决议每一层关于改革的部署设计，都非常明确，有着非常强烈的导向性"),
    S("indirect", "全会", "指出", "要“着力清除市场壁垒”、“建立公平开放透明的市场规则”"),
    S("direct", "全会", "指出", "着力清除市场壁垒"),
    S("direct", "全会", "指出", "建立公平开放透明的市场规则"),
    S("indirect", "全会", "提出", "要“让广大农民平等参与现代化进程、共同分享现代化成果”"),
    S("direct", "全会", "提出", "让广大农民平等参与现代化进程、共同分享现代化成果"),
]

"""CCTV 新闻联播 (2020-09-29): symposium on the centenary of 王芳's birth.

Drawn for the officials work (issue 4); the draw is described in 4_1_ct_62f61082.py.
Annotated by reading, before the pipeline was run on it. 王芳 曾任… gives offices through a
verb: no rows (guideline 2). 诞辰100周年 is an anniversary: no number.
"""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE0lJ2R3H0s0aU9vkAkzRp200929"}

HAN = "中共中央政治局常委、国务院副总理韩正"
GUO = "中共中央政治局委员、中央政法委书记郭声琨"
ZHAO = "国务委员、公安部部长赵克志"
# A list of titles on one name: one row per office on the same name span (as 3_cn7).
OFFICIALS = [
    O("韩正", "政治局常委", "中共中央", "CN", at=HAN),
    O("韩正", "副总理", "国务院", "CN", at=HAN),
    O("郭声琨", "政治局委员", "中共中央", "CN", at=GUO),
    O("郭声琨", "书记", "中央政法委", "CN", at=GUO),
    O("赵克志", "国务委员", None, "CN", at=ZHAO),
    O("赵克志", "部长", "公安部", "CN", at=ZHAO),
]

STATEMENTS = [
    S("indirect", "郭声琨", "强调", a="要继承和发扬革命先辈", b="为实现中华民族伟大复兴的中国梦而努力奋斗", said_on="2020-09-29"),
]

DATES = [
    D("29日", "DATE", "2020-09-29"),
]

NUMBERS = []

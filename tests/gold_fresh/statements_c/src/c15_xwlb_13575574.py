"""CCTV 新闻联播 (2013-01-07): 走基层, the 曹家巷 demolition and the floor-area ratio.

No statement is dated (第二天 hangs off an undated 头一天).  说“不” is a one-word quote with no predicate (no row).
黄维芳的观点… reports her view with no cue verb (cue null; 此言一出 confirms an utterance).  金牛区政府认为 and
成都市规划局却认为 are two bodies' positions.  金牛区提出的5.8的容积率 is a noun.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1357557493978417"}

STATEMENTS = [
    S("indirect", "黄维芳", None, a="在曹家巷，很多人都把", b="绝对不能错过"),
    S("indirect", "金牛区政府", "认为", a="曹家巷现有住房面积14万平方米", b="因此必须上调容积率"),
    S("indirect", "成都市规划局", "认为", "容积率过高肯定会影响百姓将来的居住环境，所以坚决反对"),
]

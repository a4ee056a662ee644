"""CCTV 新闻联播 (2015-09-28): 习近平 presents the “和平尊” to the UN (当地时间27日 → 2015-09-27).

Both speeches are at the ceremony of 27日.  Only the first sentence after each cue is the clause (guideline 2).
潘基文…感谢中国政府… takes a noun object: no row.  “和平尊”, “中国红” are names.
"""
from build_gold import S

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1443438718180224"}

DAY = "2015-09-27"

STATEMENTS = [
    S("indirect", "习近平", "指出", "为纪念联合国成立70周年，中国政府决定向联合国赠送一座“和平尊”", said_on=DAY),
    S("indirect", "潘基文", "表示", "“和平尊”代表了中国同联合国的共同价值观和密切合作关系", said_on=DAY),
]

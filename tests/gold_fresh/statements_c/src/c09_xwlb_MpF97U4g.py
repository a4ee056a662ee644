"""CCTV 新闻联播 (2018-12-01): 习近平 meets 埃尔多安 in Buenos Aires (当地时间11月30日).

Every statement is at the meeting: said_on 2018-11-30.  Each clause ends at its sentence (guideline 2); the
sentences that follow are not added.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEMpF97U4g0UJR0FUFlLak181201"}

DAY = "2018-11-30"

STATEMENTS = [
    S("indirect", "习近平", "指出", "中土都是重要新兴市场国家", said_on=DAY),
    S("indirect", "习近平", "表示", "中方支持土耳其为实现稳定发展所作的努力", said_on=DAY),
    S("indirect", "埃尔多安", "表示", "很高兴土中关系持续发展深化", said_on=DAY),
]

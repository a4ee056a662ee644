"""CCTV 新闻联播 (2013-10-26): 刘云山 chairs the mass-line campaign group's meeting (26日).

Both statements are at the meeting: said_on 2013-10-26.  Each ends at its sentence; the lists and exhortations
after them are not added (guideline 2).
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1382786409772702"}

DAY = "2013-10-26"

STATEMENTS = [
    S("indirect", "刘云山", "说", a="抓好整改落实、建章立制", b="组织开展回头看", said_on=DAY),
    S("indirect", "刘云山", "说", a="问题查找出来，承诺也已做过", b="看整改是不是落到了行动上", said_on=DAY),
]

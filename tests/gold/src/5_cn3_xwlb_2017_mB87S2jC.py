"""CCTV 新闻联播 (2017-01-16): the Swiss Federal Council welcomes 习近平 in Bern (当地时间15日).

Drawn for the statements work (issue 4) after the first four were used in development, as a
fresh check: see the README, "Statement-rich additions".  Both speeches are made at the
welcome ceremony the first sentence dates.
"""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEmB87S2jC8cZk5gxJU5Li170116"}

DAY = "2017-01-15"

OFFICIALS = [
    O("习近平", "国家主席", None, "CN", at="国家主席习近平在伯尔尼"),
    O("洛伊特哈德", "联邦主席", "瑞士", "CH", at="瑞士联邦主席洛伊特哈德"),
    O("洛伊特哈德", "主席", None, "CH", at="洛伊特哈德主席和各位"),
    O("习近平", "主席", None, "CN", at="习近平主席访问瑞士"),
    O("习近平", "主席", None, "CN", at="向习近平主席和中国人民"),
]

STATEMENTS = [
    S("indirect", "习近平", "指出", a="洛伊特哈德主席和各位联邦委员", b="发展对华关系的积极态度", said_on=DAY),
    S("indirect", "习近平", "强调", "我这次访问，是为巩固友谊而来，是为推进合作而来，是为共谋和平与发展而来", said_on=DAY),
    S("indirect", "洛伊特哈德", "表示", "瑞士是中国值得信赖的伙伴", said_on=DAY),
]

DATES = [
    D("15日", "DATE", DAY, at="当地时间15日"),
    D("15时20分许", "TIME", "2017-01-15T15:20", "APPROX"),
    D("当前", "DATE", "PRESENT_REF"),
    D("1950年", "DATE", "1950"),
    D("去年", "DATE", "2016"),
    D("春节", "DATE", "2017-01-28"),
]

NUMBERS = [
    N("6位", 6, "位", "联邦委员", "=", "瑞士"),
]

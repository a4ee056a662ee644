"""CCTV 新闻联播 (2016-04-19): 习近平 meets the former US Treasury Secretary 鲍尔森 (19日).

Drawn for the statements work (issue 4): see the README, "Statement-rich additions".
"""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEtQBFGR5SVCab9vK8YICr160419"}

DAY = "2016-04-19"

OFFICIALS = [
    O("习近平", "国家主席", None, "CN", at="国家主席习近平"),
    O("鲍尔森", "财长", "美国", "US", at="美国前财长鲍尔森", status="former"),
    O("奥巴马", "总统", None, "US", at="奥巴马总统"),
    O("杨洁篪", "国务委员", None, "CN", at="国务委员杨洁篪"),
]

STATEMENTS = [
    S("indirect", "习近平", "指出", "当前，中美关系总体发展良好", said_on=DAY),
    # 介绍了中国经济情况 is a speech act without content; the 指出 after it reports.
    S("indirect", "习近平", "指出", "面对全球经济下行压力，中国确保了经济社会发展稳中有进、稳中向好", said_on=DAY),
    S("indirect", "鲍尔森", "表示", "美中关系十分重要", said_on=DAY),
]

DATES = [
    D("19日", "DATE", DAY),
    D("当前", "DATE", "PRESENT_REF", at="当前，中美关系"),
    D("今年3月", "DATE", "2016-03"),
    D("当前", "DATE", "PRESENT_REF", at="在当前全球经济"),
]

NUMBERS = []

"""CCTV 新闻联播 2013-11-13 (Wednesday): domestic briefs."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1384342330511420"}

DATES = [
    D("10月份", "DATE", "2013-10"),
    D("今天", "DATE", "2013-11-13", at="“老年希望工程”今天启动"),
    D("今天", "DATE", "2013-11-13", at="今天在北京"),
    D("目前", "DATE", "PRESENT_REF"),
    D("日前", "DATE", "PAST_REF"),
    D("两个多月", "DURATION", "P2M", "MORE_THAN"),
    D("2014年春节", "DATE", "2014-01-31"),
    D("现在", "DATE", "PRESENT_REF"),
    D("明年1月份", "DATE", "2014-01"),
]

"""CCTV 新闻联播 (2013-02-17, a Sunday): farm-machinery cooperatives in Heilongjiang.

Drawn for issue 5 with the seeded draw described in 6_tw1_ct_fe411e6e.py (CCTV articles of
300–800 characters, same number and statistics conditions; first CCTV pick).
Annotated by reading the text before the pipeline was run on it.  春节 2013 fell on 10 February.
"""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1361100062414449"}

OFFICIALS = [
    O("李凤玉", "理事长", "仁发农机合作社", "CN", at="仁发农机合作社的理事长李凤玉"),
]

STATEMENTS = []

DATES = [
    D("2003年", "DATE", "2003"),
    D("十年", "DURATION", "P10Y", at="十年间"),
    D("今天", "DATE", "2013-02-17"),
    D("春节", "DATE", "2013-02-10"),
    D("一年一度", "SET", "P1Y"),
    D("去年", "DATE", "2012"),
    D("2009年", "DATE", "2009"),
    D("一年", "DURATION", "P1Y", at="一年下来"),
    D("现在", "DATE", "PRESENT_REF"),
    D("今年", "DATE", "2013", at="今年李凤玉"),
    D("目前", "DATE", "PRESENT_REF"),
    D("今年", "DATE", "2013", at="今年中央一号文件"),
]

NUMBERS = [
    N("十年", 10, "年", None, at="十年间"),
    N("1700多个", 1700, "个", "专业合作社", ">", "黑龙江"),
    N("2700多万元", 27000000, "元", "盈利", ">", "合作社"),
    N("300多万", 3000000, None, "分红", ">", "合作社"),
    N("千万元以上", 10000000, "元", "农机合作社规模", ">"),
    N("70%", 70, "%", "补贴", holder="政府"),
    N("30%", 30, "%", "自己出资"),
    N("6个", 6, "个", "合伙人", holder="李凤玉"),
    N("1850万", 18500000, None, "总投资", holder="合作社"),
    N("一年", 1, "年", None, at="一年下来"),
    N("172万", 1720000, None, "亏损", holder="合作社"),
    N("1000多亩", 1000, "亩", "耕地", ">", "合作社"),
    N("1222户", 1222, "户", "社员", holder="合作社"),
    N("3万亩", 30000, "亩", "耕地面积", holder="合作社"),
    N("7、8千", None, None, "分红", low=7000, high=8000),
    N("3、4万", None, None, "分红", low=30000, high=40000),
    N("2千户", 2000, "户", "社员", holder="合作社"),
    N("5万亩", 50000, "亩", "耕地", holder="合作社"),
    N("千万元", 10000000, "元", "农机合作社规模", at="黑龙江千万元规模"),
    N("797个", 797, "个", "农机合作社", holder="黑龙江"),
    N("2750万亩", 27500000, "亩", "经营土地", holder="黑龙江"),
    N("2000个", 2000, "个", "大型农机合作社", holder="黑龙江"),
    N("千万", 10000000, None, "规模", at="2000个千万规模"),
]

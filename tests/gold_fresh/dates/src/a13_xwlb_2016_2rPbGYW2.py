"""CCTV 新闻联播 2016-12-17 (Saturday): the late prosecutor 苏知斌."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE2rPbGYW2SK85iZPCF2Wu161217"}

DATES = [
    D("33年", "DURATION", "P33Y", at="扎根高原藏区33年"),
    D("2013年", "DATE", "2013"),
    D("几个月", "DURATION", "PXM"),
    D("这些年", "DATE", "PAST_REF"),
    D("每天", "SET", "P1D"),
    D("十几分钟", "DURATION", "PT10M", "MORE_THAN"),
    D("今年9月2日", "DATE", "2016-09-02"),
    # 年仅50岁: an age, not a date (as 64歲 in the dev gold)
    D("33年", "DURATION", "P33Y", at="这33年"),
]

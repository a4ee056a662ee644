"""CCTV 新闻联播 2018-10-14 (Sunday): a new collection of Xi's writings."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEp9kIe0KrrVM3cFWjPr1g181014"}

DATES = [
    D("即日", "DATE", "2018-10-14"),       # 即日起: from this day; 起 left out like 以來
    D("2013年1月28日", "DATE", "2013-01-28"),
    D("2018年6月22日", "DATE", "2018-06-22"),
    # 党的十八大以来: an era, not annotated
]

"""CCTV 新闻联播 2019-05-10 (Friday): China Brand Day (second batch)."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEynrMraeLiBaWF6LN5Jur190510"}

DATES = [
    D("今年5月10日", "DATE", "2019-05-10"),
    D("中国品牌日", "DATE", "2019-05-10", at="第三个中国品牌日"),     # a named day (10 May)
    D("2019年中国品牌日", "DATE", "2019-05-10"),
    D("近年来", "DATE", "PAST_REF"),
]

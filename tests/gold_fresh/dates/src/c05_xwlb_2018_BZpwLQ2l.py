"""CCTV 新闻联播 2018-05-03 (Thursday): Xi's message to a law-school class (third batch)."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEBZpwLQ2lxzMFfqvhRRwb180503"}

DATES = [
    D("青年节", "DATE", "2018-05-04"),           # “五四”青年节, the coming 4 May
    D("2017年5月3日", "DATE", "2017-05-03"),
    D("近日", "DATE", "PAST_REF"),
    D("一年", "DURATION", "P1Y", at="一年来"),
]

"""CCTV 新闻联播 2020-10-08 (Thursday): international briefs (third batch)."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEuirCvEHzEOHgK4SlIJXd201008"}

DATES = [
    D("7日", "DATE", "2020-10-07", at="格拉西莫夫7日"),
    D("6日", "DATE", "2020-10-06"),
    D("2020年", "DATE", "2020", at="有望在2020年"),
    D("2021年", "DATE", "2021"),
    D("7日", "DATE", "2020-10-07", at="旅游部长7日"),
    D("2020年", "DATE", "2020", at="预计2020年"),
    D("2019年", "DATE", "2019"),
    D("7日", "DATE", "2020-10-07", at="7日在西班牙"),
    D("14分6秒62", "DURATION", "PT14M6.62S"),   # race times are lengths of time
    D("26分11秒", "DURATION", "PT26M11S"),
    # “世界纪录日” is the meeting's theme, no day
]

"""CCTV 新闻联播 2018-12-31 (Monday): Xi and Putin exchange New Year messages."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEkCSwsMFx378QUaJP7IIY181231"}

DATES = [
    D("2018年12月31日", "DATE", "2018-12-31"),
    # 新年 in 新年贺电 / 新年祝贺 names a kind of message, not a time: not annotated
    D("即将过去的一年", "DATE", "2018"),
    D("2019年", "DATE", "2019"),
    # 建交70周年 ×2: anniversaries are not dates
    D("2018年", "DATE", "2018", at="普京表示，2018年"),
    D("明年", "DATE", "2019"),
    D("同日", "DATE", "2018-12-31"),
]

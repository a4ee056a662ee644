"""CCTV 新闻联播 (2024-05-20, a Monday): Ningxia press conference."""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEqrS1lfRp7qevmxCeVdkc240520"}

OFFICIALS = []

STATEMENTS = []

DATES = [
    D("今天（5月20日）", "DATE", "2024-05-20"),
    D("2023年", "DATE", "2023"),
    D("连续3年", "DURATION", "P3Y"),
    D("近年来", "DATE", "PAST_REF"),
    D("连续7年", "DURATION", "P7Y"),
    D("2027年", "DATE", "2027"),
]

NUMBERS = [
    N("6.6%", 6.6, "%", "国内生产总值增长", "=", "宁夏"),
    N("超过3000万吨", 30000000, "吨", "现代煤化工建设规模", ">", "宁夏"),
    N("连续3年", 3, "年", None),
    N("超过400万吨", 4000000, "吨", "煤制油", ">", "宁夏"),
    N("连续7年", 7, "年", None),
    N("820万亩", 8200000, "亩", "荒漠化治理任务", "=", "宁夏"),
]

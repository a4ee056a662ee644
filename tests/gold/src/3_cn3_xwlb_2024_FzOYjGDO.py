"""CCTV 新闻联播 (2024-07-09, a Tuesday): Party building in central state organs."""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEFzOYjGDOz1gAaV2R3Kal240709"}

OFFICIALS = [
    O("习近平", "总书记", None, "CN", at="习近平总书记在2019年"),
    O("习近平", "总书记", None, "CN", at="习近平总书记重要指示"),
]

STATEMENTS = []

DATES = [
    D("2019年7月9日", "DATE", "2019-07-09"),
    D("近年来", "DATE", "PAST_REF"),
]

NUMBERS = []

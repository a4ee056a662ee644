"""CCTV 新闻联播 2024-03-18 (Monday): Putin re-elected."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEUlC7NoaEaw2N3uxkdx21240318"}

DATES = [
    D("今天（3月18日）", "DATE", "2024-03-18"),
    D("21日", "DATE", "2024-03-21"),
    D("今天", "DATE", "2024-03-18", at="普京今天在竞选"),
]

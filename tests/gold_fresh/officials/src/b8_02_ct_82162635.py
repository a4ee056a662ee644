"""中時新聞網 (2021-11-28): 潘忠政 on President Tsai's visit to the algal reef.

Batch 8 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112608).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-8216263543f8bbb8"}

OFFICIALS = [
    O("蔡英文", "總統", None, "TW", at="總統蔡英文日前"),
    O("蔡", "總統", None, "TW", at="是蔡總統睽違"),
    O("蔡", "總統", None, "TW", at="日前蔡總統在"),
    O("盧倩儀", "副研究員", "中研院歐美所", "TW", at="副研究員盧倩儀"),
]

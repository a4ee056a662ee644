"""自由時報 (2024-09-26): 黃帝穎 on the New York mayor and Trump.

Batch 7 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112607).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_3f3c04001da563091b80826bce9d972b"}

OFFICIALS = [
    # 律師黃帝穎 (a private lawyer) is a profession, as in the README.
    O("亞當斯", "紐約市長", "紐約市", "US", at="現任紐約市長亞當斯（"),
    # a party before 前總統 is his membership, not the body of the presidency (as 民主黨籍總統拜登).
    O("川普", "總統", None, "US", at="共和黨前總統川普均", status="former"),
    O("亞當斯", "紐約市長", "紐約市", "US", at="現任紐約市長亞當斯涉貪"),
    O("川普", "總統", None, "US", at="共和黨前總統川普5月", status="former"),
    O("陳水扁", "總統", None, "TW", at="民進黨前總統陳水扁", status="former"),
    O("馬英九", "總統", None, "TW", at="國民黨前總統馬英九", status="former"),
]

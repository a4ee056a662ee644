"""中時新聞網 (2021-11-05): 柯文哲 on the nuclear referendum.

Batch 7 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112607).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-c61388d72d824372"}

OFFICIALS = [
    O("柯文哲", "台北市長", "台北市", "TW", at="台北市長柯文哲"),
    O("蔡英文", "總統", None, "TW", at="蔡英文總統的說法"),
    O("蔡", "總統", None, "TW", at="按照蔡總統計畫"),
    O("蔡", "總統", None, "TW", at="到時候蔡總統已經"),
]

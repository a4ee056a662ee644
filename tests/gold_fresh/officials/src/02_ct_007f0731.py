"""中時新聞網 (2021-11-21): the DPP's referendum rallies in Kaohsiung and Taoyuan.

Batch 1 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112601).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-007f0731678c7690"}

OFFICIALS = [
    O("蔡英文", "總統", None, "TW", at="蔡英文總統、副總統"),
    O("賴清德", "副總統", None, "TW", at="副總統賴清德"),
    O("蘇貞昌", "行政院長", "行政院", "TW", at="行政院長蘇貞昌"),
    O("王美花", "經濟部長", "經濟部", "TW", at="經濟部長王美花"),
    O("鄭文燦", "桃園市長", "桃園市", "TW", at="桃園市長鄭文燦"),
]

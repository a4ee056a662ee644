"""中時新聞網 (2021-11-01): 賴士葆 on the pork referendum.

Batch 3 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112603).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-296db00f2267cf29"}

OFFICIALS = [
    O("蔡英文", "總統", None, "TW", at="總統蔡英文"),
    O("賴士葆", "立委", "國民黨", "TW", at="國民黨立委賴士葆"),
    O("賴清德", "副總統", None, "TW", at="副總統賴清德"),
    O("蘇貞昌", "行政院長", "行政院", "TW", at="行政院長蘇貞昌"),
]

"""中時新聞網 (2021-03-19): the KMT caucus motion to halt the third LNG terminal.

Batch 5 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112605).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-4e36bf081742e2fe"}

OFFICIALS = [
    O("蔡英文", "總統", None, "TW", at="總統蔡英文、"),
    # 蘇昌: the text drops 貞 from 蘇貞昌; the name is written as it stands.
    O("蘇昌", "行政院長", "行政院", "TW", at="行政院長蘇昌"),
]

"""中時新聞網 (2021-11-09): 游盈隆 and 施正鋒 on the DPP's referendum campaign.

Batch 2 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112602).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-d6813fa6c8697f9b"}

OFFICIALS = [
    O("游盈隆", "董事長", "台灣民意基金會", "TW", at="台灣民意基金會董事長游盈隆"),
    O("施正鋒", "教授", "東華大學", "TW", at="東華大學教授施正鋒"),
]

"""ETtoday新聞雲 (2024-11-05): election day, Japanese papers' forecasts.

Batch 5 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112605).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_d51a38c8240b38dad9d08b1442294328"}

OFFICIALS = [
    O("賀錦麗", "候選人", "民主黨", "US", at="▲民主黨候選人賀錦麗"),
    O("川普", "候選人", "共和黨", "US", at="共和黨候選人川普。（圖"),
    O("賀錦麗", "候選人", "民主黨", "US", at="其中民主黨候選人賀錦麗"),
    O("川普", "候選人", "共和黨", "US", at="共和黨候選人川普的支持率"),
]

"""ETtoday新聞雲 (2024-07-22): Trump on Biden's withdrawal.

Batch 6 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112606).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_d992ce6293c34309575445c2eb8eb849"}

OFFICIALS = [
    O("拜登", "總統", "美國", "US", at="美國總統拜登黯然"),
    O("賀錦麗", "副總統", None, "US", at="副總統賀錦麗接棒"),
    O("川普", "總統", "美國", "US", at="▲美國前總統川普", status="former"),
]

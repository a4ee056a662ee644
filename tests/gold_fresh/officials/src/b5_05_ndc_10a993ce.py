"""ETtoday新聞雲 (2024-07-27): Trump will return to Butler.

Batch 5 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112605).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_10a993ceed1aeaec8c91dbb997cb538a"}

OFFICIALS = [
    O("川普", "總統", "美國", "US", at="▲美國前總統川普", status="former"),
    O("川普", "總統", "美國", "US", at="美國前總統、共和黨參選人川普", status="former"),
    O("川普", "參選人", "共和黨", "US", at="美國前總統、共和黨參選人川普"),
]

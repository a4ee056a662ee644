"""自由時報 (2024-09-24): the closest race in sixty years.

Batch 3 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112603).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_aedff4d2d771a3c0f385ae1df9bdf8e1"}

OFFICIALS = [
    O("賀錦麗", "候選人", "民主黨", "US", at="民主黨候選人賀錦麗（左）"),
    O("川普", "候選人", "共和黨", "US", at="共和黨候選人川普（右）"),
    O("賀錦麗", "候選人", "民主黨", "US", at="民主黨候選人賀錦麗與"),
    O("川普", "候選人", "共和黨", "US", at="共和黨候選人川普的選情"),
]

"""ETtoday新聞雲 (2024-11-05): Katy Perry at a Harris rally on election eve.

Batch 2 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112602).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_08ce4fe3132089c191f36c44556ae1f4"}

OFFICIALS = [
    O("賀錦麗", "候選人", "民主黨", "US", at="民主黨候選人賀錦麗"),
    O("川普", "總統", None, "US", at="前總統、共和黨總統候選人川普", status="former"),
    O("川普", "總統候選人", "共和黨", "US", at="前總統、共和黨總統候選人川普"),
    # 流行天后, 評論員: descriptions, not posts. Photo captions are frames too.
    O("賀錦麗", "副總統", "美國", "US", at="美國副總統賀錦麗。"),
    O("川普", "總統", "美國", "US", at="美國前總統川普。", status="former"),
]

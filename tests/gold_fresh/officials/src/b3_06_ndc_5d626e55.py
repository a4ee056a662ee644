"""ETtoday新聞雲 (2024-09-12): Biden in a Trump cap.

Batch 3 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112603).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_5d626e55481313dde40f58eb42506f95"}

OFFICIALS = [
    O("拜登", "總統", None, "US", at="總統拜登（Joe"),
    O("川普", "參選人", "共和黨", "US", at="共和黨參選人川普"),
    O("賀錦麗", "候選人", "民主黨", "US", at="民主黨候選人賀錦麗"),
    O("貝茲", "副發言人", "白宮", "US", at="白宮副發言人貝茲"),
]

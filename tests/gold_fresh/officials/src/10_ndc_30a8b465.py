"""中央通訊社 (2024-10-12): Harris publishes a medical report.

Batch 1 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112601).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_30a8b4655c3d71c6e7059a8bb58ebbfd"}

OFFICIALS = [
    O("賀錦麗", "總統候選人", "民主黨", "US", at="美國民主黨總統候選人、現任副總統賀錦麗"),
    O("賀錦麗", "副總統", None, "US", at="美國民主黨總統候選人、現任副總統賀錦麗"),
    O("川普", "總統", None, "US", at="前總統川普", status="former"),
    O("拜登", "總統", None, "US", at="總統拜登7月"),
]

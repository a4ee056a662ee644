"""經濟日報 (2024-08-03): the EU's Trump task force.

Batch 4 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112604).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udnp-292928e7-bf7d-4ac8-8188-8b90c4c03d5b"}

OFFICIALS = [
    O("川普", "總統", "美國", "US", at="美國前總統川普", status="former"),
    O("賀錦麗", "副總統", None, "US", at="副總統賀錦麗"),
    # The EU is no country.
    O("尤漢森", "秘書長", "歐盟執委會", None, at="歐盟執委會秘書長尤漢森"),
]

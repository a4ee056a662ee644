"""自由時報 (2024-07-25): Pelosi on Netanyahu's speech to Congress.

Batch 1 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112601).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_ca8128d4b2a0bfd19a998a13d3eb03b1"}

OFFICIALS = [
    O("裴洛西", "議長", "聯邦眾議院", "US", at="美國聯邦眾議院前議長裴洛西", status="former"),
    O("川普", "總統", None, "US", at="時任總統川普", status="former"),
    O("裴洛西", "議長", "聯邦眾議院", "US", at="前美國聯邦眾議院議長裴洛西（Nancy", status="former"),
    O("納坦雅胡", "總理", "以色列", "IL", at="以色列總理納坦雅胡（Benjamin"),
    O("澤倫斯基", "總統", "烏克蘭", "UA", at="烏克蘭總統澤倫斯基"),
    O("納坦雅胡", "總理", "以色列", "IL", at="以色列總理納坦雅胡在美國國會"),
]

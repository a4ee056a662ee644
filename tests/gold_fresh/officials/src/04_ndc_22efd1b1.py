"""中央通訊社 (2024-10-04): Walz courts Muslim voters.

Batch 1 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112601).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_22efd1b1c0eecb7ca51bd711a843e63d"}

OFFICIALS = [
    O("賀錦麗", "總統候選人", "民主黨", "US", at="美國民主黨總統候選人賀錦麗的副手"),
    O("拜登", "總統", "美國", "US", at="美國總統拜登政府"),
    O("賀錦麗", "副總統", None, "US", at="副總統賀錦麗（Kamala"),
    O("華茲", "州長", "明尼蘇達州", "US", at="明尼蘇達州州長華茲（Tim"),
    O("賀錦麗", "副總統", None, "US", at="「副總統賀錦麗與我"),
    O("川普", "候選人", "共和黨", "US", at="共和黨候選人川普之間"),
    O("拜登", "總統", None, "US", at="現任總統拜登已於"),
]

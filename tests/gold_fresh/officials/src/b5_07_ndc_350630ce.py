"""中央通訊社 (2024-09-16): a second attempt on Trump's life.

Batch 5 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112605).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_350630ce4000cecf0f58dab52ea27e80"}

OFFICIALS = [
    O("川普", "總統候選人", "共和黨", "US", at="美國共和黨總統候選人川普"),
    # BBC駐北美記者朱契爾: a reporter is a role, not a post.
    O("川普", "總統", None, "US", at="目標都是前總統川普", status="former"),
    O("拜登", "總統", None, "US", at="總統拜登和"),
    O("賀錦麗", "副總統", None, "US", at="副總統賀錦麗（Kamala"),
    O("川普", "總統", None, "US", at="前總統川普及", status="former"),
]

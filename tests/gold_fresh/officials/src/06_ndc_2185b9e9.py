"""中央通訊社 (2024-09-22): the Quad summit in Wilmington.

Batch 1 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112601).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_2185b9e9d328673022657d6587ba96ca"}

OFFICIALS = [
    O("拜登", "總統", "美國", "US", at="美國總統拜登老家"),
    O("習近平", "國家主席", "中國", "CN", at="（中國國家主席）習近平"),
    O("岸田文雄", "首相", "日本", "JP", at="日本首相岸田文雄"),
    O("艾班尼斯", "總理", "澳洲", "AU", at="澳洲總理艾班尼斯"),
    O("賀錦麗", "候選人", "民主黨", "US", at="民主黨候選人賀錦麗"),
    O("川普", "候選人", "共和黨", "US", at="共和黨候選人川普"),
]

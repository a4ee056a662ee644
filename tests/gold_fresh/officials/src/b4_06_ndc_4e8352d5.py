"""自由時報 (2024-07-23): Harris secures enough delegates.

Batch 4 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112604).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_4e8352d5df53a7d2fcae88bdad0d4547"}

OFFICIALS = [
    O("拜登", "總統", "美國", "US", at="美國總統拜登21日"),
    O("賀錦麗", "副總統", None, "US", at="副總統賀錦麗（Kamala"),
    O("希克斯", "主席", "加州民主黨", "US", at="加州民主黨主席希克斯"),
    O("哈里森", "主席", "民主黨全國委員會", "US", at="民主黨全國委員會主席哈里森"),
]

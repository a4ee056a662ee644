"""自由時報 (2024-08-03): Harris has the delegates.

Batch 6 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112606).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_05fd3e421e9b0dedadad6dd5bbc5a6b2"}

OFFICIALS = [
    O("賀錦麗", "副總統", "美國", "US", at="美國副總統賀錦麗，已獲得"),
    O("哈里森", "主席", "民主黨全國委員會", "US", at="民主黨全國委員會主席哈里森"),
    O("賀錦麗", "副總統", None, "US", at="副總統賀錦麗（Kamala"),
    O("拜登", "總統", None, "US", at="總統拜登退出"),
]

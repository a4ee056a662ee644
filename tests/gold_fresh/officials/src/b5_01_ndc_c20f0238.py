"""ETtoday/中央社 (2024-09-13): Vance on a demilitarised zone in Ukraine.

Batch 5 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112605).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_c20f0238c187eeeecf989a8fb6cf4475"}

OFFICIALS = [
    O("范斯", "副總統參選人", "共和黨", "US", at="共和黨副總統參選人范斯"),
    # 民主黨對手 (opponent) is no post.
    O("賀錦麗", "副總統", None, "US", at="副總統賀錦麗（Kamala"),
    O("澤倫斯基", "總統", "烏克蘭", "UA", at="烏克蘭總統澤倫斯基"),
    O("蒲亭", "總統", "俄國", "RU", at="俄國總統蒲亭"),
]

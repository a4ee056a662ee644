"""ETtoday/中央社 (2024-09-04): Graphika on a Chinese influence operation.

Batch 1 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112601).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_56d2e1dda3ed1a3031e7095af17d0749"}

OFFICIALS = [
    O("川普", "總統候選人", "共和黨", "US", at="共和黨總統候選人川普"),
    O("拜登", "總統", None, "US", at="現任總統拜登"),
    O("史塔布斯", "主管", "Graphika研究團隊", "US", at="Graphika研究團隊主管史塔布斯"),
]

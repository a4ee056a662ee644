"""ETtoday新聞雲 (2024-10-02): Trump's 10% of GDP for Taiwan's defence.

Batch 7 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112607).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_8d83fff585fb08f81fb4927af4bba4ab"}

OFFICIALS = [
    # photo caption; the byline 記者杜冠霖 and 資深媒體人黃暐瀚 are no rows.
    O("川普", "總統", "美國", "US", at="▲美國前總統川普", status="former"),
    O("川普", "總統候選人", "共和黨", "US", at="美國共和黨總統候選人川普在接受"),
    O("川普", "總統候選人", "共和黨", "US", at="刊出美國共和黨總統候選人川普專訪"),
]

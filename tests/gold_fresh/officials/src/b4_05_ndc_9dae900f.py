"""中央通訊社 (2024-09-06): Putin says he backs Harris.

Batch 4 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112604).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_9dae900f1fa858d64010fdcab853488a"}

OFFICIALS = [
    O("蒲亭", "總統", "俄羅斯", "RU", at="俄羅斯總統蒲亭"),
    O("賀錦麗", "總統候選人", "民主黨", "US", at="民主黨總統候選人賀錦麗"),
    O("川普", "候選人", "共和黨", "US", at="共和黨候選人川普"),
    O("柯比", "戰略溝通協調官", "白宮國安會", "US", at="白宮國安會戰略溝通協調官柯比"),
    O("川普", "總統", "美國", "US", at="美國前總統川普", status="former"),
    O("賀錦麗", "副總統", None, "US", at="現任副總統賀錦麗"),
    # 民主黨籍 is a membership.
    O("拜登", "總統", None, "US", at="現任總統拜登"),
]

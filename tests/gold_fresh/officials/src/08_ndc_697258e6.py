"""自由時報 (2024-08-13): the Washington Post's questions to Harris.

Batch 1 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112601).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_697258e6076a0d7cc3d0b225a2d6581a"}

OFFICIALS = [
    # 準 (presumptive) names a different standing from a nominee, like 臨時 in 臨時議長: kept.
    O("賀錦麗", "準總統候選人", "民主黨", "US", at="民主黨準總統候選人賀錦麗處理"),
    O("川普", "候選人", "共和黨", "US", at="共和黨候選人川普的人"),
    O("拜登", "總統", None, "US", at="總統拜登放棄"),
    O("賀錦麗", "副總統", "美國", "US", at="美國副總統賀錦麗"),
    O("拜登", "總統", None, "US", at="取代總統拜登"),
    O("華茲", "州長", "明尼蘇達州", "US", at="明尼蘇達州州長華茲"),
    O("普廷", "總統", "俄羅斯", "RU", at="俄羅斯總統普廷"),
]

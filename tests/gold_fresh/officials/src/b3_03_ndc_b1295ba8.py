"""自由時報 (2024-10-30): the FSC's checks on virtual-asset firms.

Batch 3 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112603).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_b1295ba84eb1562a95c09f7f89ec5437"}

OFFICIALS = [
    # 檢查局長: a bureau fused with its head (as 選務處長 in the dev gold).
    O("童政彰", "檢查局長", "檢查局", "TW", at="檢查局長童政彰（記者"),
    O("川普", "總統候選人", "共和黨", "US", at="美國共和黨總統候選人川普"),
    O("童政彰", "檢查局長", "檢查局", "TW", at="檢查局長童政彰表示"),
    O("彭金隆", "主委", "金管會", "TW", at="金管會主委彭金隆"),
    O("吳秉叡", "立委", "民進黨", "TW", at="民進黨立委吳秉叡"),
]

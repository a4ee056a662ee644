"""中央通訊社 (2024-11-06): Taiwanese firms on Trump's win.

Batch 6 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112606).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_04cda4b397d2574d20a719ac859d5a40"}

OFFICIALS = [
    O("川普", "候選人", "共和黨", "US", at="美國總統選舉共和黨候選人川普"),
    O("川普", "總統候選人", "共和黨", "US", at="共和黨總統候選人、前總統川普"),
    O("川普", "總統", None, "US", at="共和黨總統候選人、前總統川普", status="former"),
    O("張家豪", "總經理", "研華嵌入式物聯網平台事業群", "TW", at="事業群總經理張家豪"),
    O("洪水樹", "董事長", "可成", "TW", at="可成董事長洪水樹"),
    O("賀錦麗", "總統候選人", "民主黨", "US", at="民主黨總統候選人、現任副總統賀錦麗"),
    O("賀錦麗", "副總統", None, "US", at="民主黨總統候選人、現任副總統賀錦麗"),
    # 佳世達今天舉行…，董事長陳其宏: the firm is in the clause before, not in the frame.
    O("陳其宏", "董事長", None, "TW", at="董事長陳其宏"),
    O("黃漢州", "總經理", "佳世達", "TW", at="佳世達總經理黃漢州"),
]

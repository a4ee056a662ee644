"""ETtoday/中央社 (2024-10-28): fears that Trump will not concede.

Batch 5 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112605).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_25541c56961760c4e0ac96c788bc1f4d"}

OFFICIALS = [
    O("川普", "候選人", "共和黨", "US", at="共和黨候選人、前總統川普"),
    O("川普", "總統", None, "US", at="共和黨候選人、前總統川普", status="former"),
    O("賀錦麗", "候選人", "民主黨", "US", at="民主黨候選人賀錦麗"),
    # 教授、政治分析家尼曼: 政治分析家 is a description; 紐約州 places the university.
    O("尼曼", "教授", "賓安頓大學", "US", at="政治分析家尼曼"),
]

"""中時新聞網 (2021-03-14): 孫大千 on Taoyuan's algal reef record.

Batch 2 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112602).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-2ab3b73a23690158"}

OFFICIALS = [
    O("鄭文燦", "桃園市長", "桃園市", "TW", at="桃園市長鄭文燦"),
    O("蔡英文", "總統", None, "TW", at="總統蔡英文"),
    O("孫大千", "立委", None, "TW", at="前立委孫大千", status="former"),
    O("鄭文燦", "市長", None, "TW", at="鄭文燦市長"),
    # 任內 says nothing by itself: no 前/時任 marker, so current (as 川普總統 in round 10).
    O("吳志揚", "縣長", None, "TW", at="吳志揚縣長"),
]

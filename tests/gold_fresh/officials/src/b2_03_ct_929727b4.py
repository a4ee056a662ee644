"""中時新聞網 (2021-12-17): 高金素梅 campaigns for the four referendums.

Batch 2 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112602).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-929727b46ff35711"}

OFFICIALS = [
    # 無黨籍 is a membership (no party), not a body.
    O("高金素梅", "立法委員", None, "TW", at="立法委員高金素梅"),
    O("林奕華", "立委", None, "TW", at="立委林奕華"),
    O("郭正亮", "立委", "民進黨", "TW", at="前民進黨立委郭正亮", status="former"),
]

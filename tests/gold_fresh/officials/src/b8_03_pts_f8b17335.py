"""公視新聞網 (2025-04-17): spy cases; extended detention and loyalty checks.

Batch 8 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112608).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "pts-f8b173350282cfd9"}

OFFICIALS = [
    # 民進黨|新北市議員: the party named first is the body (as 國民黨|台北市議員).
    O("李余典", "議員", "民進黨", "TW", at="新北市議員李余典"),
    # an aide's post written as a known person's: no body; 前 makes it former.
    O("黃取榮", "特助", None, "TW", at="前特助黃取榮", status="former"),
    O("邱世元", "副主任", "民進黨民主學院", "TW", at="前副主任邱世元", status="former"),
    O("吳釗燮", "秘書長", "國安會", "TW", at="國安會秘書長吳釗燮"),
    # 賴清 (for 賴清德) annotated as written; 時任 covers both posts of the frame.
    O("賴清", "副總統", None, "TW", at="時任賴清副總統", status="former"),
    O("吳尚雨", "機要", None, "TW", at="副總統機要吳尚雨", status="former"),
    # 身兼民進黨主席的 is an office given through a verb: only 賴總統 is a frame.
    O("賴", "總統", None, "TW", at="的賴總統祭出"),
    O("卓榮泰", "行政院長", "行政院", "TW", at="行政院長卓榮泰"),
    O("馬永成", "政委", None, "TW", at="政委馬永成"),
    O("蘇俊榮", "人事長", "行政院人事行政總處", "TW", at="人事長蘇俊榮"),
    O("林明昕", "政務委員", "行政院", "TW", at="行政院政務委員林明昕"),
]

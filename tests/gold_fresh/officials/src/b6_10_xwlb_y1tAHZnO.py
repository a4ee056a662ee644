"""CCTV 新闻联播 (2026-03-23): the war on Iran, day 24.

Batch 6 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112606).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEy1tAHZnOwnamFBwMOrQI260323"}

OFFICIALS = [
    O("阿拉格齐", "外交部长", "外交部", "IR", at="伊朗外交部长阿拉格齐"),
    O("佩泽希齐扬", "总统", "伊朗", "IR", at="伊朗总统佩泽希齐扬"),
]

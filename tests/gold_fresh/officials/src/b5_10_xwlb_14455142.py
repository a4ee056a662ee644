"""CCTV 新闻联播 (2015-10-22): Khamenei backs the nuclear deal.

Batch 5 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112605).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1445514297130845"}

OFFICIALS = [
    O("哈梅内伊", "最高领袖", "伊朗", "IR", at="伊朗最高领袖哈梅内伊"),
    O("鲁哈尼", "总统", None, "IR", at="总统鲁哈尼"),
]

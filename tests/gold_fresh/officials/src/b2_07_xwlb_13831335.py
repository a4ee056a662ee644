"""CCTV 新闻联播 (2013-10-30): 张德江 meets Larijani.

Batch 2 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112602).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1383133562051351"}

OFFICIALS = [
    O("张德江", "委员长", "全国人大常委会", "CN", at="全国人大常委会委员长张德江"),
    O("拉里贾尼", "议长", "伊斯兰议会", "IR", at="伊朗伊斯兰议会议长拉里贾尼"),
    O("习近平", "主席", None, "CN", at="习近平主席"),
    O("鲁哈尼", "总统", None, "IR", at="鲁哈尼总统"),
]

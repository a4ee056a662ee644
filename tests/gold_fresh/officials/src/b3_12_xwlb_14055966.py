"""CCTV 新闻联播 (2014-07-17): 习近平 meets Correa.

Batch 3 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112603).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1405596655604906"}

OFFICIALS = [
    O("习近平", "国家主席", None, "CN", at="国家主席习近平"),
    O("科雷亚", "总统", "厄瓜多尔", "EC", at="厄瓜多尔总统科雷亚"),
    O("科雷亚", "总统", None, "EC", at="科雷亚总统"),
]

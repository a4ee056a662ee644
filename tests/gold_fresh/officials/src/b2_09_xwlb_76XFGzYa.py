"""CCTV 新闻联播 (2019-08-30): 李克强 meets Duterte.

Batch 2 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112602).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE76XFGzYaDAxo8l192cjn190830"}

OFFICIALS = [
    O("李克强", "总理", "国务院", "CN", at="国务院总理李克强"),
    O("杜特尔特", "总统", "菲律宾", "PH", at="菲律宾总统杜特尔特"),
    O("习近平", "主席", None, "CN", at="习近平主席"),
]

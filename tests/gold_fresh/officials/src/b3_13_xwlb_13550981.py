"""CCTV 新闻联播 (2012-08-17): 习近平 meets Chinchilla.

Batch 3 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112603).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1355098182349445"}

OFFICIALS = [
    O("习近平", "国家副主席", None, "CN", at="国家副主席习近平"),
    O("钦奇利亚", "总统", "哥斯达黎加", "CR", at="哥斯达黎加总统钦奇利亚"),
    O("胡锦涛", "主席", None, "CN", at="胡锦涛主席"),
    O("习", "副主席", None, "CN", at="习副主席"),
]

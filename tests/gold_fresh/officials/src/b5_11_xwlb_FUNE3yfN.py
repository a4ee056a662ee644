"""CCTV 新闻联播 (2022-05-19): 习近平's letter to Nanjing University scholars.

Batch 5 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112605).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEFUNE3yfNCde9lWenQ4dG220519"}

OFFICIALS = [
    O("习近平", "总书记", "中共中央", "CN", at="中共中央总书记、国家主席、中央军委主席习近平"),
    O("习近平", "国家主席", None, "CN", at="中共中央总书记、国家主席、中央军委主席习近平"),
    O("习近平", "主席", "中央军委", "CN", at="中共中央总书记、国家主席、中央军委主席习近平"),
    O("习近平", "总书记", None, "CN", at="习近平总书记写信"),
]

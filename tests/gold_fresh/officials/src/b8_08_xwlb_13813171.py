"""CCTV 新闻联播 (2013-10-09): 习近平 on rural living conditions.

Batch 8 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112608).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1381317127043112"}

OFFICIALS = [
    O("习近平", "总书记", "中共中央", "CN", at="中共中央总书记、国家主席、中央军委主席习近平"),
    O("习近平", "国家主席", None, "CN", at="国家主席、中央军委主席习近平"),
    O("习近平", "主席", "中央军委", "CN", at="中央军委主席习近平"),
    O("李克强", "总理", "国务院", "CN", at="国务院总理李克强"),
    O("汪洋", "副总理", "国务院", "CN", at="国务院副总理汪洋"),
]

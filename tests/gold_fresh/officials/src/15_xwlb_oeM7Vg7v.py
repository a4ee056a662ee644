"""CCTV 新闻联播 (2019-07-26): a CPPCC consultation on poverty.

Batch 1 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112601).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEoeM7Vg7vltuVgn914PZg190726"}

OFFICIALS = [
    O("汪洋", "政治局常委", "中共中央", "CN", at="中共中央政治局常委、全国政协主席汪洋"),
    O("汪洋", "主席", "全国政协", "CN", at="中共中央政治局常委、全国政协主席汪洋"),
    O("习近平", "总书记", None, "CN", at="习近平总书记"),
]

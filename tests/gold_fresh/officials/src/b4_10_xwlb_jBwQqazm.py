"""CCTV 新闻联播 (2024-08-23): news briefs (early rice, a satellite, Fiji's PM).

Batch 4 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112604).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEjBwQqazmbKRkPXeloitx240823"}

OFFICIALS = [
    O("兰布卡", "总理", "斐济", "FJ", at="播出斐济总理兰布卡"),
    O("兰布卡", "总理", "斐济", "FJ", at="对斐济总理兰布卡"),
    O("习近平", "主席", None, "CN", at="习近平主席"),
]

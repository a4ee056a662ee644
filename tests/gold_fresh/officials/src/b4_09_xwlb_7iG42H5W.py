"""CCTV 新闻联播 (2022-11-16): 习近平 meets Sánchez in Bali.

Batch 4 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112604).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE7iG42H5WM8X0sML3o4WM221116"}

OFFICIALS = [
    O("习近平", "国家主席", None, "CN", at="国家主席习近平"),
    O("桑切斯", "首相", "西班牙", "ES", at="西班牙首相桑切斯"),
    # 连任中共中央总书记: an office given through a verb is no frame.
    O("习近平", "主席", None, "CN", at="祝贺习近平主席"),
    O("习近平", "主席", None, "CN", at="习近平主席在二十国集团"),
]

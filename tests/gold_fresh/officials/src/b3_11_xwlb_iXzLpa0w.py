"""CCTV 新闻联播 (2019-11-06): the CPPCC standing committee's plenary.

Batch 3 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112603).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEiXzLpa0wwLiLSFjI59ri191106"}

OFFICIALS = [
    O("汪洋", "政治局常委", "中共中央", "CN", at="中共中央政治局常委、全国政协主席汪洋"),
    O("汪洋", "主席", "全国政协", "CN", at="中共中央政治局常委、全国政协主席汪洋"),
    # 冯巩、…、戚建国等16位全国政协常委、委员: which of the two posts each holds is not written; not annotated.
    # 副主席兼秘书长: 兼 joins two posts of the same body.
    O("夏宝龙", "副主席", "全国政协", "CN", at="全国政协副主席兼秘书长夏宝龙"),
    O("夏宝龙", "秘书长", "全国政协", "CN", at="全国政协副主席兼秘书长夏宝龙"),
    O("苏辉", "副主席", "全国政协", "CN", at="全国政协副主席苏辉"),
]

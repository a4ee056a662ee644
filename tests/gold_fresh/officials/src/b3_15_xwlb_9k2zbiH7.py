"""CCTV 新闻联播 (2023-04-18): world briefs (German industry, Sunak inquiry).

Batch 3 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112603).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE9k2zbiH79L38jwsi9Hz4230418"}

OFFICIALS = [
    O("鲁斯沃姆", "主席", "工业联合会", "DE", at="德国工业联合会主席鲁斯沃姆"),
    O("苏纳克", "首相", "英国", "GB", at="英国首相苏纳克"),
]

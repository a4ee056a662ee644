"""CCTV 新闻联播 (2015-07-21): 许巧珍, a retired community party secretary.

Batch 1 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112601).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1437478224845354"}

OFFICIALS = [
    # 原 marks a post no longer held; the body is written whole (民進黨台中市黨部主委 in the dev gold).
    O("许巧珍", "书记", "江苏常州市东头村社区党支部", "CN", at="社区党支部书记许巧珍", status="former"),
]

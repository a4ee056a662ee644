"""CCTV 新闻联播 (2015-07-21): 许巧珍, a retired community party secretary.

Batch 1 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112601).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1437478224845354"}

OFFICIALS = [
    # 原 marks a post no longer held; the body is written whole (民進黨台中市黨部主委 in the dev gold).
    # Corrected after the first run (README "Corrections"): 党支部书记 is kept as one title with the
    # body it serves as organisation, the convention of the earlier fixtures (round 4: 国家卫生和计划
    # 生育委员会党组书记 → 党组书记) and of the lexicon; first written 书记 / …社区党支部.
    O("许巧珍", "党支部书记", "江苏常州市东头村社区", "CN", at="社区党支部书记许巧珍", status="former"),
]

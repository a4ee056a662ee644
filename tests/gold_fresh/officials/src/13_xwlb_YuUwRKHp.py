"""CCTV 新闻联播 (2024-03-23): the Crocus City Hall attack.

Batch 1 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112601).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEYuUwRKHpyAUcwUq0lBgV240323"}

OFFICIALS = [
    O("穆拉什科", "卫生部长", "卫生部", "RU", at="俄卫生部长穆拉什科"),
    O("博尔特尼科夫", "局长", "联邦安全局", "RU", at="俄联邦安全局局长博尔特尼科夫"),
    O("普京", "总统", "俄", "RU", at="俄总统普京"),
]

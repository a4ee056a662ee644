"""CCTV 新闻联播 (2020-01-21): international news in brief.

Batch 8 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112608).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE6sedKzfuZoSxvjNZXDfZ200121"}

OFFICIALS = [
    O("穆萨维", "发言人", "外交部", "IR", at="发言人穆萨维20日"),
    O("扎里夫", "外交部长", "外交部", "IR", at="外交部长扎里夫"),
    # the president's press secretary: a post written as the president's, no body.
    O("佩斯科夫", "新闻秘书", None, "RU", at="新闻秘书佩斯科夫"),
    O("普京", "总统", "俄罗斯", "RU", at="俄罗斯总统普京已经"),
]

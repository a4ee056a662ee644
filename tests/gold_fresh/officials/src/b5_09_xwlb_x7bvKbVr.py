"""CCTV 新闻联播 (2024-08-02): briefs (electronics output, Timor-Leste's president).

Batch 5 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112605).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEx7bvKbVrY79GxUqeka3X240802"}

OFFICIALS = [
    O("奥尔塔", "总统", "东帝汶", "TL", at="播出东帝汶总统奥尔塔"),
    O("奥尔塔", "总统", "东帝汶", "TL", at="对东帝汶总统奥尔塔"),
    O("习近平", "主席", None, "CN", at="习近平主席"),
]

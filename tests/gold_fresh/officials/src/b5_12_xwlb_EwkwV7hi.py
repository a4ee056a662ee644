"""CCTV 新闻联播 (2016-09-23): 习近平 at the Long March exhibition.

Batch 5 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112605).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEEwkwV7hi6mf3caabciKD160923"}

OFFICIALS = [
    O("习近平", "总书记", "中共中央", "CN", at="中共中央总书记、国家主席、中央军委主席习近平23日"),
    O("习近平", "国家主席", None, "CN", at="中共中央总书记、国家主席、中央军委主席习近平23日"),
    O("习近平", "主席", "中央军委", "CN", at="中共中央总书记、国家主席、中央军委主席习近平23日"),
    # Names listed after one title share it.
    O("俞正声", "政治局常委", "中共中央", "CN", at="政治局常委俞正声"),
    O("刘云山", "政治局常委", "中共中央", "CN", at="俞正声、刘云山"),
    O("王岐山", "政治局常委", "中共中央", "CN", at="刘云山、王岐山"),
    O("张高丽", "政治局常委", "中共中央", "CN", at="王岐山、张高丽"),
]

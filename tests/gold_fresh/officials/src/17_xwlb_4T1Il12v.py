"""CCTV 新闻联播 (2024-03-21): 韩正 meets the King of Cambodia.

Batch 1 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112601).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE4T1Il12vbBQFiyOoCvzq240321"}

OFFICIALS = [
    O("韩正", "国家副主席", None, "CN", at="国家副主席韩正"),
    # 国王 is the head of state; 太后 (queen mother) is a rank, not a post.
    O("西哈莫尼", "国王", "柬埔寨", "KH", at="柬埔寨国王西哈莫尼"),
    O("习近平", "主席", None, "CN", at="在习近平主席和"),
    O("习近平", "主席", None, "CN", at="赞赏习近平主席"),
]

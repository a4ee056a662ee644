"""CCTV 新闻联播 (2018-05-24): the funeral of 孙孚凌.

Batch 6 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112606).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEHznwfCJ5dVCdo0L2X6us180524"}

OFFICIALS = [
    # Only the title next to the name makes a frame (the earlier posts are separated by ，); no status
    # marker is written, so current (as elsewhere: markers only).
    O("孙孚凌", "名誉副主席", "执行委员会", "CN", at="名誉副主席孙孚凌同志的遗体"),
]

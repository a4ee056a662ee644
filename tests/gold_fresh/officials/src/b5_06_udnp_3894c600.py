"""聯合報 (2024-08-26): 賴清德's first hundred days across the strait.

Batch 5 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112605).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udnp-3894c600-8bec-4256-8eef-0d5b8bae4153"}

OFFICIALS = [
    O("賴", "總統", None, "TW", at="賴總統就任"),
    O("賴", "總統", None, "TW", at="賴總統並未"),
    O("蔡英文", "總統", None, "TW", at="前總統蔡英文", status="former"),
    O("賴", "總統", None, "TW", at="賴總統就職演說"),
    O("賴", "總統", None, "TW", at="賴總統日前"),
    O("宋濤", "主任", "國台辦", "CN", at="大陸國台辦主任宋濤"),
]

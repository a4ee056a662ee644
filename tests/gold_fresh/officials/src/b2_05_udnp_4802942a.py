"""經濟日報 (2024-11-05): TVBS's election-night coverage (no title frame: 方念華 is named without a post).

Batch 2 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112602).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udnp-4802942a-0c12-459c-a609-dd1351921f0b"}

OFFICIALS = [
]

"""經濟日報 (2024-07-26): Fox invites both campaigns to a debate.

Batch 3 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112603).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udnp-3c2d7dcf-583a-4ab3-bed4-4b685483df40"}

OFFICIALS = [
    O("拜登", "總統", None, "US", at="現任總統拜登"),
    O("川普", "候選人", "共和黨", "US", at="共和黨候選人川普"),
]

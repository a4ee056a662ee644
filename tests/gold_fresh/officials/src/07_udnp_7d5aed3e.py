"""經濟日報 (2024-09-14): the 'Harris trade' after the debate.

Batch 1 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112601).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udnp-7d5aed3e-0a58-422b-91bf-f40bf0d1104f"}

OFFICIALS = [
    O("賀錦麗", "總統候選人", "民主黨", "US", at="民主黨總統候選人賀錦麗於"),
    O("哈特菲德", "投資組合經理人", "基建資本管理公司", "US", at="投資組合經理人哈特菲德"),
    O("梅菲德", "投資策略師", "Baird", None, at="Baird投資策略師梅菲德"),
    # 民主黨籍 is a membership, not the body (round-9 choice).
    O("拜登", "總統", "美國", "US", at="美國總統拜登主政"),
]

"""中央通訊社 (2024-08-28): Harris and Walz's first interview on CNN.

Batch 8 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112608).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_c7f1ab38039ea02d6a72ee8ad974bdc7"}

OFFICIALS = [
    # 競選搭檔, 主播 (an anchor, a role), bylines and 成為民主黨候選人的 (a verb) are no rows.
    O("賀錦麗", "總統候選人", "民主黨", "US", at="民主黨總統候選人賀錦麗和"),
    O("拜登", "總統", None, "US", at="接棒總統拜登"),
    O("賀錦麗", "副總統", None, "US", at="的副總統賀錦麗至今"),
    O("拜登", "總統", None, "US", at="「這是拜登總統"),
    O("川普", "總統", None, "US", at="前總統川普已", status="former"),
]

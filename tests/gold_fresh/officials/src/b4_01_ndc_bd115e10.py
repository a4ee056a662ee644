"""ETtoday新聞雲 (2024-07-22): Obama's statement on Biden's withdrawal.

Batch 4 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112604).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_bd115e10e40256e8166bd35b6f70ab28"}

OFFICIALS = [
    O("歐巴馬", "總統", None, "US", at="▲前總統歐巴馬", status="former"),
    O("拜登", "總統", "美國", "US", at="美國總統拜登宣布"),
    # 副手 (running mate) is no post.
    O("歐巴馬", "總統", None, "US", at="前總統歐巴馬（Barack", status="former"),
    O("柯林頓", "總統", None, "US", at="前總統柯林頓", status="former"),
    O("希拉蕊", "國務卿", None, "US", at="前國務卿希拉蕊", status="former"),
]

"""自由時報 (2024-07-22): Biden and Obama.

Batch 3 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112603).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_88982389cfdf768e9992519341536400"}

OFFICIALS = [
    O("拜登", "總統", "美國", "US", at="美國總統拜登（Joe"),
    O("歐巴馬", "總統", None, "US", at="前總統歐巴馬", status="former"),
    O("希拉蕊", "國務卿", None, "US", at="前國務卿希拉蕊", status="former"),
    O("蘇利文", "國家安全顧問", "白宮", "US", at="白宮國家安全顧問蘇利文"),
]

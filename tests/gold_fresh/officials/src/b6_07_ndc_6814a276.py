"""中央通訊社 (2024-08-20): Trump's hush-money sentencing.

Batch 6 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112606).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_6814a27612e1bec5da741bc65451c57b"}

OFFICIALS = [
    O("川普", "總統", "美國", "US", at="美國前總統川普", status="former"),
    O("莫城", "法官", None, "US", at="的一封致法官莫城"),
    O("莫城", "法官", None, "US", at="法官莫城預定"),
    O("莫城", "法官", None, "US", at="請求法官莫城將"),
    O("莫城", "法官", None, "US", at="法官莫城決定"),
    O("賀錦麗", "總統候選人", "民主黨", "US", at="民主黨總統候選人賀錦麗"),
    # 委任律師 (a client's lawyer) is a profession.
    O("莫城", "法官", None, "US", at="根據致法官莫城的信件"),
]

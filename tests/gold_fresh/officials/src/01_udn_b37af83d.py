"""聯合新聞網 (2023-08-09): 侯友宜's nuclear platform and an environmental group's reply.

Batch 1 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112601).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udn-b37af83d280f78e1"}

OFFICIALS = [
    O("侯友宜", "總統參選人", "國民黨", "TW", at="國民黨總統參選人侯友宜今表示"),
    O("崔愫欣", "秘書長", "綠盟", "TW", at="綠盟秘書長崔愫欣"),
]

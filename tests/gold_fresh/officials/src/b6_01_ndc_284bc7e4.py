"""中央通訊社 (2024-07-25): FBI director Wray on the Butler gunman.

Batch 6 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112606).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_284bc7e47cce3c72f8dc0655a2c71e6d"}

OFFICIALS = [
    O("瑞伊", "局長", "聯邦調查局", "US", at="局長瑞伊今天"),
    O("川普", "總統", None, "US", at="暗殺前總統川普未遂", status="former"),
    O("甘迺迪", "總統", None, "US", at="有關前總統甘迺迪", status="former"),
    O("川普", "總統", None, "US", at="關於前總統川普", status="former"),
    O("甘迺迪", "總統", None, "US", at="暗殺前總統甘迺迪的", status="former"),
]

"""中時新聞網 (2018-10-08): the 觀塘 review and 詹順貴's resignation.

Batch 1 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112601).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-3c396af54c389a3e"}

OFFICIALS = [
    O("李應元", "署長", "環保署", "TW", at="環保署署長李應元"),
    O("Kolas", "發言人", "行政院", "TW", at="行政院發言人Kolas"),
    O("賴清德", "行政院長", "行政院", "TW", at="行政院長賴清德尊重"),
    O("張顯耀", "副主委", "陸委會", "TW", at="前陸委會副主委張顯耀", status="former"),
    O("賴清德", "行政院長", "行政院", "TW", at="行政院長賴清德日前"),
]

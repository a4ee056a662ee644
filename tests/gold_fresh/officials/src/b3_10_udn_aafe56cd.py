"""聯合新聞網 (2021-01-04): Chiayi's school lunches on the first day of ractopamine pork.

Batch 3 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112603).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udn-aafe56cdd37aecd9"}
CAP = '保證金。記者魯永明／攝影嘉義市長黃敏惠上午帶領全市校長到興安國小，觀摩午餐防萊5步驟，2名食材供應商為讓家長放心，當場允諾各增加百萬元履約保證金。記者魯永明／攝影嘉義市長'

OFFICIALS = [
    O("黃敏惠", "嘉義市長", "嘉義市", "TW", at="嘉義市長黃敏惠上午帶領全市校長及"),
    O("林立生", "教育處長", "教育處", "TW", at="教育處長林立生"),
    # The photo caption is repeated four times; each is a frame.
    O("黃敏惠", "嘉義市長", "嘉義市", "TW", at="嘉義市長黃敏惠（右三）"),
    O("黃敏惠", "嘉義市長", "嘉義市", "TW", at="刺破象徵萊豬汽球。記者魯永明／攝影嘉義市長黃敏惠"),
    O("黃敏惠", "嘉義市長", "嘉義市", "TW", at=CAP),
    O("黃敏惠", "嘉義市長", "嘉義市", "TW", at="嘉義市長黃敏惠上午帶領全市校長到興安國小，觀摩午餐防萊5步驟，2名食材供應商為讓家長放心，當場允諾各增加百萬元履約保證金。記者魯永明／攝影【文教"),
]

"""聯合新聞網 (2023-02-27): the Nantou by-election, both party chairs campaigning.

Batch 1 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112601).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udn-fbc0d1850fe51975"}

OFFICIALS = [
    O("賴清德", "主席", "民進黨", "TW", at="民進黨主席賴清德"),
    # 黨籍候選人: 黨籍 (the party's) is a membership, no body named.
    O("蔡培慧", "候選人", None, "TW", at="黨籍候選人蔡培慧"),
    O("林明溱", "候選人", "國民黨", "TW", at="國民黨候選人林明溱"),
    O("朱立倫", "主席", "國民黨", "TW", at="國民黨主席朱立倫則"),
    O("朱立倫", "主席", "國民黨", "TW", at="國民黨主席朱立倫（右）"),
    O("江啟臣", "主席", None, "TW", at="前主席江啟臣", status="former"),
    O("蔣萬安", "台北市長", "台北市", "TW", at="台北市長蔣萬安"),
    O("侯友宜", "新北市長", "新北市", "TW", at="新北市長侯友宜"),
    O("謝國樑", "基隆市長", "基隆市", "TW", at="基隆市長謝國樑"),
    O("盧秀燕", "台中市長", "台中市", "TW", at="台中市長盧秀燕"),
    O("張善政", "桃園市長", "桃園市", "TW", at="桃園市長張善政"),
]

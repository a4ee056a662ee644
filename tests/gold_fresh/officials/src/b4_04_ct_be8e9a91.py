"""中時新聞網 (2021-10-30): 蔡英文 at the Taoyuan referendum rally.

Batch 4 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112604).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-be8e9a91f0a98131"}

OFFICIALS = [
    O("蔡英文", "總統", None, "TW", at="蔡英文總統致詞"),
    # 蔡總統 (surname + title, as 賴總統 in the dev gold), seven times.
    O("蔡", "總統", None, "TW", at="蔡總統說，這次公投"),
    O("蔡", "總統", None, "TW", at="蔡總統說，核四"),
    O("蔡", "總統", None, "TW", at="蔡總統又說，理想"),
    O("蔡", "總統", None, "TW", at="蔡總統批評"),
    O("蔡", "總統", None, "TW", at="蔡總統又說，牛肉"),
    O("蔡", "總統", None, "TW", at="蔡總統說，3年前"),
    O("蔡", "總統", None, "TW", at="蔡總統表示"),
    O("侯友宜", "新北市長", "新北市", "TW", at="新北市長侯友宜"),
    O("朱立倫", "主席", "國民黨", "TW", at="國民黨主席朱立倫"),
]

"""中時新聞網 (2021-04-27): 潘忠政 invited President Tsai to see the algal reef.

Batch 7 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112607).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-7d6d1643aca1295c"}

OFFICIALS = [
    O("蔡英文", "總統", None, "TW", at="總統蔡英文22日"),
    # surname + title (as 賴總統 in the dev gold); 領銜人, 資深媒體人 and 潘老師 are no posts.
    O("蔡", "總統", None, "TW", at="邀請蔡總統29日大潮日"),
    O("蔡", "總統", None, "TW", at="與蔡總統見面"),
    O("蔡", "總統", None, "TW", at="希望蔡總統能"),
    O("蔡", "總統", None, "TW", at="蒙蔽了蔡總統"),
    O("蔡", "總統", None, "TW", at="潘忠政邀請蔡總統29日大潮，"),
    O("蔡", "總統", None, "TW", at="繼續支持蔡總統"),
    O("蔡", "總統", None, "TW", at="繼續相信蔡總統"),
]

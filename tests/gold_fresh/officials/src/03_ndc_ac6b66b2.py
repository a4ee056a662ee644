"""公視新聞網 (2024-10-07): Trump back in Butler with Musk; Harris in North Carolina.

Batch 1 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112601).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_ac6b66b226827434d5b61bd797a1ddce"}

OFFICIALS = [
    # 共和統候選人: the text garbles 共和黨總統候選人; the post written is 候選人 and no body is readable.
    O("川普", "候選人", None, "US", at="美國共和統候選人川普"),
    O("賀錦麗", "總統候選人", "民主黨", "US", at="民主黨總統候選人賀錦麗（Kamala"),
    O("川普", "總統候選人", "共和黨", "US", at="共和黨總統候選人川普介紹"),
    # 特斯拉執行長，同時也是社群媒體X老闆的馬斯克: an apposition chain (，同時也是) ending on the name;
    # 老闆 (owner) is no post.
    O("馬斯克", "執行長", "特斯拉", "US", at="老闆的馬斯克出場"),
    O("川普", "總統候選人", "共和黨", "US", at="美國共和黨總統候選人川普重返"),
    O("馬斯克", "執行長", "特斯拉", "US", at="特斯拉執行長馬斯克表示"),
    O("川普", "總統", None, "US", at="「川普總統必須"),
    O("川普", "總統候選人", "共和黨", "US", at="共和黨總統候選人川普說道"),
    # 民主黨總統候選人，也是現任副總統賀錦麗: both posts are hers (apposition chain).
    O("賀錦麗", "總統候選人", "民主黨", "US", at="現任副總統賀錦麗，在"),
    O("賀錦麗", "副總統", None, "US", at="現任副總統賀錦麗，在"),
    O("賀錦麗", "總統候選人", "民主黨", "US", at="民主黨總統候選人賀錦麗提及"),
]

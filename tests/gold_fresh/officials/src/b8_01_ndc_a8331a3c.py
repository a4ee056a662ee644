"""ETtoday新聞雲 (2024-10-12): Trump asks for military aircraft; Biden agrees.

Batch 8 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112608).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_a8331a3c301a299251fb00d91c093644"}

OFFICIALS = [
    # byline 記者王佩翊 and 候選人之一的川普 (a description) are no rows.
    O("川普", "總統", "美國", "US", at="美國前總統、共和黨總統候選人川普2度", status="former"),
    O("川普", "總統候選人", "共和黨", "US", at="共和黨總統候選人川普2度"),
    O("拜登", "總統", "美國", "US", at="美國總統拜登也指示"),
    O("威爾斯", "共同經理", "川普競選團隊", "US", at="共同經理威爾斯"),
    # a post written as a known person's (as 川普前國安顧問波頓): no body.
    O("齊安茲", "幕僚長", None, "US", at="拜登幕僚長齊安茲"),
    O("羅威", "局長", "特勤局", "US", at="代理局長羅威", status="acting"),
    O("古利耶米", "發言人", "特勤局", "US", at="特勤局發言人古利耶米"),
]

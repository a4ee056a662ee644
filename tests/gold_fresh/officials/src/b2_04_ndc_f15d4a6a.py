"""中央通訊社 (2024-10-11): the Trump biopic The Apprentice opens.

Batch 2 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112602).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_f15d4a6a00b516cfe04e23056c9bd912"}

OFFICIALS = [
    O("川普", "總統候選人", "共和黨", "US", at="美國共和黨總統候選人、前總統川普"),
    O("川普", "總統", None, "US", at="美國共和黨總統候選人、前總統川普", status="former"),
    # 導演 (film director), 影星, 律師 of a private client: professions, not posts. A firm's senior
    # analyst is a post in a company (guideline 3), written as it stands.
    O("德葛拉畢迪恩", "資深媒體分析師", "Comscore", None, at="資深媒體分析師德葛拉畢迪恩"),
]

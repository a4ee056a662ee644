"""中央通訊社 (2024-08-07): the running mates lack national name recognition.

Batch 8 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112608).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_bbb1ec36bddf3b00e25813c14c7f8b3c"}

OFFICIALS = [
    O("賀錦麗", "副總統", "美國", "US", at="美國副總統賀錦麗今天"),
    O("華茲", "州長", "明尼蘇達州", "US", at="明尼蘇達州州長華茲為"),
    O("川普", "總統", None, "US", at="前總統川普的搭檔", status="former"),
    # 原為…副總統候選人熱門人選 is a description, not his post.
    O("夏皮洛", "州長", "賓州", "US", at="賓州州長夏皮洛（"),
    O("范斯", "副總統候選人", "共和黨", "US", at="副總統候選人范斯（"),
]

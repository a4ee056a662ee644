"""中央通訊社 (2024-10-22): 郭智輝 on the TSMC site accident.

Batch 3 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112603).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_cb2274878852ba47bd5bfd15073f7661"}

OFFICIALS = [
    O("郭智輝", "經濟部長", "經濟部", "TW", at="經濟部長郭智輝"),
    O("川普", "總統候選人", "共和黨", "US", at="共和黨總統候選人川普"),
    # 郭董事長 (surname + title, as 賴總統); 曾經 is no status marker of the list.
    O("郭", "董事長", None, "TW", at="郭董事長"),
]

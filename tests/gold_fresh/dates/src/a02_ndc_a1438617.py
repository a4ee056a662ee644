"""ETtoday (CNA) 2024-08-12 (Monday, ISO week 33): Biden's first interview after withdrawing."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_a14386174ff39abe7cbf9e46cecd1179"}

DATES = [
    D("上個月", "DATE", "2024-07"),
    # 當時 (the scene of 上個月) is not annotated: see README "decisions".
    D("7月21日", "DATE", "2024-07-21"),
    D("上週", "DATE", "2024-W32"),
    D("今天", "DATE", "2024-08-12", at="於今天播出"),
]

"""中央社 2024-08-24 (Saturday): Nikki Haley in Taipei."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_98eae18ef756d417a73fd97c96ff4aff"}

DATES = [
    D("24日", "DATE", "2024-08-24", at="台北24日電"),
    D("22日", "DATE", "2024-08-22", at="海利22日"),
    D("今天", "DATE", "2024-08-24", at="海利今天表示"),
    D("今天", "DATE", "2024-08-24", at="海利今天於記者會"),
    D("每天", "SET", "P1D"),
    D("一年", "DURATION", "P1Y", at="義務役至一年"),
    D("2010年", "DATE", "2010"),
    # the CNA footer code 1130824 is not a date (guideline 5)
]

"""自由時報 2024-10-22 (Tuesday, ISO week 43): TSMC shares fall (second batch)."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_3522fe3055d345e090ac56a448d953e5"}

DATES = [
    D("上周", "DATE", "2024-W42", at="上周法說會"),
    D("今", "DATE", "2024-10-22", at="台積電今股價開低走低，以"),
    D("週一 （21 日）", "DATE", "2024-10-21"),
    D("第三季", "DATE", "2024-Q3"),
    D("第四季", "DATE", "2024-Q4"),
    D("今年", "DATE", "2024"),
    D("明年", "DATE", "2025"),
    D("未來五年", "DURATION", "P5Y"),
    D("上周五", "DATE", "2024-10-18"),
    D("上周", "DATE", "2024-W42", at="繼上周"),
    D("今", "DATE", "2024-10-22", at="今又傳出"),
    D("今", "DATE", "2024-10-22", at="台積電今股價開低走低。"),
    D("現在", "DATE", "PRESENT_REF", at="現在用APP看新聞"),
    D("天天", "SET", "P1D", at="保證天天中獎"),
]

"""中央社 2024-11-06 (Wednesday), filed from New York on the 5th: election night (third batch)."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_49c2fdbd6816272416ea249f4c4418da"}

DATES = [
    D("5日", "DATE", "2024-11-05", at="紐約5日"),
    D("目前", "DATE", "PRESENT_REF", at="川普目前在"),
    D("目前", "DATE", "PRESENT_REF", at="截至目前為止"),
    D("目前", "DATE", "PRESENT_REF", at="目前都不清楚"),
    # 何時 (a question), the CNA footer code: not dates
]

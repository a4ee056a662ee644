"""經濟日報 (print) 2024-07-22 (Monday): small caps and biotech (second batch)."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udnp-e9d27757-cc5b-4b84-a4fe-1569a491f183"}

DATES = [
    D("此時", "DATE", "PRESENT_REF"),          # 此時民主黨亦傳出…: now, like 此刻
    D("目前", "DATE", "PRESENT_REF"),
    D("6月", "DATE", "2024-06", at="6月零售銷售"),
    D("5月", "DATE", "2024-05", at="與5月持平"),
    D("6月", "DATE", "2024-06", at="6月CPI"),
    D("9月", "DATE", "2024-09", at="美國9月降息"),
    D("2007~2013年", "DATE", "2007/2013"),
    D("近期", "DATE", "PAST_REF"),
    D("今年", "DATE", "2024", at="仍為今年重點"),
    D("今年", "DATE", "2024", at="今年來陸續"),
    D("未來", "DATE", "FUTURE_REF", at="未來也將"),
    D("未來", "DATE", "FUTURE_REF", at="被未來被"),
]

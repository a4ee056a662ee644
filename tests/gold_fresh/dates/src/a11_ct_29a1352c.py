"""中時 2021-02-07 (Sunday): TPP on the 國發會 petition platform."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-29a1352c31f2745d"}

DATES = [
    D("今日", "DATE", "2021-02-07"),
    # 109年 inside the report's title 「109年公共政策…報告」 is part of a name (guideline 5)
    D("去年", "DATE", "2020", at="且去年民眾黨"),
    D("2020年8月", "DATE", "2020-08"),
    D("去年10月", "DATE", "2020-10"),
    D("1月26日", "DATE", "2021-01-26"),
    D("未來", "DATE", "FUTURE_REF"),
]

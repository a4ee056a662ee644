"""中時 2021-02-28 (Sunday): the algal-reef referendum petition; 經濟部's Facebook posts."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-b217536bf75974c3"}

DATES = [
    D("現在", "DATE", "PRESENT_REF", at="現在因為網紅"),
    # 之前 ×2, 剛開始, 隨後: event-relative, not annotated
    D("2月22日", "DATE", "2021-02-22"),
    D("第一天", "DATE", "2021-02-22"),       # the first day of posting, 2月22日
    D("隔日", "DATE", "2021-02-23"),
    D("24日", "DATE", "2021-02-24", at="到了24日"),
    D("現在", "DATE", "PRESENT_REF", at="現在臉書"),
    D("天天", "SET", "P1D", at="「天天有藻礁」"),
    D("天天", "SET", "P1D", at="天天有藻礁文"),
    D("22日", "DATE", "2021-02-22", at="在22日同一天"),
    D("同一天", "DATE", "2021-02-22"),
    D("昨", "DATE", "2021-02-27", at="羅秉成昨重申"),
]

"""自由時報 2024-10-29 (Tuesday): Trump's rally at Madison Square Garden on the 27th."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_f3b11d8c2350c6e4d702a1e305773c59"}

DATES = [
    D("27日", "DATE", "2024-10-27", at="27日現身紐約"),
    D("廿七日", "DATE", "2024-10-27"),
    D("晚間七時", "TIME", "2024-10-27T19:00"),
    D("一個半小時", "DURATION", "PT90M"),
    D("過去四年", "DURATION", "P4Y"),
    D("一七九八年", "DATE", "1798"),
    D("十一月五日", "DATE", "2024-11-05"),
    D("一九三九年", "DATE", "1939"),
    D("廿九日", "DATE", "2024-10-29"),
    D("現在", "DATE", "PRESENT_REF", at="現在用APP看新聞"),     # the LTN footer, as in dates_unseen
    D("天天", "SET", "P1D", at="保證天天中獎"),
]

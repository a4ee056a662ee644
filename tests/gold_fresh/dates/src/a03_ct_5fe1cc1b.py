"""中時 2021-09-18 (Saturday): 謝龍介 on the recall of 陳柏惟."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-5fe1cc1bf1769a40"}

DATES = [
    D("18日", "DATE", "2021-09-18", at="謝龍介18日"),
    D("每天", "SET", "P1D"),
    D("一年多", "DURATION", "P1Y", "MORE_THAN", at="這一年多來"),
    D("今天", "DATE", "PRESENT_REF", at="今天如果不是有疫情"),   # 'nowadays', not the 18th
    D("現在", "DATE", "PRESENT_REF", at="現在知道有罷免案"),
    # 當年 (his election year) is not dated by the text: not annotated.
    D("現在", "DATE", "PRESENT_REF", at="現在為什麼這群人"),
]

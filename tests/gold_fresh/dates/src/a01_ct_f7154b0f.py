"""中時 2019-04-22 (Monday): 黃士修/廖彥朋 on the 中選會 review deadline of their referenda."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-f7154b0ff42d4712"}

DATES = [
    D("今天", "DATE", "2019-04-22", at="今天舉行記者會"),
    D("5月11日", "DATE", "2019-05-11", at="必須要在5月11日前"),   # 前 (before) left out, like 凌晨2點前
    D("5月21日", "DATE", "2019-05-21", at="延後到5月21日"),
    D("3月4日", "DATE", "2019-03-04"),
    D("至今", "DATE", "PRESENT_REF", at="提案至今"),
    D("一個半月", "DURATION", "P45D"),
    D("至今", "DATE", "PRESENT_REF", at="至今仍未"),
    D("4月16日", "DATE", "2019-04-16"),
    D("30天", "DURATION", "P30D"),                               # 內 left out (guideline 4)
    D("4月12日", "DATE", "2019-04-12"),
    D("5月11日", "DATE", "2019-05-11", at="照理說5月11日前"),
    D("5月21日", "DATE", "2019-05-21", at="卻通知5月21日"),
    D("15天", "DURATION", "P15D"),
    D("5月21日", "DATE", "2019-05-21", at="拖到5月21日"),
    D("6月", "DATE", "2019-06", at="一直到6月"),
    D("現在", "DATE", "PRESENT_REF", at="中選會現在擺明"),
    D("現在", "DATE", "PRESENT_REF", at="現在還要換裁判"),
    D("明年", "DATE", "2020"),
]

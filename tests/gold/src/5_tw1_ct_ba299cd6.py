"""中時新聞網 (2021-11-21): referendum rally in 義竹 — 沈榮津, 蔡易餘, 高嘉瑜 speak in turn.

Drawn for the statements work (issue 4): see the README, "Statement-rich additions".
The whole article narrates one rally held 今下午, so its statements are said that day.
"""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-ba299cd67fc29e65"}

DAY = "2021-11-21"

OFFICIALS = [
    O("沈榮津", "副院長", "行政院", "TW", at="行政院副院長沈榮津"),
    O("蔡易餘", "立委", None, "TW", at="立委蔡易餘"),
    # 立委蔡易餘、高嘉瑜: the title heads the list and holds for both names.
    O("高嘉瑜", "立委", None, "TW", at="立委蔡易餘、高嘉瑜"),
    O("翁章梁", "嘉義縣長", "嘉義縣", "TW", at="嘉義縣長翁章梁"),
]

STATEMENTS = [
    S("indirect", "沈榮津、蔡易餘、高嘉瑜以及翁章梁", "呼籲",
      "鄉親12月18日出來投票，為了台灣的下一代，四個公投案都投不同意票", said_on=DAY),
    S("indirect", "沈榮津", "表示", a="過去核四高達2800多億元", b="如果要重啟核四當然是要不同意", said_on=DAY),
    S("indirect", "國民黨", "說", "還要解封"),
    S("direct", "沈榮津", "表示", "會有安全的問題", said_on=DAY),
    S("indirect", "蔡易餘", "指出", a="美豬進口開放符合國際標準", b="現在卻反對豬進口，非常矛盾", said_on=DAY),
    S("indirect", "蔡易餘", "強調", "公投四大主題，大家一定要清楚，蓋3個字「不同意」就對了", said_on=DAY),
    S("indirect", "高嘉瑜", "說", a="馬英九2016年答應美國", b="但最重要是吃台灣豬", said_on=DAY),
    S("indirect", "高嘉瑜", "說", a="公投綁大選造成了3年前", b="導致議題討論失焦", said_on=DAY),
]

DATES = [
    D("今下午", "TIME", "2021-11-21TAF"),
    D("今", "DATE", DAY, at="輪流今開講"),
    D("12月18日", "DATE", "2021-12-18"),
    D("過去", "DATE", "PAST_REF", at="過去核四"),
    D("過去", "DATE", "PAST_REF", at="過去賣設備"),
    D("未來", "DATE", "FUTURE_REF"),
    D("過去", "DATE", "PAST_REF", at="國民黨過去自己"),
    D("現在", "DATE", "PRESENT_REF"),
    D("2016年", "DATE", "2016"),
    D("3年前", "DATE", "2018", "APPROX"),
]

NUMBERS = [
    N("四個", 4, "個", "公投案", at="四個公投案"),
    N("2800多億元", 280000000000, "元", "建廠經費", ">", "核四"),
    N("3個", 3, "個", "字", at="3個字"),
]

"""聯合新聞網 (2022-12-21): Taoyuan's innovation awards, 鄭文燦 at the city council meeting.

Drawn for the officials work (issue 4); the draw is described in 4_1_ct_62f61082.py.
Annotated by reading, before the pipeline was run on it. The text ends in a tag list and a
related-article headline (鄭文燦桃園市長青年… 郭台銘宣布參選總統…): tags are no title frame.
"""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udn-f2914a0b8871a48d"}

OFFICIALS = [
    # City and head fused in one word, like 行政院長 (guideline 4): the word as written.
    O("鄭文燦", "桃園市長", "桃園市", "TW", at="桃園市長鄭文燦今天"),
]

# One meeting on 今天: the statements share its date (guideline 8, same scene).
STATEMENTS = [
    S("indirect", "鄭文燦", "表示", a="今年共徵得58件提案", b="共計13件獲獎", said_on="2022-12-21"),
    S("indirect", "鄭文燦", "表示", a="環保局「後湖逐浪天梯計畫」範圍", b="建立永安漁港北岸新地標", said_on="2022-12-21"),
    S("indirect", "鄭文燦", "說", a="「後湖逐浪天梯計畫」的概念及名稱", b="期待未來順利完成", said_on="2022-12-21"),
    S("indirect", "鄭文燦", "指出", a="他擔任市長桃園市民卡", b="30萬人登記APP", said_on="2022-12-21"),
    S("indirect", "鄭文燦", "說", a="水務局「下水道管理收費一把罩」，將廠商", b="提升預算執行效率", said_on="2022-12-21"),
]

DATES = [
    D("今天上午", "TIME", "2022-12-21TMO"),
    D("今年", "DATE", "2022", at="今年共徵得"),
    D("目前", "DATE", "PRESENT_REF"),
    D("未來", "DATE", "FUTURE_REF", at="期待未來順利完成"),
    D("今年", "DATE", "2022", at="今年創新轉型"),
    D("110年", "DATE", "2021"),
    D("未來", "DATE", "FUTURE_REF", at="未來如何整合"),
]

NUMBERS = [
    N("58件", 58, "件", "提案", holder="市府"),
    N("5名", 5, "名", "創新獎"),
    N("8名", 8, "名", "點子獎"),
    N("13件", 13, "件", "獲獎提案"),
    N("約2公里", 2, "公里", "計畫範圍", "~", holder="後湖逐浪天梯計畫"),
    N("約2億元", 200000000, "元", "總工程經費", "~", holder="後湖逐浪天梯計畫"),
    N("180萬張", 1800000, "張", "桃園市民卡發行量", holder="桃園"),
    N("1400個", 1400, "個", "參與店家", holder="紅利桃子"),
    N("30萬人", 300000, "人", "登記APP人數", holder="紅利桃子"),
    N("超過341萬次", 3410000, "次", "FB觸及人數", ">", holder="校園雲社團"),
    N("超過111萬次", 1110000, "次", "IG觸及人數", ">", holder="校園雲社團"),
]

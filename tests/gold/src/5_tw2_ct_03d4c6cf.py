"""中時新聞網 (2021-10-21): the 內政委員會 questions on the algal-reef referendum — 林思銘
asks, 曾文生 and 李仲威 answer, turn by turn.

Drawn for the statements work (issue 4): see the README, "Statement-rich additions".
The article reports one committee session held 今日, so its statements are said that day.
"""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-03d4c6cf030baa29"}

DAY = "2021-10-21"

OFFICIALS = [
    O("林思銘", "立委", "國民黨", "TW", at="國民黨立委林思銘"),
    O("曾文生", "次長", "經濟部", "TW", at="經濟部次長曾文生"),
    O("李仲威", "主委", "海委會", "TW", at="海委會主委李仲威"),
]

STATEMENTS = [
    S("direct", "林思銘", "追問", a="三接站工程已準備花到280.6億", b="經濟部算過了嗎？", said_on=DAY),
    S("direct", "曾文生", "回應", "希望藻礁公投不會過，至於賠多少，會再研究。", said_on=DAY),
    # 潘 is 潘忠政, named in the sentence before.
    S("indirect", "潘忠政", "表示", "希望政府能啟動自然地景審議，保護藻礁", said_on=DAY),
    S("indirect", "林思銘", "指出", "早在2018年環團就已申請大潭藻礁為自然地景，但海委會至今仍未處理", said_on=DAY),
    S("direct", "李仲威", "回應", "要有相關的調查資料才能取信於民眾", said_on=DAY),
    S("direct", "林思銘", "說", "調查也太久了吧，都要公投了。", said_on=DAY),
    S("indirect", "林思銘", "追問", "我們政府是不是採用錯誤的能源政策而犧牲海洋保育", said_on=DAY),
    S("direct", "李仲威", "回應", "這說法自己無法同意，是否有破壞生態，還在做調查報告。", said_on=DAY),
    S("indirect", "林思銘", "說", a="過去蔡政府承諾藻礁保育", b="為由推託", said_on=DAY),
    S("indirect", "林思銘", "表示", a="三接站的總工程費用是660億", b="工程發包進度約至40.52％", said_on=DAY),
    S("indirect", "曾文生", "回應", "大致如此", said_on=DAY),
    S("indirect", "林思銘", "指出", "萬一公投過關，面對廠商合約，勢必有違約賠償的問題", said_on=DAY),
    S("indirect", "曾文生", "回應", a="應該是說萬一公投過", b="但自己是希望不要過關", said_on=DAY),
    S("direct", "林思銘", "表示", "所以經濟部也沒有去做違約賠償的金額評估，反正都是全民買單是嘛。", said_on=DAY),
    # 未正面回應 is no answer; 僅說 reports what he did say.
    S("indirect", "曾文生", "說", "跟外推方案牴觸的已經都沒做了", said_on=DAY),
    S("indirect", "林思銘", "要求", "一旦公投通過，政府要面對多少問題", said_on=DAY),
    S("indirect", "曾文生", "回應", "會做研究", said_on=DAY),
]

DATES = [
    D("12月18日", "DATE", "2021-12-18"),
    D("今日", "DATE", DAY, at="林思銘今日"),
    D("未來", "DATE", "FUTURE_REF"),
    D("今日", "DATE", DAY, at="內政委員會今日討論"),
    D("2018年", "DATE", "2018"),
    D("至今", "DATE", "PRESENT_REF", at="海委會至今"),
    D("過去", "DATE", "PAST_REF"),
    D("現在", "DATE", "PRESENT_REF", at="到現在還不做"),
    D("2019年", "DATE", "2019"),
    D("至今", "DATE", "PRESENT_REF", at="動工至今"),
    D("今年", "DATE", "2021"),
    D("4個月", "DURATION", "P4M"),
    D("現在", "DATE", "PRESENT_REF", at="現在的工程"),
]

NUMBERS = [
    N("280.6億", 28060000000, None, "工程花費", "=", "三接站工程", at="花到280.6億"),
    N("660億", 66000000000, None, "總工程費用", "=", "三接站"),
    N("193.9億", 19390000000, None, "已花費", "=", "三接站"),
    N("30.9％", 30.9, "%", "累積進度", "=", "三接站"),
    N("121.3億", 12130000000, None, "今年編列", "=", "三接站"),
    N("4個月", 4, "個月", "公投延後"),
    N("約280.6億", 28060000000, None, "累積花費", "~", "三接站"),
    N("約至40.52％", 40.52, "%", "工程發包進度", "~", "三接站"),
]

"""中時新聞網 (2021-05-14): 國民黨立院黨團 press conference on holding the 陳柏惟 recall vote
together with the referendums; 林為洲, 鄭麗文, 林思銘 and 吳怡玎 speak in turn.

Drawn for the statements work (issue 4) after the first four were used in development, as a
fresh check: see the README, "Statement-rich additions".  The press conference is held 今.
"""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-96c1ce136e64bfa8"}

DAY = "2021-05-14"

OFFICIALS = [
    O("陳柏惟", "立委", "台灣基進", "TW", at="台灣基進立委陳柏惟"),
    O("李進勇", "主委", "中選會", "TW", at="中選會主委李進勇還公然"),
    O("林為洲", "立委", None, "TW", at="立委林為洲更喊話"),
    O("黃捷", "議員", "高雄市", "TW", at="學學高雄市議員黃捷"),
    O("鄭麗文", "書記長", "黨團", "TW", at="黨團書記長鄭麗文"),
    O("林思銘", "立委", None, "TW", at="立委林思銘"),
    O("李進勇", "主委", "中選會", "TW", at="中選會主委李進勇昨天"),
    O("吳怡玎", "立委", None, "TW", at="立委吳怡玎"),
    O("林為洲", "立委", None, "TW", at="立委林為洲強調"),
    O("黃捷", "議員", "高雄市", "TW", at="看高雄市議員黃捷"),
]

STATEMENTS = [
    S("indirect", "國民黨立院黨團", "指出", "中央明顯不希望罷免併公投，已造成地方反彈", said_on=DAY),
    S("direct", "林為洲", "喊話", "卡有叫小咧（有種）！", at="喊話陳柏惟「卡有叫小咧（有種）！」", said_on=DAY),
    S("indirect", "鄭麗文", "說", "中央似乎不希望公投案與罷免案同時舉辦，要將兩個投開票所分在兩個地方，造成地方的全面反彈",
      said_on=DAY),
    S("indirect", "林思銘", "說", a="中選會主委李進勇昨天在委員會", b="這是曲解法律", said_on=DAY),
    S("indirect", "李進勇", "表示", "法律中沒有明文規定公投與罷免案必須在同一天舉辦", said_on="2021-05-13"),
    S("indirect", "吳怡玎", "說", a="將公投案與罷免案同時辦理經費較為節省", b="僅需30多萬元", said_on=DAY),
    S("indirect", "林為洲", "強調", "法有明文規定，中選會不要曲解公投非選舉，它就是", said_on=DAY),
]

DATES = [
    D("今", "DATE", DAY, at="黨團今召開"),
    D("4月28日", "DATE", "2021-04-28"),
    D("昨天", "DATE", "2021-05-13"),
    D("二十日", "DURATION", "P20D"),
    D("六十日", "DURATION", "P60D"),
    D("2018", "DATE", "2018", at="2018公投綁大選"),
]

NUMBERS = [
    N("兩個", 2, "個", "投開票所", at="兩個投開票所"),
    N("兩個", 2, "個", "地方", at="兩個地方"),
    N("二十日", 20, "日", "罷免案投票期限"),
    N("六十日內", 60, "日", "罷免案投票期限", "<="),
    N("3000萬元", 30000000, "元", "分開辦理的額外支出"),
    N("30多萬元", 300000, "元", "合併辦理的支出", ">"),
    N("13張", 13, "張", "選票", at="13張票"),
    N("5張", 5, "張", "選票"),
    N("兩次", 2, "次", "投票", at="兩次投票"),
]

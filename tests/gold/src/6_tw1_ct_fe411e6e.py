"""中時新聞網 (2018-11-09, a Friday): the Central Election Commission's figures for the 2018 local elections and referendums.

Drawn for issue 5 (numbers and dates) with random.Random(20261124) from the id-sorted Taiwan
articles of 300–900 characters with at least six numbers with a unit or measure word and an
economic/statistical word (成長/增長/億元/百分點/%), excluding every dev and held-out id.
Annotated by reading the text before the pipeline was run on it.
"""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-fe411e6ecfccb901"}

OFFICIALS = [
    O("謝美玲", "選務處長", "選務處", "TW", at="中選會選務處長謝美玲"),
    O("陳英鈐", "主委", "中選會", "TW", at="中選會主委陳英鈐"),
]

STATEMENTS = [
    S("indirect", "中選會", "預估", "凌晨2點前可宣布結果"),
    S("indirect", "中選會", "指出", a="11月24日將選出", b="公投投票權人人數則為1976萬982人", said_on="2018-11-08"),
    S("indirect", "謝美玲", "表示", a="這次公投的投票人數創下", b="選務人員約為20萬4000人", said_on="2018-11-08"),
    S("indirect", "陳英鈐", "說", a="這次九合一選舉，希望", b="則希望在凌晨2點前宣布"),
    S("indirect", "陳英鈐", "說", a="為協助選民辨識", b="讓選民可以一目瞭然"),
    S("indirect", "陳英鈐", "認為", a="《公投法》有必要再修法，修法重點", b="參考美國及瑞士的方式處理"),
    S("indirect", "陳英鈐", "說", a="公投主文是否要有", b="應一併修法檢討"),
]

DATES = [
    D("昨", "DATE", "2018-11-08", at="中選會昨公布"),
    D("11月4日", "DATE", "2018-11-04"),
    D("凌晨2點", "TIME", "2018-11-25T02:00", at="中選會預估凌晨2點前"),
    D("昨", "DATE", "2018-11-08", at="中選會昨向"),
    D("11月24日", "DATE", "2018-11-24"),
    D("2016年", "DATE", "2016"),
    D("過去", "DATE", "PAST_REF", at="過去相關選舉"),
    D("午夜12點", "TIME", "2018-11-24T24:00", at="九合一 午夜12點前"),
    D("午夜12點", "TIME", "2018-11-24T24:00", at="希望在午夜12點前"),
    D("凌晨2點", "TIME", "2018-11-25T02:00", at="則希望在凌晨2點前"),
    D("目前", "DATE", "PRESENT_REF"),
    D("1個月", "DURATION", "P1M"),
    D("4～6個月", "DURATION", "P4M", "APPROX"),  # a range of lengths (guideline 4)
    D("迄今", "DATE", "PRESENT_REF"),
]

NUMBERS = [
    N("1976萬982人", 19760982, "人", "公投投票權人數", at="達到1976萬982人"),
    N("10案", 10, "案", "公投", at="至於10案公投"),
    N("47億元", 4700000000, "元", "選舉經費", at="經費為47億元"),
    N("1萬1047名", 11047, "名", "地方公職人員"),
    N("1萬5886個", 15886, "個", "投票所"),
    N("29萬5904位", 295904, "位", "工作人員"),
    N("1910萬6417人", 19106417, "人", "九合一選舉人人數"),
    N("1976萬982人", 19760982, "人", "公投投票權人人數", at="則為1976萬982人"),
    N("31億9223萬7370元", 3192237370, "元", "預算", holder="各地方政府"),
    N("15億185萬1000元", 1501851000, "元", "公投經費"),
    N("約為47億元", 4700000000, "元", "選舉經費", "~"),
    N("9萬人", 90000, "人", "選務人員"),
    N("約為20萬4000人", 204000, "人", "選務人員", "~"),
    N("10項", 10, "項", "公投", at="10項公投"),
    N("4重點", 4, None, "重點"),
    N("4項", 4, "項", "修法重點", at="修法重點有4項"),
    N("只有1個月", 1, "個月", "公投綁大選準備時間"),
    N("4～6個月", None, "個月", "公投綁大選準備時間", low=4, high=6),
]

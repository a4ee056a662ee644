"""中央社 (2024-10-02, 紐約1日): the vice-presidential debate held 今天 (2024-10-01); 華茲's 天安門 slip, 范斯's turn.

Debate statements take 2024-10-01; 2014 / 2016 statements their year; 曾稱 in the lead no date.  MPR新聞's report is
dated 上個月30日, and 報導接著…直指 goes on with it.  The moderator (主持人) is a specific, unnamed speaker.  Quotes with a
predicate inside a clause are direct as well (「會語無倫次」, 「為美國人服務」, 「恐會成為美國的希特勒」); 「不適任」
after 批川普 is a predicate adjective: the clause 川普「不適任」 is reported (cue 批).  照片顯示 has no author.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_6f24119a34744492f84239a5ebcfb94d"}

DAY = "2024-10-01"

STATEMENTS = [
    S("indirect", "華茲", "稱", "天安門事件他人在香港", at="包括華茲曾稱天安門事件他人在香港"),
    S("indirect", "華茲", "稱", "天安門事件期間他人在香港"),
    S("indirect", "華茲", "坦承", "是他口誤", at="今天坦承是他口誤", said_on=DAY),
    S("indirect", "華茲", "承認", "他是同年8月抵達香港", said_on=DAY),
    S("indirect", "華茲", "說", "天安門事件發生當下他人在香港", said_on="2014"),
    S("indirect", "MPR新聞", "發現", "他這個說法有矛盾之處"),
    S("indirect", "MPR新聞", "報導", a="一張1989年5月6日刊出的照片顯示", b="工作", said_on="2024-09-30"),
    S("indirect", "MPR新聞", "直指", "華茲「星期天將動身前往中國」", said_on="2024-09-30"),
    S("direct", "MPR新聞", "直指", "星期天將動身前往中國", said_on="2024-09-30"),
    S("indirect", "華茲", "說", "自己1989年取得夏天前往中國的機會，最後也順利帶著一群年輕人到那裡學東西", said_on=DAY),
    S("direct", "華茲", "說", "我從一開始的承諾就是確保自己是為人民服務。", said_on=DAY),
    S("indirect", "華茲", "說", "有時候他講了很多，「會語無倫次」", said_on=DAY),
    S("direct", "華茲", "說", "會語無倫次", said_on=DAY),
    S("direct", "華茲", "說", "我是在那年夏天到中國，我在這點是口誤了。", said_on=DAY),
    S("indirect", "華茲", "說", "中國1989年六四天安門事件發生時，他正在前往中國教書的路上", said_on="2014"),
    S("indirect", "華茲", "提到", a="當時他在香港一處火車站", b="依舊前往」中國", said_on="2014"),
    S("direct", "華茲", "提到", "很氣我們，說我們竟然會在發生這樣的事之後依舊前往", said_on="2014"),
    S("indirect", "主持人", "說", "范斯過去曾批評過川普，但之後又投票支持他當總統，現在更是擔任他的競選搭檔", said_on=DAY),
    S("indirect", "主持人", "說", a="立場反覆下，美國人是否可以信任", b="而非光說川普想聽的話", said_on=DAY),
    S("indirect", "范斯", "說", "他最初對川普的批評是不正確的", said_on=DAY),
    S("indirect", "范斯", "指控", "媒體散布關於川普的不實報導，導致他一開始錯誤判斷川普這個人", said_on=DAY),
    S("indirect", "范斯", "說", "他現在支持川普是因為他「為美國人服務」", said_on=DAY),
    S("direct", "范斯", "說", "為美國人服務", said_on=DAY),
    S("indirect", "范斯", "承認", "如果國會共和黨人與民主黨人把重心多放在治理上，川普的第一個任期可以做得更好", said_on=DAY),
    S("direct", "范斯", "說", "他們太執著於彈劾川普，實際上根本沒在治理國家。", said_on=DAY),
    S("indirect", "范斯", "批", "川普「不適任」", said_on="2016"),
    S("indirect", "范斯", "說", "川普「恐會成為美國的希特勒」", said_on="2016"),
    S("direct", "范斯", "說", "恐會成為美國的希特勒", said_on="2016"),
]

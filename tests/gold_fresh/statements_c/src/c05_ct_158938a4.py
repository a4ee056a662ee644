"""中時新聞網 (2021-12-03): the four referendum leaders (今天) denounce the government's campaigning.

All four speak at today's joint event: said_on 2021-12-03.  譴責政府「行政不中立」 takes a noun-like object (no
row).  黃士修's 他舉例 is a second cue in the sentence (a new statement).  有教育部高層…要求 is hearsay of an
unnamed official (傳出): no row.  潘忠政's 憂心 is an emotion and stays inside 說's clause; 呼籲 starts a new one.
中選會竟然稱 is nested in 江啟臣's clause and ends at the rebuttal (中選會已經淪為東廠).  林為洲's 嚴厲譴責 continues
his own clause (its object is the government's conduct).
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-158938a46c1ef43f"}

DAY = "2021-12-03"

STATEMENTS = [
    S("indirect", "黃士修", "表示", a="民進黨政府辦了數千場", b="攻擊公民領銜的公投", said_on=DAY),
    S("indirect", "黃士修", "舉例", a="如有團體將於5日", b="要求不能停止租借", said_on=DAY),
    S("direct", "黃士修", "舉例", "這就是政治力深入校園", said_on=DAY),
    S("indirect", "黃士修", "認為", a="民進黨可以說明政策", b="「應停止這樣的行為」", said_on=DAY),
    S("direct", "黃士修", "認為", "應停止這樣的行為", said_on=DAY),
    S("indirect", "潘忠政", "說", a="公投是直接民意的展現", b="將腐蝕民主根基", said_on=DAY),
    S("indirect", "潘忠政", "呼籲", "選民應在最後15天看清執政黨、投下最明智的一票", said_on=DAY),
    S("indirect", "江啟臣", "說", a="「行政資源搭專機宣傳", b="已經是黨國一體", said_on=DAY),
    S("direct", "江啟臣", "說", "行政資源搭專機宣傳，民間團體靠雙腳", said_on=DAY),
    S("direct", "江啟臣", "說", "總統院長有交管、但民間團體只能等紅綠燈", said_on=DAY),
    S("indirect", "中選會", "稱", "行政院是當然反方"),
    S("indirect", "林為洲", "指出", a="12月18日大家的投票意向", b="破壞台灣民主進階的機會", said_on=DAY),
]

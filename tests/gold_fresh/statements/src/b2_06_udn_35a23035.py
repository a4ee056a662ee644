"""聯合新聞網 (2023-08-09): 侯友宜 presents his energy policy at a press conference 今天, with 柯志恩.

Press-conference statements take 2023-08-09 (國民黨認為 is 柯志恩 speaking for the party there).  洪申翰's criticism
is not from that scene (null).  現場媒體詢問 names no outlet; 提倡「以核減煤」 and 由於侯友宜主張… are no reports.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udn-35a230352bb9ffbb"}

DAY = "2023-08-09"

STATEMENTS = [
    S("indirect", "侯友宜", "表示", a="他的能源政策與民眾黨總統參選人", b="在能源的配比就完全不一樣", said_on=DAY),
    S("indirect", "侯友宜", "強調", "他非常重視核能安全，沒有反對過核電，只要守住核安，當然可以使用核電", said_on=DAY),
    S("indirect", "柯志恩", "反問", a="柯文哲有講這麼清楚嗎", b="相近是因為核能的部分嗎", said_on=DAY),
    S("indirect", "國民黨", "認為", "核能是必要的，但在配比層面上，是國民黨率先提出", said_on=DAY),
    S("indirect", "侯友宜", "說", a="他的能源政策與柯文哲的主張", b="步驟清楚", said_on=DAY),
    S("indirect", "侯友宜", "指出", a="2025年民進黨非核家園目標", b="多減碳20%", said_on=DAY),
    S("indirect", "侯友宜", "強調", a="站在國安角度", b="天然氣使用降至45%", said_on=DAY),
    S("indirect", "侯友宜", "表示", a="2035年則拚低碳台灣目標", b="能源配比則為25%", said_on=DAY),
    S("indirect", "洪申翰", "質疑", "是因為選舉被深藍綁架"),
    S("indirect", "侯友宜", "解釋", a="重啟核電或是核電延役是國際主流趨勢", b="而是國際趨勢", said_on=DAY),
    S("indirect", "侯友宜", "指出", a="公投曾通過以核養綠", b="不要老是說政治", said_on=DAY),
]

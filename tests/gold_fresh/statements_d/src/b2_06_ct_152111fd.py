"""中時 (2021-05-04): environmental groups and the KMT on the terminal's push-out plan (昨日 / 昨天 = 2021-05-03).

Only 行政院昨天一再強調 is dated (2021-05-03); the groups' and politicians' reactions carry no day (the 行政院昨日提出
sentence dates the plan, not them).  Nested reports (guideline 5), each up to the rebuttal after it: 行政院說外推方案不會
浚挖 (inside 潘忠政表示), 政府說再外推455公尺… (before 蔡雅瀅說), 執政黨承諾提出… (inside 陳憲政表示), 蔡英文…2013年她寫下
「藻礁永存」 (a slogan with a predicate, dated 2013) and 包裝說要「外推」 (her words, 她 = 蔡英文) inside 費鴻泰提醒, whose
clause ends at 他並強調 (guideline 2).  「多輸」 is a term.  王育敏酸嗆說：「…」 is direct (cue 說).
"""
from build_gold import S

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-152111fdfe3c09a3"}

STATEMENTS = [
    S("indirect", "藻礁公投推動聯盟", "批", a="此一外推方案是「多輸」", b="催出對珍愛藻礁公投的不同意票"),
    S("indirect", "潘忠政", "表示", a="行政院說外推方案不會浚挖", b="難道真得不用浚挖"),
    S("indirect", "行政院", "說", "外推方案不會浚挖"),
    S("indirect", "潘忠政", "指出", a="桃園藻礁從古至今", b="那整個生態系呢？」"),
    S("direct", "潘忠政", "指出", "不破壞藻礁，那整個生態系呢？"),
    S("direct", "蔡雅瀅", "稱", "海象不佳的問題不會因原址外推就解決，執意選擇大潭，無法消除能源安全疑慮。"),
    S("indirect", "政府", "說", "再外推455公尺，可完整保護生態"),
    S("indirect", "蔡雅瀅", "說", a="這會讓人覺得藻礁不需被保護了", b="完全不合比例原則。」"),
    S("direct", "蔡雅瀅", "說", "破壞7000多年的藻礁生態系結果只能蓋2座天然氣儲槽，完全不合比例原則。"),
    S("indirect", "陳憲政", "表示", a="執政黨承諾提出所有可能的替代方案", b="如此評估過於草率"),
    S("indirect", "執政黨", "承諾", "提出所有可能的替代方案、公開評估資料及用電需求報告等"),
    S("indirect", "費鴻泰", "提醒", a="蔡英文總統莫忘2013年她寫下", b="國民黨會繼續支持環團提出的珍愛藻礁公投"),
    S("direct", "蔡英文", "寫下", "藻礁永存", said_on="2013"),
    S("indirect", "蔡英文", "說", "要「外推」"),
    S("indirect", "費鴻泰", "強調", "三接是可以做，但不要蓋在大潭藻礁上"),
    S("indirect", "行政院", "強調", a="大潭開發面積已縮減馬政府規畫的9成", b="也不再緊鄰觀新藻礁保護區", said_on="2021-05-03"),
    S("direct", "王育敏", "說", "民進黨不用再找馬維拉救援。"),
    S("indirect", "王育敏", "表示", a="前總統馬英九為了保護生態", b="讓中油三接遷址嗎？」"),
    S("direct", "王育敏", "表示", "你可以為保護藻礁，讓中油三接遷址嗎？"),
]

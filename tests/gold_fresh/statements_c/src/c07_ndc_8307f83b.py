"""中央社 (2024-10-03, 華盛頓2日): prosecutors' filing (今天公布) on 川普's bid to overturn the 2020 election.

The filing is published today (the dateline's 2日): what the prosecutors and 這份文件 (a document speaks for its
author, 檢方) say in it is dated 2024-10-02.  路透社報導 is undated.  最高法院裁定 is a ruling (as 決議: no cue).
Unnamed individuals (一名白宮職員據稱, 一名白宮助理跟他說) are anonymous sources: no rows.  川普回「那又怎樣？」 is
on the day of the riot (當天 = 2021-01-06); 川普告誡彭斯 on 2021年1月1日, its two quotes hold predicates.
稱她的說法「瘋狂」 is 川普's (undated; 「瘋狂」 is a term).  史蒂文．張's 抨擊 takes a noun object; his 稱「…」 is
direct (undated).
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_8307f83b73c07b99299e33b280e593f7"}

DAY = "2024-10-02"

STATEMENTS = [
    S("indirect", "美國聯邦檢察官", "說", a="川普施壓州級官員與時任副總統彭斯", b="已經超出總統職權範疇", said_on=DAY),
    S("indirect", "路透社", "報導", a="這份長達165頁的文件", b="法院不會進行審理"),
    S("direct", "川普", "說", "無論是打贏或輸掉選舉，你們還是必須拚命奮鬥"),
    # Added after the first pass (README, "Corrections"): the rioters' chant is a quote of a specific group.
    S("direct", "支持者", "高喊", "吊死彭斯", said_on="2021-01-06"),
    S("indirect", "檢方", "聲稱", a="川普看著電視播報", b="川普回「那又怎樣？」", said_on=DAY),
    S("direct", "川普", "回", "那又怎樣？", said_on="2021-01-06"),
    S("indirect", "檢方", "說", a="由於最高法院對豁免權作出裁決", b="不打算在審訊時提及這段互動", said_on=DAY),
    S("indirect", "檢方", "提到", "川普私下嘲笑他的盟友代表他公開發表的言論", said_on=DAY),
    S("indirect", "川普", "稱", "她的說法「瘋狂」"),
    S("indirect", "檢方", "聲稱", a="在2021年1月1日當天", b="「覺得你很愚蠢」", said_on=DAY),
    S("indirect", "川普", "告誡", a="如果他沒有阻擋民主黨總統拜登", b="「覺得你很愚蠢」", said_on="2021-01-01"),
    S("direct", "川普", "告誡", "將對你恨之入骨", said_on="2021-01-01"),
    S("direct", "川普", "告誡", "覺得你很愚蠢", said_on="2021-01-01"),
    S("direct", "史蒂文．張", "稱", a="這整個案件是一場黨派之爭", b="一同遭駁回"),
]

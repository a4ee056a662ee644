"""聯合新聞網 (2023-04-06): KMT press conference (上午 → 2023-04-06) on the 基隆 referendum.

Everyone at the press conference (林家興, 詹江村, 簡榮宗, 練鴻慶) speaks on the day.  The press conference's title
「民進黨沒收地方民意反民主！…」 is an event name (no row); 「高升中央，不理地方」 is a saying in 林家興's narration with
no cue (not added); 「珍愛藻礁」 names a referendum.  Nested reports (guideline 5): 中選會指控 (passive 遭中選會指控,
undated), 中選會竟然認定 (up to 林家興's rebuttal 要沒收…), 中選會跳出來說 twice inside 簡榮宗's question (the first after
今年二月媒體披露…之後 → 2023-02; its clause ends where 簡's rebuttal 既然… begins); 媒體披露 names no outlet.
A law's 規定 (公民投票法第2條規定, 地方制度法第19條明確規定) is no cue (batch C: 《民法》規定 gives no row).
練鴻慶舉例 quotes an unnamed scholar's words at the hearing: the clause and the quote are 練鴻慶's (he says them; the
scholar is not named).  The trailing related-links line (台電提「3不3要」…) is no statement.
"""
from build_gold import S

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udn-9d93854707fef2e3"}

DAY = "2023-04-06"

STATEMENTS = [
    S("indirect", "中選會", "指控", "違反地方公投自治條例"),
    S("indirect", "國民黨", "質疑", a="根據相關法令規定，保育區", b="中選會的作法根本是打壓基隆民意", said_on=DAY),
    S("indirect", "國民黨", "呼籲", "蔡政府不要一錯再錯", at="呼籲蔡政府不要一錯再錯。", said_on=DAY),
    S("indirect", "林家興", "表示", a="基隆一個地方的維護環境的公投", b="要沒收地方公投、踐踏民意", said_on=DAY),
    S("indirect", "中選會", "認定", "違反基隆市公民投票自治條例規定"),
    S("indirect", "詹江村", "指出", a="三接工程對桃園的海岸", b="難道這個錯誤要延續到基隆", said_on=DAY),
    S("indirect", "簡榮宗", "指出", a="去年12月份內政部駁回", b="是怕影響選舉", said_on=DAY),
    S("indirect", "簡榮宗", "指出", a="今年二月媒體披露內政部沒收公投之後", b="中選會又跳出來說有違法之虞", said_on=DAY),
    S("indirect", "中選會", "說", "准駁與否是地方政府的權限，內政部沒有沒收", said_on="2023-02"),
    S("indirect", "中選會", "說", "有違法之虞"),
    S("indirect", "簡榮宗", "表示", a="從法律上來看，公民投票法第2條", b="都是縣市政府應該處理的自治事項", said_on=DAY),
    S("indirect", "練鴻慶", "舉例", a="當初三接公聽會上學者的說法反駁", b="也可能涉及到公民投票」", said_on=DAY),
    S("direct", "練鴻慶", "舉例", a="事實上它是一個具有全國性公民投票", b="也可能涉及到公民投票", said_on=DAY),
    S("indirect", "練鴻慶", "表示", a="這代表「全國性公投與地方性公投不互斥」", b="不代表此議題不能以地方性公投進行", said_on=DAY),
    S("direct", "練鴻慶", "表示", "全國性公投與地方性公投不互斥", said_on=DAY),
]

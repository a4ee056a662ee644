"""中時新聞網 (2019-06-19): 呂秀蓮's press conference (今) against the 中選會's rejection of her referendum.

Everything 呂秀蓮 says is at today's press conference: said_on 2019-06-19.  質疑中選會「若非無知，就是政治力操作」
is a quote with a predicate (direct); the bare 「我哪裡有逾期？…」 after 搬出《民法》規定 goes with 反駁.
The quote before 呂痛批 takes that cue.  居然說逾期 is 中選會's own claim nested in 痛批 (guideline 5).
蔡當時則稱 is nested in 爆料 and dated by 2015年; its span runs to the end of the sentence (但這符合… reads as
蔡's words).  中選會…決議 is no cue; 兩人談及 (a talk's topic) is no report.  討論「是誰把公投墮胎？」 is a quote
with a predicate inside 提及's clause (guideline 4).
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-f7029c3bd38a42ba"}

DAY = "2019-06-19"

STATEMENTS = [
    S("direct", "呂秀蓮", "反駁", "我哪裡有逾期？哪裡有違法？", said_on=DAY),
    S("direct", "呂秀蓮", "質疑", "若非無知，就是政治力操作", said_on=DAY),
    S("indirect", "呂秀蓮", "喊話", a="這樣的中選會，總統蔡英文", b="好好調整、整頓", said_on=DAY),
    S("indirect", "呂秀蓮", "指出", a="「和平中立」公投在3月5日提案", b="我們對著空氣講話！」", said_on=DAY),
    S("direct", "呂秀蓮", "指出", "我們對著空氣講話！", said_on=DAY),
    S("indirect", "呂秀蓮", "說", a="5月27日收到第二份中選會公文", b="但7、8、9日為三天假日", said_on=DAY),
    # Added after the first pass (README, "Corrections"): 表明 in her 6月4日 reply is a second cue in the sentence.
    S("indirect", "呂秀蓮", "表明", "相關質疑前言不對後語、不知所云實無從補正", said_on="2019-06-04"),
    S("direct", "呂秀蓮", "痛批", a="6／5要求補正", b="哪裡有逾期、違法？", said_on=DAY),
    S("indirect", "呂秀蓮", "痛批", a="這案子絕對合乎公投條件", b="的基本常識都沒有", said_on=DAY),
    S("indirect", "中選會", "說", "逾期", at="居然說逾期"),
    S("indirect", "呂秀蓮", "質疑", a="中選會人才濟濟", b="一定是政治力在操作！」", said_on=DAY),
    S("direct", "呂秀蓮", "質疑", "沒這麼笨吧？一定是政治力在操作！", said_on=DAY),
    S("indirect", "呂秀蓮", "爆料", a="蔡英文在2015年競選總統時", b="當然應一同推動", said_on=DAY),
    S("indirect", "蔡英文", "稱", a="選舉期間不希望節外生枝", b="當然應一同推動", said_on="2015"),
    S("indirect", "呂秀蓮", "提及", a="日前《公投法》修法", b="覺得沒有公投行使權", said_on=DAY),
    S("direct", "呂秀蓮", "提及", "是誰把公投墮胎？", said_on=DAY),
]

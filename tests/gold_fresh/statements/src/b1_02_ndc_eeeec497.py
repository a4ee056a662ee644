"""中央社 (2024-10-28, 華盛頓27日): will 川普 accept a defeat?  法新社's report, 尼曼's two quotes, 川普's rally quote.

川普聲稱選民詐欺號召下 is a noun phrase inside an adverbial (no reported clause); 批評者擔心 is an emotion.
The second 尼曼 quote stands alone in the next paragraph: attached without a cue (cue null).
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_eeeec4977f33e7cf8003406ec2062956"}

STATEMENTS = [
    S("indirect", "法新社", "報導", a="從2016年愛荷華州初選", b="選情呈勢均力敵的局面"),
    S("direct", "尼曼", "表示", a="如果今年他落選了", b="賀錦麗的就職典禮。"),
    S("direct", "尼曼", None, "他不僅輸不起，還是永遠不會承認失敗的人。"),
    S("direct", "川普", "告訴", a="如果我輸了，我會告訴你", b="我們才會輸。", said_on="2024-09"),
]

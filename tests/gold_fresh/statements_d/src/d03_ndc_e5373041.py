"""ETtoday / 中央社 (2024-07-30): 馬斯克 reposts a deepfake video of 賀錦麗.

No dateline day: only 本月26日 (the repost and its text 「這太讚了！」, 2024-07-26) and 本月稍早 (馬斯克's endorsement
after the July shooting, 2024-07) date an act of speaking.  科技倡議人士 is a group named by its role, as 美方一些專家
(guideline 7): a row.  The parody voice in the video (片中模仿她的配音稱…, 自稱「對治理國家一無所知」) is no named
speaker and its words are fabricated: no rows of their own; they stay inside 法新社's clause.  宣告支持川普 is a
stance (as 宣布支持賀錦麗 in batch C).  The embedded tweet (This is amazing …) has no quote marks and no cue, and
X's policy text 禁止分享「…」 has no cue: no rows.
"""
from build_gold import S

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_e5373041479b95389c01c1b3a7082051"}

STATEMENTS = [
    S("indirect", "科技倡議人士", "稱", "馬斯克此舉違反X自家政策"),
    S("indirect", "法新社", "報導", a="馬斯克本月26日轉發1支", b="她根本是「終極多元化雇員」"),
    S("direct", "馬斯克", "寫下", "這太讚了！", said_on="2024-07-26"),
    S("direct", "賀錦麗競選陣營", "表示", a="我們認為美國人民想要", b="被人操弄的謊言。"),
    S("indirect", "馬斯克", "宣告", "支持川普", at="宣告支持川普", said_on="2024-07"),
    S("indirect", "紐松", "表示", "遭人動過手腳的賀錦麗影片「應屬違法」"),
    S("direct", "紐松", "表示", "應屬違法"),
    S("indirect", "紐松", "說", "他很快會簽署法案禁止這類影片"),
    S("direct", "馬斯克", "說", "詼諧仿作在美國是合法的"),
]

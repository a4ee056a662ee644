"""中央社 (2024-10-09, 華盛頓9日): the Reuters/Ipsos poll (completed 10月7日) has 賀錦麗 3 points ahead.

Decisions: a poll speaks for the one who ran it when that is named (根據路透社/益普索…最新民調顯示, 這項…最新民調顯示,
最新的民調顯示 → 路透社/益普索); its completion date is not the date of the report (said_on null).  民調顯示 in general
names no author.  Respondents' answers (受訪者認為, 約44%受訪者認為, 70%受訪者認為, …同意) are what the poll found,
not statements (as statements.poll_share already reads them).  根據皮尤研究中心的預估，… is 皮尤研究中心's estimate.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_1ef6ff3566c5fb4bbb20ba2ce74e4837"}

STATEMENTS = [
    S("indirect", "路透社/益普索", "顯示", a="美國民主黨總統候選人賀錦麗在11月5日", b="較之前縮小"),
    S("indirect", "路透社/益普索", "顯示", a="在一連串經濟議題方面", b="大多已遭學者和智庫否認"),
    S("indirect", "路透社/益普索", "顯示", a="11月選舉日最可能出門投票的選民中", b="領先川普2個百分點"),
    S("indirect", "皮尤研究中心", "預估", "2020年總統大選約2/3的合格選民出門投票"),
]

"""中央社 (2024-09-13, 華盛頓12日): 川普 promises tax-free overtime; 今天 = the dateline's 12日 (2024-09-12).

路透社報導 is undated (an outlet's report is dated only when the text dates it); 川普's words inside it are the
rally's (今天).  民調顯示 names no pollster: no row.  川普先前說過 is undated and its clause ends at ； (the rest,
賀錦麗也曾開出類似支票, is the writer's).  The campaign's unnamed 發言人 speaks for 賀錦麗競選團隊 (an organisation
speaking through its spokesperson; written as in the text).  賀錦麗本月…指控 → 2024-09; 「擋下」 is one verb in
scare quotes, a term (as 「瘋狂」 in batch C).  勞工權益團體 is a group named by its role (a row, undated).
勞工部提議將門檻提高… is a rule-making act (as 川普政府2019年發布規定): no row.
"""
from build_gold import S

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_b49ca6880f9da9d1053a1b675ada8b71"}

DAY = "2024-09-12"

STATEMENTS = [
    S("indirect", "川普", "表示", a="如果他在11月5日大選中當選", b="將包括取消所有對加班費課徵的稅", said_on=DAY),
    S("indirect", "路透社", "報導", a="川普（Donald Trump）在亞利桑那州", b="你們加班將免稅。」"),
    S("direct", "川普", "說", "我們的額外減稅措施，將包括終結所有對加班費課徵的稅。你們加班將免稅。", said_on=DAY),
    S("indirect", "川普", "說", "他將尋求立法終止對小費課稅，以協助服務業勞工"),
    S("direct", "賀錦麗競選團隊發言人", "說", "他現在狗急跳牆，只要能試圖引誘民眾把票投給他，什麼話都說得出口。", said_on=DAY),
    S("indirect", "賀錦麗", "指控", "川普2017年到2021年擔任總統時，「擋下」數以百萬計勞工的加班費", said_on="2024-09"),
    S("indirect", "勞工權益團體", "批評", "此舉涵蓋的勞工比歐巴馬政府推出的計畫還少很多"),
    S("direct", "川普", "說", "超時工作的人是我國最勤奮的公民，太長一段時間以來，華府都沒人為他們著想。", said_on=DAY),
]

"""自由時報 (2024-09-20): 魯比歐 proposes (週四 19日) to bar Chinese makers from dodging tariffs via third countries.

The 魯比歐 statement is the one behind the proposal of 19日 (same scene); 路透's report itself is not dated.
拜登政府官員…表示擔憂 / 委員會…表達擔憂 are emotions; 宣佈了新措施 / 5月宣佈的…上調 announce measures (a noun
object, no reported clause).
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_209e1f7630d9afe334b58c63435096bf"}

STATEMENTS = [
    S("indirect", "路透", "報導", a="魯比歐指出，中企將生產", b="流入美國市場"),
    S("indirect", "魯比歐", "指出", a="中企將生產轉移", b="流入美國市場", said_on="2024-09-19"),
    S("indirect", "美國製造業倡議組織", "警告", a="從墨西哥進口中企生產的汽車", b="美國汽車產業「滅亡」", said_on="2024-02"),
]

"""公視新聞網 (2024-11-06): 川普's last rallies 投票日前1日 (2024-11-04: the US vote was on 5 November).

Every statement is made at those rallies (same scene, the evening one in 密西根 included).  譴責…問題 takes a noun.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_ab21bfe0378b13d42c4306914728de65"}

DAY = "2024-11-04"

STATEMENTS = [
    S("indirect", "川普", "承諾", a="如果中國和墨西哥不阻止", b="祭出25%的高關稅", said_on=DAY),
    S("indirect", "川普", "宣稱", a="只要把票投給他", b="讓美國重返最高榮耀", at="他更宣稱，只要把票投給他", said_on=DAY),
    S("direct", "川普", "表示", a="我們每年因從墨西哥進入的毒品", b="我們將對他們徵收關稅。", said_on=DAY),
    S("indirect", "川普", "揚言", "要對墨西哥和中國產品課徵 25%的關稅", said_on=DAY),
    S("indirect", "川普", "批評", "如果投票給賀錦麗，生活只會陷入苦難，只有他能讓美國人的生活一切都變好", said_on=DAY),
    S("direct", "川普", "補充", a="投票給川普意味著", b="這將是美國的黃金時代。", said_on=DAY),
    S("indirect", "川普", "誇口", "將帶領美國重返最高榮耀", said_on=DAY),
    S("direct", "川普", "說", a="你明天的一票", b="走向新的高度和輝煌。", said_on=DAY),
]

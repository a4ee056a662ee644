"""ETtoday / 中央社 (2024-09-14, 基輔13日): 澤倫斯基 to meet 拜登 this month; 今天 = 2024-09-13.

法新社報導 is undated; the quote inside it is 澤倫斯基's at today's conference (direct, 2024-09-13).  8月底時…曾聲稱 →
2024-08, carried to 當時…提到 and 他還指稱 (the same scene).  「本月」 and 「勝利計畫」 are terms.
"""
from build_gold import S

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_dfc9f85e11ce7f3a7fdc61f042ee9576"}

DAY = "2024-09-13"

STATEMENTS = [
    S("indirect", "澤倫斯基", "表示", a="他「本月」將會晤", b="想終止俄烏戰爭的「勝利計畫」", said_on=DAY),
    S("indirect", "法新社", "報導", a="澤倫斯基在烏克蘭首都基輔", b="我會向他遞交一份勝利計畫。」"),
    S("direct", "澤倫斯基", "指出", "我計劃本月會晤拜登總統，我會向他遞交一份勝利計畫。", said_on=DAY),
    S("indirect", "澤倫斯基", "聲稱", a="自己希望9月前往美國", b="他準備屆時與拜登會面", said_on="2024-08"),
    S("indirect", "澤倫斯基", "提到", a="他跟拜登見面時將遞交", b="前總統川普（Donald Trump）", said_on="2024-08"),
    S("indirect", "澤倫斯基", "指稱", a="烏克蘭先前攻入俄羅斯", b="已經持續2年半的俄烏戰爭", said_on="2024-08"),
]

"""自由時報 (2024-08-25): 鮑爾 at Jackson Hole (二十三日) opens the door to a September cut.

The photo caption is a statement (as in the earlier batches).  All 鮑爾 statements are at the 23日 speech; 哈克
is dated (二十三日); 古蘭沙 (a new paragraph, no date) is not.  分析師解讀 / 分析師指出 are unnamed analysts (as 有分析指):
no rows, and 分析師 ends 鮑爾's clause.  In 鮑爾說「…」，顯然他… what follows the quote is the writer's
gloss: direct only.  哈克's 指出「…」，若Fed…他將支持… continues his report (indirect + direct), as does
古蘭沙's 他還說「…」；…「…」 (indirect + two directs).  暗示 reports a clause.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_c8f52e9828eb8a676eb6b4efed0d0c4c"}

DAY = "2024-08-23"

STATEMENTS = [
    S("indirect", "鮑爾", "表示", a="調整政策的時機到了，「現在", b="保護就業市場」", said_on=DAY),
    S("direct", "鮑爾", "表示", "現在優先要務是保護就業市場", at="時機到了，「現在優先要務是保護就業市場", said_on=DAY),
    S("indirect", "鮑爾", "表示", a="調整政策的時候到了", b="將竭力支持強勁的勞動市場", said_on=DAY),
    S("direct", "鮑爾", "表示", "現在優先要務是保護就業市場", at="時候到了，「現在優先要務是保護就業市場", said_on=DAY),
    S("indirect", "鮑爾", "暗示", a="Fed將在九月中旬", b="啟動降息週期", said_on=DAY),
    S("direct", "鮑爾", "指出", "我們既不尋求、也不歡迎勞動市場進一步降溫；調整政策的時機到了", said_on=DAY),
    S("direct", "鮑爾", "說", a="透過適當減少政策限制", b="同時保持強勁的勞動市場", said_on=DAY),
    S("direct", "鮑爾", "表示", a="前進的方向很明確", b="風險平衡情況。", said_on=DAY),
    S("indirect", "哈克", "指出", a="「現在絕對是啟動", b="他將支持今年降息二至三次", said_on=DAY),
    S("direct", "哈克", "指出", "現在絕對是啟動有條不紊降低利率過程的時候了", said_on=DAY),
    S("indirect", "古蘭沙", "指出", "Fed即將降息的計畫符合IMF的建議"),
    S("direct", "古蘭沙", "說", a="通膨已見改善", b="更接近中性的水準"),
    S("indirect", "古蘭沙", "說", a="「我不認為美國的衰退", b="「通膨仍有一些上升風險」"),
    S("direct", "古蘭沙", "說", "我不認為美國的衰退迫在眉睫；軟著陸的機率增加，這仍是我們的基準線"),
    S("direct", "古蘭沙", "說", "通膨仍有一些上升風險"),
]

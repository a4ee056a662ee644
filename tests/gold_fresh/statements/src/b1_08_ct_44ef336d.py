"""中時新聞網 (2020-02-17): 搶救大潭藻礁行動聯盟's press conference (上午, today) before 蘇貞昌 visits 時代力量.

Decisions: 上午 with no other day is the publication day.  張譽尹's sentence holds a nested report of 蘇揆 (蘇貞昌)
去年 (2019) and then his own 呼籲, which starts a new statement (guideline 2).  陳椒樺 is written so in the text.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-44ef336d5f4ff2ab"}

DAY = "2020-02-17"

STATEMENTS = [
    S("indirect", "搶救大潭藻礁行動聯盟", "呼籲", "觀塘工業港及三接工程施工應立即停止，並啟動自然地景審議", said_on=DAY),
    S("indirect", "聯盟", "表示", "行政院若持續對此打太極，立委陳椒華將以獅吼功叫醒蘇揆", said_on=DAY),
    S("indirect", "搶救大潭藻礁行動聯盟", "要求", "公部門應立即啟動「大潭藻礁自然地景審議」"),
    S("indirect", "搶救大潭藻礁行動聯盟", "表示", a="觀塘三接本應在去年8月", b="藻礁世紀殺手的千古罪名", said_on=DAY),
    S("indirect", "張譽尹", "表示", a="行政院長蘇貞昌明上午", b="太極權推推推", said_on=DAY),
    S("indirect", "蘇貞昌", "說", "他一定站在台灣永續角度決斷事情，相關主管機關一定會做出好的決定", said_on="2019"),
    S("indirect", "張譽尹", "呼籲", a="蘇貞昌不太再使太極權", b="把蘇揆叫醒", said_on=DAY),
    S("indirect", "陳椒樺", "說", a="她在記者會前十分鐘", b="施工應立即停止", said_on=DAY),
]

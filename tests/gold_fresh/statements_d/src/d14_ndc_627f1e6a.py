"""ETtoday / CTWANT (2024-08-20): 馬斯克 posts a "swearing-in photo" after 川普's cabinet remark (週一19日).

川普's 表示 is dated 美東時間週一19日 (2024-08-19).  The quotes of unnamed X users (一位自稱爲「狗狗幣官方CEO」的用戶…
開玩笑道, 一位X用戶寫道, 另一人評論道) are anonymous individuals (batch C: 一名白宮助理…): no rows.  The caption
▼馬斯克在推特寫道：「我願意服務。」 is a statement (batch 1: a photo caption is one), the post of 今(20)日 (2024-08-20).
The embedded tweet (I am willing to serve …) has no quote marks; the "further reading" headlines at the end
(中年男不死心「隔天再買1張」…) are other articles' unnamed people: no rows.
"""
from build_gold import S

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_627f1e6a6d0f91ebcc199fee07b90d87"}

STATEMENTS = [
    S("indirect", "川普", "表示", a="如果他再次入主白宮", b="提供一個內閣職位或政府顧問職位", said_on="2024-08-19"),
    S("direct", "馬斯克", "寫道", "我願意服務。", said_on="2024-08-20"),
]

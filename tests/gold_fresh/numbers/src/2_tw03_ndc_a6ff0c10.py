"""自由時報 2024-11-06: the economy and the 2024 vote (batch 2, annotated by reading).
Shares of the voters asked are nobody's; a share that votes for a side is that side's (79%對20%)."""
from build_gold import N

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_a6ff0c10b975e2380b1a737ba4c9b0ac"}

NUMBERS = [
    N("近一半", 0.5, None, "財務狀況更糟的選民", "~"),
    N("4個", 4, "個", "領先的搖擺州", "=", "川普"),
    N("270票", 270, "票", "獲勝所需票數"),
    N("大約31%", 31, "%", "最關心經濟的選民", "~"),
    N("35%", 35, "%", "最關心民主狀況的選民"),
    N("79%", 79, "%", "支持率", "=", "川普"),
    N("20%", 20, "%", "支持率", "=", "賀錦麗", at="79%對20%"),
    N("超過一半", 0.5, None, "通膨帶來中度困難的選民", ">"),
    N("近四分之一", 0.25, None, "通膨帶來嚴重困難的選民", "~"),
    N("50%", 50, "%", "支持率", "=", "川普", at="50%對47%"),
    N("47%", 47, "%", "支持率", "=", "賀錦麗", at="50%對47%"),
    N("73%", 73, "%", "投票給川普的選民", "=", "川普"),
]

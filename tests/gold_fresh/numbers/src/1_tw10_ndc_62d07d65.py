"""自由時報 2024-09-26 (opinion): Taiwan's defence budget (batch 1, annotated by reading).
The defence-spending shares of GDP are Taiwan's (我國 / 台灣 as written nearby); 廿年前 is an offset."""
from build_gold import N

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_62d07d65016db30a5688d13db2994d82"}

NUMBERS = [
    N("6470億新台幣", 647000000000, "新台幣", "軍事防衛支出總金額", "=", "我國"),
    N("2.38%", 2.38, "%", "國防支出占GDP", "=", "我國"),
    N("2.45%左右", 2.45, "%", "國防支出占GDP", "~", "我國"),
    N("2.5%", 2.5, "%", "國防預算占GDP", "=", "台灣"),
    N("至少5%", 5, "%", "國防預算占GDP", ">=", "台灣"),
    N("3%", 3, "%", "國防預算占GDP", "=", "台灣", at="未編列至3%"),
    N("3%", 3, "%", "防衛支出占GDP目標", "=", "台灣", at="GDP3%的目標"),
]

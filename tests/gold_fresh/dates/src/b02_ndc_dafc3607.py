"""自由時報 2024-10-30 (Wednesday): bitcoin before the US election (second batch)."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_dafc360765c803a37184a6b1358b4a41"}

DATES = [
    D("近日", "DATE", "PAST_REF"),
    D("3月份", "DATE", "2024-03", at="逼近3月份"),
    D("1週", "DURATION", "P1W"),
    D("過去24小時", "DURATION", "PT24H"),
    D("11月5日", "DATE", "2024-11-05"),
    D("11月底", "DATE", "2024-11", "END"),
    D("目前", "DATE", "PRESENT_REF", at="截至目前"),
    D("10月", "DATE", "2024-10", at="10月美國現貨"),
    D("3月份", "DATE", "2024-03", at="衝破3月份"),
    # 先前 (馬斯克先前為川普拉票): event-relative, not annotated (README)
    D("現在", "DATE", "PRESENT_REF", at="現在用APP看新聞"),
    D("天天", "SET", "P1D", at="保證天天中獎"),
]

"""中央社 2024-11-06 (Wednesday): a freight forwarder on US tariffs (second batch)."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_530ead446cbbea3b26d082259bd68e99"}

DATES = [
    D("6日", "DATE", "2024-11-06", at="台北6日電"),
    D("近年", "DATE", "PAST_REF", at="捷迅近年加強"),
    D("今天", "DATE", "2024-11-06"),
    # 過往經驗: 過往 is left out like 以往 (dev gold)
    D("近年", "DATE", "PAST_REF", at="且近年通膨"),
    D("第3季", "DATE", "2024-Q3", at="捷迅第3季合併"),
    D("前3季", "DATE", "2024-Q1/2024-Q3"),
    D("今年第3季", "DATE", "2024-Q3"),
    D("第4季", "DATE", "2024-Q4"),
    D("11月", "DATE", "2024-11", at="預料11月"),
    D("明年", "DATE", "2025"),
    D("去年2月", "DATE", "2023-02"),
    D("今年6月", "DATE", "2024-06"),
    D("第2季", "DATE", "2024-Q2"),
    D("第3季", "DATE", "2024-Q3", at="於第3季陸續"),
    D("2025年第1季末", "DATE", "2025-Q1", "END"),
]

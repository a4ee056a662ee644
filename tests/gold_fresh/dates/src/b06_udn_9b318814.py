"""聯合新聞網 2023-08-24 (Thursday): KMT caucus on energy policy (second batch)."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udn-9b318814a45a9b45"}

DATES = [
    D("今", "DATE", "2023-08-24", at="黨團今指出"),
    D("今", "DATE", "2023-08-24", at="國民黨團今在"),
    D("2025年", "DATE", "2025", at="2025年再生能源"),
    D("今年一到六月", "DATE", "2023-01/2023-06"),
    D("去年", "DATE", "2022", at="去年同期"),      # 去年同期: annotated on 去年 (dates_unseen)
    # 現累積虧損: the single adverb 現 (currently) is not annotated
    D("2025年", "DATE", "2025", at="延至2025年"),
    D("去年", "DATE", "2022", at="去年我國"),
    D("2050年", "DATE", "2050"),
    D("2015年", "DATE", "2015"),
    D("7年多", "DURATION", "P7Y", "MORE_THAN"),
    # 每次 (SET-like, guideline 5), 上任來, 下任: not annotated
]

"""聯合新聞網 2023-02-01 (Wednesday): a lorry crash at 貢寮 (third batch)."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udn-39577f9d0776f990"}

DATES = [
    D("今天上午10點多", "TIME", "2023-02-01T10:00", "APPROX"),   # 多: a little after, as 4時許
    D("11點多", "TIME", "2023-02-01T11:00", "APPROX"),
    D("今天上午10時13分", "TIME", "2023-02-01T10:13"),
    D("11時5分", "TIME", "2023-02-01T11:05"),
]

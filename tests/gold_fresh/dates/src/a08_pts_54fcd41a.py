"""公視 2025-04-01 (Tuesday): PLA drills around Taiwan announced on the 1st."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "pts-54fcd41a81d57010"}

DATES = [
    D("1日清晨", "TIME", "2025-04-01TMO"),
    D("現在", "DATE", "PRESENT_REF", at="「現在正在進行中"),
    # 第一時間 (at once) is not a date
]

"""中央社 2024-10-21 (Monday), filed from Lancaster on the 20th: Trump at McDonald's (second batch)."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_bed94435f8d26622e5a60a697da75375"}

DATES = [
    D("20日", "DATE", "2024-10-20", at="蘭卡斯特20日"),
    # after a foreign dateline 今天 is the day it was filed on (dev gold, 2_tw2)
    D("今天", "DATE", "2024-10-20", at="川普今天在白襯衫"),
    D("今天", "DATE", "2024-10-20", at="員工今天耐心"),
    D("今天", "DATE", "2024-10-20", at="賀錦麗今天過60歲"),
    # 年輕時 / 念大學時, ages (78歲, 60歲), the CNA footer code: not dates
]

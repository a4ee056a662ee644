"""ETtoday (CNA) 2024-11-05 (Tuesday): Phoenix's election centre (third batch)."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_4ae89a8561989a4c575f7e13dd8b049f"}

DATES = [
    # 投票日前夕: event-relative, not annotated
    D("幾年前", "DATE", "PAST_REF"),            # like 几天前 in dates_unseen: no value
    D("2020年", "DATE", "2020", at="輸掉2020年"),
    D("2020年", "DATE", "2020", at="在2020年總統大選"),
    D("當年", "DATE", "2020"),
    D("至今", "DATE", "PRESENT_REF"),
    D("2020年", "DATE", "2020", at="承認2020年"),
    D("4年前", "DATE", "2020", "APPROX"),
]

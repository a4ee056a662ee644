"""中時 2021-02-25 (Thursday): DPP suspends three legislators over the ractopamine vote."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-2e5510873a1b7a9b"}

DATES = [
    D("今", "DATE", "2021-02-25", at="民進黨今召開"),
    D("一年", "DURATION", "P1Y", at="三位立委停權一年"),
    D("3年", "DURATION", "P3Y", at="再犯則停權3年；"),
    D("日前", "DATE", "PAST_REF"),
    D("3年", "DURATION", "P3Y", at="黨團停權3年"),
    D("今", "DATE", "2021-02-25", at="黨中央今召開"),
    D("一年", "DURATION", "P1Y", at="決議停權一年"),
    D("3年", "DURATION", "P3Y", at="再犯則停權3年。"),
    D("今天", "DATE", "2021-02-25", at="中評會今天所做"),
    # 先前 (一如先前預期) is event-relative, not annotated (README)
    D("一年", "DURATION", "P1Y", at="預期停權一年"),
]

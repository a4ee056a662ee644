"""聯合報 (print) 2024-08-14 (Wednesday): a headmaster on how 林郁婷's boxing team began."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udnp-7565dd8d-85e0-42fc-8fd0-3ef79e4719c7"}

DATES = [
    # 當年 is the year of the decision the text dates below: 二○○八年前後
    D("當年", "DATE", "2008", "APPROX", at="緣起於當年"),
    D("二○○五年", "DATE", "2005"),
    D("五年", "DURATION", "P5Y", at="五年期間"),
    D("二○○八年前後", "DATE", "2008", "APPROX"),
    # 那時 (at that time) not annotated (README)
    D("當年", "DATE", "2008", "APPROX", at="沒有當年教育局"),
    D("今天", "DATE", "PRESENT_REF", at="得到今天這面"),        # 'today's medal': the present
    D("十五年", "DURATION", "P15Y"),
    D("去年", "DATE", "2023"),
    D("未來", "DATE", "FUTURE_REF"),
]

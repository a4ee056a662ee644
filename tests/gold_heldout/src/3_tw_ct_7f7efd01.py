"""中時新聞網 (2021-12-18, referendum day, a Saturday): an editorial on the government and the referendums.

No title–name frame: 農委會主委, 總統 and 國民黨議員 are written without a name, so no officials.
The editorial's own voice is not a speaker.
"""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-7f7efd0181ea5194"}

OFFICIALS = []

STATEMENTS = [
    # 她 → 蔡政府 (the last-named body). 暗示 after it is the editorial's reading, not a report.
    S("indirect", "蔡政府", "揚言", "沒有三接就要多燒500萬噸煤"),
    S("direct", "政府", "自視", "政府為公投當然反方"),
    S("indirect", "政府", "佯稱", "反萊豬公投過關也不影響行政命令"),
]

DATES = [
    D("今天", "DATE", "2021-12-18", at="今天的公投"),
    D("今天", "DATE", "2021-12-18", at="無論今天結果如何"),
]

NUMBERS = [
    N("500萬噸", 5000000, "噸", "多燒的煤"),
]

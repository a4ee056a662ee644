"""中時 2021-11-15 (Monday): KMT referendum rally in 台中 on the 14th."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-e626b394e47e240d"}

DATES = [
    D("未來", "DATE", "FUTURE_REF", at="民主拚未來"),  # added after the first pass (README "Corrections")
    D("14日", "DATE", "2021-11-14"),
    D("2024年", "DATE", "2024", at="2024年一定會下台；"),
    D("1218", "DATE", "2021-12-18", at="決戰1218公投"),   # the referendum day, written MMDD
    D("昨", "DATE", "2021-11-14", at="等人昨輪番"),
    # 公投大選同一天 names no day: not annotated; 到時候 event-relative
    D("2025年", "DATE", "2025", at="政府2025年非核家園"),
    D("2025年", "DATE", "2025", at="2025年絕不可能"),
    D("2024年", "DATE", "2024", at="2024年一定會下台。"),
    D("現在", "DATE", "PRESENT_REF", at="現在卻來了一位"),
    D("過去", "DATE", "PAST_REF", at="蔡總統過去喊"),
    D("1218", "DATE", "2021-12-18", at="1218是台灣"),
    D("2013年", "DATE", "2013"),
    D("現在", "DATE", "PRESENT_REF", at="現在卻改口"),
    D("現在", "DATE", "PRESENT_REF", at="民進黨現在怕公投"),
]

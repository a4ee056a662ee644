"""經濟日報 (print, 2024-11-03, a Sunday): China eases five thresholds for strategic foreign investment."""
from build_gold import D, N, O, S

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udnp-a383b1d5-7afb-4dbf-a15b-c0cbeef92680"}

OFFICIALS = [
    # The article does not say where Evercore ISI is based, so no country.
    O("Neo Wang", "董事總經理", "Evercore ISI", None, at="中國研究董事總經理Neo Wang"),
]

STATEMENTS = [
    # 彭博引述…Neo Wang觀點表示: the view is his; 彭博 only relays it, with no cue of its own
    # apart from 引述 (guideline 5 needs an inner cue for a second row), so one row.
    S("indirect", "Neo Wang", "表示", a="北京現在這樣做是為了減輕", b="擔心美國大選可能結果的印象"),
    S("direct", "Neo Wang", None, "鑒於近來中國的外商直接投資表現不佳，無論誰當選，這些措施都早就應該推出了。"),
]

DATES = [
    D("如今", "DATE", "PRESENT_REF"),
    D("三年", "DURATION", "P3Y", at="在三年內不得轉讓"),
    D("不低於三年", "DURATION", "P3Y", "EQUAL_OR_MORE"),
    D("不低於12個月", "DURATION", "P12M", "EQUAL_OR_MORE"),
    D("現在", "DATE", "PRESENT_REF", at="北京現在這樣做"),
    D("近來", "DATE", "PAST_REF"),
]

NUMBERS = [
    N("五方面", 5, "方面", "放寬門檻的方面", holder="外國投資者對上市公司戰略投資管理辦法", at="等五方面放寬門檻"),
    N("五方面", 5, "方面", "降低投資門檻的方面", holder="辦法", at="主要是從五方面降低"),
    N("不低於5億美元", 500000000, "美元", "境外實有資產總額要求", ">=", "外國投資者"),
    N("3億美元", 300000000, "美元", "境外實有資產總額要求", "=", "外國投資者"),
    N("10%以上", 10, "%", "首次策略投資取得的股份比例", ">=", "外國投資者"),
    N("三年", 3, "年", "股份不得轉讓期", "<=", "外國投資者", at="在三年內不得轉讓"),
    N("10%", 10, "%", "持股比例要求", "=", "外國投資者", at="從10%降低至5%"),
    N("5%", 5, "%", "持股比例要求", "=", "外國投資者", at="從10%降低至5%"),
    N("不低於三年", 3, "年", "持股鎖定期", ">=", "外國投資者"),
    N("不低於12個月", 12, "個月", "持股鎖定期", ">=", "外國投資者"),
]

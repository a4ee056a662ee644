"""經濟日報 2024-11-03: market outlook before the US election (batch 3, annotated by reading).
ISM / 服務業 / 非農 figures: the sentence opens with 美國經濟 (考量近期美國經濟仍屬穩健，ISM…),
carried as holder.  Forecasts whose forecaster is not named (最新預測, 市場評估, 利率期貨顯示) are
null; 主計處預測's 3.2% is 主計處's.  S&P 500, 10日線, 月線, 季線 are names; 第3季 an ordinal.
Corrected after the first pass: 66%企業, 76% (of them) and 企業獲利增長5% were written null; the
batch-1 rules give 企業 (a share of a named group is the group's; 企業獲利: the possessor)."""
from build_gold import N

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udnp-6fa1e031-574c-4d0b-a89a-b38a0e046511"}

NUMBERS = [
    N("4%之上", 4, "%", "ADR大跌", ">", "台積電"),
    N("45之上", 45, None, "ISM製造業指數", ">", "美國"),
    N("50以上", 50, None, "服務業指數", ">", "美國"),
    N("15萬人附近", 150000, "人", "新增非農就業平均", "~", "美國"),
    N("66%", 66, "%", "公布第3季財報的企業", "=", "企業"),
    N("76%", 76, "%", "優於預期的企業", "=", "企業"),
    N("5%", 5, "%", "第3季企業獲利增長", "=", "企業", at="獲利增長5%"),
    N("9%", 9, "%", "第4季獲利年增"),
    N("14%", 14, "%", "明年成長"),
    N("1碼", 1, "碼", "降息"),
    N("約94%", 94, "%", "降息1碼機率", "~"),
    N("6%", 6, "%", "維持利率不變機率", at="不變為6%"),
    N("22,200~23,300點", None, "點", "指數波動區間", "=", "台股", low=22200, high=23300),
    N("39分", 39, "分", "燈號分數", "=", "台灣"),
    N("34分", 34, "分", "燈號分數", "=", "台灣"),
    N("連續11個月", 11, "個月", "景氣領先指標上升", "=", "台灣"),
    N("3.2%", 3.2, "%", "全年GDP增長", "=", "主計處"),
]

"""聯合報 (2024-10-30): 貝佐斯's op-ed (廿八日) on the Washington Post's non-endorsement.

Every 貝佐斯 statement is from the 廿八日 op-ed: said_on 2024-10-28.  華盛頓郵報上周聲明 (上周 = a week in
2024-10) and 也宣布 report the same decision (a clause: 不表態支持…); 紐約時報…在九月卅日的社論宣布支持賀錦麗 reports
an endorsement (a row, dated).  ＮＰＲ's report is dated 廿八日下午.  廿名專欄作家 寫道 / 稱 are two statements of a
specific group.  外界…認為 is vague (no row).  貝佐斯提到…的問題 takes a noun; 他提及 reports the 蓋洛普 poll, which
speaks for 蓋洛普 (named); the respondents' answers are findings (no rows).  投書稱「…」，他並未… goes on reporting:
indirect + direct.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udnp-1c07a100-42c3-4c55-b2db-34586282f95f"}

OPED = "2024-10-28"

STATEMENTS = [
    S("indirect", "華盛頓郵報", "聲明", "今年不表態支持特定總統候選人", at="上周聲明今年不表態支持特定總統候選人", said_on="2024-10"),
    S("indirect", "貝佐斯", "表示", a="華郵支持特定候選人不會扭轉選情", b="沒有任何交換條件", said_on=OPED),
    S("indirect", "華盛頓郵報", "宣布", "今年大選前不表態支持特定候選人", at="也宣布今年大選前不表態支持特定候選人"),
    S("indirect", "全美公共廣播電台", "報導", a="累計超過廿萬人取消", b="多名專欄作家請辭抗議", said_on=OPED),
    S("indirect", "廿名專欄作家", "寫道", a="華郵不為任何總統候選人背書的決定", b="「可怕的錯誤」"),
    S("indirect", "廿名專欄作家", "稱", "此舉放棄基本編輯信念"),
    S("direct", "貝佐斯", "稱", "沒有任何交換條件", at="投書稱「沒有任何交換條件」", said_on=OPED),
    S("indirect", "貝佐斯", "稱", a="「沒有任何交換條件」，他並未", b="這純粹是內部決策", said_on=OPED),
    S("indirect", "貝佐斯", "說", a="當華郵宣布決定當天", b="而他事先毫不知情", said_on=OPED),
    S("indirect", "貝佐斯", "表示", "這場會面與華郵的決定毫無關係", said_on=OPED),
    S("indirect", "貝佐斯", "提及", a="近日一份蓋洛普民調顯示", b="百分之三十三表示不太信任", said_on=OPED),
    S("indirect", "蓋洛普", "顯示", a="美國十個公民與政治機構當中", b="百分之三十三表示不太信任"),
    S("indirect", "貝佐斯", "說", "大部分人相信媒體帶有偏見", said_on=OPED),
    S("indirect", "貝佐斯", "說", a="在總統選舉選邊站不足以扭轉戰局", b="不獨立的感覺", said_on=OPED),
    S("indirect", "貝佐斯", "表示", a="不再支持特定總統候選人是重建", b="絕非有意為之", said_on=OPED),
    S("indirect", "紐約時報", "宣布", "支持賀錦麗", at="社論宣布支持賀錦麗", said_on="2024-09-30"),
]

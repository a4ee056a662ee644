"""中央社 (2024-11-01, 台北1日電): 商總理事長許舒博, interviewed before the 商人節 ceremony held 今天, on the US election.

All 許舒博 statements come from that interview (the lead sums it up): said_on 2024-11-01.  川普稱台灣搶走晶片生意
(a clause, though it modifies 說法) and 川普稱「台灣搶走晶片生意」 are nested reports of 川普 (guideline 5 / 4).
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_1d70c37b4fc9b607888b19c89c145169"}

DAY = "2024-11-01"

STATEMENTS = [
    S("indirect", "許舒博", "表示", a="對台灣來說，民主黨總統候選人", b="可能帶來較大衝擊", said_on=DAY),
    S("indirect", "川普", "稱", "台灣搶走晶片生意", at="至於川普稱台灣搶走晶片生意說法"),
    S("indirect", "許舒博", "認為", "是對台積電有所誤解", at="許舒博認為，是對台積電有所誤解", said_on=DAY),
    S("indirect", "許舒博", "表示", a="美國總統大選不論是", b="美國優先的主軸", said_on=DAY),
    S("indirect", "許舒博", "認為", a="對台灣來說，賀錦麗若當選", b="會帶來比較大的衝擊", said_on=DAY),
    S("indirect", "許舒博", "表示", a="美國是台灣很重要的貿易夥伴", b="可能對企業會造成很大的打擊", said_on=DAY),
    S("direct", "川普", "稱", "台灣搶走晶片生意", at="川普稱「台灣搶走晶片生意」"),
    S("indirect", "許舒博", "表示", "無論是誰當選下屆美國總統，政府應該要有策略方針與美國討論", said_on=DAY),
    S("indirect", "許舒博", "表示", a="年底前很難凝聚出共識", b="AI和服務業等產業", said_on=DAY),
]

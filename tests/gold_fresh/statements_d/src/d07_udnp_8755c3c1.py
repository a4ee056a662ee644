"""聯合報 (2024-08-25): 小羅勃甘迺迪 suspends his campaign and endorses 川普 (廿三日 = 2024-08-23).

The press conference, 川普's Las Vegas press conference and the rally are all on 廿三日: their statements are dated
2024-08-23.  宣布暫停競選，轉而支持前總統川普 is an endorsement (宣布 + a stance, as 宣布支持賀錦麗 in batch C; the
suspension alone would be an act like 宣布退出).  他說已和川普…見過幾次面，發現雙方…有共識: 發現 is part of what he said
(he said he had found), not a second act of speaking: one row.  川普答應透過談判終結俄烏戰爭 is a nested report of a
promise (guideline 5; undated).  誇小羅勃甘迺迪「非常好」、受所有人尊敬 is praise with a clause; 「非常好」 is an
adjective phrase (a term).  據路透╱易普索民調，… is a poll's finding with its runners named and no cue verb (cue null,
as a view reported with no cue verb in batch C).  家族成員…抨擊他改挺川普的決定 takes a noun object: no row; 凱麗甘迺迪's
quote is a noun phrase (a term).  該民調和賀錦麗競選團隊均認為 has two joint speakers.  華爾街日報廿三日報導 is dated;
the speakers after it (朗威爾, 馬森, 薩巴托) are not (guideline: a new speaker does not inherit the date).
"""
from build_gold import S

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udnp-8755c3c1-cae1-4df6-a2f4-e6e6bc2a8752"}

DAY = "2024-08-23"

STATEMENTS = [
    S("indirect", "小羅勃甘迺迪", "宣布", "暫停競選，轉而支持前總統川普", said_on=DAY),
    S("indirect", "小羅勃甘迺迪", "自稱", a="不是正式結束競選", b="但其他州的選民仍可投給他", said_on=DAY),
    S("indirect", "小羅勃甘迺迪", "說", a="已和川普及其幕僚見過幾次面", b="言論自由等議題有共識", said_on=DAY),
    S("indirect", "小羅勃甘迺迪", "說", "川普答應透過談判終結俄烏戰爭，「這足以證明我支持他很合理」", said_on=DAY),
    S("indirect", "川普", "答應", "透過談判終結俄烏戰爭"),
    S("direct", "小羅勃甘迺迪", "說", "這足以證明我支持他很合理", said_on=DAY),
    S("indirect", "川普", "誇", "小羅勃甘迺迪「非常好」、受所有人尊敬", said_on=DAY),
    S("indirect", "川普", "說", "小羅勃甘迺迪的競選激勵數百萬名美國人，「他提出美國長期忽視的關鍵議題」", said_on=DAY),
    S("direct", "川普", "說", "他提出美國長期忽視的關鍵議題", said_on=DAY),
    S("indirect", "路透╱易普索", None, "其支持度去年十一月曾達兩成，但本月只剩約百分之四"),
    S("indirect", "凱麗甘迺迪", "直言", "其兄長改挺川普是「對我們父親和家人最珍惜價值觀的背叛」"),
    S("indirect", "華盛頓郵報、美國廣播公司（ＡＢＣ）和易普索", "顯示", "大選選情持續膠著"),
    S("indirect", "該民調、賀錦麗競選團隊", "認為", a="威斯康辛、北卡羅來納", b="很可能決定大選結果"),
    S("indirect", "華爾街日報", "報導", a="小羅勃甘迺迪退出被認為對川普有利", b="讓她的支持度激增", said_on=DAY),
    S("indirect", "朗威爾", "說", "小羅勃甘迺迪剩餘的支持者傾向挺川普，川普能吸納這些選民"),
    S("indirect", "馬森", "說", a="第三方參選人的部分支持者", b="還是得投給賀錦麗或川普"),
    S("indirect", "薩巴托", "說", a="很少人會純粹因支持的候選人退選", b="就投給別人"),
]

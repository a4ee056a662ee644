"""中時 (2021-12-09): 民眾黨 on the third LNG terminal and the algal reef (民眾黨今日痛批 → 2021-12-09).

All of 民眾黨's statements are the same day's release (今日).  The government's claim 蔡政府近期對外一再宣稱 is
undated (近期) and ends at the rebuttal 但近日曝光的照片… (as 經濟部聲稱X，主要是… in batch 1).  Nested reports inside
民眾黨's clauses get their own rows (guideline 5): 曾文生日前坦承 (日前: null), 蘇貞昌…強辯「…」 and 王美花…僅稱「…」
(quotes only after the cue: direct), 蔡總統曾經承諾「藻礁永存」 (a slogan with a predicate: direct), and the
government's 強調的「不填海、不浚挖」承諾 (a quote of its own words with predicates, inside a relative clause).
蘇貞昌卻駁斥假消息 takes a noun object: no row.  The appeal 12月18日，請大家… has no cue: not added.
"""
from build_gold import S

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-e3c06ff26e12ad0b"}

DAY = "2021-12-09"

STATEMENTS = [
    S("indirect", "蔡政府", "宣稱", "中油天然氣第三接收站沒有蓋在藻礁上"),
    S("indirect", "民眾黨", "痛批", "原來蔡總統的藻礁永存就是把藻礁殺死，在人民記憶裡永存", said_on=DAY),
    S("indirect", "民眾黨", "表示", a="經濟部次長曾文生日前坦承", b="蔡政府徹頭徹尾就是騙子政府", said_on=DAY),
    S("indirect", "曾文生", "坦承", "三接工程破壞0.4公頃藻礁"),
    S("direct", "蘇貞昌", "強辯", "（棧橋）是在礁石上，不是藻礁上"),
    S("direct", "王美花", "稱", "目前方案對生態影響最小"),
    S("indirect", "民眾黨", "指出", a="根據中油明年度預算書", b="承諾背道而馳", said_on=DAY),
    S("direct", "政府", "強調", "不填海、不浚挖"),
    S("indirect", "民眾黨", "批評", a="執政黨用話術欺瞞人民", b="審慎思考其他替代方案", said_on=DAY),
    S("indirect", "民眾黨", "表示", a="蔡總統曾經承諾「藻礁永存」", b="不顧事實睜眼說瞎話", said_on=DAY),
    S("direct", "蔡總統", "承諾", "藻礁永存", at="蔡總統曾經承諾「藻礁永存」"),
]

"""中時新聞網 (2021-10-11): 經濟部's press release 今（11日） against the 藻礁 referendum's premise.

All 經濟部 statements are from that release (said_on 2021-10-11).  公投方 質疑「…皆藻礁」 (a quote with a predicate:
direct) and 要求 (in the referendum text), 藻礁公投聯盟稱 and 中油指 are nested reports, undated.  依據…分析結果…
顯示 names no author.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-f8edf55d7eff76a1"}

DAY = "2021-10-11"

STATEMENTS = [
    S("indirect", "經濟部", "表示", a="在前次三接迴避替代方案中", b="避開大潭潮間帶的藻礁", said_on=DAY),
    S("direct", "公投方", "質疑", "工業港海底離岸5公里皆藻礁"),
    S("indirect", "公投方", "要求", "三接撤至離岸5公里外的海域"),
    S("indirect", "經濟部", "指出", a="公投方引用的碩士論文", b="並不足以瞭解海床的地質構造", said_on=DAY),
    S("indirect", "經濟部", "強調", a="中油不僅使用上述調查方法", b="早已存在明確的事實錯誤", said_on=DAY),
    S("indirect", "藻礁公投聯盟", "稱", a="中油107年環差報告", b="顯示有生物礁"),
    S("indirect", "經濟部", "表示", a="中油指是「錯誤的解讀」", b="與目前討論範圍不同", said_on=DAY),
    S("indirect", "中油", "指", "是「錯誤的解讀」"),
    S("indirect", "經濟部", "釐清", "潮間帶與海底大不同，泥沙生態不是藻礁生態", said_on=DAY),
    S("indirect", "經濟部", "強調", "公投方不能直接一概而論，錯把海底泥沙環境生態都當作潮間帶藻礁生態", said_on=DAY),
]

"""中央社 (2024-11-04, 台北4日): 國防安全研究院 執行長李文忠 at a forum (今天上午) on the US election.

All 李文忠 statements are at the forum: said_on 2024-11-04.  The lead's 他認為 is a second cue in the sentence
(the 至於… topic goes with it).  Inside 李文忠表示 川普曾提到 / 另外也說 are nested reports of 川普 (undated),
ending at 李's own comment 這顯示….  「轟炸北京」 holds a predicate (direct); 「保護費」 and 「拜規賀隨」 are terms.
川普提到「保護費」 (a noun) and 川普所述 / 沒有暗示過 (negated) are no rows.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_486021b1deedc3a0c688aaf72776eb5e"}

DAY = "2024-11-04"

STATEMENTS = [
    S("indirect", "李文忠", "說", a="無論誰當選，美國民主", b="同樣高度關心台海議題", said_on=DAY),
    S("indirect", "李文忠", "認為", "應是要台灣提升國防預算及強化軍購", said_on=DAY),
    S("indirect", "李文忠", "指出", a="目前可預測對台海局勢的影響", b="同樣高度關心台海議題", said_on=DAY),
    S("indirect", "李文忠", "認為", a="若是賀錦麗當選", b="有較大的壓力與課題需要面對", said_on=DAY),
    S("indirect", "李文忠", "表示", a="川普曾提到若中國侵台", b="這顯示川普的一貫立場", said_on=DAY),
    S("indirect", "川普", "提到", a="若中國侵台將", b="徵收150%到200%關稅"),
    S("direct", "川普", "提到", "轟炸北京"),
    S("indirect", "川普", "說", a="台灣應支付「保護費」", b="援助烏克蘭的國防經費等"),
    S("indirect", "李文忠", "指出", a="「保護費」的定義並不清楚", b="展現自我防衛決心", said_on=DAY),
]

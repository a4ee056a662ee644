"""中時新聞網 (2018-10-03, a Wednesday): the anti-air-pollution referendum is put on the ballot despite forged signatures.

Drawn for issue 5 with the seeded draw described in 6_tw1_ct_fe411e6e.py (second Taiwan pick).
Annotated by reading the text before the pipeline was run on it.
"""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-0588dc1a4ad93809"}

OFFICIALS = [
    O("陳朝建", "副主委", "中選會", "TW", at="中選會副主委陳朝建"),
]

STATEMENTS = [
    S("indirect", "陳朝建", "宣布", a="反空汙公投案偽造情事不低", b="與九合一大選同時進行", said_on="2018-10-02"),
    S("indirect", "陳朝建", "說", "將就本案提出刑事告發", said_on="2018-10-02"),
    S("indirect", "陳朝建", "表示", "先是出具多項偽造案例", said_on="2018-10-02"),
    S("indirect", "陳朝建", "強調", a="連署前已死亡者為法定", b="比例也相當高", said_on="2018-10-02"),
    S("indirect", "陳朝建", "指出", a="中選會為法定獨立機關", b="並啟動刑事告發", said_on="2018-10-02"),
    S("indirect", "陳朝建", "說", "這項公投案雖已成案、編號", said_on="2018-10-02"),
    S("indirect", "陳朝建", "呼籲", a="能晉升為民主國家", b="以完備公投法法制及運作", said_on="2018-10-02"),
    S("indirect", "陳朝建", "表示", a="依《公投法》23條規定", b="應同日舉行", said_on="2018-10-02"),
    S("indirect", "陳朝建", "說", a="本案為個案告發", b="由檢察機關依法偵辦處理", said_on="2018-10-02"),
    S("indirect", "陳朝建", "重申", a="這是一個非常痛心決議", b="現有公投法制不足之處也會檢討", said_on="2018-10-02"),
]

DATES = [
    D("昨", "DATE", "2018-10-02", at="陳朝建昨在"),
    D("11月24日", "DATE", "2018-11-24"),
    D("每年", "SET", "P1Y"),
    D("昨", "DATE", "2018-10-02", at="中選會昨召開"),
    D("年底", "DATE", "2018", "END"),
    D("1個月", "DURATION", "P1M", at="成立後1個月至"),  # two lengths written out: two rows (guideline 4)
    D("6個月", "DURATION", "P6M", at="至6個月內"),
]

NUMBERS = [
    N("1％", 1, "%", "火力發電廠發電量降幅", ">=", at="至少降低1％"),
    N("49萬7243人", 497243, "人", "連署人數"),
    N("31萬4395份", 314395, "份", "合格數"),
    N("18萬2848份", 182848, "份", "不符規定數"),
    N("7.7萬餘份", 77000, "份", "偽造連署書", ">"),
    N("1萬1849人", 11849, "人", "連署前死亡"),
    N("2.38％", 2.38, "%", "連署前死亡比例", "~"),
    N("100％", 100, "%", "偽造"),
    N("三大", 3, None, "附帶決議"),
    N("1個月至6個月", None, "個月", "舉行公民投票期間", "<=", low=1, high=6),
]

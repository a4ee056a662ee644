"""中時新聞網 (2021-12-22): Taichung after the referendums, a mayoral race a year away.

Drawn for the officials work (issue 4): from tw_politics_zh_hant and cctv_xwlb_zh_hans, the
articles of 300–900 characters with at least three office words (部長 次長 署長 局長 市長
議員 立委 委員 院長 主委 大使 書記 省長, either script), excluding the ids of the first 15
dev-gold articles (README rows 1–15) and of tests/gold_heldout/articles.json, sorted by id;
random.Random(20261124).sample(taiwan, 2) then .sample(cctv, 2) on the same generator.
Annotated by reading, before the pipeline was run on it.
"""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-62f610823e89a93c"}

OFFICIALS = [
    O("沈有忠", "教授", "東海大學政治系", "TW", at="東海大學政治系教授沈有忠"),
    O("張廖萬堅", "立委", "民進黨", "TW", at="民進黨立委張廖萬堅"),
    # 上屆 (the previous term) marks a former holder, like 前.
    O("林佳龍", "市長", None, "TW", at="上屆市長林佳龍", status="former"),
    O("蔡其昌", "副院長", "立法院", "TW", at="立法院副院長蔡其昌"),
    O("何欣純", "立委", None, "TW", at="、立委何欣純"),
    # City and head fused in one word, like 行政院長 (guideline 4): the word as written.
    O("林佳龍", "台中市長", "台中市", "TW", at="前台中市長林佳龍", status="former"),
    O("李天生", "主委", "民進黨台中市黨部", "TW", at="民進黨台中市黨部主委李天生"),
    O("陳政顯", "書記長", "台中市議會國民黨團", "TW", at="台中市議會國民黨團書記長陳政顯"),
    O("袁鶴齡", "教授", "中興大學國家政策與公共事務研究所", "TW", at="研究所教授袁鶴齡"),
]

STATEMENTS = [
    S("indirect", "沈有忠", "表示", a="國民黨公投失利，但對明年底", b="不至於挑戰到盧秀燕"),
    S("indirect", "張廖萬堅", "指出", a="以往台中市藍綠比例約6比4", b="公投即已示警"),
    S("direct", "李天生", "直言", "盧秀燕沒有那麼難打"),
    S("indirect", "綠營人士", "指出", a="盧秀燕提出「市長換人", b="選民檢驗是不是兌現政見"),
    S("direct", "張廖萬堅", "強調", "做人、做事和作秀之間，台中選民很有智慧"),
    S("indirect", "張廖萬堅", "強調", "公投顯示民進黨的政策說明，獲民眾認同"),
    S("indirect", "陳政顯", "說", a="公投的投票率約4成多", b="明年底選情穩扎穩打"),
    S("indirect", "袁鶴齡", "表示", a="國民黨在公投警訊上", b="也是明年市長選舉重要指標"),
]

DATES = [
    D("明年底", "DATE", "2022", "END", at="衝擊明年底市長選舉"),
    D("明年底", "DATE", "2022", "END", at="對明年底盧秀燕選情"),
    D("1年多", "DURATION", "P1Y", "MORE_THAN"),
    D("目前", "DATE", "PRESENT_REF"),
    D("3年", "DURATION", "P3Y", at="任期前3年"),
    D("明年底", "DATE", "2022", "END", at="明年底選情穩扎穩打"),
    D("明年1月9日", "DATE", "2022-01-09"),
    D("明年", "DATE", "2022", at="明年市長選舉重要指標"),
]

NUMBERS = [
    N("1356票", 1356, "票", "同意票領先票數"),
    N("42.12％", 42.12, "%", "公投投票率", holder="台中市"),
    N("1年多", 1, "年", "距選舉時間", ">"),
    N("3年", 3, "年", "任期", holder="林佳龍", at="任期前3年"),
    N("20萬票", 200000, "票", "落敗票數", holder="林佳龍", at="最後卻輸20萬票"),
    N("20萬票", 200000, "票", "票數差距", holder="龍燕", at="爆出20萬票差距"),
    N("3屆", 3, "屆", "歷任市長", holder="台中市"),
    N("4成多", 40, "%", "公投投票率", ">", at="投票率約4成多"),
    N("5成以上", 50, "%", "未表態選民", ">"),
]

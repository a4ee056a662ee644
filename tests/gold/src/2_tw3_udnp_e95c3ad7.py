"""經濟日報 print (2024-10-21): US election officials in short supply."""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udnp-e95c3ad7-8fd1-46f9-989d-f22e5abec7bf"}

OFFICIALS = [
    O("川普", "總統", None, "US", at="時任總統川普", status="former"),
]

STATEMENTS = [
    S("indirect", "金融時報", "報導", a="內華達、亞利桑那和威斯康辛", b="報告開票結果"),
    S("indirect", "查爾斯頓郡選委會", "表示", "挑戰來自人們對選務人員安全和保障的憂慮"),
    S("direct", "查爾斯頓郡選委會", "表示", "我知道這是已離職的選務人員的最大顧慮"),
    S("indirect", "金融時報", "指出", a="2020年，時任總統川普", b="威脅激增"),
    S("indirect", "川普", "宣稱", "選務人員漠視普遍存在的選舉舞弊", said_on="2020"),
    S("indirect", "路透", "報導", "已找到100多起對選務人員和官員的死亡或暴力威脅", said_on="2021"),
    S("indirect", "司法部", "警告", "今年11月選務人員也可能會受到騷擾"),
    S("indirect", "布瑞南司法中心", "發現", a="38%的選務人員曾遭威脅", b="這類威脅事件有所增加"),
]

DATES = [
    D("不到三周", "DURATION", "P3W", "LESS_THAN"),
    D("目前", "DATE", "PRESENT_REF"),
    D("2020年", "DATE", "2020", at="2020年，時任"),
    D("當年", "DATE", "2020"),
    D("2021年", "DATE", "2021"),
    D("今年11月", "DATE", "2024-11"),
    D("2020年", "DATE", "2020", at="自2020年以來"),
]

NUMBERS = [
    N("不到三周", 3, "周", None, "<"),
    N("100多起", 100, "起", "對選務人員和官員的死亡或暴力威脅", ">"),
    N("38%", 38, "%", "曾遭威脅、騷擾或不當對待的選務人員"),
    N("七成", 70, "%", "認為威脅事件增加的受訪者"),
]

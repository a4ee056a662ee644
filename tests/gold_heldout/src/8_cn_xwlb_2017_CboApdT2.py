"""CCTV 新闻联播 (2017-05-24, a Wednesday): martial law on Mindanao, Myanmar's peace conference."""
from build_gold import D, N, O, S

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDECboApdT2n1yQ0qCRKhF1170524"}

OFFICIALS = [
    O("杜特尔特", "总统", "菲律宾", "PH", at="菲律宾总统杜特尔特"),
    O("昂山素季", "国务资政", "缅甸", "MM", at="缅甸国务资政昂山素季"),
]

STATEMENTS = [
    S("indirect", "菲律宾", "宣布", a="在菲律宾南部棉兰老岛", b="与反政府武装的战斗", said_on="2017-05-23"),
    S("indirect", "当地部分反政府武装", "宣称", "效忠极端组织"),
    S("indirect", "杜特尔特", "表示", "不允许极端组织在菲律宾扎根，如果威胁蔓延将在全国实施戒严令", said_on="2017-05-24"),
    # 说 and 呼吁 in one sentence: two statements.
    S("indirect", "昂山素季", "说", "希望通过政治对话取得永久和平", said_on="2017-05-24"),
    S("indirect", "昂山素季", "呼吁", "尚未签署全国停火协议的组织加入到大团体之内", said_on="2017-05-24"),
]

DATES = [
    D("23号", "DATE", "2017-05-23"),
    D("60天", "DURATION", "P60D"),
    D("24号", "DATE", "2017-05-24", at="杜特尔特24号"),
    D("24号", "DATE", "2017-05-24", at="联邦和平大会24号"),
    D("2015年10月", "DATE", "2015-10"),
]

NUMBERS = [
    N("60天", 60, "天", "戒严期限"),
    N("5人", 5, "人", "政府军一方死亡"),
    N("28人", 28, "人", "受伤"),
    N("15个", 15, "个", "民族武装组织"),
    N("约1400人", 1400, "人", "出席代表", "~"),
    N("21支", 21, "支", "民族地方武装", "=", "缅甸"),
    N("8支", 8, "支", "签署全国停火协议的武装", "=", "缅甸"),
]

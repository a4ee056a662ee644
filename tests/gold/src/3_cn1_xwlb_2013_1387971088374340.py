"""CCTV 新闻联播 (2013-12-25, a Wednesday): international briefs, Sinai and Iraq."""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1387971088374340"}

OFFICIALS = [
    O("穆罕默德·易卜拉欣", "内政部长", "内政部", "EG", at="埃及内政部长穆罕默德·易卜拉欣"),
]

STATEMENTS = [
    S("indirect", "西奈半岛武装组织", "称", "对警局遇袭负责"),
    S("indirect", "半岛电视台", "报道", a="在西奈半岛活动频繁的武装组织", b="遇袭事件负责", said_on="2013-12-25"),
    S("indirect", "安萨尔耶路撒冷", "宣称", "对24号埃及曼苏拉警察局遇袭事件负责"),
    S("indirect", "穆罕默德·易卜拉欣", "表示", "目前已有4人因承认参与袭击被捕"),
]

DATES = [
    D("今天", "DATE", "2013-12-25"),
    D("24号", "DATE", "2013-12-24", at="对24号埃及"),
    D("目前", "DATE", "PRESENT_REF", at="袭击事件目前"),
    D("目前", "DATE", "PRESENT_REF", at="目前已有4人"),
    D("24号", "DATE", "2013-12-24", at="国防部24号"),
    D("此前一天", "DATE", "2013-12-23"),
]

NUMBERS = [
    N("15人", 15, "人", "丧生"),
    N("上百人", 100, "人", "受伤", "~"),
    N("4人", 4, "人", "被捕"),
    N("两枚", 2, "枚", "炸弹"),
]

"""CCTV 新闻联播 (2019-08-18, a Sunday): international briefs, Portland protests and Yemen's STC."""
from build_gold import D, N, O, S

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEYV6wcQbpg0MIqqy4Y4Cq190818"}

OFFICIALS = [
    O("特德·惠勒", "市长", "波特兰市", "US", at="波特兰市市长特德·惠勒"),
    # 当时遭也门总统哈迪罢免的亚丁省省长祖贝迪: 当时 dates the dismissal; 哈迪 was still
    # president in 2019, 祖贝迪 had been removed from his post.
    O("哈迪", "总统", "也门", "YE", at="也门总统哈迪"),
    O("祖贝迪", "省长", "亚丁省", "YE", at="亚丁省省长祖贝迪", status="former"),
]

STATEMENTS = [
    S("indirect", "警方", "称", "被捕的示威者将面临“拒捕”和“非法使用武器”等指控"),
    S("indirect", "特德·惠勒", "指出", "警方的行动“避免了事态进一步升级”"),
    S("direct", "特德·惠勒", "指出", "避免了事态进一步升级"),
    S("indirect", "也门政府官员", "透露", a="南方过渡委员会的武装力量开始从其", b="为同政府举行对话创造条件",
      said_on="2019-08-17"),
    S("indirect", "南方过渡委员会", "表示", "将在与也门政府对话时再讨论这些军事基地的归属"),
    S("indirect", "南方过渡委员会", "声称", "全面占领亚丁", said_on="2019-08-11"),
]

DATES = [
    D("17日", "DATE", "2019-08-17", at="17日，美国俄勒冈州"),
    D("17日", "DATE", "2019-08-17", at="为防止17日的"),
    D("17日", "DATE", "2019-08-17", at="也门政府官员17日"),
    D("2017年", "DATE", "2017"),
    D("本月初", "DATE", "2019-08", "START"),
    D("11日", "DATE", "2019-08-11"),
]

NUMBERS = [
    N("至少13名", 13, "名", "被逮捕的示威者", ">=", "警方"),
    N("26名", 26, "名", "部落、军政领导人"),
]

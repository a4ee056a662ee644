"""CCTV 新闻联播 (2026-03-10): the US/Israel-Iran war, statements of each side (9日 / 今天).

Decisions: the in-text sub-headings 美称… / 伊朗称… / 伊朗谴责… are headline attributions (guideline 6), undated
(the heading itself dates nothing); 谴责 + a clause reports speech like 痛批.  以色列国防军称 and 革命卫队称
carry no date of their own (the 9日 belongs to 美国中央司令部).  “很快” / “不会” are quoted words, not
predicates.  顾问担心/希望 are emotions and wishes.

Corrected after the first pass: 据美国媒体报道 and its 报道进一步指出 were left out as naming no outlet, but the
dev gold gives a country's media the word (法国媒体 / 黎巴嫩媒体 报道, tests/gold/src/3_cn5_*), so both are
美国媒体's statements (a report speaks for its author, guideline 7).
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDENfy4ypfJMDnmcTCbvpDT260310"}

STATEMENTS = [
    S("indirect", "美国中央司令部", "称", "美军打击伊朗伊斯兰革命卫队指挥中心、防空系统等", said_on="2026-03-09"),
    S("indirect", "以色列国防军", "称", a="以军对伊朗首都德黑兰", b="弹道导弹生产设施等"),
    S("indirect", "伊朗伊斯兰革命卫队", "称", a="发动了“真实承诺-4”", b="打击美国和以色列目标",
      at="伊朗伊斯兰革命卫队称，发动了“真实承诺-4”第31、32轮攻势，使用重型导弹打击美国和以色列目标"),
    S("indirect", "伊朗军方", "称", a="为回应伊朗储油设施遭袭", b="燃料存储设施", said_on="2026-03-10"),
    S("indirect", "美", "称", "战事很快会结束", at="美称战事很快会结束"),
    S("indirect", "伊朗", "称", "战争的结束由伊朗决定", at="伊朗称战争的结束由伊朗决定"),
    S("indirect", "特朗普", "称", a="对伊朗的战事“很快”会结束", b="在本周结束", said_on="2026-03-09"),
    S("indirect", "伊朗伊斯兰革命卫队发言人", "说", a="伊朗以勇气和坚定的意志", b="战争的结束将由伊朗决定",
      said_on="2026-03-10"),
    S("indirect", "伊朗", "谴责", "美以袭击伊朗米纳卜小学构成战争罪"),
    S("indirect", "阿里·巴赫雷尼", "谴责", "美以袭击伊朗米纳卜一所小学已构成战争罪，必须对责任人进行追责",
      said_on="2026-03-09"),
    S("indirect", "美国媒体", "报道", "小学遭袭视频中显示的导弹特征与美制“战斧”导弹高度吻合"),
    S("indirect", "美国媒体", "指出", "在此次冲突中，美军是唯一使用该型导弹的部队"),
    S("indirect", "华尔街日报", "报道", a="多名美国总统顾问担心", b="从伊朗战事中脱身", said_on="2026-03-09"),
]

"""CCTV 新闻联播 (2017-06-24): 刘云山's inspection in 辽宁, 6月22日至24日.

Each 强调 / 说 is made on one of the three days of the tour, which the text does not say: said_on is the month
(2017-06), the most the text fixes.  Only the first sentence after each cue is the clause (guideline 2: 刘云山说…强起来。
then 要适应… are not added).  “传家宝”, “两张皮”, “空对空”, “两学一做” are terms.
"""
from build_gold import S

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE9KYKPMTmLLENgIgdhyut170624"}

MONTH = "2017-06"

STATEMENTS = [
    S("indirect", "刘云山", "强调", a="要深入学习贯彻习近平总书记系列重要讲话精神", b="为改革发展稳定提供坚强有力保证", said_on=MONTH),
    S("indirect", "刘云山", "说", a="注重基层基础是我们党的", b="推动基层党组织进一步强起来", said_on=MONTH),
    S("indirect", "刘云山", "强调", a="共产党员就要为老百姓服务", b="真心实意为群众办实事解难事", said_on=MONTH),
    S("indirect", "刘云山", "强调", a="党建工作要围绕中心", b="切实防止“两张皮”、“空对空”", said_on=MONTH),
    S("indirect", "刘云山", "强调", a="要深入挖掘和用好红色文化资源", b="以优异成绩迎接党的十九大胜利召开", said_on=MONTH),
]

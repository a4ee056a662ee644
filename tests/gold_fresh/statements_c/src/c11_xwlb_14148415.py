"""CCTV 新闻联播 (2014-11-01): 国际联播快讯 (Burkina Faso; Russian aid convoy; Dubai).

The sub-heading 布基纳法索总统辞职军方称接管权力 is a statement (no said_on).  孔波雷 10月31号: 宣布辞职, 并称 and
他同时呼吁 are three statements.  特拉奥雷、齐达 宣布要接管 reports an intention (a clause); 随后 is vague (null).
军方 10月30日 宣布解散… is a row too.  宣布 + a verb phrase is a statement in the earlier gold (特朗普宣布承认耶路撒冷…,
日本製鐵宣布將收購…); only a noun object (宣佈了新措施) is not.  据报道 names no outlet.  乌克兰外交部当晚 (10月31号) 发表声明，指责… is dated.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1414841578458697"}

STATEMENTS = [
    S("indirect", "军方", "称", "接管权力", at="军方称接管权力"),
    # Added after the first pass (README, "Corrections"): 宣布 + a verb phrase, as in the earlier gold.
    S("indirect", "孔波雷", "宣布", "辞职", at="宣布辞职，并称", said_on="2014-10-31"),
    S("indirect", "孔波雷", "称", "布基纳法索总统职位出现空缺", said_on="2014-10-31"),
    S("indirect", "孔波雷", "呼吁", "在90天内举行“自由和透明”的大选", said_on="2014-10-31"),
    S("indirect", "特拉奥雷、齐达", "宣布", "要接管总统权力"),
    S("indirect", "军方", "宣布", a="解散国民议会和政府", b="“和平过渡期”", said_on="2014-10-30"),
    S("indirect", "乌克兰外交部", "指责", "俄罗斯以违反乌克兰法律的方式向乌东部运送物资", said_on="2014-10-31"),
]

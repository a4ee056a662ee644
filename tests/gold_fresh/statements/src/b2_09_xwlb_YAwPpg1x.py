"""CCTV 新闻联播 (2023-06-21): Russia-Ukraine, statements of 20日.

乌方称 and 林德纳此前表示 carry no date of their own.  欧盟方面宣布一项…计划 announces a measure (noun object).
国际人士 (the heading 国际人士：… and 国际人士指出) is a group the item goes on to quote, as 美方一些專家 (guideline 7).
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEYAwPpg1xgOYqbXfUe3F7230621"}

DAY = "2023-06-20"

STATEMENTS = [
    S("indirect", "俄罗斯国防部", "称", a="俄军在顿涅茨克和扎波罗热方向", b="火箭炮发射的炮弹", said_on=DAY),
    S("indirect", "乌方", "称", "乌军继续打击俄军人力和装备集中区等目标"),
    S("indirect", "绍伊古", "表示", a="乌方计划使用", b="袭击克里米亚等地", said_on=DAY),
    S("indirect", "绍伊古", "说", a="在特别军事行动地区外使用", b="美英进一步卷入冲突", said_on=DAY),
    S("indirect", "美国方面", "称", "美国会继续向乌克兰提供武器", said_on=DAY),
    S("indirect", "林德纳", "表示", "德国预算紧张，已无法向欧盟预算作出额外贡献"),
    S("indirect", "国际人士", None, "美国为私利不断拱火导致冲突持续"),
    S("indirect", "国际人士", "指出", "美西方持续向乌克兰提供武器只会使冲突不断延长"),
]

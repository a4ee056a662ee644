"""CCTV 新闻联播 (2014-09-02): 习近平 meets Romanian PM 蓬塔 (2日); every statement is made at that meeting.

习近平介绍了…情况 is content-less; its 强调 that follows is a statement.  “友谊” / “两个一百年” are terms.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1409656141564831"}

DAY = "2014-09-02"

STATEMENTS = [
    S("indirect", "习近平", "指出", "谈到中罗关系，我们首先想到的是“友谊”", said_on=DAY),
    S("indirect", "习近平", "强调", a="我们已经确立了", b="继续为世界经济增长提供动力", said_on=DAY),
    S("indirect", "习近平", "强调", a="今年3月，我访问了欧洲", b="两大文明相结合", said_on=DAY),
    S("indirect", "蓬塔", "表示", "罗马尼亚为罗中传统友谊而自豪", said_on=DAY),
]

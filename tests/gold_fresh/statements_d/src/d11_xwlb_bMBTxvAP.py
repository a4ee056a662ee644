"""CCTV 新闻联播 (2020-05-10): a 人民日报 commentator's article published today (5月10日).

The article speaks for its author (guideline 7: a document speaks for its author) → 人民日报, dated the publication
day 2020-05-10.  Inside its first clause, 习近平总书记从一开始就强调要“…” is a nested report (guideline 5; 从一开始 is
vague: null) whose quote holds a predicate (direct as well).  The title 《…》 and “双清零”, “中国奇迹” are terms.
"""
from build_gold import S

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEbMBTxvAPeSuLNDYwVIyJ200510"}

DAY = "2020-05-10"

STATEMENTS = [
    S("indirect", "人民日报", "指出", a="疫情突袭，习近平总书记", b="放在第一位”", said_on=DAY),
    S("indirect", "习近平", "强调", "要“始终把人民群众生命安全和身体健康放在第一位”"),
    S("direct", "习近平", "强调", "始终把人民群众生命安全和身体健康放在第一位"),
    S("indirect", "人民日报", "强调", a="重大危机面前，对待生命的态度", b="检验着一个国家的道德良知和价值取向", said_on=DAY),
]

"""CCTV 新闻联播 (2013-06-05): 培尼亚 welcomes 习近平 in Mexico City (6月4日下午, local time).

Drawn for the statements work (issue 4): see the README, "Statement-rich additions".
Both speeches are made at the ceremony the first sentence dates.
"""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1370430863683909"}

DAY = "2013-06-04"

OFFICIALS = [
    O("培尼亚", "总统", "墨西哥", "MX", at="墨西哥总统培尼亚"),
    O("习近平", "国家主席", "中国", "CN", at="中国国家主席习近平"),
    O("培尼亚", "总统", None, "MX", at="培尼亚总统和夫人"),
    O("习近平", "主席", None, "CN", at="习近平主席"),
]

STATEMENTS = [
    S("indirect", "培尼亚", "说", "中国拥有古老的文明，为人类进步作出过重要贡献", said_on=DAY),
    S("indirect", "培尼亚", "表示", "墨西哥和中国同为新兴大国，互为重要战略合作伙伴，墨方愿同中方建立更加紧密的关系，携手并进",
      said_on=DAY),
    S("indirect", "习近平", "表示", a="中墨同为文明古国", b="两国人民有着天然的亲近感", said_on=DAY),
    S("indirect", "习近平", "指出", "中墨两国都面临发展经济、改善民生的共同任务", said_on=DAY),
]

DATES = [
    D("6月4日下午", "TIME", "2013-06-04TAF"),
    D("当前", "DATE", "PRESENT_REF"),
    D("1972年", "DATE", "1972"),
]

NUMBERS = [
    N("21响", 21, "响", "礼炮"),
]

"""CCTV 新闻联播 (2013-10-25): the NPC Standing Committee closes its fifth session.

Drawn for the officials work (issue 4); the draw is described in 4_1_ct_62f61082.py.
Annotated by reading, before the pipeline was run on it. Appointments (任命郑淑娜为…副主任,
任命李少平、贺荣为最高人民法院副院长) give offices through a verb: no rows (guideline 2).
"""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1382700366878445"}

OFFICIALS = [
    O("张德江", "委员长", "全国人大常委会", "CN", at="全国人大常委会委员长张德江"),
]

# 随后，张德江发表讲话: the speech closes the session of 25日 (guideline 8, same scene).
# 审议中大家强调 is an anonymous group: no statement.
STATEMENTS = [
    S("indirect", "张德江", "说", "经过第三次审议，全国人大常委会作出了关于修改消费者权益保护法的决定", said_on="2013-10-25"),
    S("indirect", "张德江", "指出", a="环境问题关系经济社会发展", b="都很关注环境保护法的修改工作", said_on="2013-10-25"),
    S("indirect", "张德江", "说", a="本次会议听取审议了国务院关于国家财政科技资金", b="并进行了专题询问", said_on="2013-10-25"),
    S("indirect", "张德江", "指出", "人民陪审员制度是在审判工作中贯彻群众路线的有效途径", said_on="2013-10-25"),
    S("indirect", "张德江", "说", "本次会议还听取审议了最高人民检察院关于反贪污贿赂工作情况的报告", said_on="2013-10-25"),
]

DATES = [
    D("25日上午", "TIME", "2013-10-25TMO"),
]

NUMBERS = []

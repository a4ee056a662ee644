"""CCTV 新闻联播 (2021-06-24): 习近平's phone call with 武契奇 (6月24日).

Every statement is on the call: said_on 2021-06-24.  武契奇表示，热烈祝贺… reports a clause (kept, unlike a bare
发出祝贺).  The first-person sentences after it (我坚信…) are not added (guideline 2).
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEIwldUabixTUA42YqB0si210624"}

DAY = "2021-06-24"

STATEMENTS = [
    S("indirect", "习近平", "指出", a="塞尔维亚人民是重情义的民族", b="世代弘扬", said_on=DAY),
    S("indirect", "习近平", "强调", "我们要在维护各自国家主权和安全的努力中相互坚定支持", said_on=DAY),
    S("indirect", "武契奇", "表示", "热烈祝贺中国共产党百年华诞", said_on=DAY),
]

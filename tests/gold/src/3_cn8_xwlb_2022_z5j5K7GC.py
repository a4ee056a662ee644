"""CCTV 新闻联播 (2022-11-16, a Wednesday): Xi Jinping meets Australian PM Albanese."""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEz5j5K7GCf5ELdsSNquw7221116"}

OFFICIALS = [
    O("习近平", "国家主席", None, "CN", at="国家主席习近平"),
    O("阿尔巴尼斯", "总理", "澳大利亚", "AU", at="澳大利亚总理阿尔巴尼斯"),
]

STATEMENTS = [
    S("indirect", "习近平", "指出", "中澳关系曾长期走在中国同发达国家关系前列，值得双方珍惜", said_on="2022-11-15"),
    S("indirect", "习近平", "强调", "今年是中澳建交50周年", said_on="2022-11-15"),
    S("indirect", "阿尔巴尼斯", "表示", "澳中两国很快将迎来建交50周年", said_on="2022-11-15"),
]

DATES = [
    D("11月15日下午", "TIME", "2022-11-15TAF"),
    D("过去几年", "DURATION", "PXY"),
    D("今年", "DATE", "2022"),
    D("近期", "DATE", "PAST_REF"),
    D("当年", "DATE", "1972"),
]

NUMBERS = []

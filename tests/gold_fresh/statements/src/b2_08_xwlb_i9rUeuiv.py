"""CCTV 新闻联播 (2016-10-31): 习近平 meets Belgian PM 米歇尔 (31日); every statement is made at that meeting."""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEi9rUeuivIg8FY1Aa1RIO161031"}

DAY = "2016-10-31"

STATEMENTS = [
    S("indirect", "习近平", "指出", "今年是中比建交45周年，两国关系发展面临新的历史机遇", said_on=DAY),
    S("indirect", "习近平", "强调", "中比要立足真诚友好、妥善处理涉及彼此核心利益和重大关切的问题", said_on=DAY),
    S("indirect", "米歇尔", "表示", "很高兴在比中建交45周年之际访华", said_on=DAY),
]

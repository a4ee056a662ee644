"""CCTV 新闻联播 (2018-06-25): 习近平 meets French PM 菲利普 (25日); every statement is made at that meeting."""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEGLCWzLg4ok7ys0MRT3dr180625"}

DAY = "2018-06-25"

STATEMENTS = [
    S("indirect", "习近平", "指出", a="马克龙总统和总理先生在半年内", b="体现了中法关系的高水平", said_on=DAY),
    S("indirect", "习近平", "强调", a="中法是全面战略伙伴", b="尊重和照顾彼此核心利益和重大关切", said_on=DAY),
    S("indirect", "菲利普", "表示", a="马克龙总统年初对中国成功的访问", b="法中战略合作的重要性", said_on=DAY),
]

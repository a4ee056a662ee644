"""CCTV 新闻联播 (2022-01-28, a Friday): Xi Jinping visits the Central Theater Command."""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDExOIxvGEeVCOvKPhLhnZH220128"}

FRAME = "中共中央总书记、国家主席、中央军委主席习近平"
OFFICIALS = [
    # One frame, three offices: one row per office on the same name span.
    O("习近平", "总书记", "中共中央", "CN", at=FRAME),
    O("习近平", "国家主席", None, "CN", at=FRAME),
    O("习近平", "主席", "中央军委", "CN", at=FRAME),
]

STATEMENTS = [
    S("indirect", "习近平", "强调", "要忠实履行维和使命，为维护世界和平贡献更多中国力量，向世界展示中国军队良好形象",
      said_on="2022-01-28"),
    S("indirect", "习近平", "强调", a="要深入贯彻新时代党的强军思想", b="迎接党的二十大胜利召开", said_on="2022-01-28"),
    S("indirect", "习近平", "强调", "春节将至，北京冬奥会开幕在即", said_on="2022-01-28"),
]

DATES = [
    D("春节", "DATE", "2022-02-01", at="传统节日春节"),
    D("28日", "DATE", "2022-01-28"),
    D("春节", "DATE", "2022-02-01", at="临近春节"),
    D("下午4时许", "TIME", "2022-01-28T16:00", "APPROX"),
    D("春节", "DATE", "2022-02-01", at="春节将至"),
    D("春节", "DATE", "2022-02-01", at="安全的春节"),
]

NUMBERS = []

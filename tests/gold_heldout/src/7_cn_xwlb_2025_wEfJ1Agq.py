"""CCTV 新闻联播 (2025-11-04, a Tuesday): 李强 meets 塔杰丁, Speaker of Nigeria's House."""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEwEfJ1AgqoWgkjxe5HxW0251104"}

OFFICIALS = [
    O("李强", "总理", "国务院", "CN", at="国务院总理李强"),
    # 众议长 fuses the House and its head (as 商務部長): title as written, organization 众议院.
    O("塔杰丁", "众议长", "众议院", "NG", at="尼日利亚众议长塔杰丁"),
    O("习近平", "主席", None, "CN", at="习近平主席"),
    O("提努布", "总统", None, "NG", at="提努布总统"),
]

STATEMENTS = [
    # The following sentences (中方愿…, 双方要…) carry no cue of their own and are not added.
    S("indirect", "李强", "表示", a="去年9月，习近平主席", b="全面战略伙伴关系的新台阶", said_on="2025-11-04"),
    S("indirect", "塔杰丁", "表示", a="尼方坚定恪守一个中国原则", b="不断迈向更高水平", said_on="2025-11-04"),
]

DATES = [
    D("4日", "DATE", "2025-11-04"),
    D("去年9月", "DATE", "2024-09"),
]

NUMBERS = []

"""CCTV 新闻联播 (2021-05-29): 王沪宁 at the CAST congress.

Batch 6 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112606).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDExZodTUZyyZAW1DfYgMHp210529"}

OFFICIALS = [
    O("王沪宁", "政治局常委", "中共中央", "CN", at="中共中央政治局常委、中央书记处书记王沪宁"),
    O("王沪宁", "书记", "中央书记处", "CN", at="中共中央政治局常委、中央书记处书记王沪宁"),
    O("习近平", "总书记", None, "CN", at="习近平总书记在两院"),
    O("习近平", "总书记", None, "CN", at="习近平总书记关于"),
    O("王志刚", "部长", "科技部", "CN", at="科技部部长王志刚"),
    O("陈刚", "第一书记", "全国总工会书记处", "CN", at="全国总工会书记处第一书记陈刚"),
    O("万钢", "主席", "中国科协第九届全国委员会", "CN", at="全国委员会主席、大会主席团执行主席万钢"),
    O("万钢", "执行主席", "大会主席团", "CN", at="大会主席团执行主席万钢"),
]

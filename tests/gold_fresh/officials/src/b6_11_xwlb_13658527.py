"""CCTV 新闻联播 (2013-04-13): the WTO director-general shortlist.

Batch 6 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112606).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1365852722058125"}

OFFICIALS = [
    # The names keep the text's ？ (a lost middle dot).
    O("罗伯托？阿泽维多", "常驻世贸组织代表", "巴西", "BR", at="巴西常驻世贸组织代表罗伯托？阿泽维多"),
    O("埃米尼奥？布兰科？门多萨", "商业和工业发展部长", "商业和工业发展部", "MX", at="墨西哥前商业和工业发展部长埃米尼奥？布兰科？门多萨", status="former"),
    O("朴泰镐", "经济通商大使", "韩国", "KR", at="韩国经济通商大使朴泰镐"),
    O("蒂姆？格罗泽", "贸易部长", "贸易部", "NZ", at="新西兰贸易部长蒂姆？格罗泽"),
    O("冯慧兰", "文化旅游部长", "文化旅游部", "ID", at="印度尼西亚文化旅游部长冯慧兰"),
    O("拉米", "总干事", None, None, at="现任总干事拉米"),
]

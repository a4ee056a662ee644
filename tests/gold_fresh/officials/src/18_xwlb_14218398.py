"""CCTV 新闻联播 (2015-01-21): 李克强 arrives in Switzerland for Davos.

Batch 1 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112601).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1421839838286434"}

OFFICIALS = [
    # 中国驻瑞士大使: the earlier fixtures write the mission as the body (驻东盟, 驻印尼).
    O("许静湖", "大使", "驻瑞士", "CN", at="驻瑞士大使许静湖"),
    O("吴海龙", "代表", "驻日内瓦代表团", "CN", at="驻日内瓦代表团代表吴海龙"),
    O("吴海龙", "大使", None, "CN", at="吴海龙大使"),
    # 常驻世界贸易组织代表 is one post (常驻联合国代表 in the fixtures).
    O("俞建华", "常驻世界贸易组织代表", None, "CN", at="常驻世界贸易组织代表俞建华"),
    O("俞建华", "大使", None, "CN", at="俞建华大使"),
    O("李克强", "总理", None, "CN", at="李克强总理"),
    O("施瓦布", "主席", "论坛", None, at="论坛主席施瓦布"),
    O("索马鲁加", "联邦主席", "瑞士", "CH", at="瑞士联邦主席索马鲁加"),
]

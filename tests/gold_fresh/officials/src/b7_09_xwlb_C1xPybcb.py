"""CCTV 新闻联播 (2017-04-24): the 27th session of the 12th NPC Standing Committee.

Batch 7 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112607).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEC1xPybcbkjo0KIjzO3vI170424"}

OFFICIALS = [
    O("张德江", "委员长", None, "CN", at="张德江委员长"),
    O("谢经荣", "副主任委员", "全国人大法律委员会", "CN", at="副主任委员谢经荣"),
    O("安建", "副主任委员", "全国人大法律委员会", "CN", at="副主任委员安建"),
    O("苏泽林", "副主任委员", "全国人大法律委员会", "CN", at="副主任委员苏泽林"),
    O("信春鹰", "副秘书长", "全国人大常委会", "CN", at="副秘书长信春鹰"),
    O("田世宏", "主任", "国家标准委", "CN", at="国家标准委主任田世宏"),
    O("沈德咏", "副院长", "最高人民法院", "CN", at="最高人民法院副院长沈德咏"),
    O("李伟", "副部长", "公安部", "CN", at="公安部副部长李伟"),
    O("张军", "部长", "司法部", "CN", at="司法部部长张军"),
    O("苗圩", "部长", "工业和信息化部", "CN", at="工业和信息化部部长苗圩"),
    O("陈吉宁", "部长", "环境保护部", "CN", at="环境保护部部长陈吉宁"),
    O("马馼", "主任委员", "全国人大常委会代表资格审查委员会", "CN", at="主任委员马馼"),
]

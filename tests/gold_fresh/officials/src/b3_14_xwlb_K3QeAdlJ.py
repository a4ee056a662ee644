"""CCTV 新闻联播 (2017-02-25): a workshop party branch's self-criticism meeting.

Batch 3 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112603).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEK3QeAdlJQrSKKFGjWiXW170225"}

OFFICIALS = [
    # 党支部书记 / 党委书记: corrected after the first run (README "Corrections") to the earlier
    # fixtures' convention (round 4: …委员会党组书记 → 党组书记 with the commission as organisation);
    # first written 书记 with the Party body (党支部, 神宁集团党委) as organisation.
    O("黄锋", "党支部书记", None, "CN", at="党支部书记黄锋"),
    O("习近平", "总书记", None, "CN", at="习近平总书记"),
    O("景寿堂", "主任", "车间", "CN", at="车间主任景寿堂"),
    O("邵俊杰", "党委书记", "神宁集团", "CN", at="神宁集团党委书记邵俊杰"),
]

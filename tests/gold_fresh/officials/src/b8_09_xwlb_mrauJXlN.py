"""CCTV 新闻联播 (2017-01-31): protests at Trump's Muslim ban.

Batch 8 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112608).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEmrauJXlNMGrqTriwHxrc170131"}

OFFICIALS = [
    O("特朗普", "总统", "美国", "US", at="美国总统特朗普推行"),
    O("萨利·耶茨", "司法部长", "司法部", "US", at="代理司法部长萨利·耶茨", status="acting"),
    O("拉格斯代尔", "局长", "移民和海关执法局", "US", at="代理局长拉格斯代尔", status="acting"),
    O("查克·舒默", "少数党领袖", "参议院", "US", at="少数党领袖查克·舒默"),
    O("奥巴马", "总统", "美国", "US", at="美国前总统奥巴马30日", status="former"),
]

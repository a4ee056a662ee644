"""CCTV 新闻联播 (2021-07-18): world news (Assad sworn in, Havana rally).

Batch 2 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112602).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE7iYXnrmkJ7avOV8Mnorp210718"}

OFFICIALS = [
    O("巴沙尔", "总统", "叙", "SY", at="叙总统巴沙尔"),
    O("巴沙尔·阿萨德", "总统", "叙利亚", "SY", at="叙利亚总统巴沙尔·阿萨德"),
    O("萨巴格", "议长", "人民议会", "SY", at="人民议会议长萨巴格"),
    O("迪亚斯-卡内尔", "第一书记", "古巴共产党中央委员会", "CU", at="第一书记、古巴国家主席迪亚斯-卡内尔"),
    O("迪亚斯-卡内尔", "国家主席", "古巴", "CU", at="第一书记、古巴国家主席迪亚斯-卡内尔"),
]

"""CCTV 新闻联播 (2013-08-30): the Commons rejects action in Syria.

Batch 4 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112604).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1377862573239473"}

OFFICIALS = [
    O("卡梅伦", "首相", None, "GB", at="首相卡梅伦"),
    # 国防大臣: the title holds its body (as 外長 → 外交部).
    O("哈蒙德", "国防大臣", "国防部", "GB", at="国防大臣哈蒙德"),
    O("巴沙尔·阿萨德", "总统", "叙利亚", "SY", at="叙利亚总统巴沙尔·阿萨德"),
    O("潘基文", "秘书长", "联合国", None, at="联合国秘书长潘基文"),
]

"""CCTV 新闻联播 (2018-06-13): the European Parliament on the Iran deal.

Batch 1 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112601).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEyeqnlmH9pAraqkC3IFCr180613"}

OFFICIALS = [
    # The EU is no country: country left null.
    O("莫盖里尼", "高级代表", "欧盟", None, at="高级代表莫盖里尼"),
    O("鲁哈尼", "总统", "伊朗", "IR", at="伊朗总统鲁哈尼"),
    O("马克龙", "总统", "法国", "FR", at="法国总统马克龙"),
]

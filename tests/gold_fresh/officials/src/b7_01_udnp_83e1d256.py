"""聯合報 (2024-09-16): 葉望輝 on arms purchases after the US election.

Batch 7 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112607).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udnp-83e1d256-97b1-46f4-9e04-6ff3de669bf2"}

OFFICIALS = [
    # A quoted think tank right before the post is its body.
    O("葉望輝", "主任", "美國優先政策研究所", "US", at="主任葉望輝（"),
    O("川普", "總統", "美國", "US", at="美國前總統川普二", status="former"),
    O("布林肯", "國務卿", "美國", "US", at="美國國務卿布林肯"),
    # 外交大臣 holds its body as 国防大臣 → 国防部 (batch 4) and 外長 → 外交部.
    O("拉米", "外交大臣", "外交部", "GB", at="英國外交大臣拉米"),
]

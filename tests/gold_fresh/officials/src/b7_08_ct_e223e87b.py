"""中時新聞網 (2021-07-25): New Taipei councillor 唐慧琳 dies.

Batch 7 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112607).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-e223e87b7846aa83"}

OFFICIALS = [
    # 任職…助理研究員 is an office given through a verb: no row.
    O("唐慧琳", "議員", "新北市", "TW", at="新北市議員唐慧琳"),
]

"""中時新聞網 (2021-09-09): mud on the 大潭 algal reef.

Batch 8 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112608).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-9ce71fcc9e1aaaa5"}

OFFICIALS = [
    O("曾文生", "次長", "經濟部", "TW", at="經濟部次長曾文生表示"),
    O("林為洲", "立委", None, "TW", at="立委林為洲"),
    # the spokesman's body (中油) is named in the sentence but not in the frame.
    O("張瑞宗", "發言人", None, "TW", at="發言人張瑞宗"),
    O("曾文生", "次長", "經濟部", "TW", at="經濟部次長曾文生說明"),
    # 海洋委員(會)海洋保育署: the bureau is the body of its 署長.
    O("黃向文", "署長", "海洋保育署", "TW", at="署長黃向文"),
]

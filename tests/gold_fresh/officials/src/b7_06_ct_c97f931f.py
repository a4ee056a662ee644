"""中時新聞網 (2021-03-16): 鄭運鵬 on 陳玉珍 stepping on the algal reef.

Batch 7 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112607).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-c97f931f56480ab9"}

OFFICIALS = [
    O("鄭運鵬", "委員", "民進黨", "TW", at="民進黨委員鄭運鵬"),
    # the bracketed gloss names the holder of the title right before it (as a bracketed title before a
    # name is a frame); the body of a convener is the committee (衛環), the party a membership.
    O("陳玉珍", "召委", "衛環", "TW", at="（指陳玉珍）"),
    O("蔡英文", "總統", None, "TW", at="總統蔡英文站在"),
    O("蘇巧慧", "綠委", "民進黨", "TW", at="綠委蘇巧慧"),
    O("曾文生", "次長", "經濟部", "TW", at="經濟部次長曾文生"),
    O("蔡英文", "總統", None, "TW", at="總統蔡英文都有"),
]

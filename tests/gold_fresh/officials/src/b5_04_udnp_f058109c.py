"""聯合報 (2024-07-23): Harris takes over Biden's campaign.

Batch 5 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112605).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udnp-f058109c-0009-4968-8455-76454f1ba0e1"}

OFFICIALS = [
    O("拜登", "總統", "美國", "US", at="美國總統拜登"),
    O("賀錦麗", "副總統", None, "US", at="副總統賀錦麗似乎"),
    O("夏皮洛", "州長", "賓州", "US", at="賓州州長夏皮洛"),
    # Corrected after the first run (README "Corrections"): first written 州長 / 北卡, which read the
    # frame differently from 肯塔基州長 beside it; 北卡州長 is 北卡州 fused with its head as well.
    O("庫柏", "北卡州長", "北卡州", "US", at="北卡州長庫柏"),
    # 肯塔基州長: the state fused with its head (as 台中市長, 明尼蘇達州長).
    O("貝希爾", "肯塔基州長", "肯塔基州", "US", at="肯塔基州長貝希爾"),
    O("沃爾茲", "州長", "明尼蘇達州", "US", at="明尼蘇達州州長沃爾茲"),
    # 聯邦參議員: 聯邦 marks the federal level; the post is 參議員 (as 亞利桑那州聯邦參議員).
    O("凱利", "參議員", None, "US", at="聯邦參議員凱利"),
    O("威爾森", "幕僚長", "白宮", "US", at="白宮代理幕僚長威爾森", status="acting"),
]

"""公視新聞網 (2025-04-25): 黃呂錦茹 detained over recall petitions.

Batch 4 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112604).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "pts-6507b561e698de2d"}

OFFICIALS = [
    O("黃呂錦茹", "主委", "國民黨北市黨部", "TW", at="國民黨北市黨部主委黃呂錦茹"),
    # Names listed after one title share it and its body.
    O("賴士葆", "立委", "國民黨", "TW", at="國民黨立委賴士葆"),
    O("李彥秀", "立委", "國民黨", "TW", at="賴士葆、李彥秀"),
    O("王鴻薇", "立委", "國民黨", "TW", at="李彥秀、王鴻薇"),
    O("徐巧芯", "立委", "國民黨", "TW", at="國民黨立委徐巧芯說"),
    # 黃呂主委: her two surnames and the title (as 賴總統).
    O("黃呂", "主委", None, "TW", at="黃呂主委"),
    O("蔣萬安", "台北市長", "台北市", "TW", at="台北市長蔣萬安"),
    O("陳俊宇", "立委", "民進黨", "TW", at="罷免民進黨立委陳俊宇"),
    # 領銜人 (lead petitioner of a recall) is no post.
    O("俞凌傑", "書記長", "黨部", "TW", at="黨部前書記長俞凌傑", status="former"),
    O("陳堅豐", "總幹事", "黨部一組", "TW", at="黨部一組總幹事陳堅豐"),
    O("李姿慧", "主委", "黨部", "TW", at="黨部主委李姿慧"),
    O("黃永勝", "庭長", "宜蘭地方法院", "TW", at="宜蘭地方法院庭長黃永勝"),
    O("陳俊宇", "立委", "民進黨", "TW", at="民進黨立委陳俊宇表示"),
]

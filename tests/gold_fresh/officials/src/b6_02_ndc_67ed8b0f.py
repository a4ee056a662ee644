"""自由時報 (2024-09-04): China's Spamouflage campaign.

Batch 6 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112606).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_67ed8b0f95fea061a47302f8babf54a8"}

OFFICIALS = [
    O("川普", "總統候選人", "共和黨", "US", at="共和黨總統候選人川普"),
    O("拜登", "總統", None, "US", at="將現任總統拜登"),
    O("拜登", "總統", None, "US", at="攻擊現任總統拜登"),
    O("習近平", "國家主席", "中國", "CN", at="中國國家主席習近平通話"),
    O("杜魯道", "總理", None, "CA", at="總理杜魯道"),
    # 中國駐美大使館: the mission as the body (驻瑞士 in batch 1), the country split off.
    O("劉鵬宇", "發言人", "駐美大使館", "CN", at="大使館發言人劉鵬宇"),
]

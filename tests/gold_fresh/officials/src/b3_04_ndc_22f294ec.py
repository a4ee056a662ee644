"""中央通訊社 (2024-11-06): 朱立倫 on the US election count.

Batch 3 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112603).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_22f294ecbd543a006fa7af370db7609b"}

OFFICIALS = [
    O("朱立倫", "主席", "國民黨", "TW", at="國民黨主席朱立倫"),
    O("夏立言", "副主席", "國民黨", "TW", at="國民黨副主席夏立言"),
    O("黃介正", "主任", "國際部", "TW", at="國際部主任黃介正"),
    O("傅崐萁", "總召", "國民黨立法院黨團", "TW", at="國民黨立法院黨團總召傅崐萁"),
    # A title listed after 、 names no body of its own (as 國家主席 in 中共中央總書記、國家主席習近平).
    O("林思銘", "書記長", None, "TW", at="書記長林思銘"),
    O("陳玉珍", "召委", "財政委員會", "TW", at="財政委員會召委陳玉珍"),
]

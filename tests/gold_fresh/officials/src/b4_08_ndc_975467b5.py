"""中央通訊社 (2024-11-06): markets on election day.

Batch 4 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112604).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_975467b53dd2c3bac3da259944bc636e"}

OFFICIALS = [
    O("川普", "總統候選人", "共和黨", "US", at="美國共和黨總統候選人川普"),
    # A firm's analyst is a post in a company (as Comscore's in batch 2); 科技億萬豪 is no post.
    O("穆德", "分析師", "AJ Bell", None, at="AJ Bell分析師穆德"),
    # 創辦人暨經濟學家艾修: 經濟學家 is a profession; 創辦人 (founder) is the firm's post, joined by 暨.
    O("艾修", "創辦人", "艾修資本", None, at="經濟學家艾修（Peter"),
    O("鮑爾", "主席", "聯準會", "US", at="聯準會主席鮑爾"),
]

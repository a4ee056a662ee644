"""中央通訊社 (2024-08-05): AI fakes in the US election.

Batch 6 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112606).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_1175029f1cfc94df35e7c45b769d1bb0"}

OFFICIALS = [
    O("賀錦麗", "副總統", "美國", "US", at="美國副總統賀錦麗的"),
    O("拜登", "總統", None, "US", at="總統拜登滿口"),
    # 社群平台X的老闆、億萬富豪馬斯克: owner and billionaire are no posts.
    O("拜登", "總統", None, "US", at="現任總統拜登患有"),
    O("韓森", "共同創辦人", "CivAI", None, at="CivAI共同創辦人韓森"),
]

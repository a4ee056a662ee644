"""聯合報 (2024-10-02): Trump's 10% of GDP for Taiwan's defence.

Batch 3 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112603).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udnp-5b5b65bc-93b6-4954-9d52-dc5be50e7b1b"}

OFFICIALS = [
    O("川普", "總統", "美國", "US", at="美國前總統川普", status="former"),
    # 任內 is no status marker (前/時任/已故/原): current, as 川普總統 in round 10.
    O("川普", "總統", None, "US", at="川普總統任內的"),
    O("歐布萊恩", "國家安全顧問", None, "US", at="國家安全顧問歐布萊恩"),
    O("賀錦麗", "候選人", "民主黨", "US", at="民主黨候選人賀錦麗"),
]

"""聯合報 (2024-09-09): the two running mates from the Midwest.

Batch 7 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112607).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udnp-6418ce17-52bc-49c3-9bdf-fb3a058740eb"}

OFFICIALS = [
    # names listed after one title share it; 副手 is no post; 當上參議員 is a verb.
    O("賀錦麗", "總統候選人", None, "US", at="除總統候選人賀錦麗"),
    O("川普", "總統候選人", None, "US", at="賀錦麗、川普，兩位"),
    # the field 歷史及政治學 is no department: title 教授, the university its body.
    O("勞克", "教授", "南達科他大學", "US", at="教授勞克"),
    O("拜登", "總統", None, "US", at="現任總統拜登"),
]

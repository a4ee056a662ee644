"""聯合報 (2024-10-17): Arab-American voters and Harris.

Batch 4 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112604).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udnp-227d38a5-439d-4678-9436-0b8378438304"}

OFFICIALS = [
    O("賀錦麗", "總統候選人", "民主黨", "US", at="民主黨總統候選人、現任副總統賀錦麗"),
    O("賀錦麗", "副總統", None, "US", at="民主黨總統候選人、現任副總統賀錦麗"),
    O("川普", "總統候選人", "共和黨", "US", at="共和黨總統候選人川普"),
]

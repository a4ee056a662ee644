"""Draw the fourth fresh statements gold batch (issue 4, batch D): reproducible, seeded, blind, rich in direct quotes.

    .venv/bin/python tests/gold_fresh/statements_d/draw.py [--batch 1|2] [--show]

The criterion is that of tests/gold_fresh/statements/draw.py (300-1,200 characters, at least two speech cues),
imported from there, but with at least **four** opening quote marks (「 or “, counted together) so that direct
quotes dominate.  Exclusions: everything the earlier batches excluded (dev gold, held-out gold ids read
programmatically, statements audits E/F, officials audits 9/10) plus the three earlier statements batches
(seeds 2026112611, 2026112612 and statements_c's 2026112613).

Per corpus the candidate ids are sorted and `random.Random(2026112614).sample(ids, n)` picks them
(one generator per corpus): 10 Taiwan + 4 CCTV.  The batch was first drawn as 8 + 4 (d01-d12) and
then extended to 10 + 4 (d13-d14); `random.sample` keeps the first picks when n grows (both sizes take the
same sampling branch), so the first twelve are unchanged.

Batch 2 (seed 2026112641, 6 Taiwan + 3 CCTV) is a second fresh draw on the same criterion with batch 1 excluded,
annotated after batch 1's first pass: its own first pass measures how the fixes made meanwhile generalise.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"

SEEDS = {1: 2026112614, 2: 2026112641}
COUNTS = {1: (("tw_politics_zh_hant", 10), ("cctv_xwlb_zh_hans", 4)),
          2: (("tw_politics_zh_hant", 6), ("cctv_xwlb_zh_hans", 3))}
MIN_QUOTES = 4


def load_module(folder: str, name: str):
    """A module of an earlier batch (tests/gold_fresh/<folder>/<name>.py), imported by path (not a package)."""
    spec = importlib.util.spec_from_file_location(f"{folder}_fresh_{name}", HERE.parent / folder / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_earlier(name: str):
    return load_module("statements", name)


def excluded_ids() -> set[str]:
    batch_c = load_module("statements_c", "draw")
    return batch_c.excluded_ids() | {row["id"] for row in batch_c.draw_records()}


def eligible(row: dict, known: set[str], earlier) -> bool:
    return earlier.eligible(row, known) and len(earlier.OPEN_QUOTE.findall(row["text"])) >= MIN_QUOTES


def draw_records(batch: int = 1) -> list[dict]:
    earlier = load_earlier("draw")
    known = excluded_ids()
    if batch == 2:
        known |= {row["id"] for row in draw_records(1)}
    return earlier.sample(COUNTS[batch], SEEDS[batch], known, lambda row, ids: eligible(row, ids, earlier))


if __name__ == "__main__":
    load_earlier("draw").main(draw_records)

"""Draw the third fresh statements gold batch (issue 4, batch C): reproducible, seeded, blind.

    .venv/bin/python tests/gold_fresh/statements_c/draw.py [--show]

The selection criterion is that of tests/gold_fresh/statements/draw.py, imported from there
(300-1,200 characters, at least two opening quote marks 「/“, at least two speech cues), and so
are its exclusions (dev gold, held-out gold ids, statements audits E/F, officials audits 9/10).
Both earlier statements batches (seeds 2026112611 and 2026112612) are excluded as well.

Per corpus the candidate ids are sorted and `random.Random(2026112613).sample(ids, n)` picks them
(one generator per corpus): 10 Taiwan + 5 CCTV.  The batch was first drawn as 8 + 4 (c01-c12) and
then extended to 10 + 5 (c13-c15); `random.sample` picks the same prefix for both sizes, so the first
twelve are unchanged.
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"

SEED = 2026112613
COUNTS = (("tw_politics_zh_hant", 10), ("cctv_xwlb_zh_hans", 5))


def load_earlier(name: str):
    """A module of the first batches (tests/gold_fresh/statements/<name>.py), imported by path (not a package)."""
    spec = importlib.util.spec_from_file_location(f"statements_fresh_{name}", HERE.parent / "statements" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def excluded_ids() -> set[str]:
    earlier = load_earlier("draw")
    ids = earlier.excluded_ids()
    for batch in (1, 2):
        ids |= {row["id"] for row in earlier.draw_records(batch)}
    return ids


def draw_records() -> list[dict]:
    earlier = load_earlier("draw")
    known = excluded_ids()
    drawn = []
    for corpus, count in COUNTS:
        with gzip.open(CORPUS / f"{corpus}.jsonl.gz", "rt", encoding="utf-8") as handle:
            rows = {row["id"]: row for row in map(json.loads, handle) if earlier.eligible(row, known)}
        drawn += [dict(rows[i], corpus=corpus) for i in random.Random(SEED).sample(sorted(rows), count)]
    return drawn


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true", help="print the texts as well")
    args = parser.parse_args()
    for row in draw_records():
        print(row["corpus"], row["id"], row["published"], row.get("source"), len(row["text"]))
        if args.show:
            print(row.get("title"))
            print(row["text"])
            print("=" * 40)

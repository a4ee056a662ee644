"""Draw the fresh statements gold set (issue 4): reproducible, seeded, blind to the pipeline.

    .venv/bin/python tests/gold_fresh/statements/draw.py [--batch 1|2] [--show]

Candidates: the records of ../shared/corpus/tw_politics_zh_hant.jsonl.gz (Traditional, Taiwan)
and cctv_xwlb_zh_hans.jsonl.gz (Simplified, CCTV) with
  - 300-1,200 characters of text;
  - at least two opening quote marks (「 or “, counted together);
  - at least two speech cues, counting every occurrence of 表示 說/说 指出 強調/强调 稱/称
    認為/认为 (both scripts, since the task's list mixes them);
excluding every id in tests/gold/articles.json, tests/gold_heldout/articles.json (only the `id`
field is read), the statements audits E/F (their exclusions, which take in the earlier
statements_unseen sets, and their 300 + 300 drawn articles) and the officials audits 9/10
(exclusions and draws).  Batch 2 also excludes batch 1.

Per corpus, the candidate ids are sorted and `random.Random(seed).sample(ids, n)` picks them
(one generator per corpus): 10 Taiwan + 5 CCTV for batch 1 (seed 2026112611), and for batch 2
(seed 2026112612) 6 Taiwan + 3 CCTV.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT / "tests" / "cases"))

SEEDS = {1: 2026112611, 2: 2026112612}
COUNTS = {1: (("tw_politics_zh_hant", 10), ("cctv_xwlb_zh_hans", 5)),
          2: (("tw_politics_zh_hant", 6), ("cctv_xwlb_zh_hans", 3))}
MIN_CHARS, MAX_CHARS = 300, 1200
OPEN_QUOTE = re.compile(r"[「“]")
CUE = re.compile(r"表示|說|说|指出|強調|强调|稱|称|認為|认为")


def excluded_ids() -> set[str]:
    ids: set[str] = set()
    for name in ("gold", "gold_heldout"):
        path = ROOT / "tests" / name / "articles.json"
        ids.update(row["id"] for row in json.loads(path.read_text(encoding="utf-8")))
    import officials_audit_round10_draw as officials10
    import statements_audit_f_draw as audit_f

    ids |= audit_f.excluded_ids() | {row["id"] for row in audit_f.draw_articles()}
    ids |= officials10.excluded_ids() | {row["id"] for row in officials10.draw_records()}
    return ids


def eligible(row: dict, known: set[str]) -> bool:
    text = row.get("text") or ""
    return (row["id"] not in known and MIN_CHARS <= len(text) <= MAX_CHARS
            and len(OPEN_QUOTE.findall(text)) >= 2 and len(CUE.findall(text)) >= 2)


def sample(counts, seed: int, known: set[str], is_eligible) -> list[dict]:
    """Per corpus, `count` records drawn with random.Random(seed) from the sorted ids of the
    eligible ones: the draw every statements batch (1, 2, C, D) shares."""
    drawn = []
    for corpus, count in counts:
        with gzip.open(CORPUS / f"{corpus}.jsonl.gz", "rt", encoding="utf-8") as handle:
            rows = {row["id"]: row for row in map(json.loads, handle) if is_eligible(row, known)}
        drawn += [dict(rows[i], corpus=corpus) for i in random.Random(seed).sample(sorted(rows), count)]
    return drawn


def draw_records(batch: int = 1) -> list[dict]:
    known = excluded_ids()
    if batch == 2:
        known |= {row["id"] for row in draw_records(1)}
    return sample(COUNTS[batch], SEEDS[batch], known, eligible)


def main(draw) -> None:
    """`draw.py [--batch N] [--show]`: the drawn ids (and texts)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch", type=int, default=1)
    parser.add_argument("--show", action="store_true", help="print the texts as well")
    args = parser.parse_args()
    for row in draw(args.batch):
        print(row["corpus"], row["id"], row["published"], row.get("source"), len(row["text"]))
        if args.show:
            print(row.get("title"))
            print(row["text"])
            print("=" * 40)


if __name__ == "__main__":
    main(draw_records)

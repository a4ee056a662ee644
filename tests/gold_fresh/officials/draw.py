"""Draw the fresh officials gold set (issue 4): articles rich in office words, never seen before.

    .venv/bin/python tests/gold_fresh/officials/draw.py [--batch 1..6]     # prints the drawn ids

Candidates: the id-sorted records of ../shared/corpus/tw_politics_zh_hant and cctv_xwlb_zh_hans
that are 300-1,200 characters long, hold at least three office words (OFFICE_WORDS, counted as
occurrences, either script), and are in none of
- tests/gold/articles.json and tests/gold_heldout/articles.json (ids only are read from the latter);
- the fixtures under tests/cases (every "id" written in a *.json / *.jsonl file there);
- the broad audit draws of earlier rounds (officials rounds 9/10: 600 articles; statements audits
  E/F: their draws), whose articles were read but mostly not written to a fixture.
Batch 1: `random.Random(2026112601)`, 12 Taiwan then 6 CCTV records (`rng.sample`, one generator
used in order).  Batch 2: `random.Random(2026112602)` with batch 1 excluded as well, 6 + 3.
Batch 3: `random.Random(2026112603)` with batches 1 and 2 excluded, 10 + 5.
Batch 4: `random.Random(2026112604)` with batches 1-3 excluded, 8 + 4.
Batch 5: `random.Random(2026112605)` with batches 1-4 excluded, 8 + 4.
Batch 6: `random.Random(2026112606)` with batches 1-5 excluded, 8 + 4.
Batch 7: `random.Random(2026112607)` with batches 1-6 excluded, 8 + 4, and a denser criterion
(issue 4 asks for officials with organisations): at least four office words and at least one
body word (BODY_RE: a ministry, party, parliament or government).
Batch 8: `random.Random(2026112608)` with batches 1-7 excluded, 6 + 3, batch 7's criterion.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT.parent / "shared" / "corpus"
CASES = ROOT / "tests" / "cases"
sys.path.insert(0, str(CASES))

OFFICE_WORDS = ("部長 次長 署長 局長 市長 議員 立委 委員 院長 主委 大使 書記 省長 總統 總理 主席 發言人 外長 國務卿 "
                "部长 次长 署长 局长 市长 议员 委员 院长 书记 省长 总统 总理 发言人 外长 国务卿").split()
OFFICE_RE = re.compile("|".join(sorted(set(OFFICE_WORDS), key=len, reverse=True)))
ID_FIELD = re.compile(r'"id":\s*"([^"]+)"')
BATCHES = {1: (2026112601, 12, 6), 2: (2026112602, 6, 3), 3: (2026112603, 10, 5), 4: (2026112604, 8, 4),
           5: (2026112605, 8, 4), 6: (2026112606, 8, 4), 7: (2026112607, 8, 4), 8: (2026112608, 6, 3)}
# Batch 7 on: the article must also name a body (ministry, party, parliament, government).
BODY_RE = re.compile("部|黨|党|院|議會|议会|政府|國會|国会")


def excluded_ids(batch: int = 1) -> set[str]:
    ids: set[str] = set()
    for name in ("gold", "gold_heldout"):
        ids |= {r["id"] for r in json.loads((ROOT / "tests" / name / "articles.json").read_text(encoding="utf-8"))}
    for path in sorted(CASES.glob("*.json*")):
        ids |= set(ID_FIELD.findall(path.read_text(encoding="utf-8")))
    import officials_audit_round10_draw as round10
    import statements_audit_f_draw as audit_f
    ids |= round10.excluded_ids() | {r["id"] for r in round10.draw_records()}
    ids |= audit_f.excluded_ids() | {r["id"] for r in audit_f.draw_articles()}
    for earlier in range(1, batch):
        ids |= {r["id"] for r in draw_records(earlier)}
    return ids


def rich(record: dict, batch: int = 1) -> bool:
    text = record["text"]
    if not 300 <= len(text) <= 1200:
        return False
    if batch >= 7:
        return len(OFFICE_RE.findall(text)) >= 4 and bool(BODY_RE.search(text))
    return len(OFFICE_RE.findall(text)) >= 3


@functools.lru_cache(maxsize=None)  # each batch excludes every earlier one: draw each once
def _draw(batch: int) -> tuple[dict, ...]:
    return tuple(_draw_uncached(batch))


def draw_records(batch: int = 1) -> list[dict]:
    return [dict(r) for r in _draw(batch)]


def _draw_uncached(batch: int) -> list[dict]:
    seed, n_tw, n_cn = BATCHES[batch]
    skip = excluded_ids(batch)
    rng = random.Random(seed)
    drawn = []
    for source, n in (("tw_politics_zh_hant", n_tw), ("cctv_xwlb_zh_hans", n_cn)):
        with gzip.open(CORPUS / f"{source}.jsonl.gz", "rt", encoding="utf-8") as handle:
            candidates = sorted((r for r in map(json.loads, handle) if r["id"] not in skip and rich(r, batch)),
                                key=lambda r: r["id"])
        drawn += [dict(r, corpus=source) for r in rng.sample(candidates, n)]
    return drawn


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch", type=int, default=1)
    args = parser.parse_args()
    for record in draw_records(args.batch):
        print(record["corpus"], record["id"], record["published"], record["source"], len(record["text"]))

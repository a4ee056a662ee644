"""Reproducible broad sample for the statements audit E (issue 4, round 6).

Why: rules fixed from 6-article fixtures (sets A-D) have not transferred to the blind set, so
this round judges the pipeline's statement rows on a broad sample, where what goes wrong
often is frequent by construction.
  - articles: 150 from tw_politics_zh_hant and 150 from cctv_xwlb_zh_hans, random.Random(SEED)
    .sample over the eligible ids sorted, one generator per source;
  - excluded: every id in tests/gold/articles.json and tests/gold_heldout/articles.json (only
    the `id` field of the held-out file is read), every id in a tests/cases/*unseen* fixture
    and the ids drawn for sets A-D;
  - rows: the pipeline's statements on those articles (at the draw: the tree of 2026-11-24
    23:15 UTC), 75 direct and 75 indirect drawn with random.Random(SEED) from all rows sorted
    by (article id, start).
The judged rows are tests/cases/statements_audit_e.jsonl (built by statements_audit_e_build.py).
Run: .venv/bin/python tests/cases/statements_audit_e_draw.py articles OUT.jsonl  (the 300 texts)
     .venv/bin/python tests/cases/statements_audit_e_draw.py rows ANNOTATED.jsonl  (the 150 rows)
"""
import gzip
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from statements_unseen_draw import CASES, CORPUS, DRAWN, DRAWN_B, DRAWN_C, DRAWN_D, ID_FIELD, ROOT

SEED = 2026112523
SOURCES = (("tw_politics_zh_hant.jsonl.gz", 150), ("cctv_xwlb_zh_hans.jsonl.gz", 150))
ROWS_PER_KIND = 75


def excluded_ids():
    ids = set(DRAWN) | set(DRAWN_B) | set(DRAWN_C) | set(DRAWN_D)
    for name in ("gold", "gold_heldout"):
        path = ROOT / "tests" / name / "articles.json"
        ids.update(row["id"] for row in json.loads(path.read_text(encoding="utf-8")))
    for path in sorted(CASES.glob("*unseen*.json*")):
        ids.update(ID_FIELD.findall(path.read_text(encoding="utf-8")))
    return ids


def draw_articles(seed=SEED):
    known = excluded_ids()
    drawn = []
    for source, count in SOURCES:
        with gzip.open(CORPUS / source, "rt", encoding="utf-8") as handle:
            rows = {row["id"]: row for row in map(json.loads, handle)
                    if row["id"] not in known and (row.get("text") or "").strip()}
        drawn.extend(rows[i] for i in random.Random(seed).sample(sorted(rows), count))
    return drawn


def draw_rows(annotated, seed=SEED, per_kind=ROWS_PER_KIND):
    """annotated: {article id: statement rows}; returns per_kind rows of each kind."""
    rows = sorted(((aid, s) for aid, statements in annotated.items() for s in statements),
                  key=lambda r: (r[0], r[1]["start"], r[1]["end"]))
    picked = []
    for kind in ("direct", "indirect"):
        of_kind = [r for r in rows if r[1]["kind"] == kind]
        picked.extend(random.Random(seed).sample(of_kind, per_kind))
    return picked


if __name__ == "__main__":
    command, path = sys.argv[1], Path(sys.argv[2])
    if command == "articles":
        with path.open("w", encoding="utf-8") as out:
            for row in draw_articles():
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        annotated = {}
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            annotated[record["id"]] = record["statements"]
        for aid, s in draw_rows(annotated):
            print(json.dumps({"id": aid, **s}, ensure_ascii=False))

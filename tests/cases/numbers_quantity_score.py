"""Scores quantity and holder on `numbers_quantity_cases.jsonl` (corpus sentences outside
tests/gold).  Run from the repository root:

    .venv/bin/python tests/cases/numbers_quantity_score.py [-v]

Two splits: "dev" (the rules were adjusted while looking at these) and "check" (annotated
afterwards and scored once, an honest estimate).

A case is matched to the predicted claim whose span overlaps the first occurrence of its
`number`; an unmatched case counts as wrong for both fields.  Quantity is compared exactly;
holder leniently, as the whole-article scorer does (equal, containment, alias, t2s).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

CASES = Path(__file__).with_name("numbers_quantity_cases.jsonl")


def score(annotate_fn, verbose: bool = False, split: str | None = None) -> dict:
    from pipeline.evaluate.articles import NameMatcher

    names = NameMatcher(None)
    rows = [json.loads(line) for line in CASES.read_text("utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if split is None or r.get("split") == split]
    cache: dict[str, list[dict]] = {}
    counts = {"cases": len(rows), "matched": 0, "quantity": [0, 0], "holder": [0, 0]}
    for row in rows:
        text = row["text"]
        if text not in cache:
            cache[text] = annotate_fn(text, "2024-01-01").get("numeric_claims") or []
        start = text.index(row["number"])
        end = start + len(row["number"])
        claim = next((c for c in cache[text] if c["start"] < end and start < c["end"]), None)
        counts["matched"] += claim is not None
        for field in ("quantity", "holder"):
            if field not in row:
                continue
            got = claim.get(field) if claim else None
            ok = claim is not None and (names.same(row[field], got) if field == "holder" and row[field]
                                        else (got or None) == (row[field] or None))
            counts[field][0] += ok
            counts[field][1] += 1
            if verbose and not ok:
                print(f"  {field:8} {row['number']:10} want {row[field]!r:14} got {got!r:14} | {text[:50]}")
    return counts


def main() -> None:
    from pipeline.cli import article_annotator, make_config

    annotate_fn = article_annotator(make_config())
    for split in ("dev", "check"):
        counts = score(annotate_fn, verbose="-v" in sys.argv, split=split)
        q, h = counts["quantity"], counts["holder"]
        print(f"{split:6} cases {counts['cases']}  matched {counts['matched']}  quantity {q[0]}/{q[1]} = {q[0] / q[1]:.3f}  "
              f"holder {h[0]}/{h[1]} = {h[0] / h[1]:.3f}")


if __name__ == "__main__":
    main()

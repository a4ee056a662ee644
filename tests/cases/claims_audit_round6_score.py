"""Scores the pipeline on the judged rows of tests/cases/claims_audit_round6.jsonl (issue 5,
round 6): the 150 numeric-claim rows drawn by claims_audit_round6_draw.py, each judged by
reading its sentence (tests/gold/README.md "Guidelines applied → Numbers").

A judged row is found again by its offsets: the predicted claim that starts or overlaps where
the judged one did.  Per field it counts right when the value is the judged one (`expected`
where the judge corrected or accepted alternatives, else the first-pass output judged right).
A row judged no claim counts right when the pipeline no longer outputs a claim there.
Holder is scored strictly (the judged name, one of its accepted alternatives, or none) and, as
the article scorer does, leniently (either part of a pair, one name containing the other).
Run: .venv/bin/python tests/cases/claims_audit_round6_score.py  (prints the scores and every
row whose holder differs from the judged one)
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fixture_text import CORPUS, SOURCES, load_corpus

AUDIT = Path(__file__).with_name("claims_audit_round6.jsonl")
FIELDS = ("qualifier", "unit", "holder")


def corpus_present() -> bool:
    return all((CORPUS / f"{source}.jsonl.gz").exists() for source in SOURCES)


def judged_rows(path=AUDIT):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def expected_value(row, field):
    """The values judged right for a field: the corrected or accepted ones, else the output."""
    if field in row["expected"] and row["expected"][field] is not None:
        return row["expected"][field]
    return [row["output"][field]]


def predictions(rows, annotate_fn):
    """{article id: its numeric-claim rows} for the judged articles, annotated afresh."""
    corpus = load_corpus({r["id"] for r in rows})
    return {i: annotate_fn(corpus[i]["text"], corpus[i].get("published"))["numeric_claims"]
            for i in dict.fromkeys(r["id"] for r in rows)}


def find_again(row, predicted):
    """The predicted claim at the judged row's place: same start, else the largest overlap."""
    same = [p for p in predicted if p["start"] == row["start"]]
    if same:
        return same[0]
    overlapping = [p for p in predicted if p["start"] < row["end"] and row["start"] < p["end"]]
    return max(overlapping, key=lambda p: min(p["end"], row["end"]) - max(p["start"], row["start"]), default=None)


def score(rows, predicted, names):
    """Counts per field, and the rows whose holder is not the judged one."""
    counts = {k: [0, 0] for k in ("not_claim", "found", *FIELDS, "holder_lenient")}
    wrong_holders = []
    for row in rows:
        got = find_again(row, predicted[row["id"]])
        if not row["claim"]:
            counts["not_claim"][0] += got is None
            counts["not_claim"][1] += 1
            continue
        counts["found"][1] += 1
        if got is None:
            continue
        counts["found"][0] += 1
        for field in FIELDS:
            counts[field][0] += got[field] in expected_value(row, field)
            counts[field][1] += 1
        holders = expected_value(row, "holder")
        counts["holder_lenient"][0] += any(names.same(h, got["holder"]) for h in holders)
        counts["holder_lenient"][1] += 1
        if got["holder"] not in holders:
            wrong_holders.append((row["n"], row["surface"], got["holder"], holders))
    return counts, wrong_holders


def run(annotate_fn=None, path=AUDIT):
    """Scores the judged rows of path (round 6's file unless another round's is given)."""
    from pipeline.cli import article_annotator, make_config
    from pipeline.evaluate.articles import NameMatcher

    config = make_config()
    rows = judged_rows(path)
    predicted = predictions(rows, annotate_fn or article_annotator(config))
    return score(rows, predicted, NameMatcher())


def main(path=AUDIT):
    counts, wrong = run(path=path)
    for key, (right, total) in counts.items():
        print(f"{key}: {right}/{total}")
    for n, surface, got, holders in wrong:
        print(f"#{n} {surface}: {got} (judged {holders})")


if __name__ == "__main__":
    main()

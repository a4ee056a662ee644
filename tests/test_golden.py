"""Whole-article regression: the rows `annotate` gives for the sample articles, diffed against
tests/golden/<article_id>.json. A deliberate change is recorded with `make golden` (then review
the diff in git); an accidental one fails here with a readable list of what changed."""

import json
import os

import pytest

from pipeline.annotate import annotation_rows
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"
# Tables whose rows are compared (sentences and events follow from the others).
TABLES = ["mentions", "entities", "officials", "statements", "time_expressions", "numeric_claims"]


def key(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False, sort_keys=True)


@pytest.mark.parametrize("article_id", ["000_9166726dca222a47", "002_f5a54edcd3723d2f"])
def test_sample_article_matches_golden(article_id, annotated_samples):
    rows = annotation_rows(annotated_samples[article_id])
    current = {table: rows[table] for table in TABLES}
    path = GOLDEN / f"{article_id}.json"
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(json.dumps(current, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(path.read_text("utf-8"))
    problems = []
    for table in TABLES:
        want, got = {key(r) for r in expected[table]}, {key(r) for r in current[table]}
        problems += [f"{table} lost:  {r}" for r in sorted(want - got)]
        problems += [f"{table} new:   {r}" for r in sorted(got - want)]
    assert not problems, f"{article_id} differs from its golden file (run `make golden` if deliberate):\n" + "\n".join(problems[:40])

"""The fresh, fully annotated numbers gold (tests/gold_fresh/numbers, issue 5).

Three seeded batches of corpus articles (draw.py), every numeric claim annotated by reading before
the pipeline ran on them (README.md there).  This test builds nothing: it reads the committed
articles_batch1.json / articles_batch2.json / articles_batch3.json, checks that every span indexes its text, and scores
the pipeline on them.  The floors are the figures reached when the test was written, less a small
margin: a later change that loses them fails here.  They are floors, not targets.
"""
import json
from pathlib import Path

import pytest

HERE = Path(__file__).parent / "gold_fresh" / "numbers"
BATCHES = ("articles_batch1.json", "articles_batch2.json", "articles_batch3.json")


def _articles(name):
    return json.loads((HERE / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", BATCHES)
def test_spans_index_the_text(name):
    for article in _articles(name):
        assert set(article) == {"id", "text", "published", "source", "numbers"}, article["id"]
        for row in article["numbers"]:
            assert article["text"][row["start"]:row["end"]] == row["text"], (article["id"], row)
            assert (row["value"] is None) == ("value_low" in row), (article["id"], row)



# First pass: batch 1 F1 0.956, holder 104/206; batch 2 (drawn after batch 1's rules) F1 0.934,
# holder 63/106; batch 3 (drawn after batch 2's rules) F1 0.924, holder 77/152 (80 with the 3 rows
# corrected since, README).  Reached (session of batch 3, pipeline at 9225a77): batch 1 F1 0.977,
# qualifier 212/213, unit 213/213, holder 170/213; batch 2 F1 0.965, qualifier 110/111, unit
# 111/111, holder 99/111; batch 3 F1 0.940, qualifier 156/157, unit 155/157, holder 119/157.
# Floors: about 3 points below (the NER stage, which names the holders, changes under other work).
@pytest.mark.parametrize("name,f1,qualifier,unit,holder", [
    ("articles_batch1.json", 0.96, 0.97, 0.97, 0.77),
    ("articles_batch2.json", 0.94, 0.96, 0.96, 0.86),
    ("articles_batch3.json", 0.92, 0.96, 0.96, 0.73),
])
def test_numbers_scores_stay(annotate_fn, name, f1, qualifier, unit, holder):
    from pipeline.evaluate.articles import evaluate_articles

    report = evaluate_articles(HERE / name, annotate_fn)
    assert not report["errors"], report["errors"]
    numbers = report["numbers"]
    attributes = numbers["attributes"]
    assert numbers["f1"] >= f1, numbers
    for key, floor in (("qualifier", qualifier), ("unit", unit), ("holder", holder)):
        got = attributes[key]
        assert got["correct"] >= floor * got["total"], (key, got)

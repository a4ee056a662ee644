"""Broad audit of numeric claims (issue 5, round 6): a reproducible draw of 300 corpus articles
and of 150 numeric-claim rows the pipeline finds in them.

Why: holder fixes tuned on six-article fixtures did not move the blind held-out holder score, so
this round judges a broad random sample of what the pipeline outputs; an error class that is
frequent here is frequent by construction.  The rule is fixed here so anyone can redraw:
  - sources: shared corpus tw_politics_zh_hant and cctv_xwlb_zh_hans, PER_SOURCE each;
  - excluded: every id in tests/gold/articles.json and tests/gold_heldout/articles.json (only
    the `id` field of the held-out file is read) and every id in the tests/cases/*unseen*
    fixtures present when it was drawn, named in EXCLUDED_FIXTURES (frozen, so a later fixture
    does not change the redraw);
  - eligible: 200..3000 characters with at least one numeral followed by a counter or unit
    (the same pattern as claims_unseen_draw.py), so the article can hold a claim;
  - random.Random(SEED).sample over the eligible ids sorted, per source;
  - rows: the pipeline's numeric_claims over those articles (in draw order, then offset), and
    random.Random(SEED).sample of ROWS of them.
The judged rows are frozen in tests/cases/claims_audit_round6.jsonl (with article id and
offsets), so a later change of the pipeline does not change which rows the test scores.  Each
row: n, id, start/end, surface, output (the first-pass fields), claim (false: not a claim by the
guidelines), verdict (per field, right or wrong), expected (the corrected value, or the readings
accepted, for each field judged wrong or ambiguous), reason, missed (numbers of the sentence the
output lacked); after / verdict_after: the same row once round 6's rules were in.
Run: .venv/bin/python tests/cases/claims_audit_round6_draw.py OUT_DIR
  writes OUT_DIR/rows.jsonl (every row over the 300 articles) and OUT_DIR/sample.jsonl.
"""
import gzip
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from claims_unseen_draw import CORPUS, NUMBER_WITH_UNIT, SOURCES, _known_ids, _unseen_fixture_ids
from fixture_text import load_corpus

SEED = 20261124 + 6
PER_SOURCE = 150
ROWS = 150
MAX_CHARS = 3000
EXCLUDED_FIXTURES = (
    "claims_unseen.json", "claims_unseen_round4.json", "claims_unseen_round5.json",
    "dates_unseen.json", "dates_unseen_fresh.json", "english_unseen.json",
    "english_unseen_round2.json", "officials_unseen.jsonl", "officials_unseen_round3.jsonl",
    "officials_unseen_round4.jsonl", "officials_unseen_round5.jsonl", "officials_unseen_round6.jsonl",
    "officials_unseen_round7.jsonl", "officials_unseen_round8.jsonl", "statements_unseen.json",
    "statements_unseen_b.json", "statements_unseen_c.json", "statements_unseen_d.json")
FIELDS = ("start", "end", "text", "value", "value_low", "value_high", "unit", "quantity",
          "qualifier", "holder")


def _eligible(row, known):
    text = row.get("text") or ""
    return (row["id"] not in known and 200 <= len(text) <= MAX_CHARS
            and NUMBER_WITH_UNIT.search(text) is not None)


def _eligible_ids(source, known):
    with gzip.open(CORPUS / source, "rt", encoding="utf-8") as handle:
        return sorted(row["id"] for row in map(json.loads, handle) if _eligible(row, known))


def draw_articles():
    """PER_SOURCE ids per source, outside both gold sets and every unseen fixture."""
    known = _known_ids() | _unseen_fixture_ids(EXCLUDED_FIXTURES)
    return [i for source in SOURCES for i in random.Random(SEED).sample(_eligible_ids(source, known), PER_SOURCE)]


def run_pipeline(ids):
    """Every numeric-claim row of the drawn articles, with its article id, in draw order."""
    from pipeline.cli import article_annotator, make_config

    annotate_fn = article_annotator(make_config())
    corpus = load_corpus(set(ids))
    rows = []
    for article_id in ids:
        record = corpus[article_id]
        got = annotate_fn(record["text"], record.get("published"))["numeric_claims"]
        rows.extend({"id": article_id, **{k: r.get(k) for k in FIELDS}}
                    for r in sorted(got, key=lambda r: r["start"]))
    return rows


def sample_rows(rows):
    return random.Random(SEED).sample(rows, ROWS)


def write_draw(out, ids, sample):
    """Writes ids.txt, rows.jsonl (every row over the articles) and sample.jsonl under out."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "ids.txt").write_text("\n".join(ids) + "\n", encoding="utf-8")
    rows = run_pipeline(ids)
    (out / "rows.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (out / "sample.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in sample(rows)),
                                      encoding="utf-8")
    print(len(ids), "articles", len(rows), "rows")


if __name__ == "__main__":
    write_draw(Path(sys.argv[1]), draw_articles(), sample_rows)

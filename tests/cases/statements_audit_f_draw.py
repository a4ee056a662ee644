"""Reproducible broad sample for the statements audit F (issue 4, round 7).

Why: audit E's after-fix figures were measured on the very rows the fixes were made from, so
they are optimistic; this second, fresh draw measures how those rules generalise.
  - articles: 150 from tw_politics_zh_hant and 150 from cctv_xwlb_zh_hans, as in audit E
    (tests/cases/statements_audit_e_draw.py) but with SEED below;
  - excluded: everything audit E excluded plus audit E's own 300 articles;
  - rows: the pipeline's statements on those articles (at the draw: the tree of 2026-11-25
    00:50 UTC, commit 0e69128), 30 direct and 30 indirect drawn with random.Random(SEED) from
    all rows sorted by (article id, start).
The judged rows are tests/cases/statements_audit_f.jsonl (60 drawn rows judged by reading before
any code changed, plus the 2 statements missed in the paragraphs read), scored by
statements_audit_e_score.py's functions.  First pass: statement 56/60, span 50/56, speaker
46/56, said_on 42/56, misses found 0/2.
Run: .venv/bin/python tests/cases/statements_audit_f_draw.py articles OUT.jsonl   (the 300 texts)
     .venv/bin/python tests/cases/statements_audit_f_draw.py annotate OUT.jsonl   (their statements)
     .venv/bin/python tests/cases/statements_audit_f_draw.py rows ANNOTATED.jsonl (the 60 rows)
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import statements_audit_e_draw as audit_e  # noqa: E402

SEED = 2026112507
ROWS_PER_KIND = 30


def excluded_ids():
    return audit_e.excluded_ids() | {row["id"] for row in audit_e.draw_articles()}


def draw_articles(seed=SEED):
    known = excluded_ids()
    original = audit_e.excluded_ids
    audit_e.excluded_ids = lambda: known  # same sources and counts as audit E, wider exclusion
    try:
        return audit_e.draw_articles(seed)
    finally:
        audit_e.excluded_ids = original


def annotate_drawn(path):
    from statements_audit_e_score import annotate_articles

    articles = {row["id"]: row for row in draw_articles()}
    with path.open("w", encoding="utf-8") as out:
        for article_id, statements in annotate_articles(articles).items():
            out.write(json.dumps({"id": article_id, "statements": statements}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    sys.path.insert(0, str(audit_e.ROOT))
    command, path = sys.argv[1], Path(sys.argv[2])
    if command == "articles":
        with path.open("w", encoding="utf-8") as out:
            for row in draw_articles():
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif command == "annotate":
        annotate_drawn(path)
    else:
        annotated = {}
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            annotated[record["id"]] = record["statements"]
        for aid, s in audit_e.draw_rows(annotated, SEED, ROWS_PER_KIND):
            print(json.dumps({"id": aid, **s}, ensure_ascii=False))

"""The round-10 broad audit of the officials stage (issue 4): a second, fresh draw that measures how
the round-9 rules generalise, since round 9's after-figure was taken on the rows it was fixed on.

Draw (reproducible): the round-9 draw (tests/cases/officials_audit_round9_draw.py) with new seeds,
excluding everything round 9 excluded plus round 9's own 300 articles; per corpus
`random.Random(SEED).sample(candidates, 150)`, then `random.Random(ROW_SEED).sample(rows, 60)` over
every official row of the 300 (sorted by article id and position).

Verdicts (VERDICTS below) were written by reading each row's sentence against tests/gold/README.md
"Guidelines applied -> Officials" before any code was changed for round 10; a row not listed there
was judged right in every field.  `gold` is the row as it should be (null: no official there).

Run from the repository root:
  .venv/bin/python tests/cases/officials_audit_round10_draw.py rows OUT.jsonl    # all rows of the 300
  .venv/bin/python tests/cases/officials_audit_round10_draw.py audit FIRST_RUN_ROWS.jsonl
    # writes tests/cases/officials_audit_round10.jsonl from the first run's rows and VERDICTS
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import officials_audit_round9_draw as round9

SEED = 2026112510
ROW_SEED = 20261125100
ROWS = 60


def excluded_ids() -> set[str]:
    """Everything round 9 excluded, and round 9's own 300 articles."""
    return round9.excluded_ids() | {r["id"] for r in round9.draw_records()}


def draw_records() -> list[dict]:
    """The 300 corpus records, in draw order."""
    return round9.draw_records(SEED, excluded_ids())


# (article id, name start as output) -> (corrections of the output row, or None for a row that is no
# official; the reason).  Same choices as round 9; status follows the markers of tests/gold/README.md
# (前/時任/已故/原 -> former), so a past candidacy or 川普總統 without a marker stays current.
VERDICTS: dict[tuple[str, int], tuple[dict | None, str]] = {
    ("ct-26547aa0123438d0", 36): (
        None, "代表國民黨參選台北市長丁守中: a candidacy given through the verb 參選; he never held the post"),
    ("udn-d69876099b607c56", 859): (
        None, "2022大選桃園市長張善政鄭運鵬: a link naming the mayoral race and its two candidates, no mayor"),
    ("xwlb-VIDEMGvA12c00SIEhl0o5YrQ200625", 113): (
        {"country": "US"}, "该州州长: governor of 威斯康星州, named just before, in an article on US protests"),
    ("xwlb-VIDE1450179046593192", 68): (
        {"title": "常务副主席"}, "常务副主席 (executive vice-chair) names its own office, like 执行主任 in round 9"),
    ("ndc-news_1a58a6b3b9bba8221b7b2f832a88687d", 330): (
        {"name": "歐加修．寇蒂茲", "end": 337}, "the name runs over the middle dot: 歐加修．寇蒂茲"),
}


def audited_rows(rows: list[dict]) -> list[dict]:
    return round9.audited_rows(rows, ROW_SEED, ROWS)


if __name__ == "__main__" and sys.argv[1] == "audit":
    first_run = [json.loads(line) for line in Path(sys.argv[2]).read_text(encoding="utf-8").splitlines()]
    audit = [round9.audit_row(r, VERDICTS) for r in audited_rows(first_run)]
    assert {(a["id"], a["output"]["start"]) for a in audit} >= set(VERDICTS), "every verdict names an audited row"
    (Path(__file__).with_name("officials_audit_round10.jsonl")).write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in audit), encoding="utf-8")
elif __name__ == "__main__":
    target = Path(sys.argv[2])
    all_rows = round9.official_rows(draw_records())
    target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in all_rows), encoding="utf-8")
    print(len(all_rows), "rows")

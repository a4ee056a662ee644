"""Reproducible draw of unseen articles for the claims_unseen fixture (issue 5, round 2).

Why: numbers/dates score well on dev gold but worse on the blind held-out set, so
the next annotation round needs fresh text nobody has tuned on. The rule is fixed
here so anyone can redraw the same ids:
  - sources: shared corpus tw_politics_zh_hant and cctv_xwlb_zh_hans, 4 each;
  - excluded: every id in tests/gold/articles.json and tests/gold_heldout/articles.json
    (only the `id` field of the held-out file is read, nothing else);
  - eligible: 200..1500 characters and at least 3 Arabic or Chinese numerals
    followed by a counter/unit, so the article has numeric claims to annotate;
  - random.Random(SEED).sample over the eligible ids sorted.
Round 3 (issue 5) adds EXTRA_TW more Taiwan articles: same eligibility and exclusions, minus
the ids drawn above, sampled with random.Random(SEED + 3) from the sorted remainder.
Round 4 (issue 5) draws ROUND4_PER_SOURCE fresh articles per source with random.Random(SEED + 4):
besides both gold sets, every id in any tests/cases/*unseen* fixture is excluded (holders were
tuned on those), and only articles with at least ROUND4_MIN_NUMBERS numerals with a unit qualify,
so the few articles annotated hold many numbers.  They go in tests/cases/claims_unseen_round4.json.
Round 5 (issue 5) draws ROUND5_PER_SOURCE more per source the same way with random.Random(SEED + 5),
excluding besides both gold sets and all earlier draws the ids of the unseen fixtures that existed
when it was drawn, named in ROUND5_EXCLUDED_FIXTURES: a frozen list, so that the round's own
fixture (claims_unseen_round5.json) or a later one does not change the redraw.  They go in
tests/cases/claims_unseen_round5.json.  Caveat: the draws read the named fixtures' current contents,
and draw_round4() already no longer returns the ids of claims_unseen_round4.json (it excludes every
fixture present, its own included); round 5 excluded what it returned on 2026-11-24.  The ids drawn
are recorded in the build scripts (claims_unseen_round4_build.IDS, claims_unseen_round5_build.IDS).
Run: .venv/bin/python tests/cases/claims_unseen_draw.py  (prints the drawn ids, round 3, round 4,
then round 5 last).
Annotation of these ids (dates and numbers tables, per tests/gold/README.md
"Guidelines applied") goes in tests/cases/claims_unseen.jsonl, done by reading
BEFORE running the pipeline.
"""
import gzip
import json
import random
import re
from pathlib import Path

SEED = 20261124
PER_SOURCE = 4
EXTRA_TW = 3
ROUND4_PER_SOURCE = 3
ROUND4_MIN_NUMBERS = 6
ROUND5_PER_SOURCE = 3
ROUND5_EXCLUDED_FIXTURES = (
    "claims_unseen.json", "claims_unseen_round4.json", "dates_unseen.json",
    "dates_unseen_fresh.json", "english_unseen.json", "english_unseen_round2.json",
    "officials_unseen.jsonl", "officials_unseen_round3.jsonl", "officials_unseen_round4.jsonl",
    "officials_unseen_round5.jsonl", "officials_unseen_round6.jsonl",
    "officials_unseen_round7.jsonl", "statements_unseen.json", "statements_unseen_b.json",
    "statements_unseen_c.json")
ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
SOURCES = ("tw_politics_zh_hant.jsonl.gz", "cctv_xwlb_zh_hans.jsonl.gz")
NUMBER_WITH_UNIT = re.compile(r"[0-9０-９一二三四五六七八九十百千萬万億亿]+[%％人元萬万億亿個个件次年月日天名家座項项歲岁公]")


def _known_ids():
    ids = set()
    for name in ("gold", "gold_heldout"):
        path = ROOT / "tests" / name / "articles.json"
        ids.update(row["id"] for row in json.loads(path.read_text(encoding="utf-8")))
    return ids


def _unseen_fixture_ids(names=None):
    """Ids in the tests/cases/*unseen* fixtures (json or jsonl), read from their "id" fields:
    every one present, or only those named."""
    paths = ((ROOT / "tests" / "cases" / name for name in names) if names is not None
             else (ROOT / "tests" / "cases").glob("*unseen*.json*"))
    ids = set()
    for path in paths:
        ids.update(re.findall(r'"id": "([^"]+)"', path.read_text(encoding="utf-8")))
    return ids


def _eligible(row, known, min_numbers=3):
    text = row.get("text") or ""
    return (row["id"] not in known and 200 <= len(text) <= 1500
            and len(NUMBER_WITH_UNIT.findall(text)) >= min_numbers)


def _eligible_ids(source, known, min_numbers=3):
    with gzip.open(CORPUS / source, "rt", encoding="utf-8") as handle:
        return sorted(row["id"] for row in map(json.loads, handle)
                      if _eligible(row, known, min_numbers))


def draw():
    known = _known_ids()
    drawn = []
    for source in SOURCES:
        drawn.extend(random.Random(SEED).sample(_eligible_ids(source, known), PER_SOURCE))
    return drawn


def draw_round3():
    """EXTRA_TW more Taiwan ids, none of them drawn before."""
    earlier = set(draw())
    remaining = [i for i in _eligible_ids(SOURCES[0], _known_ids()) if i not in earlier]
    return random.Random(SEED + 3).sample(remaining, EXTRA_TW)


def draw_round4():
    """ROUND4_PER_SOURCE fresh ids per source, outside both gold sets and every unseen fixture."""
    known = _known_ids() | _unseen_fixture_ids() | set(draw()) | set(draw_round3())
    drawn = []
    for source in SOURCES:
        eligible = _eligible_ids(source, known, ROUND4_MIN_NUMBERS)
        drawn.extend(random.Random(SEED + 4).sample(eligible, ROUND4_PER_SOURCE))
    return drawn


def draw_round5():
    """ROUND5_PER_SOURCE fresh ids per source, outside both gold sets, every earlier draw and the
    unseen fixtures named in ROUND5_EXCLUDED_FIXTURES."""
    known = (_known_ids() | _unseen_fixture_ids(ROUND5_EXCLUDED_FIXTURES) | set(draw())
             | set(draw_round3()) | set(draw_round4()))
    drawn = []
    for source in SOURCES:
        eligible = _eligible_ids(source, known, ROUND4_MIN_NUMBERS)
        drawn.extend(random.Random(SEED + 5).sample(eligible, ROUND5_PER_SOURCE))
    return drawn


if __name__ == "__main__":
    print("\n".join(draw() + draw_round3() + draw_round4() + draw_round5()))

"""Reproducible draw of the fresh, fully annotated dates gold (issue 5, time expressions).

Why: the earlier timex audits judged rows the pipeline output (precision only); the blind
held-out set shows recall is low too.  Here whole articles are annotated by reading, every
date in them, before the pipeline is run on them (see README.md beside this file).

Rule (fixed here so anyone can redraw):
  - sources: ../shared/corpus/tw_politics_zh_hant.jsonl.gz (Taiwan, Traditional) and
    cctv_xwlb_zh_hans.jsonl.gz (CCTV, Simplified), about two thirds Taiwan;
  - excluded: every id of tests/gold/articles.json and tests/gold_heldout/articles.json (only
    the `id` field of the held-out file is read, nothing else is printed from it) and every
    id named in a tests/cases/*.json / *.jsonl fixture (the earlier unseen sets and audits,
    dates_unseen included), the fixtures read as they stood at commit PINNED (git show),
    since they keep growing while others work;
  - eligible: 300..1200 characters and at least MIN_CUES date-like surfaces (DATE_CUE);
  - per source, random.Random(seed).sample over the eligible ids sorted; one generator per
    source, seeded afresh.  The second batch uses SEED_B and also excludes the first batch.
Run: .venv/bin/python tests/gold_fresh/dates/draw.py   (prints both batches' ids)
"""
from __future__ import annotations

import gzip
import json
import random
import re
import subprocess
from pathlib import Path

SEED = 2026112631
SEED_B = 2026112632
DRAWS = (("tw_politics_zh_hant", 12), ("cctv_xwlb_zh_hans", 6))
DRAWS_B = (("tw_politics_zh_hant", 6), ("cctv_xwlb_zh_hans", 3))
MIN_CHARS, MAX_CHARS, MIN_CUES = 300, 1200, 4
PINNED = "7087fb8"  # HEAD when the first batch was drawn
ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT.parent / "shared" / "corpus"
# A numeral before a calendar/clock unit, or a relative / vague / weekday time word.
DATE_CUE = re.compile(
    r"[0-9０-９〇零一二三四五六七八九十兩两]+\s*(?:年|月|日|號|号|時|时|點|点|天|週|周)"
    r"|[今昨明前後后去當当]天|[今去明前]年|[上下本這这][週周个個]?月|[上下本這这][週周]"
    r"|[週周][一二三四五六日]|星期[一二三四五六日天]|禮拜[一二三四五六日天]"
    r"|日前|近日|近年|目前|稍早|現在|现在|當前|当前|未來|未来|上午|下午|晚間|晚间|凌晨|清晨"
)
ID_FIELD = re.compile(r'"id":\s*"([^"]+)"')


def _git_show(path: str) -> str:
    return subprocess.run(["git", "show", f"{PINNED}:{path}"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout


def excluded_ids() -> set[str]:
    ids = set()
    for name in ("gold", "gold_heldout"):
        ids.update(row["id"] for row in json.loads((ROOT / "tests" / name / "articles.json").read_text("utf-8")))
    listing = subprocess.run(["git", "ls-tree", "--name-only", PINNED, "tests/cases/"], cwd=ROOT,
                             check=True, capture_output=True, text=True).stdout.split()
    for path in listing:
        if path.endswith((".json", ".jsonl")):
            ids.update(ID_FIELD.findall(_git_show(path)))
    return ids


def _eligible(row: dict, known: set[str]) -> bool:
    text = row.get("text") or ""
    return (row["id"] not in known and MIN_CHARS <= len(text) <= MAX_CHARS
            and len(DATE_CUE.findall(text)) >= MIN_CUES)


def _sample(draws, seed, known) -> list[tuple[str, str]]:
    drawn = []
    for corpus, count in draws:
        with gzip.open(CORPUS / f"{corpus}.jsonl.gz", "rt", encoding="utf-8") as handle:
            ids = sorted(row["id"] for row in map(json.loads, handle) if _eligible(row, known))
        drawn.extend((corpus, i) for i in random.Random(seed).sample(ids, count))
    return drawn


def draw(known: set[str] | None = None) -> list[tuple[str, str]]:
    """The first batch: (corpus, id) pairs in draw order."""
    return _sample(DRAWS, SEED, excluded_ids() if known is None else known)


def draw_b() -> list[tuple[str, str]]:
    """The second batch, drawn after the fixes made on the first: new seed, first batch excluded."""
    known = excluded_ids()
    return _sample(DRAWS_B, SEED_B, known | {i for _, i in draw(known)})


# A third, smaller batch drawn after the fixes made on the second (same rule, new seed, both
# earlier batches excluded): a further first-pass measure.
SEED_C = 2026112633
DRAWS_C = (("tw_politics_zh_hant", 4), ("cctv_xwlb_zh_hans", 2))


def draw_c() -> list[tuple[str, str]]:
    known = excluded_ids()
    first = draw(known)
    second = _sample(DRAWS_B, SEED_B, known | {i for _, i in first})
    return _sample(DRAWS_C, SEED_C, known | {i for _, i in first} | {i for _, i in second})


if __name__ == "__main__":
    for corpus, article_id in draw():
        print(corpus, article_id)
    print("second batch:")
    for corpus, article_id in draw_b():
        print(corpus, article_id)
    print("third batch:")
    for corpus, article_id in draw_c():
        print(corpus, article_id)

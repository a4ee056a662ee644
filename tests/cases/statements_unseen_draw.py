"""Reproducible draw of unseen articles for the statements_unseen fixture (issue 4 part B,
round 3).

Why: statements score 0.95 F1 on the (tuned) dev gold but 0.80 on the blind held-out set,
direct quotes worst (0.77).  Fresh articles rich in quotes and reported speech, which nobody
has tuned on, show where the rules are fitted to dev gold.  The rule is fixed here so anyone
can redraw the same ids:
  - sources: shared corpus tw_politics_zh_hant (4 articles, at least 3 「」 quotes each) and
    cctv_xwlb_zh_hans (4 articles, at least 3 reported-speech cues 表示/指出/强调 each);
  - excluded: every id in tests/gold/articles.json and tests/gold_heldout/articles.json
    (only the `id` field of the held-out file is read) and every id already used by a
    tests/cases/*unseen* fixture at the time of the draw (FIXTURES_AT_DRAW);
  - eligible: 300..1100 characters, so that each article can be annotated by hand;
  - random.Random(SEED).sample over the eligible ids sorted, one generator per source.
Run: .venv/bin/python tests/cases/statements_unseen_draw.py  (prints the drawn ids).
The statements of these ids were annotated by reading, before the pipeline ran on them, in
tests/cases/statements_unseen_build.py -> tests/cases/statements_unseen.json.
"""
import gzip
import json
import random
import re
from pathlib import Path

SEED = 2026112421
MIN_CHARS, MAX_CHARS = 300, 1100
QUOTE = re.compile(r"「[^」]{4,}」")
CUE = re.compile(r"表示|指出|强调")
# (corpus file, how many, the speech marker that must occur at least 3 times)
DRAWS = (("tw_politics_zh_hant.jsonl.gz", 4, QUOTE), ("cctv_xwlb_zh_hans.jsonl.gz", 4, CUE))
ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
CASES = Path(__file__).resolve().parent
ID_FIELD = re.compile(r'"id":\s*"([^"]+)"')
# The tests/cases/*unseen* fixtures that existed when the draw was made (2026-11-24 19:20 UTC).
# Their contents grew afterwards (other helpers annotated more ids), which changes the eligible
# pool, so the ids drawn then are recorded in DRAWN and the fixture is built from those.
FIXTURES_AT_DRAW = ("claims_unseen.json", "dates_unseen.json", "officials_unseen.jsonl",
                    "officials_unseen_round3.jsonl")


DRAWN = ("ct-cc5b887a37fa6e40", "ndc-news_bee3e667beca082454ffb29374f8f637",
         "ndc-news_435e6b132578c585ae7d216be75a773f", "ndc-news_0522fba2b8d4af8c11236ddae6db7d95",
         "xwlb-VIDEfiZ75bJ0c6QDMSPB6mx0160617", "xwlb-VIDEWwsgvITCyecqm5cNdyfV190223",
         "xwlb-VIDExjHdPGVDuJnhcrkzVC3Q160603", "xwlb-VIDE1433072157457993")


def _known_ids():
    ids = set()
    for name in ("gold", "gold_heldout"):
        path = ROOT / "tests" / name / "articles.json"
        ids.update(row["id"] for row in json.loads(path.read_text(encoding="utf-8")))
    for name in FIXTURES_AT_DRAW:
        ids.update(ID_FIELD.findall((CASES / name).read_text(encoding="utf-8")))
    return ids


def _eligible(row, known, marker):
    text = row.get("text") or ""
    return (row["id"] not in known and MIN_CHARS <= len(text) <= MAX_CHARS
            and len(marker.findall(text)) >= 3)


def draw(seed=SEED, draws=DRAWS, exclude=()):
    known = _known_ids() | set(exclude)
    drawn = []
    for source, count, marker in draws:
        with gzip.open(CORPUS / source, "rt", encoding="utf-8") as handle:
            ids = sorted(row["id"] for row in map(json.loads, handle) if _eligible(row, known, marker))
        drawn.extend(random.Random(seed).sample(ids, count))
    return drawn


# Set B, drawn after round 3 had fixed what set A showed, to measure the fixes on text nobody
# tuned on: the same rule, another seed, 3 + 3 articles, set A excluded (tests/cases/
# statements_unseen_b.json, annotated by reading before the pipeline ran on it).
SEED_B = 2026112442
DRAWS_B = (("tw_politics_zh_hant.jsonl.gz", 3, QUOTE), ("cctv_xwlb_zh_hans.jsonl.gz", 3, CUE))


DRAWN_B = ("ndc-news_c91a0d377221fce2366505a8e9533309", "ct-59e3ab1064f10f83",
           "ndc-news_3b9e977e2df4f9a695be87cc72fc2edc", "xwlb-VIDEuixT0CNl6j8Nv54I0e9r221021",
           "xwlb-VIDEE92shNNEZR1p9UhqGiUa180516", "xwlb-VIDE1380540123040231")


def draw_b():
    return draw(SEED_B, DRAWS_B, DRAWN)


# Set C (issue 4 round 4), drawn to measure direct quotes on fresh text: held-out direct F1 is
# 0.77 and set B's recall 0.50.  4 Taiwan articles with at least 3 「」 quotes and 2 CCTV
# articles with at least 3 “” quotes right after a speech cue (CCTV's “” mostly mark names and
# slogans, so a bare “” count drew bulletins with no quoted speech); every tests/cases/*unseen* fixture existing at the draw is excluded, sets A and B too.
SEED_C = 2026112484
CCTV_QUOTE = re.compile(r"(?:说|表示|强调|指出|称|勉励|希望|写道|提出)[，：:]?“[^”]{4,}”")
DRAWS_C = (("tw_politics_zh_hant.jsonl.gz", 4, QUOTE), ("cctv_xwlb_zh_hans.jsonl.gz", 2, CCTV_QUOTE))
FIXTURES_AT_DRAW_C = tuple(sorted(p.name for p in CASES.glob("*unseen*.json*")))


# The ids draw_c gave at the draw (2026-11-24 20:43 UTC); later fixtures change the pool.
DRAWN_C = ("ct-5682d43a4d29c534", "udnp-67755418-7af7-48a3-84a3-acbf9777f0db",
           "ndc-news_8aebea00964bd76d411eb16a462af2ab", "ndc-news_9453f738bbbdb6f0104b4f75227ca279",
           "xwlb-VIDE1413631077226879", "xwlb-VIDEGzIw8SaW3PexmAzp0o8v210712")


def draw_c():
    fixture_ids = set()
    for name in FIXTURES_AT_DRAW_C:
        fixture_ids.update(ID_FIELD.findall((CASES / name).read_text(encoding="utf-8")))
    return draw(SEED_C, DRAWS_C, set(DRAWN) | set(DRAWN_B) | fixture_ids)


# Set D (issue 4 round 5), drawn to measure recall and said_on on ordinary news: blind recall
# is 0.743 and said_on right on 18 of 26 matched statements.  Sets A-C were chosen for quotes,
# so this draw asks only for ordinary reported speech: at least 3 speech cues of any kind
# (either script), 4 Taiwan + 2 CCTV articles; every tests/cases/*unseen* fixture existing at
# the draw is excluded, and sets A, B and C.
SEED_D = 2026112505
SPEECH_CUE = re.compile(r"表示|指出|[強强]調|[說说]|[稱称]")
DRAWS_D = (("tw_politics_zh_hant.jsonl.gz", 4, SPEECH_CUE), ("cctv_xwlb_zh_hans.jsonl.gz", 2, SPEECH_CUE))
FIXTURES_AT_DRAW_D = ("claims_unseen.json", "claims_unseen_round4.json", "dates_unseen.json",
                      "dates_unseen_fresh.json", "english_unseen.json", "english_unseen_round2.json",
                      "officials_unseen.jsonl", "officials_unseen_round3.jsonl",
                      "officials_unseen_round4.jsonl", "officials_unseen_round5.jsonl",
                      "officials_unseen_round6.jsonl", "officials_unseen_round7.jsonl",
                      "statements_unseen.json", "statements_unseen_b.json", "statements_unseen_c.json")


# The ids draw_d gave at the draw (2026-11-24 21:05 UTC); later fixtures change the pool.
DRAWN_D = ("pts-64017e8e03016194", "udnp-a4ed83df-0fe4-441b-8935-90244faf8576",
           "ct-724e7a06fa56bd1a", "udn-c457c87cd656f1d7", "xwlb-VIDEkUzW8nz8AkSmfcI9602v160714",
           "xwlb-VIDExDK5kMk2UMaNMzGjpR6U160526")


def draw_d():
    fixture_ids = set()
    for name in FIXTURES_AT_DRAW_D:
        fixture_ids.update(ID_FIELD.findall((CASES / name).read_text(encoding="utf-8")))
    return draw(SEED_D, DRAWS_D, set(DRAWN) | set(DRAWN_B) | set(DRAWN_C) | fixture_ids)


if __name__ == "__main__":
    import sys

    pick = {"b": draw_b, "c": draw_c, "d": draw_d}.get((sys.argv[1:] or [""])[0], draw)
    print("\n".join(pick()))

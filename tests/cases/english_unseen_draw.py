"""Reproducible draw of unseen English articles for the english_unseen fixture.

Why: English statements and officials had never been measured, and the rules in
pipeline/english.py were written against the articles test_english.py samples (every 33rd
record).  So the check needs text nobody has tuned on.  The rule is fixed here so anyone
can redraw the same ids:
  - source: ../shared/corpus/en_politics_news.jsonl.gz, 4 PolNeAR (US outlets, 2016) and
    2 Focus Taiwan (cnaen-) articles;
  - excluded: every id in tests/gold/articles.json and tests/gold_heldout/articles.json (only
    the `id` field of the held-out file is read), the records test_english.py samples
    (line index % 33 == 0, first 51), and the Breitbart piece named in the task brief;
  - eligible: 1,200..3,500 characters (short enough to annotate by hand), at least 6 quote
    marks (three quoted stretches) and at least 2 speech verbs (said, says, told);
  - random.Random(SEED).sample over the eligible ids sorted, per source.
Round 2 (a fresh check after english_statements.py was written with round 1 in view): the same
rule with seed SEED + 1, 2 PolNeAR and 1 Focus Taiwan article, round 1's ids excluded.
Round 3 (seventh session, after round 2's fixes): seed SEED + 2, 3 PolNeAR and 2 Focus Taiwan
articles, rounds 1 and 2 excluded; annotated before the pipeline ran on them.
Round 4 (the same session, after round 3's fixes): seed SEED + 3, 3 PolNeAR and 1 Focus Taiwan
article, rounds 1-3 excluded; annotated before the pipeline ran on them: the fresh check of round 3's fixes.
Round 5 (after round 4's fixes): seed SEED + 4, 3 PolNeAR and 1 Focus Taiwan article, rounds
1-4 excluded; annotated before the pipeline ran on them.
Round 6 (after round 5's fixes): seed SEED + 5, 3 PolNeAR and 1 Focus Taiwan article, rounds
1-5 excluded; annotated before the pipeline ran on them.
Round 7 (after round 6's fixes and the officials fixes): seed SEED + 6, 3 PolNeAR and 1 Focus
Taiwan article, rounds 1-6 excluded; statements and officials annotated before the pipeline ran.
Run: .venv/bin/python tests/cases/english_unseen_draw.py [2|3|4|5|6|7]  (prints the drawn ids).
The statements and officials of these ids are annotated by reading, BEFORE the pipeline is
run on them, in tests/cases/english_unseen_src.py (built by english_unseen_build.py).
"""
import gzip
import json
import random
import re
import sys
from pathlib import Path

SEED = 20261124
PER_SOURCE = {"polnear-": 4, "cnaen-": 2}
PER_SOURCE_ROUND2 = {"polnear-": 2, "cnaen-": 1}
PER_SOURCE_ROUND3 = {"polnear-": 3, "cnaen-": 2}
PER_SOURCE_ROUND4 = {"polnear-": 3, "cnaen-": 1}
PER_SOURCE_ROUND5 = {"polnear-": 3, "cnaen-": 1}
PER_SOURCE_ROUND6 = {"polnear-": 3, "cnaen-": 1}
PER_SOURCE_ROUND7 = {"polnear-": 3, "cnaen-": 1}
ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "en_politics_news.jsonl.gz"
NAMED_IN_BRIEF = "polnear-breitbart_2016-09-29_politifact-donald-trump-is-right"
QUOTE_MARK = re.compile(r"[“”\"]")
SPEECH_VERB = re.compile(r"\b(?:said|says|told)\b")
SAMPLED_EVERY, SAMPLED_LIMIT = 33, 51  # tests/test_english.py corpus_articles


def _known_ids():
    ids = {NAMED_IN_BRIEF}
    for name in ("gold", "gold_heldout"):
        path = ROOT / "tests" / name / "articles.json"
        ids.update(row["id"] for row in json.loads(path.read_text(encoding="utf-8")))
    return ids


def _records():
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def _eligible(row, known):
    text = row.get("text") or ""
    return (row["id"] not in known and 1200 <= len(text) <= 3500
            and len(QUOTE_MARK.findall(text)) >= 6 and len(SPEECH_VERB.findall(text)) >= 2)


def draw(round_: int = 1):
    records = _records()
    known = _known_ids()
    known.update(r["id"] for i, r in enumerate(records) if i % SAMPLED_EVERY == 0 and i // SAMPLED_EVERY < SAMPLED_LIMIT)
    for earlier in range(1, round_):
        known.update(draw(earlier))
    drawn = []
    per_source = {1: PER_SOURCE, 2: PER_SOURCE_ROUND2, 3: PER_SOURCE_ROUND3, 4: PER_SOURCE_ROUND4,
                  5: PER_SOURCE_ROUND5, 6: PER_SOURCE_ROUND6, 7: PER_SOURCE_ROUND7}[round_]
    for prefix, count in per_source.items():
        ids = sorted(r["id"] for r in records if r["id"].startswith(prefix) and _eligible(r, known))
        drawn.extend(random.Random(SEED + round_ - 1).sample(ids, count))
    return drawn


if __name__ == "__main__":
    print("\n".join(draw(int(sys.argv[1]) if len(sys.argv) > 1 else 1)))

"""Pick the corpus articles of the whole-article gold (tests/gold/), reproducibly.

    python scripts/pick_gold_articles.py [--shared ../shared]

Taiwan (tw_politics_zh_hant): articles of 300–900 characters with at least one 「」 quote,
a digit and a speech cue; one per outlet prefix (ndc-, udnp-, ct-, pts-) and a fifth from
ndc- (the largest part), each drawn with random.Random(SEED) from the sorted candidate ids.
CCTV (cctv_xwlb_zh_hans): 300–800 characters with a digit; five drawn the same way.
Then three extra CCTV items (the first five proved thin in officials and quotes): 300–800
characters with a digit, a speech cue (表示/指出/强调/说) and an office word
(主席/总理/部长/发言人/外长/总统), drawn next from the same generator, so the first ten
picks are unchanged.
The picks are printed as `corpus<TAB>id<TAB>published<TAB>chars`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

SEED = 20260209
CUES = re.compile(r"表示|說|指出|強調|稱")


def read(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def taiwan_candidate(record: dict) -> bool:
    text = record["text"]
    return 300 <= len(text) <= 900 and "「" in text and "」" in text and bool(re.search(r"\d", text)) and bool(CUES.search(text))


def cctv_candidate(record: dict) -> bool:
    text = record["text"]
    return 300 <= len(text) <= 800 and bool(re.search(r"\d", text))


def cctv_official_candidate(record: dict) -> bool:
    text = record["text"]
    return cctv_candidate(record) and bool(re.search(r"表示|指出|强调|说", text)) and \
        bool(re.search(r"主席|总理|部长|发言人|外长|总统", text))


def pick(records: list[dict], keep, count: int, rng: random.Random) -> list[dict]:
    candidates = sorted((r for r in records if keep(r)), key=lambda r: r["id"])
    return rng.sample(candidates, count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = parser.parse_args()
    rng = random.Random(SEED)
    picks: list[tuple[str, dict]] = []
    taiwan = read(args.shared / "corpus" / "tw_politics_zh_hant.jsonl.gz")
    for prefix, count in (("ndc-", 2), ("udnp-", 1), ("ct-", 1), ("pts-", 1)):
        part = [r for r in taiwan if r["id"].startswith(prefix)]
        picks += [("tw_politics_zh_hant", r) for r in pick(part, taiwan_candidate, count, rng)]
    cctv = read(args.shared / "corpus" / "cctv_xwlb_zh_hans.jsonl.gz")
    picks += [("cctv_xwlb_zh_hans", r) for r in pick(cctv, cctv_candidate, 5, rng)]
    chosen = {r["id"] for _, r in picks}
    extra = [r for r in cctv if r["id"] not in chosen]
    picks += [("cctv_xwlb_zh_hans", r) for r in pick(extra, cctv_official_candidate, 3, rng)]
    for corpus, record in picks:
        print(f"{corpus}\t{record['id']}\t{record['published']}\t{len(record['text'])}")


if __name__ == "__main__":
    main()

"""Pick the corpus articles of the blind held-out gold (tests/gold_heldout/), reproducibly.

    python scripts/pick_heldout_articles.py [--shared ../shared]

The dev gold (tests/gold/articles.json) is excluded, by id and by text, so no held-out
article is one the extractors were tuned on.

Taiwan (tw_politics_zh_hant): 300–900 characters with at least one 「」 quote, a digit, a
speech cue (表示/說/指出/強調/稱) and an office word (總統/院長/部長/立委/主席/發言人/
市長/議員/次長/署長/局長); one article per outlet prefix (ndc-, udnp-, ct-, pts-).
CCTV (cctv_xwlb_zh_hans): 300–800 characters with a digit, a speech verb
(表示/指出/强调/说/称) and an office word (主席/总理/部长/发言人/外长/总统/总书记/书记/
省长/市长/委员长); four articles.
Each group is drawn with one random.Random(SEED), in the order above, from the id-sorted
candidates. The picks are printed as `corpus<TAB>id<TAB>published<TAB>chars`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

SEED = 777
ROOT = Path(__file__).resolve().parents[1]
TW_CUES = re.compile(r"表示|說|指出|強調|稱")
TW_OFFICES = re.compile(r"總統|院長|部長|立委|主席|發言人|市長|議員|次長|署長|局長")
CN_CUES = re.compile(r"表示|指出|强调|说|称")
CN_OFFICES = re.compile(r"主席|总理|部长|发言人|外长|总统|总书记|书记|省长|市长|委员长")


def read(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def dev_gold() -> tuple[set[str], set[str]]:
    items = json.loads((ROOT / "tests" / "gold" / "articles.json").read_text(encoding="utf-8"))
    return {item["id"] for item in items}, {item["text"] for item in items if item.get("text")}


def taiwan_candidate(record: dict) -> bool:
    text = record["text"]
    return (300 <= len(text) <= 900 and "「" in text and "」" in text and bool(re.search(r"\d", text))
            and bool(TW_CUES.search(text)) and bool(TW_OFFICES.search(text)))


def cctv_candidate(record: dict) -> bool:
    text = record["text"]
    return (300 <= len(text) <= 800 and bool(re.search(r"\d", text))
            and bool(CN_CUES.search(text)) and bool(CN_OFFICES.search(text)))


def pick(records: list[dict], keep, count: int, rng: random.Random) -> list[dict]:
    candidates = sorted((r for r in records if keep(r)), key=lambda r: r["id"])
    return rng.sample(candidates, count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    dev_ids, dev_texts = dev_gold()

    def fresh(record: dict) -> bool:
        return record["id"] not in dev_ids and record["text"] not in dev_texts

    rng = random.Random(SEED)
    picks: list[tuple[str, dict]] = []
    taiwan = [r for r in read(args.shared / "corpus" / "tw_politics_zh_hant.jsonl.gz") if fresh(r)]
    for prefix in ("ndc-", "udnp-", "ct-", "pts-"):
        part = [r for r in taiwan if r["id"].startswith(prefix)]
        picks += [("tw_politics_zh_hant", r) for r in pick(part, taiwan_candidate, 1, rng)]
    cctv = [r for r in read(args.shared / "corpus" / "cctv_xwlb_zh_hans.jsonl.gz") if fresh(r)]
    picks += [("cctv_xwlb_zh_hans", r) for r in pick(cctv, cctv_candidate, 4, rng)]
    for corpus, record in picks:
        assert record["id"] not in dev_ids
        print(f"{corpus}\t{record['id']}\t{record['published']}\t{len(record['text'])}")


if __name__ == "__main__":
    main()

"""Pick the corpus articles of the blind held-out gold (tests/gold_heldout/), reproducibly.

    python scripts/pick_heldout_articles.py [--shared ../shared]

The dev gold is excluded, by id and by text, so no held-out article is one the extractors
were tuned on. Its ids are frozen below (DEV_IDS, the 15 of 2026-11-24), so that a later dev
gold article does not change this draw; the script also checks that no pick is in the dev gold
of today.

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


DEV_IDS = frozenset({
    "000_9166726dca222a47", "002_f5a54edcd3723d2f",
    "ndc-news_1cd66d5b338e860b68e0ce2b2acf3535", "ndc-news_946b898ef75333ba757774bf11a07a97",
    "udnp-e95c3ad7-8fd1-46f9-989d-f22e5abec7bf", "ct-e73a1dfef8154ae7", "pts-73a6700fafdf6f6c",
    "xwlb-VIDE1387971088374340", "xwlb-VIDEqrS1lfRp7qevmxCeVdkc240520",
    "xwlb-VIDEFzOYjGDOz1gAaV2R3Kal240709", "xwlb-VIDEIQdS6oiY7dVz51cGR1zM250725",
    "xwlb-VIDEBJdN4HocTbPpwfN6KSf1260110", "xwlb-VIDEbRq8YDXfgyzQcvqBrLtf171223",
    "xwlb-VIDExOIxvGEeVCOvKPhLhnZH220128", "xwlb-VIDEz5j5K7GCf5ELdsSNquw7221116",
})


def dev_gold() -> tuple[set[str], set[str]]:
    """The ids and texts of the dev gold as it is now (tests/gold/articles.json)."""
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
    taiwan = read(args.shared / "corpus" / "tw_politics_zh_hant.jsonl.gz")
    cctv = read(args.shared / "corpus" / "cctv_xwlb_zh_hans.jsonl.gz")
    frozen_texts = {r["text"] for r in taiwan + cctv if r["id"] in DEV_IDS}
    taiwan = [r for r in taiwan if r["id"] not in DEV_IDS and r["text"] not in frozen_texts]
    cctv = [r for r in cctv if r["id"] not in DEV_IDS and r["text"] not in frozen_texts]

    rng = random.Random(SEED)
    picks: list[tuple[str, dict]] = []
    for prefix in ("ndc-", "udnp-", "ct-", "pts-"):
        part = [r for r in taiwan if r["id"].startswith(prefix)]
        picks += [("tw_politics_zh_hant", r) for r in pick(part, taiwan_candidate, 1, rng)]
    picks += [("cctv_xwlb_zh_hans", r) for r in pick(cctv, cctv_candidate, 4, rng)]
    for corpus, record in picks:
        assert record["id"] not in dev_ids and record["text"] not in dev_texts, record["id"]
        print(f"{corpus}\t{record['id']}\t{record['published']}\t{len(record['text'])}")


if __name__ == "__main__":
    main()

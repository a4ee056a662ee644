"""Reproducible draw of the fresh, fully annotated numbers gold (issue 5).

Why: earlier claims audits judged rows the pipeline output (precision only); this set is
annotated in full by reading, so it measures recall too.  The rule is fixed here:
  - sources: ../shared/corpus tw_politics_zh_hant (Taiwan, TW_COUNT) and cctv_xwlb_zh_hans
    (CCTV, CN_COUNT): about two thirds Taiwan;
  - excluded: every id in tests/gold/articles.json and tests/gold_heldout/articles.json (only
    the `id` field of the held-out file is read), every "id" in the tests/cases fixtures, and
    the articles of the earlier audit draws (claims rounds 6 and 7, statements audits E and F,
    officials rounds 9 and 10), recomputed from their own draw scripts;
  - eligible: 300..1200 characters, at least MIN_NUMBERS numbers followed by a unit or measure
    word (%, 億, 萬, 元, 人, 件, 噸, 公斤, 個百分點, either script) and a statistics word
    (成長/增長/億元/百分點/%), as in tests/gold/README.md "Number- and date-rich additions";
  - random.Random(seed).sample over the id-sorted eligible ids: Taiwan first, then CCTV, one
    generator used in order.
Batch 1: seed 2026112621.  Batch 2: seed 2026112622, excluding batch 1 as well.
Batch 3: seed 2026112623 (8 Taiwan + 4 CCTV), excluding batches 1 and 2 as well.
Run: .venv/bin/python tests/gold_fresh/numbers/draw.py [2|3]   (prints the drawn ids)
"""
import gzip
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CASES = ROOT / "tests" / "cases"
sys.path.insert(0, str(CASES))
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus"
TW, CN = "tw_politics_zh_hant", "cctv_xwlb_zh_hans"
SEEDS = {1: 2026112621, 2: 2026112622, 3: 2026112623}
COUNTS = {1: (10, 5), 2: (6, 3), 3: (8, 4)}
MIN_NUMBERS = 6
NUMBER_WITH_UNIT = re.compile(
    r"[0-9０-９][0-9０-９,.，]*\s*(?:%|％|億|亿|萬|万|元|人|件|噸|吨|公斤|個百分點|个百分点)"
    r"|[一二兩两三四五六七八九十百千]+(?:%|億|亿|萬|万|元|人|件|噸|吨|公斤|個百分點|个百分点)")
STATISTICS = re.compile(r"成長|增長|增长|億元|亿元|百分點|百分点|%|％")


def excluded_ids(batch=1):
    ids = set()
    for name in ("gold", "gold_heldout"):
        path = ROOT / "tests" / name / "articles.json"
        ids.update(row["id"] for row in json.loads(path.read_text(encoding="utf-8")))
    for path in CASES.glob("*.json*"):
        ids.update(re.findall(r'"id": ?"([^"]+)"', path.read_text(encoding="utf-8")))
    import claims_audit_round6_draw as claims6
    import claims_audit_round7_draw as claims7
    import officials_audit_round9_draw as officials9
    import officials_audit_round10_draw as officials10
    import statements_audit_e_draw as statements_e
    import statements_audit_f_draw as statements_f
    ids.update(claims6.draw_articles())
    ids.update(claims7.draw_articles())
    for module in (officials9, officials10, statements_e, statements_f):
        if hasattr(module, "excluded_ids"):
            ids.update(module.excluded_ids())
        for name in ("draw_records", "draw_articles"):
            if hasattr(module, name):
                ids.update(r["id"] if isinstance(r, dict) else r for r in getattr(module, name)())
                break
    if batch >= 2:
        for earlier in range(1, batch):
            ids.update(draw(earlier, ids))
    return ids


def eligible(row, known):
    text = row.get("text") or ""
    return (row["id"] not in known and 300 <= len(text) <= 1200
            and len(NUMBER_WITH_UNIT.findall(text)) >= MIN_NUMBERS and STATISTICS.search(text) is not None)


def eligible_ids(corpus, known):
    with gzip.open(CORPUS / f"{corpus}.jsonl.gz", "rt", encoding="utf-8") as handle:
        return sorted(row["id"] for row in map(json.loads, handle) if eligible(row, known))


def draw(batch=1, known=None):
    known = excluded_ids(batch) if known is None else known
    rng = random.Random(SEEDS[batch])
    tw_count, cn_count = COUNTS[batch]
    return rng.sample(eligible_ids(TW, known), tw_count) + rng.sample(eligible_ids(CN, known), cn_count)


if __name__ == "__main__":
    batch = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    for article_id in draw(batch):
        print(article_id)

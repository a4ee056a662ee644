"""Build tests/gold_fresh/numbers/articles.json from the annotations in src/.

    .venv/bin/python tests/gold_fresh/numbers/build.py [--shared ../shared]

Each module in src/ holds one article (ARTICLE: corpus + id) and its NUMBERS, written with the
helper N of tests/gold/build_gold.py (surface strings with at= contexts; the builder computes the
offsets and stops on any ambiguity).  The output keeps, per article, id, text, published, source
and only the `numbers` key, so `newsevents eval articles` scores the numbers table alone.
Batch 1 is src/1_*, batch 2 src/2_*; ``--batch N`` writes articles_batchN.json with that batch only.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "tests" / "gold"))

from build_gold import build_single_table  # noqa: E402

KEYS = ("id", "text", "published", "source", "numbers")


def build(shared: Path, batch: int | None = None) -> list[dict]:
    return build_single_table(HERE / "src", f"{batch}_*.py" if batch else "*.py", KEYS, shared)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--batch", type=int, default=None)
    args = parser.parse_args()
    items = build(args.shared, args.batch)
    out = HERE / (f"articles_batch{args.batch}.json" if args.batch else "articles.json")
    out.write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for item in items:
        print(f"{item['id']}: numbers={len(item['numbers'])}")
    print(f"{len(items)} articles, {sum(len(i['numbers']) for i in items)} numbers -> {out.name}")


if __name__ == "__main__":
    main()

"""Build tests/gold_fresh/statements_d/articles.json from the annotations in src/ (statements only).

    .venv/bin/python tests/gold_fresh/statements_d/build.py

Reuses the first batches' builder (tests/gold_fresh/statements/build.py, imported by path), which reuses
tests/gold/build_gold.py: S rows with surface / at= / a=,b= contexts, offsets computed and checked there.
Each article keeps id, source, published, title, text and **only** the `statements` key.  Batch 1 (src/d*.py) is
written to articles.json, batch 2 (src/b2_*.py, the second fresh draw) to articles_b2.json.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "tests" / "gold"))
sys.path.insert(0, str(HERE))

from draw import load_earlier

BATCHES = (("d*.py", "articles.json"), ("b2_*.py", "articles_b2.json"))


def build(pattern: str = "d*.py") -> list[dict]:
    return load_earlier("build").build(pattern, HERE / "src")


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    for pattern, name in BATCHES:
        items = build(pattern)
        (HERE / name).write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        for item in items:
            kinds = [s["kind"] for s in item["statements"]]
            print(f"{item['id']}: statements={len(kinds)} direct={kinds.count('direct')}")
        rows = [s for item in items for s in item["statements"]]
        direct = sum(s["kind"] == "direct" for s in rows)
        print(f"{name}: {len(items)} articles, {len(rows)} statements ({direct} direct)")


if __name__ == "__main__":
    main()

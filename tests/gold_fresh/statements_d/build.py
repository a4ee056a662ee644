"""Build tests/gold_fresh/statements_d/articles.json from the annotations in src/ (statements only).

    .venv/bin/python tests/gold_fresh/statements_d/build.py

Reuses the first batches' builder (tests/gold_fresh/statements/build.py, imported by path), which reuses
tests/gold/build_gold.py: S rows with surface / at= / a=,b= contexts, offsets computed and checked there.
Each article keeps id, source, published, title, text and **only** the `statements` key.
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

from draw import load_earlier  # noqa: E402


def build() -> list[dict]:
    return load_earlier("build").build("d*.py", HERE / "src")


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    items = build()
    (HERE / "articles.json").write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for item in items:
        kinds = [s["kind"] for s in item["statements"]]
        print(f"{item['id']}: statements={len(kinds)} direct={kinds.count('direct')}")
    rows = [s for item in items for s in item["statements"]]
    direct = sum(s["kind"] == "direct" for s in rows)
    print(f"articles.json: {len(items)} articles, {len(rows)} statements ({direct} direct)")


if __name__ == "__main__":
    main()

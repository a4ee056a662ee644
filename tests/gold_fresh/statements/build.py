"""Build tests/gold_fresh/statements/articles.json from the annotations in src/ (statements only).

    .venv/bin/python tests/gold_fresh/statements/build.py

Reuses tests/gold/build_gold.py (S rows with surface / at= / a=,b= contexts; offsets computed and
checked there).  Each article keeps id, text, published, source, title and **only** the
`statements` key, so `newsevents eval articles` scores this table alone.  Batch 1 (src/b1_*.py)
is written to articles.json, batch 2 (src/b2_*.py, the second fresh draw) to articles_b2.json.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "tests" / "gold"))

import build_gold  # noqa: E402


KEEP = ("id", "source", "published", "title", "text", "statements")


def build(pattern: str, src: Path = HERE / "src") -> list[dict]:
    return build_gold.build_single_table(src, pattern, KEEP, ROOT.parent / "shared")


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    for pattern, name in (("b1_*.py", "articles.json"), ("b2_*.py", "articles_b2.json")):
        items = build(pattern)
        if not items:
            continue
        (HERE / name).write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        for item in items:
            kinds = [s["kind"] for s in item["statements"]]
            print(f"{item['id']}: statements={len(kinds)} direct={kinds.count('direct')}")
        print(f"{name}: {len(items)} articles, {sum(len(i['statements']) for i in items)} statements")


if __name__ == "__main__":
    main()

"""Build tests/gold_heldout/articles.json from the annotations in tests/gold_heldout/src/.

    .venv/bin/python tests/gold_heldout/build.py [--shared ../shared]

A thin wrapper around tests/gold/build_gold.py: the same row helpers (O, S, D, N), the same
offset finding (str.find, stopping on any ambiguity) and the same output format; only the
source folder and the output path differ.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "tests" / "gold"))

import build_gold


def main() -> None:
    parser = argparse.ArgumentParser(description="Build tests/gold_heldout/articles.json")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=HERE / "articles.json")
    args = parser.parse_args()
    items = [build_gold.build_one(p, args.shared) for p in sorted((HERE / "src").glob("*.py"))]
    args.out.write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for item in items:
        counts = " ".join(f"{t}={len(item[t])}" for t in ("officials", "statements", "dates", "numbers"))
        print(f"{item['id']}: {counts}")


if __name__ == "__main__":
    main()

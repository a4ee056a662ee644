"""Build tests/gold_fresh/officials/articles.json from the annotations in src/ (officials only).

    .venv/bin/python tests/gold_fresh/officials/build.py [--shared ../shared]

Reuses tests/gold/build_gold.py: each module in src/ names its corpus article and its OFFICIALS
rows by surface string (``at=`` context where the name repeats); build_gold computes and checks the
offsets.  Each article written keeps ``id``, ``text``, ``published``, ``source``, ``title`` and
only the ``officials`` key, so ``newsevents eval articles`` scores that table alone.
src/NN_* are batch 1 (seed 2026112601), src/b2_* batch 2 (2026112602), src/b3_* batch 3 (2026112603), src/b4_* batch 4 (2026112604), src/b5_* batch 5 (2026112605), src/b6_* batch 6 (2026112606), src/b7_* batch 7 (2026112607), src/b8_* batch 8 (2026112608).
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

KEEP = ("id", "source", "published", "title", "text", "officials")


def build(shared: Path, pattern: str) -> list[dict]:
    return build_single_table(HERE / "src", pattern, KEEP, shared)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    for name, pattern in (("articles.json", "[0-9]*.py"), ("articles_b2.json", "b2_*.py"), ("articles_b3.json", "b3_*.py"), ("articles_b4.json", "b4_*.py"), ("articles_b5.json", "b5_*.py"), ("articles_b6.json", "b6_*.py"), ("articles_b7.json", "b7_*.py"), ("articles_b8.json", "b8_*.py")):
        items = build(args.shared, pattern)
        if not items:
            continue
        (HERE / name).write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(items), "articles,", sum(len(i["officials"]) for i in items), "officials")


if __name__ == "__main__":
    main()

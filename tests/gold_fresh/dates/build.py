"""Build the fresh dates gold from the hand-written annotations in src/.

    .venv/bin/python tests/gold_fresh/dates/build.py      # needs ../shared/corpus

src/a*.py -> articles.json (first batch, draw.draw()); src/b*.py -> articles_b.json (second
batch, draw.draw_b()); src/c*.py -> articles_c.json (third batch, draw.draw_c()).  Each module is written like tests/gold/src (ARTICLE + DATES with the
D helper of tests/gold/build_gold.py, surfaces and at= contexts, no offsets by hand); this
builder reuses build_gold.build_one and keeps, per article, only id, text, published, source
and the `dates` key, so `newsevents eval articles` scores the dates table alone.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "tests" / "gold"))
sys.path.insert(0, str(HERE))

from build_gold import build_single_table  # noqa: E402

import draw  # noqa: E402

BATCHES = (("a", "articles.json", draw.draw), ("b", "articles_b.json", draw.draw_b), ("c", "articles_c.json", draw.draw_c))
KEEP = ("id", "text", "published", "source", "dates")


def build(prefix: str, shared: Path) -> list[dict]:
    items = build_single_table(HERE / "src", f"{prefix}*.py", KEEP, shared)
    for item in items:
        spans = [(r["start"], r["end"]) for r in item["dates"]]
        assert len(set(spans)) == len(spans), f"{item['id']}: two rows on one span"
    return items


def main() -> None:
    shared = ROOT.parent / "shared"
    for prefix, name, drawn in BATCHES:
        items = build(prefix, shared)
        if not items:
            continue
        ids = [i for _, i in drawn()]
        assert sorted(item["id"] for item in items) == sorted(ids), f"{name}: src/{prefix}* must be the drawn ids"
        (HERE / name).write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{name}: {len(items)} articles, {sum(len(i['dates']) for i in items)} dates")
        for item in items:
            print(f"  {item['id']} {item['published']}: {len(item['dates'])}")


if __name__ == "__main__":
    main()

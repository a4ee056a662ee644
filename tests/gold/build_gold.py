"""Build tests/gold/articles.json from the hand-written annotations in tests/gold/src/.

    .venv/bin/python tests/gold/build_gold.py [--shared ../shared]

Each module in src/ holds one article: ARTICLE (``file`` for a sample article, or
``corpus`` + ``id`` for an article of the shared corpora, whose text is copied inline) and
the lists OFFICIALS, STATEMENTS, DATES, NUMBERS written with the helpers below.  A row
names its surface string; the builder computes the offsets, so nobody counts characters:

- the surface alone when it occurs once in the text;
- ``at="…"`` a longer context that occurs once and contains the surface (the first
  occurrence of the surface inside it is taken);
- for long statements ``a="…", b="…"``: the span runs from the first ``a`` (after ``at``
  when given) to the end of the first ``b`` after it.

Any ambiguity (a surface occurring twice without ``at``, a context occurring twice) stops
the build with the candidates, and every span is checked ``text[start:end] == surface``.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate.articles import read_article_file  # noqa: E402


def O(name, title, organization=None, country=None, at=None, status="current"):  # noqa: N802
    return {"_table": "officials", "_surface": name, "_at": at,
            "name": name, "title": title, "organization": organization, "country": country, "status": status}


def S(kind, speaker, cue, text=None, a=None, b=None, at=None, said_on=None):  # noqa: N802
    return {"_table": "statements", "_surface": text, "_a": a, "_b": b, "_at": at,
            "kind": kind, "speaker": speaker, "cue": cue, "said_on": said_on}


def D(text, type, value, mod=None, at=None):  # noqa: N802, A002
    return {"_table": "dates", "_surface": text, "_at": at, "type": type, "value": value, "mod": mod}


def N(text, value, unit=None, quantity=None, qualifier="=", holder=None, at=None, low=None, high=None):  # noqa: N802
    return {"_table": "numbers", "_surface": text, "_at": at, "value": value, "value_low": low, "value_high": high,
            "unit": unit, "quantity": quantity, "qualifier": qualifier, "holder": holder}


def unique(text: str, needle: str, what: str, begin: int = 0, end: int | None = None) -> int:
    end = len(text) if end is None else end
    first = text.find(needle, begin, end)
    if first < 0:
        raise ValueError(f"{what}: {needle!r} not found")
    second = text.find(needle, first + 1, end)
    if second >= 0 and begin == 0 and end == len(text):
        raise ValueError(f"{what}: {needle!r} occurs more than once (at {first} and {second}); give at=")
    return first


def locate(text: str, row: dict, what: str) -> tuple[int, int]:
    base, limit = 0, len(text)
    if row.get("_at"):
        base = unique(text, row["_at"], what)
        limit = base + len(row["_at"])
    if row.get("_surface") is not None:
        surface = row["_surface"]
        if row.get("_at"):
            start = text.find(surface, base, limit)
            if start < 0:
                raise ValueError(f"{what}: {surface!r} not inside at={row['_at']!r}")
        else:
            start = unique(text, surface, what)
        return start, start + len(surface)
    if row.get("_a") is None or row.get("_b") is None:
        raise ValueError(f"{what}: give text= or a= and b=")
    start = text.find(row["_a"], base) if row.get("_at") else unique(text, row["_a"], what)
    if start < 0:
        raise ValueError(f"{what}: a={row['_a']!r} not found")
    stop = text.find(row["_b"], start)
    if stop < 0:
        raise ValueError(f"{what}: b={row['_b']!r} not after a")
    return start, stop + len(row["_b"])


def finish(text: str, row: dict, what: str) -> dict:
    start, end = locate(text, row, what)
    out = {k: v for k, v in row.items() if not k.startswith("_")}
    if row["_table"] == "officials":
        assert text[start:end] == out["name"]
    else:
        out = {"text": text[start:end], **out}
    out["start"], out["end"] = start, end
    if row["_table"] == "numbers" and out["value_low"] is None:
        del out["value_low"], out["value_high"]
    return out


def load_corpus_record(shared: Path, corpus: str, article_id: str) -> dict:
    with gzip.open(shared / "corpus" / f"{corpus}.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            if f'"{article_id}"' in line:
                record = json.loads(line)
                if record["id"] == article_id:
                    return record
    raise KeyError(article_id)


def build_one(path: Path, shared: Path) -> dict:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    header = dict(module.ARTICLE)
    if "file" in header:
        published, text = read_article_file(ROOT / header["file"])
        item = {"id": header["id"], "file": header["file"], "published": published}
    else:
        record = load_corpus_record(shared, header["corpus"], header["id"])
        text = record["text"]
        item = {"id": record["id"], "source": f"{header['corpus']}:{record.get('source')}",
                "published": record["published"], "title": record.get("title"), "text": text}
    tables = {"officials": [], "statements": [], "dates": [], "numbers": []}
    for name in ("OFFICIALS", "STATEMENTS", "DATES", "NUMBERS"):
        for index, row in enumerate(getattr(module, name, [])):
            what = f"{path.name} {name}[{index}]"
            tables[row["_table"]].append(finish(text, row, what))
    for rows in tables.values():
        rows.sort(key=lambda r: (r["start"], r["end"]))
    item.update(tables)
    return item


def build_single_table(src: Path, pattern: str, keep: tuple[str, ...], shared: Path) -> list[dict]:
    """A single-table fresh gold set (tests/gold_fresh/<table>/): the modules of `src` matching
    `pattern`, in name order, each article keeping only the `keep` keys (its one table among them),
    so the scorer leaves the other tables unscored."""
    return [{key: item[key] for key in keep} for item in (build_one(p, shared) for p in sorted(src.glob(pattern)))]


def main() -> None:
    parser = argparse.ArgumentParser(description="Build tests/gold/articles.json")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=HERE / "articles.json")
    args = parser.parse_args()
    items = [build_one(p, args.shared) for p in sorted((HERE / "src").glob("*.py"))]
    args.out.write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for item in items:
        counts = " ".join(f"{t}={len(item[t])}" for t in ("officials", "statements", "dates", "numbers"))
        print(f"{item['id']}: {counts}")


if __name__ == "__main__":
    main()

"""Whole-article scorer: gold officials, statements, dates and numbers against the rows
`newsevents annotate` gives for the same text.

Gold format (SPEC "Evaluation formats"): a JSON list of
``{"text" or "file", "published", "officials", "statements", "dates", "numbers"}``; see
tests/gold/README.md for the columns and the annotation guidelines.  `gold_path` may also
be a folder, in which case every ``*.json`` in it (sorted) is read and the lists are joined.

A predicted row matches a gold row when their spans overlap and the key field agrees:

- officials: name and title equal (``officials.name_only``: name alone); the predicted span
  is the name (``name_start``/``name_end``) when given, else the whole frame;
- statements: speaker equal, leniently (equal, one contains the other, the same alias);
  ``statements.direct`` / ``statements.indirect`` score each kind alone;
- dates: TIMEX value equal;
- numbers: value equal within 1e-4 relative (a gold range matches its low/high or any
  value inside it); ``numbers.value_holder`` also requires the holder (the SPEC names
  holder among the key fields).

A gold article without a table's key (a set annotated for one table only) leaves that table
unscored for that article; an empty list means "annotated: nothing there".

Matching is one-to-one (maximum bipartite matching, larger overlaps tried first).
Attribute accuracy is reported on the matched pairs only.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Callable, Iterable, Mapping, Optional

AnnotateFn = Callable[[str, Optional[str]], dict]

REPO_ROOT = Path(__file__).resolve().parents[2]

# The tables of the report, in print order: (report key, gold key, predicted table).
TABLES = [
    ("officials", "officials", "officials"),
    ("officials.name_only", "officials", "officials"),
    ("statements", "statements", "statements"),
    ("statements.direct", "statements", "statements"),
    ("statements.indirect", "statements", "statements"),
    ("dates", "dates", "time_expressions"),
    ("numbers", "numbers", "numeric_claims"),
    ("numbers.value_holder", "numbers", "numeric_claims"),
]

# Attributes compared on matched pairs, per report key.
ATTRIBUTES = {
    "officials": ["country", "organization"],
    "statements": ["kind", "said_on", "cue"],
    "dates": ["type", "mod"],
    "numbers": ["qualifier", "unit", "holder", "quantity", "quantity_overlap"],
}
# Attributes scored from another field of the row: quantity_overlap reads quantity.
DERIVED_ATTRIBUTES = {"quantity_overlap": "quantity"}

# A few names the same article may write two ways, or that a linker may return in its
# canonical form; callers pass more with `aliases`.
DEFAULT_ALIASES: dict[str, list[str]] = {
    "川普": ["特朗普", "Trump", "Donald Trump", "唐納·川普", "唐纳·川普"],
    "普亭": ["普京", "Putin", "Vladimir Putin", "蒲亭"],
    "習近平": ["习近平", "Xi Jinping"],
    "賀錦麗": ["哈里斯", "Kamala Harris", "Harris"],
    "拜登": ["Biden", "Joe Biden"],
    "賴清德": ["赖清德", "Lai Ching-te"],
    "中國": ["大陸", "中国", "大陆", "中方", "China"],
    "美國": ["美国", "美方", "United States", "US", "U.S."],
    "俄羅斯": ["俄罗斯", "俄方", "俄國", "俄", "Russia"],
    "烏克蘭": ["乌克兰", "乌", "烏", "乌方", "烏方", "Ukraine"],
}

_HEADER = re.compile(r"^\s*date\s+(\S+)[ \t]*\n?", re.IGNORECASE)
_NAME_NOISE = re.compile(r"[\s·•・\.\-‧]")


# -- loading -------------------------------------------------------------------------------
def load_gold(gold_path: str | Path) -> list[dict]:
    """The gold items with `text` and `published` resolved (a `file` item is read here)."""
    path = Path(gold_path)
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    items: list[dict] = []
    for file in files:
        data = json.loads(file.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            data = [data]
        for index, item in enumerate(data):
            items.append(resolve_item(item, file.parent, f"{file.name}[{index}]"))
    return items


def resolve_item(item: dict, folder: Path, where: str) -> dict:
    item = dict(item)
    if "text" not in item:
        if "file" not in item:
            raise ValueError(f"{where}: a gold item needs 'text' or 'file'")
        published, text = read_article_file(find_file(item["file"], folder))
        item["text"] = text
        item.setdefault("published", published)
    item.setdefault("id", item.get("file") or where)
    item.setdefault("published", None)
    return item


def find_file(name: str, folder: Path) -> Path:
    """A gold `file` resolved against the gold file's folder, then the repo root, then cwd."""
    for base in (folder, REPO_ROOT, Path.cwd()):
        candidate = base / name
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"gold file {name!r} not found beside the gold file or in {REPO_ROOT}")


def read_article_file(path: Path) -> tuple[Optional[str], str]:
    """A `.txt` article as ingest stores it: the `date YYYY-MM-DD` header split off and the
    body stripped, so gold offsets and stored offsets agree."""
    raw = path.read_bytes().decode("utf-8-sig").lstrip("\ufeff")
    match = _HEADER.match(raw)
    published = match.group(1) if match else None
    body = raw[match.end():] if match else raw
    return published, body.lstrip("\ufeff").strip()


# -- comparison helpers --------------------------------------------------------------------
class NameMatcher:
    """Lenient name equality: equal, one contains the other, or the same alias group.

    Names are compared without spaces and dots and, when OpenCC is installed, in
    Simplified script too (習近平 = 习近平)."""

    def __init__(self, aliases: Mapping[str, object] | None = None):
        self.group: dict[str, str] = {}
        for table in (DEFAULT_ALIASES, aliases or {}):
            for canonical, names in table.items():
                if isinstance(names, str):
                    names = [names]
                root = self.group.get(self.key(canonical), self.key(canonical))
                for name in [canonical, *names]:
                    self.group[self.key(name)] = root
        try:
            import opencc

            self._t2s = opencc.OpenCC("t2s")
        except Exception:  # noqa: BLE001 - optional; plain comparison still works
            self._t2s = None

    @staticmethod
    def key(name: str) -> str:
        return _NAME_NOISE.sub("", name).lower()

    def norm(self, name: str) -> str:
        key = self.key(name)
        return self._t2s.convert(key) if self._t2s else key

    def same(self, a: object, b: object) -> bool:
        if a is None or b is None or a == "" or b == "":
            return (a in (None, "")) and (b in (None, ""))
        for x in str(a).split("/"):
            for y in str(b).split("/"):
                if self._same_one(x, y):
                    return True
        return False

    def _same_one(self, a: str, b: str) -> bool:
        ka, kb = self.key(a), self.key(b)
        if not ka or not kb:
            return False
        if ka == kb:
            return True
        na, nb = self.norm(a), self.norm(b)
        if na == nb:
            return True
        short, long_ = sorted((na, nb), key=len)
        if len(short) >= 2 and short in long_:
            return True
        ga = self.group.get(ka) or self.group.get(na)
        gb = self.group.get(kb) or self.group.get(nb)
        return ga is not None and ga == gb


def same_number(gold: dict, pred: dict) -> bool:
    """Value within 1e-4 relative; a gold range (value_low/value_high) matches its ends or
    any value inside it, and a predicted range matches when its ends agree."""
    value = to_float(pred.get("value"))
    gold_value = to_float(gold.get("value"))
    low, high = to_float(gold.get("value_low")), to_float(gold.get("value_high"))
    if value is not None and gold_value is not None and close(value, gold_value):
        return True
    if low is not None and high is not None:
        p_low, p_high = to_float(pred.get("value_low")), to_float(pred.get("value_high"))
        if p_low is not None and p_high is not None and close(p_low, low) and close(p_high, high):
            return True
        if value is not None and (close(value, low) or close(value, high) or low <= value <= high):
            return True
    return False


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-4, abs_tol=1e-9)


def to_float(value: object) -> Optional[float]:
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def norm_text(value: object) -> Optional[str]:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


# -- spans and keys per table --------------------------------------------------------------
def pred_span(table: str, row: dict) -> tuple[int, int]:
    if table == "officials" and row.get("name_start") is not None and row.get("name_end") is not None:
        return int(row["name_start"]), int(row["name_end"])
    return int(row["start"]), int(row["end"])


def key_matches(report_key: str, gold: dict, pred: dict, names: NameMatcher) -> bool:
    if report_key == "officials":
        return names.key(gold["name"]) == names.key(pred.get("name") or "") and \
            norm_text(gold.get("title")) == norm_text(pred.get("title"))
    if report_key == "officials.name_only":
        return names.same(gold["name"], pred.get("name"))
    if report_key.startswith("statements"):
        return names.same(gold.get("speaker"), pred.get("speaker")) if gold.get("speaker") else not pred.get("speaker")
    if report_key == "dates":
        return norm_text(gold.get("value")) == norm_text(pred.get("value"))
    if report_key == "numbers":
        return same_number(gold, pred)
    if report_key == "numbers.value_holder":  # the SPEC's stricter reading: value and holder
        return same_number(gold, pred) and names.same(gold.get("holder"), pred.get("holder"))
    raise KeyError(report_key)


def attribute_correct(attribute: str, gold: dict, pred: dict, names: NameMatcher) -> bool:
    if attribute == "quantity_overlap":
        # What is counted, leniently: one contains the other (游客 / 接待游客), as a user reading
        # the row would accept; `quantity` stays the exact comparison.
        g, p = norm_text(gold.get("quantity")), norm_text(pred.get("quantity"))
        return g == p or bool(g and p and (g in p or p in g))
    g, p = gold.get(attribute), pred.get(attribute)
    if attribute in ("organization", "holder"):
        return names.same(g, p)
    if attribute == "country":
        return (norm_text(g) or "").upper() == (norm_text(p) or "").upper()
    return norm_text(g) == norm_text(p)


def restrict(report_key: str, rows: list[dict]) -> list[dict]:
    """`statements.direct` scores direct statements only (gold and predicted alike)."""
    if report_key in ("statements.direct", "statements.indirect"):
        kind = report_key.split(".")[1]
        return [r for r in rows if r.get("kind") == kind]
    return rows


# -- matching ------------------------------------------------------------------------------
def match(gold: list[dict], pred: list[dict], table: str, report_key: str,
          names: NameMatcher) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index): maximum bipartite matching over the
    pairs that overlap and agree on the key; each gold row tries the same kind first, then
    larger overlaps, then closer boundaries."""
    candidates: dict[int, list[int]] = {}
    for gi, g in enumerate(gold):
        g_span = (int(g["start"]), int(g["end"]))
        scored = []
        for pi, p in enumerate(pred):
            p_span = pred_span(table, p)
            size = overlap(g_span, p_span)
            if size > 0 and key_matches(report_key, g, p, names):
                # Preference: same kind (a quote inside a reported clause), more overlap,
                # closer boundaries.
                other_kind = g.get("kind") is not None and g.get("kind") != p.get("kind")
                distance = abs(g_span[0] - p_span[0]) + abs(g_span[1] - p_span[1])
                scored.append((other_kind, -size, distance, pi))
        candidates[gi] = [pi for *_, pi in sorted(scored)]
    owner: dict[int, int] = {}

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in candidates[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in range(len(gold)):
        augment(gi, set())
    return sorted((gi, pi) for pi, gi in owner.items())


def prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    if tp + fp + fn == 0:  # nothing to find and nothing found: perfect
        precision = recall = f1 = 1.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


# -- the scorer ----------------------------------------------------------------------------
def evaluate_articles(gold_path: str | Path, annotate_fn: AnnotateFn,
                      aliases: Mapping[str, object] | None = None) -> dict:
    """Scores `annotate_fn(text, published) -> {table: rows}` against the gold articles.

    Returns ``{report key: {tp, fp, fn, precision, recall, f1, attributes}}`` for the keys
    of TABLES, plus ``articles`` (the count), ``per_article`` (counts per article and table)
    and ``errors`` (articles whose annotation raised; they count as predicting nothing)."""
    names = NameMatcher(aliases)
    items = load_gold(gold_path)
    totals = {key: {"tp": 0, "fp": 0, "fn": 0} for key, _, _ in TABLES}
    attrs = {key: {a: [0, 0] for a in attributes} for key, attributes in ATTRIBUTES.items()}
    misses: dict[str, list[dict]] = {key: [] for key, _, _ in TABLES}
    spurious: dict[str, list[dict]] = {key: [] for key, _, _ in TABLES}
    per_article, errors = [], []
    scored_articles = {key: 0 for key, _, _ in TABLES}
    for item in items:
        text = item["text"]
        try:
            predicted = annotate_fn(text, item.get("published")) or {}
        except Exception as error:  # noqa: BLE001 - one bad article must not lose the run
            errors.append({"id": item["id"], "error": f"{type(error).__name__}: {error}"})
            predicted = {}
        shift = leading_strip(text)
        row_counts = {"id": item["id"]}
        for key, gold_key, pred_table in TABLES:
            if gold_key not in item:  # a single-table gold set: the other tables are not annotated
                continue
            scored_articles[key] += 1
            gold_rows = restrict(key, list(item.get(gold_key) or []))
            pred_rows = restrict(key, [shifted(r, shift) for r in predicted.get(pred_table) or []])
            pairs = match(gold_rows, pred_rows, pred_table, key, names)
            tp = len(pairs)
            counts = {"tp": tp, "fp": len(pred_rows) - tp, "fn": len(gold_rows) - tp}
            for name, n in counts.items():
                totals[key][name] += n
            row_counts[key] = counts
            matched_gold = {gi for gi, _ in pairs}
            for gi, g in enumerate(gold_rows):
                if gi not in matched_gold:
                    misses[key].append({"id": item["id"], **surface(text, g)})
            matched_pred = {pi for _, pi in pairs}
            spurious[key] += [{"id": item["id"], **surface(text, p)} for pi, p in enumerate(pred_rows) if pi not in matched_pred]
            for attribute in ATTRIBUTES.get(key, []):
                for gi, pi in pairs:
                    if DERIVED_ATTRIBUTES.get(attribute, attribute) not in gold_rows[gi]:
                        continue
                    attrs[key][attribute][1] += 1
                    attrs[key][attribute][0] += attribute_correct(attribute, gold_rows[gi], pred_rows[pi], names)
        per_article.append(row_counts)
    report: dict = {"articles": len(items)}
    for key, _, _ in TABLES:
        report[key] = prf(**totals[key])
        report[key]["articles"] = scored_articles[key]
        if key in attrs:
            report[key]["attributes"] = {
                a: {"correct": c, "total": t, "accuracy": c / t if t else None} for a, (c, t) in attrs[key].items()
            }
        report[key]["missed"] = misses[key]
        report[key]["spurious"] = spurious[key]
    report["per_article"] = per_article
    report["errors"] = errors
    return report


def leading_strip(text: str) -> int:
    """How many leading characters ingest strips (BOM, white space) before annotating: the
    predicted offsets are shifted back by this much onto the gold text."""
    stripped = text.lstrip("\ufeff").strip()
    return text.find(stripped) if stripped else 0


def shifted(row: dict, shift: int) -> dict:
    if not shift:
        return row
    out = dict(row)
    for field in ("start", "end", "name_start", "name_end"):
        if out.get(field) is not None:
            out[field] = int(out[field]) + shift
    return out


def surface(text: str, row: dict) -> dict:
    fields = {k: row.get(k) for k in ("speaker", "name", "title", "value", "kind") if row.get(k) is not None}
    return {"start": row["start"], "end": row["end"], "text": text[row["start"]:row["end"]][:40], **fields}


# -- printing ------------------------------------------------------------------------------
def format_report(report: dict, show_missed: int = 5) -> str:
    """A readable table: P/R/F1 per table, then attribute accuracy on matched rows, then a
    few missed gold rows and spurious predicted rows per table.  Accepts a report restricted to some keys."""
    lines = []
    if "articles" in report:
        lines.append(f"articles: {report['articles']}")
    header = f"{'table':<22}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}{'F1':>8}"
    lines += [header, "-" * len(header)]
    known = [k for k, _, _ in TABLES]
    keys = [k for k in known if k in report and report[k].get("articles") != 0] + [
        k for k, v in report.items() if isinstance(v, dict) and "tp" in v and k not in known
    ]
    for key in keys:
        s = report[key]
        lines.append(f"{key:<22}{s['tp'] + s['fn']:>6}{s['tp'] + s['fp']:>6}{s['tp']:>6}"
                     f"{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}")
    attribute_lines = []
    for key in keys:
        for attribute, a in (report[key].get("attributes") or {}).items():
            accuracy = "n/a" if a["accuracy"] is None else f"{a['accuracy']:.3f}"
            attribute_lines.append(f"  {key + '.' + attribute:<30}{a['correct']:>5}/{a['total']:<5}{accuracy:>8}")
    if attribute_lines:
        lines += ["", "attribute accuracy on matched rows:", *attribute_lines]
    if show_missed:
        for field, heading in (("missed", "missed gold rows"), ("spurious", "spurious predicted rows")):
            row_lines = [row_line(key, row) for key in keys for row in (report[key].get(field) or [])[:show_missed]]
            if row_lines:
                lines += ["", f"{heading} (first {show_missed} per table):", *row_lines]
    for error in report.get("errors") or []:
        lines.append(f"error: {error['id']}: {error['error']}")
    return "\n".join(lines)


def row_line(key: str, row: dict) -> str:
    extra = ", ".join(f"{k}={row[k]}" for k in ("speaker", "name", "title", "value") if k in row)
    return f"  {key:<20} {row['id']} [{row['start']}:{row['end']}] {row['text']!r} {extra}"


def iter_gold_spans(item: dict) -> Iterable[tuple[str, dict, str]]:
    """(table, row, surface field) for every span of a gold item: the checks in
    tests/test_gold.py and the builder use it."""
    for table, field in (("officials", "name"), ("statements", "text"), ("dates", "text"), ("numbers", "text")):
        for row in item.get(table) or []:
            yield table, row, field

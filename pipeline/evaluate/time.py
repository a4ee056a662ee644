"""Scorer for `newsevents eval time FILE`: one time expression per line.

Format (SPEC "Evaluation formats"): JSON Lines
``{"text": "去年8月", "time_base": "2026-02-09" | null, "expected": {"type", "value", "range_start", "range_end"}}``
(``mod`` in ``expected`` is scored too when present).  Each line's text goes through
`pipeline.timex.resolve`; the report gives exact-match accuracy of value, of range
(both ends equal) and of type, and lists the first misses.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.timex import resolve

MAX_MISSES = 20


def score_case(case: dict) -> dict:
    """One case → which fields matched, and what we predicted."""
    expected = case.get("expected") or {}
    predicted = resolve(case["text"], case.get("time_base") or None) or {}
    value_ok = predicted.get("value") == expected.get("value")
    range_ok = (predicted.get("range_start") == expected.get("range_start")
                and predicted.get("range_end") == expected.get("range_end"))
    type_ok = predicted.get("type") == expected.get("type")
    mod_ok = None if "mod" not in expected else predicted.get("mod") == expected.get("mod")
    return {"value": value_ok, "range": range_ok, "type": type_ok, "mod": mod_ok, "predicted": predicted}


def evaluate_time(path: str | Path) -> dict:
    """Exact-match accuracy of value and of range over a JSONL file of time expressions."""
    counts = {"value": 0, "range": 0, "type": 0, "mod": 0, "mod_total": 0, "both": 0}
    total = 0
    misses: list[dict] = []
    for line in Path(path).read_text("utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        total += 1
        result = score_case(case)
        for key in ("value", "range", "type"):
            counts[key] += bool(result[key])
        counts["both"] += bool(result["value"] and result["range"])
        if result["mod"] is not None:
            counts["mod_total"] += 1
            counts["mod"] += bool(result["mod"])
        if not (result["value"] and result["range"]) and len(misses) < MAX_MISSES:
            misses.append({"text": case["text"], "time_base": case.get("time_base"),
                           "expected": case.get("expected"), "predicted": result["predicted"]})
    def share(n: int, d: int) -> float:
        return round(n / d, 4) if d else 0.0
    return {
        "cases": total,
        "value_accuracy": share(counts["value"], total),
        "range_accuracy": share(counts["range"], total),
        "value_and_range_accuracy": share(counts["both"], total),
        "type_accuracy": share(counts["type"], total),
        "mod_accuracy": share(counts["mod"], counts["mod_total"]),
        "misses": misses,
    }


def format_report(report: dict) -> str:
    lines = [
        f"time expressions: {report['cases']} cases",
        f"  value accuracy          {report['value_accuracy']:.4f}",
        f"  range accuracy          {report['range_accuracy']:.4f}",
        f"  value and range         {report['value_and_range_accuracy']:.4f}",
        f"  type accuracy           {report['type_accuracy']:.4f}",
        f"  mod accuracy            {report['mod_accuracy']:.4f}",
    ]
    if report["misses"]:
        lines.append(f"  first misses ({len(report['misses'])}):")
        for miss in report["misses"]:
            predicted = miss["predicted"] or {}
            expected = miss["expected"] or {}
            lines.append(
                f"    {miss['text']} @ {miss['time_base']}: expected {expected.get('value')} "
                f"[{expected.get('range_start')}…{expected.get('range_end')}], got {predicted.get('value')} "
                f"[{predicted.get('range_start')}…{predicted.get('range_end')}]"
            )
    return "\n".join(lines)

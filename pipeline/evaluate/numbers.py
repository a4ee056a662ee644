"""Scorer for `newsevents eval numbers FILE`: one number per line.

Format (SPEC "Evaluation formats"): JSON Lines ``{"text": "1,550枚", "value": 1550}``.
Each text goes through `pipeline.numbers.parse_number`; a value is right when it is equal
within 1e-4 relative (三分之一 → 0.3333 matches 1/3), or both are null.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from pipeline.numbers import parse_number

MAX_MISSES = 20


def same_value(expected: object, predicted: float | None) -> bool:
    if expected is None or predicted is None:
        return expected is None and predicted is None
    return math.isclose(float(expected), predicted, rel_tol=1e-4, abs_tol=1e-4)


def evaluate_numbers(path: str | Path) -> dict:
    """Accuracy of `parse_number` over a JSONL file of {"text", "value"}."""
    total = correct = 0
    misses: list[dict] = []
    for line in Path(path).read_text("utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        total += 1
        predicted = parse_number(case["text"])
        if same_value(case.get("value"), predicted):
            correct += 1
        elif len(misses) < MAX_MISSES:
            misses.append({"text": case["text"], "expected": case.get("value"), "predicted": predicted})
    return {"cases": total, "accuracy": round(correct / total, 4) if total else 0.0, "misses": misses}


def format_report(report: dict) -> str:
    lines = [f"numbers: {report['cases']} cases", f"  accuracy  {report['accuracy']:.4f}"]
    if report["misses"]:
        lines.append(f"  first misses ({len(report['misses'])}):")
        lines += [f"    {m['text']}: expected {m['expected']}, got {m['predicted']}" for m in report["misses"]]
    return "\n".join(lines)

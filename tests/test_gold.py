"""The hand-annotated whole-article gold (tests/gold/articles.json) is well formed: every
span equals its surface in the article text, the required keys are there, dates and ISO
codes are valid."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from pipeline.evaluate.articles import iter_gold_spans, load_gold

GOLD = Path(__file__).resolve().parent / "gold" / "articles.json"
ITEMS = load_gold(GOLD)
IDS = [item["id"] for item in ITEMS]

REQUIRED = {
    "officials": {"name", "title", "organization", "country", "start", "end"},
    "statements": {"kind", "speaker", "cue", "text", "start", "end", "said_on"},
    "dates": {"text", "start", "end", "type", "value", "mod"},
    "numbers": {"text", "start", "end", "value", "unit", "quantity", "qualifier", "holder"},
}
# TIMEX3 values we use: dates at any granularity, century (20), durations (P10Y, PXY),
# parts of a year (2025-H1), times of day (2024-11-06TMO) and the reference words; a span of
# two dates (1至7月 → 2020-01/2020-07, as pipeline.timex writes ranges); a SET with a time.
_DATE_VALUE = r"\d{2}|\d{4}(-\d{2}(-\d{2}(T(MO|AF|EV|NI|\d{2}:\d{2}))?)?)?|\d{4}-(W\d{2}|H[12]|Q[1-4])"
TIMEX_VALUE = re.compile(
    rf"^({_DATE_VALUE}|({_DATE_VALUE})/({_DATE_VALUE})"
    r"|P(\d+|X)[YMWDH]|XXXX-[\dX]{2}-[\dX]{2}(T\d{2}:\d{2})?|PAST_REF|PRESENT_REF|FUTURE_REF)$"
)
MODS = {None, "MID", "START", "END", "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE",
        "BEFORE", "AFTER"}
ISO_COUNTRIES = {"US", "CN", "TW", "RU", "KR", "KP", "JP", "UA", "GB", "FR", "DE", "IN", "IL", "PS", "IR", "VN",
                 "PH", "AU", "CA", "MX", "HK", "MO", "SG", "MY", "TH", "ID", "PK", "SA", "TR", "BR", "ZA", "EG",
                 "CU", "VE", "NZ", "IT", "ES", "PL", "NL", "BE", "CH", "SE", "NO", "FI", "DK", "LA", "KH",
                 "MM", "NP", "LB", "JO", "SS", "BD", "LK", "KZ", "UZ", "BY", "SY", "IQ", "AF", "NG", "KE", "ET", "AR", "CL"}


def test_at_least_twelve_articles():
    assert len(ITEMS) >= 12
    assert len(set(IDS)) == len(IDS)


@pytest.mark.parametrize("item", ITEMS, ids=IDS)
def test_article_header(item):
    assert isinstance(item["text"], str) and item["text"] == item["text"].strip()
    dt.date.fromisoformat(item["published"])
    if "file" not in item:
        assert item.get("source") and item.get("id")
    for table in REQUIRED:
        assert isinstance(item.get(table), list), table


@pytest.mark.parametrize("item", ITEMS, ids=IDS)
def test_every_span_equals_its_surface(item):
    bad = span_mismatches(item)
    assert not bad, "\n".join(bad)


def span_mismatches(item: dict) -> list[str]:
    """One line per row whose [start:end] is out of range or differs from its surface field."""
    text = item["text"]
    bad = []
    for table, row, field in iter_gold_spans(item):
        start, end = row["start"], row["end"]
        if not (0 <= start < end <= len(text)) or text[start:end] != row[field]:
            bad.append(f"{table} [{start}:{end}] {text[start:end]!r} != {row[field]!r}")
    return bad


def check_required_keys_and_values(item, countries=ISO_COUNTRIES):
    """The checks every gold file gets (the blind held-out set reuses them)."""
    for table, keys in REQUIRED.items():
        for row in item[table]:
            missing = keys - row.keys()
            assert not missing, f"{table} row {row} lacks {missing}"
    for row in item["officials"]:
        assert row["name"] and row["title"]
        assert row["country"] is None or row["country"] in countries, row
    for row in item["statements"]:
        assert row["kind"] in ("direct", "indirect")
        assert row["said_on"] is None or TIMEX_VALUE.match(row["said_on"]), row
        if row["kind"] == "direct":  # the text of a quote is without its marks
            assert row["text"][:1] not in "「『“\"" and row["text"][-1:] not in "」』”\"", row
    for row in item["dates"]:
        assert row["type"] in ("DATE", "TIME", "DURATION", "SET")
        assert TIMEX_VALUE.match(row["value"]), row
        assert row["mod"] in MODS, row
        if row["type"] == "DURATION":
            assert row["value"].startswith("P"), row
    for row in item["numbers"]:
        assert row["qualifier"] in ("=", ">", ">=", "<", "<=", "~")
        if row["value"] is None:
            assert row["value_low"] is not None and row["value_high"] is not None, row
            assert row["value_low"] < row["value_high"]
        else:
            assert isinstance(row["value"], (int, float))


@pytest.mark.parametrize("item", ITEMS, ids=IDS)
def test_required_keys_and_values(item):
    check_required_keys_and_values(item)


def check_calendar_values(items):
    for item in items:
        for row in item["dates"]:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["value"]):
                dt.date.fromisoformat(row["value"])
            elif re.fullmatch(r"\d{4}-\d{2}", row["value"]):
                assert 1 <= int(row["value"][5:]) <= 12


def test_calendar_values_are_real_dates():
    check_calendar_values(ITEMS)

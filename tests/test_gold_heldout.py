"""The blind held-out gold (tests/gold_heldout/articles.json) is well formed, with the same checks
as the dev gold (tests/test_gold.py, whose constants are reused): every span equals its surface in
the article text, the required keys are there, dates and ISO codes are valid. It also checks that
no held-out article is in the dev gold.

This file checks the annotations only; it never runs the pipeline on the held-out articles."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from test_gold import ISO_COUNTRIES, REQUIRED, check_calendar_values, check_required_keys_and_values, span_mismatches

from pipeline.evaluate.articles import load_gold

HERE = Path(__file__).resolve().parent
HELDOUT = HERE / "gold_heldout" / "articles.json"
DEV = HERE / "gold" / "articles.json"
ITEMS = load_gold(HELDOUT)
IDS = [item["id"] for item in ITEMS]
COUNTRIES = ISO_COUNTRIES | {"YE"}  # 也门 (Yemen) occurs in the held-out set only


def test_eight_fresh_articles():
    assert len(ITEMS) == 8
    assert len(set(IDS)) == len(IDS)
    dev = json.loads(DEV.read_text(encoding="utf-8"))
    assert not set(IDS) & {item["id"] for item in dev}
    assert not {item["text"] for item in ITEMS} & {item.get("text") for item in dev}
    sources = [item["source"].split(":")[0] for item in ITEMS]
    assert sources.count("tw_politics_zh_hant") == 4 and sources.count("cctv_xwlb_zh_hans") == 4
    assert {i.split("-")[0] for i in IDS if not i.startswith("xwlb-")} == {"ndc", "udnp", "ct", "pts"}


@pytest.mark.parametrize("item", ITEMS, ids=IDS)
def test_article_header(item):
    assert isinstance(item["text"], str) and item["text"] == item["text"].strip()
    dt.date.fromisoformat(item["published"])
    assert item.get("source") and item.get("id")
    for table in REQUIRED:
        assert isinstance(item.get(table), list), table


@pytest.mark.parametrize("item", ITEMS, ids=IDS)
def test_every_span_equals_its_surface(item):
    bad = span_mismatches(item)
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("item", ITEMS, ids=IDS)
def test_rows_sorted_and_not_duplicated(item):
    for table in REQUIRED:
        spans = [(row["start"], row["end"]) for row in item[table]]
        assert spans == sorted(spans), table
    for table in ("officials", "dates", "numbers"):
        spans = [(row["start"], row["end"]) for row in item[table]]
        assert len(spans) == len(set(spans)), table


@pytest.mark.parametrize("item", ITEMS, ids=IDS)
def test_required_keys_and_values(item):
    check_required_keys_and_values(item, COUNTRIES)
    # The held-out annotation also records status and always names the speaker.
    assert all(row.get("status") in ("current", "former") for row in item["officials"])
    assert all(row["speaker"] for row in item["statements"])


def test_calendar_values_are_real_dates():
    check_calendar_values(ITEMS)

"""evaluate_ner on tiny gold files in our scheme and in a corpus scheme (MSRA)."""

from __future__ import annotations

import json

import pytest

from pipeline.config import Config, Resources
from pipeline.evaluate.ner import evaluate_ner, format_report, score_spans


def write_jsonl(path, records):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", "utf-8")


@pytest.fixture
def resources():
    return Resources(Config(ner_backend="lexicon"))


def test_scores_per_label_and_micro():
    gold = [[(0, 2, "GPE"), (4, 6, "PERSON")]]
    predicted = [[(0, 2, "GPE"), (4, 7, "PERSON"), (8, 10, "ORG")]]
    result = score_spans(gold, predicted)
    assert result["labels"]["GPE"]["f1"] == 1.0
    assert result["labels"]["PERSON"]["recall"] == 0.0
    assert result["micro"]["precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert result["micro"]["recall"] == 0.5


def test_evaluate_ner_on_our_scheme(tmp_path, resources):
    path = tmp_path / "gold.jsonl"
    write_jsonl(path, [{"text": "大陸外交部發言人郭嘉昆說", "entities": [[0, 2, "GPE"], [2, 8, "TITLE"], [8, 11, "PERSON"]]}])
    result = evaluate_ner(path, resources)
    assert result["scheme"] == "ours"
    assert result["labels"]["TITLE"]["f1"] == 1.0
    assert result["labels"]["PERSON"]["f1"] == 1.0
    report = format_report(result)
    assert "micro" in report and "TITLE" in report


def test_msra_scheme_is_mapped_and_titles_not_scored(tmp_path, resources):
    path = tmp_path / "msra.jsonl"
    # MSRA LOC 美国 → GPE by the gazetteer, 长城 → LOC; MSRA has no titles to score.
    write_jsonl(path, [{"text": "美国总统拜登参观长城", "entities": [[0, 2, "LOC"], [4, 6, "PER"], [8, 10, "LOC"]]}])
    result = evaluate_ner(path, resources)
    assert result["scheme"] == "msra"
    assert "TITLE" not in result["labels"]
    assert result["labels"]["GPE"]["support"] == 1
    assert result["labels"]["LOC"]["support"] == 1

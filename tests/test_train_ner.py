"""The training script end to end on a few hundred sentences: model, metrics, card."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pipeline import train_ner
from pipeline.config import Config, Resources
from pipeline.ner import find_mentions
from pipeline.article import Article

DATA = Path(os.environ.get("NEWSEVENTS_DATA", "/work/shared/data"))

pytestmark = pytest.mark.skipif(not (DATA / "msra" / "train.jsonl").exists(), reason="training data not here")


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    out = tmp_path_factory.mktemp("ner-zh")
    assert train_ner.main(["--data", str(DATA), "--out", str(out), "--limit", "150", "--iterations", "5"]) == 0
    return out


def test_training_writes_model_metrics_and_card(tiny_model):
    names = {p.name for p in tiny_model.iterdir()}
    assert {"entity.crfsuite", "title.crfsuite", "lexicon_index.json", "ner_config.json", "metrics.json", "MODEL_CARD.md"} <= names
    metrics = json.loads((tiny_model / "metrics.json").read_text("utf-8"))
    assert {"msra", "cluener_dev_shipped"} <= set(metrics["test"])
    assert set(metrics["test_traditional"]) >= {"msra"}
    assert "| TITLE |" in (tiny_model / "MODEL_CARD.md").read_text("utf-8")


def test_training_is_deterministic(tiny_model, tmp_path):
    train_ner.main(["--data", str(DATA), "--out", str(tmp_path), "--limit", "150", "--iterations", "5"])
    assert (tmp_path / "entity.crfsuite").read_bytes() == (tiny_model / "entity.crfsuite").read_bytes()


def test_trained_model_runs_in_the_pipeline_stage(tiny_model):
    resources = Resources(Config(ner_model=tiny_model))
    text = "美國總統川普表示，大陸外交部發言人郭嘉昆再次回絕。"
    article = Article(article_id="t", lang="zh-Hant", text=text, content_hash="t")
    mentions = find_mentions(article, resources).mentions
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))

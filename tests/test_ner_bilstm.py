"""The BiLSTM NER model: constrained decoding, a tiny real training run, loading, and the
CRF + BiLSTM ensemble (its rules and how ner_config.json switches it on)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import numpy as np
import pytest
import torch

from pipeline import train_ner_bilstm
from pipeline.config import Config, Resources
from pipeline.ner_bilstm import ENTITY_TAGS, TITLE_TAGS, VOCAB_FILE, WEIGHTS_FILE, load_bilstm, viterbi, viterbi_batch
from pipeline.ner_crf import load_crf, tags_to_spans
from pipeline.ner_ensemble import EnsembleTaggers, SpanVoteTaggers, union_spans
from pipeline.ner_recognizers import load_taggers
from pipeline.segment import chinese_tokens, load_segmenter

DATA = Path(os.environ.get("NEWSEVENTS_DATA", "/work/shared/data"))
SHIPPED_CRF = Path(__file__).resolve().parents[1] / "models" / "ner-zh"
TEXT = "美国总统特朗普周二表示，中国外交部发言人郭嘉昆在北京回应。"


def legal(tags: list[str]) -> bool:
    """BIOES: I/E continue a B/I of the same label; the sequence ends closed."""
    before = "O"
    for tag in tags + ["O"]:
        prefix, _, label = tag.partition("-")
        b_prefix, _, b_label = before.partition("-")
        if prefix in ("I", "E") and (b_prefix not in ("B", "I") or b_label != label):
            return False
        if prefix in ("O", "B", "S") and b_prefix in ("B", "I"):
            return False
        before = tag
    return True


def test_viterbi_returns_only_legal_sequences():
    rng = np.random.default_rng(0)
    for _ in range(50):
        probs = rng.dirichlet(np.ones(len(ENTITY_TAGS)) * 0.3, size=12)
        assert legal(viterbi(np.log(probs), "entity"))


def test_batched_viterbi_equals_one_chunk_at_a_time():
    # Chunks of different lengths share one padded batch; the padding must not leak.
    rng = np.random.default_rng(1)
    chunks = [np.log(rng.dirichlet(np.ones(len(ENTITY_TAGS)) * 0.3, size=n)) for n in (1, 7, 3, 12, 0)]
    assert viterbi_batch(chunks, "entity") == [viterbi(c, "entity") for c in chunks]


def test_viterbi_repairs_a_span_without_its_start():
    # The most probable tag of each character alone is I-PERSON E-PERSON (no B-): the best
    # legal path turns it into a two-character PERSON.
    probs = np.full((3, len(ENTITY_TAGS)), 0.01)
    probs[0, ENTITY_TAGS.index("I-PERSON")] = 0.6
    probs[0, ENTITY_TAGS.index("B-PERSON")] = 0.3
    probs[1, ENTITY_TAGS.index("E-PERSON")] = 0.9
    probs[2, ENTITY_TAGS.index("O")] = 0.9
    assert tags_to_spans(viterbi(np.log(probs), "entity")) == [(0, 2, "PERSON")]


def test_title_head_decodes_titles():
    probs = np.full((2, len(TITLE_TAGS)), 0.01)
    probs[0, TITLE_TAGS.index("B-TITLE")] = 0.9
    probs[1, TITLE_TAGS.index("E-TITLE")] = 0.9
    assert tags_to_spans(viterbi(np.log(probs), "title")) == [(0, 2, "TITLE")]


def test_union_keeps_the_first_models_spans_and_fills_gaps():
    first = [(0, 2, "GPE"), (4, 7, "PERSON")]
    second = [(0, 3, "ORG"), (8, 10, "LOC")]
    assert union_spans(first, second) == [(0, 2, "GPE"), (4, 7, "PERSON"), (8, 10, "LOC")]


class FixedTaggers:
    def __init__(self, found):
        self.found = found

    def predict(self, view, tokens):
        return self.found


def test_intersection_keeps_only_spans_both_models_found():
    a = FixedTaggers({"entity": [(0, 2, "GPE"), (4, 7, "PERSON")], "title": [(2, 4, "TITLE")]})
    b = FixedTaggers({"entity": [(0, 2, "GPE"), (4, 6, "PERSON")], "title": []})
    assert SpanVoteTaggers(a, b, "intersection").predict("", []) == {"entity": [(0, 2, "GPE")], "title": []}


needs_data = pytest.mark.skipif(not (DATA / "msra" / "train.jsonl").exists(), reason="training data not here")


@pytest.fixture(scope="module")
def tiny_bilstm(tmp_path_factory):
    out = tmp_path_factory.mktemp("bilstm")
    argv = ["--data", str(DATA), "--out", str(out), "--limit", "80", "--epochs", "1", "--hidden", "16", "--threads", "1"]
    assert train_ner_bilstm.main(argv) == 0
    return out


@pytest.fixture(scope="module")
def tokens():
    return chinese_tokens(TEXT, TEXT, load_segmenter(Config()))


@needs_data
def test_tiny_training_writes_a_model_that_loads_and_tags(tiny_bilstm, tokens):
    metrics = json.loads((tiny_bilstm / "bilstm_metrics.json").read_text("utf-8"))
    assert metrics["best_epoch"] == 1 and set(metrics["history"][0]["dev"]) <= {"msra", "cluener"}
    found = load_bilstm(tiny_bilstm).predict(TEXT, tokens)
    assert set(found) == {"entity", "title"}
    for start, end, label in found["entity"] + found["title"]:
        assert 0 <= start < end <= len(TEXT) and label in ("PERSON", "ORG", "GPE", "LOC", "TITLE")


@needs_data
def test_training_is_deterministic(tiny_bilstm, tmp_path):
    argv = ["--data", str(DATA), "--out", str(tmp_path), "--limit", "80", "--epochs", "1", "--hidden", "16", "--threads", "1"]
    train_ner_bilstm.main(argv)
    first = torch.load(tiny_bilstm / WEIGHTS_FILE, weights_only=True)
    second = torch.load(tmp_path / WEIGHTS_FILE, weights_only=True)
    assert all(torch.equal(first[k], second[k]) for k in first)


@needs_data
def test_ensemble_at_crf_weight_zero_is_the_bilstm_alone(tiny_bilstm, tokens):
    bilstm = load_bilstm(tiny_bilstm)
    assert EnsembleTaggers(load_crf(SHIPPED_CRF), bilstm, 0.0).predict(TEXT, tokens) == bilstm.predict(TEXT, tokens)


@needs_data
def test_ner_config_switches_the_ensemble_on(tiny_bilstm, tmp_path, tokens):
    model_dir = tmp_path / "ner-zh"
    shutil.copytree(SHIPPED_CRF, model_dir)
    for name in (WEIGHTS_FILE, VOCAB_FILE):
        shutil.copyfile(tiny_bilstm / name, model_dir / name)
    config = json.loads((model_dir / "ner_config.json").read_text("utf-8"))
    config.pop("ensemble", None)
    (model_dir / "ner_config.json").write_text(json.dumps(config), "utf-8")
    assert not isinstance(load_taggers(model_dir), EnsembleTaggers)
    (model_dir / "ner_config.json").write_text(json.dumps(dict(config, ensemble={"crf_weight": 0.6})), "utf-8")
    taggers = load_taggers(model_dir)
    assert isinstance(taggers, EnsembleTaggers) and taggers.crf_weight == 0.6
    # Through the spaCy component, as the pipeline runs it: offsets stay on the text.
    from pipeline.ner import recognize_text

    text = "美國總統川普表示，大陸外交部發言人郭嘉昆再次回絕。"
    for start, end, label, _ in recognize_text(text, Resources(Config(ner_model=model_dir))):
        assert 0 <= start < end <= len(text)


def choice_where(best: str, crf_mean: float, best_mean: float) -> dict:
    dev = {"crf": {"mean": crf_mean, "msra": crf_mean, "cluener": crf_mean}, best: {"mean": best_mean, "msra": best_mean, "cluener": best_mean}}
    return {"dev": dev, "best": best, "beats_crf": best_mean > crf_mean}


def test_install_ships_an_average_only_when_it_beat_the_crf_on_dev(tmp_path):
    from pipeline.train_ner_ensemble import install

    crf_dir, bilstm_dir = tmp_path / "crf", tmp_path / "bilstm"
    crf_dir.mkdir()
    bilstm_dir.mkdir()
    (crf_dir / "ner_config.json").write_text(json.dumps({"lexicon_mode": "names"}), "utf-8")
    for name in (WEIGHTS_FILE, VOCAB_FILE):
        (bilstm_dir / name).write_bytes(b"x")
    assert not install(choice_where("crf", 0.9, 0.9), crf_dir, bilstm_dir)
    assert not install(choice_where("union", 0.8, 0.85), crf_dir, bilstm_dir)
    assert not (crf_dir / WEIGHTS_FILE).exists()
    assert install(choice_where("average:0.6", 0.8, 0.82), crf_dir, bilstm_dir)
    config = json.loads((crf_dir / "ner_config.json").read_text("utf-8"))
    assert config == {"lexicon_mode": "names", "ensemble": {"crf_weight": 0.6}}
    assert (crf_dir / WEIGHTS_FILE).exists() and (crf_dir / VOCAB_FILE).exists()


def test_model_card_section_names_the_chosen_candidate():
    from pipeline.ner_report import ensemble_section

    bilstm = {"history": [{"epoch": 1, "dev": {"msra": 0.8, "cluener": 0.6}}], "best_epoch": 1, "sizes": {}, "params": {}}
    shipped = ensemble_section(bilstm, choice_where("average:0.6", 0.8, 0.82), {"crf_weight": 0.6})
    assert "| average:0.6 (chosen) | 0.82 | 0.82 | 0.82 |" in shipped
    assert any("weight 0.6" in line for line in shipped)
    kept = ensemble_section(bilstm, choice_where("crf", 0.8, 0.8), None)
    assert any("CRF alone stays the default" in line for line in kept)
    assert ensemble_section(None, None, None) == []


@needs_data
def test_resume_continues_the_saved_run(tiny_bilstm, tmp_path):
    out = tmp_path / "resumed"
    shutil.copytree(tiny_bilstm, out)
    argv = ["--data", str(DATA), "--out", str(out), "--limit", "80", "--epochs", "2", "--hidden", "16", "--threads", "1"]
    assert train_ner_bilstm.main(argv + ["--resume", str(tiny_bilstm)]) == 0
    metrics = json.loads((out / "bilstm_metrics.json").read_text("utf-8"))
    assert [h["epoch"] for h in metrics["history"]] == [1, 2]
    assert metrics["resumed_from"] == str(tiny_bilstm)
    assert load_bilstm(out).vocab.chars == load_bilstm(tiny_bilstm).vocab.chars

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


def best_legal_path(log_probs: np.ndarray, tags: tuple[str, ...]) -> list[str]:
    """Exhaustive search over every tag sequence (tiny inputs only)."""
    from itertools import product

    legal_paths = (list(p) for p in product(tags, repeat=len(log_probs)) if legal(list(p)) and p[0].partition("-")[0] in "OBS")
    return max(legal_paths, key=lambda p: sum(log_probs[i, tags.index(t)] for i, t in enumerate(p)))


def test_batched_viterbi_finds_the_best_legal_path():
    rng = np.random.default_rng(2)
    chunks = [np.log(rng.dirichlet(np.ones(len(TITLE_TAGS)) * 0.3, size=n)) for n in (4, 1, 5, 2, 3)]
    assert viterbi_batch(chunks, "title") == [best_legal_path(c, TITLE_TAGS) for c in chunks]
    entity = [np.log(rng.dirichlet(np.ones(len(ENTITY_TAGS)) * 0.3, size=n)) for n in (3, 2)]
    assert viterbi_batch(entity, "entity") == [best_legal_path(c, ENTITY_TAGS) for c in entity]


def test_word_dropout_blanks_only_droppable_ids_and_never_padding():
    ids = torch.tensor(np.arange(2 * 7 * 5).reshape(2, 7, 5) % 9 + 2)
    ids[1, :, 3:] = 0  # padding
    dropped = train_ner_bilstm.drop_to_unknown(ids, 1.0, torch.Generator().manual_seed(0))
    rows = train_ner_bilstm.DROPPABLE_ROWS
    kept = [r for r in range(7) if r not in rows]
    assert torch.equal(dropped[:, kept], ids[:, kept])
    assert bool((dropped[0, rows] == 1).all()) and bool((dropped[1, rows, 3:] == 0).all())
    assert torch.equal(train_ner_bilstm.drop_to_unknown(ids, 0.0, torch.Generator().manual_seed(0)), ids)


def tiny_vocab(**sizes):
    from pipeline.ner_bilstm import Vocab, DEFAULT_SIZES

    table = {c: i + 2 for i, c in enumerate("abcdefgh")}
    return Vocab(chars=table, bigrams=table, words=table, wordpos=table, lexicon=table, sizes=dict(DEFAULT_SIZES, **sizes))


@pytest.mark.parametrize("encoder", ["lstm", "transformer"])
def test_padding_does_not_change_a_sequences_output(encoder):
    from pipeline.ner_bilstm import BiLstmNer, pad_batch

    torch.manual_seed(0)
    model = BiLstmNer(tiny_vocab(encoder=encoder, hidden=8, heads=2, layers=2)).eval()
    rng = np.random.default_rng(0)
    short, long = (rng.integers(2, 7, size=(7, n)) for n in (4, 9))  # 7: the char-class table's size
    alone = model(*pad_batch([short]))
    batched = model(*pad_batch([short, long]))
    for head in ("entity", "title"):
        assert torch.allclose(alone[head][0], batched[head][0, :4], atol=1e-5)


def test_joined_bilstms_average_their_probabilities(tmp_path):
    from pipeline.ner_bilstm import BiLstmNer, LexiconIndex, join_bilstms, save_bilstm
    from pipeline.ner_features import Word

    index = LexiconIndex(labels={}, max_len=2)
    dirs = []
    for seed, hidden in ((1, 8), (2, 6)):
        torch.manual_seed(seed)
        vocab = tiny_vocab(hidden=hidden)
        dirs.append(tmp_path / f"m{seed}")
        save_bilstm(BiLstmNer(vocab).eval(), vocab, index, dirs[-1])
    join_bilstms(dirs, tmp_path / "joined")
    joined = load_bilstm(tmp_path / "joined")
    assert len(joined.extra) == 1
    text, words = "abcde", [Word(0, 2, "ab", "n"), Word(2, 5, "cde", "v")]
    one, two = (load_bilstm(d).chunk_probabilities([text], [words])[0] for d in dirs)
    both = joined.chunk_probabilities([text], [words])[0]
    for head in ("entity", "title"):
        assert np.allclose(both[head], (one[head] + two[head]) / 2, atol=1e-3)  # float16 weights
    other = tiny_vocab(hidden=8)
    other.chars = {"z": 2}
    save_bilstm(BiLstmNer(other), other, index, tmp_path / "other")
    with pytest.raises(ValueError):
        join_bilstms([dirs[0], tmp_path / "other"], tmp_path / "bad")


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
def test_ensemble_with_the_crf_in_the_entity_head_only(tiny_bilstm, tokens):
    bilstm, crf = load_bilstm(tiny_bilstm), load_crf(SHIPPED_CRF)
    per_head = EnsembleTaggers(crf, bilstm, {"entity": 0.4, "title": 0.0}).predict(TEXT, tokens)
    assert per_head["title"] == bilstm.predict(TEXT, tokens)["title"]
    assert per_head["entity"] == EnsembleTaggers(crf, bilstm, 0.4).predict(TEXT, tokens)["entity"]


@needs_data
def test_prepared_data_trains_the_same_model(tiny_bilstm, tmp_path):
    # The GPU path (--save-prepared here, --prepared there) must train what --data trains.
    base = ["--limit", "80", "--epochs", "1", "--hidden", "16", "--threads", "1"]
    assert train_ner_bilstm.main(["--data", str(DATA), "--save-prepared", str(tmp_path / "prep")] + base) == 0
    assert train_ner_bilstm.main(["--prepared", str(tmp_path / "prep"), "--out", str(tmp_path / "m")] + base) == 0
    first = torch.load(tiny_bilstm / WEIGHTS_FILE, weights_only=True)
    second = torch.load(tmp_path / "m" / WEIGHTS_FILE, weights_only=True)
    assert all(torch.equal(first[k], second[k]) for k in first)


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
    (bilstm_dir / WEIGHTS_FILE).write_bytes(b"x")
    (bilstm_dir / VOCAB_FILE).write_text(json.dumps({"vocab": {}, "index": {}}), "utf-8")
    assert not install(choice_where("crf", 0.9, 0.9), crf_dir, [bilstm_dir])
    assert not install(choice_where("union", 0.8, 0.85), crf_dir, [bilstm_dir])
    assert not (crf_dir / WEIGHTS_FILE).exists()
    assert install(choice_where("average:0.6", 0.8, 0.82), crf_dir, [bilstm_dir])
    config = json.loads((crf_dir / "ner_config.json").read_text("utf-8"))
    assert config == {"lexicon_mode": "names", "ensemble": {"crf_weight": 0.6}}
    assert (crf_dir / WEIGHTS_FILE).exists() and (crf_dir / VOCAB_FILE).exists()
    # The CRF in the entity head only: the weight is stored per head.
    assert install(choice_where("average:0.34", 0.8, 0.83), crf_dir, [bilstm_dir], ("entity",))
    config = json.loads((crf_dir / "ner_config.json").read_text("utf-8"))
    assert config["ensemble"] == {"crf_weight": {"entity": 0.34, "title": 0.0}}


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

"""The NER stage's fast paths give what the slow ones give (issue 3, throughput).

The CRF's marginals are computed in numpy from the model file's weights instead of by
crfsuite one character and tag at a time, and from attribute ids looked up in tables
instead of feature strings; these tests hold the fast paths to the slow ones (the same
ids, marginals equal to rounding) on real news sentences and odd characters, for both
shipped crfsuite models.  (scripts/ner_identity.py checks whole
corpus articles' mentions; tests never time.)
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from pipeline.config import Config
from pipeline.ner_bilstm import ENTITY_TAGS, TITLE_TAGS
from pipeline.ner_crf import CrfWeights, chunks, load_crf, words_by_chunk
from pipeline.ner_ensemble import article_crf_marginals, batched_crf_marginals, crf_marginals
from pipeline.ner_features import lexicon_tags, sentence_features, word_positions
from pipeline.segment import chinese_tokens, load_segmenter

SHIPPED = Path(__file__).resolve().parents[1] / "models" / "ner-zh"

# Real news sentences (Simplified view): names, titles, transliterations, Latin, digits,
# brackets, and chunk ends of every kind (。！？； and a line break).
SENTENCES = [
    "美国总统川普周二表示，中国外交部发言人郭嘉昆在北京回应。",
    "俄罗斯总统普亭与国务卿鲁比欧(Marco Rubio)通话！美国塔夫茨大学教授托夫特(Monica Toft)说？",
    "国民党立委傅崐萁22日在立法院质询；行政院长卓荣泰回应称，2025年预算增加3.5%。\n新华社北京电",
    "习近平在中南海会见来访的联合国秘书长古特雷斯",
    "《人民日报》报道，台湾“大陆委员会”副主委梁文杰1日说：",
]
# Characters outside the usual: full-width digits and Latin, an astral ideograph and an
# emoji (outside the 16-bit tables), spaces, a one-character chunk, < and > (the
# padding symbols are written <s1> …).
ODD = [
    "２０２５年ＡＰＥＣ峰会在庆州举行。美。",
    "𠮷野家社长说<s1>不是符号😀，A B C。",
    "中",
    "?!;",
]


@pytest.fixture(scope="module")
def segmenter():
    return load_segmenter(Config())


@pytest.fixture(scope="module")
def crf():
    return load_crf(SHIPPED)


def chunk_features(text: str, segmenter, crf) -> list[list[list[str]]]:
    tokens = chinese_tokens(text, text, segmenter)
    spans = chunks(text)
    return [sentence_features(text[s:e], words, crf.index) for (s, e), words in zip(spans, words_by_chunk(tokens, spans))]


def test_weights_read_from_the_file_are_crfsuites_own(crf):
    for name in crf.taggers:
        weights = crf.weights(name)
        info = crf.taggers[name].info()
        assert weights.labels == tuple(crf.taggers[name].labels())
        assert weights.attributes == {a: int(i) for a, i in info.attributes.items()}
        label = {l: j for j, l in enumerate(weights.labels)}
        # info() prints six decimals; the file holds the float64 weights.
        for (attribute, tag), value in list(info.state_features.items())[:: 97]:
            assert weights.state[weights.attributes[attribute], label[tag]] == pytest.approx(value, abs=1e-6)
        for (before, after), value in info.transitions.items():
            assert weights.transitions[label[before], label[after]] == pytest.approx(value, abs=1e-6)
        assert not weights.state[-1].any()  # the unknown attribute's row


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("name,tags", [("entity", ENTITY_TAGS), ("title", TITLE_TAGS)])
def test_numpy_marginals_equal_crfsuites(text, name, tags, segmenter, crf):
    features = chunk_features(text, segmenter, crf)
    assert len(features) >= 1
    fast = batched_crf_marginals(crf.weights(name), features, tags)
    slow = [crf_marginals(crf.taggers[name], f, tags) for f in features]
    for a, b in zip(fast, slow):
        assert a.shape == b.shape
        np.testing.assert_allclose(a, b, rtol=0, atol=1e-10)
        np.testing.assert_allclose(a.sum(axis=1), 1.0, atol=1e-9)


def article_parts(text: str, segmenter, crf):
    tokens = chinese_tokens(text, text, segmenter)
    spans = chunks(text)
    texts = [text[s:e] for s, e in spans]
    words = words_by_chunk(tokens, spans)
    shared = [(word_positions(t, w), lexicon_tags(t, crf.index)) for t, w in zip(texts, words)]
    return texts, words, shared


@pytest.mark.parametrize("text", SENTENCES + ODD)
@pytest.mark.parametrize("name", ["entity", "title"])
def test_attribute_ids_are_those_of_the_feature_strings(text, name, segmenter, crf):
    weights = crf.weights(name)
    tables = weights.tables(crf.index.feature_version)
    texts, words, shared = article_parts(text, segmenter, crf)
    ids = tables.ids(texts, shared)
    strings = [item for t, w, s in zip(texts, words, shared) for item in sentence_features(t, w, crf.index, s)]
    assert ids.shape[1] == len(strings) == sum(len(t) for t in texts)
    for i, item in enumerate(strings):
        assert sorted(weights.attributes[f] for f in item if f in weights.attributes) == sorted(
            x for x in ids[:, i] if x != tables.unknown
        ), item


@pytest.mark.parametrize("text", SENTENCES + ODD)
def test_marginals_from_ids_equal_those_from_strings(text, segmenter, crf):
    texts, words, shared = article_parts(text, segmenter, crf)
    weights = crf.weights("entity")
    fast = article_crf_marginals(weights, weights.tables(crf.index.feature_version), texts, shared, ENTITY_TAGS)
    slow = [crf_marginals(crf.taggers["entity"], sentence_features(t, w, crf.index, s), ENTITY_TAGS)
            for t, w, s in zip(texts, words, shared)]
    for a, b in zip(fast, slow):
        np.testing.assert_allclose(a, b, rtol=0, atol=1e-10)


def test_unknown_attributes_add_nothing(crf):
    weights = crf.weights("entity")
    known = [["b", "c0=中"], ["b", "c0=国"]]
    padded = [item + ["never seen", "c0=\U0001f600"] for item in known]
    np.testing.assert_array_equal(weights.emissions(known), weights.emissions(padded))


def test_a_one_character_chunk(crf):
    tagger = crf.taggers["entity"]
    features = [[["b", "c0=美", "c-1=<s1>", "c+1=</s1>"]]]
    fast = batched_crf_marginals(crf.weights("entity"), features, ENTITY_TAGS)[0]
    np.testing.assert_allclose(fast, crf_marginals(tagger, features[0], ENTITY_TAGS), atol=1e-10)


def test_a_model_file_that_is_not_crfsuite_is_refused(tmp_path):
    path = tmp_path / "x.crfsuite"
    path.write_bytes(b"not a model" * 10)
    with pytest.raises(ValueError):
        CrfWeights.read(path)


def test_both_heads_in_one_viterbi_loop_decode_as_each_alone():
    from pipeline.ner_bilstm import viterbi_batch, viterbi_heads

    rng = np.random.default_rng(3)
    lengths = [1, 7, 31, 2, 31, 12]
    entity = [np.log(rng.dirichlet(np.ones(len(ENTITY_TAGS)) * 0.3, size=n)) for n in lengths]
    title = [np.log(rng.dirichlet(np.ones(len(TITLE_TAGS)) * 0.3, size=n)) for n in lengths[::-1]]
    both = viterbi_heads({"entity": entity, "title": title})
    assert [[ENTITY_TAGS[k] for k in p] for p in both["entity"]] == viterbi_batch(entity, "entity")
    assert [[TITLE_TAGS[k] for k in p] for p in both["title"]] == viterbi_batch(title, "title")
    assert viterbi_heads({"entity": [], "title": title[:1]})["entity"] == []


def dense_viterbi(log_probs: np.ndarray, head: str) -> list[str]:
    """The full search over every (from, to) pair under transition_mask, one chunk: the
    decoder as it was before the BIOES step (the reference for ties)."""
    from pipeline.ner_bilstm import HEADS, transition_mask

    move, start, end = transition_mask(HEADS[head])
    score = log_probs[0] + start
    back = []
    for t in range(1, len(log_probs)):
        candidates = score[:, None] + move
        back.append(candidates.argmax(axis=0))
        score = candidates.max(axis=0) + log_probs[t]
    state = int((score + end).argmax())
    path = [state]
    for pointers in reversed(back):
        state = int(pointers[state])
        path.append(state)
    return [HEADS[head][k] for k in reversed(path)]


@pytest.mark.parametrize("seed", range(6))
def test_the_bioes_step_decodes_as_the_full_search_ties_included(seed):
    from pipeline.ner_bilstm import viterbi_heads

    rng = np.random.default_rng(seed)
    lengths = [1, 2, 9, 23, 40]
    # Few distinct values: many ties, which both must break towards the lower tag index.
    entity = [np.log(rng.integers(1, 4, size=(n, len(ENTITY_TAGS))) / 3) for n in lengths]
    title = [np.log(rng.integers(1, 3, size=(n, len(TITLE_TAGS))) / 2) for n in lengths[::-1]]
    both = viterbi_heads({"entity": entity, "title": title})
    assert [[ENTITY_TAGS[k] for k in p] for p in both["entity"]] == [dense_viterbi(e, "entity") for e in entity]
    assert [[TITLE_TAGS[k] for k in p] for p in both["title"]] == [dense_viterbi(t, "title") for t in title]


def test_the_bioes_step_refuses_another_tag_layout():
    from pipeline.ner_bilstm import BioesStep

    with pytest.raises(ValueError):
        BioesStep(("O", "B-X", "I-X", "E-X"))
    with pytest.raises(ValueError):
        BioesStep(("O", "B-X", "E-X", "I-X", "S-X"))


def test_packed_bilstm_probabilities_equal_the_padded_forward(segmenter, crf):
    import torch

    from pipeline.ner_bilstm import HEADS, encode, load_bilstm, packed_probabilities, pad_batch, raw_features

    bilstm = load_bilstm(SHIPPED)
    models = (bilstm.model,) + tuple(bilstm.extra)
    text = "".join(SENTENCES + ODD)
    texts, words, shared = article_parts(text, segmenter, crf)
    encoded = [encode(raw_features(t, w, bilstm.index, s), bilstm.vocab) for t, w, s in zip(texts, words, shared)]
    assert len({e.shape[1] for e in encoded}) > 2  # chunks of different lengths, so padding matters
    ids, lengths = pad_batch(encoded)
    with torch.inference_mode():
        outputs = [m.tag_probabilities(m(ids, lengths), lengths) for m in models]
        padded = {name: (sum(out[name] for out in outputs) / len(models)).numpy() for name in HEADS}
    packed = packed_probabilities(models, encoded)
    for i, t in enumerate(texts):
        for name in HEADS:
            np.testing.assert_allclose(packed[i][name], padded[name][i, : len(t)], rtol=0, atol=1e-6)


def test_spans_from_split_tags_are_those_from_tag_strings():
    from pipeline.ner_crf import parts_to_spans, tags_to_spans

    rng = np.random.default_rng(5)
    for _ in range(300):  # any sequence, legal or not (the decoder's are legal)
        tags = [ENTITY_TAGS[k] for k in rng.integers(0, len(ENTITY_TAGS), size=rng.integers(0, 12))]
        assert parts_to_spans([tuple(t.partition("-")[::2]) for t in tags]) == tags_to_spans(tags)

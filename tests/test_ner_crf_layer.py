"""The BiLSTM's CRF output layer (`--crf-layer`): its likelihood and posterior marginals
against brute-force enumeration of every tag sequence, the GPU's tree-shaped partition
function against the CPU's loop, and the model files it writes (loading, averaging with
softmax models, starting from a softmax model); plus the compact prepared-data format."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
import torch

from pipeline.ner_bilstm import (
    ENTITY_TAGS,
    HEADS,
    IGNORE,
    TITLE_TAGS,
    BiLstmNer,
    CrfLayer,
    LexiconIndex,
    Vocab,
    DEFAULT_SIZES,
    join_bilstms,
    load_bilstm,
    log_partition,
    log_partition_tree,
    pad_batch,
    save_bilstm,
    stacked_marginals,
)
from pipeline.ner_features import Word


def random_layer(tags, seed: int) -> CrfLayer:
    torch.manual_seed(seed)
    layer = CrfLayer(tags)
    with torch.no_grad():
        for p in (layer.transitions, layer.start, layer.end):
            p.normal_()
    return layer


def enumerate_paths(layer: CrfLayer, emissions: torch.Tensor):
    """(log Z, marginals (n, tags), score of each path) by listing every tag sequence."""
    move, start, end = (x.detach().double() for x in layer.scores())
    emissions = emissions.double()
    n, tags = emissions.shape
    scores = {}
    for path in itertools.product(range(tags), repeat=n):
        score = start[path[0]] + end[path[-1]] + sum(emissions[t, path[t]] for t in range(n))
        scores[path] = float(score + sum(move[path[t - 1], path[t]] for t in range(1, n)))
    top = max(scores.values())
    z = sum(np.exp(s - top) for s in scores.values())
    marginals = np.zeros((n, tags))
    for path, s in scores.items():
        for t, tag in enumerate(path):
            marginals[t, tag] += np.exp(s - top) / z
    return top + np.log(z), marginals, scores


LENGTHS = (4, 2, 1)


@pytest.fixture(scope="module")
def heads():
    torch.manual_seed(3)
    width = max(LENGTHS)
    return {
        "entity": (3 * torch.randn(len(LENGTHS), width, len(ENTITY_TAGS)), random_layer(ENTITY_TAGS, 1)),
        "title": (3 * torch.randn(len(LENGTHS), width, len(TITLE_TAGS)), random_layer(TITLE_TAGS, 2)),
    }


def test_marginals_equal_the_sum_over_every_tag_sequence(heads):
    found = stacked_marginals(heads, torch.tensor(LENGTHS))
    for name, (emissions, layer) in heads.items():
        for row, n in enumerate(LENGTHS):
            _, expected, _ = enumerate_paths(layer, emissions[row, :n])
            assert np.allclose(found[name][row, :n].numpy(), expected, atol=1e-5)
            assert not found[name][row, n:].any()  # nothing past the sequence's end


def test_negative_log_likelihood_equals_enumeration(heads):
    emissions, layer = heads["title"]
    for row, n in enumerate(LENGTHS):
        log_z, _, scores = enumerate_paths(layer, emissions[row, :n])
        path = max(scores, key=scores.get)
        tags = torch.tensor([list(path) + [IGNORE] * (emissions.shape[1] - n)])
        with torch.no_grad():
            nll = layer.nll(emissions[row : row + 1], tags, tags != IGNORE)
        assert nll.item() == pytest.approx(log_z - scores[path], abs=1e-4)


def test_illegal_bioes_sequences_get_no_probability(heads):
    emissions, layer = heads["entity"]
    found = stacked_marginals({"entity": heads["entity"]}, torch.tensor(LENGTHS))["entity"]
    starts_inside = [j for j, tag in enumerate(ENTITY_TAGS) if tag[0] in "IE"]
    ends_open = [j for j, tag in enumerate(ENTITY_TAGS) if tag[0] in "BI"]
    assert not found[:, 0, starts_inside].any()
    for row, n in enumerate(LENGTHS):
        assert not found[row, n - 1, ends_open].any()


@pytest.mark.parametrize("width", [1, 2, 5, 8, 13])
def test_tree_partition_function_equals_the_loop(width):
    layer = random_layer(ENTITY_TAGS, 4)
    rows = 4
    emissions = torch.randn(rows, width, len(ENTITY_TAGS), requires_grad=True)
    lengths = torch.tensor([width, max(width - 1, 1), 1, max(width // 2, 1)])
    mask = torch.arange(width)[None, :] < lengths[:, None]
    move, start, end = layer.scores()
    args = (move.expand(rows, -1, -1), start.expand(rows, -1), end.expand(rows, -1), mask)
    loop, tree = log_partition(emissions, *args), log_partition_tree(emissions, *args)
    assert torch.allclose(loop, tree, atol=1e-4)
    loop_grad, tree_grad = (torch.autograd.grad(z.sum(), emissions, retain_graph=True)[0] for z in (loop, tree))
    assert torch.allclose(loop_grad, tree_grad, atol=1e-5)


def tiny_vocab(**sizes) -> Vocab:
    table = {c: i + 2 for i, c in enumerate("abcdefgh")}
    return Vocab(chars=table, bigrams=table, words=table, wordpos=table, lexicon=table, sizes=dict(DEFAULT_SIZES, hidden=8, **sizes))


def test_crf_loss_is_each_heads_likelihood_per_character():
    torch.manual_seed(5)
    model = BiLstmNer(tiny_vocab(output="crf")).eval()
    for layer in model.crf.values():
        with torch.no_grad():
            layer.transitions.normal_()
    rng = np.random.default_rng(0)
    ids, lengths = pad_batch([rng.integers(2, 7, size=(7, n)) for n in (5, 3)])
    tags = torch.full((2, 2, 5), IGNORE)
    tags[0, 0] = torch.tensor([0, 1, 2, 3, 0])  # O B-X I-X E-X O
    tags[1, 0, :3] = torch.tensor([4, 0, 0])  # S-X O O
    tags[1, 1, :3] = torch.tensor([1, 3, 0])  # B-TITLE E-TITLE O (only this sentence marks titles)
    with torch.no_grad():
        logits = model(ids, lengths)
        loss = model.crf_loss(logits, tags)
        entity = model.crf["entity"].nll(logits["entity"], tags[:, 0], tags[:, 0] != IGNORE).sum() / 8
        title = model.crf["title"].nll(logits["title"][1:], tags[1:, 1], tags[1:, 1] != IGNORE).sum() / 3
    assert loss.item() == pytest.approx((entity + title).item(), rel=1e-5)


def test_crf_model_saves_loads_and_averages_with_a_softmax_model(tmp_path):
    index = LexiconIndex(labels={}, max_len=2)
    dirs = []
    for seed, output in ((1, "softmax"), (2, "crf")):
        torch.manual_seed(seed)
        vocab = tiny_vocab(output=output)
        model = BiLstmNer(vocab).eval()
        if model.crf is not None:
            with torch.no_grad():
                model.crf["entity"].transitions.normal_()
        dirs.append(tmp_path / output)
        save_bilstm(model, vocab, index, dirs[-1])
    join_bilstms(dirs, tmp_path / "joined")
    joined = load_bilstm(tmp_path / "joined")
    assert joined.model.crf is None and joined.extra[0].crf is not None
    text, words = "abcde", [Word(0, 2, "ab", "n"), Word(2, 5, "cde", "v")]
    softmax, crf = (load_bilstm(d).chunk_probabilities([text], [words])[0] for d in dirs)
    both = joined.chunk_probabilities([text], [words])[0]
    for head in HEADS:
        assert np.allclose(crf[head].sum(axis=1), 1.0, atol=1e-4)
        assert not np.allclose(crf[head], softmax[head], atol=1e-2)
        assert np.allclose(both[head], (softmax[head] + crf[head]) / 2, atol=1e-3)  # float16 weights


def test_a_crf_model_starts_from_a_softmax_models_weights(tmp_path):
    from pipeline.train_ner_bilstm import start_from

    index = LexiconIndex(labels={}, max_len=2)
    torch.manual_seed(6)
    vocab = tiny_vocab()
    softmax = BiLstmNer(vocab).eval()
    save_bilstm(softmax, vocab, index, tmp_path / "softmax")
    crf = BiLstmNer(tiny_vocab(output="crf")).eval()
    start_from(crf, vocab, tmp_path / "softmax" / "bilstm.pt")
    saved = torch.load(tmp_path / "softmax" / "bilstm.pt", weights_only=True)
    state = crf.state_dict()
    assert all(torch.equal(state[k], v.float()) for k, v in saved.items())
    assert all(not state[k].any() for k in state if k.startswith("crf."))
    other = tiny_vocab(output="crf")
    other.chars = {"z": 2}
    with pytest.raises(ValueError):
        start_from(BiLstmNer(other), other, tmp_path / "softmax" / "bilstm.pt")


def test_compact_prepared_arrays_give_back_every_sentence():
    from pipeline.train_ner_bilstm import compact_arrays, expand_arrays

    rng = np.random.default_rng(7)
    encoded, gold = [], []
    for n in (1, 4, 9):
        ids = rng.integers(0, 90000, size=(7, n))
        padded = np.concatenate([ids[1], rng.integers(0, 90000, size=1)])
        ids[2] = padded[1:]  # the right bigram is the next character's left bigram
        encoded.append(ids)
        gold.append(np.stack([rng.integers(0, 17, size=n), np.full(n, IGNORE)]))
    arrays = compact_arrays(encoded, gold)
    assert "bigram_right" not in arrays and arrays["char"].dtype == np.uint32
    back_ids, back_gold = expand_arrays(arrays)
    assert all(np.array_equal(a, b) for a, b in zip(encoded, back_ids))
    assert all(np.array_equal(a, b) for a, b in zip(gold, back_gold))
    assert all(a.dtype == np.int64 for a in back_ids + back_gold)

"""The CRF and the BiLSTM as one tagger: average their per-character tag probabilities,
then decode the legal BIOES path (ner_bilstm.viterbi).

Why probabilities and not a span vote: with two models a vote can only be their union or
their intersection (both measured on dev); averaging lets the more confident model decide
each character, and the CRF's marginals and the BiLSTM's softmax (or, for a BiLSTM with a
CRF output layer, its posterior marginals) are all probabilities over the same tag set.  `crf_weight` is chosen on the own dev split and
stored in ner_config.json (`ensemble`): one weight for both heads, or {head: weight}; a
head whose CRF weight is 0 never asks the CRF for its marginals.

The CRF's marginals are computed here, not by crfsuite: `Tagger.marginal` is one Python
call per character and tag (19% of the NER stage), while the model's weights read once
as arrays (ner_crf.CrfWeights) give every chunk of an article its marginals in one
batched forward-backward (ner_bilstm.crf_marginals, the BiLSTM-CRF's own), and the
features are attribute ids looked up in tables (ner_features.AttributeTables), not
strings.  The two agree to 1e-10 (tests/test_ner_speed.py, on real sentences) and give
the same mentions on 600 corpus articles (scripts/ner_identity.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from pipeline.article import Token
from pipeline.ner_bilstm import HEADS, BiLstmTaggers, decode_chunks
from pipeline.ner_bilstm import crf_marginals as chain_marginals
from pipeline.ner_crf import CrfTaggers, CrfWeights, chunks, words_by_chunk
from pipeline.ner_features import AttributeTables, lexicon_tags, word_positions

Span = tuple[int, int, str]


def crf_marginals(tagger, features: list[list[str]], tags: tuple[str, ...]) -> np.ndarray:
    """P(tag at each character) under one crfsuite model, columns in `tags` order (a tag
    the model never saw in training gets probability 0), asked of crfsuite itself: the
    reference that batched_crf_marginals is tested against."""
    tagger.set(features)
    known = set(tagger.labels())
    out = np.zeros((len(features), len(tags)))
    for j, tag in enumerate(tags):
        if tag in known:
            out[:, j] = [tagger.marginal(tag, i) for i in range(len(features))]
    return out


def padded_marginals(weights: CrfWeights, emissions: np.ndarray, lengths: np.ndarray, tags: tuple[str, ...]) -> list[np.ndarray]:
    """Per chunk (n, len(tags)) marginals from the chunks' state scores (chunks, time,
    model labels), the columns put in `tags` order (a tag the model lacks gets 0)."""
    # crfsuite's CRF has no start or end scores.
    zero = np.zeros(len(weights.labels))
    marginals = chain_marginals({"crf": (emissions, weights.transitions, zero, zero)}, lengths)["crf"]
    column = {label: j for j, label in enumerate(weights.labels)}
    # One gather; a tag the model lacks reads an all-zero column appended at the end.
    if any(tag not in column for tag in tags):
        marginals = np.concatenate([marginals, np.zeros(marginals.shape[:2] + (1,))], axis=2)
    out = marginals[:, :, [column.get(tag, len(weights.labels)) for tag in tags]]
    return [out[i, :n] for i, n in enumerate(lengths)]


def batched_crf_marginals(weights: CrfWeights, features: list[list[list[str]]], tags: tuple[str, ...]) -> list[np.ndarray]:
    """crf_marginals for every chunk of an article at once, from feature strings."""
    if not features:
        return []
    lengths = np.array([len(f) for f in features])
    emissions = np.zeros((len(features), int(lengths.max()), len(weights.labels)))
    for i, chunk in enumerate(features):
        if chunk:
            emissions[i, : len(chunk)] = weights.emissions(chunk)
    return padded_marginals(weights, emissions, lengths, tags)


def article_crf_marginals(
    weights: CrfWeights, tables: AttributeTables, texts: list[str], shared: list[tuple], tags: tuple[str, ...]
) -> list[np.ndarray]:
    """batched_crf_marginals without feature strings: the attribute ids of all chunks
    (ner_features.AttributeTables), their weight rows summed per character."""
    if not texts:
        return []
    lengths = np.array([len(t) for t in texts])
    scores = weights.state[tables.ids(texts, shared)].sum(axis=0)  # (characters, labels)
    emissions = np.zeros((len(texts), int(lengths.max()), len(weights.labels)))
    offset = 0
    for i, n in enumerate(lengths.tolist()):
        emissions[i, :n] = scores[offset : offset + n]
        offset += n
    return padded_marginals(weights, emissions, lengths, tags)


@dataclass
class EnsembleTaggers:
    """Drop-in for CrfTaggers (same `predict`), combining a CRF and a BiLSTM."""

    crf: CrfTaggers
    bilstm: BiLstmTaggers
    crf_weight: float | dict[str, float] = 0.5

    def __post_init__(self):
        weights = self.crf_weight if isinstance(self.crf_weight, dict) else {}
        self.head_weights = {name: weights.get(name, 0.0) if weights else self.crf_weight for name in HEADS}
        # Both models read the same word positions and gazetteer tags when their frozen
        # gazetteer indexes agree: then these are computed once per chunk.
        self.shares_features = self.bilstm.index.labels == self.crf.index.labels

    def predict(self, view: str, tokens: list[Token]) -> dict[str, list[Span]]:
        spans = chunks(view)
        texts = [view[s:e] for s, e in spans]
        words = words_by_chunk(tokens, spans)
        shared = None
        if self.shares_features:
            shared = [(word_positions(t, w), lexicon_tags(t, self.crf.index)) for t, w in zip(texts, words)]
        lstm_probs = self.bilstm.chunk_probabilities(texts, words, shared)
        combined = [dict(lstm) for lstm in lstm_probs]
        crf_heads = [name for name in HEADS if self.crf.taggers.get(name) and self.head_weights[name]]
        if crf_heads:
            crf_shared = shared or [(word_positions(t, w), lexicon_tags(t, self.crf.index)) for t, w in zip(texts, words)]
            for name in crf_heads:
                weight, weights = self.head_weights[name], self.crf.weights(name)
                tables = weights.tables(self.crf.index.feature_version)
                marginals = article_crf_marginals(weights, tables, texts, crf_shared, HEADS[name])
                for averaged, lstm, crf in zip(combined, lstm_probs, marginals):
                    averaged[name] = weight * crf + (1 - weight) * lstm[name]
        return decode_chunks(combined, [s for s, _ in spans])


def union_spans(first: list[Span], second: list[Span]) -> list[Span]:
    """`first`'s spans, then `second`'s where they overlap none of them."""
    taken = set()
    for start, end, _ in first:
        taken.update(range(start, end))
    return sorted(first + [s for s in second if not taken.intersection(range(s[0], s[1]))])


@dataclass
class SpanVoteTaggers:
    """The span-level alternatives to averaging, for the dev comparison:
    `intersection` keeps spans both models found exactly, `union` adds the BiLSTM's spans
    where the CRF found nothing."""

    crf: CrfTaggers
    bilstm: BiLstmTaggers
    rule: str = "intersection"

    def predict(self, view: str, tokens: list[Token]) -> dict[str, list[Span]]:
        a = self.crf.predict(view, tokens)
        b = self.bilstm.predict(view, tokens)
        if self.rule == "intersection":
            return {name: sorted(set(a.get(name, [])) & set(b.get(name, []))) for name in HEADS}
        return {name: union_spans(a.get(name, []), b.get(name, [])) for name in HEADS}

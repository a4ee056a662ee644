"""A second NER model family: a character BiLSTM with two softmax heads, decoded by a
Viterbi search restricted to valid BIOES sequences.

Inputs per character (all on the Simplified view, as the CRF sees it): the character, the
bigrams it starts and ends, jieba's word position + POS (B-nr, E-ns …), the jieba word
itself, and the gazetteer tag of ner_features.lexicon_tags.  Word boundaries are what
matter most for Chinese NER (issue 3's calibration), so jieba's segmentation goes in as
features rather than being re-learnt from characters.

Two heads for the same reason the CRF has two taggers (ner_labels): the entity head
(PERSON ORG GPE LOC) learns from every corpus, the TITLE head only from the corpora that
annotate titles — its loss is masked elsewhere, so MSRA never teaches it that 总统 is O.

Embeddings start random (seeded): vocabularies come from the training split only.
Weights are stored in float16 (half the size, no measurable loss at this scale).

`sizes["encoder"]` may name "transformer" instead of the BiLSTM: the same inputs and heads
over a small pre-norm Transformer encoder trained from scratch (issue 3 asks whether one
beats the recurrent model; the model card has the comparison).

`sizes["output"] == "crf"` puts a linear-chain CRF on each head (CrfLayer: learned tag →
tag transition scores, BIOES-illegal moves fixed out, trained on the sequence's negative
log-likelihood).  A softmax head scores each character's tag on its own, so a span's two
ends are decided apart; the CRF scores whole tag sequences, which is where the softmax
BiLSTM's errors are (span boundaries, model card).  Such a model still hands out
per-character probabilities: the CRF's posterior marginals (forward-backward), so the
ensemble averages them with the other models' exactly as before.
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

from pipeline.article import Token
from pipeline.ner_crf import chunks, parts_to_spans, words_by_chunk
from pipeline.ner_features import LexiconIndex, Word, char_class, lexicon_tags, word_positions
from pipeline.ner_labels import ENTITY_LABELS

Span = tuple[int, int, str]

ENTITY_TAGS = ("O",) + tuple(f"{p}-{label}" for label in ENTITY_LABELS for p in "BIES")
TITLE_TAGS = ("O", "B-TITLE", "I-TITLE", "E-TITLE", "S-TITLE")
HEADS = {"entity": ENTITY_TAGS, "title": TITLE_TAGS}

PAD, UNK = 0, 1  # ids 0 and 1 of every vocabulary
FEATURES = ("char", "bigram_left", "bigram_right", "wordpos", "word", "lexicon", "charclass")

WEIGHTS_FILE = "bilstm.pt"
VOCAB_FILE = "bilstm_vocab.json"


@dataclass
class Vocab:
    """String → id tables (0 pad, 1 unknown) and the model's sizes."""

    chars: dict[str, int]
    bigrams: dict[str, int]
    words: dict[str, int]
    wordpos: dict[str, int]
    lexicon: dict[str, int]
    sizes: dict[str, int]

    def to_json(self) -> dict:
        return {k: getattr(self, k) for k in ("chars", "bigrams", "words", "wordpos", "lexicon", "sizes")}


def table(counts: Counter, min_count: int, cap: int) -> dict[str, int]:
    """Ids for the `cap` most frequent strings seen at least `min_count` times (ties by
    string, so the table is the same on every run)."""
    kept = sorted((s for s, n in counts.items() if n >= min_count), key=lambda s: (-counts[s], s))[:cap]
    return {s: i + 2 for i, s in enumerate(kept)}


DEFAULT_SIZES = {
    "char_dim": 64,
    "bigram_dim": 48,
    "wordpos_dim": 24,
    "word_dim": 48,
    "lexicon_dim": 12,
    "charclass_dim": 4,
    "hidden": 128,
    "max_bigrams": 80000,
    "max_words": 50000,
    "encoder": "lstm",  # or "transformer" (then 2 * hidden wide, `layers` deep, `heads` heads)
    "output": "softmax",  # or "crf": a CrfLayer on each head
    "layers": 4,
    "heads": 8,
}


def raw_features(
    view: str, words: Sequence[Token | Word], index: LexiconIndex, shared: tuple | None = None
) -> dict[str, list[str]]:
    """The string features of each character, before they become ids.  `shared` is
    (word_positions, lexicon_tags) when the CRF's features computed them already."""
    positions, lexicon = shared or (word_positions(view, words), lexicon_tags(view, index))
    position, pos, word, _, _ = positions
    padded = "\x02" + view + "\x03"
    return {
        "char": list(view),
        "bigram_left": [padded[i : i + 2] for i in range(len(view))],
        "bigram_right": [padded[i + 1 : i + 3] for i in range(len(view))],
        "wordpos": [p + "-" + t for p, t in zip(position, pos)],
        "word": word,
        "lexicon": lexicon,
        "charclass": [char_class(c) for c in view],
    }


CHAR_CLASSES = {c: i + 2 for i, c in enumerate("HDLSP")}


def build_vocab(feature_lists: list[dict[str, list[str]]], sizes: dict | None = None) -> Vocab:
    sizes = dict(DEFAULT_SIZES, **(sizes or {}))
    counts = {name: Counter() for name in ("char", "bigram", "word", "wordpos", "lexicon")}
    for features in feature_lists:
        counts["char"].update(features["char"])
        counts["bigram"].update(features["bigram_left"])
        counts["bigram"].update(features["bigram_right"][-1:])
        counts["word"].update(w for w in features["word"] if w)
        counts["wordpos"].update(features["wordpos"])
        counts["lexicon"].update(t for t in features["lexicon"] if t)
    return Vocab(
        chars=table(counts["char"], 1, 20000),
        bigrams=table(counts["bigram"], 2, sizes["max_bigrams"]),
        words=table(counts["word"], 2, sizes["max_words"]),
        wordpos=table(counts["wordpos"], 1, 1000),
        lexicon=table(counts["lexicon"], 1, 100),
        sizes=sizes,
    )


def encode(features: dict[str, list[str]], vocab: Vocab) -> np.ndarray:
    """ids, shape (len(FEATURES), n)."""
    tables = {
        "char": vocab.chars,
        "bigram_left": vocab.bigrams,
        "bigram_right": vocab.bigrams,
        "wordpos": vocab.wordpos,
        "word": vocab.words,
        "lexicon": vocab.lexicon,
        "charclass": CHAR_CLASSES,
    }
    rows = []
    for name in FEATURES:
        ids = tables[name]
        rows.append([ids.get(s, UNK) if s else PAD for s in features[name]])
    return np.asarray(rows, dtype=np.int64)


class BiLstmNer(nn.Module):
    def __init__(self, vocab: Vocab, dropout: float = 0.3):
        super().__init__()
        s = vocab.sizes
        self.char = nn.Embedding(len(vocab.chars) + 2, s["char_dim"], padding_idx=PAD)
        self.bigram = nn.Embedding(len(vocab.bigrams) + 2, s["bigram_dim"], padding_idx=PAD)
        self.wordpos = nn.Embedding(len(vocab.wordpos) + 2, s["wordpos_dim"], padding_idx=PAD)
        self.word = nn.Embedding(len(vocab.words) + 2, s["word_dim"], padding_idx=PAD)
        self.lexicon = nn.Embedding(len(vocab.lexicon) + 2, s["lexicon_dim"], padding_idx=PAD)
        self.charclass = nn.Embedding(len(CHAR_CLASSES) + 2, s["charclass_dim"], padding_idx=PAD)
        width = s["char_dim"] + 2 * s["bigram_dim"] + s["wordpos_dim"] + s["word_dim"] + s["lexicon_dim"] + s["charclass_dim"]
        self.dropout = nn.Dropout(dropout)
        # Models saved before the encoder choice existed are BiLSTMs.
        self.encoder = s.get("encoder", "lstm")
        if self.encoder == "transformer":
            self.project = nn.Linear(width, 2 * s["hidden"])
            layer = nn.TransformerEncoderLayer(
                2 * s["hidden"], s["heads"], 4 * s["hidden"], dropout, batch_first=True, norm_first=True
            )
            self.transformer = nn.TransformerEncoder(layer, s["layers"], enable_nested_tensor=False)
        else:
            self.lstm = nn.LSTM(width, s["hidden"], batch_first=True, bidirectional=True)
        self.heads = nn.ModuleDict({name: nn.Linear(2 * s["hidden"], len(tags)) for name, tags in HEADS.items()})
        # Models saved before the output choice existed have softmax heads.
        self.crf = nn.ModuleDict({name: CrfLayer(tags) for name, tags in HEADS.items()}) if s.get("output") == "crf" else None

    def embed(self, columns: Sequence[torch.Tensor]) -> torch.Tensor:
        """The ids of each FEATURES column (any shape) → their embeddings concatenated."""
        tables = (self.char, self.bigram, self.bigram, self.wordpos, self.word, self.lexicon, self.charclass)
        return torch.cat([table(c) for table, c in zip(tables, columns)], dim=-1)

    def forward(self, ids: torch.Tensor, lengths: torch.Tensor) -> dict[str, torch.Tensor]:
        """ids (batch, len(FEATURES), time) → {head: logits (batch, time, tags)}."""
        x = self.embed([ids[:, k] for k in range(len(FEATURES))])
        if self.encoder == "transformer":
            out = self.attend(self.dropout(x), lengths)
        elif bool((lengths == ids.shape[2]).all()):
            # No padding (one chunk, or equal lengths): packing would only cost time.
            out, _ = self.lstm(self.dropout(x))
        else:
            packed = nn.utils.rnn.pack_padded_sequence(self.dropout(x), lengths, batch_first=True, enforce_sorted=False)
            out, _ = self.lstm(packed)
            out, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=ids.shape[2])
        out = self.dropout(out)
        return {name: head(out) for name, head in self.heads.items()}

    def tag_probabilities(self, logits: dict[str, torch.Tensor], lengths: torch.Tensor) -> dict[str, torch.Tensor]:
        """{head: P(tag at each character) (batch, time, tags)}: the softmax of the logits,
        or with CRF heads their posterior marginals (both heads in one forward-backward)."""
        if self.crf is None:
            return {name: torch.softmax(out, dim=-1) for name, out in logits.items()}
        return stacked_marginals({name: (logits[name], self.crf[name]) for name in HEADS}, lengths)

    def crf_loss(self, logits: dict[str, torch.Tensor], tags: torch.Tensor) -> torch.Tensor:
        """The CRF heads' negative log-likelihood per character, summed over the heads:
        tags (batch, 2, time) with IGNORE on padding and on sentences whose corpus does not
        annotate that head (titles), which drop out of that head's loss whole.  Both heads'
        partition functions are computed in one loop (stack_heads)."""
        parts, gold_scores, weights = [], [], []
        for row, name in enumerate(HEADS):
            gold = tags[:, row]
            annotated = gold[:, 0] != IGNORE
            if not bool(annotated.any()):
                continue
            gold, emissions = gold[annotated], logits[name][annotated]
            mask = gold != IGNORE
            parts.append((emissions, self.crf[name], mask))
            gold_scores.append(self.crf[name].path_score(emissions, gold, mask))
            # Per character of this head, as the softmax's cross-entropy is averaged.
            weights.append(torch.full_like(gold_scores[-1], 1.0 / float(mask.sum())))
        emissions, move, start, end = stack_heads([(e, layer) for e, layer, _ in parts])
        mask = torch.cat([nn.functional.pad(m, (0, emissions.shape[1] - m.shape[1])) for _, _, m in parts])
        nll = log_partition(emissions, move, start, end, mask) - torch.cat(gold_scores)
        return (nll * torch.cat(weights)).sum()

    def attend(self, x: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """The Transformer encoder over (batch, time, width) inputs; padding is masked out
        of attention, and sinusoidal positions stand in for the LSTM's sense of order."""
        x = self.project(x)
        x = x + sinusoid_positions(x.shape[1], x.shape[2], x.device)
        padding = torch.arange(x.shape[1], device=x.device)[None, :] >= lengths.to(x.device)[:, None]
        return self.transformer(x, src_key_padding_mask=padding)


def sinusoid_positions(length: int, width: int, device: torch.device) -> torch.Tensor:
    """The fixed sine/cosine position code of "Attention is all you need", (length, width)."""
    position = torch.arange(length, device=device, dtype=torch.float32)[:, None]
    frequency = torch.exp(torch.arange(0, width, 2, device=device, dtype=torch.float32) * (-np.log(10000.0) / width))
    code = torch.zeros(length, width, device=device)
    code[:, 0::2] = torch.sin(position * frequency)
    code[:, 1::2] = torch.cos(position * frequency)
    return code


IGNORE = -100  # a target that contributes nothing (padding, unannotated TITLE)

# Score of an illegal BIOES move inside a CrfLayer: large and finite, not -inf, so that
# log-sum-exp and its gradient stay defined; exp() of it is exactly 0 in float64.
ILLEGAL = -1e4


class CrfLayer(nn.Module):
    """A linear-chain CRF over one head's tags: learned transition, start and end scores
    (zero-initialised) plus the fixed BIOES mask, on top of per-character emission scores."""

    def __init__(self, tags: Sequence[str]):
        super().__init__()
        n = len(tags)
        self.transitions = nn.Parameter(torch.zeros(n, n))
        self.start = nn.Parameter(torch.zeros(n))
        self.end = nn.Parameter(torch.zeros(n))
        move, start, end = (torch.tensor(np.where(np.isinf(m), ILLEGAL, 0.0), dtype=torch.float32) for m in transition_mask(tags))
        # Not saved with the weights: the mask follows from the tag set.
        self.register_buffer("move_mask", move, persistent=False)
        self.register_buffer("start_mask", start, persistent=False)
        self.register_buffer("end_mask", end, persistent=False)

    def scores(self) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """(transitions, start, end) with the illegal moves masked out."""
        return self.transitions + self.move_mask, self.start + self.start_mask, self.end + self.end_mask

    def path_score(self, emissions: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """The score of each sequence's gold tags: emissions (batch, time, tags), tags and
        mask (batch, time), each sequence's mask a prefix of True (its length)."""
        move, start, end = self.scores()
        gold = tags.clamp(min=0)
        weight = mask.to(emissions.dtype)
        last = gold.gather(1, (mask.sum(dim=1) - 1)[:, None])[:, 0]
        score = start[gold[:, 0]] + end[last] + (emissions.gather(2, gold[:, :, None])[:, :, 0] * weight).sum(dim=1)
        return score + (move[gold[:, :-1], gold[:, 1:]] * weight[:, 1:]).sum(dim=1)

    def nll(self, emissions: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """−log P(tags | emissions) per sequence (shapes as path_score)."""
        move, start, end = self.scores()
        rows = emissions.shape[0]
        partition = log_partition(emissions, move.expand(rows, -1, -1), start.expand(rows, -1), end.expand(rows, -1), mask)
        return partition - self.path_score(emissions, tags, mask)


def log_partition(
    emissions: torch.Tensor, move: torch.Tensor, start: torch.Tensor, end: torch.Tensor, mask: torch.Tensor
) -> torch.Tensor:
    """log Σ over all tag sequences of exp(score), per row, by the forward algorithm in log
    space (differentiable): emissions (rows, time, tags), move (rows, tags, tags), start /
    end (rows, tags), mask (rows, time) a prefix of True per row.

    On a GPU the time steps are combined as a tree (log_partition_tree: a few large
    kernels instead of one small kernel chain per character; more arithmetic, which a
    GPU has to spare and a CPU has not)."""
    if emissions.is_cuda:
        return log_partition_tree(emissions, move, start, end, mask)
    alpha = start + emissions[:, 0]
    for t in range(1, emissions.shape[1]):
        step = torch.logsumexp(alpha[:, :, None] + move, dim=1) + emissions[:, t]
        alpha = torch.where(mask[:, t, None], step, alpha)
    return torch.logsumexp(alpha + end, dim=1)


def log_partition_tree(
    emissions: torch.Tensor, move: torch.Tensor, start: torch.Tensor, end: torch.Tensor, mask: torch.Tensor
) -> torch.Tensor:
    """log_partition by a parallel reduction: each step t ≥ 1 is a (tags × tags) matrix of
    log scores (move + emission of the tag moved to; the identity past the row's end), and
    neighbouring matrices are multiplied in the log semiring, halving their number each
    round, so a batch takes log2(time) rounds."""
    rows, _, tags = emissions.shape
    first = start + emissions[:, 0]
    identity = torch.full((tags, tags), ILLEGAL, dtype=emissions.dtype, device=emissions.device)
    identity.fill_diagonal_(0.0)
    steps = torch.where(mask[:, 1:, None, None], move[:, None] + emissions[:, 1:, None, :], identity)
    while steps.shape[1] > 1:
        if steps.shape[1] % 2:
            steps = torch.cat([steps, identity.expand(rows, 1, tags, tags)], dim=1)
        steps = torch.logsumexp(steps[:, 0::2, :, :, None] + steps[:, 1::2, None, :, :], dim=3)
    if not steps.shape[1]:  # sequences of one character
        return torch.logsumexp(first + end, dim=1)
    return torch.logsumexp(first[:, :, None] + steps[:, 0] + end[:, None, :], dim=(1, 2))


def stack_heads(heads: list[tuple[torch.Tensor, CrfLayer]]) -> tuple[torch.Tensor, ...]:
    """Several CRF heads as one batch of rows, so one log_partition serves them all: their
    tag sets padded to the widest (a padded tag is illegal everywhere, so no path goes
    through it) → (emissions, move, start, end) per row."""
    width = max(emissions.shape[2] for emissions, _ in heads)
    rows = []
    for emissions, layer in heads:
        move, start, end = layer.scores()
        extra, batch = width - emissions.shape[2], emissions.shape[0]
        rows.append(
            (
                nn.functional.pad(emissions, (0, extra), value=ILLEGAL),
                nn.functional.pad(move, (0, extra, 0, extra), value=ILLEGAL).expand(batch, width, width),
                nn.functional.pad(start, (0, extra), value=ILLEGAL).expand(batch, width),
                nn.functional.pad(end, (0, extra), value=ILLEGAL).expand(batch, width),
            )
        )
    return tuple(torch.cat(parts) for parts in zip(*rows))


def stacked_marginals(heads: dict[str, tuple[torch.Tensor, CrfLayer]], lengths: torch.Tensor) -> dict[str, torch.Tensor]:
    """crf_marginals of several CRF heads: {head: (batch, time, tags)} on the logits' device."""
    with torch.no_grad():
        parts = {name: (logits.double().cpu().numpy(), layer.scores()) for name, (logits, layer) in heads.items()}
        found = crf_marginals(
            {name: (e, *(x.double().cpu().numpy() for x in scores)) for name, (e, scores) in parts.items()},
            lengths.cpu().numpy(),
        )
    return {name: torch.from_numpy(p).to(heads[name][0].device, heads[name][0].dtype) for name, p in found.items()}


def crf_marginals(heads: dict[str, tuple[np.ndarray, ...]], lengths: np.ndarray) -> dict[str, np.ndarray]:
    """P(tag at t | sequence) under linear-chain CRFs, by forward-backward, for a batch of
    sequences of different lengths: {head: (emissions (batch, time, tags), move (tags,
    tags), start (tags,), end (tags,))}, all log scores → {head: (batch, time, tags)}, 0
    beyond each sequence's length.

    The inference cost is a loop over the longest chunk's characters, so all heads and
    both directions share one loop of a few small numpy calls per character (the NER
    stage must keep 20,000 chars/s): in probability space, each chain rescaled to sum 1
    at every step, in float64.  Each head runs as two chains: forward, and backward as a
    forward pass over each sequence reversed in place (transitions transposed, the end
    scores as its start).  P(tag at t) ∝ forward mass arriving at t (before t's
    emission) × backward mass from t on (t's emission included)."""
    batch, width = next(iter(heads.values()))[0].shape[:2]
    tags = max(e.shape[2] for e, *_ in heads.values())
    steps = np.arange(width)
    # Sequence r reversed: position t holds position length_r − 1 − t (clamped on padding).
    reverse = np.clip(lengths[:, None] - 1 - steps[None, :], 0, None)
    rows = np.arange(batch)[:, None]
    chains = 2 * len(heads)
    # A padded tag (a head with fewer tags) has no emission, start or transition mass.
    emit = np.zeros((width, chains, batch, tags))
    moves = np.zeros((chains, tags, tags))
    arriving = np.zeros((chains, batch, tags))
    for h, (emissions, move, start, end) in enumerate(heads.values()):
        n = emissions.shape[2]
        # Normalising each character's emissions changes no marginal (a constant per
        # position) and keeps exp() within range: no probability is 0 unless illegal.
        p = np.exp(emissions - emissions.max(axis=2, keepdims=True))
        p /= p.sum(axis=2, keepdims=True)
        emit[:, 2 * h, :, :n] = p.transpose(1, 0, 2)
        emit[:, 2 * h + 1, :, :n] = p[rows, reverse].transpose(1, 0, 2)
        moves[2 * h, :n, :n], moves[2 * h + 1, :n, :n] = np.exp(move), np.exp(move).T
        arriving[2 * h, :, :n], arriving[2 * h + 1, :, :n] = np.exp(start), np.exp(end)
    kept = np.empty((width, chains, batch, tags))
    leaving, total, ones = np.empty_like(arriving), np.empty((chains, batch, 1)), np.ones((tags, 1))
    for t in range(width):
        if t:
            np.matmul(leaving, moves, out=arriving)
            np.matmul(arriving, ones, out=total)
            np.divide(arriving, total, out=arriving)
        kept[t] = arriving
        np.multiply(arriving, emit[t], out=leaving)
    kept, emit = kept.transpose(2, 0, 1, 3), emit.transpose(2, 0, 1, 3)  # (batch, time, chain, tag)
    inside = steps[None, :, None] < lengths[:, None, None]
    out = {}
    for h, (name, (emissions, *_)) in enumerate(heads.items()):
        n = emissions.shape[2]
        backward = (kept[:, :, 2 * h + 1, :n] * emit[:, :, 2 * h + 1, :n])[rows, reverse]
        product = kept[:, :, 2 * h, :n] * backward * inside
        out[name] = product / np.maximum(product.sum(axis=2, keepdims=True), 1e-300)
    return out


def pad_batch(encoded: list[np.ndarray]) -> tuple[torch.Tensor, torch.Tensor]:
    lengths = [e.shape[1] for e in encoded]
    batch = np.zeros((len(encoded), len(FEATURES), max(lengths)), dtype=np.int64)
    for i, e in enumerate(encoded):
        batch[i, :, : e.shape[1]] = e
    return torch.from_numpy(batch), torch.tensor(lengths)


def transition_mask(tags: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Which BIOES moves are legal: (tag → tag, may start, may end), as 0 / -inf."""
    n = len(tags)
    move = np.full((n, n), -np.inf)
    start = np.full(n, -np.inf)
    end = np.full(n, -np.inf)
    for j, tag in enumerate(tags):
        prefix, _, label = tag.partition("-")
        if prefix in ("O", "B", "S"):
            start[j] = 0.0
        if prefix in ("O", "E", "S"):
            end[j] = 0.0
        for i, before in enumerate(tags):
            b_prefix, _, b_label = before.partition("-")
            closed = b_prefix in ("O", "E", "S")
            if prefix in ("O", "B", "S") and closed or prefix in ("I", "E") and b_prefix in ("B", "I") and b_label == label:
                move[i, j] = 0.0
    return move, start, end


class BioesStep:
    """One Viterbi step over BIOES tags (O, then B I E S per label) without the
    (rows, tags, tags) candidate array: O, B-x and S-x may follow any closed tag (O, E-*,
    S-*), I-x and E-x only B-x or I-x.  So each step is a max over the closed tags and,
    per label, a max of two — the same maxima, and the same back pointers (the lowest
    index among equals, as argmax over all tags gives), as the full search under
    transition_mask, at a sixth of its numpy work (the decoder was 14% of the NER stage)."""

    def __init__(self, tags: Sequence[str]):
        self.n_tags = len(tags)
        labels = [tag[2:] for tag in tags[1::4]]
        if tuple(tags) != ("O",) + tuple(f"{p}-{label}" for label in labels for p in "BIES"):
            raise ValueError("BioesStep needs O followed by B I E S of each label")
        self.closed = np.array([0] + [j for k in range(len(labels)) for j in (3 + 4 * k, 4 + 4 * k)])
        self.opens = np.array([0] + [j for k in range(len(labels)) for j in (1 + 4 * k, 4 + 4 * k)])
        self.b, self.i = np.arange(1, len(tags), 4), np.arange(2, len(tags), 4)
        # The structure must be transition_mask's.
        move = np.full((len(tags), len(tags)), -np.inf)
        move[np.ix_(self.closed, self.opens)] = 0.0
        for b, i in zip(self.b, self.i):
            move[np.ix_([b, i], [i, i + 1])] = 0.0
        if not np.array_equal(move, transition_mask(tags)[0]):
            raise ValueError("BioesStep disagrees with transition_mask")

    def __call__(self, score: np.ndarray, back: np.ndarray) -> np.ndarray:
        """The best score arriving at each tag (rows, tags); its back pointers are
        written into `back` (rows, tags)."""
        closed = score[:, self.closed]
        k = closed.argmax(axis=1)
        closed_best = closed[np.arange(len(score)), k]
        b, i = score[:, self.b], score[:, self.i]
        pair_from = np.where(i > b, self.i, self.b)  # B-x wins a tie: the lower index
        pair_best = np.maximum(b, i)
        arriving = np.empty_like(score)
        arriving[:, self.opens] = closed_best[:, None]
        back[:, self.opens] = self.closed[k][:, None]
        arriving[:, self.i], arriving[:, self.i + 1] = pair_best, pair_best
        back[:, self.i], back[:, self.i + 1] = pair_from, pair_from
        return arriving


_MASKS = {name: transition_mask(tags) for name, tags in HEADS.items()}
_TAG_PARTS = {name: [tuple(tag.partition("-")[::2]) for tag in tags] for name, tags in HEADS.items()}
_BIOES_STEPS = {len(tags): BioesStep(tags) for tags in HEADS.values()}


def viterbi_batch(log_probs: list[np.ndarray], head: str) -> list[list[str]]:
    """The best legal BIOES sequence for each chunk's per-character log-probabilities
    (n_i, tags), all chunks stepped together (one numpy step per position, not per chunk
    and position: the decoding cost of a whole article is that of its longest chunk)."""
    tags = HEADS[head]
    return [[tags[k] for k in path] for path in viterbi_heads({head: log_probs})[head]]


def viterbi_heads(log_probs: dict[str, list[np.ndarray]]) -> dict[str, list[list[int]]]:
    """viterbi_batch for several heads in one loop: {head: per chunk (n_i, tags)
    log-probabilities} → {head: per chunk the best legal tag indices}.

    The heads' chunks are rows of one batch, their tag sets padded to the widest with tags
    that no start or end allows and whose emissions are -inf, so a padded tag never
    scores and, coming after the real tags, never wins a tie: each row's path is the one
    its own head's search finds (the same float operations), at the cost of one loop over
    the longest chunk instead of one per head.  Back pointers are followed for all rows
    at once."""
    heads = [h for h in log_probs if log_probs[h]]
    out: dict[str, list[list[int]]] = {h: [[] for _ in log_probs[h]] for h in log_probs}
    rows = [(h, lp) for h in heads for lp in log_probs[h]]
    lengths = np.array([lp.shape[0] for _, lp in rows], dtype=np.int64)
    if not rows or lengths.max() == 0:
        return out
    width, n_tags = int(lengths.max()), max(len(HEADS[h]) for h in heads)
    start = np.full((len(rows), n_tags), -np.inf)
    end = np.full((len(rows), n_tags), -np.inf)
    emissions = np.zeros((len(rows), width, n_tags))
    for i, (h, lp) in enumerate(rows):
        _, head_start, head_end = _MASKS[h]
        n = len(HEADS[h])
        start[i, :n], end[i, :n] = head_start, head_end
        emissions[i, : lp.shape[0], :n] = lp
        emissions[i, :, n:] = -np.inf
    # Every head is BIOES (BioesStep checks it on import), a narrower one a prefix of the
    # widest's layout whose padded tags can never be reached (-inf emissions and start):
    # all rows step as the widest head's BioesStep.
    step = _BIOES_STEPS[n_tags]
    score = emissions[:, 0] + start
    back = np.zeros((len(rows), width, n_tags), dtype=np.int64)
    # Each row's score after its last character (the loop runs on past shorter rows;
    # their back pointers beyond their end are never read).
    ending: dict[int, list[int]] = {}
    for r, n in enumerate(lengths.tolist()):
        ending.setdefault(n - 1, []).append(r)
    final = np.zeros((len(rows), n_tags))
    for t in range(width):
        if t:
            score = step(score, back[:, t])
            score += emissions[:, t]
        if t in ending:
            final[ending[t]] = score[ending[t]]
    best = (final + end).argmax(axis=1)
    paths = np.zeros((len(rows), width), dtype=np.int64)
    state, index = best.copy(), np.arange(len(rows))
    for t in range(width - 1, -1, -1):
        paths[:, t] = state  # a row not yet reached (t beyond its end) holds its best
        if t:
            state = np.where(lengths > t, back[index, t, state], best)
    k = 0
    for h in heads:
        for j in range(len(log_probs[h])):
            out[h][j] = paths[k, : lengths[k]].tolist()
            k += 1
    return out


def viterbi(log_probs: np.ndarray, head: str) -> list[str]:
    """viterbi_batch for one chunk."""
    return viterbi_batch([log_probs], head)[0]


@dataclass
class BiLstmTaggers:
    """The BiLSTM as the CRF's drop-in: `predict(view, tokens)` → {head: spans}."""

    model: BiLstmNer
    vocab: Vocab
    index: LexiconIndex
    # Further models over the same vocabulary (other seeds): the inputs are encoded once
    # and the models' probabilities averaged.
    extra: tuple[BiLstmNer, ...] = ()

    def chunk_probabilities(
        self, texts: list[str], words: list[list[Word]], shared: list[tuple] | None = None
    ) -> list[dict[str, np.ndarray]]:
        """Per chunk, {head: probabilities (n, tags)}, the chunks run as one batch."""
        if not texts:
            return []
        shared = shared or [None] * len(texts)
        encoded = [encode(raw_features(t, w, self.index, s), self.vocab) for t, w, s in zip(texts, words, shared)]
        models = (self.model,) + tuple(self.extra)
        device = next(self.model.parameters()).device  # a GPU while training there
        if device.type == "cpu" and all(m.encoder == "lstm" and m.crf is None for m in models):
            return packed_probabilities(models, encoded)
        ids, lengths = pad_batch(encoded)
        with torch.inference_mode():
            outputs = [model.tag_probabilities(model(ids.to(device), lengths), lengths) for model in models]
            probs = {name: (sum(out[name] for out in outputs) / len(models)).cpu().numpy() for name in HEADS}
        return [{name: p[i, : len(t)] for name, p in probs.items()} for i, t in enumerate(texts)]

    def predict(self, view: str, tokens: list[Token]) -> dict[str, list[Span]]:
        spans = chunks(view)
        texts = [view[s:e] for s, e in spans]
        return decode_chunks(self.chunk_probabilities(texts, words_by_chunk(tokens, spans)), [s for s, _ in spans])


def packed_probabilities(models: Sequence[BiLstmNer], encoded: list[np.ndarray]) -> list[dict[str, np.ndarray]]:
    """chunk_probabilities for softmax BiLSTMs on the CPU, computed on the packed
    characters only: the chunks are packed once (longest first, as pack_padded_sequence
    orders them) and embeddings, heads and softmax run on the characters themselves, not
    on a padded batch twice their number that is then packed, unpacked and re-sorted
    (a fifth of the BiLSTM's time).  The same per-character arithmetic as BiLstmNer.forward
    in eval mode (dropout is the identity there)."""
    lengths = np.array([e.shape[1] for e in encoded], dtype=np.int64)
    order = np.argsort(-lengths, kind="stable")
    width = int(lengths.max())
    # Packed order: time step by time step, the chunks still running at that step.
    running = lengths[order][None, :] > np.arange(width)[:, None]  # (time, sorted chunk)
    steps, ranks = np.nonzero(running)
    chunk = order[ranks]
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    flat = np.concatenate(encoded, axis=1)  # (features, characters) chunk after chunk
    ids = torch.from_numpy(np.ascontiguousarray(flat[:, offsets[chunk] + steps]))
    batch_sizes = torch.from_numpy(running.sum(axis=1))
    outputs = []
    with torch.inference_mode():
        for model in models:
            x = model.embed(list(ids))
            out, _ = model.lstm(nn.utils.rnn.PackedSequence(x, batch_sizes))
            outputs.append({name: torch.softmax(head(out.data), dim=-1) for name, head in model.heads.items()})
        probs = {name: (sum(out[name] for out in outputs) / len(models)).numpy() for name in HEADS}
    # Back to chunk order: row r of the packed data is character steps[r] of chunk[r].
    where = np.empty(len(chunk), dtype=np.int64)
    where[offsets[chunk] + steps] = np.arange(len(chunk))
    return [{name: p[where[o : o + n]] for name, p in probs.items()} for o, n in zip(offsets, lengths)]


def decode_chunks(probs: list[dict[str, np.ndarray]], offsets: list[int]) -> dict[str, list[Span]]:
    """{head: spans on the view} from each chunk's per-character probabilities and the
    chunk's offset in the view."""
    found: dict[str, list[Span]] = {name: [] for name in HEADS}
    paths = viterbi_heads({name: [np.log(p[name] + 1e-9) for p in probs] for name in HEADS})
    for name, parts in _TAG_PARTS.items():
        for offset, path in zip(offsets, paths[name]):
            found[name] += [(s + offset, e + offset, label) for s, e, label in parts_to_spans([parts[k] for k in path])]
    return found


def save_bilstm(model: BiLstmNer, vocab: Vocab, index: LexiconIndex, model_dir: Path) -> None:
    model_dir.mkdir(parents=True, exist_ok=True)
    state = {k: (v.half() if v.is_floating_point() else v).cpu() for k, v in model.state_dict().items()}
    torch.save(state, model_dir / WEIGHTS_FILE)
    meta = {"vocab": vocab.to_json(), "index": {"labels": index.labels, "max_len": index.max_len}}
    (model_dir / VOCAB_FILE).write_text(json.dumps(meta, ensure_ascii=False, sort_keys=True), "utf-8")


# Inference threads.  The matrices of one article are small, so a second thread gains
# little, and on a busy machine OpenMP threads that wait on each other cost a factor of
# ten (measured: 1,060 vs 17,000 chars/s under load).  Throughput comes from processes.
INFERENCE_THREADS = 1


# The vocab file's further weight files (same vocabulary; other seeds or sizes), each
# with its sizes, whose probabilities are averaged with the first model's.
EXTRA_WEIGHTS_KEY = "extra_weights"


def load_weights(vocab: Vocab, path: Path, sizes: dict | None = None) -> BiLstmNer:
    model = BiLstmNer(Vocab(**dict(vocab.to_json(), sizes=sizes)) if sizes else vocab)
    state = torch.load(path, map_location="cpu", weights_only=True)
    model.load_state_dict({k: v.float() if v.is_floating_point() else v for k, v in state.items()})
    return model.eval()


def load_bilstm(model_dir: Path) -> BiLstmTaggers:
    torch.set_num_threads(INFERENCE_THREADS)
    meta = json.loads((model_dir / VOCAB_FILE).read_text("utf-8"))
    vocab = Vocab(**meta["vocab"])
    index = LexiconIndex(labels=meta["index"]["labels"], max_len=meta["index"]["max_len"])
    return BiLstmTaggers(
        model=load_weights(vocab, model_dir / WEIGHTS_FILE),
        vocab=vocab,
        index=index,
        extra=tuple(load_weights(vocab, model_dir / name, sizes) for name, sizes in meta.get(EXTRA_WEIGHTS_KEY, {}).items()),
    )


def join_bilstms(model_dirs: list[Path], out_dir: Path) -> list[str]:
    """Write the models of `model_dirs` (trained on one vocabulary) as one BiLSTM model in
    `out_dir`: the first's weights and vocab, the others' weights as bilstm_2.pt … named in
    the vocab file.  Returns the file names written."""
    first = json.loads((model_dirs[0] / VOCAB_FILE).read_text("utf-8"))
    names = [WEIGHTS_FILE] + [f"bilstm_{k}.pt" for k in range(2, len(model_dirs) + 1)]
    first[EXTRA_WEIGHTS_KEY] = {}
    for other, name in zip(model_dirs[1:], names[1:]):
        meta = json.loads((other / VOCAB_FILE).read_text("utf-8"))
        if any(meta["vocab"][k] != first["vocab"][k] for k in ("chars", "bigrams", "words", "wordpos", "lexicon")):
            raise ValueError(f"{other} was trained on another vocabulary than {model_dirs[0]}")
        first[EXTRA_WEIGHTS_KEY][name] = meta["vocab"]["sizes"]
    out_dir.mkdir(parents=True, exist_ok=True)
    for source, name in zip(model_dirs, names):
        shutil.copyfile(source / WEIGHTS_FILE, out_dir / name)
    (out_dir / VOCAB_FILE).write_text(json.dumps(first, ensure_ascii=False, sort_keys=True), "utf-8")
    return names + [VOCAB_FILE]

"""Linear-chain CRF taggers (python-crfsuite) over the features of ner_features.

Two taggers, because the corpora disagree on what they annotate (see ner_labels):
an entity tagger (PERSON ORG GPE LOC) trained on every corpus, and a TITLE tagger trained
only on corpora that mark titles.  Their spans are merged, entities first.
"""

from __future__ import annotations

import json
import re
import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pycrfsuite

from pipeline.article import Token
from pipeline.ner_features import AttributeTables, LexiconIndex, Word, sentence_features

Span = tuple[int, int, str]

# Articles are tagged a sentence at a time, as the CRF was trained: cut after 。！？；
# and at line breaks (the chunk keeps its offset into the view).
_CHUNK = re.compile(r"[^。！？；!?;\n]*[。！？；!?;\n]+|[^。！？；!?;\n]+")

TAGGER_FILES = {"entity": "entity.crfsuite", "title": "title.crfsuite"}


def spans_to_tags(length: int, spans: list[Span]) -> list[str]:
    """BIOES tags (S- for one-character mentions such as 中, 美)."""
    tags = ["O"] * length
    for start, end, label in spans:
        if end - start == 1:
            tags[start] = "S-" + label
            continue
        tags[start] = "B-" + label
        for i in range(start + 1, end - 1):
            tags[i] = "I-" + label
        tags[end - 1] = "E-" + label
    return tags


def tags_to_spans(tags: list[str]) -> list[Span]:
    """Spans from BIOES tags, leniently: a B/I run without its E still closes as a span."""
    return parts_to_spans([tag.partition("-")[::2] for tag in tags])


def parts_to_spans(parts: list[tuple[str, str]]) -> list[Span]:
    """tags_to_spans on tags already split into (prefix, label) ("O" is ("O", "")): the
    decoder looks its tag indices up in a table of these instead of splitting strings."""
    spans: list[Span] = []
    start, label = None, None
    for i, (prefix, kind) in enumerate(parts + [("O", "")]):
        if start is not None and (prefix in ("O", "B", "S") or kind != label):
            spans.append((start, i, label))
            start, label = None, None
        if prefix == "S":
            spans.append((i, i + 1, kind))
        elif prefix in ("B", "I") and start is None:
            start, label = i, kind
        elif prefix == "E":
            if start is None:
                start, label = i, kind
            spans.append((start, i + 1, label))
            start, label = None, None
    return spans


def chunks(view: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _CHUNK.finditer(view) if m.group().strip()]


def words_by_chunk(tokens: list[Token], spans: list[tuple[int, int]]) -> list[list[Word]]:
    """The words inside each chunk, shifted to chunk offsets, in one pass over both lists
    (tokens and chunks are both in text order)."""
    ordered = sorted(tokens, key=lambda t: t.start)
    out: list[list[Word]] = []
    k = 0
    for start, end in spans:
        while k < len(ordered) and ordered[k].start < start:
            k += 1
        words = []
        while k < len(ordered) and ordered[k].end <= end:
            t = ordered[k]
            words.append(Word(t.start - start, t.end - start, t.text, t.pos))
            k += 1
        out.append(words)
    return out


def read_cqdb_strings(data: bytes, offset: int) -> list[str]:
    """The strings of a crfsuite CQDB (its label or attribute dictionary), by id: the
    chunk's backward array holds, for each id, the offset of its (id, size, key) record."""
    magic, _size, _flag, _order, count, backward = struct.unpack_from("<4sIIIII", data, offset)
    if magic != b"CQDB":
        raise ValueError(f"no CQDB chunk at {offset:#x}")
    strings = []
    for record in struct.unpack_from(f"<{count}I", data, offset + backward):
        _id, size = struct.unpack_from("<II", data, offset + record)
        start = offset + record + 8
        strings.append(data[start : start + size - 1].decode("utf-8"))  # size counts the NUL
    return strings


_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])


@dataclass
class CrfWeights:
    """One crfsuite model's weights as arrays, read once from the model file, so that the
    ensemble computes a sentence's marginals with a few numpy calls instead of one
    `Tagger.marginal` Python call per character and tag (19% of the NER stage).

    The file layout (crfsuite's crf1dmodel.c, little-endian): a header of offsets, a
    FEAT chunk of (type, source, destination, float64 weight) records — type 0 an
    attribute → label state feature, type 1 a label → label transition — and CQDB
    dictionaries of the label and attribute strings.  The weights are the file's own
    float64 values (`Tagger.info()` prints them rounded to six decimals)."""

    labels: tuple[str, ...]
    attributes: dict[str, int]
    # (attributes + 1, labels): the last row is all 0, the row of an unknown attribute.
    state: np.ndarray
    transitions: np.ndarray  # (labels, labels), from → to; a pair never seen weighs 0
    _tables: dict = field(default_factory=dict, repr=False)

    def tables(self, feature_version: int) -> AttributeTables:
        """The model's attributes as lookup tables for sentence_features' templates."""
        if feature_version not in self._tables:
            self._tables[feature_version] = AttributeTables(self.attributes, feature_version)
        return self._tables[feature_version]

    @classmethod
    def read(cls, path: Path) -> CrfWeights:
        data = Path(path).read_bytes()
        header = struct.unpack_from("<4sI4s9I", data, 0)
        if header[0] != b"lCRF":
            raise ValueError(f"{path} is not a crfsuite model")
        n_labels, n_attrs, off_features, off_labels, off_attrs = header[5], header[6], header[7], header[8], header[9]
        chunk, _size, count = struct.unpack_from("<4sII", data, off_features)
        if chunk != b"FEAT":
            raise ValueError(f"{path}: no FEAT chunk")
        features = np.frombuffer(data, dtype=_FEATURE, count=count, offset=off_features + 12)
        labels = read_cqdb_strings(data, off_labels)
        attributes = read_cqdb_strings(data, off_attrs)
        if len(labels) != n_labels or len(attributes) != n_attrs:
            raise ValueError(f"{path}: dictionary sizes disagree with the header")
        state = np.zeros((n_attrs + 1, n_labels))
        transitions = np.zeros((n_labels, n_labels))
        own, move = features[features["type"] == 0], features[features["type"] == 1]
        np.add.at(state, (own["src"], own["dst"]), own["weight"])
        np.add.at(transitions, (move["src"], move["dst"]), move["weight"])
        return cls(tuple(labels), {a: i for i, a in enumerate(attributes)}, state, transitions)

    def emissions(self, features: list[list[str]]) -> np.ndarray:
        """(characters, labels) state scores: each character's attribute weights summed
        (an attribute the model never saw adds nothing, as in crfsuite)."""
        get, unknown = self.attributes.get, len(self.attributes)
        ids = [get(f, unknown) for item in features for f in item]
        starts = np.zeros(len(features), dtype=np.int64)
        np.cumsum([len(item) for item in features[:-1]], out=starts[1:])
        return np.add.reduceat(self.state[ids], starts, axis=0)


@dataclass
class CrfTaggers:
    """The shipped model: the two crfsuite taggers and the gazetteer index they saw."""

    taggers: dict[str, pycrfsuite.Tagger]
    index: LexiconIndex
    # The model files, for `weights` (not needed to tag with crfsuite itself).
    paths: dict[str, Path] = field(default_factory=dict)
    _weights: dict[str, CrfWeights] = field(default_factory=dict, repr=False)

    def weights(self, name: str) -> CrfWeights:
        """The tagger's weights as arrays (read from its file on first use)."""
        if name not in self._weights:
            self._weights[name] = CrfWeights.read(self.paths[name])
        return self._weights[name]

    def predict(self, view: str, tokens: list[Token]) -> dict[str, list[Span]]:
        """{tagger name: spans on the view}."""
        found: dict[str, list[Span]] = {name: [] for name in self.taggers}
        spans = chunks(view)
        for (start, end), words in zip(spans, words_by_chunk(tokens, spans)):
            features = sentence_features(view[start:end], words, self.index)
            for name, tagger in self.taggers.items():
                for s, e, label in tags_to_spans(tagger.tag(features)):
                    found[name].append((s + start, e + start, label))
        return found


def load_crf(model_dir: Path) -> CrfTaggers:
    meta = json.loads((model_dir / "lexicon_index.json").read_text("utf-8"))
    taggers, paths = {}, {}
    for name, filename in TAGGER_FILES.items():
        path = model_dir / filename
        if path.exists():
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            taggers[name], paths[name] = tagger, path
    index = LexiconIndex(labels=meta["labels"], max_len=meta["max_len"], feature_version=meta.get("feature_version", 1))
    return CrfTaggers(taggers=taggers, index=index, paths=paths)


def save_index(index: LexiconIndex, model_dir: Path) -> None:
    """The gazetteer index is frozen with the model: the features it was trained on."""
    (model_dir / "lexicon_index.json").write_text(
        json.dumps(
            {"labels": index.labels, "max_len": index.max_len, "feature_version": index.feature_version},
            ensure_ascii=False,
            sort_keys=True,
        ),
        "utf-8",
    )


def train_tagger(
    sequences: list[tuple[list[list[str]], list[str]]],
    path: Path,
    params: dict,
    verbose: bool = False,
) -> None:
    """Train one crfsuite model on (features, tags) sequences and write it to `path`."""
    trainer = pycrfsuite.Trainer(verbose=verbose)
    for features, tags in sequences:
        trainer.append(features, tags)
    trainer.set_params(params)
    trainer.train(str(path))

"""Linear-chain CRF taggers (python-crfsuite) over the features of ner_features.

Two taggers, because the corpora disagree on what they annotate (see ner_labels):
an entity tagger (PERSON ORG GPE LOC) trained on every corpus, and a TITLE tagger trained
only on corpora that mark titles.  Their spans are merged, entities first.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from pipeline.article import Token
from pipeline.ner_features import LexiconIndex, Word, sentence_features

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
    spans: list[Span] = []
    start, label = None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, kind = tag.partition("-")
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


@dataclass
class CrfTaggers:
    """The shipped model: the two crfsuite taggers and the gazetteer index they saw."""

    taggers: dict[str, pycrfsuite.Tagger]
    index: LexiconIndex

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
    taggers = {}
    for name, filename in TAGGER_FILES.items():
        path = model_dir / filename
        if path.exists():
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            taggers[name] = tagger
    index = LexiconIndex(labels=meta["labels"], max_len=meta["max_len"], feature_version=meta.get("feature_version", 1))
    return CrfTaggers(taggers=taggers, index=index)


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

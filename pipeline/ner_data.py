"""Training data for the NER model: read the corpora, map their tags, split them.

Splits are by a hash of the sentence text, so they are deterministic, independent of file
order, and a sentence that occurs twice can never sit on both sides.  Each sentence is
held as its Simplified view (what the model sees at run time), with spans in our labels.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import opencc

from pipeline.ner_labels import map_entities
from pipeline.ner_lexicon import Lexicon
from pipeline.normalize import Converters, make_view

Span = tuple[int, int, str]


@dataclass
class Sentence:
    corpus: str
    text: str  # the Simplified, half-width view
    spans: list[Span]


# corpus → (file under the data directory, which split the file feeds).
# MSRA and CLUENER train files are divided by hash into train/dev/test; the shipped dev
# files of CLUENER, Resume and Weibo are held out whole as test sets. MSRA's shipped dev
# was sampled from the same source as its train (most of its entity strings recur in
# train), so it is reported separately as `msra_dev_shipped`, never trained on.
SOURCES = {
    "msra": ("msra/train.jsonl", "split"),
    "msra_dev_shipped": ("msra/dev.jsonl", "test"),
    "cluener": ("cluener/train.jsonl", "split"),
    "cluener_dev_shipped": ("cluener/dev.jsonl", "test"),
    "resume": ("resume/train.jsonl", "train"),
    "resume_dev_shipped": ("resume/dev.jsonl", "test"),
    "weibo": ("weibo/train.jsonl", "train"),
    "weibo_dev_shipped": ("weibo/dev.jsonl", "test"),
}

DEV_SHARE = 5  # percent of a split corpus kept for tuning
TEST_SHARE = 5  # percent kept for the final figures


def split_of(text: str, seed: int) -> str:
    """train / dev / test for a sentence, from a seeded hash of its text."""
    bucket = int(hashlib.sha256(f"{seed}:{text}".encode("utf-8")).hexdigest(), 16) % 100
    if bucket < TEST_SHARE:
        return "test"
    if bucket < TEST_SHARE + DEV_SHARE:
        return "dev"
    return "train"


def scheme_of(corpus: str) -> str:
    return corpus.removesuffix("_dev_shipped")


def read_corpus(
    path: Path, corpus: str, lexicon: Lexicon, converters: Converters, limit: int | None = None
) -> list[Sentence]:
    sentences = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            view = make_view(record["text"], converters)
            spans = map_entities(view, record.get("entities", []), scheme_of(corpus), lexicon)
            sentences.append(Sentence(corpus=scheme_of(corpus), text=view, spans=drop_overlaps(spans)))
            if limit and len(sentences) >= limit:
                break
    return sentences


def drop_overlaps(spans: list[Span]) -> list[Span]:
    """A BIO sequence holds no nested spans: keep the earlier, then longer, span."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def traditional_copies(sentences: list[Sentence], converters: Converters, config: str = "s2twp") -> list[Sentence]:
    """Training copies as a Traditional (Taiwan) text would reach the model: OpenCC s2twp
    (with Taiwan phrases: 软件→軟體, 信息→資訊) and back through the view (t2s).  Only
    sentences that come back different are worth a copy; a length change would move the
    spans, so those are skipped.
    """
    to_traditional = opencc.OpenCC(config)
    copies = []
    for sentence in sentences:
        traditional = to_traditional.convert(sentence.text)
        if len(traditional) != len(sentence.text):
            continue
        view = make_view(traditional, converters)
        if view != sentence.text:
            copies.append(Sentence(corpus=sentence.corpus, text=view, spans=sentence.spans))
    return copies


def load_splits(
    data_dir: Path, lexicon: Lexicon, seed: int = 13, limit: int | None = None
) -> dict[str, dict[str, list[Sentence]]]:
    """{"train": {corpus: [...]}, "dev": {...}, "test": {...}} from the data directory.

    `limit` caps the sentences read per file (for a quick end-to-end run in tests).
    Sentences of a split corpus whose text also occurs in a held-out set are dropped from
    train, so no held-out sentence is ever trained on.
    """
    converters = Converters()
    splits: dict[str, dict[str, list[Sentence]]] = {"train": {}, "dev": {}, "test": {}}
    for corpus, (relative, role) in SOURCES.items():
        path = data_dir / relative
        if not path.exists():
            continue
        sentences = read_corpus(path, corpus, lexicon, converters, limit)
        if role == "split":
            for part in ("train", "dev", "test"):
                splits[part][corpus] = [s for s in sentences if split_of(s.text, seed) == part]
        else:
            splits[role][corpus] = sentences
    held_out = {s.text for part in ("dev", "test") for group in splits[part].values() for s in group}
    for corpus, sentences in splits["train"].items():
        splits["train"][corpus] = [s for s in sentences if s.text not in held_out]
    return splits

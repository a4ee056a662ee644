"""NER: PERSON, ORG, GPE, LOC, TITLE mentions, behind one function.

Backends (Config.ner_backend):
- ``spacy`` (default) — the `newsevents_ner` spaCy component (pipeline/ner_spacy.py) with
  our CRF taggers inside, trained by `python -m pipeline.train_ner` into models/ner-zh.
- ``transformers`` — an AutoModelForTokenClassification from a local directory (ner_model).
- ``lexicon`` — jieba POS (nr/ns/nt) plus our gazetteers; also what runs when no trained
  model is shipped (said once on stderr).

Every backend reads the Simplified view (the models were trained on Simplified text) and
returns spans on it; the view has the text's length, so they are spans of the text.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from pipeline import english
from pipeline.article import Article, Mention, Token
from pipeline.config import Config, Resources, data_rows
from pipeline.ner_recognizers import Found, LexiconRecognizer
from pipeline.ner_lexicon import load_lexicon

Span = tuple[int, int, str]

MODEL_MARKER = "entity.crfsuite"  # a directory holding this is a trained CRF model


class Recognizer(Protocol):
    def recognize(self, view: str, tokens: list[Token]) -> list[Found]: ...


@dataclass
class SpacyRecognizer:
    """The spaCy pipeline (blank zh + newsevents_ner) as a recognizer."""

    nlp: object

    def recognize(self, view: str, tokens: list[Token]) -> list[Found]:
        from pipeline.ner_spacy import run_pipeline

        return run_pipeline(self.nlp, view, tokens)


def model_dir_of(config: Config) -> Path:
    return Path(config.ner_model) if config.ner_model else config.models_dir / "ner-zh"


def load_ner(config: Config) -> Recognizer:
    """Build the configured recognizer once per process (via resources.get)."""
    if config.ner_backend == "lexicon":
        return LexiconRecognizer(load_lexicon(config.resources_dir))
    model_dir = model_dir_of(config)
    if config.ner_backend == "transformers":
        from pipeline.ner_transformers import load_transformers_recognizer

        return load_transformers_recognizer(model_dir)
    if not (model_dir / MODEL_MARKER).exists():
        print(
            f"newsevents: no NER model in {model_dir}; using the jieba POS + gazetteer fallback",
            file=sys.stderr,
        )
        return LexiconRecognizer(load_lexicon(config.resources_dir))
    from pipeline.ner_spacy import build_pipeline

    return SpacyRecognizer(build_pipeline(model_dir, config.resources_dir))


def load_segmenter_for_ner(config: Config):
    from pipeline.segment import load_segmenter

    return load_segmenter(config)


def tokens_for(text: str, view: str, resources: Resources) -> list[Token]:
    """jieba words on the view (the segment stage's segmenter, shared via resources)."""
    from pipeline.segment import chinese_tokens

    return chinese_tokens(text, view, resources.get("segmenter", load_segmenter_for_ner))


def view_for(text: str, resources: Resources) -> str:
    from pipeline.normalize import load_converters, make_view

    return make_view(text, resources.get("converters", load_converters))


def recognize_text(text: str, resources: Resources, view: str = "", tokens: list[Token] | None = None) -> list[Found]:
    view = view or view_for(text, resources)
    tokens = tokens if tokens else tokens_for(text, view, resources)
    found = resources.get("ner", load_ner).recognize(view, tokens)
    found = joined_latin_names(without_edge_spaces(found, view), view)
    return without_programme_names(found, view, resources.get("programme_names", load_programme_names))


def without_edge_spaces(found: list[Found], view: str) -> list[Found]:
    """"。 洛斯2023年…": a span the model opened on the space before a name loses the space, so a
    mention (and its entity's name) never starts or ends with white space."""
    kept = []
    for start, end, label, source in found:
        while start < end and view[start].isspace():
            start += 1
        while end > start and view[end - 1].isspace():
            end -= 1
        if end > start:
            kept.append((start, end, label, source))
    return kept


_LATIN_NAME = re.compile(r"[A-Z][A-Za-z.'\-]*")


def joined_latin_names(found: list[Found], view: str) -> list[Found]:
    """賀錦麗（Kamala Harris）: the character model ends a span at the space, giving two PERSON
    mentions (Kamala, Harris) and two one-word entities; consecutive capitalised Latin words of
    one label with only a space between them are one name."""
    joined: list[Found] = []
    for f in found:
        if joined:
            last = joined[-1]
            gap = view[last[1] : f[0]]
            if (last[2] == f[2] == "PERSON" and gap in (" ", "\u3000") and _LATIN_NAME.fullmatch(view[f[0] : f[1]])
                    and all(_LATIN_NAME.fullmatch(w) for w in view[last[0] : last[1]].split(" "))):
                joined[-1] = (last[0], f[1], last[2], last[3])
                continue
        joined.append(f)
    return joined


def load_programme_names(config: Config) -> tuple[str, ...]:
    return tuple(row[0] for row in data_rows(config.resources_dir / "programme_names.txt"))


def without_programme_names(found: list[Found], view: str, names: tuple[str, ...]) -> list[Found]:
    """Drop mentions overlapping a programme's name (新闻联播: the model's 新闻联 ORG), whatever
    backend found them: a programme is none of our labels (resources/programme_names.txt)."""
    spans = [(m.start(), m.end()) for name in names if name in view for m in re.finditer(re.escape(name), view)]
    if not spans:
        return found
    return [f for f in found if not any(f[0] < end and start < f[1] for start, end in spans)]


def predict_spans(texts: list[str], resources: Resources) -> list[list[Span]]:
    """Spans (start, end, label) for raw strings, in either script (used by evaluation)."""
    return [[(s, e, label) for s, e, label, _ in recognize_text(text, resources)] for text in texts]


def find_mentions(article: Article, resources: Resources) -> Article:
    """Stage: fill `article.mentions`, sorted by start and non-overlapping."""
    if not article.text.strip():
        return article
    if article.lang == "en":  # no English model can ship: heuristics and gazetteers (english.py)
        article.mentions = english.find_english_mentions(article, resources)
        return article
    found = recognize_text(article.text, resources, article.view, article.tokens)
    article.mentions = [
        Mention(
            article_id=article.article_id,
            mention_id=i,
            start=start,
            end=end,
            text=article.text[start:end],
            label=label,
            source=source,
        )
        for i, (start, end, label, source) in enumerate(found)
    ]
    return article

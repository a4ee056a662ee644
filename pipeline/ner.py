"""NER: PERSON, ORG, GPE, LOC, TITLE mentions, behind one function.

Backends (Config.ner_backend):
- ``lexicon`` — jieba POS (nr/ns/nt) plus our gazetteers; also what runs when no trained
  model is shipped under models/ner-zh (said once on stderr).

Every backend reads the Simplified view (the model was trained on Simplified text) and
returns spans on it; the view has the text's length, so the spans are spans of the text.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Protocol

from pipeline.article import Article, Mention, Token
from pipeline.config import Config, Resources
from pipeline.ner_labels import place_label
from pipeline.ner_lexicon import Lexicon, load_lexicon, match_lexicon

Span = tuple[int, int, str]

# jieba POS tags that name an entity (nr person, ns place, nt organisation).
POS_LABELS = {"nr": "PERSON", "nrfg": "PERSON", "nrt": "PERSON", "ns": "PLACE", "nt": "ORG"}


class Recognizer(Protocol):
    def predict(self, view: str, tokens: list[Token]) -> list[tuple[list[Span], str]]: ...


@dataclass
class LexiconRecognizer:
    """The fallback: gazetteer matches win, jieba POS fills in names it knows."""

    lexicon: Lexicon

    def predict(self, view: str, tokens: list[Token]) -> list[tuple[list[Span], str]]:
        lexicon_spans = match_lexicon(view, self.lexicon, tokens)
        pos_spans = []
        for token in tokens:
            label = POS_LABELS.get(token.pos)
            if label is None or token.end - token.start < 2:
                continue
            if label == "PLACE":
                label = place_label(view[token.start : token.end], self.lexicon)
            pos_spans.append((token.start, token.end, label))
        return [(lexicon_spans, "lexicon"), (pos_spans, "lexicon")]


def load_ner(config: Config) -> Recognizer:
    """Build the configured recognizer once per process (via resources.get)."""
    lexicon = load_lexicon(config.resources_dir)
    if config.ner_backend != "lexicon":
        print(
            "newsevents: no NER model found; using the jieba POS + gazetteer fallback",
            file=sys.stderr,
        )
    return LexiconRecognizer(lexicon)


def merge_spans(sources: list[tuple[list[Span], str]]) -> list[tuple[int, int, str, str]]:
    """Non-overlapping spans; earlier sources win, then longer spans within a source."""
    taken: list[tuple[int, int, str, str]] = []
    occupied = set()
    for spans, source in sources:
        for start, end, label in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
            if any(i in occupied for i in range(start, end)):
                continue
            occupied.update(range(start, end))
            taken.append((start, end, label, source))
    return sorted(taken)


def load_segmenter_for_ner(config: Config):
    from pipeline.segment import load_segmenter

    return load_segmenter(config)


def tokens_for(text: str, view: str, resources: Resources) -> list[Token]:
    from pipeline.segment import chinese_tokens

    return chinese_tokens(text, view, resources.get("segmenter", load_segmenter_for_ner))


def view_for(text: str, resources: Resources) -> str:
    from pipeline.normalize import load_converters, make_view

    return make_view(text, resources.get("converters", load_converters))


def predict_spans(texts: list[str], resources: Resources) -> list[list[Span]]:
    """Spans (start, end, label) for raw strings, in any script (used by evaluation)."""
    recognizer = resources.get("ner", load_ner)
    results = []
    for text in texts:
        view = view_for(text, resources)
        tokens = tokens_for(text, view, resources)
        merged = merge_spans(recognizer.predict(view, tokens))
        results.append([(s, e, label) for s, e, label, _ in merged])
    return results


def find_mentions(article: Article, resources: Resources) -> Article:
    """Stage: fill `article.mentions`, sorted by start and non-overlapping."""
    if article.lang == "en" or not article.text:
        return article
    view = article.view or view_for(article.text, resources)
    tokens = article.tokens or tokens_for(article.text, view, resources)
    recognizer = resources.get("ner", load_ner)
    merged = merge_spans(recognizer.predict(view, tokens))
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
        for i, (start, end, label, source) in enumerate(merged)
    ]
    return article

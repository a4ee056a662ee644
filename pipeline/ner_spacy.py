"""The NER as a spaCy pipeline component (`newsevents_ner`), whatever model sits inside.

The component reads a Doc whose text is the Simplified view, one token per character (so
any character span is a token span), and the jieba words in `doc.user_data`; it sets
`doc.ents` and records which component found each span in `doc.user_data`.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.article import Token

TOKENS_KEY = "newsevents_tokens"
SOURCES_KEY = "newsevents_sources"
# The view itself: Doc.text joins one token per character again, 5% of the NER stage's time.
TEXT_KEY = "newsevents_text"


class NerComponent:
    def __init__(self, recognizer):
        self.recognizer = recognizer

    def __call__(self, doc: Doc) -> Doc:
        tokens: list[Token] = doc.user_data.get(TOKENS_KEY, [])
        found = self.recognizer.recognize(doc.user_data.get(TEXT_KEY) or doc.text, tokens)
        ents, sources = [], {}
        for start, end, label, source in found:
            span = doc.char_span(start, end, label=label)
            if span is not None:
                ents.append(span)
                sources[(start, end)] = source
        doc.ents = ents
        doc.user_data[SOURCES_KEY] = sources
        return doc


@Language.factory(
    "newsevents_ner",
    default_config={"model_dir": "", "resources_dir": "", "lexicon_mode": ""},
)
def make_newsevents_ner(nlp: Language, name: str, model_dir: str, resources_dir: str, lexicon_mode: str):
    from pipeline.ner_recognizers import load_crf_recognizer

    return NerComponent(load_crf_recognizer(Path(model_dir), Path(resources_dir), lexicon_mode or None))


def build_pipeline(model_dir: Path, resources_dir: Path, lexicon_mode: str | None = None) -> Language:
    nlp = spacy.blank("zh")
    nlp.add_pipe(
        "newsevents_ner",
        config={"model_dir": str(model_dir), "resources_dir": str(resources_dir), "lexicon_mode": lexicon_mode or ""},
    )
    return nlp


def run_pipeline(nlp: Language, view: str, tokens: list[Token]) -> list[tuple[int, int, str, str]]:
    """(start, end, label, source) for the view, through the spaCy pipeline."""
    doc = Doc(nlp.vocab, words=list(view), spaces=[False] * len(view)) if view else nlp.make_doc("")
    doc.user_data[TOKENS_KEY] = tokens
    doc.user_data[TEXT_KEY] = view
    for _, component in nlp.pipeline:
        doc = component(doc)
    sources = doc.user_data.get(SOURCES_KEY, {})
    return [(e.start_char, e.end_char, e.label_, sources.get((e.start_char, e.end_char), "model")) for e in doc.ents]

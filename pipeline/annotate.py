"""The whole flow: one Article through a plain list of stages.

Each stage is ``stage(article, resources) -> article``: it reads what earlier stages set
and adds its own fields.  Reading STAGES shows the pipeline.
"""

from __future__ import annotations

from typing import Callable

from pipeline import (
    entities,
    events,
    ner,
    normalize,
    numbers,
    officials,
    segment,
    sentences,
    statements,
    timex,
)
from pipeline.article import ANNOTATION_TABLES, Article, row
from pipeline.config import Resources

Stage = Callable[[Article, Resources], Article]

STAGES: list[Stage] = [
    normalize.build_view,  # Simplified, half-width view with a one-to-one character map
    sentences.split_sentences,  # quote-aware sentence spans
    segment.segment,  # jieba tokens on the view
    ner.find_mentions,  # PERSON ORG GPE LOC TITLE
    officials.find_officials,  # title + name frames; adds mentions the model missed
    entities.link_entities,  # one entity per real-world name; sets entity_id everywhere
    timex.find_time_expressions,  # TIMEX3 anchored on `published`
    statements.find_statements,  # direct and reported speech with speakers, said_on
    numbers.find_numeric_claims,  # value, unit, quantity, qualifier, holder, claimant
    events.build_events,  # one event per statement and per claim
]


def annotate(article: Article, resources: Resources) -> Article:
    for stage in STAGES:
        article = stage(article, resources)
    return article


def annotation_rows(article: Article) -> dict[str, list[dict]]:
    """The rows of every annotation table for one article, as stored and as printed."""
    return {table: [row(r) for r in getattr(article, table)] for table in ANNOTATION_TABLES}

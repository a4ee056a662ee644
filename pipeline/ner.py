"""NER backends behind one function. (Owned by the NER work; placeholder until it lands.)"""

from __future__ import annotations

from pipeline.article import Article
from pipeline.config import Resources


def find_mentions(article: Article, resources: Resources) -> Article:
    return article

"""Placeholder until this stage's work lands."""

from __future__ import annotations

from pipeline.article import Article
from pipeline.config import Resources


def find_statements(article: Article, resources: Resources) -> Article:
    return article

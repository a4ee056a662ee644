"""One entity per real-world person, organisation or place. (Placeholder until issue 4 lands.)"""

from __future__ import annotations

import hashlib

from pipeline.article import Article
from pipeline.config import Resources


def entity_id_for(kind: str, canonical_key: str) -> str:
    """A stable id from the entity's kind and canonical name: the same in every article and run."""
    digest = hashlib.sha1(f"{kind}:{canonical_key}".encode("utf-8")).hexdigest()[:12]
    return f"{kind[0]}{digest}"


def link_entities(article: Article, resources: Resources) -> Article:
    return article

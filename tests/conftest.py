"""Shared fixtures: the sample articles (read through ingest), annotated once per session,
Resources built once, a temporary DuckDB."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from pipeline.annotate import annotate
from pipeline.article import Article
from pipeline.config import Config, Resources
from pipeline.ingest import ArticleBuilder, read_items
from pipeline.normalize import load_converters

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
SAMPLE_FILES = sorted(CORPUS.glob("*.txt"))


@pytest.fixture(scope="session")
def resources() -> Resources:
    return Resources(Config())


@pytest.fixture(scope="session")
def annotate_fn(resources):
    """`newsevents eval articles`'s annotate_fn(text, published) → rows, on the session's resources
    (loading the models once, not once per scored fixture)."""
    from pipeline.cli import article_annotator

    return article_annotator(resources.config, resources)


@pytest.fixture(scope="session")
def builder(resources) -> ArticleBuilder:
    return ArticleBuilder(resources.get("converters", load_converters), resources.config.max_chars)


@pytest.fixture(scope="session")
def sample_articles(builder) -> dict[str, Article]:
    """The two sample articles as ingest reads them, not yet annotated."""
    articles = [i for i in read_items(SAMPLE_FILES, builder) if isinstance(i, Article)]
    return {a.article_id: a for a in articles}


@pytest.fixture(scope="session")
def annotated_samples(sample_articles, resources) -> dict[str, Article]:
    return {k: annotate(a.model_copy(deep=True), resources) for k, a in sample_articles.items()}


@pytest.fixture(scope="session")
def trump_article(annotated_samples) -> Article:
    return annotated_samples["000_9166726dca222a47"]


@pytest.fixture(scope="session")
def treaty_article(annotated_samples) -> Article:
    return annotated_samples["002_f5a54edcd3723d2f"]


def corpus_records(name: str, limit: int, every: int = 1) -> list[dict]:
    """The first `limit` records (every `every`-th) of a shared corpus file; skips the test
    when ../shared is not beside the checkout."""
    path = SHARED / "corpus" / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            if i % every == 0:
                out.append(json.loads(line))
            if len(out) >= limit:
                break
    return out


def make_article(builder: ArticleBuilder, text: str, published: str | None = "2026-02-09", article_id: str = "t") -> Article:
    article, _ = builder.build(text=text, source="test", article_id=article_id, published=published)
    return article

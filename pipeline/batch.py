"""Batch jobs: `ingest` (paths → DuckDB) and `annotate` (JSON Lines → JSON Lines).

Both run the same `annotate()` on the same Article records, so `annotate` prints exactly
the rows that `ingest` stores.
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import sys
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, TextIO

from tqdm import tqdm

from pipeline.annotate import annotate, annotation_rows
from pipeline.article import Article, IngestError
from pipeline.config import Config, Resources
from pipeline.ingest import ArticleBuilder, Item, expand_paths, read_items, read_jsonl_stream
from pipeline.normalize import load_converters
from pipeline.store import Store


@dataclass
class IngestSummary:
    added: int = 0
    duplicates: int = 0
    failed: int = 0
    warnings: int = 0
    errors: list[IngestError] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"articles added: {self.added}, skipped as duplicates: {self.duplicates}, failed: {self.failed}"
               + (f", warnings: {self.warnings}" if self.warnings else "")]
        out += ["  " + e.one_line() for e in self.errors]
        return out


def annotate_safely(article: Article, resources: Resources) -> Article | IngestError:
    """A bug in one stage on one article must not stop the batch: it becomes an error row."""
    try:
        return annotate(article, resources)
    except Exception as error:  # noqa: BLE001 — reported per item, the batch goes on
        return IngestError(source=article.source or "?", item=article.article_id,
                           reason=f"annotation failed: {type(error).__name__}: {error}",
                           hint="please report this article; the rest of the batch was stored")


# -- worker processes ---------------------------------------------------------------
_worker_resources: Resources | None = None


def _init_worker(config: Config) -> None:
    global _worker_resources  # one Resources per worker process, built once
    _worker_resources = Resources(config)


def _annotate_in_worker(article: Article) -> Article | IngestError:
    assert _worker_resources is not None
    return annotate_safely(article, _worker_resources)


class Annotator:
    """Annotates articles in this process or in a pool of N worker processes, in order."""

    def __init__(self, resources: Resources, workers: int = 1):
        self.resources = resources
        self.pool = None
        if workers > 1:
            context = multiprocessing.get_context("spawn")
            self.pool = context.Pool(workers, initializer=_init_worker, initargs=(resources.config,))

    def map(self, articles: list[Article]) -> list[Article | IngestError]:
        if self.pool is None:
            return [annotate_safely(a, self.resources) for a in articles]
        return self.pool.map(_annotate_in_worker, articles, chunksize=4)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def ingest_paths(paths: list[str | Path], db_path: str | Path, *, config: Config | None = None,
                 workers: int = 1, progress: bool = False,
                 on_error: Callable[[IngestError], None] | None = None) -> IngestSummary:
    """Read, annotate and store; one transaction per batch of `config.batch_size` articles."""
    config = config or Config()
    resources = Resources(config)
    builder = ArticleBuilder(resources.get("converters", load_converters), config.max_chars)
    files = expand_paths(paths)
    summary = IngestSummary()
    annotator = Annotator(resources, workers)
    # Progress in articles (a single dump may hold thousands); the file in hand as postfix.
    bar = tqdm(unit=" articles", disable=not progress, file=sys.stderr, desc="ingest")

    def report(error: IngestError) -> None:
        summary.errors.append(error)
        if error.severity == "error":
            summary.failed += 1
        else:
            summary.warnings += 1
        if on_error:
            on_error(error)

    def items_with_progress() -> Iterator[Item]:
        for number, path in enumerate(files, start=1):
            bar.set_postfix_str(f"file {number}/{len(files)}: {path.name}", refresh=False)
            yield from read_items([path], builder)

    try:
        with Store(db_path) as store:
            for batch in batched(items_with_progress(), config.batch_size):
                articles, errors = split_items(batch)
                articles = drop_duplicates(articles, store, summary, errors)
                annotated = annotator.map(articles)
                stored = [a for a in annotated if isinstance(a, Article)]
                errors += [e for e in annotated if isinstance(e, IngestError)]
                now = dt.datetime.now().replace(microsecond=0)
                for article in stored:
                    article.ingested_at = now
                store.write_batch(stored, errors)
                summary.added += len(stored)
                bar.update(len(batch))
                for error in errors:
                    report(error)
    finally:
        bar.close()
        annotator.close()
    return summary


def split_items(batch: list[Item]) -> tuple[list[Article], list[IngestError]]:
    return [i for i in batch if isinstance(i, Article)], [i for i in batch if isinstance(i, IngestError)]


def drop_duplicates(articles: list[Article], store: Store, summary: IngestSummary,
                    errors: list[IngestError]) -> list[Article]:
    """Same content (hash) as stored or earlier in the batch: skipped, counted.
    Same id with other content: an error, so nothing stored is overwritten."""
    known_hashes = store.known_hashes(a.content_hash for a in articles)
    known_ids = store.known_ids(a.article_id for a in articles)
    fresh: list[Article] = []
    batch_hashes: set[str] = set()
    batch_ids: set[str] = set()
    for article in articles:
        if article.content_hash in known_hashes or article.content_hash in batch_hashes:
            summary.duplicates += 1
            continue
        if article.article_id in known_ids or article.article_id in batch_ids:
            errors.append(IngestError(source=article.source or "?", item=article.article_id,
                                      reason=f"article id {article.article_id!r} is already stored with other text",
                                      hint="give the article a unique id"))
            continue
        batch_hashes.add(article.content_hash)
        batch_ids.add(article.article_id)
        fresh.append(article)
    return fresh


def annotate_lines(lines: Iterable, out: TextIO, *, config: Config | None = None,
                   on_error: Callable[[IngestError], None] | None = None) -> int:
    """`newsevents annotate`: one JSON object per input line, in order; no database.

    A bad line gives `{"id": null, "line": N, "error": "..."}` so output lines stay aligned
    with input lines."""
    resources = Resources(config or Config())
    builder = ArticleBuilder(resources.get("converters", load_converters), resources.config.max_chars)
    count = 0
    for item in read_jsonl_stream(lines, builder):
        if isinstance(item, IngestError):
            if on_error:
                on_error(item)
            if item.severity == "error":
                out.write(json.dumps({"id": item.item, "line": item.line, "error": item.reason}, ensure_ascii=False) + "\n")
            continue
        result = annotate_safely(item, resources)
        if isinstance(result, IngestError):
            if on_error:
                on_error(result)
            out.write(json.dumps({"id": item.article_id, "error": result.reason}, ensure_ascii=False) + "\n")
            continue
        out.write(json.dumps(annotation_record(result), ensure_ascii=False) + "\n")
        count += 1
    return count


def annotation_record(article: Article) -> dict:
    return {"id": article.article_id, **annotation_rows(article)}

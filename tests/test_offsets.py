"""`text[start:end] == surface` for every span of every table, always (SPEC: Offsets)."""

import pytest

from pipeline.annotate import annotate
from tests.conftest import corpus_records, make_article

# (table, surface field, start field, end field)
SPANS = [
    ("sentences", "text", "start", "end"),
    ("mentions", "text", "start", "end"),
    ("statements", "text", "start", "end"),
    ("time_expressions", "text", "start", "end"),
    ("numeric_claims", "text", "start", "end"),
    ("officials", "name", "name_start", "name_end"),
]


def span_errors(article) -> list[str]:
    errors = []
    text = article.text
    for table, surface, start, end in SPANS:
        for row in getattr(article, table):
            s, e = getattr(row, start), getattr(row, end)
            if s is None and table == "officials":
                continue
            if not (0 <= s < e <= len(text)) or text[s:e] != getattr(row, surface):
                errors.append(f"{article.article_id} {table} [{s}:{e}] {text[s:e]!r} != {getattr(row, surface)!r}")
    for official in article.officials:
        if not (0 <= official.start < official.end <= len(text)):
            errors.append(f"{article.article_id} officials frame [{official.start}:{official.end}] out of range")
    return errors


def test_sample_articles_spans(annotated_samples):
    for article in annotated_samples.values():
        assert not span_errors(article)


@pytest.mark.parametrize(
    "name, count, every",
    [("tw_politics_zh_hant.jsonl.gz", 120, 73), ("cctv_xwlb_zh_hans.jsonl.gz", 120, 251), ("en_politics_news.jsonl.gz", 20, 80)],
)
def test_corpus_spans(name, count, every, builder, resources):
    errors = []
    for record in corpus_records(name, count, every):
        article = make_article(builder, record["text"], record.get("published"), record["id"])
        errors += span_errors(annotate(article, resources))
    assert not errors, "\n".join(errors[:20])

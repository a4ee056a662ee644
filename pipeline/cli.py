"""The `newsevents` command: thin shells over library calls.

This is the single place where library errors become one line on stderr and an exit code.
The library never imports this module.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from pipeline.config import Config, Resources
from pipeline.errors import NewseventsError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Chinese (Traditional and Simplified) and English news → structured events in DuckDB.")
eval_app = typer.Typer(no_args_is_help=True, help="Score the pipeline against gold files.")
app.add_typer(eval_app, name="eval")


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class Backend(str, Enum):
    spacy = "spacy"
    transformers = "transformers"
    lexicon = "lexicon"


def fail(message: str, code: int = 2) -> None:
    typer.echo(f"newsevents: {message}", err=True)
    raise typer.Exit(code)


def make_config(ner_backend: Backend | None = None, ner_model: Path | None = None) -> Config:
    kwargs = {}
    if ner_backend:
        kwargs["ner_backend"] = ner_backend.value
    if ner_model:
        kwargs["ner_model"] = ner_model
    return Config(**kwargs)


def echo_error(error) -> None:
    typer.echo(error.one_line(), err=True)


DbOption = typer.Option(..., "--db", help="DuckDB database file.")
BackendOption = typer.Option(None, "--ner-backend", help="NER backend (default: spacy with models/ner-zh).")
ModelOption = typer.Option(None, "--ner-model", help="NER model directory.")


@app.command()
def ingest(
    paths: List[Path] = typer.Argument(..., help="Files (.txt, .jsonl, .jsonl.gz) or directories."),
    db: Path = DbOption,
    workers: int = typer.Option(1, "--workers", min=1, help="Annotation processes."),
    ner_backend: Optional[Backend] = BackendOption,
    ner_model: Optional[Path] = ModelOption,
) -> None:
    """Ingest article dumps into the database (re-ingesting the same content adds nothing)."""
    from pipeline.batch import ingest_paths

    summary = ingest_paths(paths, db, config=make_config(ner_backend, ner_model), workers=workers,
                           progress=sys.stderr.isatty(), on_error=echo_error)
    typer.echo(summary.lines()[0])
    from pipeline.store import Store

    with Store(db) as store:
        counts = store.counts()
    typer.echo("tables: " + ", ".join(f"{t} {n}" for t, n in counts.items()))


@app.command()
def annotate(
    file: str = typer.Argument("-", help="JSON Lines file of articles, or - for standard input."),
    ner_backend: Optional[Backend] = BackendOption,
    ner_model: Optional[Path] = ModelOption,
) -> None:
    """Annotate articles without a database: one JSON object per input line, in order."""
    from pipeline.batch import annotate_lines

    config = make_config(ner_backend, ner_model)
    if file == "-":
        annotate_lines(sys.stdin.buffer, sys.stdout, config=config, on_error=echo_error)
        return
    path = Path(file)
    if not path.is_file():
        fail(f"{file}: no such file (give a .jsonl file or - for standard input)")
    import gzip

    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rb") as handle:
        annotate_lines(handle, sys.stdout, config=config, on_error=echo_error)


def print_rows(columns: list[str], rows: list[tuple], fmt: OutputFormat) -> None:
    if fmt is OutputFormat.json:
        for row in rows:
            typer.echo(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=str))
    elif fmt is OutputFormat.csv:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        writer.writerows(rows)
        typer.echo(buffer.getvalue(), nl=False)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(*columns, show_lines=False)
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        console = Console(width=None if sys.stdout.isatty() else 240)
        console.print(table)
        typer.echo(f"{len(rows)} rows")


def open_store(db: Path):
    from pipeline.store import Store

    if not db.exists():
        fail(f"{db}: no such database (create it with `newsevents ingest PATH --db {db}`)")
    return Store(db, read_only=True)


SinceOption = typer.Option(None, "--since", formats=["%Y-%m-%d"], help="Published on or after (YYYY-MM-DD).")
UntilOption = typer.Option(None, "--until", formats=["%Y-%m-%d"], help="Published on or before.")
ArticleOption = typer.Option(None, "--article", help="One article id.")
FormatOption = typer.Option(OutputFormat.table, "--format")
LimitOption = typer.Option(None, "--limit", min=1)


def as_date(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value else None


def show_query(query_name: str, db: Path, fmt: OutputFormat, since: dt.datetime | None, until: dt.datetime | None,
               **filters) -> None:
    """Run one of pipeline.queries' views with the filters every query command shares, and print it."""
    from pipeline import queries

    query = getattr(queries, query_name)
    with open_store(db) as store:
        print_rows(*query(store, queries.Filters(since=as_date(since), until=as_date(until), **filters)), fmt)


@app.command()
def quotes(
    db: Path = DbOption,
    speaker: Optional[str] = typer.Option(None, "--speaker", help="Any alias: 川普 finds 特朗普 and Trump."),
    kind: Optional[str] = typer.Option(None, "--kind", help="direct or indirect."),
    since: Optional[dt.datetime] = SinceOption,
    until: Optional[dt.datetime] = UntilOption,
    article: Optional[str] = ArticleOption,
    fmt: OutputFormat = FormatOption,
    limit: Optional[int] = LimitOption,
) -> None:
    """Who said what: statements with speaker, title, organisation and date."""
    show_query("quotes", db, fmt, since, until, speaker=speaker, kind=kind, article=article, limit=limit)


@app.command()
def officials(
    db: Path = DbOption,
    name: Optional[str] = typer.Option(None, "--name", help="Person (any alias)."),
    title: Optional[str] = typer.Option(None, "--title"),
    country: Optional[str] = typer.Option(None, "--country", help="ISO code: US, CN, RU …"),
    since: Optional[dt.datetime] = SinceOption,
    until: Optional[dt.datetime] = UntilOption,
    article: Optional[str] = ArticleOption,
    fmt: OutputFormat = FormatOption,
    limit: Optional[int] = LimitOption,
) -> None:
    """People holding offices, as the articles state them."""
    show_query("officials", db, fmt, since, until, name=name, title=title, country=country, article=article, limit=limit)


@app.command()
def claims(
    db: Path = DbOption,
    quantity: Optional[str] = typer.Option(None, "--quantity", help="What is counted, e.g. 核彈頭."),
    holder: Optional[str] = typer.Option(None, "--holder", help="Whose number, e.g. 中國."),
    since: Optional[dt.datetime] = SinceOption,
    until: Optional[dt.datetime] = UntilOption,
    article: Optional[str] = ArticleOption,
    fmt: OutputFormat = FormatOption,
    limit: Optional[int] = LimitOption,
) -> None:
    """Numeric claims: value, unit, what is counted, whose, who says so."""
    show_query("claims", db, fmt, since, until, quantity=quantity, holder=holder, article=article, limit=limit)


@app.command()
def export(
    db: Path = DbOption,
    out: Path = typer.Option(..., "--out", help="Output directory."),
    fmt: Optional[List[str]] = typer.Option(None, "--format", help="parquet and/or csv (default both)."),
) -> None:
    """Write the dashboard views (v_quotes, v_claims, v_officials) as Parquet and CSV."""
    from pipeline import queries

    formats = fmt or ["parquet", "csv"]
    bad = [f for f in formats if f not in ("parquet", "csv")]
    if bad:
        fail(f"--format {bad[0]!r}: choose parquet or csv")
    with open_store(db) as store:
        for path in queries.export_views(store, out, formats):
            typer.echo(path)


# -- eval -------------------------------------------------------------------------------
def require_file(file: Path) -> None:
    if not file.is_file():
        fail(f"{file}: no such gold file")


@eval_app.command("ner")
def eval_ner(file: Path, ner_backend: Optional[Backend] = BackendOption, ner_model: Optional[Path] = ModelOption) -> None:
    """NER JSON Lines ({"text", "entities": [[s, e, label]]}): P/R/F1 per label and micro."""
    from pipeline.evaluate import ner

    require_file(file)
    report = ner.evaluate_ner(file, Resources(make_config(ner_backend, ner_model)))
    typer.echo(ner.format_report(report))


@eval_app.command("time")
def eval_time(file: Path) -> None:
    """Time expressions ({"text", "time_base", "expected": {...}}): accuracy of value and range."""
    from pipeline.evaluate import time

    require_file(file)
    typer.echo(time.format_report(time.evaluate_time(file)))


@eval_app.command("numbers")
def eval_numbers(file: Path) -> None:
    """Numbers ({"text", "value"}): accuracy."""
    from pipeline.evaluate import numbers

    require_file(file)
    typer.echo(numbers.format_report(numbers.evaluate_numbers(file)))


def article_annotator(config: Config, resources: Resources | None = None):
    """annotate_fn(text, published) → table rows, for the whole-article scorer (on `resources`
    already loaded for `config`, where the caller has them)."""
    from pipeline.annotate import annotate, annotation_rows
    from pipeline.ingest import ArticleBuilder
    from pipeline.normalize import load_converters

    resources = resources or Resources(config)
    builder = ArticleBuilder(resources.get("converters", load_converters), config.max_chars)

    def annotate_fn(text: str, published) -> dict:
        article, _ = builder.build(text=text, source="gold", article_id="gold", published=published)
        return annotation_rows(annotate(article, resources))

    return annotate_fn


ShowOption = typer.Option(5, "--show", min=0,
                          help="Missed and spurious rows listed per table (0 for a blind set: scores only).")


@eval_app.command("articles")
def eval_articles(file: Path, ner_backend: Optional[Backend] = BackendOption, ner_model: Optional[Path] = ModelOption,
                  show: int = ShowOption) -> None:
    """Whole articles (SPEC format): P/R/F1 for officials, statements, dates, numbers."""
    from pipeline.evaluate import articles

    require_file(file)
    typer.echo(articles.format_report(articles.evaluate_articles(file, article_annotator(make_config(ner_backend, ner_model))), show))


@eval_app.command("quotes")
def eval_quotes(file: Path, ner_backend: Optional[Backend] = BackendOption, ner_model: Optional[Path] = ModelOption,
                show: int = ShowOption) -> None:
    """Statements of whole-article gold: span overlap plus speaker."""
    from pipeline.evaluate import articles

    require_file(file)
    report = articles.evaluate_articles(file, article_annotator(make_config(ner_backend, ner_model)))
    typer.echo(articles.format_report({k: v for k, v in report.items() if k.startswith("statements")} or report, show))


@eval_app.command("speakers")
def eval_speakers(data_dir: Path = typer.Argument(..., help="The wp_speaker_id folder."),
                  split: str = typer.Option("test", "--split", help="Our held-out split: dev or test.")) -> None:
    """Speaker identification on the novel data (wp_speaker_id)."""
    from pipeline.evaluate import speakers

    if not data_dir.is_dir():
        fail(f"{data_dir}: no such folder (give the wp_speaker_id directory)")
    typer.echo(speakers.format_report(speakers.evaluate_speakers(data_dir, split)))


def main() -> None:
    """Console entry point: library errors become one actionable line, never a traceback."""
    try:
        app()
    except NewseventsError as error:
        typer.echo(f"newsevents: {error}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("newsevents: interrupted; the batch in progress was rolled back", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)


if __name__ == "__main__":
    main()

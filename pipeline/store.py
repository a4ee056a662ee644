"""DuckDB: the schema derived from the records, transactional bulk loads, dashboard views.

Each batch of articles is written in one transaction through Arrow tables, so a crash or a
bad batch leaves the database exactly as it was before that batch.  User input reaches SQL
only as bound parameters.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from pathlib import Path
from typing import Iterable, Literal, get_args, get_origin

import duckdb
import pyarrow as pa

from pipeline.article import ANNOTATION_TABLES, TABLES, Article, Entity, IngestError, Record, row, stored_fields
from pipeline.errors import DatabaseError

SCHEMA_VERSION = 1

PRIMARY_KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id",),
    "sentences": ("article_id", "sent_idx"),
    "mentions": ("article_id", "mention_id"),
    "entities": ("entity_id",),
    "statements": ("statement_id",),
    "numeric_claims": ("claim_id",),
    "events": ("event_id",),
}

_SQL_TYPES = {str: "VARCHAR", int: "BIGINT", float: "DOUBLE", bool: "BOOLEAN", dt.date: "DATE", dt.datetime: "TIMESTAMP"}
_ARROW_TYPES = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), dt.date: pa.date32(),
                dt.datetime: pa.timestamp("us")}


def base_type(annotation) -> tuple[type, bool]:
    """(python type, is_list) of a field annotation: Optional[X] → X, Literal[...] → str."""
    origin = get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        return base_type(args[0])
    if origin is Literal:
        return type(get_args(annotation)[0]), False
    if origin is list:
        inner, _ = base_type(get_args(annotation)[0])
        return inner, True
    return annotation, False


def column_types(record: type[Record]) -> dict[str, tuple[type, bool]]:
    return {name: base_type(field.annotation) for name, field in stored_fields(record).items()}


def create_table_sql(table: str, record: type[Record]) -> str:
    columns = []
    for name, (kind, is_list) in column_types(record).items():
        sql = _SQL_TYPES[kind] + ("[]" if is_list else "")
        columns.append(f'"{name}" {sql}')
    if table in PRIMARY_KEYS:
        columns.append("PRIMARY KEY (" + ", ".join(f'"{c}"' for c in PRIMARY_KEYS[table]) + ")")
    return f'CREATE TABLE IF NOT EXISTS "{table}" (\n  ' + ",\n  ".join(columns) + "\n)"


def arrow_schema(record: type[Record]) -> pa.Schema:
    fields = []
    for name, (kind, is_list) in column_types(record).items():
        arrow = _ARROW_TYPES[kind]
        fields.append(pa.field(name, pa.list_(arrow) if is_list else arrow))
    return pa.schema(fields)


VIEWS = {
    "v_officials": """
        SELECT o.article_id, o.name, o.title, o.organization, o.country, o.status,
               o.entity_id, e.name_en, a.published, a.title AS article_title, a.url, a.source,
               o.start, o."end"
        FROM officials o JOIN articles a USING (article_id)
        LEFT JOIN entities e ON e.entity_id = o.entity_id""",
    "v_quotes": """
        SELECT s.statement_id, s.article_id, s.kind, s.text AS quote, s.speaker, s.speaker_entity_id,
               e.name_en AS speaker_en,
               COALESCE(s.speaker_title, o.title) AS title, o.organization, o.country,
               s.cue, s.said_on, a.published, a.title AS article_title, a.url, a.source,
               s.start, s."end", s.sent_idx
        FROM statements s JOIN articles a USING (article_id)
        LEFT JOIN entities e ON e.entity_id = s.speaker_entity_id
        LEFT JOIN (
            SELECT article_id, entity_id, arg_max(title, "end") AS title,
                   arg_max(organization, "end") AS organization, arg_max(country, "end") AS country
            FROM officials WHERE entity_id IS NOT NULL GROUP BY article_id, entity_id
        ) o ON o.article_id = s.article_id AND o.entity_id = s.speaker_entity_id""",
    "v_claims": """
        SELECT c.claim_id, c.article_id, c.text, c.value, c.value_low, c.value_high, c.unit, c.quantity,
               c.qualifier, c.holder, c.claimant, c.time_value, a.published, a.title AS article_title,
               a.url, a.source, c.start, c."end", c.sent_idx
        FROM numeric_claims c JOIN articles a USING (article_id)""",
}


class Store:
    """One DuckDB database file (or ':memory:')."""

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as error:
            raise DatabaseError(f"{self.path}: cannot open the database ({str(error).splitlines()[0]})") from None
        if not read_only:
            self.create_schema()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def create_schema(self) -> None:
        self.con.execute("BEGIN")
        for table, record in TABLES.items():
            self.con.execute(create_table_sql(table, record))
        for name, sql in VIEWS.items():
            self.con.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_info (version INTEGER)")
        if not self.con.execute("SELECT count(*) FROM schema_info").fetchone()[0]:
            self.con.execute("INSERT INTO schema_info VALUES (?)", [SCHEMA_VERSION])
        self.con.execute("COMMIT")

    # -- reads -----------------------------------------------------------------------
    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        hashes = list(hashes)
        if not hashes:
            return set()
        rows = self.con.execute("SELECT content_hash FROM articles WHERE list_contains(?, content_hash)", [hashes]).fetchall()
        return {r[0] for r in rows}

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute("SELECT article_id FROM articles WHERE list_contains(?, article_id)", [ids]).fetchall()
        return {r[0] for r in rows}

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}

    # -- writes ----------------------------------------------------------------------
    def insert_records(self, table: str, record: type[Record], records: list[Record]) -> None:
        if not records:
            return
        schema = arrow_schema(record)
        data = pa.Table.from_pylist([r.model_dump(include=set(schema.names)) for r in records], schema=schema)
        columns = ", ".join(f'"{n}"' for n in schema.names)
        self.con.register("_batch", data)
        try:
            self.con.execute(f'INSERT INTO "{table}" ({columns}) SELECT {columns} FROM _batch')
        finally:
            self.con.unregister("_batch")

    def merged_entities(self, entities: list[Entity]) -> list[Entity]:
        """Union the aliases of entities seen in this batch with those already stored."""
        by_id: dict[str, Entity] = {}
        for entity in entities:
            known = by_id.get(entity.entity_id)
            by_id[entity.entity_id] = merge_entity(known, entity) if known else entity.model_copy(deep=True)
        if not by_id:
            return []
        stored = self.con.execute(
            "SELECT entity_id, kind, name_zh, name_en, aliases FROM entities WHERE list_contains(?, entity_id)",
            [list(by_id)],
        ).fetchall()
        for entity_id, kind, name_zh, name_en, aliases in stored:
            old = Entity(entity_id=entity_id, kind=kind, name_zh=name_zh, name_en=name_en, aliases=aliases or [])
            by_id[entity_id] = merge_entity(old, by_id[entity_id])
        return list(by_id.values())

    def write_batch(self, articles: list[Article], errors: list[IngestError]) -> None:
        """All rows of a batch in one transaction: everything or nothing."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.insert_records("articles", Article, articles)
            for table, record in ANNOTATION_TABLES.items():
                if table == "entities":
                    continue
                self.insert_records(table, record, [r for a in articles for r in getattr(a, table)])
            entities = self.merged_entities([e for a in articles for e in a.entities])
            if entities:
                self.con.execute("DELETE FROM entities WHERE list_contains(?, entity_id)", [[e.entity_id for e in entities]])
                self.insert_records("entities", Entity, entities)
            self.insert_records("ingest_errors", IngestError, self.new_errors(errors))
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def new_errors(self, errors: list[IngestError]) -> list[IngestError]:
        """Errors not already recorded: re-ingesting the same dump changes no table."""
        fresh, seen = [], set()
        for error in errors:
            key = (error.source, error.line, error.reason)
            if key in seen:
                continue
            seen.add(key)
            exists = self.con.execute(
                "SELECT 1 FROM ingest_errors WHERE source = ? AND line IS NOT DISTINCT FROM ? AND reason = ? LIMIT 1",
                [error.source, error.line, error.reason],
            ).fetchone()
            if not exists:
                fresh.append(error)
        return fresh

    # -- queries ---------------------------------------------------------------------
    def query(self, sql: str, params: list | None = None) -> tuple[list[str], list[tuple]]:
        cursor = self.con.execute(sql, params or [])
        columns = [d[0] for d in cursor.description]
        return columns, cursor.fetchall()


def merge_entity(old: Entity | None, new: Entity) -> Entity:
    if old is None:
        return new
    aliases = list(dict.fromkeys([*old.aliases, *new.aliases]))
    return Entity(
        entity_id=old.entity_id,
        kind=old.kind,
        name_zh=old.name_zh or new.name_zh,
        name_en=old.name_en or new.name_en,
        aliases=aliases,
    )


def records_as_rows(records: list[Record]) -> list[dict]:
    return [row(r) for r in records]

"""Library queries behind `newsevents quotes|officials|claims` — callable from Python too.

Every filter value is a bound parameter; only fixed column names are composed into SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.config import Resources
from pipeline.store import Store


@dataclass
class Filters:
    speaker: str | None = None  # any alias: 川普 finds 特朗普 and Trump
    name: str | None = None  # officials: person name (any alias)
    title: str | None = None
    country: str | None = None
    quantity: str | None = None
    holder: str | None = None
    article: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    kind: str | None = None  # direct | indirect
    limit: int | None = None
    extra: dict = field(default_factory=dict)


def entity_ids_for_name(store: Store, name: str, resources: Resources | None = None) -> list[str]:
    """Every entity id the name may denote: stored names and aliases (any script), plus
    the curated alias table (so 特朗普 finds 川普 even if only 川普 was ever stored)."""
    from pipeline import entities  # the curated table lives with the entity linker

    ids = {r[0] for r in store.con.execute(
        "SELECT entity_id FROM entities WHERE name_zh = ? OR lower(name_en) = lower(?) OR list_contains(aliases, ?)",
        [name, name, name]).fetchall()}
    if name.isascii() and name.strip() and " " not in name.strip():
        # A surname finds everyone the database names with it in full (Harris → Kamala Harris):
        # the linker itself never merges on a surname alone, but a user asking for one means them.
        ids |= {r[0] for r in store.con.execute(
            "SELECT entity_id FROM entities WHERE kind = 'PERSON' AND lower(name_en) LIKE '% ' || lower(?)",
            [name.strip()]).fetchall()}
    canonical = entities.canonical_entity_id(name, None, resources or Resources())
    if canonical:
        ids.add(canonical)
    return sorted(ids)


def _common_filters(f: Filters, clauses: list[str], params: list, date_column: str = "published") -> None:
    if f.article:
        clauses.append("article_id = ?")
        params.append(f.article)
    if f.since:
        clauses.append(f"{date_column} >= ?")
        params.append(f.since)
    if f.until:
        clauses.append(f"{date_column} <= ?")
        params.append(f.until)


def _finish(view: str, columns: str, clauses: list[str], params: list, order: str, limit: int | None) -> tuple[str, list]:
    sql = f"SELECT {columns} FROM {view}"
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += f" ORDER BY {order}"
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return sql, params


QUOTE_COLUMNS = ("statement_id, article_id, published, kind, speaker, title, organization, country, cue, "
                 "quote, said_on, article_title, url")
OFFICIAL_COLUMNS = "article_id, published, name, name_en, title, organization, country, status, entity_id"
CLAIM_COLUMNS = ("claim_id, article_id, published, text, value, value_low, value_high, unit, quantity, "
                 "qualifier, holder, claimant, time_value")


# One filter of a query: the user's value (None = not given), the SQL clause with `?`
# placeholders, and how the value becomes the clause's bound parameters.
Condition = tuple[object, str, Callable[[object], list]]


def _select(store: Store, view: str, columns: str, f: Filters, conditions: list[Condition]) -> tuple[list[str], list[tuple]]:
    clauses: list[str] = []
    params: list = []
    for value, clause, bind in conditions:
        if value:
            clauses.append(clause)
            params += bind(value)
    _common_filters(f, clauses, params)
    return store.query(*_finish(view, columns, clauses, params, "published NULLS LAST, article_id, start", f.limit))


def _one(value: object) -> list:
    return [value]


def quotes(store: Store, f: Filters, resources: Resources | None = None) -> tuple[list[str], list[tuple]]:
    return _select(store, "v_quotes", QUOTE_COLUMNS, f, [
        (f.speaker, "(list_contains(?, speaker_entity_id) OR speaker = ?)",
         lambda v: [entity_ids_for_name(store, v, resources), v]),
        (f.kind, "kind = ?", _one),
    ])


def officials(store: Store, f: Filters, resources: Resources | None = None) -> tuple[list[str], list[tuple]]:
    return _select(store, "v_officials", OFFICIAL_COLUMNS, f, [
        (f.name, "(list_contains(?, entity_id) OR name = ?)", lambda v: [entity_ids_for_name(store, v, resources), v]),
        (f.title, "contains(title, ?)", _one),
        (f.country, "country = ?", lambda v: [v.upper()]),
    ])


def claims(store: Store, f: Filters, resources: Resources | None = None) -> tuple[list[str], list[tuple]]:
    return _select(store, "v_claims", CLAIM_COLUMNS, f, [
        (f.quantity, "contains(quantity, ?)", _one),
        (f.holder, "contains(holder, ?)", _one),
    ])


def export_views(store: Store, out_dir, formats: list[str]) -> list[str]:
    """Each dashboard view to `out_dir/<view>.<fmt>`; returns the files written."""
    from pathlib import Path

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for view in ("v_quotes", "v_claims", "v_officials"):
        table = store.con.sql(f"SELECT * FROM {view}").to_arrow_table()
        for fmt in formats:
            path = out / f"{view}.{fmt}"
            if fmt == "parquet":
                import pyarrow.parquet as pq

                pq.write_table(table, path)
            else:
                import pyarrow.csv as pacsv

                pacsv.write_csv(table, path)
            written.append(str(path))
    return written

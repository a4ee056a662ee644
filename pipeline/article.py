"""The one schema: pydantic records for every SPEC table.

The DuckDB DDL (store.py) and the `annotate` JSON (annotate.py) are both derived from
these classes, so a column is added here and nowhere else.  Fields marked
``Field(exclude=True)`` are working state for the stages and are never stored.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

Lang = Literal["zh-Hant", "zh-Hans", "en"]
MentionLabel = Literal["PERSON", "ORG", "GPE", "LOC", "TITLE"]
EntityKind = Literal["PERSON", "ORG", "GPE", "LOC"]
StatementKind = Literal["direct", "indirect"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Qualifier = Literal["=", ">", ">=", "<", "<=", "~"]


class Record(BaseModel):
    """Base for every stored row: strict field names, no silent extras."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)

    # Which table the record lands in; None for records that are not stored.
    __table__: str | None = None


class Span(Record):
    """A character span into the stored original text (``text[start:end] == surface``)."""

    start: int
    end: int


class Sentence(Record):
    __table__ = "sentences"
    article_id: str
    sent_idx: int
    start: int
    end: int
    text: str


class Token(BaseModel):
    """A jieba word on the Simplified view; offsets are into the original text too."""

    start: int
    end: int
    text: str  # surface in the original script
    pos: str = ""


class Mention(Record):
    __table__ = "mentions"
    article_id: str
    mention_id: int
    start: int
    end: int
    text: str
    label: MentionLabel
    entity_id: Optional[str] = None
    source: str = "model"  # model | lexicon | alias | rule — which component found it


class Entity(Record):
    __table__ = "entities"
    entity_id: str
    kind: EntityKind
    name_zh: Optional[str] = None
    name_en: Optional[str] = None
    aliases: list[str] = Field(default_factory=list)


class Official(Record):
    __table__ = "officials"
    article_id: str
    entity_id: Optional[str] = None
    name: str
    title: str
    organization: Optional[str] = None
    country: Optional[str] = None  # ISO 3166-1 alpha-2
    start: int  # span of the whole frame (俄羅斯總統普亭)
    end: int
    name_start: Optional[int] = None
    name_end: Optional[int] = None
    status: str = "current"  # current | former (前/時任) | acting (代理)


class Statement(Record):
    __table__ = "statements"
    statement_id: str
    article_id: str
    speaker_entity_id: Optional[str] = None
    speaker: Optional[str] = None
    speaker_title: Optional[str] = None
    kind: StatementKind
    cue: Optional[str] = None
    text: str
    start: int  # span of `text` (the quote without its marks, or the reported clause)
    end: int
    sent_idx: int
    said_on: Optional[str] = None  # TIMEX value (2025-08) when the text dates the statement
    speaker_start: Optional[int] = None
    speaker_end: Optional[int] = None


class TimeExpression(Record):
    __table__ = "time_expressions"
    article_id: str
    start: int
    end: int
    text: str
    type: TimexType
    value: Optional[str] = None
    mod: Optional[str] = None
    range_start: Optional[dt.date] = None
    range_end: Optional[dt.date] = None


class NumericClaim(Record):
    __table__ = "numeric_claims"
    claim_id: str
    article_id: str
    start: int
    end: int
    text: str
    value: Optional[float] = None
    value_low: Optional[float] = None
    value_high: Optional[float] = None
    unit: Optional[str] = None
    quantity: Optional[str] = None
    qualifier: Qualifier = "="
    holder: Optional[str] = None
    claimant: Optional[str] = None
    time_value: Optional[str] = None
    sent_idx: int


class Event(Record):
    __table__ = "events"
    event_id: str
    article_id: str
    published: Optional[dt.date] = None
    event_type: Literal["statement", "claim"]
    actor_entity_id: Optional[str] = None
    actor: Optional[str] = None
    event_date: Optional[str] = None  # TIMEX value: said_on / time_value, else published
    statement_id: Optional[str] = None
    claim_id: Optional[str] = None
    summary: str


class IngestError(Record):
    """Bad input is data: one row per item that could not be (fully) ingested."""

    __table__ = "ingest_errors"
    source: str  # the file (and member) the item came from
    line: Optional[int] = None  # 1-based line for JSONL items
    item: Optional[str] = None  # the article id when known
    severity: Literal["error", "warning"] = "error"
    reason: str
    hint: str = ""

    def one_line(self) -> str:
        where = self.source + (f":{self.line}" if self.line else "")
        hint = f" ({self.hint})" if self.hint else ""
        return f"{self.severity}: {where}: {self.reason}{hint}"


class Article(Record):
    """The document that flows through the stages.

    The stored columns come first; the annotation lists after them are filled by the
    stages and stored in their own tables; `view` and `tokens` are working state.
    """

    __table__ = "articles"
    article_id: str
    source: Optional[str] = None
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[dt.date] = None
    lang: Lang
    text: str
    content_hash: str
    ingested_at: Optional[dt.datetime] = None
    encoding: Optional[str] = None  # detected encoding of the input file (utf-8, big5, gb18030 …)
    region: Optional[str] = None  # ISO country of the source when known (TW for 我國 in Taiwan news)

    # Working state — never stored.
    view: str = Field(default="", exclude=True)  # Simplified, half-width, same length as text
    tokens: list[Token] = Field(default_factory=list, exclude=True)

    # Annotations, one list per table.
    sentences: list[Sentence] = Field(default_factory=list, exclude=True)
    mentions: list[Mention] = Field(default_factory=list, exclude=True)
    entities: list[Entity] = Field(default_factory=list, exclude=True)
    officials: list[Official] = Field(default_factory=list, exclude=True)
    statements: list[Statement] = Field(default_factory=list, exclude=True)
    time_expressions: list[TimeExpression] = Field(default_factory=list, exclude=True)
    numeric_claims: list[NumericClaim] = Field(default_factory=list, exclude=True)
    events: list[Event] = Field(default_factory=list, exclude=True)

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing `offset` (the last one before it otherwise)."""
        found = 0
        for sentence in self.sentences:
            if sentence.start <= offset:
                found = sentence.sent_idx
            else:
                break
        return found


# The annotation tables in SPEC order: the keys of an `annotate` output line.
ANNOTATION_TABLES: dict[str, type[Record]] = {
    "sentences": Sentence,
    "mentions": Mention,
    "entities": Entity,
    "officials": Official,
    "statements": Statement,
    "time_expressions": TimeExpression,
    "numeric_claims": NumericClaim,
    "events": Event,
}

# Every stored table, in the order they are created.
TABLES: dict[str, type[Record]] = {
    "articles": Article,
    **ANNOTATION_TABLES,
    "ingest_errors": IngestError,
}


def stored_fields(record: type[Record]) -> dict[str, object]:
    """The columns of a record's table: its fields that are not excluded working state."""
    return {name: f for name, f in record.model_fields.items() if not f.exclude}


def row(record: Record) -> dict:
    """The stored columns of one record as a JSON-ready dict (dates as ISO strings)."""
    return record.model_dump(mode="json")

"""Flatten statements and numeric claims into `events`: the one table a dashboard reads."""

from __future__ import annotations

from pipeline.article import Article, Event, NumericClaim, Statement
from pipeline.config import Resources

SUMMARY_QUOTE_CHARS = 80


def format_number(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def statement_event(article: Article, statement: Statement) -> Event:
    quote = statement.text if len(statement.text) <= SUMMARY_QUOTE_CHARS else statement.text[:SUMMARY_QUOTE_CHARS] + "…"
    speaker = statement.speaker or "(unattributed)"
    return Event(
        event_id=f"{statement.statement_id}:ev",
        article_id=article.article_id,
        published=article.published,
        event_type="statement",
        actor_entity_id=statement.speaker_entity_id,
        actor=statement.speaker,
        event_date=statement.said_on or (article.published.isoformat() if article.published else None),
        statement_id=statement.statement_id,
        summary=f"{speaker} {statement.cue or ''}: {quote}".replace("  ", " "),
    )


def statement_covering(article: Article, claim: NumericClaim) -> Statement | None:
    """The statement whose text contains the number: its speaker is the claim's actor."""
    for statement in article.statements:
        if statement.start <= claim.start and claim.end <= statement.end:
            return statement
    return None


def claim_event(article: Article, claim: NumericClaim) -> Event:
    if claim.value_low is not None and claim.value_high is not None:
        amount = f"{format_number(claim.value_low)}–{format_number(claim.value_high)}"
    else:
        amount = format_number(claim.value)
    qualifier = "" if claim.qualifier == "=" else claim.qualifier + " "
    parts = [claim.holder or "", claim.quantity or "", f"{qualifier}{amount}{claim.unit or ''}"]
    summary = " ".join(p for p in parts if p)
    if claim.claimant:
        summary += f" (according to {claim.claimant})"
    statement = statement_covering(article, claim)
    return Event(
        event_id=f"{claim.claim_id}:ev",
        article_id=article.article_id,
        published=article.published,
        event_type="claim",
        # A number inside a statement is that speaker's claim, whatever name form the
        # claimant took (美國防部 written, 美國國防部 expanded).
        actor_entity_id=statement.speaker_entity_id if statement else None,
        actor=claim.claimant or claim.holder,
        event_date=claim.time_value or (article.published.isoformat() if article.published else None),
        statement_id=statement.statement_id if statement else None,
        claim_id=claim.claim_id,
        summary=summary,
    )


def build_events(article: Article, resources: Resources) -> Article:
    """Stage: one event per statement and per numeric claim."""
    article.events = [statement_event(article, s) for s in article.statements] + [
        claim_event(article, c) for c in article.numeric_claims
    ]
    return article

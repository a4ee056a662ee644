import datetime as dt

from pipeline.article import Article, NumericClaim, Statement
from pipeline.events import build_events


def article_with(statements, claims):
    article = Article(article_id="a", lang="zh-Hant", text="x" * 200, content_hash="h", published=dt.date(2026, 2, 9))
    article.statements, article.numeric_claims = statements, claims
    return article


def test_one_event_per_statement_and_per_claim():
    statement = Statement(statement_id="a:st0", article_id="a", speaker="川普", speaker_entity_id="P1", kind="direct",
                          cue="表示", text="中國只要五、六年就可以追上", start=10, end=23, sent_idx=0, said_on="2025-08")
    claim = NumericClaim(claim_id="a:nc0", article_id="a", start=16, end=20, text="五、六年", value_low=5, value_high=6,
                         unit="年", sent_idx=0, claimant="川普")
    other = NumericClaim(claim_id="a:nc1", article_id="a", start=100, end=104, text="600枚", value=600, unit="枚",
                         quantity="核彈頭", qualifier=">", holder="中國", claimant="美國國防部", time_value="2024", sent_idx=3)
    events = build_events(article_with([statement], [claim, other]), None).events
    assert [e.event_type for e in events] == ["statement", "claim", "claim"]
    said, in_quote, report = events
    assert (said.actor, said.actor_entity_id, said.event_date, said.statement_id) == ("川普", "P1", "2025-08", "a:st0")
    assert "川普 表示: 中國只要" in said.summary
    assert (in_quote.actor_entity_id, in_quote.statement_id, in_quote.event_date) == ("P1", "a:st0", "2026-02-09")
    assert "5–6年" in in_quote.summary
    assert report.summary == "中國 核彈頭 > 600枚 (according to 美國國防部)"
    assert (report.event_date, report.statement_id, report.actor) == ("2024", None, "美國國防部")


def test_events_without_publication_date_have_no_invented_date():
    statement = Statement(statement_id="a:st0", article_id="a", kind="indirect", text="好", start=0, end=1, sent_idx=0)
    article = article_with([statement], [])
    article.published = None
    assert build_events(article, None).events[0].event_date is None

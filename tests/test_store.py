import datetime as dt

import pytest

from pipeline.article import TABLES, Entity, stored_fields
from pipeline.store import Store, create_table_sql, merge_entity

SPEC_COLUMNS = {
    "articles": "article_id source url title published lang text content_hash ingested_at",
    "sentences": "article_id sent_idx start end text",
    "mentions": "article_id mention_id start end text label entity_id",
    "entities": "entity_id kind name_zh name_en aliases",
    "officials": "article_id entity_id name title organization country start end",
    "statements": "statement_id article_id speaker_entity_id speaker speaker_title kind cue text start end sent_idx said_on",
    "time_expressions": "article_id start end text type value mod range_start range_end",
    "numeric_claims": "claim_id article_id start end text value unit quantity qualifier holder claimant time_value sent_idx value_low value_high",
    "events": "event_id article_id published event_type actor_entity_id actor event_date statement_id claim_id summary",
}


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def columns(store, table):
    return {r[0] for r in store.con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}


@pytest.mark.parametrize("table", sorted(SPEC_COLUMNS))
def test_every_spec_column_exists(store, table):
    assert set(SPEC_COLUMNS[table].split()) <= columns(store, table)


@pytest.mark.parametrize("table", sorted(TABLES))
def test_ddl_is_derived_from_the_records(store, table):
    assert columns(store, table) == set(stored_fields(TABLES[table]))


def test_published_is_a_date_column(store):
    kind = store.con.execute("SELECT data_type FROM information_schema.columns WHERE table_name='articles' AND column_name='published'").fetchone()[0]
    assert kind == "DATE"
    assert "VARCHAR[]" in create_table_sql("entities", Entity)


@pytest.mark.parametrize("view", ["v_quotes", "v_claims", "v_officials"])
def test_views_exist(store, view):
    assert store.con.execute(f"SELECT count(*) FROM {view}").fetchone()[0] == 0


def test_entities_merge_aliases_across_batches(store, trump_article):
    first = Entity(entity_id="Pabc", kind="PERSON", name_zh="川普", name_en="Donald Trump", aliases=["川普"])
    second = Entity(entity_id="Pabc", kind="PERSON", name_zh="特朗普", aliases=["特朗普", "Trump"])
    store.write_batch([], [])
    a = trump_article.model_copy(deep=True)
    a.entities = [first]
    store.write_batch([a], [])
    b = trump_article.model_copy(deep=True, update={"article_id": "other", "content_hash": "h2"})
    b.entities = [second]
    for table in ("sentences", "mentions", "officials", "statements", "time_expressions", "numeric_claims", "events"):
        setattr(b, table, [])
    store.write_batch([b], [])
    rows = store.con.execute("SELECT name_zh, name_en, aliases FROM entities").fetchall()
    assert rows == [("川普", "Donald Trump", ["川普", "特朗普", "Trump"])]


def test_merge_entity_keeps_first_names():
    merged = merge_entity(Entity(entity_id="x", kind="GPE", name_zh="中國", aliases=["中國"]),
                          Entity(entity_id="x", kind="GPE", name_zh="大陸", name_en="China", aliases=["大陸", "中國"]))
    assert (merged.name_zh, merged.name_en, merged.aliases) == ("中國", "China", ["中國", "大陸"])


def test_stored_rows_round_trip(store, trump_article):
    store.write_batch([trump_article], [])
    text, published = store.con.execute("SELECT text, published FROM articles").fetchone()
    assert text == trump_article.text and published == dt.date(2026, 2, 9)
    assert store.con.execute("SELECT count(*) FROM sentences").fetchone()[0] == len(trump_article.sentences)


def test_hostile_filter_values_are_bound_not_formatted(store, trump_article):
    from pipeline import queries

    store.write_batch([trump_article], [])
    for hostile in ["'; DROP TABLE articles; --", "川普' OR '1'='1"]:
        _, rows = queries.quotes(store, queries.Filters(speaker=hostile))
        assert rows == []
    assert store.con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1

import datetime as dt
import gzip
import json

import duckdb
import pytest

from pipeline.batch import ingest_paths
from pipeline.errors import InputNotFound, ItemError
from pipeline.ingest import content_hash, decode_bytes, parse_published, read_items, split_date_header
from pipeline.store import Store

ARTICLE_TW = "行政院長卓榮泰今天表示：「我們會持續推動能源轉型。」他說，政府預計明年投入超過100億元。"
ARTICLE_CN = "国务院总理李强3月5日在北京表示，今年经济增长目标为5%左右。他说：“我们有信心实现目标。”"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (ARTICLE_TW.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ARTICLE_TW.encode("utf-8"), "utf-8-sig"),
        (ARTICLE_TW.encode("big5"), "big5"),
        (ARTICLE_CN.encode("gb18030"), "gb18030"),
        (ARTICLE_TW.encode("utf-16"), "utf-16"),
    ],
)
def test_decode_detects_newsroom_encodings(data, encoding):
    decoded = decode_bytes(data)
    assert decoded.text.lstrip("\ufeff") in (ARTICLE_TW, ARTICLE_CN)
    assert decoded.encoding.replace("_", "").replace("-", "").startswith(encoding.replace("-", "").replace("_", "")[:5])


@pytest.mark.parametrize("data, reason", [(b"", "empty file"), (b"  \n ", "empty file"),
                                          (bytes(range(256)) * 4, "binary file")])
def test_decode_rejects_bad_bytes(data, reason):
    with pytest.raises(ItemError, match=reason):
        decode_bytes(data)


@pytest.mark.parametrize(
    "text, date, body",
    [
        (" date 2026-02-09 美國總統川普", "2026-02-09", "美國總統川普"),
        ("date 2026-02-05\n美國和俄羅斯", "2026-02-05", "美國和俄羅斯"),
        ("\ufeff\n  date 2025-01-01 正文", "2025-01-01", "正文"),
        ("沒有日期的文章", None, "沒有日期的文章"),
    ],
)
def test_date_header(text, date, body):
    assert split_date_header(text) == (date, body)


@pytest.mark.parametrize(
    "value, expected",
    [("2026-02-09", dt.date(2026, 2, 9)), ("2026-02-09T23:30:00+08:00", dt.date(2026, 2, 9)),
     ("2026-02-03T10:00:00Z", dt.date(2026, 2, 3)), (None, None), ("", None)],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["not-a-date", "2026-13-01", 20260209])
def test_parse_published_rejects(value):
    with pytest.raises(ValueError):
        parse_published(value)


def test_content_hash_ignores_white_space():
    assert content_hash("川普 表示\n") == content_hash("川普表示")


def test_sample_articles_read_with_their_dates(sample_articles):
    trump = sample_articles["000_9166726dca222a47"]
    assert trump.published == dt.date(2026, 2, 9)
    assert trump.lang == "zh-Hant" and trump.encoding == "utf-8"
    assert trump.text.startswith("美國總統川普")
    assert sample_articles["002_f5a54edcd3723d2f"].published == dt.date(2026, 2, 5)


def test_missing_path_is_a_clear_error(builder, tmp_path):
    with pytest.raises(InputNotFound, match="no such file"):
        list(read_items([tmp_path / "nope"], builder))


@pytest.fixture()
def dump(tmp_path):
    """The issue's acceptance dump: samples, Big5, empty, binary, and a mixed JSONL file."""
    from tests.conftest import SAMPLE_FILES

    folder = tmp_path / "dump"
    folder.mkdir()
    for path in SAMPLE_FILES:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "big5_article.txt").write_bytes(("date 2025-03-01\n" + ARTICLE_TW).encode("big5"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.bin").write_bytes(bytes(range(256)) * 20)
    lines = [
        json.dumps({"id": "hans-1", "text": ARTICLE_CN, "published": "2025-03-05", "lang": "zh-Hans"}, ensure_ascii=False),
        json.dumps({"id": "en-1", "published": "2026-02-03T10:00:00Z",
                    "text": 'President Donald Trump said on Tuesday that the treaty would expire. '
                            '"If it expires, it expires," Trump told reporters.'}),
        "{this is not json",
        json.dumps({"id": "bad-date", "text": "外交部发言人林剑表示，中方对条约失效表示遗憾。", "published": "not-a-date"},
                   ensure_ascii=False),
    ]
    (folder / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def table_snapshot(db):
    con = duckdb.connect(str(db), read_only=True)
    tables = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'").fetchall()]
    snapshot = {t: sorted(map(str, con.execute(f'SELECT * FROM "{t}"').fetchall())) for t in tables}
    con.close()
    return snapshot


def test_acceptance_dump(dump, tmp_path):
    db = tmp_path / "news.duckdb"
    summary = ingest_paths([dump], db)
    assert summary.added == 6 and summary.failed == 3 and summary.warnings == 1
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 6
    assert con.execute("SELECT count(*) FROM ingest_errors WHERE severity = 'error'").fetchone()[0] >= 3
    assert con.execute("SELECT published FROM articles WHERE article_id = '000_9166726dca222a47'").fetchone()[0] == dt.date(2026, 2, 9)
    langs = dict(con.execute("SELECT article_id, lang FROM articles").fetchall())
    assert langs == {"000_9166726dca222a47": "zh-Hant", "002_f5a54edcd3723d2f": "zh-Hant", "big5_article": "zh-Hant",
                     "hans-1": "zh-Hans", "en-1": "en", "bad-date": "zh-Hans"}
    assert con.execute("SELECT encoding FROM articles WHERE article_id = 'big5_article'").fetchone()[0].startswith(("big5", "cp950"))
    assert con.execute("SELECT published FROM articles WHERE article_id = 'bad-date'").fetchone()[0] is None
    reasons = " ".join(r[0] for r in con.execute("SELECT reason FROM ingest_errors").fetchall())
    assert "empty file" in reasons and "binary" in reasons and "not JSON" in reasons and "not-a-date" in reasons
    con.close()

    before = table_snapshot(db)
    again = ingest_paths([dump], db)
    assert again.added == 0 and again.duplicates == 6
    assert table_snapshot(db) == before


def test_failed_batch_leaves_database_as_before(dump, tmp_path, monkeypatch):
    db = tmp_path / "news.duckdb"
    ingest_paths([dump / "000_9166726dca222a47.txt"], db)
    before = table_snapshot(db)

    def broken(self, table, record, records):
        if table == "statements" or table == "events":
            raise RuntimeError("disk full")
        return original(self, table, record, records)

    original = Store.insert_records
    monkeypatch.setattr(Store, "insert_records", broken)
    with pytest.raises(RuntimeError):
        ingest_paths([dump], db)
    monkeypatch.setattr(Store, "insert_records", original)
    assert table_snapshot(db) == before


def test_same_id_other_text_is_an_error_not_an_overwrite(tmp_path):
    first = tmp_path / "a.jsonl"
    first.write_text(json.dumps({"id": "x", "text": "第一篇文章。"}, ensure_ascii=False) + "\n", encoding="utf-8")
    second = tmp_path / "b.jsonl.gz"
    with gzip.open(second, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "x", "text": "另一篇文章。"}, ensure_ascii=False) + "\n")
    db = tmp_path / "n.duckdb"
    ingest_paths([first], db)
    summary = ingest_paths([second], db)
    assert summary.added == 0 and summary.failed == 1
    assert "already stored" in summary.errors[0].reason
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT text FROM articles").fetchall() == [("第一篇文章。",)]


def test_parallel_workers_store_the_same_rows(dump, tmp_path):
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    ingest_paths([dump], one)
    ingest_paths([dump], two, workers=2)
    a, b = table_snapshot(one), table_snapshot(two)
    for table in a:
        if table == "articles":  # ingested_at differs
            continue
        assert a[table] == b[table], table


@pytest.mark.parametrize("source, region", [("中央通訊社", "TW"), ("CCTV新闻联播", "CN"), ("Focus Taiwan (CNA English)", "TW"),
                                            ("New York Times", "US"), ("某地方小報", None), (None, None)])
def test_region_from_outlet(builder, source, region):
    assert builder.region_of(source) == region
    article, _ = builder.build(text="我國外交部表示。", source=source or "x.jsonl")
    assert article.region == region

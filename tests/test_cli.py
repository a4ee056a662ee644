"""Every command run as a user would: through the CLI, checking what it printed and stored."""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from tests.conftest import CORPUS, ROOT

runner = CliRunner()


def invoke(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "news.duckdb"
    result = invoke("ingest", CORPUS, "--db", path)
    assert result.exit_code == 0, result.output
    return path


def test_ingest_prints_a_summary(db):
    result = invoke("ingest", CORPUS, "--db", db)
    assert "articles added: 0, skipped as duplicates: 2, failed: 0" in result.stdout
    assert "tables: articles 2" in result.stdout


def test_console_script_runs_as_installed(tmp_path):
    script = Path(sys.executable).parent / "newsevents"
    out = subprocess.run([str(script), "ingest", str(CORPUS), "--db", str(tmp_path / "x.duckdb")],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    assert "articles added: 2" in out.stdout


def test_missing_input_is_one_line_not_a_traceback(tmp_path):
    script = Path(sys.executable).parent / "newsevents"
    out = subprocess.run([str(script), "ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "x.duckdb")],
                         capture_output=True, text=True)
    assert out.returncode == 2
    assert out.stderr.strip().startswith("newsevents: ") and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def sample_jsonl(tmp_path):
    lines = []
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text("utf-8")
        date = text.split()[1]
        body = text.strip()[len("date ") + len(date):].strip()
        lines.append(json.dumps({"id": path.stem, "text": body, "published": date}, ensure_ascii=False))
    lines.append("not json")
    file = tmp_path / "samples.jsonl"
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return file


def test_annotate_gives_exactly_what_ingest_stores(db, tmp_path):
    result = invoke("annotate", sample_jsonl(tmp_path))
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 3 and lines[2]["error"].startswith("not JSON")
    con = duckdb.connect(str(db), read_only=True)
    for record in lines[:2]:
        assert set(record) == {"id", "sentences", "mentions", "entities", "officials", "statements",
                               "time_expressions", "numeric_claims", "events"}
        for table in ("sentences", "mentions", "officials", "statements", "time_expressions", "numeric_claims"):
            cursor = con.execute(f'SELECT * FROM "{table}" WHERE article_id = ?', [record["id"]])
            names = [d[0] for d in cursor.description]
            stored = [{k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in zip(names, r)} for r in cursor.fetchall()]
            key = lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False, default=str)  # noqa: E731
            assert sorted(map(key, stored)) == sorted(map(key, record[table])), table


def test_annotate_reads_standard_input(tmp_path):
    line = json.dumps({"id": "s1", "text": "外交部發言人林劍表示，中方對條約失效表示遺憾。", "published": "2026-02-05"}, ensure_ascii=False)
    result = invoke("annotate", "-", input=line + "\n")
    record = json.loads(result.stdout)
    assert record["id"] == "s1" and record["sentences"][0]["text"].startswith("外交部")


@pytest.mark.parametrize("command", ["quotes", "officials", "claims"])
@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_query_commands_answer_in_every_format(db, command, fmt):
    result = invoke(command, "--db", db, "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "csv":
        header = next(csv.reader(io.StringIO(result.stdout)))
        assert "article_id" in header
    elif fmt == "json":
        for line in result.stdout.splitlines():
            assert "article_id" in json.loads(line)
    else:
        assert "rows" in result.stdout


def test_query_filters(db):
    everything = invoke("quotes", "--db", db, "--format", "json").stdout.splitlines()
    one = invoke("quotes", "--db", db, "--format", "json", "--article", "002_f5a54edcd3723d2f").stdout.splitlines()
    assert all(json.loads(r)["article_id"] == "002_f5a54edcd3723d2f" for r in one)
    later = invoke("quotes", "--db", db, "--format", "json", "--since", "2026-02-06").stdout.splitlines()
    assert all(json.loads(r)["published"] >= "2026-02-06" for r in later)
    assert len(one) + len(later) == len(everything)


def test_query_on_missing_database_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["quotes", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "no such database" in result.output


def test_export_writes_views_as_parquet_and_csv(db, tmp_path):
    import pyarrow.parquet as pq

    result = invoke("export", "--db", db, "--out", tmp_path / "out")
    assert result.exit_code == 0
    for view in ("v_quotes", "v_claims", "v_officials"):
        assert (tmp_path / "out" / f"{view}.csv").exists()
        table = pq.read_table(tmp_path / "out" / f"{view}.parquet")
        assert "article_id" in table.column_names


def test_readme_commands_are_the_make_targets():
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "make run" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text("utf-8")


def test_eval_articles_show_zero_prints_scores_but_no_rows(tmp_path):
    """`--show 0` is how a blind set is scored: figures, never its rows."""
    text = "外交部發言人毛寧說，中方不會參加。"
    gold = [{"text": text, "published": "2026-02-09", "officials": [], "dates": [], "numbers": [],
             "statements": [{"kind": "indirect", "speaker": "某人", "cue": "說", "text": "中方不會參加",
                             "start": text.find("中方"), "end": text.find("。"), "said_on": None}]}]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    shown = invoke("eval", "articles", path)
    assert shown.exit_code == 0 and "missed gold rows" in shown.output and "spurious predicted rows" in shown.output
    blind = invoke("eval", "articles", path, "--show", 0)
    assert blind.exit_code == 0 and "statements" in blind.output
    assert "中方不會參加" not in blind.output and "missed" not in blind.output


def test_a_surname_finds_the_people_named_with_it_in_full(tmp_path):
    """--speaker Harris finds Kamala Harris's quotes (the linker never merges on a surname alone,
    but a user asking for one means everyone the database names with it), not someone else's."""
    dump = tmp_path / "en.jsonl"
    dump.write_text(json.dumps({
        "id": "en-1", "lang": "en", "published": "2024-08-01",
        "text": ('Vice President Kamala Harris spoke in Atlanta on Tuesday.\n\n'
                 '"We are not going back," Kamala Harris said.\n\n'
                 '"The economy is strong," Senator Ted Cruz said.')}) + "\n", encoding="utf-8")
    path = tmp_path / "news.duckdb"
    assert invoke("ingest", dump, "--db", path).exit_code == 0
    rows = [json.loads(r) for r in invoke("quotes", "--db", path, "--speaker", "Harris", "--format", "json").stdout.splitlines()]
    assert rows and {r["quote"] for r in rows} == {"We are not going back,"}

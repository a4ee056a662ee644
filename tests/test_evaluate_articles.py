"""The whole-article scorer on small hand-made cases."""

from __future__ import annotations

import json

import pytest

from pipeline.evaluate.articles import NameMatcher, evaluate_articles, format_report

TEXT = "美國總統川普表示，「我們會達成更好的協議」。外交部發言人毛寧說，中方不會參加。去年8月中國有600枚核彈頭。"


def span(surface: str) -> tuple[int, int]:
    start = TEXT.find(surface)
    assert start >= 0
    return start, start + len(surface)


def gold_item() -> dict:
    quote, clause = span("我們會達成更好的協議"), span("中方不會參加")
    trump, mao = span("川普"), span("毛寧")
    date, number = span("去年8月"), span("600枚")
    return {
        "text": TEXT, "published": "2026-02-09",
        "officials": [
            {"name": "川普", "title": "總統", "organization": "美國", "country": "US", "start": trump[0], "end": trump[1]},
            {"name": "毛寧", "title": "發言人", "organization": "外交部", "country": "CN", "start": mao[0], "end": mao[1]},
        ],
        "statements": [
            {"kind": "direct", "speaker": "川普", "cue": "表示", "text": "我們會達成更好的協議",
             "start": quote[0], "end": quote[1], "said_on": None},
            {"kind": "indirect", "speaker": "毛寧", "cue": "說", "text": "中方不會參加",
             "start": clause[0], "end": clause[1], "said_on": None},
        ],
        "dates": [{"text": "去年8月", "type": "DATE", "value": "2025-08", "mod": None, "start": date[0], "end": date[1]}],
        "numbers": [{"text": "600枚", "value": 600, "unit": "枚", "quantity": "核彈頭", "qualifier": "=",
                     "holder": "中國", "start": number[0], "end": number[1]}],
    }


def perfect_prediction(item: dict) -> dict:
    """The gold rows as `annotate` would print them (officials with a whole-frame span)."""
    frame = span("美國總統川普")
    officials = [dict(item["officials"][0], start=frame[0], end=frame[1],
                      name_start=item["officials"][0]["start"], name_end=item["officials"][0]["end"]),
                 dict(item["officials"][1])]
    return {
        "officials": officials,
        "statements": [dict(s) for s in item["statements"]],
        "time_expressions": [dict(d) for d in item["dates"]],
        "numeric_claims": [dict(n) for n in item["numbers"]],
    }


@pytest.fixture
def gold_file(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps([gold_item()], ensure_ascii=False), encoding="utf-8")
    return path


def run(gold_file, prediction: dict) -> dict:
    return evaluate_articles(gold_file, lambda text, published: prediction)


def test_perfect_prediction_scores_one(gold_file):
    report = run(gold_file, perfect_prediction(gold_item()))
    for key in ("officials", "officials.name_only", "statements", "statements.direct", "statements.indirect",
                "dates", "numbers", "numbers.value_holder"):
        assert report[key]["f1"] == 1.0, key
    assert report["officials"]["attributes"]["country"]["accuracy"] == 1.0
    assert report["numbers"]["attributes"]["holder"]["accuracy"] == 1.0
    assert report["statements"]["attributes"]["said_on"]["accuracy"] == 1.0
    assert "officials" in format_report(report)


def test_missing_statement_lowers_recall_only(gold_file):
    prediction = perfect_prediction(gold_item())
    prediction["statements"] = prediction["statements"][:1]
    report = run(gold_file, prediction)
    assert report["statements"]["recall"] == 0.5
    assert report["statements"]["precision"] == 1.0
    assert report["statements.indirect"]["recall"] == 0.0
    assert report["statements.direct"]["f1"] == 1.0


def test_wrong_speaker_does_not_match(gold_file):
    prediction = perfect_prediction(gold_item())
    prediction["statements"][0]["speaker"] = "毛寧"
    report = run(gold_file, prediction)
    assert report["statements"]["tp"] == 1 and report["statements"]["fp"] == 1 and report["statements"]["fn"] == 1


def test_unmatched_predictions_are_listed_as_spurious(gold_file):
    prediction = perfect_prediction(gold_item())
    prediction["statements"][0]["speaker"] = "毛寧"
    report = run(gold_file, prediction)
    assert [row["text"] for row in report["statements"]["spurious"]] == ["我們會達成更好的協議"]
    assert [row["text"] for row in report["statements"]["missed"]] == ["我們會達成更好的協議"]
    assert report["dates"]["spurious"] == []
    printed = format_report(report)
    assert "spurious predicted rows" in printed and "speaker=毛寧" in printed
    assert "spurious" not in format_report(report, show_missed=0)


def test_lenient_speaker_names(gold_file):
    prediction = perfect_prediction(gold_item())
    prediction["statements"][0]["speaker"] = "特朗普"  # alias of 川普
    prediction["statements"][1]["speaker"] = "外交部發言人毛寧"  # contains the gold name
    assert run(gold_file, prediction)["statements"]["f1"] == 1.0


def test_overlap_is_enough_but_disjoint_is_not(gold_file):
    item = gold_item()
    prediction = perfect_prediction(item)
    start, end = item["statements"][0]["start"], item["statements"][0]["end"]
    prediction["statements"][0].update(start=start - 1, end=start + 2)  # the mark and two characters
    assert run(gold_file, prediction)["statements"]["tp"] == 2
    prediction["statements"][0].update(start=end + 1, end=end + 3)  # touches nothing of the quote
    assert run(gold_file, prediction)["statements"]["tp"] == 1


def test_matching_is_one_to_one(gold_file):
    prediction = perfect_prediction(gold_item())
    prediction["numeric_claims"].append(dict(prediction["numeric_claims"][0]))
    report = run(gold_file, prediction)
    assert report["numbers"]["tp"] == 1 and report["numbers"]["fp"] == 1 and report["numbers"]["precision"] == 0.5


def test_official_title_and_name_only(gold_file):
    prediction = perfect_prediction(gold_item())
    prediction["officials"][1]["title"] = "外交部發言人"
    report = run(gold_file, prediction)
    assert report["officials"]["tp"] == 1
    assert report["officials.name_only"]["tp"] == 2


def test_date_value_and_number_tolerance(gold_file):
    prediction = perfect_prediction(gold_item())
    prediction["time_expressions"][0]["value"] = "2025"
    prediction["numeric_claims"][0]["value"] = 600.00001
    report = run(gold_file, prediction)
    assert report["dates"]["tp"] == 0 and report["dates"]["fn"] == 1
    assert report["numbers"]["tp"] == 1


def test_attribute_accuracy_on_matched_rows(gold_file):
    prediction = perfect_prediction(gold_item())
    prediction["numeric_claims"][0].update(qualifier=">", holder=None)
    prediction["officials"][1]["country"] = "TW"
    report = run(gold_file, prediction)
    assert report["numbers"]["attributes"]["qualifier"]["accuracy"] == 0.0
    assert report["numbers"]["attributes"]["holder"]["accuracy"] == 0.0
    assert report["numbers"]["attributes"]["unit"]["accuracy"] == 1.0
    assert report["officials"]["attributes"]["country"]["accuracy"] == 0.5


def test_gold_range_matches_low_high_or_inside(tmp_path):
    text = "中國只要五、六年就可以追上"
    start = text.find("五、六年")
    gold = [{"text": text, "published": "2026-02-09", "officials": [], "statements": [], "dates": [],
             "numbers": [{"text": "五、六年", "value": None, "value_low": 5, "value_high": 6, "unit": "年",
                          "quantity": None, "qualifier": "=", "holder": "中國", "start": start, "end": start + 4}]}]
    path = tmp_path / "g.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    for row in ({"value": 5}, {"value": None, "value_low": 5, "value_high": 6}, {"value": 7}):
        predicted = {"numeric_claims": [dict(row, start=start, end=start + 4)]}
        tp = evaluate_articles(path, lambda t, p, predicted=predicted: predicted)["numbers"]["tp"]
        assert tp == (0 if row.get("value") == 7 else 1), row


def test_file_items_resolve_beside_the_gold_file(tmp_path):
    (tmp_path / "a.txt").write_text(" date 2026-02-05 美國總統川普表示，會談很好。\n", encoding="utf-8")
    text = "美國總統川普表示，會談很好。"
    s = text.find("會談很好")
    gold = [{"file": "a.txt", "officials": [], "dates": [], "numbers": [],
             "statements": [{"kind": "indirect", "speaker": "川普", "cue": "表示", "text": "會談很好",
                             "start": s, "end": s + 4, "said_on": None}]}]
    path = tmp_path / "g.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    seen = {}

    def annotate(text_in, published):
        seen.update(text=text_in, published=published)
        return {"statements": [{"kind": "indirect", "speaker": "川普", "start": s, "end": s + 4, "text": "會談很好"}]}

    report = evaluate_articles(path, annotate)
    assert seen == {"text": text, "published": "2026-02-05"}
    assert report["statements"]["f1"] == 1.0


def test_annotate_errors_are_reported_not_raised(gold_file):
    def broken(text, published):
        raise RuntimeError("boom")

    report = evaluate_articles(gold_file, broken)
    assert report["statements"]["recall"] == 0.0
    assert report["errors"] and "boom" in format_report(report)


def test_quotes_subset_formats():
    report = {"statements": {"tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}}
    assert "statements" in format_report(report)


@pytest.mark.parametrize("a, b, same", [
    ("川普", "川普", True), ("川普", "特朗普", True), ("習近平", "习近平", True), ("毛寧", "外交部發言人毛寧", True),
    ("川普", "拜登", False), ("美國/俄羅斯", "俄羅斯", True), (None, None, True), ("中國", None, False),
])
def test_name_matcher(a, b, same):
    assert NameMatcher().same(a, b) is same


def test_the_gold_scored_against_itself_is_perfect():
    """The real gold file through the scorer: every row matches itself (keys, spans and the
    `file` items of the sample articles resolve)."""
    from pathlib import Path

    gold_path = Path(__file__).resolve().parent / "gold" / "articles.json"
    items = {item["id"]: item for item in json.loads(gold_path.read_text(encoding="utf-8"))}
    by_text = {}
    from pipeline.evaluate.articles import load_gold

    for item in load_gold(gold_path):
        gold = items[item["id"]]
        by_text[item["text"]] = {
            "officials": gold["officials"], "statements": gold["statements"],
            "time_expressions": gold["dates"], "numeric_claims": gold["numbers"],
        }
    report = evaluate_articles(gold_path, lambda text, published: by_text[text])
    for key in ("officials", "statements", "statements.direct", "statements.indirect", "dates", "numbers",
                "numbers.value_holder"):
        assert report[key]["f1"] == 1.0, key
    for key in ("officials", "statements", "numbers"):
        for attribute, score in report[key]["attributes"].items():
            assert score["accuracy"] in (1.0, None), (key, attribute)


def test_value_holder_needs_both(gold_file):
    prediction = perfect_prediction(gold_item())
    prediction["numeric_claims"][0]["holder"] = "美國"
    report = run(gold_file, prediction)
    assert report["numbers"]["tp"] == 1 and report["numbers.value_holder"]["tp"] == 0


def test_gold_folder_of_files(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    for name in ("a.json", "b.json"):
        (folder / name).write_text(json.dumps([gold_item()], ensure_ascii=False), encoding="utf-8")
    prediction = perfect_prediction(gold_item())
    report = evaluate_articles(folder, lambda text, published: prediction)
    assert report["articles"] == 2 and report["statements"]["tp"] == 4


def test_a_table_missing_from_the_gold_is_not_scored(tmp_path):
    """A gold set annotated for statements only: the predicted officials, dates and numbers are
    neither right nor wrong there; an empty list, though, says the article has none."""
    item = gold_item()
    del item["officials"], item["dates"]
    item["numbers"] = []
    path = tmp_path / "statements_only.json"
    path.write_text(json.dumps([item], ensure_ascii=False), encoding="utf-8")
    report = evaluate_articles(path, lambda text, published: perfect_prediction(gold_item()))
    assert report["statements"]["tp"] == 2 and report["statements"]["fp"] == 0
    assert report["officials"]["tp"] + report["officials"]["fp"] + report["officials"]["fn"] == 0
    assert report["dates"]["fp"] == 0
    assert report["numbers"]["fp"] == 1
    assert report["officials"]["articles"] == 0 and report["statements"]["articles"] == 1
    printed = format_report(report)
    assert "statements " in printed and "officials " not in printed and "dates " not in printed


@pytest.mark.parametrize("gold, pred, exact, overlap", [
    ("游客", "接待游客", False, True),
    ("核彈頭", "核彈頭", True, True),
    ("核彈頭", "人口", False, False),
    (None, None, True, True),
    ("游客", None, False, False),
])
def test_quantity_is_scored_exactly_and_by_overlap(gold, pred, exact, overlap):
    from pipeline.evaluate.articles import attribute_correct

    names = NameMatcher()
    assert attribute_correct("quantity", {"quantity": gold}, {"quantity": pred}, names) is exact
    assert attribute_correct("quantity_overlap", {"quantity": gold}, {"quantity": pred}, names) is overlap

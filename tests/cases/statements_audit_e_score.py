"""Scores the pipeline against the statements audit E (tests/cases/statements_audit_e.jsonl).

The audit's verdicts are gold: a drawn row judged right must stay right, a wrong one carries
the corrected values (`gold`), a row that was no statement must not come back (`gold` null),
and a statement the output missed (`audit: missed`) must be found.  Fields are scored strictly
(exact span, speaker as written, said_on equal), unlike the lenient whole-article scorer, so a
wrong name boundary (泰勒 for 泰勒絲) counts as wrong.
Articles are read from ../shared/corpus by id.
Run: .venv/bin/python tests/cases/statements_audit_e_score.py  (prints the figures and the wrong rows)
"""
import gzip
import json
import sys
from pathlib import Path

CASES = Path(__file__).resolve().parent
ROOT = CASES.parents[1]
AUDIT = CASES / "statements_audit_e.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus"
SOURCES = ("tw_politics_zh_hant.jsonl.gz", "cctv_xwlb_zh_hans.jsonl.gz")
# a statement that starts and ends this close to a row judged no statement is that row again
SAME_ROW_SLACK = 3


def load_audit(path=AUDIT):
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def load_articles(ids):
    wanted, found = set(ids), {}
    for source in SOURCES:
        with gzip.open(CORPUS / source, "rt", encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                if row["id"] in wanted:
                    found[row["id"]] = row
    return found


def overlap(a, b):
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def best_match(gold, statements):
    same_kind = [s for s in statements if s["kind"] == gold["kind"] and overlap(s, gold) > 0]
    return max(same_kind, key=lambda s: (overlap(s, gold), -abs(s["start"] - gold["start"])), default=None)


def is_same_row(output, statement):
    return (statement["kind"] == output["kind"] and abs(statement["start"] - output["start"]) <= SAME_ROW_SLACK
            and abs(statement["end"] - output["end"]) <= SAME_ROW_SLACK)


def judge(item, statements):
    """{field: True/False} for one audit row against the statements the pipeline gives now."""
    gold = item["gold"]
    if gold is None:
        return {"statement": not any(is_same_row(item["output"], s) for s in statements)}
    match = best_match(gold, statements)
    if item["audit"] == "missed":
        return {"recall": match is not None and match["speaker"] == gold["speaker"]}
    if match is None:
        return {"statement": False, "span": False, "speaker": False, "said_on": False}
    return {"statement": True, "span": (match["start"], match["end"]) == (gold["start"], gold["end"]),
            "speaker": match["speaker"] == gold["speaker"], "said_on": match["said_on"] == gold["said_on"]}


def annotate_articles(articles):
    from pipeline.annotate import annotate
    from pipeline.config import Config, Resources
    from pipeline.ingest import ArticleBuilder
    from pipeline.normalize import load_converters

    config = Config()
    resources = Resources(config)
    builder = ArticleBuilder(resources.get("converters", load_converters), config.max_chars)
    statements = {}
    for article_id, row in articles.items():
        article, _ = builder.build(text=row["text"], source="audit", article_id=article_id,
                                   published=row.get("published"))
        statements[article_id] = [s.model_dump() for s in annotate(article, resources).statements]
    return statements


def score(audit, statements):
    """{'drawn': {field: (right, total)}, 'missed': (found, total), 'verdicts': [(item, judged)]}."""
    fields = {"statement": [0, 0], "span": [0, 0], "speaker": [0, 0], "said_on": [0, 0]}
    found = [0, 0]
    verdicts = []
    for item in audit:
        judged = judge(item, statements[item["id"]])
        verdicts.append((item, judged))
        if item["audit"] == "missed":
            found[0] += judged["recall"]
            found[1] += 1
            continue
        for field, right in judged.items():
            fields[field][0] += right
            fields[field][1] += 1
    return {"drawn": {k: tuple(v) for k, v in fields.items()}, "missed": tuple(found), "verdicts": verdicts}


def run():
    audit = load_audit()
    return audit, score(audit, annotate_articles(load_articles({item["id"] for item in audit})))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    audit, report = run()
    for field, (right, total) in report["drawn"].items():
        print(f"{field:10s} {right}/{total}")
    print(f"missed found {report['missed'][0]}/{report['missed'][1]}")
    for item, judged in report["verdicts"]:
        wrong = [k for k, v in judged.items() if not v]
        if wrong:
            gold = item["gold"] or item["output"]
            print(f"  #{item['row']} {item['audit']} {item['id'][:28]} {wrong} {gold['kind']} "
                  f"{gold.get('speaker')} {gold['text'][:30]} | {item['reason'][:70]}")

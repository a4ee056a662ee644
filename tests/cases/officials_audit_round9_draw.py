"""The round-9 broad audit of the officials stage (issue 4): which articles and which rows.

Fixtures of ten articles tuned the stage to their own cases; this draw is broad so that the
classes of error found in it are frequent by construction.

Draw (reproducible): per corpus (tw_politics_zh_hant, cctv_xwlb_zh_hans) the id-sorted articles
that are in none of tests/gold/articles.json, tests/gold_heldout/articles.json (ids only are
read) and tests/cases/officials_unseen*.jsonl; `random.Random(SEED).sample(candidates, 150)` per
corpus.  The whole pipeline runs on the 300; then `random.Random(ROW_SEED).sample(rows, 120)`
over every official row (sorted by article id and position) gives the audited rows.

Verdicts (VERDICTS below) were written by reading each row's sentence against tests/gold/README.md
"Guidelines applied -> Officials" before any code was changed for round 9; a row not listed there
was judged right in every field.  `gold` is the row as it should be (null: no official there).

Run from the repository root:
  .venv/bin/python tests/cases/officials_audit_round9_draw.py rows OUT.jsonl    # all rows of the 300
  .venv/bin/python tests/cases/officials_audit_round9_draw.py audit FIRST_RUN_ROWS.jsonl
    # writes tests/cases/officials_audit_round9.jsonl from the first run's rows and VERDICTS
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixture_text import CORPUS, SOURCES

SEED = 202611249
ROW_SEED = 2026112490
PER_CORPUS = 150
ROWS = 120


def excluded_ids() -> set[str]:
    """Dev gold, held-out (ids only) and every earlier officials fixture."""
    ids = {r["id"] for r in json.loads((ROOT / "tests/gold/articles.json").read_text(encoding="utf-8"))}
    ids |= {r["id"] for r in json.loads((ROOT / "tests/gold_heldout/articles.json").read_text(encoding="utf-8"))}
    for path in sorted((ROOT / "tests/cases").glob("officials_unseen*.jsonl")):
        ids |= {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()}
    return ids


def draw_records(seed: int = SEED, skip: set[str] | None = None) -> list[dict]:
    """The 300 corpus records, in draw order (round 10 passes its own seed and exclusions)."""
    skip = excluded_ids() if skip is None else skip
    drawn = []
    for source in SOURCES:
        with gzip.open(CORPUS / f"{source}.jsonl.gz", "rt", encoding="utf-8") as handle:
            candidates = sorted((r for r in map(json.loads, handle) if r["id"] not in skip), key=lambda r: r["id"])
        drawn += random.Random(seed).sample(candidates, PER_CORPUS)
    return drawn


def official_rows(records: list[dict]) -> list[dict]:
    """Every official row of the whole pipeline over `records`, with the sentence it sits in."""
    from pipeline.annotate import annotate
    from pipeline.config import Config, Resources
    from pipeline.ingest import ArticleBuilder
    from pipeline.normalize import load_converters

    resources = Resources(Config())
    builder = ArticleBuilder(resources.get("converters", load_converters), resources.config.max_chars)
    out = []
    for record in records:
        article, _ = builder.build(text=record["text"], source=record["source"], article_id=record["id"],
                                   published=record["published"], lang=record["lang"])
        article = annotate(article, resources)
        for official in sorted(article.officials, key=lambda o: (o.start, o.name_start or 0)):
            sentence = next((s for s in article.sentences if s.start <= official.start < s.end), None)
            out.append({"id": article.article_id, "name": official.name, "title": official.title,
                        "organization": official.organization, "country": official.country,
                        "status": official.status, "start": official.name_start, "end": official.name_end,
                        "frame": article.text[official.start:official.end],
                        "sentence": article.text[sentence.start:sentence.end] if sentence else None})
    return out


FIELDS = ("name", "title", "organization", "country", "status")
# (article id, name start as output) -> (corrections of the output row, or None for a row that is no
# official; the reason).  Choices: 眾議院議長 stays fused (as in the earlier rounds); a modifier that
# names a different office stays in the title (臨時議長 president pro tempore, 共同主席/聯合主席
# co-chair, 执行主任 executive director); "the article makes it plain" (guideline 6) for a US
# politician in an article on US politics; 中乌 alone does not say which 乌, so 米尔济约耶夫总统 keeps
# no country.
VERDICTS: dict[tuple[str, int], tuple[dict | None, str]] = {
    ("ndc-news_22e4bcefa14df695669431fa7222a875", 788): (
        {"country": "US"}, "US hawks (前國務卿龐皮歐, 白宮國安顧問) listed with him; TW is the home fallback"),
    ("udnp-0eb5bf87-7660-4613-b2d8-1493e6f055c0", 146): (
        {"title": "臨時議長", "country": "US"}, "president pro tempore: 臨時 names the office; US Senate in a US article"),
    ("ndc-news_d6a055f19ccff74441c86a47ef1c6cd8", 65): (
        {"organization": "共和黨"}, "共和黨2024總統參選人: the year between the party and the title"),
    ("ndc-news_8c6074502af28140bd055ec9caa04c60", 157): (
        {"organization": None}, "民主黨籍 is a membership, not the body of the presidency"),
    ("ndc-news_0e47e674d4a23d57eb67360edfbdbb55", 604): (
        {"name": "柯頓", "end": 606}, "柯頓若入主國防部: 若 (if) is not part of the name"),
    ("xwlb-VIDE1402657935661280", 44): (
        {"organization": "刚果(布)", "country": "CG"}, "刚果(布) written before 总统"),
    ("xwlb-VIDEuPcAg5KmnQrjClQbVAPH221210", 44): (
        {"organization": "毛里塔尼亚", "country": "MR"}, "毛里塔尼亚 written before 总统"),
    ("ndc-news_20ff3f8df392adf1264432c9a979e814", 444): (
        {"title": "共同主席", "organization": "川范白宮過渡團隊"}, "co-chair of the Trump-Vance transition team"),
    ("ndc-news_151537e6e728cc6ba4862036a9c09d0f", 330): (
        {"organization": "微軟", "country": "US"}, "微軟副董事長兼總裁: the company heads the title list"),
    ("xwlb-VIDELh2y5N9YXTZhy6qh9g4R180922", 741): (
        None, "白总统办公厅: 白 is Belarus, not a name"),
    ("xwlb-VIDEbcd7lniBGzkFes8PO7sV170911", 450): (
        None, "代尔祖尔市长达3年: 市 + 长达, no mayor"),
    ("udnp-2c80786f-31a1-4ced-809f-9c027f1fa886", 1489): (
        {"organization": "社科院國家金融與發展實驗室", "country": "CN"},
        "大陸社科院國家金融與發展實驗室研究員: the whole laboratory, 大陸 gives CN"),
    ("ndc-news_4938f15e6ad94e708628c5714f84f42d", 706): (
        {"title": "聯合主席", "organization": "競選團隊", "country": "US"}, "co-chair of Harris's campaign team"),
    ("xwlb-VIDEGUuFUnC0Qeh7ctx5PJIp160526", 238): (
        {"title": "执行主任", "organization": "环境规划署"}, "UNEP's executive director; UN, so no country"),
    ("udnp-8de3639b-a890-4721-b72b-5621b490a719", 396): (
        {"country": "US"}, "前總統布希 in an article on US national security advisers"),
}


def audit_row(row: dict, verdicts: dict | None = None) -> dict:
    """One audited row: the output, the verdict per field and the row as it should be."""
    corrections, reason = (VERDICTS if verdicts is None else verdicts).get((row["id"], row["start"]), ({}, "right as written"))
    output = {key: row[key] for key in (*FIELDS, "start", "end")}
    if corrections is None:
        verdict = {key: "not an official" for key in FIELDS}
        gold = None
    else:
        gold = {**output, **corrections}
        verdict = {key: "right" if gold[key] == output[key] else "wrong" for key in FIELDS}
    return {"id": row["id"], "surface": row["frame"], "output": output, "verdict": verdict, "gold": gold,
            "reason": reason}


def audited_rows(rows: list[dict], seed: int = ROW_SEED, count: int = ROWS) -> list[dict]:
    return random.Random(seed).sample(sorted(rows, key=lambda r: (r["id"], r["start"] or 0)), count)


if __name__ == "__main__" and sys.argv[1] == "audit":
    first_run = [json.loads(line) for line in Path(sys.argv[2]).read_text(encoding="utf-8").splitlines()]
    audit = [audit_row(r) for r in audited_rows(first_run)]
    assert {(a["id"], a["output"]["start"]) for a in audit} >= set(VERDICTS), "every verdict names an audited row"
    (Path(__file__).with_name("officials_audit_round9.jsonl")).write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in audit), encoding="utf-8")
elif __name__ == "__main__":
    target = Path(sys.argv[2])
    all_rows = official_rows(draw_records())
    target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in all_rows), encoding="utf-8")
    print(len(all_rows), "rows")

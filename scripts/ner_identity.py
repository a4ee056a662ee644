"""NER identity check: the NER stage's mentions on N corpus articles, saved as a snapshot
or compared with one, with the NER stage's time (issue 3: speed work must not change output).

    python -m scripts.ner_identity --save /tmp/ner_snapshot.json --articles 300
    ... change the NER code ...
    python -m scripts.ner_identity --compare /tmp/ner_snapshot.json --articles 300

The articles go through the stages before NER (view, sentences, jieba) once, untimed; then
`ner.find_mentions` runs `--repeat` times over all of them and the median pass is reported
(the machine is shared: single timings are noise).  Every article's mentions
(start, end, label, source) must equal the snapshot's; differences are printed and the exit
status is 1.  `--corpus` may be given more than once (Traditional and Simplified corpora).

To take the snapshot from an older commit while the working tree has the new code:

    git archive OLD pipeline scripts | tar -x -C /tmp/old && ln -s $PWD/models /tmp/old/models
    cp scripts/ner_identity.py /tmp/old/scripts/
    (cd /tmp/old && PYTHONPATH=. .../.venv/bin/python -m scripts.ner_identity --save /tmp/snap.json)

Run both sides back to back and compare the CPU figures: on a shared machine the wall
clock also counts the time spent waiting for a core.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from pathlib import Path

from pipeline import ner, normalize, segment, sentences
from pipeline.config import Config, Resources
from pipeline.ingest import ArticleBuilder
from pipeline.normalize import load_converters

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DEFAULT_CORPORA = [str(SHARED / "tw_politics_zh_hant.jsonl.gz"), str(SHARED / "cctv_xwlb_zh_hans.jsonl.gz")]


def load_records(paths: list[str], limit: int) -> list[dict]:
    """The first `limit` records of each corpus with non-empty text."""
    records = []
    for path in paths:
        taken = 0
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if not str(record.get("text") or "").strip():
                    continue
                records.append(record)
                taken += 1
                if taken >= limit:
                    break
    return records


def prepared_articles(records: list[dict], resources: Resources) -> list:
    builder = ArticleBuilder(resources.get("converters", load_converters), 200_000)
    articles = []
    for r in records:
        article = builder.build(text=r["text"], source="identity", article_id=r["id"], published=r.get("published"))[0]
        for stage in (normalize.build_view, sentences.split_sentences, segment.segment):
            article = stage(article, resources)
        articles.append(article)
    return articles


def run_ner(articles: list, resources: Resources) -> tuple[dict[str, list], float, float]:
    """The mentions, wall-clock seconds and CPU seconds of one pass (CPU time is the steadier
    figure on a shared machine: time spent waiting for a core is not counted)."""
    mentions, start, cpu = {}, time.perf_counter(), time.process_time()
    for article in articles:
        done = ner.find_mentions(article.model_copy(), resources)
        mentions[str(article.article_id)] = [[m.start, m.end, m.label, m.source] for m in done.mentions]
    return mentions, time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", help="corpus .jsonl.gz (default: the Traditional and the Simplified corpus)")
    parser.add_argument("--articles", type=int, default=300, help="articles per corpus")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes over the articles (median reported)")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", help="write the mentions to this snapshot file")
    group.add_argument("--compare", help="compare the mentions with this snapshot file")
    args = parser.parse_args()

    records = load_records(args.corpus or DEFAULT_CORPORA, args.articles)
    resources = Resources(Config())
    articles = prepared_articles(records, resources)
    chars = sum(len(a.text) for a in articles)
    ner.find_mentions(articles[0].model_copy(), resources)  # load the models outside the timing

    seconds, cpu_seconds, mentions = [], [], None
    for _ in range(max(1, args.repeat)):
        mentions, elapsed, cpu = run_ner(articles, resources)
        seconds.append(elapsed)
        cpu_seconds.append(cpu)
    median, cpu_median = statistics.median(seconds), statistics.median(cpu_seconds)
    total = sum(len(m) for m in mentions.values())
    print(f"{len(articles)} articles, {chars:,} characters, {total:,} mentions")
    print(f"NER: median {median:.2f} s of {len(seconds)} passes ({', '.join(f'{s:.2f}' for s in seconds)}) "
          f"= {chars / median:,.0f} chars/s; CPU median {cpu_median:.2f} s = {chars / cpu_median:,.0f} chars/CPU-s")

    if args.save:
        Path(args.save).write_text(json.dumps(mentions, ensure_ascii=False), "utf-8")
        print(f"snapshot written to {args.save}")
        return
    snapshot = json.loads(Path(args.compare).read_text("utf-8"))
    # The snapshot may hold more articles than this run (a larger --articles when saved).
    missing = [k for k in mentions if k not in snapshot]
    if missing:
        sys.exit(f"{len(missing)} articles are not in the snapshot (saved with other corpora or fewer articles?)")
    differing = [k for k in mentions if snapshot[k] != mentions[k]]
    texts = {str(a.article_id): a.text for a in articles}
    for key in sorted(differing)[:20]:
        old = {tuple(m) for m in snapshot.get(key, [])}
        new = {tuple(m) for m in mentions.get(key, [])}
        text = texts.get(key, "")
        print(f"article {key}:")
        for s, e, label, source in sorted(old - new):
            print(f"  - {text[s:e]} [{s},{e}) {label} {source}")
        for s, e, label, source in sorted(new - old):
            print(f"  + {text[s:e]} [{s},{e}) {label} {source}")
    print(f"identity: {len(mentions) - len(differing)}/{len(mentions)} articles identical, {len(differing)} differ")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()

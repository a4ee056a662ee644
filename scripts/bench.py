"""`make bench`: throughput of `annotate` vs plain `jieba.lcut` on the same texts, per-stage
times, NER chars/s and peak memory. Prints figures; asserts nothing (tests never time).

Each stage is timed by the wall clock and by this process's CPU time: on a machine shared
with other work the wall clock also counts the time spent waiting for a core, so the CPU
figure is the steadier one to compare runs by (the 20,000 chars/s NER target is stated for
one process on an otherwise idle machine, where the two agree)."""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import time
from collections import defaultdict

import jieba

from pipeline.annotate import STAGES
from pipeline.config import Config, Resources
from pipeline.ingest import ArticleBuilder
from pipeline.normalize import load_converters


def load_texts(path: str, limit: int) -> list[dict]:
    records = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            records.append(json.loads(line))
            if len(records) >= limit:
                break
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()

    records = load_texts(args.corpus, args.articles)
    chars = sum(len(r["text"]) for r in records)
    resources = Resources(Config())
    builder = ArticleBuilder(resources.get("converters", load_converters), 200_000)
    articles = [builder.build(text=r["text"], source="bench", article_id=r["id"], published=r.get("published"))[0]
                for r in records]

    # Warm up: load models and dictionaries outside the timed region.
    warm = articles[0].model_copy(deep=True)
    for stage in STAGES:
        warm = stage(warm, resources)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()

    stage_seconds: dict[str, float] = defaultdict(float)
    stage_cpu: dict[str, float] = defaultdict(float)
    start, cpu_start = time.perf_counter(), time.process_time()
    for article in articles:
        for stage in STAGES:
            t0, c0 = time.perf_counter(), time.process_time()
            article = stage(article, resources)
            name = f"{stage.__module__.split('.')[-1]}.{stage.__name__}"
            stage_seconds[name] += time.perf_counter() - t0
            stage_cpu[name] += time.process_time() - c0
    annotate_seconds, annotate_cpu = time.perf_counter() - start, time.process_time() - cpu_start

    start = time.perf_counter()
    for record in records:
        tokenizer.lcut(record["text"])
    jieba_seconds = time.perf_counter() - start

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {args.corpus} — {len(records)} articles, {chars:,} characters")
    print(f"annotate:   {chars / annotate_seconds:>10,.0f} chars/s  ({annotate_seconds:.1f} s; CPU {annotate_cpu:.1f} s)")
    print(f"jieba.lcut: {chars / jieba_seconds:>10,.0f} chars/s  ({jieba_seconds:.1f} s)")
    print(f"ratio annotate/jieba: {jieba_seconds / annotate_seconds:.3f}  (jieba is {annotate_seconds / jieba_seconds:.1f}x faster)")
    ner, ner_cpu = stage_seconds.get("ner.find_mentions", 0.0), stage_cpu.get("ner.find_mentions", 0.0)
    if ner:
        print(f"NER (ner.find_mentions): {chars / ner:,.0f} chars/s  ({chars / max(ner_cpu, 1e-9):,.0f} chars per CPU second)")
    print(f"peak memory (max RSS): {peak_mb:,.0f} MB")
    print("per stage (wall s, share; CPU s):")
    for name, seconds in sorted(stage_seconds.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<40} {seconds:7.2f}  {seconds / annotate_seconds:6.1%}  {stage_cpu[name]:7.2f}")


if __name__ == "__main__":
    main()

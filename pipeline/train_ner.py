"""Train the Chinese NER model: `python -m pipeline.train_ner --data DIR --out models/ner-zh`.

Reads the corpora by path (pipeline/ner_data), maps their tags (pipeline/ner_labels),
trains the entity and TITLE CRF taggers (pipeline/ner_crf), then scores the result on the
held-out splits, Simplified and converted to Traditional, and writes metrics.json and
MODEL_CARD.md next to the model.  Deterministic: the split is a seeded hash and crfsuite's
L-BFGS has no randomness.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from pipeline.config import Config
from pipeline.ner_crf import TAGGER_FILES, save_index, spans_to_tags, train_tagger
from pipeline.ner_data import Sentence, load_splits
from pipeline.ner_features import LexiconIndex, sentence_features
from pipeline.ner_labels import ENTITY_LABELS, TITLE_CORPORA
from pipeline.ner_lexicon import MIN_MATCH_CHARS, load_lexicon

# L1 prunes most n-gram weights to zero (a small model); L2 smooths what is left.
CRF_PARAMS = {
    "c1": 0.05,
    "c2": 0.01,
    "max_iterations": 150,
    "feature.possible_transitions": True,
}


def lexicon_index(resources_dir: Path) -> LexiconIndex:
    lexicon = load_lexicon(resources_dir)
    labels = {}
    for label, entries in sorted(lexicon.entries.items()):
        for entry in sorted(entries):
            if len(entry) >= MIN_MATCH_CHARS:
                labels.setdefault(entry, label)
    return LexiconIndex(labels=labels, max_len=max(map(len, labels), default=2))


def tagged_sequences(sentences: list[Sentence], labels: tuple[str, ...], index: LexiconIndex, segmenter):
    """(features, BIOES tags) per sentence, keeping only spans with one of `labels`."""
    from pipeline.segment import chinese_tokens

    for sentence in sentences:
        tokens = chinese_tokens(sentence.text, sentence.text, segmenter)
        spans = [s for s in sentence.spans if s[2] in labels]
        yield sentence_features(sentence.text, tokens, index), spans_to_tags(len(sentence.text), spans)


def train(
    data_dir: Path,
    out_dir: Path,
    seed: int,
    limit: int | None,
    iterations: int | None,
    log,
    traditional: bool = False,
    only: tuple[str, ...] = ("entity", "title"),
) -> dict:
    from pipeline.segment import load_segmenter

    config = Config()
    began = time.time()
    lexicon = load_lexicon(config.resources_dir)
    splits = load_splits(data_dir, lexicon, seed=seed, limit=limit)
    if traditional:
        from pipeline.ner_data import traditional_copies
        from pipeline.normalize import Converters

        converters = Converters()
        for corpus, sentences in list(splits["train"].items()):
            splits["train"][corpus] = sentences + traditional_copies(sentences, converters)
    counts = {part: {c: len(s) for c, s in groups.items()} for part, groups in splits.items()}
    log(f"sentences: {json.dumps(counts)}")
    index = lexicon_index(config.resources_dir)
    segmenter = load_segmenter(config)
    out_dir.mkdir(parents=True, exist_ok=True)
    save_index(index, out_dir)
    params = dict(CRF_PARAMS, **({"max_iterations": iterations} if iterations else {}))
    timings = {}
    plans = {
        "entity": ([s for group in splits["train"].values() for s in group], ENTITY_LABELS),
        "title": ([s for c in TITLE_CORPORA for s in splits["train"].get(c, [])], ("TITLE",)),
    }
    for name, (sentences, labels) in plans.items():
        if name not in only:
            continue
        started = time.time()
        log(f"training {name} tagger on {len(sentences)} sentences")
        sequences = tagged_sequences(sentences, labels, index, segmenter)
        train_tagger(sequences, out_dir / TAGGER_FILES[name], params)
        timings[name] = round(time.time() - started, 1)
        log(f"{name} tagger: {timings[name]} s")
    return {
        "seed": seed,
        "traditional_copies": traditional,
        "params": params,
        "sentences": counts,
        "train_seconds": timings,
        "tagger_params": {name: params for name in timings},
        "total_seconds": round(time.time() - began, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared data directory")
    parser.add_argument("--out", type=Path, required=True, help="model directory to write")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--limit", type=int, default=None, help="sentences per file (quick runs)")
    parser.add_argument("--iterations", type=int, default=None, help="L-BFGS iterations")
    parser.add_argument(
        "--traditional-copies",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also train on s2twp-converted copies seen through the view (default; measured in the model card)",
    )
    parser.add_argument(
        "--only", choices=("entity", "title"), default=None, help="retrain one tagger, keep the other"
    )
    parser.add_argument("--eval-only", action="store_true", help="score an existing model")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(f"[train_ner {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    metrics_path = args.out / "metrics.json"
    if args.eval_only:
        metrics = json.loads(metrics_path.read_text("utf-8"))
    else:
        only = (args.only,) if args.only else ("entity", "title")
        metrics = train(args.data, args.out, args.seed, args.limit, args.iterations, log, args.traditional_copies, only)
        if args.only and metrics_path.exists():
            # One tagger retrained: keep the record of the other one.
            previous = json.loads(metrics_path.read_text("utf-8"))
            for key in ("train_seconds", "tagger_params"):
                metrics[key] = {**previous.get(key, {}), **metrics[key]}
            metrics["experiments"] = previous.get("experiments", [])
        metrics_path.write_text(json.dumps(metrics, ensure_ascii=False, indent=1), "utf-8")
    from pipeline.ner_report import evaluate_model, write_model_card

    metrics.update(evaluate_model(args.data, args.out, args.seed, args.limit, log))
    metrics_path.write_text(json.dumps(metrics, ensure_ascii=False, indent=1), "utf-8")
    log(f"wrote {metrics_path} and {write_model_card(args.out, metrics)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

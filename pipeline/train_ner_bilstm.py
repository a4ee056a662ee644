"""Train the BiLSTM NER model: `python -m pipeline.train_ner_bilstm --data DIR --out DIR`.

Same corpora, label mapping and seeded splits as the CRF (pipeline/ner_data), same
s2twp training copies, same gazetteer index.  Adam on the summed cross-entropy of the two
heads (the TITLE head's loss only on corpora that annotate titles); after each epoch the
model is scored on the own dev split (MSRA + CLUENER slices) and the best epoch is kept.
Deterministic given the seed and the thread count (torch seeded, batches drawn from a
seeded generator); `--minutes` caps wall time on a shared machine and is recorded.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

from pipeline.config import Config
from pipeline.evaluate.ner import scheme_labels, score_spans
from pipeline.ner_bilstm import (
    ENTITY_TAGS,
    TITLE_TAGS,
    BiLstmNer,
    BiLstmTaggers,
    build_vocab,
    decode_chunks,
    load_bilstm,
    encode,
    pad_batch,
    raw_features,
    save_bilstm,
)
from pipeline.ner_crf import spans_to_tags
from pipeline.ner_data import Sentence, load_splits, traditional_copies
from pipeline.ner_features import Word
from pipeline.ner_labels import ENTITY_LABELS, TITLE_CORPORA
from pipeline.ner_lexicon import load_lexicon
from pipeline.train_ner import lexicon_index

DEV_SETS = ("msra", "cluener")
IGNORE = -100  # cross-entropy target that contributes nothing (padding, unannotated TITLE)


def words_of(sentence: Sentence, segmenter) -> list[Word]:
    from pipeline.segment import chinese_tokens

    return [Word(t.start, t.end, t.text, t.pos) for t in chinese_tokens(sentence.text, sentence.text, segmenter)]


def targets(sentence: Sentence) -> np.ndarray:
    """Tag ids, shape (2, n): entity head, TITLE head (IGNORE where not annotated)."""
    n = len(sentence.text)
    entity = spans_to_tags(n, [s for s in sentence.spans if s[2] in ENTITY_LABELS])
    rows = [[ENTITY_TAGS.index(t) for t in entity]]
    if sentence.corpus in TITLE_CORPORA:
        title = spans_to_tags(n, [s for s in sentence.spans if s[2] == "TITLE"])
        rows.append([TITLE_TAGS.index(t) for t in title])
    else:
        rows.append([IGNORE] * n)
    return np.asarray(rows, dtype=np.int64)


def batches(lengths: list[int], batch_size: int, rng: np.random.Generator) -> list[list[int]]:
    """Shuffled batches of similar length (less padding): sort within shuffled pools."""
    order = rng.permutation(len(lengths))
    pool = batch_size * 50
    out = []
    for p in range(0, len(order), pool):
        chunk = sorted(order[p : p + pool], key=lambda i: lengths[i])
        out += [chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size)]
    rng.shuffle(out)
    return out


def score_dev(taggers: BiLstmTaggers, dev: dict[str, tuple[list[Sentence], list[list[Word]]]]) -> dict[str, float]:
    """Micro F1 per dev corpus, the model's spans as the recognizer merges them."""
    from pipeline.ner_recognizers import merge_spans

    taggers.model.eval()
    scores = {}
    for corpus, (sentences, words) in dev.items():
        predicted = []
        for k in range(0, len(sentences), 256):
            part = sentences[k : k + 256]
            probs = taggers.chunk_probabilities([s.text for s in part], words[k : k + 256])
            for p in probs:
                spans = decode_chunks([p], [0])
                predicted.append([(s, e, label) for s, e, label, _ in merge_spans([(spans["entity"], "m"), (spans["title"], "m")])])
        result = score_spans([s.spans for s in sentences], predicted, scheme_labels(corpus))
        scores[corpus] = result["micro"]["f1"]
    return scores


def train(args, log) -> dict:
    from pipeline.segment import load_segmenter

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = np.random.default_rng(args.seed)
    began = time.time()
    config = Config()
    splits = load_splits(args.data, load_lexicon(config.resources_dir), seed=args.seed, limit=args.limit)
    train_sentences = [s for group in splits["train"].values() for s in group]
    if args.traditional_copies:
        from pipeline.normalize import Converters

        train_sentences += traditional_copies(train_sentences, Converters())
    segmenter = load_segmenter(config)
    index = lexicon_index(config.resources_dir)
    log(f"segmenting {len(train_sentences)} training sentences")
    train_words = [words_of(s, segmenter) for s in train_sentences]
    features = [raw_features(s.text, w, index) for s, w in zip(train_sentences, train_words)]
    previous = load_bilstm(args.resume) if args.resume else None
    torch.set_num_threads(args.threads)  # load_bilstm sets the inference thread count
    vocab = previous.vocab if previous else build_vocab(features, {"hidden": args.hidden})
    log(f"vocab: {len(vocab.chars)} chars, {len(vocab.bigrams)} bigrams, {len(vocab.words)} words")
    encoded = [encode(f, vocab) for f in features]
    gold = [targets(s) for s in train_sentences]
    del features
    dev = {}
    for corpus in DEV_SETS:
        sentences = splits["dev"].get(corpus, [])
        if sentences:
            dev[corpus] = (sentences, [words_of(s, segmenter) for s in sentences])
    prepared = round(time.time() - began, 1)
    log(f"prepared in {prepared} s")

    model = BiLstmNer(vocab, dropout=args.dropout)
    if previous:
        model.load_state_dict(previous.model.state_dict())
    taggers = BiLstmTaggers(model=model, vocab=vocab, index=index)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    loss_of = nn.CrossEntropyLoss(ignore_index=IGNORE)
    lengths = [e.shape[1] for e in encoded]
    history, best = [], -1.0
    if previous:
        # Continue the record of the run resumed (its best epoch is the one saved there).
        earlier = json.loads((args.resume / "bilstm_metrics.json").read_text("utf-8"))
        history = earlier["history"]
        best = max(h["dev_mean"] for h in history)
    for epoch in range(len(history) + 1, args.epochs + 1):
        if args.minutes and time.time() - began > args.minutes * 60:
            log(f"time cap of {args.minutes} min reached before epoch {epoch}")
            break
        model.train()
        started, total = time.time(), 0.0
        for batch in batches(lengths, args.batch, rng):
            ids, lens = pad_batch([encoded[i] for i in batch])
            tags = torch.full((len(batch), 2, ids.shape[2]), IGNORE, dtype=torch.long)
            for row, i in enumerate(batch):
                tags[row, :, : lengths[i]] = torch.from_numpy(gold[i])
            logits = model(ids, lens)
            loss = loss_of(logits["entity"].reshape(-1, len(ENTITY_TAGS)), tags[:, 0].reshape(-1))
            if (tags[:, 1] != IGNORE).any():
                loss = loss + loss_of(logits["title"].reshape(-1, len(TITLE_TAGS)), tags[:, 1].reshape(-1))
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimizer.step()
            total += loss.item()
        scores = score_dev(taggers, dev)
        mean = round(sum(scores.values()) / max(len(scores), 1), 4)
        history.append({"epoch": epoch, "seconds": round(time.time() - started, 1), "loss": round(total, 1), "dev": scores, "dev_mean": mean})
        log(f"epoch {epoch}: {history[-1]}")
        if mean > best:
            best = mean
            save_bilstm(model, vocab, index, args.out)
    return {
        "seed": args.seed,
        "threads": args.threads,
        "params": {k: getattr(args, k) for k in ("epochs", "minutes", "batch", "lr", "dropout", "hidden")},
        "resumed_from": str(args.resume) if args.resume else None,
        "sizes": vocab.sizes,
        "traditional_copies": args.traditional_copies,
        "train_sentences": len(train_sentences),
        "prepare_seconds": prepared,
        "history": history,
        "best_epoch": max(history, key=lambda h: h["dev_mean"])["epoch"] if history else None,
        "total_seconds": round(time.time() - began, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--limit", type=int, default=None, help="sentences per file (quick runs)")
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--minutes", type=float, default=None, help="stop starting epochs after this wall time")
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--dropout", type=float, default=0.3)
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument(
        "--resume", type=Path, default=None,
        help="continue a saved model (its vocab and weights; Adam restarts) for the remaining epochs",
    )
    parser.add_argument("--traditional-copies", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(f"[train_ner_bilstm {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    metrics = train(args, log)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "bilstm_metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=1), "utf-8")
    log(f"best epoch {metrics['best_epoch']}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

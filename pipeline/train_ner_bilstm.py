"""Train the BiLSTM NER model: `python -m pipeline.train_ner_bilstm --data DIR --out DIR`.

Same corpora, label mapping and seeded splits as the CRF (pipeline/ner_data), same
s2twp training copies, same gazetteer index.  Adam on the summed cross-entropy of the two
heads (the TITLE head's loss only on corpora that annotate titles); after each epoch the
model is scored on the own dev split (MSRA + CLUENER slices) and the best epoch is kept.
Deterministic given the seed and the thread count (torch seeded, batches drawn from a
seeded generator); `--minutes` caps wall time on a shared machine and is recorded.

Training can run on a GPU machine that has torch but not jieba: `--save-prepared DIR`
writes the segmented, encoded training data and the dev split (numpy arrays + JSON) and
stops; `--prepared DIR --device cuda` trains from it there.  The same script on the CPU
without these options trains the same model (not bit for bit: GPU kernels differ).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import lzma
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
    IGNORE,
    PAD,
    UNK,
    TITLE_TAGS,
    BiLstmNer,
    FEATURES,
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

DEV_SETS = ("msra", "cluener")


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


def prepare(args, log) -> dict:
    """Everything training reads, built on this machine (jieba, OpenCC, the corpora): the
    vocabulary, the gazetteer index, encoded training sentences with their tag targets,
    and the dev sentences with their jieba words."""
    from pipeline.segment import load_segmenter
    from pipeline.train_ner import lexicon_index

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
    return {
        "vocab": vocab,
        "index": index,
        "encoded": encoded,
        "gold": gold,
        "dev": dev,
        "previous": previous,
        "prepare_seconds": round(time.time() - began, 1),
    }


PREPARED_ARRAYS = "prepared.npz.xz"
PREPARED_META = "prepared.json.gz"


def compact_arrays(encoded: list[np.ndarray], gold: list[np.ndarray]) -> dict[str, np.ndarray]:
    """The encoded sentences as few bytes as they need, for the trip to a GPU machine
    (its upload is capped; the model files take most of it): all sentences concatenated,
    each feature row in the smallest unsigned type that holds its ids, and the right
    bigram row left out — within a sentence it is the left bigram row shifted by one, so
    only each sentence's last right bigram is kept."""
    ids = np.concatenate(encoded, axis=1)
    lengths = np.array([e.shape[1] for e in encoded], dtype=np.int32)
    arrays = {"lengths": lengths, "gold": np.concatenate(gold, axis=1).astype(np.int8)}  # IGNORE (-100) fits
    for row, name in enumerate(FEATURES):
        if name != "bigram_right":
            arrays[name] = ids[row].astype(np.min_scalar_type(int(ids[row].max(initial=0))))
    arrays["last_bigram_right"] = ids[FEATURES.index("bigram_right"), np.cumsum(lengths) - 1].astype(np.int64)
    return arrays


def expand_arrays(arrays) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """compact_arrays undone: (encoded, gold), one (rows, n) int64 array per sentence."""
    lengths = arrays["lengths"]
    ends = np.cumsum(lengths)
    left = arrays["bigram_left"].astype(np.int64)
    right = np.roll(left, -1)
    right[ends - 1] = arrays["last_bigram_right"]
    rows = [right if name == "bigram_right" else arrays[name].astype(np.int64) for name in FEATURES]
    ids, gold = np.stack(rows), arrays["gold"].astype(np.int64)
    return np.split(ids, ends[:-1], axis=1), np.split(gold, ends[:-1], axis=1)


def save_prepared(prepared: dict, folder: Path) -> None:
    """The prepared data as one xz-compressed array file (compact_arrays) and one gzipped
    JSON (vocab, gazetteer index, dev sentences and words): what a machine without jieba
    needs to train."""
    folder.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    np.savez(buffer, **compact_arrays(prepared["encoded"], prepared["gold"]))
    (folder / PREPARED_ARRAYS).write_bytes(lzma.compress(buffer.getvalue(), preset=6))
    meta = {
        "vocab": prepared["vocab"].to_json(),
        "index": {"labels": prepared["index"].labels, "max_len": prepared["index"].max_len},
        "dev": {
            corpus: [{"corpus": s.corpus, "text": s.text, "spans": s.spans, "words": [list(w) for w in words]} for s, words in zip(*pair)]
            for corpus, pair in prepared["dev"].items()
        },
        "prepare_seconds": prepared["prepare_seconds"],
    }
    with gzip.open(folder / PREPARED_META, "wt", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False)


def load_prepared(folder: Path) -> dict:
    from pipeline.ner_bilstm import Vocab
    from pipeline.ner_features import LexiconIndex

    encoded, gold = expand_arrays(np.load(io.BytesIO(lzma.decompress((folder / PREPARED_ARRAYS).read_bytes()))))
    with gzip.open(folder / PREPARED_META, "rt", encoding="utf-8") as f:
        meta = json.load(f)
    dev = {}
    for corpus, rows in meta["dev"].items():
        sentences = [Sentence(r["corpus"], r["text"], [tuple(span) for span in r["spans"]]) for r in rows]
        dev[corpus] = (sentences, [[Word(*w) for w in r["words"]] for r in rows])
    return {
        "vocab": Vocab(**meta["vocab"]),
        "index": LexiconIndex(labels=meta["index"]["labels"], max_len=meta["index"]["max_len"]),
        "encoded": encoded,
        "gold": gold,
        "dev": dev,
        "previous": None,
        "prepare_seconds": meta["prepare_seconds"],
    }


# Feature rows that word dropout may blank to "unknown": the character, its two bigrams
# and its jieba word (see ner_bilstm.FEATURES).  Position/POS, gazetteer and character
# class stay, so a dropped name is still seen through its word boundaries.
DROPPABLE_ROWS = [0, 1, 2, 4]


def drop_to_unknown(ids: torch.Tensor, rate: float, generator: torch.Generator) -> torch.Tensor:
    """Replace a `rate` share of the droppable ids by UNK (never padding): the model learns
    to tag rare and unseen names from context, which is what held-out text is made of."""
    rows = ids[:, DROPPABLE_ROWS]
    hit = (torch.rand(rows.shape, generator=generator) < rate) & (rows > PAD)
    ids = ids.clone()
    ids[:, DROPPABLE_ROWS] = torch.where(hit, torch.full_like(rows, UNK), rows)
    return ids


def start_from(model: BiLstmNer, vocab, weights: Path) -> None:
    """Copy a trained model's weights (a weights file saved with this vocabulary, the vocab
    file beside it) into `model`; what `model` has beyond them — a CRF output layer on a
    softmax model's encoder and heads — keeps its initial values (CRF scores 0, so the
    CRF starts as the softmax model under the BIOES constraints)."""
    from pipeline.ner_bilstm import VOCAB_FILE

    saved = json.loads((weights.parent / VOCAB_FILE).read_text("utf-8"))["vocab"]
    if any(saved[k] != getattr(vocab, k) for k in ("chars", "bigrams", "words", "wordpos", "lexicon")):
        raise ValueError(f"{weights} was trained on another vocabulary")
    state = torch.load(weights, map_location="cpu", weights_only=True)
    missing, unexpected = model.load_state_dict({k: v.float() if v.is_floating_point() else v for k, v in state.items()}, strict=False)
    if unexpected or any(not k.startswith("crf.") for k in missing):
        raise ValueError(f"{weights} does not fit this model: missing {missing}, unexpected {unexpected}")


def fit(prepared: dict, args, log) -> dict:
    """Train on the prepared data, scoring dev after each epoch; save the best epoch."""
    # The data split always follows --seed; --model-seed varies only the initial weights,
    # the batch order and the dropped ids, so several models can share one split.
    model_seed = args.seed if args.model_seed is None else args.model_seed
    torch.manual_seed(model_seed)
    torch.set_num_threads(args.threads)
    rng = np.random.default_rng(model_seed)
    dropper = torch.Generator().manual_seed(model_seed)
    began = time.time()
    device = torch.device(args.device)
    vocab, index, encoded, gold, dev = (prepared[k] for k in ("vocab", "index", "encoded", "gold", "dev"))
    previous = prepared["previous"]
    if not previous:
        vocab.sizes = dict(vocab.sizes, hidden=args.hidden, encoder=args.encoder, output="crf" if args.crf_layer else "softmax")
    model = BiLstmNer(vocab, dropout=args.dropout)
    if previous:
        model.load_state_dict(previous.model.state_dict())
    elif args.init_from:
        start_from(model, vocab, args.init_from)
    model.to(device)
    taggers = BiLstmTaggers(model=model, vocab=vocab, index=index)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    # lr × lr_decay after each epoch (1.0: constant, as the first shipped model was trained).
    schedule = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=args.lr_decay)
    loss_of = nn.CrossEntropyLoss(ignore_index=IGNORE)
    lengths = [e.shape[1] for e in encoded]
    history, best = [], -1.0
    if previous:
        # Continue the record of the run resumed (its best epoch is the one saved there).
        earlier = json.loads((args.resume / "bilstm_metrics.json").read_text("utf-8"))
        history = earlier["history"]
        best = max(h["dev_mean"] for h in history)
    for epoch in range(len(history) + 1, args.epochs + 1):
        # The cap is this process's wall time: the preparing counts only when done here.
        if args.minutes and time.time() - began + (0 if args.prepared else prepared["prepare_seconds"]) > args.minutes * 60:
            log(f"time cap of {args.minutes} min reached before epoch {epoch}")
            break
        model.train()
        started, total = time.time(), 0.0
        for batch in batches(lengths, args.batch, rng):
            ids, lens = pad_batch([encoded[i] for i in batch])
            if args.word_dropout:
                ids = drop_to_unknown(ids, args.word_dropout, dropper)
            tags = torch.full((len(batch), 2, ids.shape[2]), IGNORE, dtype=torch.long)
            for row, i in enumerate(batch):
                tags[row, :, : lengths[i]] = torch.from_numpy(gold[i])
            ids, tags = ids.to(device), tags.to(device)
            logits = model(ids, lens)
            if model.crf is not None:
                loss = model.crf_loss(logits, tags)
            else:
                loss = loss_of(logits["entity"].reshape(-1, len(ENTITY_TAGS)), tags[:, 0].reshape(-1))
                if (tags[:, 1] != IGNORE).any():
                    loss = loss + loss_of(logits["title"].reshape(-1, len(TITLE_TAGS)), tags[:, 1].reshape(-1))
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimizer.step()
            total += loss.item()
        schedule.step()
        scores = score_dev(taggers, dev)
        mean = round(sum(scores.values()) / max(len(scores), 1), 4)
        history.append({"epoch": epoch, "seconds": round(time.time() - started, 1), "loss": round(total, 1), "dev": scores, "dev_mean": mean})
        log(f"epoch {epoch}: {history[-1]}")
        if mean > best:
            best = mean
            save_bilstm(model, vocab, index, args.out)
    return {
        "seed": args.seed,
        "model_seed": model_seed,
        "threads": args.threads,
        "device": torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu",
        "params": {k: getattr(args, k) for k in ("epochs", "minutes", "batch", "lr", "lr_decay", "dropout", "word_dropout", "hidden", "encoder", "crf_layer")},
        "resumed_from": str(args.resume) if args.resume else None,
        "initialised_from": str(args.init_from) if args.init_from else None,
        "sizes": vocab.sizes,
        "traditional_copies": args.traditional_copies,
        "train_sentences": len(encoded),
        "prepare_seconds": prepared["prepare_seconds"],
        "history": history,
        "best_epoch": max(history, key=lambda h: h["dev_mean"])["epoch"] if history else None,
        "total_seconds": round(time.time() - began + prepared["prepare_seconds"], 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="the corpora (not needed with --prepared)")
    parser.add_argument("--out", type=Path, help="the model directory (not needed with --save-prepared)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--model-seed", type=int, default=None, help="seed of the weights and batches (default: --seed)")
    parser.add_argument("--limit", type=int, default=None, help="sentences per file (quick runs)")
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--minutes", type=float, default=None, help="stop starting epochs after this wall time")
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--dropout", type=float, default=0.3)
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--lr-decay", type=float, default=1.0, help="multiply the learning rate by this after each epoch")
    parser.add_argument("--word-dropout", type=float, default=0.0, help="share of char/bigram/word ids replaced by UNK in training")
    parser.add_argument("--encoder", choices=("lstm", "transformer"), default="lstm")
    parser.add_argument(
        "--crf-layer", action="store_true",
        help="a CRF output layer on each head (transition scores, sequence-level loss) instead of the softmax",
    )
    parser.add_argument("--device", default="cpu", help="torch device to train on (the product never needs a GPU)")
    parser.add_argument("--save-prepared", type=Path, default=None, help="write the prepared training data here and stop")
    parser.add_argument("--prepared", type=Path, default=None, help="train from data written by --save-prepared")
    parser.add_argument(
        "--resume", type=Path, default=None,
        help="continue a saved model (its vocab and weights; Adam restarts) for the remaining epochs",
    )
    parser.add_argument(
        "--init-from", type=Path, default=None,
        help="start from this weights file (same vocabulary), e.g. a softmax BiLSTM to fine-tune with --crf-layer",
    )
    parser.add_argument("--traditional-copies", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(f"[train_ner_bilstm {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    if args.prepared:
        prepared = load_prepared(args.prepared)
    else:
        if not args.data:
            parser.error("--data is needed unless --prepared is given")
        prepared = prepare(args, log)
        log(f"prepared in {prepared['prepare_seconds']} s")
    if args.save_prepared:
        save_prepared(prepared, args.save_prepared)
        log(f"wrote {args.save_prepared}")
        return 0
    if not args.out:
        parser.error("--out is needed to train")
    metrics = fit(prepared, args, log)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "bilstm_metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=1), "utf-8")
    log(f"best epoch {metrics['best_epoch']}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

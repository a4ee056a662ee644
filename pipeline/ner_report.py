"""Score a trained NER model on its held-out splits and write its model card.

Simplified figures are on the splits as they are; Traditional figures are on the same
sentences converted with OpenCC s2tw (no public Traditional NER corpus exists), run through
the ordinary path (view = t2s), with the gold spans unchanged (s2tw keeps lengths; a
sentence whose length changes is skipped and counted).
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import opencc

from pipeline.config import Config, Resources
from pipeline.evaluate.ner import scheme_labels, score_spans
from pipeline.ner_data import Sentence, load_splits
from pipeline.ner_lexicon import load_lexicon
from pipeline.ner_recognizers import LEXICON_MODES, LexiconRecognizer, read_ner_config

# Sets the model is chosen on (dev) and reported on (test), by corpus.
DEV_SETS = ("msra", "cluener")
TRADITIONAL_SETS = ("msra", "msra_dev_shipped", "cluener", "cluener_dev_shipped", "resume_dev_shipped", "weibo_dev_shipped")


def resources_for(model_dir: Path, lexicon_mode: str | None) -> Resources:
    """Resources whose "ner" is the spaCy pipeline over `model_dir` in the given mode
    (lexicon_mode None: the gazetteer fallback alone, as a baseline)."""
    from pipeline.ner import SpacyRecognizer
    from pipeline.ner_spacy import build_pipeline

    config = Config(ner_model=model_dir)
    resources = Resources(config)
    if lexicon_mode is None:
        resources.get("ner", lambda c: LexiconRecognizer(load_lexicon(c.resources_dir)))
    else:
        resources.get("ner", lambda c: SpacyRecognizer(build_pipeline(model_dir, c.resources_dir, lexicon_mode)))
    return resources


def score_set(corpus: str, sentences: list[Sentence], resources: Resources, convert=None) -> dict:
    from pipeline.ner import predict_spans

    texts, gold, skipped = [], [], 0
    for sentence in sentences:
        text = convert(sentence.text) if convert else sentence.text
        if len(text) != len(sentence.text):
            skipped += 1
            continue
        texts.append(text)
        gold.append(sentence.spans)
    started = time.time()
    predicted = predict_spans(texts, resources)
    seconds = time.time() - started
    result = score_spans(gold, predicted, scheme_labels(sentences[0].corpus if sentences else "ours"))
    result["skipped_length_changed"] = skipped
    result["chars_per_second"] = round(sum(map(len, texts)) / seconds) if seconds else None
    return result


def mean_f1(scores: dict) -> float:
    return round(sum(s["micro"]["f1"] for s in scores.values()) / max(len(scores), 1), 4)


def evaluate_model(data_dir: Path, model_dir: Path, seed: int, limit: int | None, log) -> dict:
    """Choose the lexicon mode on dev, then score every test set (Simplified and
    Traditional), measure throughput, and write ner_config.json and MODEL_CARD.md."""
    lexicon = load_lexicon(Config().resources_dir)
    splits = load_splits(data_dir, lexicon, seed=seed, limit=limit)
    dev_scores = {}
    for mode in LEXICON_MODES:
        resources = resources_for(model_dir, mode)
        dev_scores[mode] = {c: score_set(c, splits["dev"][c], resources) for c in DEV_SETS if splits["dev"].get(c)}
        log(f"dev, lexicon {mode}: mean micro F1 {mean_f1(dev_scores[mode])}")
    best = max(LEXICON_MODES, key=lambda m: mean_f1(dev_scores[m]))
    # Keep what else the file holds (the ensemble chosen by train_ner_ensemble).
    ner_config = dict(read_ner_config(model_dir), lexicon_mode=best)
    (model_dir / "ner_config.json").write_text(json.dumps(ner_config, indent=1), "utf-8")
    log(f"chose lexicon mode {best}")

    s2tw = opencc.OpenCC("s2tw")
    resources = resources_for(model_dir, best)
    baseline = resources_for(model_dir, None)
    test, traditional, fallback = {}, {}, {}
    for corpus, sentences in splits["test"].items():
        if not sentences:
            continue
        test[corpus] = score_set(corpus, sentences, resources)
        fallback[corpus] = score_set(corpus, sentences, baseline)
        if corpus in TRADITIONAL_SETS:
            traditional[corpus] = score_set(corpus, sentences, resources, s2tw.convert)
        log(f"test {corpus}: Simplified {test[corpus]['micro']['f1']}"
            + (f", Traditional {traditional[corpus]['micro']['f1']}" if corpus in traditional else ""))
    metrics = {
        "lexicon_mode": best,
        "dev": {mode: {c: s["micro"]["f1"] for c, s in scores.items()} for mode, scores in dev_scores.items()},
        "dev_full": dev_scores[best],
        "test": test,
        "test_traditional": traditional,
        "test_fallback": fallback,
        "model_bytes": sum(p.stat().st_size for p in model_dir.iterdir() if p.is_file()),
        "throughput": measure_throughput(splits["test"].get("msra", []), resources),
    }
    return metrics


def measure_throughput(sentences: list[Sentence], resources: Resources) -> dict:
    """chars/s of the NER alone (jieba words given, as in the pipeline) and of the whole
    predict_spans path (view + jieba + NER), on one process."""
    from pipeline.ner import predict_spans, tokens_for

    # Article-sized texts (ARTICLE_SENTENCES sentences each), as the NER stage gets them:
    # one text of 2,000 sentences would pad the BiLSTM's batch to its longest sentence.
    texts = ["".join(s.text for s in sentences[k : k + ARTICLE_SENTENCES]) for k in range(0, min(len(sentences), 2000), ARTICLE_SENTENCES)]
    tokens = [tokens_for(text, text, resources) for text in texts]
    chars = sum(map(len, texts))
    recognizer = resources.get("ner", lambda c: None)
    started = time.time()
    for text, words in zip(texts, tokens):
        recognizer.recognize(text, words)
    ner_only = chars / (time.time() - started)
    started = time.time()
    predict_spans(texts, resources)
    whole = chars / (time.time() - started)
    return {"chars": chars, "ner_with_tokens": round(ner_only), "with_view_and_jieba": round(whole)}


ARTICLE_SENTENCES = 20  # MSRA sentences average ~50 characters: about 1,000 per "article"


def git_commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    except OSError:
        return "unknown"


TEST_TITLES = {
    "msra": "MSRA held-out slice (5% of MSRA train by hash; no sentence shared with training)",
    "cluener": "CLUENER held-out slice (5% of CLUENER train by hash)",
    "cluener_dev_shipped": "CLUENER shipped dev (854 sentences; never trained on)",
    "msra_dev_shipped": "MSRA shipped dev (3,000; sampled from MSRA train's source: overstates)",
    "resume_dev_shipped": "Resume shipped dev (463)",
    "weibo_dev_shipped": "Weibo shipped dev (270; social media)",
}


def fmt(score: dict | None) -> str:
    if not score:
        return "— | — | —"
    return f"{score['precision']:.3f} | {score['recall']:.3f} | {score['f1']:.3f}"


def score_table(simplified: dict, traditional: dict | None) -> list[str]:
    lines = [
        "| label | P (Simp) | R (Simp) | F1 (Simp) | P (Trad) | R (Trad) | F1 (Trad) | gold |",
        "|---|---|---|---|---|---|---|---|",
    ]
    rows = list(simplified["labels"].items()) + [("**micro**", simplified["micro"]), ("GPE=LOC micro", simplified["micro_place_merged"])]
    for label, score in rows:
        key = label.strip("*")
        if traditional is None:
            other = None
        elif key == "micro":
            other = traditional["micro"]
        elif key == "GPE=LOC micro":
            other = traditional["micro_place_merged"]
        else:
            other = traditional["labels"].get(key)
        lines.append(f"| {label} | {fmt(score)} | {fmt(other)} | {score['support']} |")
    return lines


def model_card(metrics: dict, static_text: str) -> str:
    """MODEL_CARD.md: the hand-written description plus every measured figure."""
    lines = [static_text.rstrip(), "", "## Measured figures (written by `python -m pipeline.train_ner`)", ""]
    lines.append(f"- Git commit of the training code: `{git_commit()}`; seed {metrics.get('seed')}.")
    lines.append(f"- CRF parameters: `{json.dumps(metrics.get('tagger_params') or metrics.get('params'))}`.")
    lines.append(f"- Sentences per split: `{json.dumps(metrics.get('sentences'))}`.")
    timings = metrics.get("train_seconds", {})
    lines.append(
        f"- Training time on this 2-core machine (shared): entity tagger {timings.get('entity')} s, "
        f"TITLE tagger {timings.get('title')} s, whole run {metrics.get('total_seconds')} s."
    )
    lines.append(f"- Model size: {metrics.get('model_bytes', 0) / 1e6:.1f} MB.")
    tp = metrics.get("throughput", {})
    lines.append(
        f"- Throughput, one process: {tp.get('ner_with_tokens')} chars/s for the NER given jieba words "
        f"(as in the pipeline), {tp.get('with_view_and_jieba')} chars/s including the view and jieba."
    )
    lines.append(f"- Gazetteer mode chosen on dev: `{metrics.get('lexicon_mode')}`; dev micro F1 by mode: `{json.dumps(metrics.get('dev'))}`.")
    if metrics.get("traditional_copies"):
        lines.append("- Trained with s2twp-converted copies of the training sentences (`--traditional-copies`).")
    for note in metrics.get("experiments", []):
        lines.append(f"- Experiment: {note}")
    lines.append("")
    for corpus, simplified in metrics.get("test", {}).items():
        traditional = metrics.get("test_traditional", {}).get(corpus)
        lines.append(f"### {TEST_TITLES.get(corpus, corpus)}")
        lines.append("")
        lines += score_table(simplified, traditional)
        baseline = metrics.get("test_fallback", {}).get(corpus)
        if baseline:
            lines.append("")
            lines.append(f"Fallback (jieba POS + gazetteers, no model) micro F1 on the same set: {baseline['micro']['f1']:.3f}.")
        lines.append("")
    return "\n".join(lines) + "\n"


CARD_INTRO = """# newsevents Chinese NER (models/ner-zh)

Labels: PERSON, ORG, GPE (countries, regions, cities as political units), LOC (other
places), TITLE (offices and roles: 总统, 外交部发言人, 国务卿, 立委, 副代表).
Traditional and Simplified Chinese: the model reads the pipeline's Simplified view
(`pipeline.normalize.make_view`: OpenCC t2s + full-width→half-width, same length as the
text), so spans are offsets into the original text in either script.

## What it is
- Two linear-chain CRFs (python-crfsuite, L-BFGS, L1+L2): `entity.crfsuite` (PERSON ORG GPE
  LOC, BIOES) and `title.crfsuite` (TITLE, BIOES); `lexicon_index.json` is the gazetteer
  index frozen at training time (a feature); `ner_config.json` holds the gazetteer mode
  chosen on dev. They run inside the spaCy component `newsevents_ner`
  (pipeline/ner_spacy.py) on a blank `zh` pipeline, one token per character.
- Features per character (pipeline/ner_features.py, feature set saved in
  lexicon_index.json): character uni/bi-grams in a ±2 window, character classes, jieba word
  position (B/M/E/S) with POS (nr/ns/nt …), the word itself, POS of the neighbouring words,
  gazetteer hits (pipeline/resources/ner_*.txt); set 2 adds the neighbouring words.
- Decoding (pipeline/ner_recognizers.py): entity spans first, then TITLE spans where free;
  an entity span that swallowed a whole [ORG][TITLE][NAME] frame (美国塔夫茨大学教授托夫特)
  is split at the title the TITLE tagger found inside it when a name-shaped run follows;
  unbalanced 《 “ ( marks at a span's edge are trimmed (英国《卫报 → 卫报).
  Gazetteers are combined in the mode chosen on dev (off / backoff / names first).
- Why two taggers: only CLUENER (`position`) and Resume (`TITLE`) annotate titles; MSRA and
  Weibo leave 总统 as O. A single tagger would learn that titles are O from 47k MSRA
  sentences; the TITLE tagger learns only from the corpora that mark titles, and its spans
  are merged after the entity tagger's (entities win on overlap).

## Data (/work/shared/data; no test split of any corpus is used)
- MSRA train (47,238 news sentences): 90% train / 5% dev / 5% test by a seeded SHA-256 of
  the sentence (identical sentences land on the same side; train sentences equal to any
  held-out sentence are dropped).
- CLUENER train (10,748): the same 90/5/5 split; CLUENER's shipped dev (854) is held out whole.
- Resume train (3,821) and Weibo train (1,350): training only; their shipped dev files are
  reported as extra held-out sets. MSRA's shipped dev (3,000) is reported but flagged: it
  was sampled from the same source as train and shares most entity strings, so it overstates.
- Never used: ../shared/corpus (benchmarks only), any corpus's test split, the held-out
  third of CLUENER dev.

## Label mapping (pipeline/ner_labels.py is the one place; summary)
| corpus | PERSON | ORG | GPE | LOC | TITLE | dropped |
|---|---|---|---|---|---|---|
| MSRA | PER | ORG | LOC in GPE gazetteer or with an administrative suffix | other LOC | (not annotated) | — |
| CLUENER | name | organization, government, company | address → same GPE rule | address otherwise, scene | position | book, movie, game |
| Resume | NAME | ORG | CONT; LOC by the GPE rule | LOC otherwise | TITLE | EDU, PRO, RACE |
| Weibo | PER.NAM | ORG.NAM | GPE.NAM | LOC.NAM | (not annotated) | *.NOM |

GPE rule: the surface is in `pipeline/resources/ner_gpe.txt` (countries, PRC provinces and
cities, world capitals, one-character short forms 中 美 俄 …) or ends in 省 市 县 区 州 国 镇 乡
特区 自治区 (but not 景区 开发区 社区 …). Titles: TITLE is learnt only from CLUENER + Resume.

## Traditional Chinese
No public Traditional NER corpus exists. Traditional scores below are the same held-out
sentences converted with OpenCC `s2tw`, run through the ordinary path (t2s view → model).
Two ways were measured (see Experiments): (a) the Simplified-trained model on the view,
(b) training also on s2twp copies seen through the view. The s2tw→t2s round trip is nearly
lossless (着→著 is the main change), so (a) already matches Simplified; (b) is shipped
because it is as good on MSRA and better on CLUENER and dev.

## Not measured / known gaps
- A single tagger with silver TITLE labels was not trained for comparison (time); the
  two-tagger design follows from which corpora annotate titles.
- CLUENER does not mark every country or city (销往中国的 has no address), so GPE precision
  on CLUENER-style text is understated; GPE/LOC there are a poor guide.

## Reproduce (`make train-ner` runs all five steps; CPU only, a GPU is never needed)
    python -m pipeline.train_ner --data /work/shared/data --out models/ner-zh
    python -m pipeline.train_ner_bilstm --data /work/shared/data --out build/ner-zh-bilstm --epochs 30 --minutes 52
    python -m pipeline.train_ner_bilstm --data /work/shared/data --out build/ner-zh-bilstm-2 --word-dropout 0.1 --lr-decay 0.9 --epochs 16
    python -m pipeline.train_ner_ensemble --data /work/shared/data --crf models/ner-zh --bilstm build/ner-zh-bilstm build/ner-zh-bilstm-2 --crf-heads entity --install --report
    python -m pipeline.train_ner --data /work/shared/data --out models/ner-zh --eval-only
    newsevents eval ner FILE.jsonl      # or pipeline.evaluate.ner.evaluate_ner(path, resources)
"""


def read_json(path: Path) -> dict | None:
    return json.loads(path.read_text("utf-8")) if path.exists() else None


def ensemble_section(bilstm: dict | None, choice: dict | None, shipped: dict | None) -> list[str]:
    """The BiLSTM and the dev comparison of CRF / BiLSTM / combinations
    (pipeline/train_ner_ensemble), when the model directory holds their records."""
    if not bilstm and not choice:
        return []
    lines = ["## BiLSTM and the CRF + BiLSTM ensemble", ""]
    if shipped:
        lines.append(
            f"- Shipped: the average of the CRF's marginals (weight {shipped['crf_weight']}) and the BiLSTMs' "
            "softmax per character (bilstm.pt, bilstm_2.pt …: their mean is one model), decoded by a BIOES-constrained Viterbi (pipeline/ner_ensemble.py); "
            "the recognizer's gazetteer mode, bracket trimming and title splitting apply as before."
        )
    else:
        lines.append("- Not shipped: the CRF alone stays the default (see the dev comparison).")
    if bilstm:
        history = bilstm.get("history", [])
        lines.append(
            f"- BiLSTM (pipeline/ner_bilstm.py, `python -m pipeline.train_ner_bilstm`): sizes `{json.dumps(bilstm.get('sizes'))}`, "
            f"training `{json.dumps(bilstm.get('params'))}`, seed {bilstm.get('seed')}, {bilstm.get('threads')} threads, "
            f"{bilstm.get('train_sentences')} training sentences (with s2twp copies: {bilstm.get('traditional_copies')}); "
            f"{len(history)} epochs; the last run took {bilstm.get('total_seconds')} s on the shared 2-core machine; best epoch {bilstm.get('best_epoch')}."
        )
        if bilstm.get("resumed_from"):
            lines.append(
                "- The BiLSTM was trained in two runs: the time cap stopped the first, and `--resume` continued it "
                "(same vocab and weights, Adam restarted); the epoch list below covers both."
            )
        lines.append("- BiLSTM dev micro F1 by epoch (model alone, no gazetteers): " + ", ".join(
            f"{h['epoch']}: {h['dev'].get('msra')} / {h['dev'].get('cluener')}" for h in history
        ) + " (MSRA / CLUENER).")
    if choice:
        lines += ["", "Dev comparison (own dev split, through the same recognizer; mean of MSRA and CLUENER micro F1):", ""]
        lines += ["| candidate | MSRA dev | CLUENER dev | mean |", "|---|---|---|---|"]
        for name, row in choice["dev"].items():
            mark = " (chosen)" if name == choice["best"] else ""
            lines.append(f"| {name}{mark} | {row.get('msra')} | {row.get('cluener')} | {row['mean']} |")
    if choice and choice.get("test"):
        sets = list(next(iter(choice["test"].values())))
        lines += ["", "Held-out micro F1 of each model alone and of the dev winner (Traditional: s2tw):", ""]
        lines += ["| model | " + " | ".join(sets) + " |", "|---|" + "---|" * len(sets)]
        for name, row in choice["test"].items():
            lines.append(f"| {name} | " + " | ".join(str(row.get(s)) for s in sets) + " |")
    return lines + [""]


def write_model_card(model_dir: Path, metrics: dict) -> Path:
    from pipeline.ner_recognizers import read_ner_config

    extra = ensemble_section(
        read_json(model_dir / "bilstm_metrics.json"),
        read_json(model_dir / "ensemble_choice.json"),
        read_ner_config(model_dir).get("ensemble"),
    )
    intro = CARD_INTRO.rstrip() + "\n\n" + "\n".join(extra) if extra else CARD_INTRO
    path = model_dir / "MODEL_CARD.md"
    path.write_text(model_card(metrics, intro), "utf-8")
    return path

"""Choose how the CRF and the BiLSTM combine, on the own dev split:
`python -m pipeline.train_ner_ensemble --data DIR --crf models/ner-zh --bilstm DIR [--install]`.

Candidates: the CRF alone (what ships today), the BiLSTM alone, span intersection, span
union, and probability averages at several CRF weights — each through the same recognizer
(the CRF dir's gazetteer mode, bracket trimming, title splitting).  The winner is the best
mean micro F1 over the dev corpora.  With `--install`, and only if the winner beats the CRF
alone, the BiLSTM files are copied beside the CRF's and ner_config.json names the ensemble;
`python -m pipeline.train_ner --data DIR --out models/ner-zh --eval-only` then rewrites the
model card's figures for what ships.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

from pipeline.config import Config, Resources
from pipeline.ner_bilstm import VOCAB_FILE, WEIGHTS_FILE, load_bilstm
from pipeline.ner_crf import load_crf
from pipeline.ner_data import load_splits
from pipeline.ner_ensemble import EnsembleTaggers, SpanVoteTaggers
from pipeline.ner_lexicon import load_lexicon
from pipeline.ner_recognizers import CrfRecognizer, read_ner_config, read_lexicon_mode
from pipeline.ner_report import DEV_SETS, mean_f1, score_set

CRF_WEIGHTS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def candidates(crf_dir: Path, bilstm_dir: Path) -> dict:
    crf, bilstm = load_crf(crf_dir), load_bilstm(bilstm_dir)
    found = {"crf": crf, "bilstm": bilstm}
    found["intersection"] = SpanVoteTaggers(crf, bilstm, "intersection")
    found["union"] = SpanVoteTaggers(crf, bilstm, "union")
    for weight in CRF_WEIGHTS:
        found[f"average:{weight}"] = EnsembleTaggers(crf, bilstm, weight)
    return found


def resources_with(taggers, crf_dir: Path) -> Resources:
    config = Config(ner_model=crf_dir)
    resources = Resources(config)
    recognizer = CrfRecognizer(taggers=taggers, lexicon=load_lexicon(config.resources_dir), lexicon_mode=read_lexicon_mode(crf_dir))
    resources.get("ner", lambda c: recognizer)
    return resources


def choose(data_dir: Path, crf_dir: Path, bilstm_dir: Path, seed: int, limit: int | None, log) -> dict:
    splits = load_splits(data_dir, load_lexicon(Config().resources_dir), seed=seed, limit=limit)
    dev = {}
    for name, taggers in candidates(crf_dir, bilstm_dir).items():
        resources = resources_with(taggers, crf_dir)
        scores = {c: score_set(c, splits["dev"][c], resources) for c in DEV_SETS if splits["dev"].get(c)}
        dev[name] = {"mean": mean_f1(scores), **{c: s["micro"]["f1"] for c, s in scores.items()}}
        dev[name]["chars_per_second"] = {c: s["chars_per_second"] for c, s in scores.items()}
        log(f"dev {name}: {dev[name]}")
    best = max(dev, key=lambda name: dev[name]["mean"])
    return {"dev": dev, "best": best, "beats_crf": dev[best]["mean"] > dev["crf"]["mean"]}


REPORT_SETS = ("msra", "cluener", "cluener_dev_shipped")


def report(data_dir: Path, crf_dir: Path, bilstm_dir: Path, best: str, seed: int, limit: int | None, log) -> dict:
    """Held-out micro F1 (Simplified, and s2tw Traditional) of the CRF, the BiLSTM and the
    dev winner: each model alone and combined, on the sets the targets are about."""
    import opencc

    splits = load_splits(data_dir, load_lexicon(Config().resources_dir), seed=seed, limit=limit)
    s2tw = opencc.OpenCC("s2tw")
    found = candidates(crf_dir, bilstm_dir)
    table = {}
    for name in dict.fromkeys(("crf", "bilstm", best)):
        resources = resources_with(found[name], crf_dir)
        table[name] = {}
        for corpus in REPORT_SETS:
            sentences = splits["test"].get(corpus)
            if sentences:
                table[name][corpus] = score_set(corpus, sentences, resources)["micro"]["f1"]
                table[name][corpus + " (Trad)"] = score_set(corpus, sentences, resources, s2tw.convert)["micro"]["f1"]
        log(f"test {name}: {table[name]}")
    return table


def install(choice: dict, crf_dir: Path, bilstm_dir: Path) -> bool:
    """Ship the averaging ensemble beside the CRF when it won on dev; report whether."""
    best = choice["best"]
    if not choice["beats_crf"] or not best.startswith("average:"):
        return False
    for name in (WEIGHTS_FILE, VOCAB_FILE):
        shutil.copyfile(bilstm_dir / name, crf_dir / name)
    ner_config = dict(read_ner_config(crf_dir), ensemble={"crf_weight": float(best.split(":")[1])})
    (crf_dir / "ner_config.json").write_text(json.dumps(ner_config, indent=1), "utf-8")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--crf", type=Path, required=True, help="the CRF model directory")
    parser.add_argument("--bilstm", type=Path, required=True, help="the BiLSTM model directory")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--install", action="store_true", help="ship the winner if it beats the CRF on dev")
    parser.add_argument("--report", action="store_true", help="also score CRF, BiLSTM and the winner on the held-out sets")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(f"[train_ner_ensemble {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    choice = choose(args.data, args.crf, args.bilstm, args.seed, args.limit, log)
    if args.report:
        choice["test"] = report(args.data, args.crf, args.bilstm, choice["best"], args.seed, args.limit, log)
    choice["installed"] = install(choice, args.crf, args.bilstm) if args.install else False
    record = json.dumps(choice, indent=1)
    (args.bilstm / "ensemble_choice.json").write_text(record, "utf-8")
    if args.install:
        # The card of the shipped model shows the BiLSTM and the comparison, installed or not.
        (args.crf / "ensemble_choice.json").write_text(record, "utf-8")
        shutil.copyfile(args.bilstm / "bilstm_metrics.json", args.crf / "bilstm_metrics.json")
    log(f"best on dev: {choice['best']} (beats the CRF: {choice['beats_crf']}; installed: {choice['installed']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Choose how the CRF and the BiLSTM combine, on the own dev split:
`python -m pipeline.train_ner_ensemble --data DIR --crf models/ner-zh --bilstm DIR [DIR ...] [--install]`.

Candidates: the CRF alone (what ships today), the BiLSTM alone, span intersection, span
union, and probability averages at several CRF weights — each through the same recognizer
(the CRF dir's gazetteer mode, bracket trimming, title splitting).  The winner is the best
mean micro F1 over the dev corpora.  With `--install`, and only if the winner beats the CRF
alone, the BiLSTM files are copied beside the CRF's and ner_config.json names the ensemble;
`python -m pipeline.train_ner --data DIR --out models/ner-zh --eval-only` then rewrites the
model card's figures for what ships.

Several BiLSTM directories (models trained on one vocabulary, other seeds or settings) act
as one BiLSTM whose probabilities are their average: "bilstm" and every combination below
then mean all of them, and --install ships them all (ner_bilstm.join_bilstms).
`--crf-heads entity` averages the CRF into the entity head only (the TITLE head is then the
BiLSTMs' alone): the CRF's marginals cost as much as a BiLSTM, and with two BiLSTMs the
NER stage would otherwise fall under issue 3's 20,000 chars/s (see the model card).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

from pipeline.config import Config, Resources
from pipeline.ner_bilstm import HEADS, join_bilstms, load_bilstm
from pipeline.ner_crf import load_crf
from pipeline.ner_data import load_splits
from pipeline.ner_ensemble import EnsembleTaggers, SpanVoteTaggers
from pipeline.ner_lexicon import load_lexicon
from pipeline.ner_recognizers import CrfRecognizer, read_ner_config, read_lexicon_mode
from pipeline.ner_report import DEV_SETS, mean_f1, score_set

# 0.34: about an equal share for the CRF and each of two BiLSTMs.
CRF_WEIGHTS = (0.3, 0.34, 0.4, 0.5, 0.6)  # 0.7 and 0.8 never won (model card)


def load_bilstms(bilstm_dirs: list[Path]):
    """The first directory's BiLSTM, with the other directories' models averaged in."""
    bilstm = load_bilstm(bilstm_dirs[0])
    bilstm.extra = tuple(load_bilstm(d).model for d in bilstm_dirs[1:])
    return bilstm


def head_weights(weight: float, crf_heads: tuple[str, ...]) -> float | dict[str, float]:
    """EnsembleTaggers' crf_weight: one number when the CRF joins every head."""
    if set(crf_heads) == set(HEADS):
        return weight
    return {name: weight if name in crf_heads else 0.0 for name in HEADS}


def candidates(crf_dir: Path, bilstm_dirs: list[Path], crf_heads: tuple[str, ...] = tuple(HEADS)) -> dict:
    crf, bilstm = load_crf(crf_dir), load_bilstms(bilstm_dirs)
    found = {"crf": crf, "bilstm": bilstm}
    found["intersection"] = SpanVoteTaggers(crf, bilstm, "intersection")
    found["union"] = SpanVoteTaggers(crf, bilstm, "union")
    for weight in CRF_WEIGHTS:
        found[f"average:{weight}"] = EnsembleTaggers(crf, bilstm, head_weights(weight, crf_heads))
    return found


def resources_with(taggers, crf_dir: Path) -> Resources:
    config = Config(ner_model=crf_dir)
    resources = Resources(config)
    recognizer = CrfRecognizer(taggers=taggers, lexicon=load_lexicon(config.resources_dir), lexicon_mode=read_lexicon_mode(crf_dir))
    resources.get("ner", lambda c: recognizer)
    return resources


def choose(data_dir: Path, crf_dir: Path, bilstm_dirs: list[Path], seed: int, limit: int | None, log, crf_heads=tuple(HEADS)) -> dict:
    splits = load_splits(data_dir, load_lexicon(Config().resources_dir), seed=seed, limit=limit)
    dev = {}
    for name, taggers in candidates(crf_dir, bilstm_dirs, crf_heads).items():
        resources = resources_with(taggers, crf_dir)
        scores = {c: score_set(c, splits["dev"][c], resources) for c in DEV_SETS if splits["dev"].get(c)}
        dev[name] = {"mean": mean_f1(scores), **{c: s["micro"]["f1"] for c, s in scores.items()}}
        dev[name]["chars_per_second"] = {c: s["chars_per_second"] for c, s in scores.items()}
        log(f"dev {name}: {dev[name]}")
    best = max(dev, key=lambda name: dev[name]["mean"])
    return {"dev": dev, "best": best, "beats_crf": dev[best]["mean"] > dev["crf"]["mean"]}


REPORT_SETS = ("msra", "cluener", "cluener_dev_shipped")


def report(data_dir: Path, crf_dir: Path, bilstm_dirs: list[Path], best: str, seed: int, limit: int | None, log, crf_heads=tuple(HEADS)) -> dict:
    """Held-out micro F1 (Simplified, and s2tw Traditional) of the CRF, the BiLSTM and the
    dev winner: each model alone and combined, on the sets the targets are about."""
    import opencc

    splits = load_splits(data_dir, load_lexicon(Config().resources_dir), seed=seed, limit=limit)
    s2tw = opencc.OpenCC("s2tw")
    found = candidates(crf_dir, bilstm_dirs, crf_heads)
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


def install(choice: dict, crf_dir: Path, bilstm_dirs: list[Path], crf_heads: tuple[str, ...] = tuple(HEADS)) -> bool:
    """Ship the averaging ensemble beside the CRF when it won on dev; report whether."""
    best = choice["best"]
    if not choice["beats_crf"] or not best.startswith("average:"):
        return False
    join_bilstms(bilstm_dirs, crf_dir)
    weight = head_weights(float(best.split(":")[1]), crf_heads)
    ner_config = dict(read_ner_config(crf_dir), ensemble={"crf_weight": weight})
    (crf_dir / "ner_config.json").write_text(json.dumps(ner_config, indent=1), "utf-8")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--crf", type=Path, required=True, help="the CRF model directory")
    parser.add_argument("--bilstm", type=Path, nargs="+", required=True, help="the BiLSTM model directory (several: averaged)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--crf-heads", nargs="+", choices=tuple(HEADS), default=list(HEADS), help="heads the CRF is averaged into")
    parser.add_argument("--install", action="store_true", help="ship the winner if it beats the CRF on dev")
    parser.add_argument("--report", action="store_true", help="also score CRF, BiLSTM and the winner on the held-out sets")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(f"[train_ner_ensemble {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    crf_heads = tuple(args.crf_heads)
    choice = choose(args.data, args.crf, args.bilstm, args.seed, args.limit, log, crf_heads)
    choice["crf_heads"], choice["bilstms"] = list(crf_heads), [str(d) for d in args.bilstm]
    if args.report:
        choice["test"] = report(args.data, args.crf, args.bilstm, choice["best"], args.seed, args.limit, log, crf_heads)
    choice["installed"] = install(choice, args.crf, args.bilstm, crf_heads) if args.install else False
    record = json.dumps(choice, indent=1)
    (args.bilstm[0] / "ensemble_choice.json").write_text(record, "utf-8")
    if args.install:
        # The card of the shipped model shows the BiLSTM and the comparison, installed or not.
        (args.crf / "ensemble_choice.json").write_text(record, "utf-8")
        shutil.copyfile(args.bilstm[0] / "bilstm_metrics.json", args.crf / "bilstm_metrics.json")
        for k, extra in enumerate(args.bilstm[1:], start=2):
            shutil.copyfile(extra / "bilstm_metrics.json", args.crf / f"bilstm_{k}_metrics.json")
    log(f"best on dev: {choice['best']} (beats the CRF: {choice['beats_crf']}; installed: {choice['installed']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""NER scores: precision, recall, F1 per label and micro, on exact spans.

Gold files are JSON Lines `{"text", "entities": [[start, end, label], ...]}`; a file in
another corpus's scheme (MSRA PER/LOC/ORG, CLUENER name/position/…) is mapped through
pipeline/ner_labels.py first, and only the labels that scheme annotates are scored (an
MSRA file says nothing about titles, so a predicted TITLE there is neither right nor wrong).
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.config import Resources
from pipeline.ner_labels import CORPUS_TAGS, LABELS, corpus_of, map_entities

Span = tuple[int, int, str]


def scheme_labels(corpus: str) -> tuple[str, ...]:
    """Our labels that a corpus's annotation can produce (PLACE means GPE and LOC)."""
    produced = set()
    for label in CORPUS_TAGS[corpus].values():
        if label == "PLACE":
            produced |= {"GPE", "LOC"}
        elif label:
            produced.add(label)
    return tuple(label for label in LABELS if label in produced)


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "support": n_gold,
        "predicted": n_pred,
    }


def score_spans(gold: list[list[Span]], predicted: list[list[Span]], labels: tuple[str, ...] = LABELS) -> dict:
    """Exact-span scores per label and micro over `labels`, plus a micro where GPE and LOC
    count as one place (comparable with schemes that have a single LOC)."""
    counts = {label: [0, 0, 0] for label in labels}  # tp, predicted, gold
    place = [0, 0, 0]

    def as_place(spans: set[Span]) -> set[Span]:
        return {(s, e, "PLACE" if label in ("GPE", "LOC") else label) for s, e, label in spans}

    for gold_spans, pred_spans in zip(gold, predicted):
        g = {tuple(s) for s in gold_spans if s[2] in labels}
        p = {tuple(s) for s in pred_spans if s[2] in labels}
        for label in labels:
            gl = {s for s in g if s[2] == label}
            pl = {s for s in p if s[2] == label}
            counts[label][0] += len(gl & pl)
            counts[label][1] += len(pl)
            counts[label][2] += len(gl)
        gp, pp = as_place(g), as_place(p)
        place[0] += len(gp & pp)
        place[1] += len(pp)
        place[2] += len(gp)
    per_label = {label: prf(*counts[label]) for label in labels}
    micro = prf(*(sum(c[k] for c in counts.values()) for k in range(3)))
    return {"labels": per_label, "micro": micro, "micro_place_merged": prf(*place), "sentences": len(gold)}


def read_gold(path: Path, resources: Resources) -> tuple[list[str], list[list[Span]], str]:
    """Texts, gold spans in our labels, and the scheme the file was written in."""
    from pipeline.ner import view_for
    from pipeline.ner_lexicon import load_lexicon

    records = [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()]
    tags = {e[2] for r in records for e in r.get("entities", [])}
    corpus = corpus_of(tags)
    lexicon = resources.get("ner_lexicon", lambda config: load_lexicon(config.resources_dir))
    texts, gold = [], []
    for record in records:
        # place_label decides GPE vs LOC on the Simplified surface: map on the view.
        view = view_for(record["text"], resources)
        texts.append(record["text"])
        gold.append(map_entities(view, record.get("entities", []), corpus, lexicon))
    return texts, gold, corpus


def evaluate_ner(path: str | Path, resources: Resources) -> dict:
    """Scores of the configured NER on a gold JSONL file (see the module docstring)."""
    from pipeline.ner import predict_spans

    texts, gold, corpus = read_gold(Path(path), resources)
    predicted = predict_spans(texts, resources)
    result = score_spans(gold, predicted, scheme_labels(corpus))
    result.update({"file": str(path), "scheme": corpus})
    return result


def format_report(result: dict) -> str:
    """A plain-text table: one row per label, then micro."""
    lines = []
    if "file" in result:
        lines.append(f"{result['file']} ({result.get('scheme', '?')} scheme, {result['sentences']} sentences)")
    lines.append(f"{'label':<8} {'P':>7} {'R':>7} {'F1':>7} {'gold':>7} {'pred':>7}")
    rows = list(result["labels"].items()) + [("micro", result["micro"])]
    if "micro_place_merged" in result:
        rows.append(("GPE=LOC", result["micro_place_merged"]))
    for label, s in rows:
        lines.append(
            f"{label:<8} {s['precision']:>7.4f} {s['recall']:>7.4f} {s['f1']:>7.4f} {s['support']:>7} {s['predicted']:>7}"
        )
    return "\n".join(lines)

"""A token-classification transformer from a local directory (Config.ner_backend="transformers").

Chinese BERT-style vocabularies are per character, so the view is fed as a list of
characters (`is_split_into_words`) and `word_ids()` maps every piece back to its character:
no offset arithmetic.  Nothing is downloaded: the directory must hold config, weights and
tokenizer files (`local_files_only`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.article import Token
from pipeline.ner_crf import chunks, tags_to_spans
from pipeline.ner_labels import LABELS
from pipeline.ner_recognizers import Found, merge_spans

# Label names other token-classification models use for ours.
FOREIGN_LABELS = {"PER": "PERSON", "NAME": "PERSON", "NR": "PERSON", "NS": "LOC", "NT": "ORG", "POSITION": "TITLE"}
MAX_CHARS = 500  # a chunk's characters, below BERT's 512 positions with [CLS]/[SEP]


def our_tag(tag: str) -> str:
    """B-PER → B-PERSON; tags of labels we do not have → O."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    label = FOREIGN_LABELS.get(label.upper(), label.upper())
    if prefix == "M":  # BMES schemes
        prefix = "I"
    return f"{prefix}-{label}" if label in LABELS and prefix in "BIES" else "O"


@dataclass
class TransformersRecognizer:
    tokenizer: object
    model: object

    def recognize(self, view: str, tokens: list[Token]) -> list[Found]:
        import torch

        spans = []
        for start, end in pieces(view):
            chars = list(view[start:end])
            encoded = self.tokenizer(chars, is_split_into_words=True, return_tensors="pt", truncation=True)
            with torch.no_grad():
                logits = self.model(**encoded).logits[0]
            best = logits.argmax(-1).tolist()
            tags = ["O"] * len(chars)
            seen = set()
            for position, char_index in enumerate(encoded.word_ids(0)):
                if char_index is None or char_index in seen:
                    continue
                seen.add(char_index)
                tags[char_index] = our_tag(self.model.config.id2label[best[position]])
            spans += [(s + start, e + start, label) for s, e, label in tags_to_spans(tags)]
        return merge_spans([(spans, "model")])


def pieces(view: str) -> list[tuple[int, int]]:
    """Sentence chunks, cut further so none exceeds MAX_CHARS."""
    out = []
    for start, end in chunks(view):
        for s in range(start, end, MAX_CHARS):
            out.append((s, min(end, s + MAX_CHARS)))
    return out


def load_transformers_recognizer(model_dir: Path) -> TransformersRecognizer:
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
    model = AutoModelForTokenClassification.from_pretrained(str(model_dir), local_files_only=True)
    model.eval()
    return TransformersRecognizer(tokenizer=tokenizer, model=model)

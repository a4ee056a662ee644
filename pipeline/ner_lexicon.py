"""NER gazetteers (pipeline/resources/ner_*.txt) and a longest-match lexicon tagger.

The lexicons serve three purposes: the GPE/LOC split of corpora that only say "place"
(pipeline/ner_labels.py), features for the CRF, and the fallback tagger that runs when no
trained model is shipped.  Entries are Simplified because every matcher runs on the
Simplified view; Traditional lines in a file are converted on load, so either script works.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import opencc

from pipeline.article import Token

LEXICON_FILES = {
    "GPE": "ner_gpe.txt",
    "PERSON": "ner_person.txt",
    "ORG": "ner_org.txt",
    "TITLE": "ner_title.txt",
}

# One-character entries (中, 美) are place abbreviations the label mapping needs, but matched
# on their own they would tag every 中 in 中心 — the matcher ignores them.
MIN_MATCH_CHARS = 2
# Labels whose lexicon entries are common words that also occur inside longer words.
BOUNDED_LABELS = ("TITLE", "GPE")


def read_lexicon(path: Path, t2s: opencc.OpenCC | None = None) -> list[str]:
    """One entry a line, `#` lines are comments; entries converted to Simplified."""
    converter = t2s or opencc.OpenCC("t2s")
    entries = []
    for line in path.read_text("utf-8").splitlines():
        entry = line.strip()
        if entry and not entry.startswith("#"):
            entries.append(converter.convert(entry))
    return entries


@dataclass
class Lexicon:
    """label → set of Simplified entries, indexed for matching by surface and by first character."""

    entries: dict[str, set[str]]

    def __post_init__(self):
        # One dict lookup per candidate and only the lengths that some entry starting with
        # that character has: match_lexicon tried every length with a loop over the labels
        # (1.4 M calls, 13% of the NER stage on 150 articles).  The first label listing a
        # surface keeps it, as the loop did.
        self.label_by_surface: dict[str, str] = {}
        for label, names in self.entries.items():
            for name in names:
                self.label_by_surface.setdefault(name, label)
        lengths: dict[str, set[int]] = {}
        for name in self.label_by_surface:
            lengths.setdefault(name[:1], set()).add(len(name))
        self.lengths_by_first = {c: tuple(sorted(n, reverse=True)) for c, n in lengths.items()}

    def label_of(self, surface: str) -> str | None:
        return self.label_by_surface.get(surface)

    def is_gpe(self, surface: str) -> bool:
        return surface in self.entries.get("GPE", ())


def load_lexicon(resources_dir: Path) -> Lexicon:
    t2s = opencc.OpenCC("t2s")
    entries = {label: set(read_lexicon(resources_dir / name, t2s)) for label, name in LEXICON_FILES.items()}
    return Lexicon(entries=entries)


def match_lexicon(view: str, lexicon: Lexicon, tokens: list[Token] | None = None) -> list[tuple[int, int, str]]:
    """Longest-first, left-to-right, non-overlapping matches of lexicon entries in `view`.

    With `tokens`, a title or place must start and end on word boundaries, so 代表 inside
    代表团 or 美国 inside 美国防部 are not taken; names (李在明 in 李在明时, which jieba
    joins) are specific enough to match anywhere.
    """
    starts = ends = None
    if tokens:
        starts = {t.start for t in tokens}
        ends = {t.end for t in tokens}
    spans = []
    i = 0
    while i < len(view):
        found = None
        for length in lexicon.lengths_by_first.get(view[i], ()):
            if length > len(view) - i or length < MIN_MATCH_CHARS:
                continue
            label = lexicon.label_of(view[i : i + length])
            if label is None:
                continue
            bounded = label in BOUNDED_LABELS and starts is not None
            if bounded and (i not in starts or i + length not in ends):
                continue
            found = (i, i + length, label)
            break
        if found:
            spans.append(found)
            i = found[1]
        else:
            i += 1
    return spans

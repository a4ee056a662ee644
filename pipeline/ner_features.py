"""Per-character features for the CRF taggers, on the Simplified view.

What matters most (measured on MSRA): where jieba puts word boundaries and which POS it
gives (nr/ns/nt), then the character n-gram window, then gazetteer hits.  Features are
plain strings, built in one pass; this function is the hot loop of the NER stage.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple, Sequence

from pipeline.article import Token


class Word(NamedTuple):
    """A jieba word with chunk-relative offsets (a light stand-in for article.Token:
    building pydantic records per word cost a third of the tagging time)."""

    start: int
    end: int
    text: str
    pos: str

# Longest word kept as a word-identity feature; longer words are rare and bloat the model.
MAX_WORD_FEATURE = 6


# Feature sets, saved with each model so a model always gets the features it learnt:
#   1  character window, jieba word position/POS/word, neighbouring POS, gazetteer hits
#   2  1 + the neighbouring words themselves (总统 before a name, 表示 after it)
FEATURE_VERSION = 2
NEIGHBOUR_WORD_MAX = 4  # longer neighbouring words are rare and add little context


@dataclass
class LexiconIndex:
    """surface → label for every gazetteer entry of two or more characters, and the
    feature set of the model it belongs to."""

    labels: dict[str, str]
    max_len: int
    feature_version: int = FEATURE_VERSION

    def __post_init__(self):
        # The entry lengths per first character, longest first: lexicon_tags tries only
        # those instead of every length up to max_len at every character.
        lengths: dict[str, set[int]] = {}
        for surface in self.labels:
            lengths.setdefault(surface[:1], set()).add(len(surface))
        self.lengths_by_first = {c: tuple(sorted(n, reverse=True)) for c, n in lengths.items()}


def char_class(char: str) -> str:
    if "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf":
        return "H"
    if char.isdigit():
        return "D"
    if char.isascii() and char.isalpha():
        return "L"
    if char.isspace():
        return "S"
    return "P"


def word_positions(view: str, tokens: Sequence[Token | Word]) -> tuple[list[str], list[str], list[str], list[str], list[tuple[str, str]]]:
    """Per character: its position in its word (B/M/E/S), the word's POS, the word
    (if short), the POS of the neighbouring words (prev|next), and those words.

    The word is read from the view, not `token.text`: tokens carry the original script
    (大學), and the model learnt Simplified words (大学).
    """
    length = len(view)
    position = ["S"] * length
    pos = ["x"] * length
    word = [""] * length
    context = ["^|$"] * length
    neighbours = [("", "")] * length
    inside = [t for t in tokens if 0 <= t.start < t.end <= length]
    for k, token in enumerate(inside):
        before = inside[k - 1].pos if k > 0 else "^"
        after = inside[k + 1].pos if k + 1 < len(inside) else "$"
        size = token.end - token.start
        prev_word = view[inside[k - 1].start : inside[k - 1].end] if k > 0 else "^"
        next_word = view[inside[k + 1].start : inside[k + 1].end] if k + 1 < len(inside) else "$"
        pair = (
            prev_word if len(prev_word) <= NEIGHBOUR_WORD_MAX else "",
            next_word if len(next_word) <= NEIGHBOUR_WORD_MAX else "",
        )
        surface = view[token.start : token.end] if size <= MAX_WORD_FEATURE else ""
        for i in range(token.start, token.end):
            if size == 1:
                position[i] = "S"
            elif i == token.start:
                position[i] = "B"
            elif i == token.end - 1:
                position[i] = "E"
            else:
                position[i] = "M"
            pos[i] = token.pos or "x"
            word[i] = surface
            context[i] = f"{before}|{after}"
            neighbours[i] = pair
    return position, pos, word, context, neighbours


def lexicon_tags(view: str, index: LexiconIndex) -> list[str]:
    """BIE-label of the longest gazetteer entry covering each character ('' for none)."""
    tags = [""] * len(view)
    i = 0
    labels, lengths = index.labels, index.lengths_by_first
    while i < len(view):
        for length in lengths.get(view[i], ()):
            if length > len(view) - i or length < 2:
                continue
            label = labels.get(view[i : i + length])
            if label is not None:
                tags[i] = "B-" + label
                for j in range(i + 1, i + length - 1):
                    tags[j] = "I-" + label
                tags[i + length - 1] = "E-" + label
                i += length
                break
        else:
            i += 1
    return tags


def sentence_features(
    view: str, tokens: Sequence[Token | Word], index: LexiconIndex, shared: tuple | None = None
) -> list[list[str]]:
    """One feature list per character of `view` (a sentence or a chunk of an article).

    `tokens` are jieba words with offsets into `view`.  `shared` is (word_positions,
    lexicon_tags) when the caller computed them already for another model (ner_ensemble).
    """
    n = len(view)
    chars = ["<s2>", "<s1>"] + list(view) + ["</s1>", "</s2>"]
    classes = [char_class(c) for c in view]
    positions, lexicon = shared or (word_positions(view, tokens), lexicon_tags(view, index))
    position, pos, word, context, neighbours = positions
    with_neighbours = index.feature_version >= 2
    features = []
    for i in range(n):
        k = i + 2
        c0, p1, p2, n1, n2 = chars[k], chars[k - 1], chars[k - 2], chars[k + 1], chars[k + 2]
        t_prev = classes[i - 1] if i > 0 else "^"
        t_next = classes[i + 1] if i + 1 < n else "$"
        item = [
            "b",
            "c0=" + c0,
            "c-1=" + p1,
            "c+1=" + n1,
            "c-2=" + p2,
            "c+2=" + n2,
            "c-1c0=" + p1 + c0,
            "c0c+1=" + c0 + n1,
            "c-2c-1=" + p2 + p1,
            "c+1c+2=" + n1 + n2,
            "c-1c+1=" + p1 + n1,
            "t=" + t_prev + classes[i] + t_next,
            "wp=" + position[i],
            "pos=" + position[i] + pos[i],
            "wpc=" + position[i] + c0,
            "ctx=" + context[i],
            "posctx=" + pos[i] + context[i],
        ]
        if word[i]:
            item.append("w=" + word[i])
        if lexicon[i]:
            item.append("lx=" + lexicon[i])
        if with_neighbours:
            # The word before matters where a mention starts, the word after where it ends.
            prev_word, next_word = neighbours[i]
            if prev_word and position[i] in "BS":
                item.append("w-1=" + prev_word)
            if next_word and position[i] in "ES":
                item.append("w+1=" + next_word)
        features.append(item)
    return features

"""Per-character features for the CRF taggers, on the Simplified view.

What matters most (measured on MSRA): where jieba puts word boundaries and which POS it
gives (nr/ns/nt), then the character n-gram window, then gazetteer hits.  Features are
plain strings, built in one pass; this function is the hot loop of the NER stage.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

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


# The padding symbols of the character window, as sentence_features writes them.
BOUNDARY_SYMBOLS = ("<s2>", "<s1>", "</s1>", "</s2>")
CHAR_TEMPLATES = {"c0": 0, "c-1": -1, "c+1": 1, "c-2": -2, "c+2": 2}
PAIR_TEMPLATES = {"c-1c0": (-1, 0), "c0c+1": (0, 1), "c-2c-1": (-2, -1), "c+1c+2": (1, 2), "c-1c+1": (-1, 1)}
CLASS_SYMBOLS = "HDLSP^$"  # char_class's five, then "before the first" and "after the last"
_NO_MATCH: dict = {}


def splits(value: str) -> list[tuple[str, str]]:
    """Every way to cut `value` in two: a feature value written as a + b is matched by
    looking up a, then b, among the splits of the model's values — exactly the values
    a + b equals, without building the string a + b."""
    return [(value[:k], value[k:]) for k in range(len(value) + 1)]


class AttributeTables:
    """sentence_features as attribute ids of one crfsuite model, without building the
    feature strings (string building and hashing were three quarters of the CRF's time
    in the NER stage).

    The character-window templates (c0, c-1c0 …, t) are looked up in numpy over a whole
    article at once: every character becomes a symbol id (a character some model value
    holds, a padding symbol, or "unknown", which matches nothing), a window of one or two
    symbols indexes a table or a sorted key array.  The word templates (wp, pos, wpc, ctx,
    posctx, w, lx, w-1, w+1) are one or two dict lookups per character on strings that
    already exist.  A feature the model does not know gets id `unknown` (a zero weight
    row), as crfsuite ignores an unknown attribute; the ids of every character are
    those of sentence_features' strings (tests/test_ner_speed.py)."""

    def __init__(self, attributes: dict[str, int], feature_version: int = FEATURE_VERSION):
        self.unknown = len(attributes)
        self.feature_version = feature_version
        by_template: dict[str, dict[str, int]] = {}
        self.bias = self.unknown
        for attribute, i in attributes.items():
            name, sep, value = attribute.partition("=")
            if not sep:
                if name == "b":
                    self.bias = i
                continue
            by_template.setdefault(name, {})[value] = i

        def get(name: str) -> dict[str, int]:
            return by_template.get(name, {})

        # Symbols: the padding tokens, then every character a window value can hold.
        symbols = {token: k for k, token in enumerate(BOUNDARY_SYMBOLS)}
        unigram = {name: {v: i for v, i in get(name).items() if len(v) == 1 or v in symbols} for name in CHAR_TEMPLATES}
        pairs = {name: [(a, b, i) for v, i in get(name).items() for a, b in splits(v) if self._is_symbol(a) and self._is_symbol(b)]
                 for name in PAIR_TEMPLATES}
        for values in unigram.values():
            for v in values:
                symbols.setdefault(v, len(symbols))
        for found in pairs.values():
            for a, b, _ in found:
                symbols.setdefault(a, len(symbols))
                symbols.setdefault(b, len(symbols))
        self.n_symbols = len(symbols) + 1  # the last id: a character no value holds
        none = self.n_symbols - 1
        self.symbol_of_code = np.full(0x110000, none, dtype=np.int32)
        for s, k in symbols.items():
            if len(s) == 1:
                self.symbol_of_code[ord(s)] = k
        self.boundary = [symbols[t] for t in BOUNDARY_SYMBOLS]
        self.unigram_tables = {}
        for name, values in unigram.items():
            table = np.full(self.n_symbols, self.unknown, dtype=np.int64)
            for v, i in values.items():
                table[symbols[v]] = i
            self.unigram_tables[name] = table
        self.pair_tables = {}
        for name, found in pairs.items():
            keys = np.array([symbols[a] * self.n_symbols + symbols[b] for a, b, _ in found], dtype=np.int64)
            ids = np.array([i for _, _, i in found], dtype=np.int64)
            order = np.argsort(keys, kind="stable")
            self.pair_tables[name] = (keys[order], ids[order])
        # t=: the classes of the previous, this and the next character.
        self.class_table = np.full(len(CLASS_SYMBOLS) ** 3, self.unknown, dtype=np.int64)
        for v, i in get("t").items():
            if len(v) == 3 and all(c in CLASS_SYMBOLS for c in v):
                a, b, c = (CLASS_SYMBOLS.index(x) for x in v)
                self.class_table[(a * len(CLASS_SYMBOLS) + b) * len(CLASS_SYMBOLS) + c] = i
        self.class_of_code = np.array([CLASS_SYMBOLS.index(char_class(chr(c))) for c in range(0x10000)], dtype=np.int64)

        def nested(name: str) -> dict[str, dict[str, int]]:
            table: dict[str, dict[str, int]] = {}
            for v, i in get(name).items():
                for a, b in splits(v):
                    table.setdefault(a, {})[b] = i
            return table

        def plain(name: str) -> dict[str, int]:
            return {v: i for v, i in get(name).items() if v}  # an empty value is never written

        self.wp, self.ctx, self.word, self.lexicon = plain("wp"), plain("ctx"), plain("w"), plain("lx")
        self.prev_word, self.next_word = plain("w-1"), plain("w+1")
        self.pos, self.wpc, self.posctx = nested("pos"), nested("wpc"), nested("posctx")

    @staticmethod
    def _is_symbol(s: str) -> bool:
        return len(s) == 1 or s in BOUNDARY_SYMBOLS

    def ids(self, texts: list[str], shared: list[tuple]) -> np.ndarray:
        """(templates, characters) attribute ids for the chunks `texts` one after another,
        `shared` their (word_positions, lexicon_tags)."""
        lengths = np.array([len(t) for t in texts], dtype=np.int64)
        total = int(lengths.sum())
        joined = "".join(texts)
        codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
        chunk_of = np.repeat(np.arange(len(texts)), lengths)
        # Each chunk padded by two symbols on either side, as sentence_features pads it.
        at = np.arange(total) + 4 * chunk_of + 2
        first = np.concatenate([[0], np.cumsum(lengths + 4)[:-1]]).astype(np.int64)
        padded = np.empty(total + 4 * len(texts), dtype=np.int64)
        padded[at] = self.symbol_of_code[codes]
        s2, s1, e1, e2 = self.boundary
        padded[first], padded[first + 1] = s2, s1
        padded[first + lengths + 2], padded[first + lengths + 3] = e1, e2
        rows = [np.full(total, self.bias, dtype=np.int64)]
        for name, shift in CHAR_TEMPLATES.items():
            rows.append(self.unigram_tables[name][padded[at + shift]])
        for name, (a, b) in PAIR_TEMPLATES.items():
            keys, ids = self.pair_tables[name]
            wanted = padded[at + a] * self.n_symbols + padded[at + b]
            slot = np.minimum(np.searchsorted(keys, wanted), max(len(keys) - 1, 0))
            rows.append(np.where(keys[slot] == wanted, ids[slot], self.unknown) if len(keys) else np.full(total, self.unknown))
        classes = np.empty(total + 4 * len(texts), dtype=np.int64)
        wide = codes >= 0x10000
        inner = self.class_of_code[np.where(wide, 0, codes)]
        if wide.any():
            for k in np.flatnonzero(wide):
                inner[k] = CLASS_SYMBOLS.index(char_class(joined[k]))
        classes[at] = inner
        classes[first + 1], classes[first + lengths + 2] = CLASS_SYMBOLS.index("^"), CLASS_SYMBOLS.index("$")
        n = len(CLASS_SYMBOLS)
        rows.append(self.class_table[(classes[at - 1] * n + classes[at]) * n + classes[at + 1]])
        rows.append(self.word_ids(texts, shared))
        return np.vstack(rows)

    def word_ids(self, texts: list[str], shared: list[tuple]) -> np.ndarray:
        """(word templates, characters): the jieba-word and gazetteer templates."""
        unknown, none = self.unknown, _NO_MATCH
        wp, ctx, word, lexicon = self.wp.get, self.ctx.get, self.word.get, self.lexicon.get
        pos_t, wpc_t, posctx_t = self.pos.get, self.wpc.get, self.posctx.get
        prev_word, next_word = self.prev_word.get, self.next_word.get
        columns: list[list[int]] = [[] for _ in range(9 if self.feature_version >= 2 else 7)]
        for text, (positions, lex) in zip(texts, shared):
            position, pos, words, context, neighbours = positions
            columns[0] += [wp(p, unknown) for p in position]
            columns[1] += [pos_t(p, none).get(t, unknown) for p, t in zip(position, pos)]
            columns[2] += [wpc_t(p, none).get(c, unknown) for p, c in zip(position, text)]
            columns[3] += [ctx(c, unknown) for c in context]
            columns[4] += [posctx_t(t, none).get(c, unknown) for t, c in zip(pos, context)]
            columns[5] += [word(w, unknown) for w in words]
            columns[6] += [lexicon(x, unknown) for x in lex]
            if self.feature_version >= 2:
                columns[7] += [prev_word(a, unknown) if p in "BS" else unknown for p, (a, _) in zip(position, neighbours)]
                columns[8] += [next_word(b, unknown) if p in "ES" else unknown for p, (_, b) in zip(position, neighbours)]
        return np.array(columns, dtype=np.int64).reshape(len(columns), -1)

"""jieba word segmentation and POS on the Simplified view, through a Tokenizer instance.

jieba's module-level functions share one global dictionary; we build our own
`jieba.Tokenizer` (plus a `POSTokenizer` over it) once per process, load our user
dictionary into it, and pass it in — so tests and workers never see each other's words.
jieba is trained on Simplified text, which is why it runs on the view; since the view has
the same length as the text, token offsets are offsets into the stored original.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

import jieba
import jieba.posseg

from pipeline.article import Article, Token
from pipeline.config import Config, Resources

jieba.setLogLevel(logging.WARNING)

_EN_TOKEN = re.compile(r"[A-Za-z]+(?:[.'’-][A-Za-z]+)*|\d+(?:[.,]\d+)*|\S")


@dataclass
class Segmenter:
    tokenizer: jieba.Tokenizer
    pos: jieba.posseg.POSTokenizer


def user_dictionary_lines(resources_dir: Path) -> list[str]:
    """Words for jieba from `userdict.txt` (jieba format: word [freq] [pos]).

    The title and alias lexicons are not loaded: the officials stage matches them on the
    view itself, and the NER model's word-boundary features were trained with these token
    boundaries; changing the dictionary would need retraining (not measured yet)."""
    lines: list[str] = []
    userdict = resources_dir / "userdict.txt"
    if userdict.exists():
        lines += [ln for ln in userdict.read_text("utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return lines


def load_segmenter(config: Config) -> Segmenter:
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for line in user_dictionary_lines(config.resources_dir):
        parts = line.split()
        word = parts[0]
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        tag = parts[2] if len(parts) > 2 else (parts[1] if len(parts) == 2 and not parts[1].isdigit() else None)
        tokenizer.add_word(word, freq, tag)
    return Segmenter(tokenizer=tokenizer, pos=jieba.posseg.POSTokenizer(tokenizer))


def chinese_tokens(text: str, view: str, segmenter: Segmenter) -> list[Token]:
    tokens: list[Token] = []
    offset = 0
    for pair in segmenter.pos.cut(view, HMM=True):
        word, flag = pair.word, pair.flag
        # posseg returns the input in order and whole; find() guards against a
        # token it normalised (it never should), rather than trusting lengths blindly.
        start = offset if view.startswith(word, offset) else view.find(word, offset)
        if start < 0:
            continue
        end = start + len(word)
        offset = end
        if not word.strip():
            continue
        tokens.append(Token(start=start, end=end, text=text[start:end], pos=flag))
    return tokens


def english_tokens(text: str) -> list[Token]:
    return [Token(start=m.start(), end=m.end(), text=m.group(), pos="") for m in _EN_TOKEN.finditer(text)]


def segment(article: Article, resources: Resources) -> Article:
    """Stage: set `article.tokens`."""
    if article.lang == "en":
        article.tokens = english_tokens(article.text)
        return article
    segmenter = resources.get("segmenter", load_segmenter)
    article.tokens = chinese_tokens(article.text, article.view or article.text, segmenter)
    return article

"""Quote-aware sentence spans.

Chinese news puts sentence-final punctuation inside quotes: 「如果它到期了，那就到期吧。」川普表示，
「我們會達成一項更好的協議」。 is one sentence — cutting at the inner 。 would separate the quote
from its speaker.  So a sentence ends only at terminal punctuation outside any quote, or at a
line break (which also closes quotes a careless source left open).
"""

from __future__ import annotations

import re

from pipeline.article import Article, Sentence
from pipeline.config import Resources

OPENING = {"「": "」", "『": "』", "“": "”", "《": "》", "(": ")", "（": "）"}
CLOSING = set(OPENING.values())
TERMINALS = set("。！？!?；")
# Characters that belong to the sentence they follow: 「…。」 or ……。) or ?!
TRAILERS = CLOSING | TERMINALS | {"…", "\"", "'", "’"}

# English: a period/!/? followed by space and an upper-case letter or quote, not after Mr/Dr/U.S.
_EN_BOUNDARY = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)[.!?][\"”’)]*\s+(?=[A-Z“\"(])")


def chinese_sentence_bounds(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    stack: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        char = text[i]
        if char == "\n":
            bounds.append((start, i))
            start = i + 1
            stack.clear()
        elif char in OPENING and char not in "(（":
            stack.append(OPENING[char])
        elif stack and char == stack[-1]:
            stack.pop()
        elif char == '"':
            # Straight double quotes open and close alike.
            if stack and stack[-1] == '"':
                stack.pop()
            else:
                stack.append('"')
        elif char in TERMINALS and not stack:
            end = i + 1
            while end < n and text[end] in TRAILERS:
                end += 1
            bounds.append((start, end))
            start = end
            i = end
            continue
        i += 1
    bounds.append((start, n))
    return bounds


def english_sentence_bounds(text: str) -> list[tuple[int, int]]:
    bounds = []
    for paragraph in re.finditer(r"[^\n]+", text):
        start = paragraph.start()
        for boundary in _EN_BOUNDARY.finditer(paragraph.group()):
            end = paragraph.start() + boundary.end()
            bounds.append((start, end))
            start = end
        bounds.append((start, paragraph.end()))
    return bounds


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_spans(text: str, lang: str) -> list[tuple[int, int]]:
    raw = english_sentence_bounds(text) if lang == "en" else chinese_sentence_bounds(text)
    spans = [trim(text, s, e) for s, e in raw]
    return [(s, e) for s, e in spans if e > s]


def split_sentences(article: Article, resources: Resources) -> Article:
    """Stage: set `article.sentences` (matched on the view so ，（） are already half-width)."""
    source = article.view or article.text
    article.sentences = [
        Sentence(article_id=article.article_id, sent_idx=i, start=s, end=e, text=article.text[s:e])
        for i, (s, e) in enumerate(sentence_spans(source, article.lang))
    ]
    return article

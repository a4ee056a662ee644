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
# Not the semicolon: it joins clauses that belong together (他說，A；B — one reported clause).
TERMINALS = set("。！？!?")
# Characters that belong to the sentence they follow: 「…。」 or ……。) or ?!
TRAILERS = CLOSING | TERMINALS | {"…", "\"", "'", "’"}

# English: a period/!/? followed by space and an upper-case letter or quote, not after Mr/Dr/U.S.
_EN_BOUNDARY = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)[.!?][\"”’)]*\s+(?=[A-Z“\"(])")


def opened_after_colon(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return j >= 0 and text[j] in "：:"


def chinese_sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Ends at terminal punctuation outside quotes, at line breaks, and after a quote that
    was introduced by a colon and ends a sentence inside (他說：「…？」對此… → two sentences);
    a quote without a colon may still have its speaker after it (「…。」川普表示).
    """
    bounds: list[tuple[int, int]] = []
    start = 0
    stack: list[tuple[str, bool]] = []  # (closing mark, opened after a colon)
    i = 0
    n = len(text)

    def close_sentence_at(end: int) -> int:
        while end < n and text[end] in TRAILERS:
            end += 1
        bounds.append((start, end))
        return end

    while i < n:
        char = text[i]
        if char == "\n":
            bounds.append((start, i))
            start = i + 1
            stack.clear()
        elif stack and char == stack[-1][0]:
            _, after_colon = stack.pop()
            if not stack and after_colon and i > 0 and text[i - 1] in TERMINALS:
                start = i = close_sentence_at(i + 1)
                continue
        elif char == '"':
            # Straight double quotes open and close alike; closing was handled above.
            stack.append(('"', opened_after_colon(text, i)))
        elif char in OPENING and char not in "(（":
            stack.append((OPENING[char], opened_after_colon(text, i)))
        elif char in TERMINALS and not stack:
            start = i = close_sentence_at(i + 1)
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

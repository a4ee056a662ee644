"""Script detection and the Simplified, half-width *view* of an article.

Every later stage matches patterns and runs models on `article.view`, which has exactly
the same length as `article.text`: offset i in the view is character i of the original.
So spans found on the view are spans of the stored text, and Traditional text stays
Traditional in the output.  We never NFKC the stored text (NFKC changes lengths: ㈠ → (一)).
"""

from __future__ import annotations

import re
import unicodedata

import opencc

from pipeline.article import Article
from pipeline.config import Config, Resources

# Chunks that OpenCC converts on their own when a whole-text conversion changes length:
# phrase tables such as 計程車→出租车 are same-length, but a few entries are not, and
# one mismatch must not shift every offset after it.
_CHUNK = re.compile(r"[^\s，。！？；：、,.!?;:]+|[\s，。！？；：、,.!?;:]+")

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


class Converters:
    """The two OpenCC converters the pipeline needs (loading them costs ~50 ms each)."""

    def __init__(self) -> None:
        self.t2s = opencc.OpenCC("t2s")
        self.s2t = opencc.OpenCC("s2t")


def load_converters(_config: Config) -> Converters:
    return Converters()


def to_halfwidth(char: str) -> str:
    """Full-width ASCII (０-９, Ａ-Ｚ, （）：，) and the ideographic space → their ASCII form."""
    code = ord(char)
    if 0xFF01 <= code <= 0xFF5E:
        return chr(code - 0xFEE0)
    if code == 0x3000:
        return " "
    return char


def simplify_same_length(text: str, t2s: opencc.OpenCC) -> str:
    """OpenCC t2s, guaranteed one output character per input character."""
    converted = t2s.convert(text)
    if len(converted) == len(text):
        return converted
    pieces = []
    for chunk in _CHUNK.findall(text):
        out = t2s.convert(chunk)
        if len(out) != len(chunk):
            # Fall back to character-by-character, keeping any character whose
            # conversion is not a single character.
            out = "".join(c2 if len(c2 := t2s.convert(c)) == 1 else c for c in chunk)
        pieces.append(out)
    return "".join(pieces)


def make_view(text: str, converters: Converters | None = None) -> str:
    """The Simplified, half-width view of `text`, of exactly the same length."""
    converters = converters or Converters()
    simplified = simplify_same_length(text, converters.t2s)
    view = "".join(to_halfwidth(c) for c in simplified)
    assert len(view) == len(text), "view must keep a one-to-one character map"
    return view


def detect_lang(text: str, converters: Converters) -> str:
    """`en`, `zh-Hant` or `zh-Hans`, by counting script-specific characters.

    A character that OpenCC t2s changes is Traditional-only (們 → 们); one that s2t changes
    is Simplified-only.  Text with three times more Latin letters than Han characters is English.
    """
    sample = text[:5000]
    han = len(_CJK.findall(sample))
    # A Han character carries about a word; an English word about five letters. So Chinese
    # text quoting English names (小川普（Donald Trump Jr.）) stays Chinese.
    if han == 0 or len(_LATIN.findall(sample)) > 3 * han:
        return "en"
    han_chars = "".join(_CJK.findall(sample))
    simplified = simplify_same_length(han_chars, converters.t2s)
    traditional = converters.s2t.convert(han_chars)
    trad_only = sum(1 for a, b in zip(han_chars, simplified) if a != b)
    simp_only = sum(1 for a, b in zip(han_chars, traditional) if a != b) if len(traditional) == len(han_chars) else 0
    return "zh-Hant" if trad_only > simp_only else "zh-Hans"


def is_readable_text(text: str) -> bool:
    """False for binary junk decoded as text: many control or private-use characters."""
    if not text.strip():
        return False
    sample = text[:4000]
    bad = sum(
        1
        for c in sample
        if (unicodedata.category(c) in ("Cc", "Co", "Cs", "Cn") and c not in "\n\r\t")
        or c == "\ufffd"
    )
    return bad / len(sample) < 0.02


def build_view(article: Article, resources: Resources) -> Article:
    """Stage: set `article.view`."""
    converters = resources.get("converters", load_converters)
    article.view = make_view(article.text, converters)
    return article

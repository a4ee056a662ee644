"""Recognizers: a model and/or the gazetteers → merged, non-overlapping mentions.

Each has `recognize(view, tokens) -> [(start, end, label, source)]` on the Simplified view.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.article import Token
from pipeline.ner_crf import CrfTaggers, load_crf
from pipeline.ner_labels import place_label
from pipeline.ner_lexicon import Lexicon, load_lexicon, match_lexicon

Span = tuple[int, int, str]
Found = tuple[int, int, str, str]

# jieba POS tags that name an entity (nr person, ns place, nt organisation).
POS_LABELS = {"nr": "PERSON", "nrfg": "PERSON", "nrt": "PERSON", "ns": "PLACE", "nt": "ORG"}

# How the gazetteers combine with the model, chosen on dev by train_ner (ner_config.json):
#   off            the model alone
#   names          gazetteer PERSON names first (川普 in 川普拉中国入局), then the model
#   backoff        the model first; gazetteer hits fill only what it left untagged
#   names+backoff  names first, then the model, then the other gazetteer hits
# A tie on dev goes to the earlier mode: `names` is listed first because officials' names
# are what the product is about and dev text (1998 news, web headlines) has few of them.
LEXICON_MODES = ("names", "off", "backoff", "names+backoff")
DEFAULT_LEXICON_MODE = "names"


def merge_spans(sources: list[tuple[list[Span], str]]) -> list[Found]:
    """Non-overlapping spans; earlier sources win, then longer spans within a source."""
    taken: list[Found] = []
    occupied: set[int] = set()
    for spans, source in sources:
        for start, end, label in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
            if any(i in occupied for i in range(start, end)):
                continue
            occupied.update(range(start, end))
            taken.append((start, end, label, source))
    return sorted(taken)


# A person's name as it follows a title: 2-4 Han characters, or a transliteration with ·.
_NAME_AFTER_TITLE = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,6}")


def split_at_titles(entities: list[Span], titles: list[Span], view: str) -> tuple[list[Span], list[Span]]:
    """Undo the entity tagger's runaway spans over an [ORG][TITLE][NAME] frame.

    CRF transitions can carry one ORG across a whole frame — 美国塔夫茨大学教授托夫特(Monica
    Toft) — though the TITLE tagger saw 教授 inside it.  When a title sits strictly inside
    an entity span and what follows it (up to a bracket) is name-shaped, the span becomes
    the organisation before the title, the title, and a PERSON.  Otherwise it is left alone
    (中国人民银行行长办公室 has no name after its title).
    """
    kept, extra_titles = [], []
    for start, end, label in entities:
        inside = [t for t in titles if start < t[0] and t[1] < end]
        name = _NAME_AFTER_TITLE.match(view, inside[0][1]) if inside else None
        if not name or name.end() > end or (name.end() < end and view[name.end()] not in "(（"):
            kept.append((start, end, label))
            continue
        title = inside[0]
        if title[0] - start >= 2:
            kept.append((start, title[0], label))
        extra_titles.append(title)
        kept.append((name.start(), name.end(), "PERSON"))
    return kept, extra_titles


# 蘇貞昌明上午 / 侯友宜今晚: the taggers read the 明/今/昨 of a following time word as a name's
# fourth character (char-level models see 明 in many names).  A four-character Han PERSON ending
# in one of them, before a time-of-day word, is cut back to three, unless it opens with a
# two-character surname (歐陽, 司馬 …), whose names run to four.
DAY_DEICTIC = "今明昨"
TIME_WORD_AFTER = re.compile(r"上午|下午|中午|晚|早|天|日|凌晨|傍晚|夜|午")
_COMPOUND_SURNAMES = ("歐陽", "欧阳", "司馬", "司马", "諸葛", "诸葛", "上官", "司徒", "東方", "东方", "皇甫",
                      "夏侯", "令狐", "公孫", "公孙", "長孫", "长孙", "慕容", "尉遲", "尉迟", "澹臺", "澹台")


def trim_day_word(span: Span, view: str) -> Span:
    start, end, label = span
    if label == "PERSON" and end - start == 4 and view[end - 1] in DAY_DEICTIC \
            and all("\u4e00" <= c <= "\u9fff" for c in view[start:end]) \
            and TIME_WORD_AFTER.match(view, end) and view[start:start + 2] not in _COMPOUND_SURNAMES:
        return start, end - 1, label
    return span


_PAIRS = {"《": "》", "“": "”", "「": "」", "『": "』", "(": ")", "（": "）", "[": "]", "【": "】"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}
_TITLE_MARKS = "《“「『"


def trim_brackets(span: Span, view: str) -> Span | None:
    """Drop unbalanced quote and bracket marks from a span's edges.

    A CRF decides each character locally and sometimes takes one half of a pair:
    《人民日报 (gold 人民日报), 英国《卫报 (the paper is 卫报).  A mark whose partner is
    not inside the span is cut off together with what lies on its far side.
    """
    start, end, label = span
    changed = True
    while changed and end - start > 1:
        changed = False
        text = view[start:end]
        for i, char in enumerate(text):
            if char in _PAIRS and _PAIRS[char] not in text[i + 1 :]:
                # An opener without its closer.  After a title mark the name follows it
                # (英国《卫报 → 卫报); before a bracket the name precedes its gloss
                # (宾根(Kari → 宾根).
                keep_after = (char in _TITLE_MARKS and i < len(text) - 1) or i == 0
                start, end = (start + i + 1, end) if keep_after else (start, start + i)
                changed = True
                break
            if char in _CLOSERS and _CLOSERS[char] not in text[:i]:
                start, end = (start, start + i) if i > 0 else (start + 1, end)
                changed = True
                break
    return (start, end, label) if end - start >= 1 and view[start:end].strip() else None


@dataclass
class LexiconRecognizer:
    """The fallback: gazetteer matches win, jieba POS fills in names it knows."""

    lexicon: Lexicon

    def recognize(self, view: str, tokens: list[Token]) -> list[Found]:
        pos_spans = []
        for token in tokens:
            label = POS_LABELS.get(token.pos)
            if label is None or token.end - token.start < 2:
                continue
            if label == "PLACE":
                label = place_label(view[token.start : token.end], self.lexicon)
            pos_spans.append((token.start, token.end, label))
        return merge_spans([(match_lexicon(view, self.lexicon, tokens), "lexicon"), (pos_spans, "lexicon")])


@dataclass
class CrfRecognizer:
    taggers: CrfTaggers  # or anything with its `predict` (ner_ensemble.EnsembleTaggers)
    lexicon: Lexicon
    lexicon_mode: str = DEFAULT_LEXICON_MODE

    def recognize(self, view: str, tokens: list[Token]) -> list[Found]:
        found = self.taggers.predict(view, tokens)
        titles = found.get("title", [])
        entities = [trim_day_word(t, view) for t in (trim_brackets(e, view) for e in found.get("entity", [])) if t]
        entities, split_titles = split_at_titles(entities, titles, view)
        model = [(entities, "model"), (split_titles + titles, "model")]
        if self.lexicon_mode == "off":
            return merge_spans(model)
        hits = match_lexicon(view, self.lexicon, tokens)
        sources = list(model)
        if self.lexicon_mode.startswith("names"):
            sources.insert(0, ([h for h in hits if h[2] == "PERSON"], "lexicon"))
        if self.lexicon_mode.endswith("backoff"):
            sources.append((hits, "lexicon"))
        return merge_spans(sources)


def read_ner_config(model_dir: Path) -> dict:
    """ner_config.json: what train_ner chose on dev (lexicon mode, optional ensemble)."""
    path = model_dir / "ner_config.json"
    return json.loads(path.read_text("utf-8")) if path.exists() else {}


def read_lexicon_mode(model_dir: Path) -> str:
    return read_ner_config(model_dir).get("lexicon_mode", DEFAULT_LEXICON_MODE)


def load_taggers(model_dir: Path):
    """The CRF taggers, or the CRF + BiLSTM ensemble when ner_config.json names one
    (`{"ensemble": {"crf_weight": w}}`, the BiLSTM files beside the CRF's)."""
    crf = load_crf(model_dir)
    ensemble = read_ner_config(model_dir).get("ensemble")
    if not ensemble:
        return crf
    from pipeline.ner_bilstm import load_bilstm
    from pipeline.ner_ensemble import EnsembleTaggers

    return EnsembleTaggers(crf=crf, bilstm=load_bilstm(model_dir), crf_weight=ensemble["crf_weight"])


def load_crf_recognizer(model_dir: Path, resources_dir: Path, lexicon_mode: str | None = None) -> CrfRecognizer:
    return CrfRecognizer(
        taggers=load_taggers(model_dir),
        lexicon=load_lexicon(resources_dir),
        lexicon_mode=lexicon_mode or read_lexicon_mode(model_dir),
    )

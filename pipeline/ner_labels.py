"""THE label mapping: every corpus's tags → our PERSON, ORG, GPE, LOC, TITLE.

This is the one place that says how each training corpus is read; the training script,
the evaluator and the model card all use it.

| corpus  | source tag                          | ours                                   |
|---------|-------------------------------------|----------------------------------------|
| MSRA    | PER                                 | PERSON                                 |
|         | ORG                                 | ORG                                    |
|         | LOC                                 | GPE or LOC by `place_label` (below)    |
| CLUENER | name                                | PERSON                                 |
|         | organization, government, company   | ORG                                    |
|         | position                            | TITLE                                  |
|         | address                             | GPE or LOC by `place_label`            |
|         | scene                               | LOC                                    |
|         | book, movie, game                   | — (not ours: left O)                   |
| Resume  | NAME → PERSON, ORG → ORG, TITLE → TITLE, CONT → GPE, LOC → `place_label`; EDU PRO RACE — |
| Weibo   | PER.NAM → PERSON, ORG.NAM → ORG, GPE.NAM → GPE, LOC.NAM → LOC; *.NOM — (nominal: 男友)  |
| ours    | PERSON ORG GPE LOC TITLE → themselves (our own gold files)                             |

GPE vs LOC (`place_label`): a place is a GPE (a country, region or city as a political unit)
when it is in the GPE gazetteer `resources/ner_gpe.txt` (中国, 美, 北京, 台湾 …) or ends in
an administrative suffix (河北省, 平山县, 朝阳区, 西藏自治区, 香港特区); anything else a corpus
calls a place is LOC (亚洲, 中东, 黄河, 长城, 人民大会堂).

What a corpus does not annotate: only CLUENER (position) and Resume (TITLE) mark titles.
MSRA and Weibo leave 总统 or 发言人 as O, which would teach a single tagger that titles are
not entities.  So TITLE is learnt by a separate TITLE tagger trained only on the corpora that
annotate it (`TITLE_CORPORA`), and the entity tagger (PERSON/ORG/GPE/LOC) never sees TITLE.
"""

from __future__ import annotations

from pipeline.ner_lexicon import Lexicon

LABELS = ("PERSON", "ORG", "GPE", "LOC", "TITLE")
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC")

# "PLACE" is resolved to GPE or LOC by place_label(); None means "not one of ours".
CORPUS_TAGS: dict[str, dict[str, str | None]] = {
    "msra": {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE"},
    "cluener": {
        "name": "PERSON",
        "organization": "ORG",
        "government": "ORG",
        "company": "ORG",
        "position": "TITLE",
        "address": "PLACE",
        "scene": "LOC",
        "book": None,
        "movie": None,
        "game": None,
    },
    "resume": {
        "NAME": "PERSON",
        "ORG": "ORG",
        "TITLE": "TITLE",
        "CONT": "GPE",
        "LOC": "PLACE",
        "EDU": None,
        "PRO": None,
        "RACE": None,
    },
    "weibo": {
        "PER.NAM": "PERSON",
        "ORG.NAM": "ORG",
        "GPE.NAM": "GPE",
        "LOC.NAM": "LOC",
        "PER.NOM": None,
        "ORG.NOM": None,
        "GPE.NOM": None,
        "LOC.NOM": None,
    },
    "ours": {label: label for label in LABELS},
}

# Corpora whose annotators marked titles: the only ones the TITLE tagger learns from.
TITLE_CORPORA = ("cluener", "resume")

# Administrative suffixes that make a place a political unit (河北省, 平山县, 朝阳区).
GPE_SUFFIXES = ("省", "市", "县", "区", "州", "国", "镇", "乡", "特区", "自治区", "特别行政区", "自治州", "共和国", "王国")
# …but not these, which end in 区 or 国 without being one (风景区, 开发区, 工业区).
NOT_GPE_SUFFIXES = ("景区", "风景区", "开发区", "工业区", "园区", "小区", "社区", "商业区", "保护区", "林区", "山区", "灾区", "矿区")


def place_label(surface: str, lexicon: Lexicon) -> str:
    """GPE for countries, regions and cities as political units; LOC for other places."""
    if lexicon.is_gpe(surface):
        return "GPE"
    if surface.endswith(NOT_GPE_SUFFIXES):
        return "LOC"
    if len(surface) >= 2 and surface.endswith(GPE_SUFFIXES):
        return "GPE"
    return "LOC"


def corpus_of(tags: set[str]) -> str:
    """Guess a file's scheme from the tags it uses (for eval files of another scheme)."""
    for corpus, table in CORPUS_TAGS.items():
        if corpus != "ours" and tags and tags <= set(table) and not tags <= set(LABELS):
            return corpus
    return "ours"


def map_entities(
    text: str, entities: list, corpus: str, lexicon: Lexicon
) -> list[tuple[int, int, str]]:
    """A corpus's [start, end, tag] list → our (start, end, label) spans, sorted.

    `text` is the Simplified text the spans index (place_label looks at the surface).
    Tags a corpus has but we do not use are dropped; unknown tags raise, so a new scheme
    is added here on purpose rather than silently lost.
    """
    table = CORPUS_TAGS[corpus]
    spans = []
    for start, end, tag in entities:
        if tag not in table:
            raise ValueError(f"tag {tag!r} is not in the {corpus} mapping (pipeline/ner_labels.py)")
        label = table[tag]
        if label is None:
            continue
        if label == "PLACE":
            label = place_label(text[start:end], lexicon)
        spans.append((int(start), int(end), label))
    return sorted(spans)

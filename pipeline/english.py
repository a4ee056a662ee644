"""English mentions and officials without an English model: capitalisation plus lexicons.

No English NER model may be installed, so English articles (`lang == "en"`) are read with
honest heuristics over the stored text:

- Titles first (`resources/english_titles.txt`, longest match: Secretary of State beats
  Secretary).  A title splits the capitalised run it sits in, so "U.S. Secretary of State
  Marco Rubio" gives GPE U.S., TITLE, PERSON Marco Rubio.
- Capitalised runs: words that start with a capital (initials J.D., hyphenated Lai Ching-te,
  O'Rourke) joined by single spaces and name particles (de, bin, van); `of`/`and`/`for`/`the`
  join only inside a body's name (Ministry of Foreign Affairs).  A possessive 's ends a run.
- A run is classified by, in order: the whole run in a lexicon (aliases.tsv English names,
  countries.tsv English names, `english_names.txt`), its head word (`english_heads.txt`:
  …Party → ORG, …Strait → LOC, …Act → nothing), a run right after a title or an honorific
  (Mr., Sen.) → PERSON, else 2-4 name-like words → PERSON.  A single unknown word is a PERSON
  only as the last name of a person already named in the article (Clinton after Hillary
  Clinton); otherwise it is left alone (precision over recall).
- A sentence's first word is dropped from a run when it is a function word or the article
  also writes it in lower case; headlines (Most Words Capitalised) get lexicon hits only.
- Demonyms and party adjectives (Chinese, Republican) are no mention but give a frame its
  country.

Officials are title frames, as in pipeline/officials.py for Chinese:
    [status][country|demonym]['s][organisation] title Name   former President Barack Obama
    Name, [the|a] [status] [country] title [of|for [the] organisation],   appositive
The functions are called from ner.find_mentions / officials.find_officials for English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from pipeline.article import Article, Mention, Official
from pipeline.config import Config, Resources, data_rows
from pipeline.entities import NameLexicon, name_lexicon

# A capitalised word: initials (J.D., U.S.), a name with apostrophe or hyphen parts (O'Rourke,
# Ching-te), an acronym, or an ampersand acronym (S&P, AT&T).  Possessive 's is not matched, so
# it ends the word.
_WORD = re.compile(r"[A-Z]{1,4}&[A-Z]{1,4}\b|People['’]s(?= [A-Z])|(?:[A-Z]\.){2,}|[A-Z]\.(?= [A-Z])|[A-Z][A-Za-z0-9]*(?:['’][A-Z][A-Za-z]+)*(?:-[A-Za-z]+)*")
# Abbreviations written with a full stop that belongs to the word (Jr., Inc.).
ABBREVIATIONS = frozenset(("Jr", "Sr", "St", "Inc", "Corp", "Co", "Ltd", "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Adm"))
# Lower-case words inside a personal name (Ursula von der Leyen, Mohammed bin Salman).
NAME_PARTICLES = frozenset(("de", "da", "di", "del", "der", "van", "von", "bin", "al", "la", "le", "du", "dos"))
# Lower-case words inside a body's name (Ministry of Science and Technology, Office of the …).
BODY_JOINERS = frozenset(("of", "and", "for", "the", "on"))
HONORIFICS = frozenset(("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Miss"))
# Status words before a title (former President Barack Obama, then-Secretary of State).
STATUS = {"former": "former", "then": "former", "late": "former", "ex": "former", "outgoing": "current",
          "acting": "acting", "interim": "acting", "incoming": "current", "current": "current"}
# Titles whose lower-case form is mostly an ordinary word (general election, the judge ruled
# is fine, but "secretary" alone or "house speaker" lower case would be too loose): these match
# only capitalised.
CAPITALISED_ONLY = frozenset(("general", "justice", "judge", "secretary", "speaker", "representative",
                              "commander", "chancellor", "pope", "admiral",
                              "representative to", "chief executive officer", "ceo", "commissioner"))
# Lower-case hyphen tails that make a word an adjective, not a name (Israeli-controlled).
_ADJECTIVE_TAIL = re.compile(r"-(?:[a-z]+ed|era|style|like|run|based|born|trained|owned|led)$")
# I-tsung (a one-letter syllable in a Taiwanese given name), Jean-Pierre (a capitalised second part).
PERSON_LIKE = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]*['’][A-Z][a-z]+|[A-Z][a-z]+(?:['’][A-Z][a-z]+)*(?:-[A-Z]?[a-z]+)*|[A-Z]-[a-z]+|Mc[A-Z][a-z]+|[A-Z][a-z]*[A-Z][a-z]+|Jr\.|Sr\.|II|III|IV")


# Offices of a city, county or state, whose place written before the title is the body.
LOCAL_OFFICES = frozenset(("mayor", "deputy mayor", "gov.", "governor", "lt. gov.", "lieutenant governor", "alderman",
                           "councilor", "county executive", "county commissioner", "attorney general", "county magistrate"))


@dataclass(frozen=True)
class EnTitle:
    surface: str
    cls: str  # state | office | role
    implied_organization: str | None = None
    implied_country: str | None = None


@dataclass
class EnglishLexicon:
    titles: dict[str, EnTitle] = field(default_factory=dict)  # lower-case title -> EnTitle
    title_pattern: re.Pattern | None = None
    names: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # surface -> (label, iso2)
    heads_last: dict[str, str] = field(default_factory=dict)
    heads_first: dict[str, str] = field(default_factory=dict)
    stopwords: frozenset[str] = frozenset()
    country_names: dict[str, str] = field(default_factory=dict)  # iso2 -> English short name


def _rows(config: Config, name: str) -> list[list[str]]:
    return data_rows(config.resources_dir / name)


def load_english_lexicon(config: Config) -> EnglishLexicon:
    lexicon = EnglishLexicon()
    for row in _rows(config, "english_titles.txt"):
        cells = row + ["", "", ""]
        lexicon.titles[cells[0].lower()] = EnTitle(cells[0], cells[1] or "office", cells[2] or None, cells[3] or None)
    forms = []
    for key, title in lexicon.titles.items():
        forms.append(re.escape(title.surface))
        if key not in CAPITALISED_ONLY:
            forms.append(re.escape(key))
            forms.append(re.escape(key[0].upper() + key[1:]))
    forms = sorted(set(forms), key=len, reverse=True)
    lexicon.title_pattern = re.compile(r"(?<![A-Za-z.])(?:" + "|".join(forms) + r")(?![A-Za-z\-])")
    for row in _rows(config, "english_names.txt"):
        iso2 = row[2] if len(row) > 2 and row[2] != "-" else None
        lexicon.names[row[0]] = (row[1], iso2)
    for row in _rows(config, "english_heads.txt"):
        table = lexicon.heads_first if len(row) > 2 and row[2] == "first" else lexicon.heads_last
        table[row[0]] = row[1]
    lexicon.stopwords = frozenset(r[0] for r in _rows(config, "english_stopwords.txt"))
    # ISO short names (China, Taiwan, United States) from the shared country table.
    lexicon.country_names = {r[1]: r[0] for r in _rows(config, "countries.tsv") if len(r) > 1}
    return lexicon


def english_lexicon(resources: Resources) -> EnglishLexicon:
    return resources.get("english.lexicon", load_english_lexicon)


# ---------------------------------------------------------------------------------------
# Words, titles and capitalised runs


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str


@dataclass
class Found:
    start: int
    end: int
    label: str
    country: str | None = None  # for GPE/ORG/demonym lookups


@dataclass
class Context:
    article: Article
    lexicon: EnglishLexicon
    names: NameLexicon
    titles: list[tuple[int, int, EnTitle]] = field(default_factory=list)
    demonyms: list[Found] = field(default_factory=list)  # Chinese, Republican: no mention
    sentence_starts: set[int] = field(default_factory=set)
    headline_spans: list[tuple[int, int]] = field(default_factory=list)
    lower_words: frozenset[str] = frozenset()


def _words(text: str) -> list[Word]:
    words = []
    for m in _WORD.finditer(text):
        end = m.end()
        if m.group() in ABBREVIATIONS and text[end : end + 1] == ".":
            end += 1
        if text[end : end + 1] == "$":
            continue  # US$3,297, NT$100,000: a currency, not a country
        words.append(Word(m.start(), end, text[m.start() : end]))
    return words


def _title_spans(text: str, lexicon: EnglishLexicon) -> list[tuple[int, int, EnTitle]]:
    return [(m.start(), m.end(), lexicon.titles[m.group().lower()]) for m in lexicon.title_pattern.finditer(text)]


def _sentence_starts(article: Article) -> set[int]:
    """Offsets where a capital says nothing: a sentence's, line's or quote's first word."""
    text = article.text
    starts = {0}
    starts |= {s.start for s in article.sentences}
    starts |= {m.end() for m in re.finditer(r"(?:\n|[“\"‘(@—:]|[.!?]['”\"’]?)\s*", text)}
    found = set()
    for s in starts:
        while s < len(text) and text[s] in " \t\n“\"‘'(@—-":
            s += 1
        found.add(s)
    return found


def _headline_spans(article: Article, stopwords: frozenset[str], lower_words: frozenset[str]) -> list[tuple[int, int]]:
    """Lines in Title Case (headlines): most longer words capitalised, and at least two of the
    capitalised ones are ordinary words (To, Could, Face … or words the article writes in lower
    case) — a sentence full of names is no headline."""
    spans = []
    for m in re.finditer(r"[^\n]+", article.text):
        words = re.findall(r"[A-Za-z][A-Za-z’']*", m.group())
        longer = [w for w in words if len(w) > 3]
        ordinary = [w for w in words[1:] if w[0].isupper() and (w in stopwords or w.lower() in lower_words)]
        if len(longer) >= 4 and sum(w[0].isupper() for w in longer) >= 0.7 * len(longer) and len(ordinary) >= 2:
            spans.append((m.start(), m.end()))
    return spans


def _runs(ctx: Context, words: list[Word]) -> list[list[Word]]:
    """Capitalised words joined by one space, a name particle or (inside a body) of/and/for/the."""
    text = ctx.article.text
    inside_title = [(s, e) for s, e, _ in ctx.titles]
    runs: list[list[Word]] = []
    for word in words:
        if any(s <= word.start < e for s, e in inside_title):
            continue
        run = runs[-1] if runs else None
        if run is not None and _joins(text, run, word, ctx):
            run.append(word)
        else:
            runs.append([word])
    return runs


def _joins(text: str, run: list[Word], word: Word, ctx: Context) -> bool:
    gap = text[run[-1].end : word.start]
    if any(run[-1].end <= s < word.start for s, _, _ in ctx.titles):
        return False
    if gap == " ":
        return True
    parts = gap.split(" ")
    if len(parts) != 3 or parts[0] or parts[2]:
        return False
    joiner = parts[1]
    if joiner in NAME_PARTICLES:
        return True
    if joiner in BODY_JOINERS:
        first, last = run[0].text, run[-1].text
        # Ministry of …, National Bureau of Land Management, Research Center for Taiwan Economic
        # Development: `of` / `for` continues a body's name after its head word.
        if joiner in ("of", "for") and ctx.lexicon.heads_last.get(last) == "ORG":
            return True
        return first in ctx.lexicon.heads_first or (joiner in ("and", "the") and " of " in text[run[0].start : run[-1].end])
    return False


# ---------------------------------------------------------------------------------------
# Classifying a run


def _lookup(surface: str, ctx: Context) -> tuple[str, str | None] | None:
    """(label, country) of a whole name the lexicons know."""
    hit = ctx.lexicon.names.get(surface)
    if hit is not None:
        return hit
    if surface.endswith("s") and ctx.lexicon.names.get(surface[:-1], ("",))[0] in ("DEMONYM", "PARTY"):
        return ctx.lexicon.names[surface[:-1]]  # Americans, Republicans, Democrats
    person = ctx.names.persons.get(ctx.names.view_key(surface))
    if person is not None and re.search(r"[A-Za-z]", surface):
        return "PERSON", person.country
    iso2 = ctx.lexicon.country_names.get(surface)
    if iso2 is not None:
        return "GPE", iso2
    return None


def _surface(words: list[Word], text: str) -> str:
    return text[words[0].start : words[-1].end]


def _strip_edges(run: list[Word], ctx: Context) -> tuple[list[Word], bool]:
    """Drop function words and sentence-initial ordinary words; say if an honorific opened it."""
    honorific = False
    run = list(run)
    while run:
        first = run[0]
        if first.text in HONORIFICS:
            honorific, run = True, run[1:]
            continue
        if first.text in ctx.lexicon.stopwords or _ADJECTIVE_TAIL.search(first.text):
            run = run[1:]  # The …, Israeli-controlled Golan Heights
            continue
        if first.start in ctx.sentence_starts and _verb_like(first.text, ctx.lower_words) and _lookup(first.text, ctx) is None:
            run = run[1:]  # Asserting Clinton …, Endorsed Trump …: a participle opens the sentence
            continue
        if (
            first.start in ctx.sentence_starts
            and first.text.lower() in ctx.lower_words
            and first.text.lower() not in NAME_PARTICLES  # De Blasio opens a sentence
            and _lookup(first.text, ctx) is None
        ):
            run = run[1:]  # "Congress is …" stays; "Both houses …" loses Both
            continue
        break
    while run and run[-1].text in ctx.lexicon.stopwords:
        run = run[:-1]
    return run, honorific


def _verb_like(word: str, lower_words: frozenset[str]) -> bool:
    """Asserting, Endorsed: a participle (an -ed word only when the article also writes it in
    lower case, so United Daily News keeps United)."""
    if len(word) <= 5 or not word[1:].islower():
        return False
    return word.endswith("ing") or (word.endswith("ed") and word.lower() in lower_words)


def _after_title(run: list[Word], ctx: Context) -> bool:
    text = ctx.article.text
    return any(text[e : run[0].start] == " " for _, e, _ in ctx.titles if e < run[0].start <= e + 1)


def _name_like(run: list[Word], ctx: Context) -> bool:
    """2-5 name-shaped words, none a known place or body, none that the article also writes
    in lower case (Gold Card … a card, Business Insider … business)."""
    if any(w.text.lower() in ctx.lower_words for w in run[1:]):
        return False
    return 2 <= len(run) <= 5 and all(
        PERSON_LIKE.fullmatch(w.text) and not _ADJECTIVE_TAIL.search(w.text) and w.text not in ctx.lexicon.stopwords and _lookup(w.text, ctx) is None
        and w.text not in ctx.lexicon.heads_last
        for w in run
    )


def _in_headline(start: int, ctx: Context) -> bool:
    return any(s <= start < e for s, e in ctx.headline_spans)


_AMPERSAND_ACRONYM = re.compile(r"[A-Z]{1,4}&[A-Z]{1,4}")


def classify(run: list[Word], ctx: Context, learned: dict[str, str]) -> list[Found]:
    """The mentions one capitalised run holds (usually one; a known prefix may split it).
    `learned` maps single words the article itself taught to a label: last names of people
    named in full (Clinton), acronyms written in brackets after a body (Ministry of Culture (MOC))."""
    text = ctx.article.text
    run, honorific = _strip_edges(run, ctx)
    if not run:
        return []
    known = _lookup(_surface(run, text), ctx)
    if known is not None and known[0] in ("GPE", "ORG", "LOC", "PERSON"):
        return [Found(run[0].start, run[-1].end, known[0], known[1])]  # Democratic Party, South Korea
    # Demonyms and party adjectives: Chinese Foreign Ministry, Republican nominee.
    for size in (2, 1):
        if len(run) >= size:
            hit = _lookup(_surface(run[:size], text), ctx)
            if hit and hit[0] in ("DEMONYM", "PARTY"):
                ctx.demonyms.append(Found(run[0].start, run[size - 1].end, hit[0], hit[1]))
                return classify(run[size:], ctx, learned) if len(run) > size else []
    start, end = run[0].start, run[-1].end
    if known is not None:
        return []  # a word the lexicon says is no mention (Taiex)
    if _AMPERSAND_ACRONYM.fullmatch(run[0].text):
        return [Found(start, end, "ORG")]  # S&P Global, AT&T: firms, never people
    party_split = _name_after_party_word(run, ctx, learned)
    if party_split:
        return party_split
    forced = honorific or _after_title(run, ctx)
    # General Electric, The General Association of …: a body's head word after a title word is
    # no name (heads_last / heads_first of english_heads.txt), however name-shaped.
    body_head = ctx.lexicon.heads_last.get(run[-1].text) == "ORG" or ctx.lexicon.heads_first.get(run[0].text) == "ORG"
    if forced and not (body_head and not honorific) and all(PERSON_LIKE.fullmatch(w.text) for w in run):
        return [Found(start, end, "PERSON")]
    if _in_headline(start, ctx):
        # Headlines Capitalise Every Word: only names the lexicons or the article know.
        if len(run) == 1 and run[0].text in learned:
            return [Found(start, end, learned[run[0].text])]
        return _split_known_prefix(run, ctx, learned) if len(run) > 1 else []
    if _body_with_of(run, ctx):
        return [Found(start, end, "ORG", _run_country(run, ctx))]
    head = ctx.lexicon.heads_last.get(run[-1].text)
    if head is not None and len(run) > 1:
        return [] if head == "NONE" else [Found(start, end, head, _run_country(run, ctx))]
    first = ctx.lexicon.heads_first.get(run[0].text)
    if first is not None and len(run) > 2:
        return [Found(start, end, first, _run_country(run, ctx))]
    if len(run) > 1:
        split = _split_known_prefix(run, ctx, learned)
        if split:
            return split
    if len(run) == 1:
        if run[0].text in learned:
            return [Found(start, end, learned[run[0].text])]
        return [Found(start, end, "PERSON")] if _han_gloss_after(end, ctx) and PERSON_LIKE.fullmatch(run[0].text) else []
    if _name_like(run, ctx) or (_han_gloss_after(end, ctx) and all(PERSON_LIKE.fullmatch(w.text) for w in run)):
        return [Found(start, end, "PERSON")]
    return []


_HAN_GLOSS = re.compile(r" ?[(（][\u3400-\u9fff·‧]{1,5}[)）]")
_ACRONYM_GLOSS = re.compile(r" ?\(([A-Z][A-Za-z&]{1,7})\)")


def _han_gloss_after(end: int, ctx: Context) -> bool:
    """CNA writes a person's Chinese name in brackets: Wang (王), Chen Pin-chen (陳品蓁)."""
    return bool(_HAN_GLOSS.match(ctx.article.text, end))


def _body_with_of(run: list[Word], ctx: Context) -> bool:
    """National Bureau of Land Management: a body's head word followed by `of` (or `for`)."""
    text = ctx.article.text
    return any(
        ctx.lexicon.heads_last.get(w.text) == "ORG" and text[w.end : nxt.start] in (" of ", " for ")
        for w, nxt in pairwise(run)
    )


def _run_country(run: list[Word], ctx: Context) -> str | None:
    for word in run:
        hit = _lookup(word.text, ctx)
        if hit and hit[0] in ("GPE", "DEMONYM"):
            return hit[1]
    return None


def _name_after_party_word(run: list[Word], ctx: Context, learned: dict[str, str]) -> list[Found]:
    """House Intelligence Republican Mike Pompeo, Senate Intelligence Ranking Democrat Dianne
    Feinstein: a party word inside a capitalised run ends a description of the person whose
    two- or three-word name follows it."""
    text = ctx.article.text
    for i in range(1, len(run) - 2):
        hit = _lookup(run[i].text, ctx)
        tail = run[i + 1 :]
        if hit and hit[0] == "PARTY" and len(tail) <= 3 and all(PERSON_LIKE.fullmatch(w.text) for w in tail):
            known = _lookup(_surface(tail, text), ctx)
            if known is not None and known[0] != "PERSON":
                return []  # … Republican National Committee: a body, not a name
            return [*classify(run[:i], ctx, learned), Found(tail[0].start, tail[-1].end, "PERSON")]
    return []


def _split_known_prefix(run: list[Word], ctx: Context, learned: dict[str, str]) -> list[Found]:
    """Taiwan President … is split by titles already; here: a known place or body run into a
    name (Beijing Xi Jinping is rare) — only when the prefix is known and the rest classifies."""
    text = ctx.article.text
    for size in range(len(run) - 1, 0, -1):
        hit = _lookup(_surface(run[:size], text), ctx)
        if hit is not None and hit[0] in ("GPE", "ORG", "LOC"):
            rest = classify(run[size:], ctx, learned)
            if rest:
                return [Found(run[0].start, run[size - 1].end, hit[0], hit[1]), *rest]
    return []


def _lower_words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"(?<![A-Za-z])[a-z][a-z'’]*", text))


def _context(article: Article, resources: Resources) -> Context:
    lexicon = english_lexicon(resources)
    names = name_lexicon(resources)
    lower_words = _lower_words(article.text)
    return Context(
        article=article,
        lexicon=lexicon,
        names=names,
        titles=_title_spans(article.text, lexicon),
        sentence_starts=_sentence_starts(article),
        lower_words=lower_words,
        headline_spans=_headline_spans(article, lexicon.stopwords, lower_words),
    )


def _found_spans(ctx: Context) -> list[Found]:
    """TITLE spans plus the classified runs; a second pass knows what the first one taught."""
    runs = _runs(ctx, _words(ctx.article.text))
    spelled = _bodies_spelled_by_acronym(ctx)
    found = spelled + [f for run in runs for f in classify(run, ctx, {})]
    learned = _learned_words(found, ctx)
    if learned:
        ctx.demonyms.clear()
        found = spelled + [f for run in runs for f in classify(run, ctx, learned)]
    role_or_office = [Found(s, e, "TITLE") for s, e, _ in ctx.titles]
    return _non_overlapping(found + role_or_office)


_SPELLED_BODY = re.compile(r"((?:[A-Z][\w.’'\-]*|and|of|for|the|on|&)(?:\s+(?:[A-Z][\w.’'\-]*|and|of|for|the|on|&)){1,9})"
                          r"\s+\(([A-Z]{3,8})\)")


def _bodies_spelled_by_acronym(ctx: Context) -> list[Found]:
    """National Theater and Concert Hall (NTCH): a name whose capitalised words the acronym in
    brackets after it spells is one body, "and" and "of" inside it included (the run rules
    would split it at "and").  Found first, so the longer span wins over its pieces."""
    text = ctx.article.text
    found = []
    for m in _SPELLED_BODY.finditer(text):
        words = m.group(1).split()
        acronym = m.group(2)
        for first in range(len(words)):  # the shortest tail whose capitals spell the acronym
            tail = words[first:]
            if not tail[0][:1].isupper():
                continue
            initials = "".join(w[0] for w in tail if w[:1].isupper())
            if initials == acronym:
                start = m.start(1) + len(" ".join(words[:first])) + (1 if first else 0)
                found.append(Found(start, m.end(1), "ORG"))
                break
    return found


def _learned_words(found: list[Found], ctx: Context) -> dict[str, str]:
    """Last names of people named in full; acronyms in brackets after a body or place."""
    text = ctx.article.text
    learned: dict[str, str] = {}
    for f in found:
        surface = text[f.start : f.end]
        if f.label == "PERSON":  # Hillary Clinton … Clinton; Wang (王) … Wang
            learned.setdefault(surface.split(" ")[-1], "PERSON")
        acronym = _ACRONYM_GLOSS.match(text, f.end)
        if acronym and f.label in ("ORG", "GPE", "LOC"):
            learned.setdefault(acronym.group(1), f.label)
    return learned


def _non_overlapping(found: list[Found]) -> list[Found]:
    kept: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if f.end > f.start and all(f.start >= k.end or f.end <= k.start for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


def find_english_mentions(article: Article, resources: Resources) -> list[Mention]:
    """PERSON / ORG / GPE / LOC / TITLE mentions of an English article, sorted, non-overlapping."""
    if not article.text.strip():
        return []
    ctx = _context(article, resources)
    return _mentions(article, _found_spans(ctx))


def _mentions(article: Article, found: list[Found]) -> list[Mention]:
    return [
        Mention(article_id=article.article_id, mention_id=i, start=f.start, end=f.end,
                text=article.text[f.start : f.end], label=f.label, source="english")
        for i, f in enumerate(found)
    ]


# ---------------------------------------------------------------------------------------
# Officials

_STATUS_BEFORE = re.compile(r"(?:^|[\s(“\"])((?:[Ff]ormer|[Tt]hen|[Ll]ate|[Aa]cting|[Ii]nterim|[Oo]utgoing|[Ii]ncoming|[Ee]x))[ -]$")
# Between a name and its appositive title; CNA writes the Chinese name in brackets first:
# Yen Wen-cheng (顏文正), chairperson of the KMT Taichung Chapter.
_APPOSITIVE_GAP = re.compile(r"(?: [(（][^()（）]{1,20}[)）])?, (?:the |a |an |who is (?:the |a )?|who was (?:the |a )?)?$")
_OF_AFTER = re.compile(r" (?:of|for|at|to) (?:the )?")


@dataclass
class EnFrame:
    title_start: int
    title_end: int
    title: EnTitle
    left: int
    status: str = "current"
    country: str | None = None
    org_span: tuple[int, int] | None = None
    name_span: tuple[int, int] | None = None
    right: int = 0


def _found_ending_at(found: list[Found], end: int) -> Found | None:
    return next((f for f in found if f.end == end), None)


def _read_left(frame: EnFrame, found: list[Found], ctx: Context) -> None:
    """Organisation, country ('s), demonym and status words before the title."""
    text = ctx.article.text
    at = frame.title_start
    for _ in range(4):
        gap_end = at - 1
        if gap_end < 0 or text[gap_end] != " ":
            break
        hit = _found_ending_at(found, gap_end) or _found_ending_at(ctx.demonyms, gap_end)
        possessive = re.search(r"(?<=[A-Za-z])['’]s$", text[max(0, gap_end - 3) : gap_end])
        if hit is None and possessive:
            hit = _found_ending_at(found, gap_end - 2)
        if hit is not None and hit.label == "ORG" and frame.org_span is None and frame.country is None:
            frame.org_span = (hit.start, hit.end)
            frame.country = frame.country or hit.country
        elif hit is not None and hit.label == "GPE" and frame.org_span is None \
                and frame.title.surface.lower() in LOCAL_OFFICES:
            # New Jersey Gov. Chris Christie, Taipei Mayor Chiang Wan-an: the place is the office's
            # body, as "the mayor of Terre Haute" is (round 1's gold).
            frame.org_span = (hit.start, hit.end)
            frame.country = frame.country or hit.country
        elif hit is not None and hit.label in ("GPE", "DEMONYM") and frame.country is None and hit.country:
            frame.country = hit.country
        elif hit is not None and hit.label == "PERSON" and possessive and frame.country is None:
            # Trump's national security adviser: the post is in the government of that person's country.
            frame.country = _person_country(text[hit.start : hit.end], ctx)
        elif hit is None or hit.label != "PARTY":  # Republican Sen. …: read on past the party
            break
        frame.left = hit.start
        at = hit.start
    # former / then- / acting, before everything else in the frame.
    status = _STATUS_BEFORE.search(text[max(0, frame.left - 12) : frame.left])
    if status:
        frame.status = STATUS[status.group(1).lower()]
        frame.left -= len(status.group(0).lstrip(" (“\""))


def _read_right(frame: EnFrame, found: list[Found], ctx: Context) -> None:
    """The name right after the title, or `of/for [the] Body` after an appositive title."""
    text = ctx.article.text
    person = next((f for f in found if f.start == frame.title_end + 1 and f.label == "PERSON"), None)
    if person is None and text.startswith(", ", frame.title_end):
        # the F.B.I. director, James B. Comey, said: the name as an appositive after the title
        person = next((f for f in found if f.start == frame.title_end + 2 and f.label == "PERSON"), None)
        if person is not None and text[person.end : person.end + 1] != ",":
            person = None
    if person is not None:
        frame.name_span, frame.right = (person.start, person.end), person.end
        return
    of = _OF_AFTER.match(text, frame.title_end)
    if of:
        at = of.end()
        demonym = next((d for d in ctx.demonyms if d.start == at), None)
        if demonym is not None:
            frame.country = frame.country or demonym.country
            at = demonym.end + 1
        body = next((f for f in found if f.start == at and f.label in ("ORG", "GPE")), None)
        named_after = _appositive_name_after(next((f for f in found if f.start == at), None), found, ctx)
        if body is None and named_after is not None:
            # the mayor of Terre Haute, Duke Bennett: the place may have been read as a name
            body = next(f for f in found if f.start == at)
        if body is not None:
            if body.label != "GPE":
                frame.org_span = (body.start, body.end)
            frame.country = frame.country or body.country
            frame.right = body.end
            if named_after is not None:
                frame.name_span, frame.right = (named_after.start, named_after.end), named_after.end


def _appositive_name_after(body: Found | None, found: list[Found], ctx: Context) -> Found | None:
    """…, the Republican mayor of Terre Haute, Duke Bennett, was elected: a person between
    commas right after the frame's body."""
    if body is None:
        return None
    text = ctx.article.text
    person = next((f for f in found if f.start == body.end + 2 and f.label == "PERSON"), None)
    if person is None or not text.startswith(", ", body.end) or text[person.end : person.end + 1] not in (",", ")"):
        return None
    return person


def _read_appositive(frame: EnFrame, found: list[Found], ctx: Context) -> None:
    """Hillary Clinton, the former secretary of state, … : the name before the comma."""
    text = ctx.article.text
    gap = _APPOSITIVE_GAP.search(text[max(0, frame.left - 20) : frame.left])
    if gap is None:
        return
    name_end = frame.left - len(gap.group(0))
    person = _found_ending_at(found, name_end)
    # The appositive ends at the next comma or full stop (…, chairperson of the KMT Taichung
    # Chapter, confirmed); a clause in between (… who said) is something else.
    rest = re.match(r"[^,.;]{0,60}(?:[,.;]|$)", text[frame.right :])
    closed = rest is not None and not re.search(r"\b(?:said|says|told|who|that|and)\b", rest.group())
    if person is not None and person.label == "PERSON" and closed:
        frame.name_span = (person.start, person.end)


def _person_country(name: str, ctx: Context) -> str | None:
    person = ctx.names.persons.get(ctx.names.view_key(name))
    return person.country if person is not None else None


def _frame_country(frame: EnFrame, ctx: Context) -> str | None:
    if frame.country:
        return frame.country
    if frame.title.implied_country:
        return frame.title.implied_country
    name = ctx.article.text[frame.name_span[0] : frame.name_span[1]]
    known = _person_country(name, ctx)
    if known:
        return known
    # The outlet's own country, as Chinese news leaves it out — but Taiwan's English news names
    # foreign officials the same way (Foreign Minister Pholile Shakantu), so there only a
    # Taiwanese romanised name (Mei Chia-shu, Lin Chia-lung) takes the home country.
    if ctx.article.region == "TW" and not _TAIWANESE_NAME.fullmatch(name):
        return None
    return ctx.article.region


_TAIWANESE_NAME = re.compile(r"[A-Z][a-z]{1,5}(?: [A-Z][a-z]{1,5})? [A-Z][a-z]{0,6}-[a-z]{1,6}")  # Lin Chia-lung, Chen I-tsung


def _organization(frame: EnFrame, country: str | None, ctx: Context) -> str | None:
    if frame.org_span:
        return ctx.article.text[frame.org_span[0] : frame.org_span[1]]
    if frame.title.implied_organization:
        return frame.title.implied_organization
    if frame.title.cls == "state" and country:
        # A head of state or government holds office in the state itself (SPEC: 美國總統川普 → 美國).
        return ctx.names.countries[country].name_en if country in ctx.names.countries else None
    return None


def frames_of(ctx: Context, found: list[Found]) -> list[EnFrame]:
    frames = []
    for start, end, title in ctx.titles:
        frame = EnFrame(start, end, title, left=start, right=end)
        _read_left(frame, found, ctx)
        _read_right(frame, found, ctx)
        if frame.name_span is None:
            _read_appositive(frame, found, ctx)
        frames.append(frame)
    return frames


def find_english_officials(article: Article, resources: Resources) -> list[Official]:
    """Officials of an English article: title frames with a name after or before them."""
    if not article.text.strip():
        return []
    ctx = _context(article, resources)
    found = _found_spans(ctx)
    rows = []
    for frame in frames_of(ctx, found):
        if frame.name_span is None or frame.title.cls not in ("state", "office"):
            continue
        country = _frame_country(frame, ctx)
        name_start, name_end = frame.name_span
        rows.append(
            Official(
                article_id=article.article_id,
                name=article.text[name_start:name_end],
                title=article.text[frame.title_start : frame.title_end],
                organization=_organization(frame, country, ctx),
                country=country,
                start=min(frame.left, name_start),
                end=max(frame.right, name_end),
                name_start=name_start,
                name_end=name_end,
                status=frame.status,
            )
        )
    return rows

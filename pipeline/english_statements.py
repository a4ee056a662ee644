"""English statements (`lang == "en"`): direct quotes and reported speech, by rule.

No English model can ship, so statements are read from the shapes news English uses:

Direct — a quoted stretch of four words or more (one to three words are scare quotes or
titles: "woman card", "reciprocal", "Fox and Friends"), attributed
- after it:       "…," Clinton wrote. / "…," said Secretary of State Mike Pompeo.
- before it:      Trump said: "…" / As Politico reported, "…" / Politico reveals a few facts: "…"
- from the paragraph before when that one ends with a colon:  Jared Potts echoed:\n\n“…”
- by the quote before it in the same paragraph, or a paragraph that is all quote after a
  quoted paragraph (the speaker goes on), or the reported clause it sits in (…, saying the
  nominee "hasn't given this issue much thought.").
A quote whose paragraph ends before a closing mark runs on when the next paragraph opens with
a mark (multi-paragraph quotes); each paragraph's stretch is one statement.

Indirect — the reported clause, to the end of its sentence or the next cue:
- X said (that) …, X told reporters on Sunday that …, X promised to …
- …, X said [Monday].  and  But, X added, … (the cue between commas)
- …, according to X.  and  According to X, …  (X a name, or a publication: a new article in Politico)
- …, saying / adding that / reminding the co-hosts that …: the sentence's speaker goes on.
- a headline "Clinton: I support D.C. statehood." (cue null, as 俄外交部：… in Chinese).

Speakers: the name as written (its title is dropped: Secretary of State Mike Pompeo → Mike
Pompeo; an appositive is skipped: Dachrahn Wu (吳大任), director of …, said); organisations
(the White House said, National Central University (NCU) said) and documents (the bill said)
speak as themselves; he/she and role descriptions (the Democratic frontrunner, the former CEO
of Hewlett-Packard) are the last speaker quoted, else the last person named outside quotes.

said_on: a day the sentence names outside the statement (said Monday, on Thursday, Sunday on
CNN …), else the same speaker's previous occasion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.article import Article, Mention
from pipeline.config import Config, Resources, data_rows
from pipeline.english import english_lexicon
from pipeline.speakers import Candidate, Cue
from pipeline.statements import Found, sentence_of, sentence_spans

OPENERS = "“\""
CLOSERS = "”\""
MIN_QUOTE_WORDS = 4  # one to three quoted words are scare quotes or titles, not speech
PRONOUNS = frozenset(("he", "she", "He", "She"))
# It / they speak for the organisation or group quoted last (the committee said. It said …).
GROUP_PRONOUNS = frozenset(("it", "It", "they", "They"))
# Words that open a subject phrase but are not part of the name: "But Clinton said".
LEADING_FUNCTION_WORDS = frozenset(("But", "And", "So", "Yet", "Then", "Still", "Also", "As", "When", "While"))
HONORIFICS = frozenset(("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Prof", "Gen"))
# Bodies a person's or a place's name qualifies: the Clinton campaign, the Trump administration.
# Kinds of body that "the …" refers back with: the ratings agency, the company, the ministry.
BODY_NOUNS = ("agency", "company", "firm", "bank", "group", "ministry", "department", "organization",
              "organisation", "council", "committee", "commission", "office", "exchange", "institute", "bureau",
              "association", "board", "court", "carrier", "airline", "chipmaker", "manufacturer", "automaker", "lender")
OWNED_BODIES = ("campaign", "administration", "camp", "team", "government", "family", "foundation")
_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z0-9][A-Za-z0-9’'\-]*")  # U.S.A. is one word
# A sentence ends at . ! ? (after an optional closing mark) before white space; initials and
# abbreviations (D.C., U.S., Mr., Vermont Sen. Bernie Sanders) do not end one.
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?][”\"’]?(?=\s|$)|\n")
ABBREVIATIONS = frozenset(("Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "vs", "Sen", "Rep", "Gov", "Gen", "Lt", "Col",
                           "Capt", "Sgt", "Adm", "Prof", "Rev", "No", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"))
# A clause does not start with a preposition: "said in an interview" is no report.
# Nor with a verb: "a decision he believes was influenced by …" is a relative clause.
_NOT_CLAUSE = re.compile(r"(?:in|at|on|during|after|before|to|of|from|with|by|as|about|last|for|so|nothing|no|yes"
                         r"|was|were|is|are|has|had|have|would|could|will|can)\b"
                         # "said it" is an object ("he said it again"), "said it responded by …" a clause
                         r"|it\b(?!\s+(?:is|was|would|will|had|has|could|should|may|might|did|does|[a-z]+ed|[a-z]+s)\b)")
# Sentence openers before a parenthetical cue that are not part of the report: "But, the former
# CEO added, it's not the way to win."
CONNECTIVES = frozenset(("But", "And", "So", "Yet", "Still", "However", "Meanwhile", "Moreover", "Also", "Now", "Indeed"))
CONNECTIVE_PHRASES = frozenset(("In addition", "Furthermore", "Besides", "In fact", "Of course", "At the same time",
                                "In particular", "As a result", "For example", "For instance"))
# Words that cannot stand inside a description speaker ("the president’s foreign policy and said"
# has two verbs coordinated, its speaker is before them).
_NOT_IN_DESCRIPTION = frozenset(("and", "or", "but", "that", "who", "which", "to", "in", "with", "by", "from", "on",
                                 "at", "as", "after", "before", "when", "was", "is", "has", "had", "no", "not", "never"))
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH_VALUE = re.compile(r"^\d{4}-\d{2}$")
# How far after the cue a day still dates the act of saying: "said Monday", "said on Thursday".
SAID_ON_REACH = 16
# How many paragraphs back the last speaker is still who he/she is: a quoted speaker's
# interview often runs over a narrative paragraph or two (She also criticized …).
ANTECEDENT_PARAGRAPHS = 6
# Between a cue and its clause: the addressee of "told" (reporters, a Cabinet press briefing),
# a day (Friday, on Sunday), and "that".
_TOLD_GAP = re.compile(r"\s+(?:[^\s.,;:]+\s+){1,9}?that\s+")  # said in an interview with The Associated Press last week that
_DAY_WORDS = r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|earlier|later)\b\s*)"
_CLAUSE_GAP = re.compile(rf"\s+{_DAY_WORDS}?(?:that\s+)?")
_THAT_GAP = re.compile(rf"\s+{_DAY_WORDS}?that\s+")  # revealed Wednesday that …
# told reporters he thought …: an addressee of one to three words, then a pronoun opening the clause
_TOLD_PRONOUN_GAP = re.compile(r"\s+(?:the\s+)?(?:(?!(?:as|when|while|after|before|if|because|since|and|but|that)\s)"
                               r"[A-Za-z][\w.\-’']*\s+){1,3}?(?=(?:he|she|they|it|we|I)\s)")
# Between a subject and its cue: auxiliaries and adverbs (Trump has repeatedly warned, Sanders
# has pledged, she also said).
_BETWEEN_SUBJECT_AND_CUE = re.compile(r"(?:\s+(?:has|have|had|also|again|then|later|once|would|will|did|does|[a-z]+ly"
                                      r"|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                                      r"|(?:was|were|is) quoted as))+\s*$")  # Curtis was quoted as saying
# A reported clause that only introduces a quote: "reveals a few relevant facts: “…", "said
# that given the crop of candidates on both sides:\n\n“…"
_INTRODUCES_QUOTE = re.compile(r"[^.“”\"]{0,80}:\s*(?:[“\"]|$)")
# An appositive opens in lower case (a nominal Republican who …, director of …, vice chairwoman
# for …): ", Hillary Clinton’s right-hand woman rallied supporters," is a clause, not one.
_APPOSITIVE = re.compile(r",\s+(?:[a-z0-9][^,;:“”\"]{1,89}),\s*$")
_BRACKETED = re.compile(r"\s*[(（][^()（）]{1,20}[)）]\s*$")
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+")
# A new cue inside a clause starts the next statement: "…, and he predicted that …".
# After "…, X said": a day, a short place or occasion (in a news release, on Twitter), or a
# participle going on (, citing its survey / , adding that …) before the sentence ends.
_SENTENCE_TAIL = re.compile(
    rf"\s*{_DAY_WORDS}?(?:(?:in|on|at|during|via|through)\s+[^,.;“”\"]{{1,60}}?)?\s*{_DAY_WORDS}?"
    r"(?:\s*\([^()]{1,20}\))?"  # said on Friday (local time)
    r"(?:[.!?][”\"]?\s*|,\s+(?:citing|adding|saying|noting|according to)\b.*)", re.DOTALL)
# A second verb of the sentence's subject: "… and questioned how …", "…, but said she …".
_COORDINATED = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?:also\s+|later\s+|then\s+)?$")
_NAME_RE = r"[A-Z][\w.\-’']*(?:\s+[A-Z][\w.\-’']*){0,3}"
_ATTRIBUTION_GOING_ON = re.compile(
    r"[,”\"\s]*(?:(?:he|she)\s+(?:said|added|says)\s*,\s+(?:noting|adding|saying)\b"  # ," he said, noting …
    rf"|(?:said|says|added)\s+{_NAME_RE}\s*,"  # ," said Nicky Driscoll, 24, from Manchester, who said …
    rf"|(?:he|she|{_NAME_RE})\s+(?:said|says|added|explained)\s+(?:in|on|at|to|during|after|before|while)\b"  # ," Cruz said in response to …
    rf"|(?:he|she|{_NAME_RE})\s+told\s)"  # ," Woodward told the National Association of Realtors at …
    r"[^.!?“”\"]{0,300}[.!?]\s*$")
# "…, The Post reported." closing a sentence whose words are another speaker's.
_PASSED_ON_BY = re.compile(r",[”\"]?\s+(?:the\s+)?[A-Z][\w.&’'\-]*(?:\s+[A-Z][\w.&’'\-]*){0,4}\s+(?:reported|reports)[.]?\s*$")
_VENUE_AND_DAY_AT_END = re.compile(r"(?:\s+(?:in|on|at|during|via)\s+[^,;:“”\"]{1,50}?)+\s*,?\s*$")
# After an inverted speaker: nothing, or an appositive (…, says Evan Tracey, a Republican media consultant.)
_APPOSITIVE_TO_END = re.compile(r"(?:,\s+(?:a|an|the|who|director|chairman|president|[a-z][\w\-]*)\b[^“”\"]*)?[\s.]*")
_MAIN_VERB_AGAIN = re.compile(r",\s+(?:was|were|is|are|has|had|have)\s")
_NEXT_CUE_LEAD = re.compile(r",?\s+(?:and|but)\s+(?:(?:he|she|they)\s+)?(?:also\s+)?$")


@dataclass(frozen=True)
class Quote:
    """A quoted stretch: `start`/`end` the words inside the marks (white space stripped),
    `open_`/`close` the marks themselves (close is after the mark, or the paragraph end for a
    stretch that runs on into the next paragraph)."""

    open_: int
    start: int
    end: int
    close: int

    def words(self, text: str) -> int:
        return len(_WORD.findall(text[self.start : self.end]))

    def is_name(self, text: str) -> bool:
        """“Made in the U.S.A.”, “Fareed Zakaria GPS”: every longer word capitalised — a title."""
        longer = [w for w in _WORD.findall(text[self.start : self.end]) if len(w) > 3 or "." in w]
        return bool(longer) and all(w[0].isupper() for w in longer)


@dataclass
class SpeechLexicon:
    cues: dict[str, str] = field(default_factory=dict)  # cue word -> frame
    roles: frozenset[str] = frozenset()
    anonymous: frozenset[str] = frozenset()  # Sources, Officials: subjects that name nobody
    given_names: dict[str, str] = field(default_factory=dict)  # Hillary -> f, Bill -> m: "he" is not hers
    pattern: re.Pattern | None = None  # every cue, longest first (pointed out before pointed)


def load_speech_lexicon(config: Config) -> SpeechLexicon:
    base = config.resources_dir
    cues = {row[0]: (row[1] if len(row) > 1 else "clause") for row in data_rows(base / "english_speech_cues.txt")}
    roles = frozenset(row[0] for row in data_rows(base / "english_speaker_roles.txt"))
    forms = sorted({form for cue in cues for form in (cue, cue[0].upper() + cue[1:])}, key=len, reverse=True)
    pattern = re.compile(r"(?<![A-Za-z\-])(?:" + "|".join(map(re.escape, forms)) + r")(?![A-Za-z\-])")
    anonymous = frozenset(row[0] for row in data_rows(base / "english_anonymous_sources.txt"))
    given = {row[0]: row[1] for row in data_rows(base / "english_given_names.txt")}
    return SpeechLexicon(cues=cues, roles=roles, anonymous=anonymous, pattern=pattern, given_names=given)


@dataclass
class Reading:
    """What the rules share while reading one article."""

    article: Article
    lexicon: SpeechLexicon
    titles: frozenset[str]
    quotes: list[Quote]
    people: list[Mention]  # PERSON mentions outside quotes: antecedents of he/she
    named: list[Mention]  # PERSON / ORG / GPE mentions: the names a speaker may be
    found: list[Found] = field(default_factory=list)
    genders: dict[str, str | None] = field(default_factory=dict)  # surname -> "f" / "m" / None
    all_cues: list[tuple[str, Cue]] | None = None  # (frame, cue) of the whole text, read once

    view: str = ""  # the text with NYT-style '' quote marks read as " (same length)

    @property
    def text(self) -> str:
        return self.view or self.article.text


def find_english_statements(article: Article, resources: Resources) -> list[Found]:
    """Statements of an English article, ordered by start, speakers resolved in reading order."""
    reading = _reading(article, resources)
    turns = _transcript_turns(reading)
    pending = [p for p in _direct_attributions(reading) + _indirect_attributions(reading)
               if not any(_overlap(p.start, p.end, t.start, t.end) for t in turns)] + turns
    pending.sort(key=lambda p: (p.start, p.kind))
    for item in pending:
        _resolve(reading, item)
    _quotes_inside_clauses(reading)
    _carry_said_on(reading)
    return sorted(reading.found, key=lambda f: (f.start, f.end))


# ---------------------------------------------------------------------------------------
# Reading an article


def _reading(article: Article, resources: Resources) -> Reading:
    lexicon = resources.get("english.speech", load_speech_lexicon)
    titles = frozenset(english_lexicon(resources).titles) | lexicon.roles
    view = quote_marks_view(article.text)
    quotes = find_quotes(view)
    named = [m for m in article.mentions if m.label in ("PERSON", "ORG", "GPE")]
    people = [m for m in named if m.label == "PERSON" and not _inside(quotes, m.start)]
    return Reading(article, lexicon, titles, quotes, people, named, view=view)


def quote_marks_view(text: str) -> str:
    """The New York Times writes quotes between doubled apostrophes (''I have great respect,''
    the candidate said).  Read each '' as " followed by a space: the same length, so every
    offset still indexes the stored text, and the rules below need one kind of mark only."""
    return text.replace("''", '" ') if "''" in text else text


def find_quotes(text: str) -> list[Quote]:
    """Quoted stretches, paragraph by paragraph.  “ opens, ” closes, a straight " does either;
    mixed pairs (“…,") close too.  A stretch left open at a paragraph's end runs on only when
    the next paragraph opens with a mark; otherwise it is a stray mark and dropped."""
    quotes: list[Quote] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for index, (p_start, p_end) in enumerate(paragraphs):
        open_at = None
        for i in range(p_start, p_end):
            ch = text[i]
            if open_at is None and ch in OPENERS and _may_open(text, i):
                open_at = i
            elif open_at is not None and ch in CLOSERS and not text[i + 1 : i + 2].isalnum():
                quotes.append(_stripped(text, open_at, i, i + 1))
                open_at = None
        if open_at is not None and index + 1 < len(paragraphs) and text[paragraphs[index + 1][0]] in OPENERS:
            quotes.append(_stripped(text, open_at, p_end, p_end))
        elif open_at is not None and _unclosed_sentence_quote(text, open_at, p_end):
            quotes.append(_stripped(text, open_at, p_end, p_end))  # …,” said Baron. “His candidacy … depth.⏎
    return [q for q in quotes if q.end > q.start]


def _unclosed_sentence_quote(text: str, open_at: int, p_end: int) -> bool:
    """A mark left open at a paragraph's end is a quote whose closing mark was dropped when it
    opens a sentence after a closed quote of the paragraph, ends with a full stop and runs to
    eight words or more; otherwise a stray mark (5'11", a lone “)."""
    before = text[:open_at].rstrip()
    inner = text[open_at + 1 : p_end].rstrip()
    return (before[-1:] in ".!?" and any(c in CLOSERS for c in text[max(0, open_at - 200) : open_at])
            and inner[-1:] in ".!?" and len(_WORD.findall(inner)) >= 8)


def _may_open(text: str, i: int) -> bool:
    """A mark opens after white space, a bracket, a dash or the paragraph start (not in 5'11")."""
    return i == 0 or text[i - 1] in " \n\t([—–-:" or not text[i - 1].isalnum()


def _stripped(text: str, open_: int, inner_end: int, close: int) -> Quote:
    start, end = open_ + 1, inner_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Quote(open_, start, end, close)


def _inside(quotes: list[Quote], offset: int) -> Quote | None:
    return next((q for q in quotes if q.open_ <= offset < q.close), None)


def _paragraph(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _sentence_bounds(reading: Reading, offset: int) -> tuple[int, int]:
    """The sentence around `offset` by punctuation, quote-aware: a sentence does not end inside
    a quote that opened before the end mark (He said "No. Never." and left)."""
    text = reading.text
    p_start, p_end = _paragraph(text, offset)
    start = p_start
    for m in _SENTENCE_END.finditer(text, p_start, offset):
        if _ends_sentence(reading, m):
            start = m.end()
    while start < offset and text[start].isspace():
        start += 1
    end = p_end
    for m in _SENTENCE_END.finditer(text, offset, p_end):
        if _ends_sentence(reading, m):
            end = m.end()
            break
    return start, end


def _ends_sentence(reading: Reading, mark: re.Match) -> bool:
    word = re.search(r"([A-Za-z]+)$", reading.text[max(0, mark.start() - 6) : mark.start()])
    if mark.group().startswith(".") and word and word.group(1) in ABBREVIATIONS:
        return False
    return not _inside(reading.quotes, mark.start()) or _ends_quote(reading, mark.end())


def _ends_quote(reading: Reading, offset: int) -> bool:
    return any(q.close == offset for q in reading.quotes)


# ---------------------------------------------------------------------------------------
# Pending statements: spans and where their speaker is written, resolved in reading order


@dataclass
class Pending:
    kind: str
    start: int
    end: int
    cue: Cue | None
    subject: tuple[int, int] | None  # where the speaker is written; None: the sentence's speaker
    anchor: int  # where the speaker was named (for he/she: look before this)
    continues: bool = False  # a quote that goes on with the speaker of the quote before
    follows: bool = False  # a paragraph that is all quote, after a paragraph reporting its speaker


def _cue_at(reading: Reading, start: int, end: int) -> tuple[str, Cue] | None:
    word = reading.text[start:end]
    frame = reading.lexicon.cues.get(word) or reading.lexicon.cues.get(word.lower())
    return (frame, Cue(start, end, word)) if frame else None


def _cues(reading: Reading, frames: tuple[str, ...]) -> list[tuple[str, Cue]]:
    """The cues of the given frames; a cue word inside a title (Secretary of State) is none."""
    if reading.all_cues is None:
        titles = [(m.start, m.end) for m in reading.article.mentions if m.label == "TITLE"]
        reading.all_cues = []
        for m in reading.lexicon.pattern.finditer(reading.text):
            hit = _cue_at(reading, m.start(), m.end())
            if hit and not any(s <= m.start() < e for s, e in titles):
                reading.all_cues.append(hit)
    return [hit for hit in reading.all_cues if hit[0] in frames]


def _direct_attributions(reading: Reading) -> list[Pending]:
    text = reading.text
    pending: list[Pending] = []
    for index, quote in enumerate(reading.quotes):
        if quote.is_name(text):
            continue
        if quote.words(text) < MIN_QUOTE_WORDS:
            # "I'd beat him," Trump said: a short quote that is a whole utterance, attributed
            # right after it, is speech; a short one inside a sentence is a term or a scare quote.
            short = _utterance(reading, quote) and _attribution_after(reading, quote)
            if short and quote.words(text) >= 2:
                pending.append(Pending("direct", quote.start, quote.end, short[0], short[1], quote.open_))
            continue
        attribution = _attribution_after(reading, quote) or _attribution_before(reading, quote)
        if attribution is None:
            attribution = _attribution_from_paragraph_before(reading, quote) or _signature_after(reading, quote)
        if attribution is not None:
            cue, subject = attribution
            pending.append(Pending("direct", quote.start, quote.end, cue, subject, quote.open_))
        elif index and _goes_on(reading, reading.quotes[index - 1], quote):
            pending.append(Pending("direct", quote.start, quote.end, None, None, reading.quotes[index - 1].start,
                                   continues=True))
        elif _fills_paragraph(reading, quote) and _paragraph(text, quote.open_)[0] > 0:
            pending.append(Pending("direct", quote.start, quote.end, None, None, quote.open_, follows=True))
    return pending


def _utterance(reading: Reading, quote: Quote) -> bool:
    """The quote opens its sentence and ends with its own punctuation ("I'd beat him," …)."""
    text = reading.text
    s_start, _ = _sentence_bounds(reading, quote.open_)
    return not text[s_start : quote.open_].strip() and text[quote.end - 1 : quote.end] in ",.!?"


def _fills_paragraph(reading: Reading, quote: Quote) -> bool:
    text = reading.text
    p_start, p_end = _paragraph(text, quote.open_)
    return quote.open_ == p_start and not text[quote.close : p_end].strip(" .,;”\"")


# A signature line under a quote or a tweet: "-President Obama, tweeting after …", "— Michelle Marks, Philadelphia."
_SIGNATURE = re.compile(r"\s*[-—–]\s*(?:(?:President|Sen\.|Rep\.|Gov\.|Dr\.|Mr\.|Mrs\.|Ms\.)\s+)?"
                        r"([A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})(?=[,.]|\s*$)")


def _signature_after(reading: Reading, quote: Quote) -> tuple[Cue | None, tuple[int, int]] | None:
    """A paragraph that is all quote, signed in the next paragraph by a dash and a name."""
    text = reading.text
    if not _fills_paragraph(reading, quote):
        return None
    _, p_end = _paragraph(text, quote.open_)
    next_start = p_end + 1
    while next_start < len(text) and text[next_start] == "\n":
        next_start += 1
    line_end = text.find("\n", next_start)
    m = _SIGNATURE.match(text, next_start, len(text) if line_end < 0 else line_end)
    if m is None:
        return None
    end = m.end(1)
    if text[end - 1] == "." and not re.search(r"\b(?:Jr|Sr|[A-Z])\.$", text[m.start(1) : end]):
        end -= 1  # -Bernie Sanders. (the line's full stop)
    return None, (m.start(1), end)


def _attribution_after(reading: Reading, quote: Quote) -> tuple[Cue, tuple[int, int]] | None:
    """"…," Clinton wrote.  /  "…," said Mike Pompeo.  /  “…,” he continued."""
    text = reading.text
    s_start, _ = _sentence_bounds(reading, quote.open_)
    lead = text[s_start : quote.open_].strip()
    if lead and not re.search(r"[:—–-]\s*$", lead) and lead.rstrip(",") not in CONNECTIVES | CONNECTIVE_PHRASES:
        return None  # …, which is "Sports beyond Age …," the committee said: the clause is the report
    tail_end = min(_paragraph(text, quote.close)[1] if quote.close < len(text) else len(text), quote.close + 120)
    tail = text[quote.close : tail_end]
    lead = re.match(r"[,]?[ \t]+", tail)
    if lead is None:
        return None
    at = quote.close + lead.end()
    inverted = re.match(r"([a-z]+)\s+", text[at:tail_end])
    if inverted and _cue_at(reading, at, at + len(inverted.group(1))):
        name = _name_starting(reading, at + inverted.end())
        if name is not None:
            return Cue(at, at + len(inverted.group(1)), inverted.group(1)), name
    for m in re.finditer(r"[A-Za-z]+", text[at:tail_end]):
        if re.search(r"[.;:!?“”\"]", text[at : at + m.start()]):
            break
        hit = _cue_at(reading, at + m.start(), at + m.end())
        if hit and m.start() > 0:
            subject = _subject_before(reading, at + m.start(), floor=at)
            if subject is None and text[at : at + m.start()].rstrip().endswith(",") and hit[0] == "clause":
                subject = _name_starting(reading, at + m.end() + 1)  # …," in sharp contrast to …, says Dante Scala
            return (hit[1], subject) if subject else None
    return None


def _attribution_before(reading: Reading, quote: Quote) -> tuple[Cue, tuple[int, int]] | None:
    """Trump said: "…"  /  As Politico reported, "…"  /  Politico reveals a few facts: "…"."""
    text = reading.text
    p_start, _ = _paragraph(text, quote.open_)
    head_start = max(p_start, quote.open_ - 200)
    head = text[head_start : quote.open_]
    if re.search(r",\s+(?:writing|saying|adding|declaring)\s*$", head):
        # Flea shared the news on social media last week, writing “…”: the sentence's subject
        s_start, _ = _sentence_bounds(reading, quote.open_)
        cue_word = re.search(r"(writing|saying|adding|declaring)\s*$", head)
        cue = Cue(head_start + cue_word.start(1), head_start + cue_word.end(1), cue_word.group(1))
        subject = _subject_opening(reading, _after_dateline(text, s_start), cue.start) \
            or _main_clause_subject(reading, s_start, cue.start)
        return (cue, subject) if subject else None
    if not re.search(r"[,:]\s*$", head):
        return None
    return _cue_and_subject_in(reading, head_start, quote.open_, max_object_words=5)


def _attribution_from_paragraph_before(reading: Reading, quote: Quote) -> tuple[Cue, tuple[int, int]] | None:
    """He said:\n\n"…" — the attribution ends the paragraph before with a colon."""
    text = reading.text
    p_start, _ = _paragraph(text, quote.open_)
    if text[p_start:quote.open_].strip() or p_start == 0:
        return None
    before_end = p_start - 1
    while before_end > 0 and text[before_end - 1].isspace():
        before_end -= 1
    if text[before_end - 1 : before_end] != ":":
        return None
    s_start, _ = _sentence_bounds(reading, before_end - 1)
    return _cue_and_subject_in(reading, s_start, before_end, max_object_words=12)


def _cue_and_subject_in(reading: Reading, start: int, end: int, max_object_words: int) -> tuple[Cue, tuple[int, int]] | None:
    """The last cue of text[start:end] with at most `max_object_words` words after it (or only a
    venue and a day: "said at a Fox News town hall on Monday,") and a subject right before it:
    "told reporters:", "said that given the crop of candidates:"."""
    text = reading.text
    venue = _VENUE_AND_DAY_AT_END.search(text, start, end)
    counted_end = venue.start() if venue else end  # the venue and day after the cue count as no object
    for m in reversed(list(re.finditer(r"[A-Za-z]+", text[start:end]))):
        words_after = len(_WORD.findall(text[start + m.end() : max(counted_end, start + m.end())]))
        if words_after > max_object_words:
            return None
        hit = _cue_at(reading, start + m.start(), start + m.end())
        if hit is None:
            continue
        if hit[0] == "after":  # …, saying: “…” — the sentence's subject speaks, not the word before
            subject = _subject_opening(reading, _sentence_bounds(reading, start + m.start())[0], start + m.start())
        else:
            subject = _subject_before(reading, start + m.start(), floor=start) or _subject_opening(reading, start, start + m.start())
        return (hit[1], subject) if subject else None
    return None


def _goes_on(reading: Reading, before: Quote, quote: Quote) -> bool:
    """A quote right after another goes on with its speaker: in the same paragraph with nothing
    but a short attribution between them, or a paragraph that is all quote."""
    text = reading.text
    if not (text[quote.start].isupper() or text[quote.start] in "…["):
        return False  # a lower-case fragment ("to cover sexual orientation") is a term, not a turn
    between = text[before.close : quote.open_]
    if "\n" not in between:  # only the attribution of the quote before: ,” co-Anchor DeMarco Morgan said. “
        if re.search(r"[.!?]\s+\S", between.strip()):
            return False
        # …," he said, noting that he had trailed Clinton by 50 points. "…": the attribution goes on
        # in one sentence with the same speaker's participle; nobody else speaks in between.
        return len(_WORD.findall(between)) <= 10 or bool(_ATTRIBUTION_GOING_ON.match(between))
    p_start, p_end = _paragraph(text, quote.open_)
    if quote.open_ != p_start:
        return False
    # A paragraph that is all quote, right after the paragraph of the quote before.
    whole_paragraph = quote.close >= len(text[:p_end].rstrip())
    return not between.strip() or (whole_paragraph and _paragraph(text, before.open_)[1] + 1 >= p_start - 1
                                   and text.count("\n", before.close, p_start) <= 2)


# ---------------------------------------------------------------------------------------
# Subjects: where the speaker is written


def _mention_ending(reading: Reading, end: int) -> Mention | None:
    return next((m for m in reading.named if m.end == end), None)


def _subject_before(reading: Reading, cue_start: int, floor: int) -> tuple[int, int] | None:
    """The speaker's words right before a cue: a pronoun, a name (a bracketed gloss and an
    appositive after it skipped), or a description / document "the bill", "the former CEO of
    Hewlett-Packard"."""
    text = reading.text
    end = cue_start
    between = _BETWEEN_SUBJECT_AND_CUE.search(text, floor, end)
    if between:
        end = between.start()
    elif re.match(r"[a-z]+ing\b", text[cue_start:]):  # Trump is promising to …, she was telling them
        progressive = re.search(r"\s+(?:is|was|are|were|has been|had been)(?:\s+[a-z]+ly)?\s*$", text[floor:end])
        if progressive:
            end = floor + progressive.start()
    while end > floor and text[end - 1] == " ":
        end -= 1
    for _ in range(2):
        gloss = _BRACKETED.search(text, floor, end)  # Dachrahn Wu (吳大任), National Central University (NCU)
        if gloss:
            end = gloss.start()
        found = _subject_ending(reading, end, floor)
        if found:
            return found
        appositive = _APPOSITIVE.search(text, floor, end)  # …, director of the NCU Research Center …,
        if appositive is None:
            return None
        end = appositive.start()
    return None


def _subject_ending(reading: Reading, end: int, floor: int) -> tuple[int, int] | None:
    text = reading.text
    mention = _mention_ending(reading, end)
    if mention is not None and mention.start >= floor:
        if re.search(r"\bof\s+(?:the\s+)?$", text[floor : mention.start]):
            return None  # a dozen members of Congress told …: the speakers are the members, not Congress
        return mention.start, mention.end
    word = re.search(r"(?<![\w’'])([A-Za-z]+)$", text[floor:end])
    if word and (word.group(1) in PRONOUNS or word.group(1) in GROUP_PRONOUNS):
        return end - len(word.group(1)), end
    owned = re.search(r"(?<![\w.])[A-Z][\w.\-]*(?: [A-Z][\w.\-]*)*['’]s(?: [a-z]+){1,3}$", text[floor:end])
    if owned:  # Trump’s campaign said: a body named by its owner
        return floor + owned.start(), end
    owner_body = re.search(r"\b[Tt]he(?: [A-Z][\w.\-’']*)+ (?:" + "|".join(OWNED_BODIES) + ")$", text[floor:end])
    if owner_body:  # The Clinton campaign says / the Trump administration said
        return floor + owner_body.start(), end
    description = re.search(r"(?:\b[Tt]he|\b[Aa]n?)(?: [A-Za-z][\w\-’']*){1,4}$", text[floor:end])
    if description and re.search(r"\b(?:on|in|at|from|with|by|of|for|to|about|into|over)\s+$", text[floor : floor + description.start()]):
        description = None  # who have seen him on the trail recently say: a place, not the speaker
    if (description and not any(floor + description.start() <= m.start < end for m in reading.people)
            and not set(description.group().lower().split()[1:]) & _NOT_IN_DESCRIPTION):
        return floor + description.start(), end
    capitalised = re.search(r"(?<![\w.])(?:[A-Z][\w\-’'.]*\s){0,3}[A-Z][\w\-’']*$", text[floor:end])
    if capitalised:  # a name the mention finder left out (headline case, a single word)
        return _without_leading_words(text, floor + capitalised.start(), end)
    return None


def _without_leading_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """But Clinton, Mr. Obama: the name without a sentence's function word or an honorific."""
    while start < end:
        first = text[start:end].split(" ")[0]
        if first not in LEADING_FUNCTION_WORDS and first.rstrip(".") not in HONORIFICS:
            break
        start += len(first) + 1
    return (start, end) if start < end else None


def _subject_opening(reading: Reading, start: int, limit: int) -> tuple[int, int] | None:
    """As Politico reported / That record prompted X …, to state: the name or pronoun that opens
    the clause, when nothing stands right before the cue."""
    text = reading.text
    lead = re.match(r"\s*(?:As|And|But|So)\s+", text[start:limit])
    at = start + (lead.end() if lead else len(text[start:limit]) - len(text[start:limit].lstrip()))
    mention = next((m for m in reading.named if m.start == at and m.end <= limit), None)
    if mention is not None:
        return mention.start, mention.end
    word = re.match(r"[A-Za-z]+", text[at:limit])
    if word and word.group() in PRONOUNS:
        return at, at + len(word.group())
    return None


# "Taipei, April 26 (CNA) S&P Global has affirmed …": a wire dateline opens the first sentence.
_DATELINE = re.compile(r"[A-Z][A-Za-z .]{1,30}, [A-Z][a-z]{2,8}\.? \d{1,2} \([A-Za-z .]{2,20}\)\s*(?:[-—–]\s*)?")
# Words after which a name is an object, not the subject of the sentence's main clause.
_BEFORE_OBJECT = re.compile(r"(?:\b(?:to|of|by|with|over|for|from|at|in|on|against|about|than|and|or|as|like)"
                            r"|[’']s)\s+(?:the\s+)?(?:[A-Z][\w.\-’']*\s+)*$")


def _after_dateline(text: str, start: int) -> int:
    dateline = _DATELINE.match(text, start)
    return dateline.end() if dateline else start


def _main_clause_subject(reading: Reading, start: int, limit: int) -> tuple[int, int] | None:
    """…, noting / …, saying: the subject of the clause the participle hangs on, when another
    phrase opens the sentence (In a September debate, …, Trump hewed more to Obama's approach,
    noting …): the last person or body named before it that is no object and no possessive."""
    text = reading.text
    for m in reversed(reading.named):
        if not (start <= m.start and m.end <= limit) or m.label not in ("PERSON", "ORG"):
            continue
        if _inside(reading.quotes, m.start) or text[m.end : m.end + 2] in ("'s", "’s"):
            continue
        if _BEFORE_OBJECT.search(text, start, m.start):
            continue
        return m.start, m.end
    return None


def _name_starting(reading: Reading, at: int) -> tuple[int, int] | None:
    """said Secretary of State Mike Pompeo: the name after the cue (a title before it skipped)."""
    for m in sorted(reading.article.mentions, key=lambda m: m.start):
        if m.start < at:
            continue
        if m.label == "TITLE" and reading.text[at : m.start].strip() in ("", "the", "U.S."):
            at = m.end + 1
            continue
        if m.start <= at + 1 and m.label in ("PERSON", "ORG"):
            return m.start, m.end
        break
    word = re.match(r"(he|she)\b", reading.text[at:])
    if word:
        return at, at + len(word.group())
    # Without mentions (a name the finder missed): the capitalised words after the cue.
    capitalised = re.match(r"(?:[A-Z][\w\-’'.]*\s){0,4}[A-Z][\w\-’']*", reading.text[at:])
    if capitalised is None:
        return None
    start, end = at, at + capitalised.end()
    # said Chicago Alderman Jason C. Ervin: the place and the title before the name are no part of it
    while True:
        first = re.match(r"([A-Z][\w\-’'.]*)\s+(?=[A-Z])", reading.text[start:end])
        if not first or not (first.group(1).lower() in reading.titles
                             or any(m.start == start and m.label == "GPE" for m in reading.named)):
            break
        start += first.end()
    return _without_leading_words(reading.text, start, end)


# ---------------------------------------------------------------------------------------
# Indirect speech


def _indirect_attributions(reading: Reading) -> list[Pending]:
    pending = []
    pending += _reports_after_cue(reading)
    pending += _reports_before_cue(reading)
    pending += _according_to(reading)
    pending += _participle_reports(reading)
    pending += _cited_as_saying(reading)
    headline = _headline(reading)
    if headline is not None:
        pending.append(headline)
    return pending


def _clause_end(reading: Reading, start: int) -> int:
    """The end of a reported clause: its sentence's end, or the next cue (…, and he predicted …)."""
    text = reading.text
    _, end = _sentence_bounds(reading, start)
    for frame, cue in _cues(reading, ("clause", "told", "to")):
        if start < cue.start < end and _NEXT_CUE_LEAD.search(text, start, cue.start):
            end = _NEXT_CUE_LEAD.search(text, start, cue.start).start()
            break
    source = re.compile(r",\s+according to\b").search(text, start, end) or _PASSED_ON_BY.search(text, start, end)
    if source:  # Lin said Taipei will help, according to a news release / …, The Post reported: the source is no part of it
        end = source.start()
        if text[end + 1 : end + 2] in CLOSERS:
            end += 2  # …behaviors," The Post reported: the quote keeps its mark
    while end > start and text[end - 1] in " \t.;,":
        end -= 1
    if reading.article.text[end - 1 : end + 1] == "''":
        end += 1  # a clause ending in a NYT '' mark keeps both apostrophes (the view reads '' as " )
    return end


def _clause_gap(text: str, frame: str, cue_end: int) -> re.Match | None:
    """What stands between a cue and its clause: "to" for promised to, the addressee and
    "that" for told, a day and an optional "that" (or a phrase then "that": wrote for The
    Washington Informer that) for the others."""
    if frame == "to":
        return re.compile(r"\s+(?=to\s)").match(text, cue_end)
    told = _TOLD_GAP.match(text, cue_end) or (_TOLD_PRONOUN_GAP.match(text, cue_end) if frame == "told" else None)
    if frame in ("told", "that"):
        return told if frame == "told" else (_THAT_GAP.match(text, cue_end) or told)
    return _CLAUSE_GAP.match(text, cue_end) if not told or "that" in _CLAUSE_GAP.match(text, cue_end).group() else told


def _reports_after_cue(reading: Reading) -> list[Pending]:
    """X said (that) … / X told reporters on Sunday that … / X promised to …"""
    text = reading.text
    pending = []
    for frame, cue in _cues(reading, ("clause", "that", "told", "to")):
        if _inside(reading.quotes, cue.start):
            continue
        s_start = _sentence_bounds(reading, cue.start)[0]
        subject = _subject_before(reading, cue.start, floor=s_start)
        relative = subject is None and _relative_subject(reading, s_start, cue.start)
        if relative:
            subject = relative
        if subject is None and _COORDINATED.search(text, s_start, cue.start):
            # She brought that down …, but said she couldn't …: the sentence's subject speaks.
            subject = _subject_opening(reading, _after_dateline(text, s_start), cue.start)
        if subject is None:
            continue
        # As Politico reported, … / But as Liz Kreutz points out, …; not "… Wednesday as the PLA said it …"
        if re.search(r"(?:^|[,;]\s*|\n\s*|[.!?]\s+|\b(?:But|And|So|Yet)\s+)[Aa]s\s+$", text[max(0, s_start - 2):subject[0]]):
            pending += _as_report(reading, cue, subject)
            continue
        gap = _clause_gap(text, frame, cue.end)
        if gap is None:
            continue
        start = gap.end()
        with_that = "that" in gap.group()
        end = _clause_end(reading, start)
        if text[start : start + 1] in OPENERS and frame != "to" and not with_that and (
                _quote_opening_at(reading, start) is None or _only_a_quote(reading, start, end)):
            continue  # X said "…": the quote is the statement (not: said "there is no postponing" the tariffs)
        if not (text[start : start + 1].isalnum() or text[start : start + 1] in OPENERS):  # "20 staffers have …" too
            continue
        if frame != "to" and not with_that and _NOT_CLAUSE.match(text, start):
            continue
        if _INTRODUCES_QUOTE.match(text, start):
            continue
        if relative and "," in text[start:end]:
            end = text.index(",", start, end)  # …, who said Clinton raped her in 1978, recounted …: the relative clause ends
        if len(_WORD.findall(text[start:end])) >= 3:
            pending.append(Pending("indirect", start, end, cue, subject, subject[0]))
    return pending


def _relative_subject(reading: Reading, start: int, cue_start: int) -> tuple[int, int] | None:
    """Nicky Driscoll, 24, from Manchester, who said …: the person the relative clause is about."""
    if not re.search(r",\s+who\s+(?:also\s+|later\s+|has\s+|had\s+)?$", reading.text[start:cue_start]):
        return None
    comma = reading.text.rfind(", who", start, cue_start)
    for m in reversed(reading.people):
        if start <= m.start and m.end <= comma and len(_WORD.findall(reading.text[m.end : comma])) <= 5:
            return m.start, m.end  # the name, then at most an age and a home town before ", who"
    return None


def _as_report(reading: Reading, cue: Cue, subject: tuple[int, int]) -> list[Pending]:
    """As Liz Kreutz points out in a column on Yahoo News, doing …: the clause after the comma."""
    text = reading.text
    _, s_end = _sentence_bounds(reading, cue.start)
    comma = text.find(",", cue.end, s_end)
    if comma < 0 or len(_WORD.findall(text[cue.end:comma])) > 10:
        return []
    start = comma + 1
    while start < s_end and text[start] == " ":
        start += 1
    if text[start : start + 1] in OPENERS:
        return []  # As Politico reported, “…”: the quote is the statement
    end = _clause_end(reading, start)
    return [Pending("indirect", start, end, cue, subject, subject[0])] if len(_WORD.findall(text[start:end])) >= 3 else []


def _reports_before_cue(reading: Reading) -> list[Pending]:
    """…, Wu said.  /  …, Carly Fiorina said Monday.  /  But, the former CEO … added, it's …"""
    text = reading.text
    pending = []
    for frame, cue in _cues(reading, ("clause", "quote", "that")):
        if _inside(reading.quotes, cue.start):
            continue
        s_start, s_end = _sentence_bounds(reading, cue.start)
        if frame == "that" and not (_SENTENCE_TAIL.fullmatch(reading.text[cue.end : s_end] + " ")
                                    and _plain_report_before(reading, s_start, cue.start)):
            continue  # …, the ministry announced. / …, X reports.: only at the sentence's end
        subject = _subject_before(reading, cue.start, floor=s_start)
        if subject is None or subject[0] <= s_start:
            # "…, said Wu." has the name after the cue
            if text[s_start:cue.start].rstrip().endswith(",") and frame == "clause":
                name = _name_starting(reading, cue.end + 1)
                if name is not None and _APPOSITIVE_TO_END.fullmatch(text, name[1], s_end):
                    pending += _clause_before(reading, s_start, cue.start, cue, name)
            continue
        comma = text.rfind(",", s_start, subject[0])
        if comma < 0 or not _title_phrase(text[comma + 1 : subject[0]].strip(" ”\"")):
            continue  # …, the White House said / …, Democratic vice presidential candidate Tim Kaine insisted
        if text[comma + 1 : comma + 2] in CLOSERS:
            comma += 2  # …of "inclusion," the committee said: the clause keeps its closing mark
        rest = text[cue.end : s_end]
        if _SENTENCE_TAIL.fullmatch(rest + " "):
            pending += _clause_before(reading, s_start, comma, cue, subject)
        elif rest.startswith(",") and frame == "clause":
            start = cue.end + 1
            while start < s_end and text[start] == " ":
                start += 1
            end = _clause_end(reading, start)
            if _quote_fills(reading, start, end):
                continue  # Ryan said, “Sure. …”: the quote is the statement
            if text[s_start:comma].strip() not in CONNECTIVES:
                start = s_start  # These are, he said, "promising signs" of …: the report runs around the cue
            if len(_WORD.findall(text[start:end])) >= 3:
                pending.append(Pending("indirect", start, end, cue, subject, subject[0]))
    return pending


def _plain_report_before(reading: Reading, start: int, end: int) -> bool:
    """The clause before "…, X reports." holds no quote and no speech cue of its own (He said …
    that he was "…," The Post reported: the words are his, the report only passes them on)."""
    if any(start < q.close and q.open_ < end for q in reading.quotes):
        return False
    return not any(start <= cue.start < end for _, cue in _cues(reading, ("clause", "that", "told", "to", "after", "quote")))


def _clause_goes_on_after_quote(reading: Reading, quote: Quote, end: int) -> bool:
    """said "there is no postponing" the newly announced tariffs: the clause goes on after the
    quote with words of its own (three or more), not only with another attribution (," she said)."""
    rest = reading.text[quote.close : end]
    if re.match(r"[\s,]*(?:he|she|they|it|[A-Z][\w.\-’']*(?:\s+[A-Z][\w.\-’']*)*)\s+(?:said|says|added|wrote)\b", rest):
        return False
    return len(_WORD.findall(rest)) >= 3


def _quote_opening_at(reading: Reading, start: int) -> Quote | None:
    return next((q for q in reading.quotes if q.open_ == start), None)


def _only_a_quote(reading: Reading, start: int, end: int) -> Quote | None:
    """The clause text[start:end] is the quote it opens with, and no words of its own after it:
    X said "…" / …, writing “…” / According to X, “…” (not: said "there is no postponing" the tariffs)."""
    quote = _quote_opening_at(reading, start)
    return quote if quote is not None and not _clause_goes_on_after_quote(reading, quote, end) else None


def _quote_fills(reading: Reading, start: int, end: int) -> bool:
    """The clause is one quote ("…" with nothing after it but punctuation)."""
    quote = _quote_opening_at(reading, start)
    return quote is not None and not reading.text[quote.close : end].strip(" .,;”\"")


def _title_phrase(words: str) -> bool:
    """What may stand between a comma and the speaker's name: nothing, "the", or a few words
    of title (Democratic vice presidential candidate) — no clause (and then, when he)."""
    parts = words.split()
    return len(parts) <= 5 and not {w.lower() for w in parts} & _NOT_IN_DESCRIPTION


def _clause_before(reading: Reading, s_start: int, comma: int, cue: Cue, subject: tuple[int, int]) -> list[Pending]:
    text = reading.text
    start, end = _after_dateline(text, s_start), comma
    connective = re.match(r"([A-Z][a-z]+(?: [a-z]+)?),\s+", text[start:end])
    if connective and (connective.group(1) in CONNECTIVES or connective.group(1) in CONNECTIVE_PHRASES):
        start += connective.end()  # Meanwhile, X thanked Taiwan …, the release said / In addition, "…," it said
    while end > start and text[end - 1] in " " or (text[end - 1] == "," and text[end - 2 : end - 1] not in CLOSERS):
        end -= 1
    whole_quote = next((q for q in reading.quotes if q.open_ <= start and q.close >= end), None)
    opening = _quote_opening_at(reading, start)
    named_first = opening is not None and (opening.words(text) < MIN_QUOTE_WORDS or opening.is_name(text))
    goes_on = opening is not None and not _only_a_quote(reading, start, end)  # "…" but to take the lead …
    if whole_quote is not None or (text[start] in OPENERS and not named_first and not goes_on) \
            or len(_WORD.findall(text[start:end])) < 3:
        return []  # "…," Clinton said: the quote is the statement (also one closed by a stray '); not "Taiwan Week," an …
    return [Pending("indirect", start, end, cue, subject, subject[0])]


_AS_REPORTED_BY = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))As (?:reported|first reported|noted) by\s+")


def _according_to(reading: Reading) -> list[Pending]:
    """…, according to Politico.  /  According to X, …  — X a name or a publication."""
    text = reading.text
    pending = []
    for m in list(_ACCORDING_TO.finditer(text)) + list(_AS_REPORTED_BY.finditer(text)):
        if _inside(reading.quotes, m.start()):
            continue
        s_start, s_end = _sentence_bounds(reading, m.start())
        source = _source_named(reading, m.end(), s_end)
        if source is None:
            continue
        cue = Cue(m.start(), m.end() - 1, text[m.start() : m.end()].strip())
        if m.start() == s_start:  # According to X, …
            comma = text.find(",", source[1], s_end)
            if comma < 0:
                continue
            start = comma + 1
            while start < s_end and text[start] == " ":
                start += 1
            end = _clause_end(reading, start)
            quote = _only_a_quote(reading, start, end)
            if quote is not None:
                # According to Woodward, “The New York real estate world is …,”: his words as written
                pending.append(Pending("direct", quote.start, quote.end, cue, source, source[0]))
                continue
            pending.append(Pending("indirect", start, end, cue, source, source[0]))
        elif text[s_start : m.start()].rstrip().endswith(","):
            pending += _clause_before(reading, s_start, m.start(), cue, source)
    return pending


def _source_named(reading: Reading, at: int, limit: int) -> tuple[int, int] | None:
    """according to Politico / according to a new article in Politico: the outlet or person;
    an unnamed source (a recent poll of Indiana voters) names no one."""
    text = reading.text
    phrase_end = re.search(r"[,.;]|$", text[at:limit])
    end = at + phrase_end.start()
    named = [m for m in reading.named if at <= m.start and m.end <= end and m.label in ("PERSON", "ORG")]
    if not named:
        named = [m for m in reading.named if m.start == at]
    pollster = re.match(r"(?:an?|the)\s+(?:new\s+|recent\s+|latest\s+)?([A-Z][\w/&.\-]*(?:\s+[A-Z][\w/&.\-]*){0,3})\s+"
                        r"(?:poll|survey|report|study)\b", text[at:end])
    if pollster:  # according to a CNN/WMUR poll: the pollster
        return at + pollster.start(1), at + pollster.end(1)
    if re.fullmatch(r"the (?:poll|survey)", text[at:end]):  # according to the poll: the one named before
        earlier = list(re.finditer(r"\b(?:an?|the)\s+(?:new\s+|recent\s+|latest\s+)?([A-Z][\w/&.\-]*(?:\s+[A-Z][\w/&.\-]*){0,3})"
                                   r"\s+(?:poll|survey)\b", text[:at]))
        if earlier:
            return earlier[-1].start(1), earlier[-1].end(1)
    if not named:
        # according to the committee / the bill: a body or document named before; an
        # indefinite source (a recent poll of Indiana voters) is nobody.
        definite = re.fullmatch(r"the(?: [a-z][\w\-]*){1,2}", text[at:end])
        return (at, end) if definite else None
    person_last = next((m for m in reversed(named) if m.label == "PERSON" and m.end == end), None)
    if person_last is not None and len(named) > 1:
        return person_last.start, person_last.end  # according to Fox News judicial analyst Judge Andrew Napolitano
    first = named[0]
    if first.start == at or re.fullmatch(r"the\s+|(?:the\s+|an?\s+)?[\w\s]*?\s(?:in|by|from)\s+(?:the\s+)?|[A-Z][\w.]*['’]s\s+",
                                         text[at : first.start]):  # a new article in Politico / Taiwan's Ministry of …
        return first.start, first.end
    return None


# "…," Xinhua News Agency cited Senior Colonel Shi Yi, spokesperson for the command, as saying.
_CITED_AS_SAYING = re.compile(r",[”\"]?\s+(?:[^,.;]{2,80}?)\s+(?:cited|quoted)\s+(?P<who>[^.;]{2,120}?)\s+as\s+(?P<cue>saying)[.]")


def _cited_as_saying(reading: Reading) -> list[Pending]:
    """A report that ends by naming its source's source: the clause before the comma is the
    words of the person cited (the first person named after "cited"), as the Chinese 據…引述."""
    text = reading.text
    pending = []
    for m in _CITED_AS_SAYING.finditer(text):
        if _inside(reading.quotes, m.start("cue")):
            continue
        s_start, s_end = _sentence_bounds(reading, m.start("cue"))
        if m.end() > s_end + 1 or m.start() < s_start:
            continue
        who = next((n for n in reading.named if m.start("who") <= n.start and n.end <= m.end("who")
                    and n.label == "PERSON"), None)
        if who is None:
            continue
        cue = Cue(m.start("cue"), m.end("cue"), m.group("cue"))
        comma = m.start() + (2 if text[m.start() + 1 : m.start() + 2] in CLOSERS else 0)  # …targets," keeps its mark
        pending += _clause_before(reading, s_start, comma, cue, (who.start, who.end))
    return pending


def _participle_reports(reading: Reading) -> list[Pending]:
    """…, saying the nominee "…" / …, adding that … / reminding the co-hosts that …: the
    sentence's speaker goes on."""
    text = reading.text
    pending = []
    for frame, cue in _cues(reading, ("after",)):
        if _inside(reading.quotes, cue.start):
            continue
        quoted_as = text[:cue.start].endswith("quoted as ")  # Lin was quoted as saying that …
        by_saying = cue.word in ("saying", "suggesting", "claiming", "arguing", "insisting", "warning") \
            and re.search(r"\b(?:by|for)\s+$", text[:cue.start])  # distinguished himself by saying he'd …
        with_that = re.match(r"\s+that\s", text[cue.end : cue.end + 7])  # revised her statement explaining that …
        if not quoted_as and not by_saying and not with_that and not text[:cue.start].rstrip(" ”\"").endswith(","):
            continue
        addressed = cue.word.startswith(("remind", "tell"))  # telling the crowd, “…”: only "that" reports
        gap = _TOLD_GAP.match(text, cue.end) if addressed else _CLAUSE_GAP.match(text, cue.end)
        if gap is None:
            continue
        start = gap.end()
        if not (text[start : start + 1].isalnum() or text[start : start + 1] in OPENERS):  # "20 staffers have …" too
            continue
        if "that" not in gap.group() and _NOT_CLAUSE.match(text, start):
            continue  # quoted as saying in the release
        end = _clause_end(reading, start)
        if _only_a_quote(reading, start, end):
            continue  # …, writing “…”: the quote is the statement
        verb = _MAIN_VERB_AGAIN.search(text, start, end)
        if verb:  # …, suggesting the U.S. outsource the fight, was tepid about …: the subject's next verb
            end = verb.start()
        subject = _subject_before(reading, cue.start, _sentence_bounds(reading, cue.start)[0]) if quoted_as else None
        cited = re.search(r"\b(?:cited|quoted)\s+(?:[A-Z][\w.\-’']*\s+)*?([A-Z][\w.\-’']*(?:\s+[A-Z][\w.\-’']*)*)\s+as\s+$",
                          text[max(0, cue.start - 120) : cue.start])
        if cited and not quoted_as:  # (spokesperson Michelle Lee) cited Cho as saying that …: Cho's words
            offset = max(0, cue.start - 120)
            person = next((m for m in reading.named if m.start >= offset + cited.start(1) and m.end == offset + cited.end(1)), None)
            subject = (person.start, person.end) if person else (offset + cited.start(1), offset + cited.end(1))
        if len(_WORD.findall(text[start:end])) >= 3:
            pending.append(Pending("indirect", start, end, cue, subject, subject[0] if subject else cue.start))
    return pending


def _names_a_person(reading: Reading, word: str) -> bool:
    """Hillary: … — one word of a person the article names in full (a headline's short form);
    Ted Cruz: ‘…’ — a person the article names so further down."""
    if " " in word:
        return any(m.text == word for m in reading.people)
    return any(word in m.text.split(" ") for m in reading.people if " " in m.text)


# A transcript turn: a paragraph opening with a speaker's label in capitals, inside the quote
# marks a transcript is often wrapped in ("RAMOS:  Secretary Clinton, …).
_TURN = re.compile(r"[“\"]?([A-Z][A-Z.’'\-]+(?: [A-Z][A-Z.’'\-]+){0,2}):\s+(\S[^\n]*?)[”\"]?\s*$")
NOT_SPEAKER_LABELS = frozenset(("VIDEO", "AUDIO", "PHOTO", "UPDATE", "WATCH", "NOTE", "EDITOR'S NOTE", "EXCLUSIVE",
                                "BREAKING", "ABSTRACT", "FULL TEXT", "Q", "A", "QUESTION", "ANSWER", "CROWD", "UNIDENTIFIED"))


def _transcript_turns(reading: Reading) -> list[Pending]:
    """RAMOS: … / CLINTON: … — each turn of a transcript is its speaker's direct words (the
    label not included).  Only where two turns or more make a transcript: one capitalised label
    (UPDATE: …) is a note, not speech."""
    text = reading.text
    turns = []
    for paragraph in re.finditer(r"[^\n]+", text):
        m = _TURN.match(text, paragraph.start(), paragraph.end())
        if m and m.group(1) not in NOT_SPEAKER_LABELS and len(_WORD.findall(m.group(2))) >= 3:
            turns.append(Pending("direct", m.start(2), m.end(2), None, (m.start(1), m.end(1)), m.start(1)))
    return turns if len(turns) >= 2 else []


def _headline(reading: Reading) -> Pending | None:
    """Clinton: I support D.C. statehood. — a first line `Name: words` (cue null); with the
    words in quote marks ('Bill Clinton's fair game.') it is a direct statement."""
    text = reading.text
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    m = re.match(r"([A-Z][\w.’'\- ]{1,40}?):\s+(\S.*?)\s*$", text[:line_end])
    if m is None or not (_mention_ending(reading, m.end(1)) or _names_a_person(reading, m.group(1))):
        return None
    start, end = m.start(2), m.end(2)
    quoted = re.fullmatch(r"['‘“\"](.+?)['’”\"]\.?", text[start:end])  # Ted Cruz: ‘… Offense.’.
    if quoted:
        return Pending("direct", start + 1, start + 1 + len(quoted.group(1)), None, (m.start(1), m.end(1)), 0)
    while end > start and text[end - 1] in ".":
        end -= 1
    return Pending("indirect", start, end, None, (m.start(1), m.end(1)), 0)


# ---------------------------------------------------------------------------------------
# Speakers


def _resolve(reading: Reading, item: Pending) -> None:
    """Turn a pending statement into a Found with its speaker, unless the same speaker's is there
    already.  Another speaker's report may overlap it: Lin said X, according to MOFA gives both
    (nested reports, tests/gold/README.md statements guideline 5)."""
    speaker, cue = _speaker_of(reading, item)
    if speaker is None:
        return
    # Named: a mention, or one word of a person's full name (Lin after Lin Chia-lung, surname first).
    named = any((m.start, m.end) == (speaker.start, speaker.end) or (m.label == "PERSON" and speaker.name in m.text.split())
                for m in reading.named)
    if any(f.kind == item.kind and _overlap(f.start, f.end, item.start, item.end)
           and (f.speaker.name == speaker.name or (f.start, f.end) == (item.start, item.end) or not named)
           for f in reading.found):
        return  # a nested report needs a speaker the mentions name (not "I’m Optimistic Americans Will")
    sentences = sentence_spans(reading.article)
    said_on = _said_on(reading, item)
    reading.found.append(Found(item.kind, item.start, item.end, speaker, cue, sentence_of(sentences, item.start).sent_idx,
                               said_on))


def _speaker_of(reading: Reading, item: Pending) -> tuple[Candidate | None, Cue | None]:
    if item.follows:  # the paragraph before reported its speaker: X said, saying … \n “…”
        text = reading.text
        p_start, _ = _paragraph(text, item.anchor)
        before_end = p_start - 1
        while before_end > 0 and text[before_end - 1] in "\n \t":
            before_end -= 1
        before_start, _ = _paragraph(text, max(0, before_end - 1))
        reported = [f for f in reading.found if before_start <= f.start < p_start and f.speaker is not None]
        if not reported or len({f.speaker.name for f in reported}) > 1:
            return None, None
        return reported[-1].speaker, None
    if item.continues:  # `anchor` is where the quote before starts: it must have been speech
        before = next((f for f in reading.found if f.kind == "direct" and f.start == item.anchor), None)
        if before is None or before.speaker is None:
            return None, None
        return before.speaker, before.cue
    if item.subject is None:  # a participle: the sentence's speaker goes on
        s_start, _ = _sentence_bounds(reading, item.anchor)
        holder = next((f for f in reading.found if f.kind == "indirect" and f.start <= item.anchor < f.end), None)
        opening = _subject_opening(reading, holder.start, item.anchor) if holder is not None else None
        if opening is not None and any(m.start == opening[0] and m.label in ("PERSON", "ORG") for m in reading.named):
            # X said Smith is wrong for saying …: Smith, the clause's subject, says it
            return _candidate(reading, opening), item.cue
        same = [f for f in reading.found if s_start <= f.start < item.anchor or s_start <= f.end <= item.anchor]
        if same:
            return same[-1].speaker, item.cue
        subject = _subject_opening(reading, _after_dateline(reading.text, s_start), item.anchor) \
            or _main_clause_subject(reading, s_start, item.anchor)
        return (_candidate(reading, subject), item.cue) if subject else (None, None)
    return _candidate(reading, item.subject), item.cue


def _candidate(reading: Reading, span: tuple[int, int]) -> Candidate | None:
    text = reading.text
    start, end = span
    words = text[start:end]
    if words in PRONOUNS:
        return _antecedent(reading, start, "f" if words.lower() == "she" else "m")
    if words in GROUP_PRONOUNS:
        last = _last_statement(reading, start)
        near = last is not None and reading.text.count("\n", last.start, start) <= 1
        return last.speaker if near and last.speaker.kind != "PERSON" else None
    if _is_description(reading, words):  # the person named before, else the description itself
        titled = _person_titled(reading, words, start)
        if titled is not None:  # the president told The Atlantic → President Obama named before
            return Candidate(titled.start, titled.end, titled.text, "PERSON", titled.start, entity_id=titled.entity_id)
        return _antecedent(reading, start) or Candidate(start, end, words, "PERSON", start)
    if words.isupper() and len(words) > 2:  # a transcript label (CLINTON:): the person named so in the text
        person = next((m for m in reading.people if m.text.split(" ")[-1].upper() == words and " " in m.text), None)
        if person is not None:  # the label as written (offsets index it), linked to the person
            return Candidate(start, end, words, "PERSON", start, entity_id=person.entity_id)
    if words.lower().startswith(("a ", "an ")) or words in reading.lexicon.anonymous:
        return None  # a source nobody named ("a spokesman said", "Sources have also said")
    if re.fullmatch(r"[Tt]he (?:source|sources|official|officials|insider|person)", words):
        return None  # "the source said": the one "according to a source" introduced, still unnamed
    body = _body_named_before(reading, words, start) or _body_described_before(reading, words, start)
    if body is not None:  # the ministry said → the Ministry of Foreign Affairs named before
        return Candidate(body.start, body.end, body.text, "ORG", body.start, entity_id=body.entity_id)
    mention = next((m for m in reading.named if m.start == start and m.end == end), None)
    kind = mention.label if mention else ("PERSON" if words[:1].isupper() else "ORG")
    return Candidate(start, end, words, kind, start, entity_id=mention.entity_id if mention else None)


def _body_named_before(reading: Reading, words: str, before: int) -> Mention | None:
    """the ministry / the bureau / the committee: the last organisation named before whose name
    holds that noun (Ministry of Foreign Affairs, Bureau of Labor Funds), as 它 is resolved in
    Chinese; a noun no named body holds (the bill, the company) speaks as written."""
    head = re.fullmatch(r"[Tt]he ([a-z]+)", words)
    if head is None:
        return None
    noun = head.group(1).capitalize()
    return next((m for m in reversed(reading.named) if m.label == "ORG" and m.end <= before
                 and noun in m.text.split() and not _inside(reading.quotes, m.start)), None)


def _body_described_before(reading: Reading, words: str, before: int) -> Mention | None:
    """the ratings agency / the company said: a kind of body, not its name — the last body that
    spoke before (within a few paragraphs), else the last organisation named before; as 該公司
    is resolved in Chinese."""
    head = re.fullmatch(r"[Tt]he(?: [a-z][\w\-]*)* (" + "|".join(BODY_NOUNS) + ")", words)
    if head is None:
        return None
    text = reading.text
    spoke = [f for f in reading.found if f.start < before and f.speaker is not None and f.speaker.kind == "ORG"
             and text.count("\n", f.start, before) <= ANTECEDENT_PARAGRAPHS]
    if spoke:
        last = max(spoke, key=lambda f: f.start).speaker
        mention = next((m for m in reading.named if m.start == last.start), None)
        if mention is not None:
            return mention
    return next((m for m in reversed(reading.named) if m.label == "ORG" and m.end <= before
                 and not _inside(reading.quotes, m.start) and text.count("\n", m.start, before) <= ANTECEDENT_PARAGRAPHS), None)


def _person_titled(reading: Reading, words: str, before: int) -> Mention | None:
    """the president / the senator: the last person named before with that title written
    right before the name (President Obama, Pres. Obama, Sen. Cruz)."""
    head = words.split(" ")[-1].lower()
    forms = {head, head[:4] + ".", head[:3] + "."}  # president, Pres., Sen.
    text = reading.text
    for m in reversed(reading.people):
        if m.end > before:
            continue
        title = re.search(r"([A-Za-z]+\.?)\s+$", text[max(0, m.start - 20) : m.start])
        if title and title.group(1).lower() in forms:
            return m
    return None


def _is_description(reading: Reading, words: str) -> bool:
    """the Democratic frontrunner, the former CEO of Hewlett-Packard: a role, not a name."""
    if not words.lower().startswith("the "):
        return False
    head = re.split(r"\s+(?:of|for|at)\s+", words)[0].split(" ")[-1]
    return head.lower() in reading.titles


def _antecedent(reading: Reading, before: int, gender: str | None = None) -> Candidate | None:
    """he/she: inside a report, its speaker (Trump said he believes …); else the last speaker
    quoted before (within a few paragraphs) unless a person opening a sentence was named since;
    else the last person named outside quotes who is the subject of a clause (not "over
    Clinton", not "Obama's approach").  A person of the other gender (by Mr./Mrs. or a female
    given name) is passed over."""
    text = reading.text
    around = next((f for f in reading.found if f.kind == "indirect" and f.start <= before < f.end
                   and f.speaker is not None and _gender_fits(reading, f.speaker.name, gender)), None)
    if around is not None:
        return around.speaker
    last = _last_statement(reading, before, gender)
    people = [m for m in reading.people if m.end <= before and text[m.end : m.end + 2] not in ("'s", "’s")
              and _gender_fits(reading, m.text, gender)]
    person = people[-1] if people else None
    since = [m for m in people if m.start >= (last.end if last else 0)]
    # Only a person opening a sentence takes the turn: "Kaine did not see the point." (not the
    # object of "if Trump is elected", nor "Mr. Bezos owns The Post, which has covered Mr. Trump").
    openers = [m for m in since if _opens_sentence(reading, m)]
    if last is not None and not openers and text.count("\n", last.start, before) <= ANTECEDENT_PARAGRAPHS:
        return last.speaker  # Kaine did not see the point. “…,” he said: the person named since wins
    if person is None:
        return last.speaker if last else None
    # Juanita Broaddrick, who said Clinton raped her, recounted …: the opener, not the clause's subject.
    subjects = openers or [m for m in since if not _is_object(reading, m)]
    person = subjects[-1] if subjects else person
    return Candidate(person.start, person.end, person.text, "PERSON", person.start, entity_id=person.entity_id)


def _is_object(reading: Reading, mention: Mention) -> bool:
    """A name after a preposition or a conjunction (a lead over Clinton, hosted by CNN)."""
    s_start, _ = _sentence_bounds(reading, mention.start)
    return bool(_BEFORE_OBJECT.search(reading.text, s_start, mention.start))


def _gender_fits(reading: Reading, name: str, gender: str | None) -> bool:
    found = _gender_of(reading, name)
    return gender is None or found is None or found == gender


def _gender_of(reading: Reading, name: str) -> str | None:
    """"f" / "m" when the article says so: Mrs./Ms./Mr. before the surname, or a given name of
    known gender before it in any mention of the person; else None (unknown)."""
    surname = name.split(" ")[-1]
    if not surname[:1].isupper():
        return None
    cache = reading.genders
    if surname not in cache:
        text = reading.text
        gender = None
        if re.search(rf"\b(?:Mrs|Ms|Miss)\.? {re.escape(surname)}\b", text):
            gender = "f"
        elif re.search(rf"\bMr\.? {re.escape(surname)}\b", text):
            gender = "m"
        else:
            for m in reading.people:
                words = m.text.split(" ")
                if len(words) > 1 and words[-1] == surname and words[0] in reading.lexicon.given_names:
                    gender = reading.lexicon.given_names[words[0]]
                    break
        cache[surname] = gender
    return cache[surname]


def _opens_sentence(reading: Reading, mention: Mention) -> bool:
    """The person opens the sentence: nothing but a connective, a wire dateline and words of
    title before the name (House Intelligence Republican Mike Pompeo, …)."""
    s_start, _ = _sentence_bounds(reading, mention.start)
    before = reading.text[_after_dateline(reading.text, s_start) : mention.start]
    before = re.sub(r"^(?:But|And|Then|Still|Meanwhile|However|Later)?,?\s*", "", before)
    # … or a description in apposition: "The alleged shooter, Robert Lewis Dear, is …"
    return not before or bool(re.fullmatch(r"(?:[A-Z][\w.\-’']*\s+)+|[Tt]he(?:\s+[a-z][\w\-]*){1,4},\s+", before))


def _last_statement(reading: Reading, before: int, gender: str | None = None) -> Found | None:
    earlier = [f for f in reading.found if f.start < before and f.speaker is not None
               and (gender is None or f.speaker.kind != "PERSON" or _gender_fits(reading, f.speaker.name, gender))]
    return max(earlier, key=lambda f: f.start) if earlier else None


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _quotes_inside_clauses(reading: Reading) -> None:
    """A quote of four words or more inside a reported clause is also the speaker's direct
    words (…, saying the nominee "hasn't given this issue much thought.")."""
    for quote in reading.quotes:
        if quote.words(reading.text) < MIN_QUOTE_WORDS or quote.is_name(reading.text):
            continue
        if any(f.kind == "direct" and _overlap(f.start, f.end, quote.start, quote.end) for f in reading.found):
            continue
        if re.match(r"[a-z]+ing\b", reading.text[quote.start : quote.end]):
            continue  # "declaring [our] fundamental values": a gerund phrase names an act, says nothing
        holder = next((f for f in reading.found if f.kind == "indirect" and f.start <= quote.open_ and quote.close <= f.end + 1), None)
        if holder is not None:
            reading.found.append(Found("direct", quote.start, quote.end, holder.speaker, holder.cue, holder.sent_idx, holder.said_on))


# ---------------------------------------------------------------------------------------
# said_on


def _said_on(reading: Reading, item: Pending) -> str | None:
    """A day the sentence names outside the statement: before it (Sunday on CNN …, X said; X
    told a briefing on Thursday that …) or just after the cue (Fiorina said Monday)."""
    s_start, s_end = _sentence_bounds(reading, item.anchor)
    s_start = _after_dateline(reading.text, s_start)  # Taipei, April 26 (CNA): the filing day, not the saying's
    reach = (item.cue.end + SAID_ON_REACH) if item.cue else s_start
    for timex in reading.article.time_expressions:
        if not (s_start <= timex.start < s_end):
            continue
        if not (_DAY_VALUE.match(timex.value or "") or (_MONTH_VALUE.match(timex.value or "")
                                                         and timex.start < item.start and _month_dates_saying(reading, s_start, timex))):
            continue
        if _overlap(timex.start, timex.end, item.start, item.end) or _inside(reading.quotes, timex.start):
            continue
        if timex.start < item.start or timex.start <= reach:
            return timex.value
    return None


# A month dates a statement when it opens the sentence (Earlier this month, Trump indicated …) or
# names the occasion (an October CNN interview, a September debate), not in "Entering the final
# contests in June, … has vowed to …".
_SENTENCE_OPENING_MONTH = re.compile(r"(?:(?:[Ee]arlier|[Ll]ater|[Ll]ate|[Ee]arly)\s+|(?:[Ii]n|[Aa]s recently as|[Dd]uring|[Aa]t|[Ss]ince)\s+)?(?:an?\s+|the\s+)?$")
_OCCASION_AFTER = re.compile(r"(?:\s+[A-Z][\w.]*)*\s+(?:interview|debate|speech|statement|rally|press conference|news conference|"
                             r"hearing|op-ed|letter|tweet|post|town hall|address|briefing|meeting|call)s?\b")


def _month_dates_saying(reading: Reading, s_start: int, timex) -> bool:
    text = reading.text
    return bool(_SENTENCE_OPENING_MONTH.fullmatch(text, s_start, timex.start) or _OCCASION_AFTER.match(text, timex.end))


def _carry_said_on(reading: Reading) -> None:
    """A speaker's later statements keep the occasion of the first dated one (the same interview)."""
    occasion: dict[str, str] = {}
    for f in sorted(reading.found, key=lambda f: f.start):
        key = _speaker_key(f)
        if f.said_on:
            occasion[key] = f.said_on  # the latest occasion: In a September debate, … "…," he said
        elif key in occasion:
            f.said_on = occasion[key]


def _speaker_key(found: Found) -> str:
    """Fiorina and Carly Fiorina are one speaker: the last word of the name."""
    return found.speaker.name.split(" ")[-1] if found.speaker else ""

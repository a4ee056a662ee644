"""One entity per real-world person, organisation or place.

Taiwan, Hong Kong and mainland outlets transliterate foreign names differently (川普 / 特朗普,
普亭 / 普京, 賀錦麗 / 哈里斯) and OpenCC does not map them, so a curated alias table
(`resources/aliases.tsv`) gives each well-known person one canonical key; everyone else is
keyed by the Simplified form of the name as written.  Entity ids come from
`entity_id_for(kind, key)`, so the same person gets the same id in every article and run and
the store can merge across articles by id.

Merging is conservative: only whole names merge (a bare surname such as 川 is never an alias),
plus two in-article rules that cannot join different people — an English name in brackets
right after a Chinese one (托夫特(Monica Toft)) and the last part of a dotted foreign name
(唐納·川普 … 川普) when only one full name in the article ends that way.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from pipeline.article import Article, Entity, Mention
from pipeline.config import Config, Resources, data_rows
from pipeline.normalize import Converters, load_converters, make_view

# Name separators that news uses inside foreign names: 唐納·川普, 唐納‧川普, 唐納・川普.
NAME_DOTS = "·‧・•．."
_SEPARATORS = re.compile(r"[·‧・•．.\s\-‐－]+")
_LATIN = re.compile(r"[A-Za-z]")
_HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134F]")  # extension B-F too: 马𫘜 (OpenCC for 馬馼)
# An English name in brackets right after a mention: 托夫特(Monica Toft), 川普（Donald Trump）.
_BRACKETED_LATIN = re.compile(r"\s?[(（]\s*([A-Za-z][A-Za-z .'’\-&]{1,60}?)\s*[)）]")
ENTITY_KINDS = ("PERSON", "ORG", "GPE", "LOC")


def entity_id_for(kind: str, canonical_key: str) -> str:
    """A stable id from the entity's kind and canonical name: the same in every article and run."""
    digest = hashlib.sha1(f"{kind}:{canonical_key}".encode("utf-8")).hexdigest()[:12]
    return f"{kind[0]}{digest}"


# ---------------------------------------------------------------------------------------
# Lexicons


@dataclass(frozen=True)
class Person:
    key: str  # canonical Simplified name: the entity key
    name_en: str | None
    country: str | None
    aliases: tuple[str, ...]  # as written in the table (Traditional, Simplified, English)


@dataclass(frozen=True)
class Country:
    iso2: str
    name_en: str
    name_hans: str
    name_hant: str


@dataclass(frozen=True)
class CountryForm:
    iso2: str
    kind: str  # name | prefix | cue


@dataclass(frozen=True)
class Organization:
    key: str  # canonical Simplified form
    country: str | None  # None: the body exists in many countries (外交部)
    name_en: str | None
    forms: tuple[str, ...]
    international: bool = False  # 聯合國, 北約: its officials have no country

    def entity_key(self, iso2: str | None) -> str:
        """外交部 of CN and of TW are different bodies; 白宮 and 聯合國 are one whatever the text says."""
        if iso2 and self.country is None and not self.international:
            return f"{iso2}:{self.key}"
        return self.key


@dataclass
class NameLexicon:
    """Everything known about names, all keyed by `form_key` (Simplified, no separators)."""

    converters: Converters
    persons: dict[str, Person] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)  # iso2 -> Country
    country_forms: dict[str, CountryForm] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    surnames: dict[str, str | None] = field(default_factory=dict)  # surname -> pinyin override
    transliteration: frozenset[str] = frozenset()  # characters of transliterated foreign names
    foreign: frozenset[str] = frozenset()  # … of those, the ones rare in Chinese given names
    longest_form: int = 1
    # Every prefix of every key: a scan of the article stops extending a span as soon as
    # no key can start with it (most positions stop after one character).
    organization_prefixes: frozenset[str] = frozenset()
    person_prefixes: frozenset[str] = frozenset()

    def view_of(self, surface: str) -> str:
        return make_view(surface, self.converters)

    def key_of(self, surface: str) -> str:
        return form_key(surface, self.converters)

    @staticmethod
    def view_key(view: str) -> str:
        """`key_of` for text that is already the view (Simplified, half-width): no conversion,
        which is what makes scanning every position of an article cheap."""
        return view_key(view)

    def person(self, surface: str) -> Person | None:
        return self.persons.get(self.key_of(surface))

    def country_form(self, surface: str) -> CountryForm | None:
        return self.country_forms.get(self.key_of(surface))

    def organization(self, surface: str) -> Organization | None:
        return self.organizations.get(self.key_of(surface))

    def country_name(self, iso2: str, lang: str) -> str | None:
        country = self.countries.get(iso2)
        if country is None:
            return None
        return country.name_hant if lang == "zh-Hant" else country.name_hans


def form_key(surface: str, converters: Converters) -> str:
    """Identity of a name form: Simplified, half-width, without dots and spaces; English lower-cased.

    唐納·川普, 唐纳川普 and 唐納‧川普 share a key; so do 'Donald Trump' and 'donald  trump'.
    """
    return view_key(make_view(surface.strip(), converters))


def view_key(view: str) -> str:
    if _HAN.search(view):
        return _SEPARATORS.sub("", view)
    return " ".join(view.lower().replace("’", "'").split())


def _cell(row: list[str], i: int) -> str | None:
    value = row[i] if len(row) > i else ""
    return value if value and value != "-" else None


def load_name_lexicon(config: Config) -> NameLexicon:
    """Aliases, countries, organisations and surnames from `resources/`, keyed by `form_key`."""
    lexicon = NameLexicon(converters=load_converters(config))
    base = config.resources_dir
    for path in sorted(base.glob("aliases*.tsv")):
        if path.name.startswith(("aliases_surnames", "aliases_transliteration")):
            continue
        for row in data_rows(path):
            if len(row) < 5 or row[0] != "PERSON":
                continue
            person = Person(
                key=lexicon.key_of(row[1]),
                name_en=_cell(row, 2),
                country=_cell(row, 3),
                aliases=tuple(a for a in row[4].split("|") if a),
            )
            for alias in (row[1], *person.aliases):
                lexicon.persons.setdefault(lexicon.key_of(alias), person)
    for row in data_rows(base / "aliases_surnames.tsv"):
        lexicon.surnames[lexicon.view_of(row[0])] = _cell(row, 1)
    translit: set[str] = set()
    foreign: set[str] = set()
    for row in data_rows(base / "aliases_transliteration.tsv"):
        chars = set(lexicon.view_of(row[0]))
        translit |= chars
        if _cell(row, 1) == "foreign":
            foreign |= chars
    lexicon.transliteration, lexicon.foreign = frozenset(translit), frozenset(foreign)
    for path in sorted(base.glob("countries*.tsv")):
        for row in data_rows(path):
            if len(row) < 5:
                continue
            country = Country(iso2=row[0], name_en=row[1], name_hans=row[2], name_hant=row[3])
            lexicon.countries[country.iso2] = country
            for column, kind in ((4, "name"), (5, "prefix"), (6, "cue")):
                for form in (_cell(row, column) or "").split("|"):
                    if form:
                        lexicon.country_forms.setdefault(lexicon.key_of(form), CountryForm(country.iso2, kind))
    # English names of countries (China, United States, and U.S./America from the English
    # names list) link English GPE mentions to the same entity as 中國 / 美國.
    for country in list(lexicon.countries.values()):
        lexicon.country_forms.setdefault(lexicon.key_of(country.name_en), CountryForm(country.iso2, "name"))
    for row in data_rows(base / "english_names.txt"):
        if len(row) > 3 and row[3] == "self" and row[2] in lexicon.countries:
            lexicon.country_forms.setdefault(lexicon.key_of(row[0]), CountryForm(row[2], "name"))
    for path in sorted(base.glob("organizations*.txt")):
        for row in data_rows(path):
            forms = tuple(f for f in row[0].split("|") if f)
            if not forms:
                continue
            country = _cell(row, 1)
            org = Organization(
                key=lexicon.key_of(forms[0]),
                country=None if country == "*" else country,
                name_en=_cell(row, 2),
                forms=forms,
                international=country == "*",
            )
            for form in forms:
                lexicon.organizations.setdefault(lexicon.key_of(form), org)
    lexicon.longest_form = max(
        (len(k) for k in (*lexicon.persons, *lexicon.country_forms, *lexicon.organizations)), default=1
    )
    lexicon.organization_prefixes = key_prefixes(lexicon.organizations)
    lexicon.person_prefixes = key_prefixes(lexicon.persons)
    return lexicon


def key_prefixes(keys) -> frozenset[str]:
    return frozenset(key[:n] for key in keys for n in range(len(key) + 1))


def name_lexicon(resources: Resources) -> NameLexicon:
    return resources.get("entities.lexicon", load_name_lexicon)


# ---------------------------------------------------------------------------------------
# Mentions: shared by the stages that add rule mentions (officials, entities)


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def add_mentions(article: Article, new: list[Mention]) -> Article:
    """Add mentions that overlap nothing already there; keep them sorted and renumbered.

    Existing mentions win: the model (or an earlier rule) saw more context than a lexicon hit.
    """
    kept = list(article.mentions)
    for mention in sorted(new, key=lambda m: (m.start, -(m.end - m.start))):
        if mention.end <= mention.start:
            continue
        if mention.label == "PERSON" and mention.source == "rule":
            # A frame read the whole name (胡錫進) where a tagger stopped short (胡錫): the
            # longer rule name replaces PERSON mentions strictly inside it.
            kept = [
                m
                for m in kept
                if not (
                    m.label == "PERSON"
                    and mention.start <= m.start
                    and m.end <= mention.end
                    and (m.end - m.start) < (mention.end - mention.start)
                )
            ]
        if any(overlaps(mention.start, mention.end, m.start, m.end) for m in kept):
            continue
        kept.append(mention)
    kept.sort(key=lambda m: (m.start, m.end))
    article.mentions = [m.model_copy(update={"mention_id": i}) for i, m in enumerate(kept)]
    return article


def rule_mention(article: Article, start: int, end: int, label: str, source: str = "rule") -> Mention:
    return Mention(
        article_id=article.article_id,
        mention_id=0,
        start=start,
        end=end,
        text=article.text[start:end],
        label=label,
        source=source,
    )


# ---------------------------------------------------------------------------------------
# Romanisation


def is_chinese_name(view_name: str, lexicon: NameLexicon) -> bool:
    """A Han name of 2-4 characters starting with a known surname (丁薛祥, 欧阳娜娜)."""
    if not (2 <= len(view_name) <= 4) or not all(_HAN.match(c) for c in view_name):
        return False
    surname = surname_of(view_name, lexicon)
    return surname is not None and len(view_name) - len(surname) <= 2


def looks_chinese(view_name: str, lexicon: NameLexicon) -> bool:
    """彭清 yes, 彭斯 / 卡特 / 普京 no: a surname, then given-name characters that are not typical
    of transliterations.  Decides whether the article's home country may be assumed."""
    if not (2 <= len(view_name) <= 4) or not all(_HAN.match(c) for c in view_name):
        return False
    if set(view_name) & lexicon.foreign:
        return False
    surname = surname_of(view_name, lexicon)
    if surname is not None:
        return len(view_name) - len(surname) <= 2
    # A rarer surname (樓繼偉, 支樹平) still looks Chinese unless every character after the
    # first is a transliteration syllable (卡特, 普納).
    return len(view_name) <= 3 and not all(c in lexicon.transliteration for c in view_name[1:])


def surname_of(view_name: str, lexicon: NameLexicon) -> str | None:
    for size in (2, 1):
        if len(view_name) > size and view_name[:size] in lexicon.surnames:
            return view_name[:size]
    return None


def pinyin_name(view_name: str, lexicon: NameLexicon) -> str | None:
    """'Xi Jinping' style: surname first, given name joined; surname readings from the lexicon."""
    from pypinyin import Style, lazy_pinyin

    surname = surname_of(view_name, lexicon)
    if surname is None:
        return None
    given = view_name[len(surname) :]
    family = lexicon.surnames.get(surname) or "".join(lazy_pinyin(surname, style=Style.NORMAL))
    given_py = "".join(lazy_pinyin(given, style=Style.NORMAL))
    # pypinyin writes ü as v (lv); English renderings use u with the umlaut dropped (Lü → Lu).
    family, given_py = family.replace("v", "u"), given_py.replace("v", "u")
    return f"{family.capitalize()} {given_py.capitalize()}".strip()


# ---------------------------------------------------------------------------------------
# Home country

# Words that mark a Traditional-script article as Taiwan or Hong Kong news when ingest did not
# record the region (Simplified forms: matched on the view).
TAIWAN_CUES = (
    "台湾", "台北", "立委", "行政院", "立法院", "新台币", "中央社", "民进党", "国民党", "陆委会", "蓝委",
    "绿委", "台南", "台中", "高雄", "新北", "桃园", "新竹", "嘉义", "屏东", "宜兰", "花莲", "基隆", "彰化",
    "云林", "苗栗", "台东", "澎湖", "金门",
)
HONG_KONG_CUES = ("香港", "港府", "特首", "立法会", "港元", "港人", "特区政府", "港澳")


def home_country(article: Article) -> str | None:
    """The country a local outlet leaves unnamed: the article's region when ingest knows it,
    else read off the text — Simplified script is mainland news; Traditional script is Taiwan
    news when Taiwan's institutions and places outnumber Hong Kong's (立委, 行政院, 新台幣 …)."""
    if article.region:
        return article.region
    if article.lang == "zh-Hans":
        return "CN"
    if article.lang != "zh-Hant" or not article.view:
        return None
    taiwan = sum(article.view.count(cue) for cue in TAIWAN_CUES)
    hong_kong = sum(article.view.count(cue) for cue in HONG_KONG_CUES)
    if taiwan >= 2 and taiwan > 2 * hong_kong:
        return "TW"
    if hong_kong >= 2 and hong_kong > 2 * taiwan:
        return "HK"
    return None


# ---------------------------------------------------------------------------------------
# Linking


@dataclass
class _Group:
    kind: str
    key: str
    surfaces: list[str] = field(default_factory=list)
    english: list[str] = field(default_factory=list)
    person: Person | None = None
    organization: Organization | None = None
    country: Country | None = None


def _country_prefix(view: str, lexicon: NameLexicon) -> tuple[CountryForm | None, str]:
    """Split 大陆外交部 / 美国国防部 / 俄外交部 into a country and the rest, when the rest is an org."""
    for size in range(min(len(view) - 1, 8), 0, -1):
        form = lexicon.country_forms.get(lexicon.key_of(view[:size]))
        rest = view[size:]
        if form and lexicon.organization(rest) is not None:
            return form, rest
    return None, view


def _official_country_at(article: Article, start: int, end: int) -> str | None:
    """The country of the title frame an ORG mention sits in (大陸外交部發言人郭嘉昆 → CN)."""
    for official in article.officials:
        if official.start <= start and end <= official.end and official.country:
            return official.country
    return None


def _group_key(mention: Mention, article: Article, lexicon: NameLexicon) -> _Group:
    view = article.view[mention.start : mention.end] if article.view else mention.text
    key = lexicon.key_of(view)
    if mention.label == "PERSON":
        person = lexicon.persons.get(key)
        if person:
            return _Group("PERSON", person.key, person=person)
        return _Group("PERSON", key)
    form = lexicon.country_forms.get(key)
    if mention.label in ("GPE", "LOC") and form is not None and form.kind in ("name", "prefix"):
        country = lexicon.countries[form.iso2]
        return _Group("GPE", lexicon.key_of(country.name_hans), country=country)
    if mention.label == "ORG":
        country_form, rest = _country_prefix(view, lexicon)
        org = lexicon.organization(rest)
        if org is not None:
            iso2 = (
                org.country
                or (country_form.iso2 if country_form else None)
                or _official_country_at(article, mention.start, mention.end)
                or home_country(article)
            )
            return _Group("ORG", org.entity_key(iso2), organization=org)
        if form is not None and form.kind == "name":  # 中共 tagged ORG is still the country
            country = lexicon.countries[form.iso2]
            return _Group("GPE", lexicon.key_of(country.name_hans), country=country)
    return _Group(mention.label, key)


def _may_learn_alias(group: _Group, english: str) -> bool:
    """A bracketed English name teaches an alias only for people the curated table does not
    know: for a known person the table is authoritative, so 川普 in 艾瑞克．川普（Eric Trump）
    or 小川普（Donald Trump Jr.）, when the tagger found only 川普, does not make Eric Trump or
    Donald Trump Jr. aliases of Donald Trump."""
    if group.person is None:
        return True
    known = {alias.casefold() for alias in group.person.aliases}
    return english.casefold() in known


def _bracketed_english(article: Article, mention: Mention) -> str | None:
    """托夫特(Monica Toft): the Latin name in brackets after a Chinese one.  After a Latin name
    the bracket is no translation (Ted Cruz (R-Tex.) gave the alias "R-Tex.")."""
    if not _HAN.search(mention.text):
        return None
    match = _BRACKETED_LATIN.match(article.text, mention.end)
    return match.group(1).strip() if match else None


def _english_glosses(article: Article) -> dict[int, int]:
    """mention_id of a Latin mention inside the brackets right after a mention -> that mention."""
    glossed: dict[int, int] = {}
    for mention in article.mentions:
        if mention.label not in ENTITY_KINDS or not _HAN.search(mention.text):
            continue  # only a Chinese name's bracket glosses it (not Ted Cruz (R-Tex.))
        match = _BRACKETED_LATIN.match(article.text, mention.end)
        if not match:
            continue
        for inner in article.mentions:
            if inner.label in ENTITY_KINDS and match.start(1) <= inner.start and inner.end <= match.end(1):
                glossed[inner.mention_id] = mention.mention_id
    return glossed


def _merge_dotted_names(groups: dict[str, _Group], keys: dict[int, str], article: Article, lexicon: NameLexicon) -> None:
    """川普 after 唐納·川普 in the same article: one person, when only one full name ends so."""
    full_names: dict[str, list[str]] = {}
    for key, group in groups.items():
        if group.kind != "PERSON":
            continue
        for surface in group.surfaces:
            parts = [p for p in _SEPARATORS.split(lexicon.view_of(surface)) if p]
            # Han (唐納·川普 … 川普) or a capitalised Latin last name (Hillary Clinton … Clinton).
            last_is_name = _HAN.search(parts[-1]) or parts[-1][:1].isupper()
            if len(parts) > 1 and last_is_name and len(parts[-1]) >= 2:
                full_names.setdefault(lexicon.key_of(parts[-1]), []).append(key)
    for short_key, owners in full_names.items():
        owners = sorted(set(owners))
        short = groups.get(f"PERSON|{short_key}")
        if short is None or len(owners) != 1 or owners[0] == f"PERSON|{short_key}":
            continue
        target = groups[owners[0]]
        if short.person is not None and target.person is not None and short.person != target.person:
            continue
        if target.person is None and short.person is not None:
            target.person, target.key = short.person, short.person.key
        target.surfaces += short.surfaces
        target.english += short.english
        del groups[f"PERSON|{short_key}"]
        for mention_id, key in keys.items():
            if key == f"PERSON|{short_key}":
                keys[mention_id] = owners[0]


def _entity_from_group(group: _Group, article: Article, lexicon: NameLexicon) -> Entity:
    han_surfaces = [s for s in group.surfaces if _HAN.search(s)]
    if group.country is not None:
        name_zh = group.country.name_hant if article.lang == "zh-Hant" else group.country.name_hans
        name_en = group.country.name_en
    else:
        # The most complete form as written in the article (唐納·川普 over 川普).
        name_zh = max(han_surfaces, key=len) if han_surfaces else None
        name_en = None
        if group.person is not None:
            name_en = group.person.name_en
            if name_zh is None:
                name_zh = next((a for a in group.person.aliases if _HAN.search(a)), None)
        elif group.organization is not None:
            name_en = group.organization.name_en
        if name_en is None and group.english:
            name_en = max(group.english, key=len)
        if name_en is None and group.kind == "PERSON" and name_zh and is_chinese_name(lexicon.view_of(name_zh), lexicon):
            name_en = pinyin_name(lexicon.view_of(name_zh), lexicon)
        if name_zh is None and group.kind == "PERSON":
            name_en = name_en or (max(group.surfaces, key=len) if group.surfaces else None)
    aliases: list[str] = []
    table_aliases = group.person.aliases if group.person else (group.organization.forms if group.organization else ())
    for alias in (*group.surfaces, *group.english, *table_aliases):
        if alias and alias not in aliases:
            aliases.append(alias)
    return Entity(
        entity_id=entity_id_for(group.kind, group.key),
        kind=group.kind,  # type: ignore[arg-type]
        name_zh=name_zh,
        name_en=name_en,
        aliases=aliases,
    )


def link_entities(article: Article, resources: Resources) -> Article:
    """Stage: `entity_id` on every PERSON/ORG/GPE/LOC mention, `article.entities`, officials' ids."""
    lexicon = name_lexicon(resources)
    groups: dict[str, _Group] = {}
    keys: dict[int, str] = {}
    glossed = _english_glosses(article)
    for mention in article.mentions:
        if mention.label not in ENTITY_KINDS:
            continue
        if (
            mention.mention_id in glossed
            and glossed[mention.mention_id] in keys
            and _may_learn_alias(groups[keys[glossed[mention.mention_id]]], mention.text)
        ):
            # Mikhail Troitskiy inside 米特羅伊茨基(Mikhail Troitskiy): the same person.
            group_id = keys[glossed[mention.mention_id]]
            groups[group_id].surfaces.append(mention.text)
            keys[mention.mention_id] = group_id
            continue
        found = _group_key(mention, article, lexicon)
        group_id = f"{found.kind}|{found.key}"
        group = groups.setdefault(group_id, found)
        group.surfaces.append(mention.text)
        english = _bracketed_english(article, mention)
        if english and _may_learn_alias(group, english):
            group.english.append(english)
        keys[mention.mention_id] = group_id
    _merge_dotted_names(groups, keys, article, lexicon)

    ids = {group_id: entity_id_for(g.kind, g.key) for group_id, g in groups.items()}
    article.mentions = [
        m.model_copy(update={"entity_id": ids[keys[m.mention_id]]}) if m.mention_id in keys else m
        for m in article.mentions
    ]
    article.entities = [_entity_from_group(g, article, lexicon) for g in groups.values()]
    article.officials = [_with_entity_id(o, article) for o in article.officials]
    return article


def _with_entity_id(official, article: Article):
    for mention in article.mentions:
        if mention.label == "PERSON" and mention.entity_id and mention.start == official.name_start and mention.end == official.name_end:
            return official.model_copy(update={"entity_id": mention.entity_id})
    # The model may have drawn the name a little differently: take a PERSON mention inside it.
    for mention in article.mentions:
        if (
            mention.label == "PERSON"
            and mention.entity_id
            and official.name_start is not None
            and overlaps(mention.start, mention.end, official.name_start, official.name_end or official.name_start)
        ):
            return official.model_copy(update={"entity_id": mention.entity_id})
    return official


def canonical_entity_id(name: str, kind: str | None, resources: Resources) -> str | None:
    """The entity id a user means by a name (`--speaker 川普`, 特朗普 or Trump all give Trump's).

    Tables first (people, countries, organisations with one country); otherwise the id a
    mention of that name would get — PERSON when `kind` is not given.
    """
    if not name or not name.strip():
        return None
    lexicon = name_lexicon(resources)
    key = lexicon.key_of(name)
    if kind in (None, "PERSON") and key in lexicon.persons:
        return entity_id_for("PERSON", lexicon.persons[key].key)
    form = lexicon.country_forms.get(key)
    if kind in (None, "GPE", "LOC") and form is not None and form.kind in ("name", "prefix"):
        return entity_id_for("GPE", lexicon.key_of(lexicon.countries[form.iso2].name_hans))
    if kind in (None, "ORG"):
        country_form, rest = _country_prefix(lexicon.view_of(name), lexicon)
        org = lexicon.organization(rest)
        if org is not None:
            iso2 = org.country or (country_form.iso2 if country_form else None)
            return entity_id_for("ORG", org.entity_key(iso2))
        if kind == "ORG":
            return entity_id_for("ORG", key)
    return entity_id_for(kind or "PERSON", key)

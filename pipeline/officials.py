"""Officials: title frames as Chinese news writes them.

    [status][country][organisation][status][title][name]   大陸外交部時任發言人陸慷
    title、title、…、title name                            中共中央總書記、國家主席、中央軍委主席習近平
    name title                                             川普總統 (only for a name we already know)

The frames are matched on the Simplified view with lexicons (`resources/titles.txt`,
`organizations.txt`, `countries.tsv`, `aliases.tsv`), anchored on a title and read leftwards
for the organisation, country and status, rightwards for the name.  Names come from the NER
mentions when there are any, else from the alias table, else from jieba's person tags, so
the stage works before the NER model lands.

A list of titles sharing one name gives one `officials` row per title, each with its own
organisation (中央軍委 for 主席, none for 國家主席): a query for 國家主席 then finds the row
without parsing a joined string.

The country of a frame is, in order: written in the frame (大陸/美國/俄), implied by the
organisation (白宮 → US) or the title (國務卿 → US, 立委 → TW), shared along a title list,
the person's country in the alias table, and last the article's region — local news names
its own government without a country (Taiwan news writes 外交部 for Taiwan's and 大陸外交部 for
Beijing's).  Simplified-script articles without a region count as mainland news.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from pipeline.article import Article, Mention, Official
from pipeline.config import Config, Resources
from pipeline.entities import (
    NAME_DOTS,
    NameLexicon,
    add_mentions,
    name_lexicon,
    overlaps,
    rule_mention,
)
from pipeline.normalize import make_view

# Status words before a title (時任美國總統, 環球時報前總編輯, 代理主席).
STATUS = {
    "时任": "former",
    "前任": "former",
    "卸任": "former",
    "已故": "former",
    "前": "former",
    "现任": "current",
    "新任": "current",
    "代理": "acting",
    "署理": "acting",
    "代": "acting",
}
# 目前/之前/日前/此前 end in 前 but say nothing about the office.
NOT_STATUS_BEFORE_QIAN = set("目之日此先以提生年月天周週事空眼面")
# Characters that may never start a name: verbs, particles and prepositions right after a title
# (發言人表示, 總統在, 主席與).
NOT_NAME_START = set("的在于与和及也曾将则就还又都是会为被把对向已从到并而或其该这那此等说称表指")
# What may follow a name: the name ends here (胡錫進|去年, 邱垂正|說, 李在明|時).
AFTER_NAME = (
    "说", "表示", "称", "指出", "强调", "认为", "透露", "回应", "提到", "坦言", "直言", "宣布",
    "今天", "今日", "昨天", "昨日", "去年", "今年", "日前", "近日", "随后", "时", "也", "曾",
    "在", "于", "的", "与", "和", "及", "等", "则", "对", "向", "已", "将", "还", "又", "都",
    "就", "是", "会", "为", "被", "率", "出席", "会见", "主持", "发表", "签署", "访问", "致",
)
NAME_POS = ("nr", "nrfg", "nrt", "ns")
# Connectors in a list of titles that share one name (總書記、國家主席; 副總理兼外長).
TITLE_LIST_JOINERS = "、兼和及"
# Demonstratives before a bare title that refers back to a named person (這位總統, 該發言人).
REFERRING = ("这位", "这名", "该名", "该", "此位")
# Characters shared by an organisation and the title after it: 商務部長 = 商務部 + 部長.
SHARED_HEAD = set("部院局署厅处会")


@dataclass(frozen=True)
class Title:
    surface: str  # Simplified
    cls: str  # state | office | role | block
    implied_organization: str | None = None
    implied_country: str | None = None


@dataclass
class TitleLexicon:
    titles: dict[str, Title] = field(default_factory=dict)  # view form -> Title
    longest: int = 1


def load_title_lexicon(config: Config) -> TitleLexicon:
    """`resources/titles*.txt`, keyed by the Simplified view form."""
    from pipeline.normalize import Converters

    converters = Converters()
    lexicon = TitleLexicon()
    for path in sorted(config.resources_dir.glob("titles*.txt")):
        for line in path.read_text("utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")] + ["", "", "", ""]
            surface = make_view(cells[0], converters)
            lexicon.titles[surface] = Title(
                surface=surface,
                cls=cells[1] or "office",
                implied_organization=make_view(cells[2], converters) if cells[2] else None,
                implied_country=cells[3] or None,
            )
    lexicon.longest = max((len(t) for t in lexicon.titles), default=1)
    return lexicon


def title_lexicon(resources: Resources) -> TitleLexicon:
    return resources.get("officials.lexicon", load_title_lexicon)


# ---------------------------------------------------------------------------------------
# Frames


@dataclass
class Frame:
    """One title occurrence with what surrounds it (all offsets into the text)."""

    title_start: int
    title_end: int
    title: Title
    left: int  # start of the whole frame (status, country, organisation)
    org_span: tuple[int, int] | None = None
    org_shares_title: bool = False  # 商務部長: the organisation ends inside the title
    country_span: tuple[int, int] | None = None
    country: str | None = None
    country_is_cue: bool = False
    status: str = "current"
    name_span: tuple[int, int] | None = None
    name_before: bool = False  # 川普總統


def _longest_at(view: str, i: int, table: dict, longest: int, min_len: int = 1):
    for size in range(min(longest, len(view) - i), min_len - 1, -1):
        hit = table.get(view[i : i + size])
        if hit is not None:
            return view[i : i + size], hit
    return None, None


def _longest_ending_at(view: str, end: int, table: dict, longest: int, key=lambda s: s):
    for size in range(min(longest, end), 0, -1):
        if not view[end - size].strip() or view[end - size] in NAME_DOTS:
            continue  # a key ignores spaces and dots; a span must not start with one
        hit = table.get(key(view[end - size : end]))
        if hit is not None:
            return end - size, hit
    return None, None


def scan_titles(view: str, titles: TitleLexicon, names: NameLexicon) -> list[Frame]:
    """Title occurrences, longest match first; block words (委員會, 總統府) hide the titles inside."""
    frames: list[Frame] = []
    i = 0
    while i < len(view):
        surface, title = _longest_at(view, i, titles.titles, titles.longest)
        org_surface, org = _longest_at(view, i, names.organizations, names.longest_form, min_len=2)
        if org is not None and (title is None or len(org_surface) > len(surface)):
            end = i + len(org_surface)
            # 商務部長, 行政院長: the organisation's last character heads the title.
            shared = view[end - 1 : end + 1]
            if view[end - 1] in SHARED_HEAD and shared in titles.titles and titles.titles[shared].cls != "block":
                frames.append(
                    Frame(end - 1, end + 1, titles.titles[shared], left=i, org_span=(i, end), org_shares_title=True)
                )
                i = end + 1
                continue
            i = end
            continue
        if title is None:
            i += 1
            continue
        if title.cls != "block":
            frames.append(Frame(i, i + len(surface), title, left=i))
        i += len(surface)
    return frames


def _country_ending_at(view: str, end: int, names: NameLexicon, article: Article):
    """(start, iso2, is_cue) of a country word ending at `end`, e.g. 美國 in 美國總統."""
    if end >= 2 and view[end - 2 : end] in ("我国", "本国") and article.region:
        return end - 2, article.region, False
    start, form = _longest_ending_at(view, end, names.country_forms, 8, key=names.key_of)
    if form is None:
        return None
    return start, form.iso2, form.kind == "cue"


def extend_left(frame: Frame, view: str, names: NameLexicon, article: Article) -> Frame:
    """Read status, organisation and country leftwards from the title (or its organisation)."""
    left = frame.org_span[0] if frame.org_span else frame.title_start
    for _ in range(5):
        # Status: 前 / 時任 / 代理 …
        status = next((w for w in sorted(STATUS, key=len, reverse=True) if view.startswith(w, left - len(w))), None)
        if status and not (status == "前" and left >= 2 and view[left - 2] in NOT_STATUS_BEFORE_QIAN):
            frame.status = STATUS[status]
            left -= len(status)
            continue
        if frame.org_span is None or frame.org_span[0] == left:
            start, org = _longest_ending_at(view, left, names.organizations, names.longest_form, key=names.key_of)
            if org is not None and left - start >= 2:
                end = frame.org_span[1] if frame.org_span else left
                frame.org_span = (start, end)
                left = start
                if view[left - 1 : left] == "驻" or view[left - 2 : left] == "常驻":  # 常駐聯合國副代表
                    left -= 2 if view[left - 2 : left] == "常驻" else 1
                    frame.org_span = (left, end)
                continue
        if frame.country is None:
            found = _country_ending_at(view, left, names, article)
            if found is not None:
                start, iso2, is_cue = found
                if view[start - 1 : start] == "驻" or view[start - 2 : start] == "常驻":
                    # 中國駐美國大使: the posting, not the ambassador's country.
                    posting_start = start - (2 if view[start - 2 : start] == "常驻" else 1)
                    end = frame.org_span[1] if frame.org_span else left
                    frame.org_span = (posting_start, end)
                    left = posting_start
                    continue
                frame.country, frame.country_span, frame.country_is_cue = iso2, (start, left), is_cue
                left = start
                continue
        break
    frame.left = left
    return frame


def _token_index(article: Article) -> dict[int, int]:
    return {t.start: i for i, t in enumerate(article.tokens)}


def _known_name_at(view: str, i: int, article: Article, names: NameLexicon, learned: set[str]) -> int | None:
    """End of a PERSON mention, alias-table name or name seen earlier in this article at `i`."""
    for mention in article.mentions:
        if mention.label == "PERSON" and mention.start == i:
            return _complete_chinese_name(view, i, mention.end, names)
    for size in range(min(12, len(view) - i), 1, -1):
        key = names.key_of(view[i : i + size])
        if key in names.persons or key in learned:
            return i + size
    return None


def _after_name_ok(view: str, end: int) -> bool:
    if end >= len(view):
        return True
    char = view[end]
    if not ("\u3400" <= char <= "\u9fff"):
        return True
    return any(view.startswith(word, end) for word in AFTER_NAME)


def _jieba_name_at(view: str, i: int, article: Article, names: NameLexicon, token_at: dict[int, int]) -> int | None:
    """End of an unknown name at `i` from jieba's person/place tags (盧特|尼克, 郭嘉昆)."""
    index = token_at.get(i)
    if index is None:
        return None
    tokens = article.tokens
    end = i
    pos_seen = []
    while index < len(tokens) and tokens[index].start == end and tokens[index].pos.startswith(NAME_POS):
        if tokens[index].end - i > 8:
            break
        end = tokens[index].end
        pos_seen.append(tokens[index].pos)
        index += 1
    if end == i:
        # jieba glued the last character of a Chinese name to the next word: 胡錫|進去年.
        return _surname_name_at(view, i, names)
    candidate = view[i:end]
    if not any(p.startswith("nr") for p in pos_seen) and names.country_form(candidate) is not None:
        return None  # 總統 美國 … a place after the title, not a person
    if len(candidate) == 1:
        return _surname_name_at(view, i, names)
    return _complete_chinese_name(view, i, end, names)


def _complete_chinese_name(view: str, start: int, end: int, names: NameLexicon) -> int:
    """胡錫|進去年 → 胡錫進: a surname + one character, when one more character ends the name."""
    if end - start == 2 and view[start] in names.surnames and not _after_name_ok(view, end):
        if end < len(view) and _after_name_ok(view, end + 1) and view[end] not in NOT_NAME_START:
            return end + 1
    return end


def _surname_name_at(view: str, i: int, names: NameLexicon) -> int | None:
    """A Chinese name by shape: surname + one or two characters, then a word that ends names."""
    surname = view[i : i + 2] if view[i : i + 2] in names.surnames else view[i : i + 1]
    if surname not in names.surnames:
        return None
    base = i + len(surname)
    for given in (2, 1):
        end = base + given
        chunk = view[base:end]
        if len(chunk) == given and all("\u4e00" <= c <= "\u9fff" for c in chunk) and not set(chunk) & NOT_NAME_START:
            if _after_name_ok(view, end):
                return end
    return None


def find_name_after(frame: Frame, view: str, article: Article, names: NameLexicon, titles: TitleLexicon, learned: set[str], token_at) -> tuple[int, int] | None:
    i = frame.title_end
    if i < len(view) and view[i] == " ":
        i += 1
    if i >= len(view) or view[i] in NOT_NAME_START:
        return None
    end = _known_name_at(view, i, article, names, learned) or _jieba_name_at(view, i, article, names, token_at)
    if end is None or end <= i:
        return None
    candidate = view[i:end]
    if (
        candidate in titles.titles
        or names.organization(candidate) is not None
        or names.country_form(candidate) is not None
    ):
        return None
    return i, end


def find_name_before(frame: Frame, view: str, article: Article, names: NameLexicon, learned: set[str]) -> tuple[int, int] | None:
    """川普總統, 習近平主席: only a name we already know, right before a bare title."""
    if frame.left != frame.title_start:
        return None
    for mention in article.mentions:
        if mention.label == "PERSON" and mention.end == frame.title_start:
            return mention.start, mention.end
    for size in range(min(12, frame.title_start), 1, -1):
        start = frame.title_start - size
        key = names.key_of(view[start : frame.title_start])
        if key in names.persons or key in learned:
            return start, frame.title_start
    return None


def share_names_along_lists(frames: list[Frame], view: str) -> None:
    """中共中央總書記、國家主席、中央軍委主席習近平: every title in the list gets the name."""
    for index in range(len(frames) - 1, 0, -1):
        current, previous = frames[index], frames[index - 1]
        if current.name_span is None or current.name_before or previous.name_span is not None:
            continue
        if previous.title_end == current.left - 1 and view[previous.title_end] in TITLE_LIST_JOINERS:
            previous.name_span = current.name_span
            country = current.country or previous.country
            for frame in (previous, current):
                if frame.country is None and country:
                    frame.country = country
    for index in range(len(frames) - 1):
        # The country written at the head of a list holds for the whole list.
        current, following = frames[index], frames[index + 1]
        if current.name_span and current.name_span == following.name_span and following.country is None:
            following.country = current.country


def _implied_country(frame: Frame, view: str, article: Article, names: NameLexicon, titles: TitleLexicon) -> str | None:
    if frame.country:
        return frame.country
    if frame.org_span:
        org = names.organization(view[frame.org_span[0] : frame.org_span[1]].lstrip("常驻"))
        if org and org.country:
            return org.country
    if frame.title.implied_organization:
        org = names.organization(frame.title.implied_organization)
        if org and org.country:
            return org.country
    if frame.title.implied_country:
        return frame.title.implied_country
    if frame.name_span:
        person = names.person(view[frame.name_span[0] : frame.name_span[1]])
        if person and person.country:
            return person.country
    return _home_country(article)


def _home_country(article: Article) -> str | None:
    if article.region:
        return article.region
    return "CN" if article.lang == "zh-Hans" else None


def _organization_text(frame: Frame, article: Article, names: NameLexicon, country: str | None) -> str | None:
    if frame.org_span:
        return article.text[frame.org_span[0] : frame.org_span[1]]
    implied = frame.title.implied_organization
    if implied:
        if article.view.startswith(implied, frame.title_start):
            return article.text[frame.title_start : frame.title_start + len(implied)]
        converters = names.converters
        return converters.s2t.convert(implied) if article.lang == "zh-Hant" else implied
    if frame.title.cls == "state" and country:
        # Heads of state and government hold office in the state itself (SPEC: 川普 → 美國).
        return names.country_name(country, article.lang)
    return None


def official_rows(frames: list[Frame], article: Article, names: NameLexicon, titles: TitleLexicon) -> list[Official]:
    rows = []
    view = article.view
    for frame in frames:
        if frame.name_span is None or frame.title.cls not in ("state", "office"):
            continue
        name_start, name_end = frame.name_span
        country = _implied_country(frame, view, article, names, titles)
        title_span = (frame.org_span[0], frame.title_end) if frame.org_shares_title else (frame.title_start, frame.title_end)
        start = min(frame.left, name_start)
        end = max(frame.title_end, name_end)
        rows.append(
            Official(
                article_id=article.article_id,
                name=article.text[name_start:name_end],
                title=article.text[title_span[0] : title_span[1]],
                organization=_organization_text(frame, article, names, country),
                country=country,
                start=start,
                end=end,
                name_start=name_start,
                name_end=name_end,
                status=frame.status,
            )
        )
    return rows


def frame_mentions(frames: list[Frame], article: Article) -> list[Mention]:
    """PERSON, TITLE, ORG and GPE mentions for what the frames found."""
    found: list[Mention] = []
    for frame in frames:
        if frame.org_shares_title and frame.org_span:
            found.append(rule_mention(article, frame.org_span[0], frame.title_end, "TITLE"))
        else:
            found.append(rule_mention(article, frame.title_start, frame.title_end, "TITLE"))
            if frame.org_span:
                found.append(rule_mention(article, frame.org_span[0], frame.org_span[1], "ORG"))
        if frame.country_span and not frame.country_is_cue:
            found.append(rule_mention(article, *frame.country_span, "GPE"))
        if frame.name_span:
            found.append(rule_mention(article, *frame.name_span, "PERSON"))
    return found


def repeated_name_mentions(article: Article, names: NameLexicon, learned: set[str], token_at: dict[int, int]) -> list[Mention]:
    """Every other place a frame name or alias-table name occurs (林劍說, 川普表示).

    A two-character hit must line up with jieba's word boundaries, so 李強 is not found in
    …李強調… and 王毅 not in 王毅然.
    """
    view = article.view
    token_ends = {t.end for t in article.tokens}
    found = []
    i = 0
    while i < len(view):
        end = None
        for size in range(min(12, len(view) - i), 1, -1):
            key = names.key_of(view[i : i + size])
            if key in names.persons or key in learned:
                if size == 2 and article.tokens and (i not in token_at or i + size not in token_ends):
                    continue
                end = i + size
                break
        if end is None:
            i += 1
            continue
        source = "alias" if names.key_of(view[i:end]) in names.persons else "rule"
        found.append(rule_mention(article, i, end, "PERSON", source=source))
        i = end
    return found


def find_officials(article: Article, resources: Resources) -> Article:
    """Stage: `article.officials`, plus PERSON/TITLE/ORG/GPE mentions the frames found."""
    if article.lang == "en" or not article.text:
        return article
    if not article.view:
        article.view = make_view(article.text)
    titles = title_lexicon(resources)
    names = name_lexicon(resources)
    view = article.view
    token_at = _token_index(article)
    learned: set[str] = set()

    frames = [extend_left(frame, view, names, article) for frame in scan_titles(view, titles, names)]
    for frame in frames:
        span = find_name_after(frame, view, article, names, titles, learned, token_at)
        if span is None:
            span = find_name_before(frame, view, article, names, learned)
            frame.name_before = span is not None
        if span is not None:
            frame.name_span = span
            learned.add(names.key_of(view[span[0] : span[1]]))
    share_names_along_lists(frames, view)

    article.officials = official_rows(frames, article, names, titles)
    article = add_mentions(article, frame_mentions(frames, article))
    return add_mentions(article, repeated_name_mentions(article, names, learned, token_at))


# ---------------------------------------------------------------------------------------
# Referring back


def _view_slice(article: Article, surface: str, start: int, end: int) -> str:
    """The Simplified form of `surface`, read off the view where it occurs in [start, end)."""
    at = article.text.find(surface, start, end)
    if at < 0 or not article.view:
        return surface
    return article.view[at : at + len(surface)]


def official_for_title(article: Article, title_surface: str, before_offset: int) -> Official | None:
    """The named official a bare title refers back to: 發言人 / 這位總統 / 該發言人.

    `title_surface` is the bare title as written right before `before_offset`; the answer is the
    last official before it whose title ends with that title (外交部發言人 for 發言人), but a
    副總統 is never the referent of a bare 總統.
    """
    bare = _view_slice(article, title_surface, max(0, before_offset - len(title_surface) - 4), len(article.text))
    for prefix in REFERRING:
        if bare.startswith(prefix):
            bare = bare[len(prefix) :]
            break
    if not bare:
        return None
    best = None
    for official in article.officials:
        if official.end > before_offset:
            continue
        title = _view_slice(article, official.title, official.start, official.end)
        if not title.endswith(bare):
            continue
        deputy = len(title) > len(bare) and title[-len(bare) - 1] == "副" and not bare.startswith("副")
        if not deputy:
            best = official
    return best

"""Officials: title frames as Chinese news writes them.

    [status][country][organisation][status][title][name]   大陸外交部時任發言人陸慷
    title、title、…、title name                            中共中央總書記、國家主席、中央軍委主席習近平
    name title                                             川普總統 (only for a name we already know)

The frames are matched on the Simplified view with lexicons (`resources/titles.txt`,
`organizations.txt`, `countries.tsv`, `aliases*.tsv`), anchored on a title and read leftwards
for the organisation, country and status, rightwards for the name.  Names come from the NER
mentions when there are any, else from the alias table or a name read earlier in the article,
else from an English name in brackets (賽蒙斯（Emilie Simons）), else from jieba's person tags
repaired where jieba cuts names (胡錫|進去年, 格里|先科), so the stage works without a model.

Choices the `officials` table relies on:
- A list of titles sharing one name gives one row per title, each with its own organisation
  (中央軍委 for 主席, none for 國家主席): a query for 國家主席 finds the row without parsing.
- `title` is the office as written without its status word: 環球時報前總編輯胡錫進 → title
  總編輯, status former (前/時任/原/卸任 → former, 代理/署理 → acting).  Where the title
  contains its body (商務部長, 外長) the body is the organisation (商務部, 外交部).
- A head of state or government holds office in the state itself: 美國總統川普 → organisation
  美國 (SPEC), in the article's script.  Roles that are not offices (教授, 記者) become TITLE
  mentions but no rows.
- A division's Party committee is fused with its post as written: 上海市委书记 → title
  上海市委书记, organisation 上海市委 (and 市长 listed after it serves 上海市).  A candidacy is
  one title with the nominating party as body: 國民黨台北市長參選人 → 台北市長參選人, 國民黨.

The country of a frame is, in order: written in the frame (大陸/美國/俄), implied by the
organisation (白宮 → US) or the title (國務卿 → US, 立委 → TW), shared along a title list,
the person's country in the alias table, an earlier frame of the same name or of a person of
the same kind in the same sentence (俄羅斯總理梅德韋傑夫責成副總理羅戈津), and last the
article's home country for a Chinese-looking name — local news names its own government
without a country (Taiwan news writes 外交部 for Taiwan's and 大陸外交部 for Beijing's).
International bodies (聯合國, 世界銀行) give no country.

Besides `article.officials`, the stage adds the mentions the frames found (PERSON, TITLE, ORG,
GPE; source "rule") and every later occurrence of a frame name or alias-table name (source
"rule"/"alias"), never over a mention already there.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import islice, pairwise, takewhile

from pipeline import english
from pipeline.article import Article, Mention, Official
from pipeline.config import Config, Resources, data_rows
from pipeline.entities import (
    _BRACKETED_LATIN,
    NAME_DOTS,
    NameLexicon,
    add_mentions,
    home_country,
    key_prefixes,
    looks_chinese,
    name_lexicon,
    rule_mention,
)
from pipeline.normalize import Converters, load_converters, make_view
from pipeline.ner_recognizers import DAY_DEICTIC, TIME_WORD_AFTER
from pipeline.segment import load_segmenter

# Status words before a title (時任美國總統, 環球時報前總編輯, 代理主席).
STATUS: dict[str, str | None] = {
    "时任": "former",
    "前任": "former",
    "卸任": "former",
    "已故": "former",
    "故": "former",  # 日本故首相安倍晉三, 故總統蔣經國: the late holder
    "上届": "former",  # 上屆市長林佳龍: the previous term's holder
    "原": "former",  # 遼寧省委原書記王珉 (mainland usage)
    "前": "former",
    "现任": "current",
    "新任": "current",
    "候任": "current",  # 美國候任總統川普: the incoming holder, a 任 word like 時任/新任, not the post
    "代理": "acting",
    "看守": "acting",  # 伊拉克看守总理马利基: a caretaker
    "署理": "acting",
    "代": "acting",
    "女": None,  # 義大利女總理梅洛尼: says nothing about the office, but sits inside the frame
    "临时": None,  # 埃及临时总统曼苏尔: an interim holder holds the office
    "退休": "former",  # 研究中心退休研究員劉小如: retired from the post
}
# Words between a body and its title that are neither (台大|兼任|助理教授, 亞利桑那州|聯邦|參議員); read
# only right before the title, where no body's name continues (俄羅斯聯邦委員會 keeps its 聯邦).
TITLE_MODIFIERS = ("兼任", "专任", "联邦")
# Ranks written before a title that name a different post, kept in the title as written: 共同主席 and
# 联合主席 (co-chair), 执行主任 (executive director), 第一副总理, 首席顾问, 名誉主席, 资深研究员, 特别顾问,
# 准总统候选人 (presumptive nominee: not yet nominated).
# Read only where the rank begins a word, so a body's name ending in these characters keeps them.
RANK_PREFIXES = ("共同", "联合", "执行", "第一", "首席", "名誉", "荣誉", "资深", "特别", "高级", "高阶", "准")
STATUS_WORDS = sorted(STATUS, key=len, reverse=True)
# 目前/之前/日前/此前 end in 前 but say nothing about the office.
NOT_STATUS_BEFORE_QIAN = set("目之日此先以提生年月天周週事空眼面")
# 取代/替代 (replace) and 时代/年代/世代 end in 代 but make no acting holder (取代總統拜登).
NOT_STATUS_BEFORE_DAI = set("取替时年世交现近古历后换")
# Characters that may never start a name: verbs, particles and prepositions right after a title
# (發言人表示, 總統在, 主席與).
NOT_NAME_START = set("的在于与和及也将则就还又都是会为被把对向已从到并而或其该这那此等说称表指之致暨兼")
# Words right after a title that start like a surname but are not names (市長|任內, 總統|任期).
NOT_NAME_WORDS = ("任内", "任期", "任上", "期间", "时期", "一职", "身份", "身分", "人选", "职务", "候选")
# What may follow a name: the name ends here (胡錫進|去年, 邱垂正|說, 李在明|時).
AFTER_NAME = (
    "说", "表示", "称", "指出", "强调", "认为", "透露", "回应", "提到", "坦言", "直言", "宣布",
    "今天", "今日", "昨天", "昨日", "去年", "今年", "日前", "近日", "随后", "时", "也", "曾",
    "在", "于", "的", "与", "和", "及", "等", "则", "对", "向", "已", "将", "还", "又", "都",
    "就", "是", "会", "为", "被", "率", "出席", "会见", "主持", "发表", "签署", "访问", "致",
    "作", "代表", "同", "一行", "表态", "抵达", "此前", "近期", "上午", "下午", "晚间", "当天",
    "涉嫌", "因", "透过", "通过", "以及", "接受", "日前", "先前", "早前",
    "痛批", "批评", "抨击", "质疑", "呼吁", "反驳", "怒批", "痛斥", "坦承", "澄清", "解释", "补充",
    "提醒", "建议", "希望", "担心", "回呛", "喊话", "受访", "上午", "昨天", "昨日", "今日",
    "召开", "出面", "率团", "发言", "接见", "举行", "前往", "抵达", "出访", "主张", "坦言",
    "报告", "说明", "致词", "致辞", "宣读", "答询", "答复", "回答", "证实", "指控", "到场",
    "陆军", "海军", "空军", "火箭军",  # 施毅陆军大校: the service and rank follow the name
    "今(", "今（",  # 楊瓊瓔今(18日)表示: Taiwan papers date a statement right after the name
)
NAME_POS = ("nr", "nrfg", "nrt", "ns")
# A report made (CCTV: 委员安建作的关于…的汇报, …作了说明): 作 + 的/了 after a name is the verb, never a
# name's last character.
VERBS_GLUED_TO_NAMES = ("作的", "作了")
REGNAL_NUMERALS = set("一二三四五六七八九十")
_LATIN_GLOSS = re.compile(r"[A-Za-z][A-Za-z .'&\-]*")
_ELECTION_YEAR = re.compile(r"(?:19|20)\d\d年?")
_STOCK_CODE = re.compile(r"\d{4,6}(?:\.?[A-Z]{1,4})?")  # 台積電（2330）, 鴻海(2317.TW)
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_NAME_PARTS = re.compile(r"[·‧・•．.\-]")
# Long forms that follow a country's name: 斐濟共和國, 澳大利亞聯邦, 沙烏地阿拉伯王國.
STATE_SUFFIXES = ("共和国", "联邦", "王国")
# Offices one person holds at a time: a name listed after them is someone else's.
SINGLE_HOLDER_TITLES = frozenset(
    ("总统", "副总统", "总理", "副总理", "首相", "国家主席", "国家副主席", "国王", "女王", "总督", "教宗", "总书记",
     "委员长", "国务卿", "秘书长", "外长", "防长", "院长", "市长", "州长", "省长", "县长", "发言人",
     "书记长", "总召", "总召集人", "召集人", "主委", "总干事", "干事长", "议长", "校长", "局长", "署长")
)
# Titles news puts after a bare surname for a leader it has named before (賴總統, 習主席).
SURNAME_TITLES = frozenset(("总统", "副总统", "主席", "副主席", "总理", "院长", "总书记"))  # 习副主席 (2012)
# Nouns a bare title modifies, so that a name before it is not its holder (賀錦麗|總統選戰).
TITLE_AS_MODIFIER = ("选战", "选举", "大选", "任期", "职位", "宝座", "候选", "参选", "一职", "职务", "人选", "府",
                     "办公厅", "办公室")  # 白总统办公厅: the office of the post, 白 is Belarus
# Posts in the Party group or committee inside a body (党组书记, 党委副书记): the body is the one
# the list names before them.
PARTY_GROUP_POSTS = ("党组", "党委")
# Words right before a post that make it the post contested, not held (參選|台北市長丁守中 ran for
# mayor; 2022大選|桃園市長張善政鄭運鵬 names a race).  A candidacy title (市長參選人) is a post of its own;
# 競選 is left out, since it also names the campaign whose post follows (賀錦麗競選|總幹事狄倫).
CONTEST_WORDS = ("参选", "角逐", "大选")
# A place referred back to right before a post (該州州長, 该国总理): the post is that place's.
PLACES_REFERRED_BACK = ("该国", "该州", "该省", "该市", "该县")
# Ranks below a body's head (副主委, 次長): named after the head with 與/和, they share its body.
DEPUTY_RANKS = ("副", "次长", "政务次长", "常务次长")
# Words after a title that make it a candidacy for that post (市長參選人, 立委候選人).
CANDIDACY_WORDS = ("参选人", "候选人", "被提名人")  # 主委被提名人: a nominee for the post
# Quotes around a body's name before its title (「安格奇行動」執行長); marks inside mean a
# quoted phrase, not a name.  A Latin-letter body runs over words, digits and & . ' -.
QUOTE_OPENERS, QUOTE_CLOSERS = "「『“", "」』”"
_QUOTE_BREAKS = re.compile(r"[，,。；;：:！!？?「」『』“”]")
_LATIN_BODY = re.compile(r"[A-Za-z][A-Za-z0-9 &.'\-]*[A-Za-z0-9]$")
# Connectors in a list of titles that share one name (總書記、國家主席; 副總理兼外長; a TV
# caption's spaces: 国家卫生和计划生育委员会主任　党组书记　李斌).
TITLE_LIST_JOINERS = "、兼和及暨 \u3000"  # 創辦人暨經濟學家艾修: 暨 (and) joins two of his titles
# What continues a list of titles or names (习近平总书记、国家主席和…: the list goes on to others).
LIST_CONTINUES = "、兼和及与等"
# Demonstratives before a bare title that refers back to a named person (這位總統, 該發言人).
REFERRING = ("这位", "这名", "该名", "该", "此位")
# Words between an organisation and the title it gives (民主黨籍, 共和黨提名, 警察局的).
ORG_TITLE_LINKS = ("籍", "提名", "的")
# Characters shared by an organisation and the title after it: 商務部長 = 商務部 + 部長.
SHARED_HEAD = set("部院局署厅处会")
# Endings and jieba tags of organisation names the lexicon lacks (国土资源部, 最高人民法院).
ORG_SUFFIXES = (
    "部", "局", "院", "委员会", "委", "办", "厅", "署", "党", "报", "社", "司", "集团", "公司",
    "中心", "大学", "学院", "银行", "论坛", "组织", "基金会", "协会", "联盟", "研究所", "政府", "机构", "当局",
    "议会", "国会", "法院", "检察院", "电视台", "通讯社", "战区", "舰队", "军区", "会议",
    "办公室", "小组", "会", "系", "所", "党团", "党部", "团", "中央",  # 民革中央, 九三学社中央
    "竞办", "竞总",  # 蔣萬安競辦: a candidate's campaign office (競選辦公室, 競選總部)
    "秘书处", "办事处", "处",  # 公约秘书处执行秘书, 台北辦事處處長, 財政部統計處副處長
    "市府", "县府",  # 北市府發言人, 竹縣府: a city or county government
    "智库", "学校",  # 國民黨智庫副董事長, 孫文學校總校長
    "实验室",  # 社科院國家金融與發展實驗室研究員
    "车间",  # 车间主任景寿堂: a factory's workshop (fresh gold batch 3)
)
# A department is named by two characters or more before 系 (政治系, 化學系); one character
# before it names a party faction (新系, 蘇系, 謝系), which is no body of an office.
FACTION_HEADS = "系"
# Heads of civic bodies, whose names read like clauses (搶救大潭藻礁行動聯盟, 台灣健康空氣
# 行動聯盟), and the jieba tags of words no such name holds: prepositions, adverbs,
# conjunctions, particles, pronouns, numerals, times, localisers, measures, punctuation.
ASSOCIATION_HEADS = ("联盟", "协会", "学会", "基金会", "促进会", "联合会", "公会", "工会", "总会", "商会", "研究会",
                     "联谊会")
NOT_IN_ASSOCIATION_NAMES = "pdcurmtfqxw"
# Conjunctions inside a body's name (國家政策與公共事務研究所): read past them between nouns.
ORG_NAME_JOINERS = ("与", "和", "及")
# Verbs of thanks and greeting before a body (謝謝國民黨立法院黨團總召), which jieba may tag a name.
THANKING_VERBS = ("谢谢", "感谢", "欢迎", "恭喜", "祝贺", "致谢")
# A research body's subject comes before 研究 and may be a word jieba tags a verb (選舉研究中心).
RESEARCH_WORD = "研究"
# Words that open a candidate's campaign body (鍾東錦競選總部, 蔣萬安競辦).
CAMPAIGN_WORDS = ("竞选", "竞办", "竞总")
CAMPAIGN_TEAM = "竞选团队"
# Endings of set phrases (jieba's l) that name a person, not part of a body (發起人, 負責人).
PERSON_NOUN_ENDS = ("人", "者", "员", "家", "师")
# Regions jieba tags as localisers (f) that name a branch of a body (行政院中部辦公室).
REGION_WORDS = frozenset(("中部", "北部", "南部", "东部", "西部", "东区", "西区", "南区", "北区", "中区"))
# Heads of schools and institutes named by a place, founder or subject before them (實踐大學,
# 維吉尼亞大學, 台灣研究院), whatever jieba tags that word.
SUBJECT_HEADS = ("大学", "学院", "研究院", "研究所", "研究中心")
# Heads of a body read off jieba words before a name-then-title frame (經濟發展局|何怡明|局長): the
# multi-character endings and the one-character heads no common word ends with.
BODY_BEFORE_NAME_HEADS = tuple(s for s in ORG_SUFFIXES if len(s) > 1) + ("部", "局", "署", "厅", "处", "院")
# Legislators, whose district may stand between their party and the title (民進黨桃園立委).
LEGISLATOR_TITLES = frozenset(("立委", "议员", "立法委员", "市议员", "县议员"))
# Academic posts written after their field (哈佛大學憲法教授: 教授 of 哈佛大學).
ACADEMIC_TITLES = frozenset(("教授", "副教授", "助理教授", "讲座教授", "客座教授", "荣誉教授", "研究员", "副研究员"))
# Titles whose first character is also the last of the body they head: 組織部長 = 組織部 +
# 部長, 選務處長, 桃園市長.  Taiwan news fuses them; the title keeps the word as written.
FUSED_BODY_HEADS = frozenset(("部长", "局长", "署长", "处长", "厅长", "司长", "院长", "会长", "所长"))
FUSED_PLACE_HEADS = frozenset(("市长", "县长", "省长", "州长", "区长", "乡长", "镇长"))
# Endings of an administrative division named before its office: 台北市議員, 北京市市长.
PLACE_SUFFIXES = "市县省区乡镇"
ORG_POS = ("n", "nt", "nz", "ns", "j", "b", "eng")
# The longest body read off jieba words (中興大學國家政策與公共事務研究所 is 16 characters).
ORG_MAX_CHARS = 18


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
    prefixes: frozenset[str] = frozenset()  # every prefix of every title, for early stops
    abroad: tuple[str, ...] = ()  # offices the home countries do not have (resources/offices_abroad.txt)


def load_title_lexicon(config: Config) -> TitleLexicon:
    """`resources/titles*.txt`, keyed by the Simplified view form."""
    converters = Converters()
    lexicon = TitleLexicon()
    for path in sorted(config.resources_dir.glob("titles*.txt")):
        for row in data_rows(path):
            cells = row + ["", "", "", ""]
            surface = make_view(cells[0], converters)
            lexicon.titles[surface] = Title(
                surface=surface,
                cls=cells[1] or "office",
                implied_organization=make_view(cells[2], converters) if cells[2] else None,
                implied_country=cells[3] or None,
            )
    lexicon.longest = max((len(t) for t in lexicon.titles), default=1)
    lexicon.prefixes = key_prefixes(lexicon.titles)
    lexicon.abroad = tuple(make_view(row[0], converters) for row in data_rows(config.resources_dir / "offices_abroad.txt"))
    return lexicon


def title_lexicon(resources: Resources) -> TitleLexicon:
    return resources.get("officials.lexicon", load_title_lexicon)


def load_admin_places(config: Config) -> dict[str, str]:
    """`resources/admin_divisions.tsv`: Simplified place name (without 市/縣/省) -> country."""
    converters = Converters()
    places: dict[str, str] = {}
    for name, country, *_ in data_rows(config.resources_dir / "admin_divisions.tsv"):
        places[make_view(name, converters)] = country
    return places


def admin_places(resources: Resources) -> dict[str, str]:
    return resources.get("officials.places", load_admin_places)


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
    fused_start: int | None = None  # where a fused title begins (商務部長, 桃園市長)
    country_span: tuple[int, int] | None = None
    country: str | None = None  # written or implied by the frame itself
    country_is_cue: bool = False
    org_country: str | None = None  # from the organisation nearest the title (南部戰區 → CN)
    org_international: bool = False  # 聯合國秘書長, 世界銀行行長: no country to assume
    status: str = "current"
    name_span: tuple[int, int] | None = None
    name_before: bool = False  # 川普總統
    resolved_country: str | None = None
    country_from_text: bool = False  # resolved from this article's words, not assumed
    candidacy: bool = False  # 台北市長參選人: a post sought; the body is the party, not the place


@dataclass
class Context:
    """What every frame function reads: the article, its view, lexicons and token indexes."""

    article: Article
    view: str
    names: NameLexicon
    titles: TitleLexicon
    word_tags: dict[str, str]
    places: dict[str, str] = field(default_factory=dict)
    token_at: dict[int, int] = field(default_factory=dict)  # token start -> index
    token_ending: dict[int, int] = field(default_factory=dict)  # token end -> index
    learned: set[str] = field(default_factory=set)  # keys of names read from frames

    def token_pos_at(self, i: int) -> str | None:
        index = self.token_at.get(i)
        return self.article.tokens[index].pos if index is not None else None


def _country_in_view(names: NameLexicon, view: str):
    return names.country_forms.get(names.view_key(view))


def _organization_in_view(names: NameLexicon, view: str):
    return names.organizations.get(names.view_key(view))


def _person_in_view(names: NameLexicon, view: str):
    return names.persons.get(names.view_key(view))


def _clean_span(view: str, start: int, end: int) -> bool:
    """A lexicon key ignores spaces and dots; a span must not begin or end with one."""
    return bool(view[start].strip()) and bool(view[end - 1].strip()) and view[start] not in NAME_DOTS


def _longest_at(view: str, i: int, table: dict, longest: int, key=lambda s: s, min_len: int = 1,
                prefixes: frozenset[str] | None = None):
    """The longest key of `table` starting at i. With `prefixes` (every prefix of every key)
    the span grows only while some key can still start with it: the scan of a whole article
    then costs about one lookup per character instead of `longest` (measured: officials
    stage on 200 corpus articles: identical rows, whole pipeline 14.0 s → 10.9 s)."""
    if prefixes is not None:
        found = (None, None)
        for size in range(1, min(longest, len(view) - i) + 1):
            span_key = key(view[i : i + size])
            if span_key not in prefixes:
                break
            if size >= min_len and _clean_span(view, i, i + size):
                hit = table.get(span_key)
                if hit is not None:
                    found = (view[i : i + size], hit)
        return found
    for size in range(min(longest, len(view) - i), min_len - 1, -1):
        if not _clean_span(view, i, i + size):
            continue
        hit = table.get(key(view[i : i + size]))
        if hit is not None:
            return view[i : i + size], hit
    return None, None


def _longest_ending_at(view: str, end: int, table: dict, longest: int, key=lambda s: s):
    for size in range(min(longest, end), 0, -1):
        if not _clean_span(view, end - size, end):
            continue
        hit = table.get(key(view[end - size : end]))
        if hit is not None:
            return end - size, hit
    return None, None


def scan_titles(ctx: Context) -> list[Frame]:
    """Title occurrences, longest match first; block words (委員會, 總統府) hide the titles inside."""
    view, titles, names = ctx.view, ctx.titles, ctx.names
    frames: list[Frame] = []
    i = 0
    while i < len(view):
        surface, title = _longest_at(view, i, titles.titles, titles.longest, prefixes=titles.prefixes)
        org_surface, org = _longest_at(view, i, names.organizations, names.longest_form, names.view_key, min_len=2,
                                       prefixes=names.organization_prefixes)
        body_word = org is not None and (title is None or len(org_surface) > len(surface))
        if body_word or (title is not None and title.cls == "block"):
            end = i + len(org_surface if body_word else surface)
            # 商務部長, 行政院長, 警察局長 (警察局 a block word): the body's last character heads the title.
            shared = view[end - 1 : end + 1]
            fused = view[end - 1] in SHARED_HEAD and shared in titles.titles and titles.titles[shared].cls != "block"
            overlap = _title_over_head(ctx, end + 1) if fused and body_word else None
            if overlap is not None:
                # 統一部|長官: the title beginning on the head's second character wins
                frames.append(Frame(end, end + len(overlap[0]), overlap[1], left=i, org_span=(i, end)))
                i = end + len(overlap[0])
                continue
            if fused:
                # (歐洲經貿|辦事處長: a block word's body reads on over the nouns before it)
                phrase = _head_phrase_start(ctx, end)
                start = i if phrase is None else min(i, phrase)
                frames.append(
                    Frame(end - 1, end + 1, titles.titles[shared], left=start, org_span=(start, end),
                          org_shares_title=True, fused_start=i)
                )
                i = end + 1
                continue
        if body_word:
            inner = _title_across_end(ctx, i, end)
            if inner is not None:
                # 中共中央政治局常委: the longer title as written wins over the body's end.
                start, inner_surface, inner_title = inner
                frames.append(Frame(start, start + len(inner_surface), inner_title, left=start))
                i = start + len(inner_surface)
                continue
            i = end
            continue
        if title is None:
            i += 1
            continue
        if title.cls != "block":
            overlap = _title_over_head(ctx, i + len(surface))
            if overlap is not None:
                # 統一部長|官 → 統一部 + 長官: the later title wins; the body keeps its head 部
                i, (surface, title) = i + len(surface) - 1, overlap
            split = _party_word_across(ctx, i, surface)
            if split is not None:
                surface, title = split
                i += 1
            end = i + len(surface)
            candidacy = next((w for w in CANDIDACY_WORDS if view.startswith(w, end)), "")
            # 台北市長參選人, 立委候選人: the post sought and the candidacy are one title as written.
            frames.append(Frame(i, end + len(candidacy), title, left=i, candidacy=bool(candidacy)))
            i = end + len(candidacy)
            continue
        i += len(surface)
    return frames


def _title_over_head(ctx: Context, end: int):
    """(surface, Title) of a title that begins on the last character of a fused head title ending
    at `end` and runs past it (統一部長官, 外交部長官: 長官 of 統一部), or None."""
    view = ctx.view
    if end < 2 or view[end - 2] not in SHARED_HEAD:
        return None
    surface, title = _longest_at(view, end - 1, ctx.titles.titles, ctx.titles.longest, prefixes=ctx.titles.prefixes)
    if title is None or title.cls == "block" or end - 1 + len(surface) <= end:
        return None
    return surface, title


def _head_phrase_start(ctx: Context, end: int) -> int | None:
    """Start of the noun phrase a fused body heads (歐洲經貿|辦事處長, 飛彈指揮部|計畫處長), read off
    jieba words ending at `end`; None when it opens with a country (美國聯邦調查局: the country is
    read as the country)."""
    start = _org_by_suffix(ctx, end)
    if start is None or _country_opening(ctx.view[start:end], ctx.names) is not None:
        return None
    inside = takewhile(lambda t: t.start < end, islice(ctx.article.tokens, ctx.token_at.get(start, 0), None))
    if any(t.pos.startswith("nr") for t in inside) \
            or any(m.label == "PERSON" and start < m.end and m.start < end for m in ctx.article.mentions):
        return None  # (行政院長卓榮泰和|經濟部長: a person's name is no part of the body)
    return start


def _party_word_across(ctx: Context, i: int, surface: str):
    """(surface, Title) of the post after a party's 党 that jieba reads into the party's name
    (联盟党|主席, 五星运动党: not the fused 党主席 of a party already named), or None."""
    if not surface.startswith("党") or len(surface) < 3:
        return None
    quoted = _quoted_or_latin_body(ctx.view, i + 1) if ctx.view[i - 1 : i] in QUOTE_CLOSERS else None
    if quoted is None or quoted[1] != i + 1:
        # (“为了变革秘鲁人”党|主席: a party named by a quoted slogan)
        index = ctx.token_ending.get(i + 1)
        if index is None:
            return None
        token = ctx.article.tokens[index]
        word = ctx.view[token.start : i + 1]
        if len(word) < 3 or not token.pos.startswith(("nt", "nz")) or word.startswith(tuple(STATUS_WORDS)):
            return None  # only a party's name (联盟党/nt), not 前黨 or a phrase jieba glued (臉書酸黨/n)
    rest = ctx.titles.titles.get(surface[1:])
    return (surface[1:], rest) if rest is not None and rest.cls != "block" else None


def _title_across_end(ctx: Context, start: int, end: int):
    """(start, surface, Title) of a title that begins inside the organisation view[start:end]
    and runs past its end: 中共中央政治局|常委 holds 政治局常委."""
    titles, view = ctx.titles, ctx.view
    for inner in range(start + 2, end):
        # Only where a body of its own ends (中共中央|政治局常委), never inside a name (民主|黨主席).
        if _organization_in_view(ctx.names, view[start:inner]) is None:
            continue
        surface, title = _longest_at(view, inner, titles.titles, titles.longest, prefixes=titles.prefixes)
        if title is not None and title.cls != "block" and inner + len(surface) > end:
            return inner, surface, title
    return None


def _country_ending_at(ctx: Context, end: int):
    """(start, iso2, is_cue) of a country word ending at `end`, e.g. 美國 in 美國總統."""
    view, names, article = ctx.view, ctx.names, ctx.article
    if end >= 2 and view[end - 2 : end] in ("我国", "本国"):
        return (end - 2, article.region, False) if article.region else None
    for suffix in STATE_SUFFIXES:
        # 斐濟共和國總統, 澳大利亞聯邦總督: the country's long form.
        if view.startswith(suffix, end - len(suffix)):
            found = _country_ending_at(ctx, end - len(suffix))
            if found is not None and not found[2]:
                return found
    # Up to the longest form the lexicon holds: 巴基斯坦伊斯兰共和国 is ten characters.
    start, form = _longest_ending_at(view, end, names.country_forms, names.longest_form, key=names.view_key)
    if form is None:
        return None
    if form.kind == "prefix" and ctx.article.tokens and start not in ctx.token_at:
        return None  # 訪美 … the one-character form must begin a word (俄總統, 美國防部)
    return start, form.iso2, form.kind == "cue"


def _posting_start(view: str, start: int) -> int | None:
    """中國駐美國大使, 常駐聯合國副代表: where 駐/常駐 begins, if the span is a posting."""
    if view[start - 2 : start] == "常驻":
        return start - 2
    if view[start - 1 : start] == "驻":
        return start - 1
    return None


POSTED_TITLES = frozenset(("大使", "公使", "代表", "副代表", "总领事", "领事", "特使", "武官"))


def _short_posting_start(frame: Frame, ctx: Context, left: int) -> int | None:
    """駐聯|大使: where 駐 begins when one or two characters no lexicon knows as a place follow it
    right before a post held abroad."""
    view = ctx.view
    if frame.title.surface not in POSTED_TITLES:
        return None
    for size in (1, 2):
        at = left - size - 1
        if at >= 0 and view[at] == "驻" and _HAN_ONLY.fullmatch(view[at + 1 : left]) \
                and _country_ending_at(ctx, left) is None:
            return at
    return None


def _org_by_suffix(ctx: Context, left: int) -> int | None:
    """Start of an organisation the lexicon lacks, read off jieba words ending at `left`:
    国土资源部, 最高人民法院, 世界经济论坛 (a noun phrase whose last word ends like a body)."""
    tokens = ctx.article.tokens
    index = ctx.token_ending.get(left)
    if index is None:
        glued = _word_glued_to_repeated_head(ctx, left)
        if glued is not None:
            # 沙中友好|协会会长: the body's head 协会 inside jieba's word for the whole post
            part = ctx.view[tokens[glued].start : left]
            if part.endswith(ASSOCIATION_HEADS):
                return _association_start(ctx, glued, left)
            if not part.endswith(ORG_SUFFIXES):
                return None
            index = glued
        else:
            index = _noun_before_glued_head(ctx, left)
            if index is None:
                index = _head_glued_to_title(ctx, left)
                if index is not None and ctx.view[tokens[index].start : left].endswith(ASSOCIATION_HEADS):
                    return _association_start(ctx, index, left)  # 俄罗斯中国友好|协会主席
        if index is None:
            return None
    else:
        last = ctx.view[tokens[index].start : tokens[index].end]
        if last.endswith(ASSOCIATION_HEADS):
            return _association_start(ctx, index, left)  # whatever jieba tags it (促进会/v)
        if last in ORG_SUFFIXES and index > 0 and (_noun_or_verbal_noun(tokens[index - 1]) or _task_verb(ctx, tokens[index - 1])) \
                and ctx.view[tokens[index - 1].start : tokens[index - 1].end] not in AFTER_NAME:
            # 文傳|會, 原子能|组织, 生命科學/l|系/v, 水工試驗|所/c, 統計/v|處: jieba tags the body's head
            # word a verb or a conjunction, or the task before it a verb (but 会见/n|论坛主席: a verb
            # of meeting jieba tags a noun ends the body)
            index -= 1
        elif not (last.endswith(ORG_SUFFIXES) or ctx.view.endswith(CAMPAIGN_TEAM, 0, left)) \
                or not _noun_or_phrase(tokens[index]):
            return None  # (川普競選|團隊: a candidate's team, not any 團隊)
        if ctx.view.endswith(CAMPAIGN_TEAM, 0, left) and left - len(CAMPAIGN_TEAM) in ctx.token_at:
            index = ctx.token_at[left - len(CAMPAIGN_TEAM)]  # 競選/v|團隊: the campaign names the team
    start = tokens[index].start
    edge_is_verb = False  # 中央外事|工作|委員會 may hold a verbal noun, but never begin with one
    while index > 0:
        previous = tokens[index - 1]
        text = ctx.view[previous.start : previous.end]
        if previous.end != start or left - previous.start > ORG_MAX_CHARS or text in STATUS:
            break  # (時任|衛福部長: a status word is no part of the body)
        if text in ORG_NAME_JOINERS and index > 1 and _noun_or_verbal_noun(tokens[index - 2]) \
                and _noun_or_verbal_noun(tokens[index]) and not tokens[index - 2].pos.startswith("nr") \
                and not _inside_person(ctx, tokens[index - 2].start):
            # 國家政策|與|公共事務研究所, 国家发展|和|改革委员会, 中國|與|全球化智庫: a joiner between two
            # nouns, the first of them part of the name even when it names a country
            start = tokens[index - 2].start
            index -= 2
            continue
        if _task_verb_in_name(ctx, index, start):
            # 政治大學|選舉|研究中心, 菸害|防制|中心: the task of a body jieba tags a verb
            start = previous.start
            index -= 1
            continue
        subject = _subject_start(ctx, index) if ctx.view[start:left].startswith(SUBJECT_HEADS) else None
        if subject is not None:
            # 實踐/v|大學, 維吉尼亞|大學政治系, 北京聯合大學|台灣|研究院, 世/n|新/a|大學: a school or an
            # institute is named by its place, founder or subject, whatever jieba tags or cuts the word
            start, index = subject, ctx.token_at[subject]
            continue
        place = _place_word_ending_at(ctx, start) or _known_body_across(ctx, start, left)
        if place is not None and left - place > ORG_MAX_CHARS:
            place = None
        if place is not None and not previous.pos.startswith(ORG_POS):
            # 國民黨|台|中|黨部, 成功/a|大學|政治學系: a division or a known body jieba cut up
            start, index = place, ctx.token_at[place]
            continue
        if not (_noun_or_verbal_noun(previous, text) or (previous.pos == "f" and text in REGION_WORDS)):
            break  # (行政院|中部/f|辦公室: a region inside a body's name)
        if text in THANKING_VERBS or (previous.pos.startswith("nr") and ctx.word_tags.get(text, "").startswith("v")):
            break  # 謝謝/nr|國民黨立法院黨團: a verb jieba tags a name (its dictionary has 谢谢/nr)
        title = ctx.titles.titles.get(text)
        if title is not None and title.cls != "block":
            surface, block = _longest_at(ctx.view, previous.start, ctx.titles.titles, ctx.titles.longest,
                                         prefixes=ctx.titles.prefixes)
            if block is not None and block.cls == "block" and previous.start + len(surface) > start:
                title = None  # 总统|办公厅主任: the title opens a body's name (总统办公厅, a block word)
        if _names_a_country(ctx, text) or (title is not None and title.cls != "block") or text in AFTER_NAME:
            # 美國|國土資源部, 俄罗斯联邦|委员会: the country is read separately; a title or a
            # verb jieba tags a noun (人民大会堂|会见) ends the body.
            break
        start = previous.start
        edge_is_verb = previous.pos == "vn"
        index -= 1
    if edge_is_verb:
        start = tokens[index].end
    for size in range(min(8, left - start - 2), 1, -1):
        form = _country_in_view(ctx.names, ctx.view[start : start + size])
        if form is not None and form.kind == "name":
            # (中国国民党, 朝鲜劳动党: a country inside jieba's word for the body stays in its name)
            rest = ctx.view[start + size : left]
            # (中國|與全球化智庫: a name never opens with a joiner, so the country is part of it)
            if rest not in ORG_SUFFIXES and not rest.startswith(SUBJECT_HEADS + ORG_NAME_JOINERS) \
                    and start + size in ctx.token_at:
                start += size  # 澳大利亞|聯邦政府: the country is read separately; 台灣大學 is a name
            break
    if left - start == 2 and ctx.view[left - 1] in FACTION_HEADS:
        return None  # 新系|前立委, 蘇系: a faction named by one character is no body
    return start if left - start >= 2 else None


def _person_mention_at(ctx: Context, start: int, end: int) -> bool:
    return any(m.label == "PERSON" and m.start == start and m.end == end for m in ctx.article.mentions)


def _inside_person(ctx: Context, i: int) -> bool:
    """A PERSON mention covers view[i] (夏|立言 與國際部: the name before a joiner is no body's word)."""
    return any(m.label == "PERSON" and m.start <= i < m.end for m in ctx.article.mentions)


def _noun_or_phrase(token, word: str = "") -> bool:
    """A noun (an adjective's noun use too: 安全/an), or a set phrase jieba tags l (生命科学/l,
    发展局/l, 多样性/l) that names no person (发起人/l, 负责人/l: a role before a body)."""
    if token.pos == "l":
        return not word.endswith(PERSON_NOUN_ENDS)
    return token.pos.startswith(ORG_POS) or token.pos == "an"


def _noun_or_verbal_noun(token, word: str = "") -> bool:
    """A word a body's name is made of: a noun or set phrase, or a verbal noun (发展/vn, 改革/vn)."""
    return _noun_or_phrase(token, word) or token.pos == "vn"


def _task_verb(ctx: Context, token) -> bool:
    """A verb of two characters or more that is no speech or time word (統計, 選舉, 防制)."""
    word = ctx.view[token.start : token.end]
    return token.pos.startswith("v") and token.pos != "vn" and len(word) >= 2 and word not in AFTER_NAME


def _task_verb_in_name(ctx: Context, index: int, start: int) -> bool:
    """The word before tokens[index] (which begins at `start`) is a verb naming the task of the
    body whose head follows (選舉|研究中心, 菸害|防制|中心, 土地|徵收|審議|委員會), after a noun."""
    tokens = ctx.article.tokens
    if index < 2:
        return False
    verb, before = tokens[index - 1], tokens[index - 2]
    head = ctx.view[start : tokens[index].end]
    return (
        _task_verb(ctx, verb)
        and (head in ORG_SUFFIXES or head == RESEARCH_WORD or tokens[index].pos.startswith("v"))
        and before.pos in ("n", "vn", "l", "v") and before.end == verb.start
    )


def _subject_start(ctx: Context, index: int) -> int | None:
    """Start of the word before tokens[index] that names a school or an institute (實踐, 維吉尼亞,
    台灣), or of two one-character words jieba cut it into (世|新), or None."""
    tokens = ctx.article.tokens
    if index < 1 or tokens[index - 1].end != tokens[index].start or not _subject_word(ctx, tokens[index - 1]):
        return None
    previous = tokens[index - 1]
    if previous.end - previous.start >= 2:
        return previous.start
    if index >= 2 and tokens[index - 2].end == previous.start and tokens[index - 2].end - tokens[index - 2].start == 1 \
            and _subject_word(ctx, tokens[index - 2]):
        return tokens[index - 2].start
    return None


def _subject_word(ctx: Context, token) -> bool:
    """A word that can be part of a school's or an institute's name: no function word, status,
    title, person's name or word that ends a name (實踐, 維吉尼亞, 台灣; not 在, 前, 表示)."""
    word = ctx.view[token.start : token.end]
    return (
        token.pos[:1] not in NOT_IN_ASSOCIATION_NAMES and not token.pos.startswith("nr")
        and word not in AFTER_NAME and not word.startswith(tuple(STATUS_WORDS)) and word not in ctx.titles.titles
    )


def _association_start(ctx: Context, index: int, left: int) -> int | None:
    """搶救大潭藻礁行動聯盟, 台灣健康空氣行動聯盟: a civic body's name may hold adjectives, a verb
    that opens its clause and its country's name (the country stays in the name, as in 台灣大學);
    it runs back over words until one that no name holds (a particle, a time, a speech verb)."""
    tokens, view = ctx.article.tokens, ctx.view
    start = tokens[index].start
    while index > 0:
        previous = tokens[index - 1]
        text = view[previous.start : previous.end]
        if previous.end != start or left - previous.start > ORG_MAX_CHARS:
            break
        title = ctx.titles.titles.get(text)
        # (全國黑人記者|協會, 律師|公會: an occupation names the members of an association)
        if text in AFTER_NAME or text in STATUS or (title is not None and title.cls not in ("block", "role")) \
                or previous.pos[:1] in NOT_IN_ASSOCIATION_NAMES:
            break
        if previous.pos.startswith("v") and previous.pos != "vn":
            # A verb opens the name only at the start of a clause: …環評大會，搶救大潭藻礁行動聯盟
            if previous.start == 0 or not _HAN_ONLY.match(view[previous.start - 1]):
                start = previous.start
            break
        start = previous.start
        index -= 1
    return start if left - start >= 2 else None


def _place_word_ending_at(ctx: Context, end: int) -> int | None:
    """Start of a division of `admin_divisions.tsv` (台中, 新北) ending at `end` on jieba word
    boundaries, or None."""
    for size in (4, 3, 2):
        start = end - size
        if start >= 0 and ctx.view[start:end] in ctx.places and start in ctx.token_at:
            return start
    return None


def _known_body_across(ctx: Context, start: int, left: int) -> int | None:
    """Start of a lexicon organisation that begins before `start` on a jieba word boundary and
    ends at a word end inside [start, left]: 成功|大學 for a body read back to 大學, or None."""
    names = ctx.names
    for end in range(start + 1, left + 1):
        if end not in ctx.token_ending:
            continue
        begin, org = _longest_ending_at(ctx.view, end, names.organizations, names.longest_form, key=names.view_key)
        if org is not None and begin < start and begin in ctx.token_at:
            return begin
    return None


def _word_glued_to_repeated_head(ctx: Context, left: int) -> int | None:
    """Index of jieba's word running across `left` where the body's last character is repeated by
    the title after it (协会|会长 in 协会会长, 办事处|处长), or None."""
    if left < 1 or left >= len(ctx.view) or ctx.view[left - 1] != ctx.view[left]:
        return None
    for begin in range(left - 1, max(-1, left - ORG_MAX_CHARS), -1):
        index = ctx.token_at.get(begin)
        if index is not None:
            return index if ctx.article.tokens[index].end > left else None
    return None


def _names_a_country(ctx: Context, word: str) -> bool:
    """美國, 俄罗斯联邦, 澳大利亞聯邦: a country's name, short or long form."""
    if _country_in_view(ctx.names, word) is not None:
        return True
    suffix = next((s for s in STATE_SUFFIXES if word.endswith(s) and len(word) > len(s)), None)
    return suffix is not None and _country_in_view(ctx.names, word[: -len(suffix)]) is not None


def _head_glued_to_title(ctx: Context, left: int) -> int | None:
    """Index of jieba's word running across `left` that begins with a body's head and goes on
    into the title (海洋|大学校长: 大学 ends the body, 校长 is the title), or None."""
    for begin in range(left - 1, max(-1, left - 4), -1):
        index = ctx.token_at.get(begin)
        if index is not None:
            token = ctx.article.tokens[index]
            head = ctx.view[begin:left]
            return index if token.end > left and len(head) >= 2 and head.endswith(ORG_SUFFIXES) else None
    return None


def _noun_before_glued_head(ctx: Context, left: int) -> int | None:
    """秘勤|局局長: jieba glues the body's head character to the title that repeats it; the
    body is the noun before plus that character (index of the noun, or None)."""
    glued = ctx.token_at.get(left - 1)
    if glued is None or glued == 0 or ctx.view[left - 1] not in SHARED_HEAD:
        return None
    if ctx.article.tokens[glued].end <= left:
        return None
    noun = ctx.article.tokens[glued - 1]
    return glued - 1 if noun.end == left - 1 and _noun_or_verbal_noun(noun) else None


def _place_ending_at(ctx: Context, end: int, with_suffix: bool) -> tuple[int, str | None] | None:
    """(start, country) of an administrative division ending at `end`: 台中 (with_suffix False,
    before a fused 市長) or 台中市 / 北京市 / 嘉義縣 (with_suffix True, a body of its own).
    Known divisions come from `admin_divisions.tsv`; others from jieba's place tag (桃园/ns)."""
    view = ctx.view
    if with_suffix:
        if end < 3 or view[end - 1] not in PLACE_SUFFIXES:
            return None
        name_end = end - 1
    else:
        name_end = end
    for size in (4, 3, 2, 1):
        # (size 1: 北|市議員, 高|市長 — the abbreviations the table lists, with 市/縣 written)
        name = view[name_end - size : name_end]
        if name_end - size >= 0 and name in ctx.places and (
            size > 1 or (view[name_end : name_end + 1] in "市县" and name_end - 1 in ctx.token_at)  # not 密尔沃|基市
        ):
            return name_end - size, ctx.places[name]
    for size in (6, 5, 4, 3, 2):
        # 万象|市委书记, 平壤|市长, 北卡罗来纳|州长: a capital or state the country table names as a cue
        form = _country_in_view(ctx.names, view[name_end - size : name_end]) if name_end - size >= 0 else None
        # (宾州|州长 names the state in full: its 州 is not fused with the title's)
        if form is not None and form.kind == "cue" and _clean_span(view, name_end - size, name_end) \
                and view[name_end - 1] != view[name_end : name_end + 1]:
            return name_end - size, form.iso2
    index = ctx.token_ending.get(end) if with_suffix else ctx.token_ending.get(name_end)
    if index is None:
        return None
    token = ctx.article.tokens[index]
    word = view[token.start : token.end]
    if token.pos != "ns" or len(word) < 2 or _country_in_view(ctx.names, word) is not None:
        return None
    if with_suffix and len(word) < 3:
        return None
    return token.start, None


def _fused_body_start(frame: Frame, ctx: Context) -> tuple[int, str | None] | None:
    """組織部長, 選務處長, 桃園市長: the body whose last character heads the title, when no body
    of its own ends before the title (公安部|部長, 北京市|市長 are not fused)."""
    view, begin = ctx.view, frame.title_start
    if frame.title.surface in FUSED_PLACE_HEADS:
        if view[begin - 1 : begin] in PLACE_SUFFIXES:
            return None
        return _place_ending_at(ctx, begin, with_suffix=False)
    if frame.title.surface not in FUSED_BODY_HEADS or view[begin - 1 : begin] == view[begin]:
        return None  # 辦事處|處長: the body ends with the head the title repeats, so nothing is fused
    start, org = _longest_ending_at(view, begin, ctx.names.organizations, ctx.names.longest_form, key=ctx.names.view_key)
    if (org is not None and begin - start >= 2) or _org_by_suffix(ctx, begin) is not None:
        return None
    index = ctx.token_ending.get(begin)
    if index is None:
        # 組織部長 as one jieba word: the body is the word less its last character; 林務局|長:
        # jieba's word for the body holds the title's first character.
        for token in ctx.article.tokens:
            if token.start < begin - 1 and token.end == frame.title_end:
                return (_joined_body_start(ctx, token.start), None) if token.pos.startswith(("n", "j", "l")) else None
            if token.start < begin - 1 and token.end == begin + 1 and token.pos.startswith(("n", "j", "l")):
                return token.start, None  # 林務局|長: jieba's word for the body holds the title's first character
        return None
    token = ctx.article.tokens[index]
    word = view[token.start : token.end]
    if (
        len(word) < 2
        or word.startswith(tuple(STATUS_WORDS))  # 城鄉發展|前分|署長: a status, not a body
        or not token.pos.startswith(("n", "j", "vn"))
        or token.pos == "nr"
        or word in ctx.titles.titles
        or _country_in_view(ctx.names, word) is not None
    ):
        return None
    return _joined_body_start(ctx, token.start), None


def _joined_body_start(ctx: Context, start: int) -> int:
    """公共工程|和|住房部長, 外交|和|貿易部長: a fused body whose name joins two nouns begins at
    the first of them (nouns read back to a country, a status, a name or any other word)."""
    tokens, view = ctx.article.tokens, ctx.view
    joiner = ctx.token_ending.get(start)
    if joiner is None or joiner < 1 or view[tokens[joiner].start : start] not in ORG_NAME_JOINERS:
        return start
    begin = joiner
    while begin > 0 and tokens[begin - 1].end == tokens[begin].start:
        word = view[tokens[begin - 1].start : tokens[begin - 1].end]
        if not _noun_or_verbal_noun(tokens[begin - 1]) or tokens[begin - 1].pos.startswith(("nr", "nt")) \
                or word.endswith(ORG_SUFFIXES) or _names_a_country(ctx, word) or word in ctx.titles.titles \
                or word.startswith(tuple(STATUS_WORDS)):
            break  # (國防|院|國防戰略與資源所長: the body above the fused one is no part of the title)
        begin -= 1
    return tokens[begin].start if begin < joiner else start


def _council_place(frame: Frame, ctx: Context) -> tuple[int, str | None] | None:
    """新北|市議員, 湖北|省委书记: the division a title starting with 市/縣/省 belongs to, unless
    a party is named before it (國民黨台北市議員 keeps 國民黨 as its body)."""
    if frame.title.surface[0] not in PLACE_SUFFIXES:
        return None
    place = _place_ending_at(ctx, frame.title_start, with_suffix=False)
    if place is None:
        return None
    names = ctx.names
    _, party = _longest_ending_at(ctx.view, place[0], names.organizations, names.longest_form, key=names.view_key)
    return place if party is None else None


def _quoted_or_latin_body(view: str, left: int) -> tuple[int, int] | None:
    """The span of a body named right before `left` in quotes (「安格奇行動」, without the marks)
    or in Latin letters (Trump Media, OpenAI), or None."""
    if left == 0:
        return None
    if view[left - 1] == "党" and left >= 2 and view[left - 2] in QUOTE_CLOSERS:
        # “为了变革秘鲁人”党: a party named by a quoted slogan; the marks are part of its name
        inner = _quoted_or_latin_body(view, left - 1)
        if inner is None or view[inner[1] - 1] == "党":
            return inner  # 「民主黨」黨主席: the party's own name holds 党; the title repeats it
        return inner[0] - 1, left
    if view[left - 1] == "》":
        # 《美麗島電子報》董事長: a newspaper or magazine named in title marks
        opening = view.rfind("《", max(0, left - ORG_MAX_CHARS - 2), left)
        inner = view[opening + 1 : left - 1] if opening >= 0 else ""
        return (opening + 1, left - 1) if inner and not _QUOTE_BREAKS.search(inner) else None
    if view[left - 1] in QUOTE_CLOSERS:
        opening = view.rfind(QUOTE_OPENERS[QUOTE_CLOSERS.index(view[left - 1])], max(0, left - ORG_MAX_CHARS - 2), left)
        inner = view[opening + 1 : left - 1] if opening >= 0 else ""
        if inner and not _QUOTE_BREAKS.search(inner):
            return opening + 1, left - 1
        return None
    window = max(0, left - 40)
    run = _LATIN_BODY.search(view[window:left])
    if run is None:
        return None
    start = window + run.start()
    return (start, left) if left - start >= 2 else None


def _quoted_name_of_head(frame: Frame, view: str, left: int) -> int | None:
    """Where the quoted name of a body's bare head word (聯盟, 協會) begins, its opening mark
    included, when the body read so far is only that head right after a closing mark; or None."""
    if frame.org_span is None or frame.org_span[0] != left or view[left : frame.org_span[1]] not in ASSOCIATION_HEADS \
            or view[left - 1 : left] not in QUOTE_CLOSERS:
        return None
    quoted = _quoted_or_latin_body(view, left)
    return quoted[0] - 1 if quoted is not None else None


def _party_organ_named_by_country(ctx: Context, span: tuple[int, int]) -> bool:
    """党中央, 共产党中央: a party's central organ (or 党 alone) opens the body at span[0]."""
    index = ctx.token_at.get(span[0])
    word = ctx.view[span[0] : ctx.article.tokens[index].end] if index is not None else ctx.view[span[0] : span[0] + 1]
    return word == "党" or (word.endswith("党") and "中央" in ctx.view[span[0] : span[1]])


def _candidate_before_campaign(ctx: Context, start: int) -> int:
    """鍾東錦|競選總部: a campaign body the lexicon knows begins with its candidate's name, which
    jieba tags a person (nr) right before it."""
    if not ctx.view.startswith(CAMPAIGN_WORDS, start):
        return start
    index = ctx.token_ending.get(start)
    if index is None or not ctx.article.tokens[index].pos.startswith("nr"):
        return start
    return ctx.article.tokens[index].start


def _party_word_start(ctx: Context, start: int) -> int:
    """致公党|中央主席: a body the lexicon reads from 党 (党中央) inside jieba's word for a party
    begins where that word does (致公党中央), so the party's name is not cut off."""
    if ctx.view[start : start + 1] != "党" or start in ctx.token_at:
        return start
    for begin in range(start - 1, max(-1, start - 8), -1):
        index = ctx.token_at.get(begin)
        if index is not None:
            return begin if ctx.article.tokens[index].end > start else start
    return start


def _party_committee_title(frame: Frame) -> bool:
    """市委书记, 省委常委, 县委副书记: a post in a division's Party committee (市委/省委/县委/区委)."""
    surface = frame.title.surface
    return len(surface) > 2 and surface[0] in PLACE_SUFFIXES and surface[1] == "委"


# Posts of a state that no party holds (a party's 领导人 is its own post: 黎真主党领导人卡西姆).
STATE_POSTS_NOT_OF_A_PARTY = frozenset(("总统", "副总统", "总理", "首相", "国家主席", "总督"))


def _party_membership_before_state_post(frame: Frame, org) -> bool:
    """共和黨|前總統, 民主黨|副總統: a party (its lexicon name ends in 党) right before a post of the
    state, not a candidacy (共和黨總統候選人 is the party's nominee, and keeps it)."""
    title = frame.title
    return (
        not frame.candidacy
        and title.surface in STATE_POSTS_NOT_OF_A_PARTY
        and org.key.endswith("党")
    )


def _prefix_only(ctx: Context, left: int) -> bool:
    """True when only a one-character country form ends at `left` (也以|美軍印太司令部)."""
    found = _country_ending_at(ctx, left)
    return found is not None and left - found[0] == 1


def extend_left(frame: Frame, ctx: Context) -> Frame:
    """Read status, organisation and country leftwards from the title (or its organisation)."""
    view, names = ctx.view, ctx.names
    if not frame.org_shares_title and frame.title.surface.startswith("副") and view[frame.title_start - 2 : frame.title_start] == "常务":
        frame.title_start -= 2  # 常務副主席: the lexicon's 副主席, its executive rank a post of its own
    elif not frame.org_shares_title and not frame.title.surface.startswith("副"):
        # 副董事長, 常務副主任: a deputy's title keeps its 副.
        if view[frame.title_start - 3 : frame.title_start] == "常务副":
            frame.title_start -= 3
        elif view[frame.title_start - 1 : frame.title_start] == "副":
            frame.title_start -= 1
        elif view[frame.title_start - 2 : frame.title_start] == "常务" and not frame.title.surface.startswith("常"):
            frame.title_start -= 2  # 中央书记处常务书记, 常务理事: the executive post as written
        elif (
            frame.title.surface == "议员"
            and view[frame.title_start - 1 : frame.title_start] in ("市", "县")
            and _place_ending_at(ctx, frame.title_start, with_suffix=True) is None
        ):
            frame.title_start -= 1  # 國民黨市議員: the council's level with no place named is the post
    if not frame.org_shares_title and (rank := _rank_before(frame, ctx)) is not None:
        frame.title_start -= len(rank)  # 競選團隊|聯合主席, 環境規劃署|執行主任, 俄羅斯|第一|副總理
    left = frame.org_span[0] if frame.org_span else frame.title_start
    modifier = next((w for w in TITLE_MODIFIERS if view.startswith(w, left - len(w))), None)
    state = _country_ending_at(ctx, left - len(modifier)) if modifier == "联邦" else None
    if state is not None and not state[2] and _country_in_view(names, view[state[0] : left]) is not None:
        modifier = None  # 澳大利亞聯邦|總督: the state's long form, read as the country
        # (美國|聯邦|參議員: no long form of the US; the federal level, as 亞利桑那州|聯邦|參議員)
    if modifier is not None and frame.org_span is None and _longest_at(
        view, left - len(modifier), names.organizations, names.longest_form, names.view_key, min_len=2,
        prefixes=names.organization_prefixes,
    )[1] is None:
        left -= len(modifier)
    fused = _fused_body_start(frame, ctx) if frame.org_span is None else None
    place = _council_place(frame, ctx) if fused is None and frame.org_span is None else None
    if place is not None and _party_committee_title(frame):
        # 上海市委书记, 湖北省委常委: the place's Party committee (上海市委) is the body, fused with
        # the title, which keeps the word as written (guideline 4, like 台中市長).
        frame.org_span, frame.org_country = (place[0], frame.title_start + 2), place[1]
        frame.org_shares_title, frame.fused_start = True, place[0]
        left = place[0]
    elif place is not None:
        frame.org_span, frame.org_country = (place[0], frame.title_start), place[1]
        left = place[0]
    if fused is not None:
        start, place_country = fused
        # (歐洲經貿|辦事處長: the fused body is the head of a noun phrase read on before it)
        phrase = _head_phrase_start(ctx, frame.title_start + 1) if place_country is None else None
        body_start = start if phrase is None else min(start, phrase)
        # (a ministry's name is the whole phrase: 文化旅游|部长 → 文化旅游部长, as 外交和貿易部長)
        title_from = body_start if frame.title.surface == "部长" and place_country is None else start
        frame.org_span, frame.org_shares_title, frame.fused_start = (body_start, frame.title_start + 1), True, title_from
        frame.org_country = place_country
        left = body_start
        if frame.candidacy:
            frame.org_span = None  # 國民黨|台北市長參選人: the party nominates; the city is the post's
    served = _served_body_in_party_unit_mention(frame, ctx) if frame.org_span is None else None
    if served is not None:
        # 原|江蘇常州市東頭村社區|黨支部書記: the model's ORG runs into the title (…社區黨支部); the body
        # the Party unit serves is the organisation, and the status before it is read on
        frame.org_span, left = (served, frame.title_start), served
    place_body = False  # the body read so far is a division only (台北市|議員)
    for _ in range(6):
        status = next((w for w in STATUS_WORDS if view.startswith(w, left - len(w))), None)
        if status == "前" and left >= 2 and view[left - 2] in NOT_STATUS_BEFORE_QIAN:
            # 先前/目前 are not statuses, but 領先|前總統 is.
            status = "前" if view[left - 3 : left - 1] == "领先" else None
        if status == "代" and left >= 2 and view[left - 2] in NOT_STATUS_BEFORE_DAI:
            status = None
        if status:
            frame.status = STATUS[status] or frame.status
            left -= len(status)
            continue
        if view[left - 1 : left] == ")":
            opening = view.rfind("(", max(0, left - 60), left)
            if opening > 0 and (_LATIN_GLOSS.fullmatch(view[opening + 1 : left - 1])
                                or _STOCK_CODE.fullmatch(view[opening + 1 : left - 1])):
                left = opening  # 賓州（Pennsylvania）州長, 台積電（2330）董事長: read past a gloss or a stock code
                continue
        quoted = _quoted_or_latin_body(view, left) if frame.org_span is None and frame.country_span is None else None
        if quoted is not None and frame.title.cls == "state" and not view[quoted[0] : quoted[1]].endswith(ORG_SUFFIXES):
            quoted = None  # 「永遠感謝」總統拜登: a head of state serves a state or a body, not a quoted phrase
        if quoted is not None:
            # 「安格奇行動」執行長, Trump Media執行長: a body named in quotes or in Latin letters
            frame.org_span, left = quoted, quoted[0] - (1 if view[quoted[1] : quoted[1] + 1] in QUOTE_CLOSERS + "》" else 0)
            continue
        named = _quoted_name_of_head(frame, view, left)
        if named is not None:
            # 「反萊豬、大眾走」聯盟召集人: a civic body named by a quoted slogan keeps it and its marks
            frame.org_span, left = (named, frame.org_span[1]), named
            continue
        link = next((w for w in ORG_TITLE_LINKS if view.startswith(w, left - len(w))), None)
        if link == "籍" and frame.country_span is not None:
            link = None  # 民主黨籍|賓州州長: the party is the holder's; the post is the state's
        if link == "籍" and (frame.org_span is not None or frame.title.implied_organization):
            start, org = _longest_ending_at(view, left - 1, names.organizations, names.longest_form, key=names.view_key)
            if org is not None:
                # 前|民進黨籍|台南市長, 共和黨籍|眾議院議長: a membership between the status and the
                # post, which names its own body; the party still tells the country
                frame.org_country = frame.org_country or org.country
                left = start
                continue
        if frame.org_span is None and link:
            start, org = _longest_ending_at(view, left - len(link), names.organizations, names.longest_form, key=names.view_key)
            if org is not None and link == "籍" and frame.title.cls == "state" and not frame.candidacy:
                # 民主黨籍|總統拜登: the head of state's party is his membership, not the body of his office
                frame.org_country = frame.org_country or org.country
                left = start
                continue
            if org is not None and not (link == "的" and _object_of_a_verb(ctx, start)):
                # 民主黨籍總統候選人, 共和黨提名總統候選人, 洛杉磯警察局的驗屍官
                frame.org_span, frame.org_country = (start, left - len(link)), org.country
                left = start
                continue
            # 老挝国家电力公司的副总经理; never past a country already read (出席…峰会的冰岛总统).
            start = _org_by_suffix(ctx, left - len(link)) if link == "的" and frame.country_span is None else None
            if start is not None and left - len(link) - start >= 3 and not _object_of_a_verb(ctx, start):
                frame.org_span = (start, left - len(link))
                left = start
                continue
        year = _ELECTION_YEAR.search(view, max(0, left - 5), left) if frame.candidacy and frame.org_span is None else None
        if year is not None and year.end() == left:
            left = year.start()  # 共和黨|2024|總統參選人: the election's year between the party and the post
            continue
        party = _party_before_district(frame, ctx, left) if frame.org_span is None else None
        if party is not None:
            # 民進黨|桃園|立委: the district a legislator is elected in is no body; the party is
            frame.org_span, left = party, party[0]
            continue
        administration = _administration_ending_at(ctx, left)
        if administration is not None:
            # 前|川普政府|國安顧問, 前|共和黨政府|國務院…助卿: an administration named after its head or
            # party; it is the body when none was read, and the status before it dates the post
            start, country = administration
            if frame.org_span is None:
                frame.org_span = (start, left)
            frame.org_country = frame.org_country or country
            left = start
            continue
        portfolio = _body_before_portfolio(ctx, left) if frame.org_span is None else None
        if portfolio is not None:
            # 欧盟|外交及安全政策|高级代表: the portfolio between a body and its post is neither
            frame.org_span, left = portfolio, portfolio[0]
            continue
        school = _school_before_field(frame, ctx, left) if frame.org_span is None else None
        if school is not None:
            # 哈佛大學|憲法|教授: the field of an academic post is neither its body nor its title
            frame.org_span, left = school, school[0]
            continue
        division = _division_before_body(frame, ctx, left)
        if division is not None:
            # 台北|地檢署, 台中|地院: the division a local office the lexicon knows serves
            frame.org_span, left = (division, frame.org_span[1]), division
            continue
        if frame.org_span is None or frame.org_span[0] == left:
            start, org = _longest_ending_at(view, left, names.organizations, names.longest_form, key=names.view_key)
            read_place = False
            if org is None or left - start < 2:
                start = _org_by_suffix(ctx, left) if frame.org_span is None else None
                place = _place_ending_at(ctx, left, with_suffix=True) if start is None else None
                if place is not None:  # 台北市議員, 台中市|議會國民黨團: the division is the body
                    start = place[0]
                    frame.org_country = frame.org_country or place[1]
                    read_place = True
                elif start is None and frame.org_span is None:
                    start = _org_mention_ending_at(ctx, left)  # 微軟/a|副董事長: the model's ORG
            else:
                if frame.org_span is None and _party_membership_before_state_post(frame, org):
                    # 共和黨|前總統川普, 民進黨|前總統陳水扁: a head of state's party written before the
                    # post is his membership (as 民主黨籍總統拜登), not the body of the office; it
                    # still tells the country.
                    frame.org_country = frame.org_country or org.country
                    left = start
                    continue
                start = _party_word_start(ctx, start)  # 致公党|中央: the lexicon's 党中央 ends a party's name
                start = _candidate_before_campaign(ctx, start)
                if frame.org_country is None:
                    frame.org_country = org.country
                    frame.org_international = org.international and _posting_start(view, start) is None
            if start is not None:
                end = frame.org_span[1] if frame.org_span else left
                if place_body and org is not None and view[start:left].endswith("党"):
                    end = left  # 國民黨|台北市議員: the party named first is the body (like 國民黨立委)
                place_body = read_place and frame.org_span is None
                left = _posting_start(view, start) or start
                frame.org_span = (left, end)
                continue
        short = _short_posting_start(frame, ctx, left) if frame.org_span is None else None
        if short is not None:
            # 美國|駐聯|大使: a posting written short (駐聯 for 駐聯合國) that no lexicon reads is still the
            # ambassador's posting (as 驻瑞士 in 中国驻瑞士大使), and the country is read before it
            frame.org_span, left = (short, left), short
            continue
        if frame.country is None and not (frame.org_country and _prefix_only(ctx, left)):
            found = _country_ending_at(ctx, left)
            if found is not None:
                start, iso2, is_cue = found
                posting = _posting_start(view, start)
                if posting is not None:
                    # 中國駐美國大使: the posting, not the ambassador's country.
                    frame.org_span = (posting, frame.org_span[1] if frame.org_span else left)
                    left = posting
                    continue
                frame.country, frame.country_span, frame.country_is_cue = iso2, (start, left), is_cue
                if frame.org_span is not None and frame.org_span[0] == left and not is_cue \
                        and _party_organ_named_by_country(ctx, frame.org_span):
                    # 老挝党中央, 古巴共产党中央: a ruling party's organ named with its country, which is
                    # part of the name (加州|民主黨, 澳大利亚|工党 keep the party alone).
                    frame.org_span, frame.country_span = (start, frame.org_span[1]), None
                left = start
                continue
        break
    frame.left = left
    return frame


def fuse_permanent_mission(frame: Frame, ctx: Context) -> Frame:
    """常驻世界贸易组织代表俞建华: a permanent representative's post is written with the body he is
    posted to (as 常驻联合国代表 in the lexicon); that body is not his organisation."""
    span = frame.org_span
    if span is not None and frame.title.surface.endswith("代表") and span[1] == frame.title_start \
            and ctx.view.startswith("常驻", span[0]) and span[1] - span[0] > 2 and frame.fused_start is None:
        frame.fused_start, frame.org_span = span[0], None
    return frame


def _post_contested(frame: Frame, view: str) -> bool:
    """The frame's post is the object of running for it (CONTEST_WORDS right before its first
    character): whoever is named after it is a contender, not the holder."""
    return not frame.candidacy and any(view.startswith(w, frame.left - len(w)) for w in CONTEST_WORDS)


def _object_of_a_verb(ctx: Context, start: int) -> bool:
    """The body read before 的 begins right after a verb (参拜|靖国神社|的首相): it is the verb's
    object in a clause describing the holder, not the body of the post."""
    index = ctx.token_ending.get(start)
    return index is not None and ctx.article.tokens[index].pos.startswith("v") and ctx.article.tokens[index].pos != "vn"


def _rank_before(frame: Frame, ctx: Context) -> str | None:
    """The rank (RANK_PREFIXES) written right before the title, beginning a jieba word, or None."""
    start = frame.title_start
    rank = next((r for r in RANK_PREFIXES if ctx.view.startswith(r, start - len(r))), None)
    if rank is None or frame.title.surface.startswith(rank):
        return None
    if ctx.article.tokens and start - len(rank) not in ctx.token_at:
        return None  # (国际联合|主席 is no rank: the word holds more than it)
    return rank


ADMINISTRATION = "政府"


def _administration_ending_at(ctx: Context, left: int) -> tuple[int, str | None] | None:
    """(start, country) of 川普政府 / 共和黨政府 ending at `left`: 政府 after a known person's name (the
    alias table's or one read in this article) or a party the lexicon knows."""
    view, names = ctx.view, ctx.names
    head = left - len(ADMINISTRATION)
    if not view.startswith(ADMINISTRATION, head):
        return None
    for size in range(min(8, head), 1, -1):
        key = names.view_key(view[head - size : head])
        person = names.persons.get(key)
        if person is not None or key in ctx.learned:
            return head - size, person.country if person is not None else None
        org = names.organizations.get(key)
        if org is not None and org.key.endswith("党"):
            return head - size, org.country
    return None


_PORTFOLIO = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:政策|事务)$")


def _body_before_portfolio(ctx: Context, left: int) -> tuple[int, int] | None:
    """(start, end) of a known body (lexicon or the model's ORG) right before a portfolio ending in
    政策/事务 that ends at `left` (欧盟|外交及安全政策|高级代表), or None."""
    view, names = ctx.view, ctx.names
    for size in range(4, 13):
        begin = left - size
        if begin < 0 or not _PORTFOLIO.fullmatch(view[begin:left]):
            continue
        start, org = _longest_ending_at(view, begin, names.organizations, names.longest_form, key=names.view_key)
        if org is None:
            start = _org_mention_ending_at(ctx, begin)
        if start is not None and begin - start >= 2:
            return start, begin
    return None


PARTY_UNITS = ("党支部", "党总支", "党委", "党组")


def _served_body_in_party_unit_mention(frame: Frame, ctx: Context) -> int | None:
    """Start of the body a Party unit serves when the model's ORG mention covers it and the unit
    written at the head of the title (…社區|黨支部|書記 with ORG …社區黨支部)."""
    unit = next((u for u in PARTY_UNITS if ctx.view.startswith(u, frame.title_start)), None)
    if unit is None:
        return None
    unit_end = frame.title_start + len(unit)
    for mention in ctx.article.mentions:
        if mention.label == "ORG" and mention.end == unit_end and 2 <= frame.title_start - mention.start <= ORG_MAX_CHARS:
            return mention.start
    return None


def _org_mention_ending_at(ctx: Context, left: int) -> int | None:
    """Start of an ORG mention the model found right before the title (微軟, 紐約時報), when no
    lexicon or word ending read a body there; a country's name it opens with is left to be read as
    the country (中國|寶武鋼鐵, 美國|國務院)."""
    for mention in ctx.article.mentions:
        if mention.label != "ORG" or mention.end != left or not 2 <= left - mention.start <= ORG_MAX_CHARS \
                or _known_person(ctx, mention.start, left):
            continue
        start = mention.start + _country_name_length(ctx, mention.start, left)
        # 中國|寶武鋼鐵董事長: the country the model's ORG opens with is read as the country (巴哈马
        # alone is no body)
        return start if left - start >= 2 else None
    return None


def _country_name_length(ctx: Context, start: int, end: int) -> int:
    """Length of the country's name (not a cue or prefix) that view[start:end] opens with, or 0."""
    for size in range(min(end - start, ctx.names.longest_form), 1, -1):
        form = _country_in_view(ctx.names, ctx.view[start : start + size])
        if form is not None and form.kind == "name":
            return size
    return 0


def _known_person(ctx: Context, start: int, end: int) -> bool:
    """A name the alias table gives a person or jieba tags one (洛伊特/nrt|哈德/nrt|主席, which the
    model may tag ORG)."""
    if ctx.names.view_key(ctx.view[start:end]) in ctx.names.persons:
        return True
    inside = list(takewhile(lambda t: t.start < end, islice(ctx.article.tokens, ctx.token_at.get(start, len(ctx.article.tokens)), None)))
    # (艾修/nr|資本: a firm named after its founder is a body, not a person)
    return bool(inside) and all(t.pos.startswith("nr") for t in inside)


def _division_before_body(frame: Frame, ctx: Context, left: int) -> int | None:
    """Start of a division (台北, 新北: admin_divisions.tsv, on word boundaries) written right
    before the lexicon body that opens the frame's organisation at `left`, or None."""
    if frame.org_span is None or frame.org_span[0] != left:
        return None
    names = ctx.names
    if _organization_in_view(names, ctx.view[left : frame.org_span[1]]) is None:
        return None
    division = _place_word_ending_at(ctx, left)
    form = _country_in_view(names, ctx.view[division:left]) if division is not None else None
    if division is None or (form is not None and form.kind == "name"):
        return None  # (a country's name before a body is read as its country)
    return division


def _party_before_district(frame: Frame, ctx: Context, left: int) -> tuple[int, int] | None:
    """(start, end) of the party named before a legislator's district (民進黨|桃園|立委, 國民黨|
    澎湖|議員), or None."""
    if frame.title.surface not in LEGISLATOR_TITLES:
        return None
    district = _place_word_ending_at(ctx, left)
    if district is None:
        index = ctx.token_ending.get(left)
        token = ctx.article.tokens[index] if index is not None else None
        if token is None or token.pos != "ns" or _country_in_view(ctx.names, ctx.view[token.start : left]):
            return None
        district = token.start
    names = ctx.names
    start, org = _longest_ending_at(ctx.view, district, names.organizations, names.longest_form, key=names.view_key)
    if org is None or not ctx.view[start:district].endswith("党"):
        return None
    return start, district


FIELD_JOINERS = ("及", "和", "与", "暨")
GLOSS_OPENING = "(指"  # （指陳玉珍）: an editor's gloss on who a title refers to
TENURE_WORDS = ("时任", "现任")


def _school_before_field(frame: Frame, ctx: Context, left: int) -> tuple[int, int] | None:
    """(start, end) of the school before an academic post's field (哈佛大學|憲法|教授, 艾莫瑞大學|
    政治學|教授), or None: the field is one noun that names no body itself."""
    if frame.title.surface not in ACADEMIC_TITLES:
        return None
    index = ctx.token_ending.get(left)
    if index is None:
        return None
    field = ctx.article.tokens[index]
    word = ctx.view[field.start : left]
    if not 2 <= len(word) <= 4 or field.pos not in ("n", "l", "nz") or word.endswith(ORG_SUFFIXES):
        return None
    field_start = field.start
    tokens = ctx.article.tokens
    if index >= 2 and ctx.view[tokens[index - 1].start : tokens[index - 1].end] in FIELD_JOINERS:
        # 南達科他大學|歷史及政治學|教授: two fields joined (歷史/n 及 政治學/n) are still the field
        first = tokens[index - 2]
        first_word = ctx.view[first.start : first.end]
        if 2 <= len(first_word) <= 4 and first.pos in ("n", "l", "nz") and not first_word.endswith(ORG_SUFFIXES) \
                and first.end == tokens[index - 1].start:
            field_start = first.start
    names = ctx.names
    start, org = _longest_ending_at(ctx.view, field_start, names.organizations, names.longest_form, key=names.view_key)
    if org is None:
        start = _org_by_suffix(ctx, field_start)
    if start is None or not ctx.view[start : field_start].endswith(SUBJECT_HEADS):
        return None
    return start, field_start


def _after_name_ok(view: str, end: int) -> bool:
    if end >= len(view):
        return True
    char = view[end]
    if not ("\u3400" <= char <= "\u9fff"):
        return True
    return any(view.startswith(word, end) for word in AFTER_NAME)


def _known_name_at(ctx: Context, i: int) -> int | None:
    """End of a PERSON mention, alias-table name or name read earlier in this article at `i`."""
    view, names = ctx.view, ctx.names
    for mention in ctx.article.mentions:
        if mention.label == "PERSON" and mention.start == i:
            return _complete_name(ctx, i, mention.end)
    for size in range(min(12, len(view) - i), 1, -1):
        if not _clean_span(view, i, i + size):
            continue
        key = names.view_key(view[i : i + size])
        if key in names.persons or key in ctx.learned:
            if _ends_inside_a_word(ctx, i, i + size):
                continue  # 鮑爾 (Powell) inside 鮑爾森 (Paulson): jieba reads the longer name
            return i + size
    return None


def _ends_inside_a_word(ctx: Context, start: int, end: int) -> bool:
    """True when jieba reads a longer name over the whole of view[start:end]: a person-tagged
    word from `start` (or before) that goes on with transliteration syllables (鮑爾森/nr over
    鮑爾), not with a word that ends names or a common character (川普曾/nr, 川普若/nr; 川|普拉
    does not cover 川普; 李|在|明時 has no such word)."""
    index = next((ctx.token_at[k] for k in range(end - 1, max(-1, start - 9), -1) if k in ctx.token_at), None)
    if index is None:
        return False
    token = ctx.article.tokens[index]
    rest = ctx.view[end : token.end]
    return (
        token.start <= start
        and token.end > end
        and token.pos.startswith("nr")
        and all(c in ctx.names.transliteration for c in rest)
        and not _after_name_ok(ctx.view, end)
    )


def _name_before_english(ctx: Context, i: int) -> int | None:
    """賽蒙斯（Emilie Simons）, 強生（Mike Johnson）: Taiwan news gives a foreign name its English
    form in brackets, which marks where the Chinese name ends whatever jieba made of it."""
    view = ctx.view
    if not ("\u4e00" <= view[i] <= "\u9fff"):
        return None  # 候選人|、前總統川普（Donald Trump）: punctuation starts no name
    for end in range(i + 2, min(i + 9, len(view))):
        char = view[end - 1]
        if not ("\u4e00" <= char <= "\u9fff" or char in NAME_DOTS) or char in NOT_NAME_START:
            return None
        if _BRACKETED_LATIN.match(ctx.article.text, end):
            return end
    return None


def _jieba_name_at(ctx: Context, i: int) -> int | None:
    """End of an unknown name at `i` from jieba's person/place tags (盧特|尼克, 郭嘉昆)."""
    index = ctx.token_at.get(i)
    if index is None:
        return None
    tokens = ctx.article.tokens
    end = i
    tags = []
    first = tokens[index]
    if (
        first.end - first.start <= 2
        and all(c in ctx.names.transliteration for c in ctx.view[first.start : first.end])
        and index + 1 < len(tokens)
        and tokens[index + 1].start == first.end
        and tokens[index + 1].pos.startswith(NAME_POS)
    ):
        # 扎|里夫, 皮門|特爾: jieba split syllables off the front of a transliteration and
        # tagged them a verb or a noun.
        end = first.end
        tags.append("nrt")
        index += 1
    while index < len(tokens) and tokens[index].start == end and tokens[index].pos.startswith(NAME_POS):
        if tokens[index].end - i > 8:
            break
        if end - i >= 2 and any(ctx.view.startswith(w, tokens[index].start) for w in AFTER_NAME):
            break  # 鄭文燦|今天上午: jieba tags the time a name too
        end = tokens[index].end
        tags.append(tokens[index].pos)
        index += 1
    if end == i:
        # A lone surname jieba did not tag (李|在|明時) or a surname glued into a word that is
        # not in the dictionary (黃子|哲痛批) may still start a name; a dictionary word
        # (連任, 任期) never does.
        word = ctx.view[first.start : first.end]
        if len(word) == 1 or (len(word) == 2 and word not in ctx.word_tags):
            return _surname_name_at(ctx, i)
        if len(word) in (3, 4) and ctx.word_tags.get(word, "v") == "v" and first.pos == "v" \
                and _after_name_ok(ctx.view, first.end) and (
                word[0] in ctx.names.surnames or all(c in ctx.names.transliteration for c in word)):
            # 前總統|甘迺迪/v|1963年: a name jieba tags a verb (its dictionary has 甘迺迪/v), shaped like a
            # name and ended like one, right after a title (the NER missed it)
            return first.end
        if len(word) == 2 and first.pos == "n":
            # 林家|興指出: a noun of the dictionary (林家) with one more character before a word
            # that ends names; a two-character hit would read 馬上 or 高度 as names.
            end = _surname_name_at(ctx, i)
            return end if end == i + 3 else None
        return None
    candidate = ctx.view[i:end]
    if len(candidate) == 1:
        return _surname_name_at(ctx, i)
    if not any(t.startswith("nr") for t in tags) and (
        _country_in_view(ctx.names, candidate) is not None
        or candidate in ctx.places
        or ctx.view[end : end + 1] in tuple(PLACE_SUFFIXES)
    ):
        return None  # a place after the title, not a person (擔任市長|桃園市民卡)
    if all(t == "nrt" for t in tags) and not _name_shaped(candidate, ctx.names):
        return None  # 市長|換人: jieba's transliteration tag on a verb phrase
    if len(tags) == 1 and ctx.word_tags.get(candidate, "nr")[:2] not in ("nr", "ns", "nz", "x", "en"):
        return None  # a dictionary word jieba guessed as a name: 總統連任, 總統任期
    return _complete_name(ctx, i, end)


def _name_shaped(candidate: str, names: NameLexicon) -> bool:
    """A Chinese name starts with a surname; a transliteration uses transliteration syllables."""
    if candidate[0] in names.surnames or candidate[:2] in names.surnames:
        return True
    letters = [c for c in candidate if c not in NAME_DOTS]
    return sum(c in names.transliteration for c in letters) * 2 >= len(letters)


def _complete_name(ctx: Context, start: int, end: int) -> int:
    """Read a name to its end where the tagger stopped short.

    胡錫|進去年 → 胡錫進 (a surname and one character, when one more ends the name);
    格里|先科, 麥克|林, 莎拉·麥克布萊德 → the whole transliteration.
    """
    view, names = ctx.view, ctx.names
    chinese = not (set(view[start:end]) & names.foreign)  # 霍索|共同 is not 霍索共
    if chinese and end - start == 2 and view[start] in names.surnames and not _after_name_ok(view, end) \
            and end < len(view) and _after_name_ok(view, end + 1) and view[end] not in NOT_NAME_START:
        return end + 1
    if end - start > 2 and view[end - 1] in NAME_DOTS + "-":
        # a tagger's 歐加修． / 湯瑪斯- stops at the dot or hyphen: it belongs to what follows it, if anything
        end -= 1
    end = _extend_transliteration(ctx, start, end)
    if view[end : end + 1] in REGNAL_NUMERALS and view[end + 1 : end + 2] == "世":
        end += 2  # 伊麗莎白二世
    return end




def _extend_transliteration(ctx: Context, start: int, end: int) -> int:
    view, translit = ctx.view, ctx.names.transliteration
    while end < len(view) and end - start < 12:
        step = end
        if view[step] in NAME_DOTS + "-" and step + 1 < len(view) and _name_part_at(ctx, step + 1, view[step] != "-"):
            step += 1  # 莎拉·麥克布萊德, 烏胡魯-肯雅塔, 歐加修．寇蒂茲
        elif view[step] == "?" and step - start >= 2 and len(view[step + 1 : step + 3]) == 2 \
                and all(c in translit for c in view[step - 2 : step] + view[step + 1 : step + 3]):
            step += 1  # 罗伯托？阿泽维多: old CCTV scripts lost the middle dot to a question mark
        index = ctx.token_at.get(step)
        if index is None:
            break
        token = ctx.article.tokens[index]
        word = view[token.start : token.end]
        if len(word) > 1 and word[0] in translit and any(view.startswith(w, step + 1) for w in AFTER_NAME) \
                and not ctx.word_tags.get(word, "").startswith("v"):
            # 喬治|斯致 唁電: jieba glued the last syllable to the verb; a verb of the dictionary
            # (賀錦麗|提及, 提出) is read as written.
            end = step + 1
            break
        if word in DAY_DEICTIC and TIME_WORD_AFTER.match(view, token.end):
            break  # 蘇貞昌|明|上午: the 明 of 明上午 (tomorrow morning), not a last syllable
        lone_syllable = len(word) == 1 and word in translit and word not in NOT_NAME_START
        if lone_syllable and not any(view.startswith(w, step) for w in AFTER_NAME):
            end = token.end  # 扎爾|達|里: jieba tags stray syllables as verbs and particles
            continue
        after_dot = step > end  # the part after 喬治·: jieba's person tag is enough
        if after_dot and token.pos.startswith(NAME_POS) and len(word) <= 4:
            end = token.end
            continue
        if (
            len(word) > 4
            or not all(c in translit for c in word)
            or any(view.startswith(w, step) for w in AFTER_NAME)
            or token.pos[:1] in ("v", "p", "d", "c", "u", "m", "q", "t", "f", "r")
            or word in ctx.titles.titles
        ):
            break
        end = token.end
    return end


def _name_part_at(ctx: Context, i: int, after_dot: bool) -> bool:
    """A name goes on at i: a transliteration syllable, or after a name's dot a word jieba tags a
    name (寇蒂茲 begins with 寇, which is no transliteration syllable)."""
    if ctx.view[i] in ctx.names.transliteration:
        return True
    if any(m.label == "PERSON" and m.start == i for m in ctx.article.mentions):
        return True  # 湯瑪斯-|葛林斐德: the model gives the part after the hyphen as a name of its own
    index = ctx.token_at.get(i)
    return after_dot and index is not None and ctx.article.tokens[index].pos.startswith(NAME_POS)


def _is_han(char: str) -> bool:
    """A Chinese character, rare ones included: OpenCC writes 馬馼 as 马𫘜 (U+2B61C, extension E), and
    given names use extension A-F characters the basic block lacks."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or "\U00020000" <= char <= "\U0003134f"


def _surname_name_at(ctx: Context, i: int) -> int | None:
    """A Chinese name by shape: surname + one or two characters, then a word that ends names."""
    view, names = ctx.view, ctx.names
    surname = view[i : i + 2] if view[i : i + 2] in names.surnames else view[i : i + 1]
    if surname not in names.surnames:
        return None
    base = i + len(surname)
    for given in (2, 1):
        end = base + given
        chunk = view[base:end]
        if len(chunk) == given and all(_is_han(c) for c in chunk) and not set(chunk) & NOT_NAME_START \
                and _after_name_ok(view, end):
            return end
    return None


def find_name_after(frame: Frame, ctx: Context) -> tuple[int, int] | None:
    view = ctx.view
    i = frame.title_end
    if i < len(view) and view[i] == " ":
        i += 1
    if view[i : i + 1] == ")" and frame.left > 0 and view[frame.left - 1] == "(":
        i += 1  # （中國國家主席）習近平: a translator's bracketed frame names the person after it
    gloss = view.startswith(GLOSS_OPENING, i)
    if gloss:
        i += len(GLOSS_OPENING)  # 國民黨衛環召委（指陳玉珍）: the writer's gloss names who holds the post
    elif view[i : i + 1] == "的" and view.startswith(TENURE_WORDS, frame.left):
        # 時任澳洲總理的莫里森, 現任俄亥俄州聯邦參議員的范斯: a post dated by 時任/現任 and joined
        # to its holder by 的 is a frame; the name must end there (時任總統的政策 names none)
        i += 1
    if i >= len(view) or view[i] in NOT_NAME_START or any(view.startswith(w, i) for w in NOT_NAME_WORDS):
        return None
    end = _known_name_at(ctx, i) or _name_before_english(ctx, i) or _jieba_name_at(ctx, i) \
        or _name_glued_to_title(frame, ctx, i) or (_surname_name_at(ctx, i) if gloss else None)
    if end is None or end <= i:
        return None
    if end - i == 3 and any(view.startswith(w, end - 1) for w in VERBS_GLUED_TO_NAMES):
        end -= 1  # 副主任委员|安建|作的关于…汇报: a two-character name read into the verb after it
    if gloss and view[end : end + 1] != ")":
        return None  # the gloss holds the name alone
    if any(m.label == "ORG" and m.start < frame.title_start and m.end > end for m in ctx.article.mentions):
        return None  # 海洋委員|海洋|保育署: the model reads title and "name" as one body's name
    candidate = view[i:end]
    cut = next((k for k, c in enumerate(candidate) if c in "()[]「」“”\"'，,。:：;；"), None)
    if cut is not None:  # a tagger's PERSON span ran into the bracket: 羅威（Ronald
        end = i + cut
        candidate = view[i:end]
    if len(candidate) < 2:
        return None
    if _longest_at(view, i, ctx.titles.titles, ctx.titles.longest, prefixes=ctx.titles.prefixes)[1] is not None:
        return None  # 國際奧林匹克委員|主席巴赫: the next title, not a name
    if candidate in ORG_SUFFIXES or candidate.endswith(tuple(x for x in ORG_SUFFIXES if len(x) > 1)):
        return None  # 特別檢察官|辦公室: the title names a body
    if (
        candidate in ctx.titles.titles
        or _organization_in_view(ctx.names, candidate) is not None
        or _country_in_view(ctx.names, candidate) is not None
    ):
        return None
    return i, end


def _name_glued_to_title(frame: Frame, ctx: Context, i: int) -> int | None:
    """統一部長官|趙明均: jieba tags as a name one word that runs from inside the title into the
    name (官趙明/nr); the name is the part after the title, read to its end."""
    if i in ctx.token_at:
        return None
    for begin in range(i - 1, frame.title_start - 1, -1):
        index = ctx.token_at.get(begin)
        if index is None:
            continue
        token = ctx.article.tokens[index]
        if not token.pos.startswith("nr") or token.end - i < 2:
            return None
        return _complete_name(ctx, i, token.end)
    return None


def _inside_book_title(view: str, at: int) -> bool:
    """True inside 《…》, the name of a document, law or book (《内罗毕部长宣言》)."""
    opening = view.rfind("《", max(0, at - 40), at)
    return opening >= 0 and view.find("》", opening, at) < 0


_PROVISIONAL_TRANSLATION = re.compile(r"[(（][^()（）]{0,60}[，,、]\s*暂译[)）]")


def _names_a_work(view: str, start: int, end: int) -> bool:
    """「雷根總統」（Reagan，暫譯）: a quotation holding nothing but the frame, followed by the
    original title and 暫譯 (provisional translation), names a film or a book, not an office."""
    return view[start - 1 : start] in ("「", "“", "『") and view[end : end + 1] in ("」", "”", "』") \
        and _PROVISIONAL_TRANSLATION.match(view, end + 1) is not None


def _guessed_name(ctx: Context, span: tuple[int, int]) -> bool:
    """A name read by its shape alone: not known, not tagged a name, no English gloss."""
    start, end = span
    if _known_name_at(ctx, start) == end or _BRACKETED_LATIN.match(ctx.article.text, end):
        return False
    name = ctx.view[start:end]
    if len(name) == 4 and _HAN_ONLY.fullmatch(name) and name[:2] not in ctx.names.surnames:
        return True  # 习近平总书记|庄严宣告/nr: four characters after a one-character surname
    return not (ctx.token_pos_at(start) or "").startswith("nr")


def find_name_before(frame: Frame, ctx: Context) -> tuple[int, int] | None:
    """川普總統, 習近平主席: only a name we already know, right before a bare title that is not
    itself modifying a noun (川普總統期待 yes, 賀錦麗總統選戰 no)."""
    view = ctx.view
    if frame.left != frame.title_start:
        return None
    if any(view.startswith(word, frame.title_end) for word in TITLE_AS_MODIFIER):
        return None
    # Names we know first: a tagger may have cut the name short (杜特|爾特總統).
    for size in range(min(12, frame.title_start), 1, -1):
        start = frame.title_start - size
        if not _clean_span(view, start, frame.title_start):
            continue
        key = ctx.names.view_key(view[start : frame.title_start])
        if key in ctx.names.persons or key in ctx.learned:
            return start, frame.title_start
    for mention in ctx.article.mentions:
        if mention.label == "PERSON" and mention.end == frame.title_start and _plausible_name(ctx, mention.start, mention.end):
            return mention.start, mention.end
    return _surname_before(frame, ctx)


def _read_body_before_name(frame: Frame, ctx: Context) -> None:
    """新北市政府經濟發展局|何怡明|局長, 陸委會邱垂正主委: a body written right before the name of a
    name-then-title frame is the post's body (not for a head of state: 民進黨|蔡英文總統)."""
    if frame.org_span is not None or frame.country_span is not None or frame.title.cls == "state":
        return
    at, names = frame.name_span[0], ctx.names
    start, org = _longest_ending_at(ctx.view, at, names.organizations, names.longest_form, key=names.view_key)
    if org is None or at - start < 2:
        start = _org_by_suffix(ctx, at)
        if start is not None and not ctx.view[start:at].endswith(BODY_BEFORE_NAME_HEADS):
            return  # 領會|習近平總書記, 關係: common words end in 會, 系, 所 too
    if start is not None and at - start >= 2:
        frame.org_span = (start, at)


# Status words that may stand before the name of a name-then-title frame (時任賴清德副總統); the
# one-character 前/原/代 are left out there (此前蔡英文總統, 原本…).
STATUS_BEFORE_NAME = ("时任", "前任", "已故", "卸任", "现任", "新任", "代理")


def _read_status_before_name(frame: Frame, ctx: Context) -> None:
    """時任|賴清德副總統: a status word right before the name (or the body read before it) of a
    name-then-title frame dates the post as it does before a title."""
    at = frame.org_span[0] if frame.org_span is not None else frame.name_span[0]
    word = next((w for w in STATUS_BEFORE_NAME if ctx.view.startswith(w, at - len(w))), None)
    if word is not None and STATUS[word]:
        frame.status = STATUS[word]


def _surname_before(frame: Frame, ctx: Context) -> tuple[int, int] | None:
    """賴總統, 蔡總統: a surname alone names a leader news addresses this way, when jieba
    tags the lone character a name (會見|賴|總統; 馬|總統 tagged a noun stays unread)."""
    if frame.title.surface not in SURNAME_TITLES:
        return None
    index = ctx.token_ending.get(frame.title_start)
    if index is None:
        return None
    token = ctx.article.tokens[index]
    surname = ctx.view[token.start : token.end]
    if token.end - token.start == 1 and surname in ctx.names.surnames and (
        token.pos == "nr" or any(len(key) == 3 and key[0] == surname for key in ctx.learned)
    ):
        # 习|总书记 (jieba tags 习 a verb) after 习近平 was named: the surname of a name read earlier
        return token.start, token.end
    return None


def _plausible_name(ctx: Context, start: int, end: int) -> bool:
    """Not an organisation, a country or a dictionary word (塔利班發言人, 榮譽主席)."""
    word = ctx.view[start:end]
    if word[0] in REGNAL_NUMERALS:  # 伊麗莎白|二世女王
        return False
    if _organization_in_view(ctx.names, word) or _country_in_view(ctx.names, word) or word in ctx.titles.titles:
        return False
    return ctx.word_tags.get(word, "nr")[:2] in ("nr", "ns", "nz", "x", "en")


# A count of people right before a title (幾位立委, 多名议员, 3位委員): the title names a group.
_COUNTED_PEOPLE = re.compile(r"(?:几|多|数|[一二两三四五六七八九十百\d]+)[位名]$")


def share_names_along_lists(frames: list[Frame], view: str) -> None:
    """中共中央總書記、國家主席、中央軍委主席習近平: every title in the list gets the name."""
    for index in range(len(frames) - 1, 0, -1):
        current, previous = frames[index], frames[index - 1]
        if current.name_span is None or current.name_before or previous.name_span is not None:
            continue
        if _COUNTED_PEOPLE.search(view, max(0, previous.left - 4), previous.left):
            continue  # 其它幾位|民進黨立委、經濟部次長曾文生: a counted group, then a person; no list of titles
        if previous.title_end == current.left - 1 and view[previous.title_end] in TITLE_LIST_JOINERS:
            previous.name_span = current.name_span
        elif view[previous.title_end : previous.title_end + 1] == "、" and \
                0 < current.left - previous.title_end - 1 <= 8 and \
                not set(view[previous.title_end + 1 : current.left]) & set(CLAUSE_MARKS + "、"):
            # 中共中央政治局常委、中央党的|群众路线教育实践活动领导小组组长刘云山: the next title's body
            # was read short (at its 的); the words before it are still inside the list
            previous.name_span = current.name_span


_ALSO_IS = re.compile(r"[，,](?:同时|同時)?也是")


def share_names_across_also(frames: list[Frame], ctx: Context) -> None:
    """民主黨總統候選人，也是現任副總統賀錦麗 / 特斯拉執行長，同時也是社群媒體X老闆的馬斯克: an
    apposition chain (，也是 …) that ends on a name gives the name to the title before the chain —
    the later title's name, or a known name after 的 in the same clause."""
    view = ctx.view
    for index, frame in enumerate(frames):
        also = _ALSO_IS.match(view, frame.title_end)
        if frame.name_span is not None or also is None:
            continue
        stop = next((k for k in range(also.end(), min(len(view), also.end() + 30)) if view[k] in CLAUSE_MARKS),
                    min(len(view), also.end() + 30))
        later = next((f for f in frames[index + 1 :] if f.left >= also.end() and f.title_end <= stop), None)
        if later is not None:
            if later.name_span is not None and not later.name_before:
                frame.name_span = later.name_span
            continue
        mark = view.find("的", also.end(), stop)
        end = _known_name_at(ctx, mark + 1) if mark >= 0 else None
        if end is not None and end <= stop:
            frame.name_span = (mark + 1, end)


def share_name_before_along_lists(frames: list[Frame], view: str) -> None:
    """习近平总书记、国家主席的问候: a title listed after a name's title, with no name of its own and
    no further list after it, is the same person's (as a list before the name is)."""
    for previous, current in pairwise(frames):
        if not previous.name_before or previous.name_span is None or current.name_span is not None:
            continue
        if previous.title_end == current.left - 1 and view[previous.title_end] == "、" \
                and view[current.title_end : current.title_end + 1] not in LIST_CONTINUES:
            current.name_span, current.name_before = previous.name_span, True


# A count closing a list of names before the title they share (…许家印等五位全国政协委员, 四位).
_LIST_COUNT = re.compile(r"(?:等(?:[一二三四五六七八九十两多几\d]+[位名])?|[两二三四五六七八九十\d]+[位名])$")
_LIST_JOINER = re.compile(r"以及|、|和|及|与")
CLAUSE_MARKS = "，,。；;：:！!？?\n「」“”"
_CAPTION_MARK = re.compile(r"\((?:图|圖|左|中|右|前|后|後)[一二三四五六七八九\d]?\)")


def _after_caption_mark(view: str, end: int) -> int:
    """Past a photo caption's position mark after a name: 洪孟楷（中）、王鴻薇（左）."""
    found = _CAPTION_MARK.match(view, end)
    return found.end() if found else end


def names_listed_after(frames: list[Frame], ctx: Context) -> list[Frame]:
    """立委呂玉玲、吳怡玎及魯明哲, 領導人習近平、李克強: one frame per listed name.

    Not after a title one person holds alone (總統, 總理, 國家主席), where a name after 、 is
    a different person with another office (總統拜登、賀錦麗)."""
    view, extra = ctx.view, []
    title_starts = {f.left for f in frames}
    for frame in frames:
        if frame.name_span is None or frame.name_before or frame.title.surface in SINGLE_HOLDER_TITLES or (
                (frame.org_shares_title or frame.title.implied_organization)
                and frame.title.surface.endswith(tuple(SINGLE_HOLDER_TITLES))):
            continue  # (行政院長蘇貞昌、賴清德: a fused head of one body is held by one person too)
        end = _after_caption_mark(view, frame.name_span[1])
        while end < len(view) and view[end] in "、及和与":
            i = end + 1
            if i in title_starts or i >= len(view):
                break
            name_end = _known_name_at(ctx, i) or _jieba_name_at(ctx, i)
            if name_end is None or not (2 <= name_end - i <= 4) or not _plausible_name(ctx, i, name_end):
                break
            if name_end < len(view) and view[name_end] not in "、及和与等" and not _after_name_ok(view, name_end) \
                    and not (view[end] == "、" and _person_mention_at(ctx, i, name_end)):
                # (…王岐山、张高丽|参观展览: in a 、 list the model's PERSON span ends the last name whatever
                # follows; not after 與/和, which also join a holder to someone else: 總統候選人川普與盧默)
                break
            extra.append(replace(frame, name_span=(i, name_end), name_before=False))
            learn_name(ctx, view[i:name_end])
            end = _after_caption_mark(view, name_end)
    return sorted(frames + extra, key=lambda f: (f.name_span[0] if f.name_span else f.title_start, f.title_start))


def names_listed_before(frames: list[Frame], ctx: Context) -> list[Frame]:
    """厉以宁、陈锡文、易纲等五位全国政协委员, 吕玉玲、吴怡玎两位立委: names listed before a count
    (or 等) and the title they share; one frame per name, if every item of the list is a name."""
    view, extra = ctx.view, []
    named = {f.name_span for f in frames if f.name_span is not None}
    for frame in frames:
        if frame.name_span is not None:
            continue
        count = _LIST_COUNT.search(view, max(0, frame.left - 8), frame.left)
        if count is None:
            continue
        if view[frame.title_end : frame.title_end + 1] == "、" and _longest_at(
                view, frame.title_end + 1, ctx.titles.titles, ctx.titles.longest, prefixes=ctx.titles.prefixes)[1] is not None:
            continue  # 冯巩、…、戚建国等16位全国政协常委、委员: which of the posts each holds is not written
        clause = max(view.rfind(mark, 0, count.start()) for mark in CLAUSE_MARKS) + 1
        items, begin = [], clause
        for joiner in _LIST_JOINER.finditer(view, clause, count.start()):
            items.append((begin, joiner.start()))
            begin = joiner.end()
        items.append((begin, count.start()))
        # The list is the names read back from the count (主任徐绍史以及|厉以宁、…: not the frame before)
        names = list(takewhile(lambda item: _listed_name(ctx, *item), reversed(items)))
        # (立委呂玉玲、吳怡玎等多位委員: names an earlier title holds are referred back to, not listed)
        if len(names) >= 2 and not named.intersection(names):
            extra += [replace(frame, name_span=item, name_before=True) for item in reversed(names)]
    return sorted(frames + extra, key=lambda f: (f.name_span[0] if f.name_span else f.title_start, f.title_start))


def _listed_name(ctx: Context, start: int, end: int) -> bool:
    """view[start:end] is one person's name: 2-4 characters a name reader ends exactly there."""
    name = ctx.view[start:end]
    parts = [p for p in _NAME_PARTS.split(name) if p]
    if len(parts) > 1:
        # 珠康·土登克珠: a transliterated name's parts, each two characters or more of Chinese
        return len(parts) <= 4 and all(len(p) >= 2 and _HAN_ONLY.fullmatch(p) for p in parts) and end - start <= 14
    if not 2 <= end - start <= 4:
        return False
    found = _known_name_at(ctx, start) or _jieba_name_at(ctx, start)
    return found == end and _plausible_name(ctx, start, end)


def _frame_country(frame: Frame, ctx: Context) -> str | None:
    """The country the frame's own words give: written, or implied by organisation or title."""
    if frame.country:
        return frame.country
    if frame.org_country:
        return frame.org_country
    if frame.org_span:
        org_view = ctx.view[frame.org_span[0] : frame.org_span[1]]
        org = _organization_in_view(ctx.names, org_view.removeprefix("常驻").removeprefix("驻"))
        if org and org.country:
            return org.country
        inner, at = _country_of_inner_organization(org_view, ctx.names)
        opening = _country_opening(org_view, ctx.names)
        # 日本|民主党政策调查会: the country the name opens with, over a body named later inside it
        # (but 中國國民黨立法院黨團 is the body the lexicon knows from its first character: TW)
        if opening and (inner is None or at > 0):
            return opening
        if inner:
            return inner
    if frame.title.implied_organization:
        org = _organization_in_view(ctx.names, frame.title.implied_organization)
        if org and org.country:
            return org.country
    return frame.title.implied_country


def _country_of_inner_organization(org_view: str, names: NameLexicon) -> tuple[str | None, int]:
    """(country, where) of the longest known body inside a body the lexicon lacks: 民主黨全國委員會
    → US at 0; (None, -1) when none is known."""
    for size in range(min(len(org_view) - 1, names.longest_form), 1, -1):
        for start in range(len(org_view) - size + 1):
            org = _organization_in_view(names, org_view[start : start + size])
            if org is not None and org.country:
                return org.country, start
    return None, -1


def share_place_with_its_head(frames: list[Frame], view: str) -> None:
    """万象市委书记兼市长, 北京市委副书记、市长, 上海市委常委、常務副市長: the head of government (or
    a deputy) after a post in the place's Party committee serves the place itself (万象市)."""
    for previous, frame in pairwise(frames):
        if (
            previous.fused_start is not None
            and _party_committee_title(previous)
            and frame.org_span is None
            and frame.country_span is None
            and frame.title.surface.removeprefix("常务").removeprefix("副") in FUSED_PLACE_HEADS
            and frame.title.surface[-2] == previous.title.surface[0]
            and previous.title_end == frame.left - 1
            and view[previous.title_end] in TITLE_LIST_JOINERS
        ):
            frame.org_span, frame.org_country = (previous.fused_start, previous.title_start + 1), previous.org_country


def share_written_country_along_lists(frames: list[Frame], ctx: Context) -> None:
    """老挝党中央政治局委员、中央书记处常务书记、国家副主席潘坎: the country the head of one person's
    list of titles gives (written, or by its body: 老挝人民革命党中央) is the country of every title
    after it that writes none, over the country a generic body's name suggests (中央书记处,
    中央纪委 are the CPC's unless the list says otherwise)."""
    view = ctx.view
    for previous, frame in pairwise(frames):
        head_country = _frame_country(previous, ctx) if not previous.org_international else None
        if (
            head_country is not None
            and frame.country is None
            and frame.name_span is not None
            and frame.name_span == previous.name_span
            and not frame.name_before
            and previous.title_end == frame.left - 1
            and view[previous.title_end] in TITLE_LIST_JOINERS
        ):
            frame.country = head_country


def share_body_across_jian(frames: list[Frame], view: str) -> None:
    """全国人大常委会副委员长兼秘书长, 陸委會副主委兼發言人: both posts are in the first body; so is
    the Party group's post listed after a body's (国家卫生计生委主任、党组书记) and a rank of the
    same post (原主席、名誉主席)."""
    for previous, frame in pairwise(frames):
        joiner = view[previous.title_end] if previous.title_end < len(view) else ""
        if (
            previous.org_span is not None
            and frame.org_span is None
            and frame.country_span is None
            and not frame.title.implied_organization
            and previous.title_end == frame.left - 1
            and (joiner == "兼" or (joiner in TITLE_LIST_JOINERS and (
                frame.title.surface.startswith(PARTY_GROUP_POSTS)
                # 妇女联合会原主席、名誉主席: a rank of the same post is in the same body
                or view[frame.title_start : frame.title_end].endswith(previous.title.surface))))
        ):
            frame.org_span, frame.org_country = previous.org_span, previous.org_country
            frame.country, frame.country_span, frame.country_is_cue = (
                previous.country, previous.country_span, previous.country_is_cue)


def share_body_with_deputy(frames: list[Frame], ctx: Context) -> None:
    """外交部長林佳龍與次長田中光, 陸委會主委邱垂正和副主委梁文傑: a deputy's rank after 與/和/及
    that names no body of its own is in the body of the head just named."""
    view = ctx.view
    for previous, frame in pairwise(frames):
        if (
            _written_body(previous, view) is None
            or previous.name_span is None
            or previous.name_before
            or frame.org_span is not None
            or frame.country_span is not None
            or frame.title.implied_organization
            or not view[frame.title_start : frame.title_end].startswith(DEPUTY_RANKS)
        ):
            continue
        between = previous.name_span[1]
        gloss = _BRACKETED_LATIN.match(ctx.article.text, between)
        if gloss:
            between = gloss.end()
        if view[between : frame.left] in ("与", "和", "及", "、"):
            # (幹事長劉世芳、副幹事長蔡易餘: a list of the body's officers)
            frame.org_span, frame.org_country = _written_body(previous, view), previous.org_country


def _written_body(frame: Frame, view: str) -> tuple[int, int] | None:
    """The span of the body a frame writes: its organisation, the body inside a fused title
    (商務部長 → 商務部) or the one its lexicon title holds (外交部长 → 外交部)."""
    if frame.org_span is not None:
        return (frame.org_span[0], frame.title_start + 1) if frame.org_shares_title else frame.org_span
    implied = frame.title.implied_organization
    if implied and view.startswith(implied, frame.title_start):
        return frame.title_start, frame.title_start + len(implied)
    return None


def share_country_across_conjunctions(frames: list[Frame], ctx: Context) -> None:
    """德國總統史坦麥爾與總理蕭茲, 南苏丹总统基尔和前副总统马沙尔: the country written before the
    first frame is the country of the second, which names no body of its own."""
    view, text = ctx.view, ctx.article.text
    for previous, frame in pairwise(frames):
        if (
            previous.country_span is None
            or previous.name_span is None
            or previous.name_before
            or frame.country_span is not None
            or frame.org_span is not None
            or frame.title.implied_organization
        ):
            continue
        between = previous.name_span[1]
        gloss = _BRACKETED_LATIN.match(text, between)
        if gloss:
            between = gloss.end()  # 史坦麥爾（Frank-Walter Steinmeier）與總理蕭茲
        if view[between : frame.left] in ("与", "和", "及"):
            frame.country, frame.country_span, frame.country_is_cue = (
                previous.country, previous.country_span, previous.country_is_cue)


def _country_opening(org_view: str, names: NameLexicon) -> str | None:
    """俄罗斯联邦委员会 → RU: a body whose name opens with a country's full name, or with a place
    the country table lists as a cue (維吉尼亞大學 → US, 北京聯合大學 → CN)."""
    for size in range(min(len(org_view) - 1, 8), 1, -1):
        form = _country_in_view(names, org_view[:size])
        if form is not None and form.kind in ("name", "cue"):
            return form.iso2
    return None


def resolve_countries(frames: list[Frame], ctx: Context) -> None:
    """Frame words > the person's country in the alias table > the last frame in the same
    sentence, when both names look alike (俄羅斯總理梅德韋傑夫責成副總理羅戈津; never the Chinese
    host of a foreign guest) > the article's home country for a Chinese
    name (local news leaves its own country out) — never for a foreign-looking name such as
    卡特 or one introduced with an English name in brackets (狄倫（Jen O'Malley Dillon）)."""
    article, view, names = ctx.article, ctx.view, ctx.names
    previous: Frame | None = None
    seen: dict[str, str] = {}  # name key -> country an earlier frame gave (托馬·博尼·亞伊 … 亞伊總統)
    written = False  # the previous frame's country is written in a frame of its list, not the alias table's
    for frame in frames:
        if frame.name_span is None:
            continue
        country = _frame_country(frame, ctx)
        from_text = frame_written = country is not None
        name_view = view[frame.name_span[0] : frame.name_span[1]]
        if country is None and not frame.org_international:
            # 北約秘書長呂特: an international post has no country, whatever the holder's.
            person = _person_in_view(names, name_view)
            if person and person.country:
                country, from_text = person.country, True
        if country is None and not frame.org_international and frame.org_span is None:
            country = _country_referred_back(frame, ctx) or _principals_country(frame, ctx)
            from_text = country is not None
        if country is None and names.view_key(name_view) in seen:
            country, from_text = seen[names.view_key(name_view)], True
        if country is None and previous is not None and (
            previous.name_span == frame.name_span or previous.title_start == frame.title_start
        ):
            # one list: of titles for one name, or of names under one title (王健、王天戈等12位常委)
            country, from_text, frame_written = previous.resolved_country, previous.country_from_text, written
        if country is None and previous is not None and written and not frame.org_international \
                and _next_in_list_of_guests(previous, frame, view):
            # 会见老挝…国家主席通伦，总理宋赛，国会主席赛宋蓬: one list, one country, written at its head
            # (not 潘基文's from the alias table for the next guest, 联合国大会主席)
            country, from_text, frame_written = previous.resolved_country, True, True
        if (
            country is None
            and previous is not None
            and previous.country_from_text
            and frame.org_span is None
            and not frame.name_before
            and view[frame.left - 1 : frame.left] != "、"  # 甲國總統A、乙國總理B: a list
            # 溫家寶會見古巴…主席勞爾·卡斯特羅: a host and a foreign guest share sentences
            and looks_chinese(name_view, names) == looks_chinese(view[previous.name_span[0] : previous.name_span[1]], names)
            and article.sentence_at(previous.name_span[0]) == article.sentence_at(frame.name_span[0])
        ):
            country, from_text = previous.resolved_country, True
        if country is None and frame.org_span is not None and not _international_post(frame, ctx) \
                and not looks_chinese(name_view, names) and frame.title.cls != "firm":
            # (not for a firm's post: AJ Bell分析師穆德 — a firm the text does not place has no country)
            # 五星运动党领导人迪马约: a foreign party's post in a news brief on one country
            country = _sole_country_of_paragraph(ctx, frame.name_span[0])
            from_text = country is not None
        if (
            country is None
            and not frame.org_international
            and (looks_chinese(name_view, names) or name_view in names.surnames)  # 賴總統
            and not _BRACKETED_LATIN.match(article.text, frame.name_span[1])
        ):
            country = home_country(article)
        frame.resolved_country, frame.country_from_text = country, from_text
        previous, written = frame, frame_written
        if country and from_text:
            parts = [p for p in _NAME_PARTS.split(name_view) if p]
            for key in {names.view_key(name_view), names.view_key(parts[-1]) if len(parts) > 1 else ""} - {""}:
                seen.setdefault(key, country)
    take_the_articles_foreign_country(frames, ctx)


def _principals_country(frame: Frame, ctx: Context) -> str | None:
    """川普前國安顧問波頓, 川普的前顧問康威: a post written as a known person's (the alias table's
    name right before the frame, 的 between or not) serves that person's country."""
    view, end = ctx.view, frame.left
    if view[end - 1 : end] == "的":
        end -= 1
    for size in range(min(8, end), 1, -1):
        person = _person_in_view(ctx.names, view[end - size : end])
        if person is not None and person.country and (end - size) in ctx.token_at:
            return person.country
    return None


def take_the_articles_foreign_country(frames: list[Frame], ctx: Context) -> None:
    """A frame of a foreign-looking name left without a country, or given the home country only by
    default for an office the home country does not have (參議員魯比歐 in Taiwan news), takes the
    foreign country its clause names before it, else the one foreign country the article's written
    frames are about (guideline 6: 時任總統川普 in an article on the US election is
    US): 前總統布希 among 白宮國安顧問s, 总理鲁马斯 after 白俄罗斯…总统卢卡申科."""
    home = home_country(ctx.article)
    foreign = _articles_foreign_country(frames, home, ctx)
    for frame in frames:
        if frame.name_span is None or frame.country_from_text or _international_post(frame, ctx):
            continue
        if frame.title.cls == "firm":
            continue  # Baird投資策略師梅菲德, AJ Bell分析師穆德: a firm the text does not place has no country
        name_view = ctx.view[frame.name_span[0] : frame.name_span[1]]
        # (a firm's post keeps no country the text does not give: AJ Bell分析師穆德, CivAI共同創辦人韓森)
        foreign_looking = not looks_chinese(name_view, ctx.names) \
            or (frame.org_span is None and _glossed_in_latin(ctx, name_view))
        if (frame.resolved_country is None and foreign_looking) \
                or (frame.resolved_country == home and _office_abroad(frame, ctx)):
            # 伊朗經濟事務與財政部長汉杜齐, 乌克兰被解职总统: a country the clause names before the frame
            # is nearer than the article's
            frame.resolved_country = _clause_country_before(frame, ctx, home) or foreign or frame.resolved_country


# How the names of world and European bodies open (國際奧會, 世界知识产权组织, 全球基金, 欧洲理事会,
# 欧盟委员会, 联合国大会): their officials serve no country.
WORLD_BODY_OPENINGS = ("国际", "世界", "全球", "欧洲", "欧盟", "联合国")


def _international_post(frame: Frame, ctx: Context) -> bool:
    """A post of an international body, or of a body named after one (联合国大会主席, 联合国环境
    规划署执行主任): its holder serves no country."""
    if frame.org_international:
        return True
    if frame.org_span is None:
        return False
    org_view = ctx.view[frame.org_span[0] : frame.org_span[1]]
    if org_view.startswith(WORLD_BODY_OPENINGS) and len(org_view) >= 4 \
            and not org_view.endswith(SUBJECT_HEADS + ("系", "部", "局", "司", "处", "厅", "署")):
        return True  # 國際奧會, 欧洲理事会 (not 国际关系学院, a school, or 国际贸易促进局, a state's bureau)
    return any((org := _organization_in_view(ctx.names, org_view[:size])) is not None and org.international
               for size in range(2, len(org_view) + 1))


def _clause_country_before(frame: Frame, ctx: Context, home: str | None) -> str | None:
    """The last foreign country named between the start of the frame's clause and the frame."""
    # (quotation marks are no breaks: 伊拉克…“正义联盟”领导人; 、 neither: 塞尔维亚总统武契奇、总理布尔纳比奇)
    start = max(ctx.view.rfind(mark, 0, frame.left) for mark in "，,。；;：:！!？?\n") + 1
    named = [c for c in _countries_named(ctx, start, frame.left) if c != home]
    return named[-1] if named else None


def _glossed_in_latin(ctx: Context, name_view: str) -> bool:
    """法官莫城（Juan Merchan）: a transliteration shaped like a Chinese name that the article glosses
    in Latin letters somewhere, so a foreign person (the first mention carries the gloss)."""
    at = ctx.view.find(name_view)
    while at >= 0:
        if _BRACKETED_LATIN.match(ctx.article.text, at + len(name_view)):
            return True
        at = ctx.view.find(name_view, at + 1)
    return False


def _articles_foreign_country(frames: list[Frame], home: str | None, ctx: Context) -> str | None:
    """The foreign country of at least two thirds of the frames whose country the text gives (their
    words or the alias table: 总统卢卡申科 → BY), and of two frames or more unless it is the only
    one; None when the article is about several."""
    counts = Counter(f.resolved_country for f in frames if f.name_span is not None and f.country_from_text
                     and f.resolved_country not in (None, home) and not _international_post(f, ctx))
    if not counts:
        return None
    country, n = counts.most_common(1)[0]
    if 3 * n < 2 * counts.total() or (n < 2 and len(counts) > 1):
        return None
    return country


def _office_abroad(frame: Frame, ctx: Context) -> bool:
    """The title or its body names an office the home country does not have (resources/offices_abroad.txt)."""
    words = ctx.view[frame.left : frame.title_end]
    return any(word in words for word in ctx.titles.abroad)


def _next_in_list_of_guests(previous: Frame, frame: Frame, view: str) -> bool:
    """The frame begins right after the previous frame's name and a comma (…国家主席通伦，总理宋赛):
    the next person of the same list, met or named with the one before."""
    if previous.name_span is None or previous.name_before or frame.name_before:
        return False
    end = previous.name_span[1]
    return view[end : end + 1] in ("，", ",") and end + 1 == frame.left


def _country_referred_back(frame: Frame, ctx: Context) -> str | None:
    """该州州长, 该国总理: the post of the place named last before it in its paragraph (a country's
    name or a place inside one, 威斯康星州), or None when the frame does not refer back."""
    view, left = ctx.view, frame.left
    if not any(view.startswith(w, left - len(w)) for w in PLACES_REFERRED_BACK):
        return None
    named = _countries_named(ctx, view.rfind("\n", 0, left) + 1, left - 2, kinds=("name", "cue"))
    return named[-1] if named else None


def _sole_country_of_paragraph(ctx: Context, at: int) -> str | None:
    """The one country named (by a name of two characters or more, not a cue or a one-character
    prefix) in the paragraph holding `at`, or None when it names none or several."""
    view = ctx.view
    start, end = view.rfind("\n", 0, at) + 1, view.find("\n", at)
    found = set(_countries_named(ctx, start, len(view) if end < 0 else end))
    return found.pop() if len(found) == 1 else None


def _countries_named(ctx: Context, start: int, end: int, kinds: tuple[str, ...] = ("name",)) -> list[str]:
    """The countries named in view[start:end] by a name of two characters or more (not a cue such as
    北京 or a one-character prefix, unless `kinds` says), in the order written."""
    view, names = ctx.view, ctx.names
    found, i = [], start
    while i < end:
        size = next((n for n in range(min(names.longest_form, end - i), 1, -1)
                     if (form := _country_in_view(names, view[i : i + n])) is not None and form.kind in kinds), 0)
        if size and not _inside_a_place(ctx, i):
            found.append(_country_in_view(names, view[i : i + size]).iso2)
        i += size or 1
    return found


def _inside_a_place(ctx: Context, i: int) -> bool:
    """view[i] is inside the name of a division the places table knows that began before it (内|蒙古)."""
    return any(ctx.view[j : j + size] in ctx.places and j + size > i
               for j in range(max(0, i - 3), i) for size in range(2, 6))


def _organization_text(frame: Frame, ctx: Context) -> str | None:
    article = ctx.article
    if frame.org_span:
        return article.text[frame.org_span[0] : frame.org_span[1]]
    implied = frame.title.implied_organization
    if implied:
        if ctx.view.startswith(implied, frame.title_start):
            return article.text[frame.title_start : frame.title_start + len(implied)]
        return ctx.names.converters.s2t.convert(implied) if article.lang == "zh-Hant" else implied
    if frame.country_span:
        # A post hanging directly off a country holds office in it, named as written: 美國總統,
        # 南韓總統, 大陸副代表, 俄總統 (SPEC: 川普 → 美國).  With no country written (時任總統川普,
        # 國家主席習近平) the frame names no body.
        return article.text[frame.country_span[0] : frame.country_span[1]]
    return None


def official_rows(frames: list[Frame], ctx: Context) -> list[Official]:
    article = ctx.article
    rows = []
    for frame in frames:
        if frame.name_span is None or frame.title.cls not in ("state", "office", "bound", "firm"):
            continue
        name_start, name_end = frame.name_span
        title_start = frame.fused_start if frame.fused_start is not None else frame.title_start
        rows.append(
            Official(
                article_id=article.article_id,
                name=article.text[name_start:name_end],
                title=article.text[title_start : frame.title_end],
                organization=_organization_text(frame, ctx),
                country=frame.resolved_country,
                start=min(frame.left, name_start),
                end=max(frame.title_end, name_end),
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
        if frame.org_shares_title and frame.fused_start is not None:
            found.append(rule_mention(article, frame.fused_start, frame.title_end, "TITLE"))
        else:
            found.append(rule_mention(article, frame.title_start, frame.title_end, "TITLE"))
            if frame.org_span:
                found.append(rule_mention(article, frame.org_span[0], frame.org_span[1], "ORG"))
        if frame.country_span and not frame.country_is_cue:
            found.append(rule_mention(article, *frame.country_span, "GPE"))
        if frame.name_span:
            found.append(rule_mention(article, *frame.name_span, "PERSON"))
    return found


def _without_titles_in_names(mentions: list[Mention], frames: list[Frame]) -> list[Mention]:
    """Drop a tagger's PERSON span that swallowed the frame's title (總統川普 as one PERSON),
    so the frame's own PERSON (川普), TITLE and GPE mentions take its place."""
    spans = [(f.left, f.title_start, f.name_span) for f in frames if f.name_span and not f.name_before]
    kept = []
    for m in mentions:
        swallowed = m.label == "PERSON" and any(
            m.start <= title_start and m.end >= name[1] and m.start >= left and (m.start, m.end) != name
            for left, title_start, name in spans
        )
        if not swallowed:
            kept.append(m)
    return kept


def _trimmed_to_known_names(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """川普拉 → 川普: a tagger's PERSON span that runs a known name into the next word."""
    token_ends = ctx.token_ending
    kept = []
    for m in mentions:
        if m.label == "PERSON":
            for size in range(m.end - m.start - 1, 1, -1):
                end = m.start + size
                key = ctx.names.view_key(ctx.view[m.start : end])
                if key in ctx.names.persons or key in ctx.learned:
                    index = ctx.token_at.get(end)
                    rest_is_name = index is not None and ctx.article.tokens[index].pos.startswith(NAME_POS)
                    # A Chinese name plus one character may be another person (李強|國); a
                    # transliteration plus one character is a name run into a verb (川普|拉).
                    foreign_plus_one = m.end - end == 1 and not looks_chinese(ctx.view[m.start : end], ctx.names)
                    if _ends_inside_a_word(ctx, m.start, end):
                        break  # 鮑爾森 (Paulson) is no 鮑爾 (Powell) run into a verb
                    if (end in token_ends and not rest_is_name) or foreign_plus_one:
                        m = m.model_copy(update={"end": end, "text": ctx.article.text[m.start : end]})
                    break
        kept.append(m)
    return kept


def repeated_name_mentions(ctx: Context) -> list[Mention]:
    """Every other place a frame name or alias-table name occurs (林劍說, 川普表示).

    A two-character hit must line up with jieba's word boundaries, so 李強 is not found in
    …李強調… and 王毅 not in 王毅然.
    """
    article, view, names = ctx.article, ctx.view, ctx.names
    learned_prefixes = key_prefixes(ctx.learned)
    found = []
    i = 0
    while i < len(view):
        end = None
        # Grow the span while some known name can start with it; keep the longest hit.
        for size in range(1, min(12, len(view) - i) + 1):
            key = names.view_key(view[i : i + size])
            if key not in names.person_prefixes and key not in learned_prefixes:
                break
            if size < 2 or not _clean_span(view, i, i + size):
                continue
            if key in names.persons or key in ctx.learned:
                if size == 2 and article.tokens and (i not in ctx.token_at or i + size not in ctx.token_ending):
                    continue
                end = i + size
        if end is None or _inside_longer_latin_name(view, i, end):
            i += 1
            continue
        source = "alias" if names.view_key(view[i:end]) in names.persons else "rule"
        found.append(rule_mention(article, i, end, "PERSON", source=source))
        i = end
    return found


_LATIN_CONTINUES = re.compile(r"[A-Za-z]|\s*(?:Jr|Sr|II|III|IV)\b")


def _inside_longer_latin_name(view: str, start: int, end: int) -> bool:
    """Donald Trump inside Donald Trump Jr. (小川普) or Trumpism is another name, not an alias hit."""
    if view[end - 1].isascii() and view[end - 1].isalpha() and _LATIN_CONTINUES.match(view, end):
        return True
    before = view[max(0, start - 2) : start]
    # Trump inside Eric Trump: a Latin letter (or a letter and one space) right before it.
    return view[start].isascii() and view[start].isalpha() and bool(re.search(r"[A-Za-z]\.? ?$", before))


def learn_name(ctx: Context, name_view: str) -> None:
    """Remember a frame's name for the rest of the article, and the last part of a dotted
    foreign name, which news uses alone afterwards (托馬·博尼·亞伊 … 亞伊總統)."""
    ctx.learned.add(ctx.names.view_key(name_view))
    parts = [p for p in _NAME_PARTS.split(name_view) if p]
    if len(parts) > 1 and len(parts[-1]) >= 2:
        ctx.learned.add(ctx.names.view_key(parts[-1]))


def _word_tags(resources: Resources) -> dict[str, str]:
    """jieba's dictionary tags (连任 v), to reject dictionary words jieba's HMM calls names."""
    segmenter = resources.get("segmenter", load_segmenter)
    return segmenter.pos.word_tag_tab


def find_officials(article: Article, resources: Resources) -> Article:
    """Stage: `article.officials`, plus PERSON/TITLE/ORG/GPE mentions the frames found."""
    if not article.text:
        return article
    if article.lang == "en":
        article.officials = english.find_english_officials(article, resources)
        return article
    if not article.view:
        article.view = make_view(article.text, resources.get("converters", load_converters))
    ctx = Context(
        article=article,
        view=article.view,
        names=name_lexicon(resources),
        titles=title_lexicon(resources),
        word_tags=_word_tags(resources),
        places=admin_places(resources),
        token_at={t.start: i for i, t in enumerate(article.tokens)},
        token_ending={t.end: i for i, t in enumerate(article.tokens)},
    )
    article.mentions = _trimmed_to_known_names(article.mentions, ctx)
    frames = [fuse_permanent_mission(extend_left(frame, ctx), ctx) for frame in scan_titles(ctx)]
    # 代表 is an office only with its body or posting written (駐美代表); else a verb or a delegate.
    frames = [f for f in frames if f.title.cls != "bound" or f.org_span or f.country_span or f.fused_start is not None]
    # A firm's post (分析師, 創辦人) only with a body written: 資深中國分析師 names the field, no firm.
    frames = [f for f in frames if f.title.cls != "firm" or f.org_span]
    frames = [f for f in frames if not _post_contested(f, ctx.view)]
    for frame in frames:
        span = find_name_after(frame, ctx)
        if span is None or _guessed_name(ctx, span):
            # 蔡英文總統曾講過: a name we know before the title beats a name guessed after it
            # (but 賀錦麗發言人泰勒 names the spokesman, whom jieba tags a name).
            before = find_name_before(frame, ctx)
            if before is not None:
                span, frame.name_before = before, True
        if span is not None and _inside_book_title(ctx.view, frame.title_start) and _known_name_at(ctx, span[0]) != span[1]:
            span = None  # 《内罗毕部长宣言》: only a name we know holds a title inside a document's name
        if span is not None and _names_a_work(ctx.view, min(frame.left, span[0]), max(frame.title_end, span[1])):
            span = None
        if span is not None:
            frame.name_span = span
            learn_name(ctx, ctx.view[span[0] : span[1]])
            if frame.name_before:
                _read_body_before_name(frame, ctx)
                _read_status_before_name(frame, ctx)
    share_names_along_lists(frames, ctx.view)
    share_names_across_also(frames, ctx)
    share_name_before_along_lists(frames, ctx.view)
    share_place_with_its_head(frames, ctx.view)
    share_body_across_jian(frames, ctx.view)
    frames = names_listed_after(frames, ctx)
    frames = names_listed_before(frames, ctx)
    share_body_with_deputy(frames, ctx)
    share_country_across_conjunctions(frames, ctx)
    share_written_country_along_lists(frames, ctx)
    resolve_countries(frames, ctx)

    article.officials = official_rows(frames, ctx)
    article.mentions = _without_titles_in_names(article.mentions, frames)
    article = add_mentions(article, frame_mentions(frames, article))
    return add_mentions(article, repeated_name_mentions(ctx))


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

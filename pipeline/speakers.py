"""Speaker attribution helpers shared by the news statements stage and the novel evaluation.

Everything works on the Simplified, half-width view (`article.view`, same offsets as the
stored text): the cue lexicon and the pronoun list are Simplified only.

A speaker is found the way a reader finds the subject of a speech verb in Chinese news:

    美國商務部長盧特尼克1月中旬還表示，…   the official frame right before the cue (time and
                                        adverbs may sit between name and cue)
    川普在白宮會見南韓總統李在明時，又將話題轉到核武裁減上，表明希望…
                                        no subject in the cue's clause: the subject of an
                                        earlier clause of the sentence (川普, not the object 李在明)
    他說：「…」                          a pronoun: the last person named in subject position
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.article import Article, Span
from pipeline.config import Config, Resources

# Clause boundaries in the view (half-width punctuation after normalisation, plus the
# full-width marks that have no half-width form).
CLAUSE_BREAKS = set(",;.!?:\n。，；！？：、") - {"、"}
SENTENCE_BREAKS = set(".!?;\n。！？；")
QUOTE_PAIRS = {"「": "」", "『": "』", "“": "”", "\"": "\""}
# Words that may open a clause before its subject: 但川普…, 對此，…, 而他的信條…
CONNECTIVES = (
    "事实上", "此外", "另外", "同时", "然而", "不过", "因此", "所以", "其中", "对此", "至于",
    "根据", "据", "但", "而", "并", "且", "另", "也", "还", "则", "就", "又", "到了", "及至",
    "没想到", "不料", "孰料", "未料",  # 沒想到中共東部戰區2日再宣布: the writer's surprise
)
# Function words before a name that make it an object or a place, not the speaker:
# 向北京喊話, 與習近平會晤, 在白宮說, 對中國表示.
MODALS = ("会", "不会", "可能", "可能会", "能", "不能", "将", "要", "应", "应该", "必须", "可以")
SEQUENCE_WORDS = ("最后", "首先", "其次", "随后", "接着", "最终")
# The longest manner adverbial before 地 that still sits between a speaker and the cue (意有所指地).
MANNER_SPAN = 4
OBJECT_MARKERS = set("向与跟同和对给把在于从让令及")
PREPOSITIONS = ("在", "于", "对", "向", "跟", "与")
# A name written with brackets after it: 托夫特(Monica Toft)指出, 川普（左）表示.
BRACKET = re.compile(r"\([^()\n]{0,60}\)")
# Words between a speaker and the cue that do not change who speaks:
# 盧特尼克1月中旬還表示, 普京去年9月曾表示, 他在一場記者會上再度表示, 胡錫進去年3月撰文說.
GAP_WORDS = (
    "再度", "再次", "再", "一再", "多次", "曾经", "曾", "也", "还", "又", "更", "则", "亦", "均", "都",
    "已经", "已", "早就", "就", "仍", "公开", "随即", "随后", "当时", "同时", "稍早", "日前",
    "近日", "今天", "昨天", "先前", "此前", "之前", "乾脆", "干脆", "直白", "明确", "进一步",
    "撰文", "发文", "留言", "受访时", "受访", "接受采访时", "发表演说", "发表声明", "发表报告", "发布声明", "发表",
    "发布", "发出声明", "致函", "去信", "在会上", "会后", "同时", "改口", "不实", "明明", "竟", "竟然",
    "连续", "调查", "最新研究", "研究", "也曾", "日前", "昨天上午", "同一天", "当天", "方面",
    "在社群媒体", "在社交媒体", "透过", "通过", "对此", "对媒体", "向媒体", "对记者", "向记者",
    "网站", "中", "并", "但", "却", "亦曾", "坦白", "直接", "深度", "深入", "详细", "严厉", "公开",
    # 「紐約客週刊」昨天也表態指出: taking a stance, then the words.
    "表态",
    # 来自鞍钢的唐复平代表坦言 / 王毅委员说: CCTV writes a deputy's or member's title after the name.
    "代表", "委员",
    # 主持人的黃光芹今在臉書指出: a bare 今 / 昨 (no time expression covers it) and the social
    # media Taiwan politicians speak on.
    "今", "昨", "在脸书", "在个人脸书", "在推特", "在社群平台",
)
ORG_SUFFIXES = (
    "部", "院", "所", "会", "局", "署", "处", "委", "厅", "中心", "联盟", "组织", "大学", "报",
    "社", "台", "府", "党", "军", "队", "办", "公司", "集团", "银行", "机构", "智库", "协会",
    "基金会", "研究所", "联合会", "论坛", "媒体", "界", "方",
)
# One-character country abbreviations that prefix an organisation: 俄外交部, 美國防部, 陸委會.
COUNTRY_PREFIX = set("美俄中英法德日韩台陆港澳欧印朝越泰乌以伊")
PERSON_KINDS = {"PERSON"}
# jieba glues an adverb, 時 or a document noun to a one-character cue: 受訪|時稱, 年|報稱, 僅說, 卻說.
GLUED_BEFORE_CUE = set("时并亦也还又再曾则均都更即报口仅只却上")  # 发布会|上称: jieba glues 上 too
NOT_BEFORE_CUE = set("的所之句番遭受被")  # 被認為, 遭質疑: passives
DOCUMENTS = ("报告", "报告中", "年报", "声明", "报导", "报道", "文章")
# Characters a name written before its English form never holds: particles, prepositions,
# verbs of motion (他們打算從的的喀喀湖(Lake Titicaca) is no name).
NOT_IN_NAME = set("的在于与和及也曾将则就还又都是会为被把对向已从到并而或其该这那此等说称表指们打算")
# Nouns for unnamed speakers when the NER gives no TITLE for them.
# Group speakers (美方一些專家, 也門政府官員): their head nouns are data, resources/speaker_heads.txt.
# A group phrase is at most this long, and its modifiers are joined by these words or are
# nouns, place, time-free words, numerals and measure words (jieba n* s j b m q f).
MAX_GROUP = 16
HEDGES = ("可以", "可", "应该", "應該", "只能", "不得不", "换句话", "老实", "坦白")
MAX_TITLE_REST = 6
# Parts of speech that make what follows a possessor's 的 a clause (正在下滑), not the possessed
# noun phrase (支持者, 競選團隊): verbs, adverbs, prepositions.
CLAUSE_POS = ("v", "d", "p")
# (Not 時: 川普在白宮會見李在明時，表明… has its subject inside.)
TIME_ADVERBIAL_ENDS = ("以来",)
# 《ABC》主持人戴維斯: a programme or outlet title before the title and name.
LEADING_TITLE = re.compile(r"《[^《》]{1,20}》")
GROUP_JOINERS = ("的", "和", "与", "及", "、")
GROUP_MODIFIER_POS = ("n", "s", "j", "b", "m", "q", "f")
# Sources too vague to be a speaker: 媒體報導，… / 消息指出，….
GENERIC_SOURCES = {"媒体", "外媒", "报导", "报道", "消息", "外界", "舆论", "网友", "民众", "有人"}
# Sides written as 中方, 美方, 陸方: a country speaking.
SIDES = re.compile(r"[中美俄日韩英法德台陆欧乌以朝印菲越澳加][方媒军]")  # 美方, 日媒 (its media), 美军
# Marks of a woman next to her name (Simplified view): 梅克尔女士, 夫人彭丽媛, 女议员陈….
FEMALE_AFTER = ("女士", "小姐", "太太", "夫人", "修女")
FEMALE_BEFORE = ("夫人", "妻子", "太太", "女士", "女儿", "母亲", "女性", "女议员", "女部长", "女总统", "女主播",
                 "女发言人", "女王", "第一夫人", "女演员", "女歌手", "姐姐", "妹妹")
# A document speaks for whoever published it (gold guideline 7): the verbs that name the
# publisher, and how far back (characters) a 報告/文章 may point to its publication.
PUBLISH_VERBS = ("发表", "发布", "公布", "撰文", "投书", "刊登", "刊出", "出版", "提交", "发出", "播发", "召开", "举行", "举办")
# Verbs that are writing a piece by themselves (胡錫進撰文, 彭斯及佛訥投書華盛頓郵報).
WRITING_VERBS = ("撰文", "投书")
# A press conference speaks for whoever held it (黨團今召開「…」記者會指出 → 黨團).
EVENT_NOUNS = ("记者会", "发布会", "说明会", "座谈会", "研讨会", "记者招待会")
DOCUMENT_WORDS = ("报告", "报告中", "年报", "声明", "文章", "该文", "社论", "评论", "述评", "白皮书", "公报", "决议",
                  "通讯", "文件") + EVENT_NOUNS
# An opinion piece or a commentary is announced in the lead (新华社今天播发长篇述评…, 彭斯及佛訥
# 今天聯名投書華盛頓郵報) and quoted far below it (文章指出 a dozen paragraphs on).
LEAD_REACH = 200
DEMONSTRATIVE_DOCUMENTS = ("这份", "这篇", "该文件", "该报告")
DOCUMENT_REACH = 400
PUBLISH_WINDOW = 20  # the document noun follows its publishing verb within this many characters
# What an organisation named in quotes is called before its name (武装组织“安萨尔耶路撒冷”).
QUOTED_NAME_HEADS = ("组织", "武装", "团体", "集团", "运动", "联盟", "党", "协会", "网站", "媒体", "智库")
QUOTED_NAME_MAX = 12
# People known by an online handle (CCTV: 网民“阿牛”说, 新浪微博网民@赤江河说; the view is
# Simplified, so 網友 reads 网友): the handle in quotes or after @ is the speaker's name.
HANDLE_HEADS = ("网民", "网友", "博主", "用户")
HANDLE = re.compile("(?:" + "|".join(HANDLE_HEADS) + ")"
                    + r"(?:“([^”\s，。,]{1,20})”|「([^」\s，。,]{1,20})」|@([^\s，。,：:“「]{1,20}?))(?=说|表示|称|认为|写道|留言)")
# Cues followed by the person addressed, then the words (喊話陳柏惟「…」, 告訴記者「…」).
# Cues that judge or urge someone: with the one judged named and a quote right after it, the
# quote is the speaker's words even without a comma (see _target_glued_quote).
TARGET_CUES = ("质疑", "讽刺", "嘲讽", "称赞", "要求", "谴责", "提醒", "回击", "酸")
ADDRESS_CUES = ("喊话", "告诉", "呛", "呛声", "质问", "反问")
# Cues that warn someone: the one warned, a comma, then the words (川普告誡彭斯，如果…).
WARN_CUES = ("告诫",)
# Cues that announce: with a verb phrase after them they report a decision (_verb_phrase_after).
ANNOUNCE_CUES = ("宣布",)
ANNOUNCE_TIME_ENDS = ("当天", "当日", "那天", "时", "时候", "之际")  # Simplified view
# Verbs whose object is a promise (許下承諾, 兌現承諾): the cue word after them is a noun.
# Cues whose quote may be a label for what was written (寫下「藻礁永存」的字條), and the characters
# that may follow a quote of words written (並附上…, 還…, 而…).
WRITTEN_CUES = ("写下",)
LABEL_FREE_FOLLOWERS = set("并还而也又再")
# 川普曾提到若中國侵台將「轟炸北京」 (batch C): a conditional right after a cue that needs a comma
# opens the clause it reports (a noun object cannot start with 若 / 如果).
CONDITIONALS = ("若", "如果", "假如", "倘若", "一旦", "要是")
PROMISE_VERBS = ("许下", "兑现", "履行", "信守", "违背", "遵守", "落实")
QUANTIFIERS = ("一位", "一名", "多位", "多名", "有些", "一些", "有")


@dataclass(frozen=True)
class Candidate:
    """A possible speaker: `start`/`end` span the name as written (text[start:end] == name);
    `frame_start` is where the whole expression begins (大陸外交部發言人郭嘉昆 starts at 大)."""

    start: int
    end: int
    name: str
    kind: str  # PERSON ORG GPE PRON
    frame_start: int
    entity_id: str | None = None
    title: str | None = None
    refers: str | None = None  # for PRON: PERSON or ORG, or a bare title (發言人)
    female: bool = False  # a woman the lexicon knows (resources/speaker_female_names.txt)


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    word: str  # the cue as written in the original text


# ---------------------------------------------------------------------------------------
# Lexicons


def _lines(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.rstrip("\n")
        if line.strip() and not line.lstrip().startswith("#"):
            out.append(line.strip())
    return out


def load_cues(config: Config) -> tuple[str, ...]:
    """Speech cues, longest first so 宣稱 wins over 稱."""
    cues = {c for c in _lines(config.resources_dir / "speech_cues.txt")}
    return tuple(sorted(cues, key=len, reverse=True))


def load_belief_cues(config: Config) -> frozenset[str]:
    return frozenset(_lines(config.resources_dir / "speech_cues_belief.txt"))


def load_need_comma(config: Config) -> frozenset[str]:
    return frozenset(_lines(config.resources_dir / "speech_cues_need_comma.txt"))


def load_not_speech(config: Config) -> dict[str, tuple[str, ...]]:
    """cue → the words after it that make it no speech cue (表示 → 遺憾, 支持 …)."""
    pairs: dict[str, list[str]] = {}
    for line in _lines(config.resources_dir / "speech_cues_not_speech.txt"):
        cue, _, word = line.partition("\t")
        pairs.setdefault(cue.strip(), []).append(word.strip())
    return {cue: tuple(words) for cue, words in pairs.items()}


def load_pronouns(config: Config) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _lines(config.resources_dir / "pronouns.txt"):
        form, _, kind = line.partition("\t")
        out[form.strip()] = kind.strip() or "PERSON"
    return out


def alternation(words: Iterable[str]) -> re.Pattern:
    """One regex for a word list, longest first so that 宣稱 wins over 稱 at a position."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def cue_lexicon(resources: Resources) -> tuple[str, ...]:
    return resources.get("speech_cues", load_cues)


def pronoun_lexicon(resources: Resources) -> dict[str, str]:
    return resources.get("speech_pronouns", load_pronouns)


# ---------------------------------------------------------------------------------------
# Quotes


def find_quotes(view: str) -> list[tuple[int, int]]:
    """Outermost quoted spans as (open mark offset, close mark offset), within a paragraph.
    Nested quotes stay inside: 「他說『好』」 is one span.  An unclosed mark is dropped."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, char in enumerate(view):
        if char == "\n":
            stack.clear()
        elif stack and char == stack[-1][0]:
            _, opened = stack.pop()
            if not stack:
                spans.append((opened, i))
        elif char == '"':
            stack.append(('"', i))
        elif char in QUOTE_PAIRS and char not in "\"":
            stack.append((QUOTE_PAIRS[char], i))
    return spans


def inside_any(offset: int, quotes: Iterable[tuple[int, int]]) -> bool:
    return any(open_ < offset < close for open_, close in quotes)


# ---------------------------------------------------------------------------------------
# Cues


def find_cues(article: Article, resources: Resources, quotes: list[tuple[int, int]]) -> list[Cue]:
    """Speech cues outside quotes, at word boundaries (jieba tokens when there are any):
    說 in 說法/說謊 is no cue, nor 表示 in 表示遺憾, nor 指 in 指數."""
    view = article.view or article.text
    cues = cue_lexicon(resources)
    not_speech = resources.get("speech_not_speech", load_not_speech)
    need_comma = resources.get("speech_cues_need_comma", load_need_comma)
    starts = {t.start for t in article.tokens}
    ends = {t.end for t in article.tokens}
    # 李德維說: jieba reads 李德|維說, but a name the NER or the officials stage found ends there.
    name_ends = {m.end for m in article.mentions if m.label in ("PERSON", "ORG")} | {
        o.name_end for o in article.officials if o.name_end is not None}
    pattern = resources.get("speech_cues_pattern", lambda config: alternation(load_cues(config)))
    found: list[Cue] = []
    i = 0
    while True:
        match = pattern.search(view, i)
        if match is None:
            break
        i, word = match.start(), match.group()
        end = i + len(word)
        ok = not inside_any(i, quotes)
        if ok and article.tokens:
            # jieba glues an adverb or 時 to a one-character cue: 受訪|時稱, 並|稱.
            # … or a noun to a two-character one: 媒體報道, 新聞報導 are one jieba word.
            glued = i > 0 and end in ends and (view[i - 1] in GLUED_BEFORE_CUE or len(word) >= 2
                                               or _country_glued(view, i) or i in name_ends)
            ok = (i in starts or glued) and (end in ends or view[end:end + 1] in ("道", "着"))
        following = view[end:end + 4]
        if ok and any(following.startswith(w) for w in not_speech.get(word, ())):
            ok = False
        # 徐國勇可以說是完美詮釋了…, 應該說: the writer's hedge ("one could say"), not speech.
        if ok and word == "说" and view.endswith(HEDGES, 0, i):
            ok = False
        # 他的說法, 所說, 一句反問, 遭質疑, 美國防部預測的那樣: a noun or a passive, not speech.
        if ok and i > 0 and view[i - 1] in NOT_BEFORE_CUE:
            ok = False
        # 保護費應該是指台灣要提升國防預算: 是指 defines a term ("means"), it reports nobody.
        if ok and word == "指" and view[i - 1:i] == "是":
            ok = False
        # 法說會 / 輝達法說釋出: jieba's 法/j then 說 abbreviate an investor conference.
        if ok and word == "说" and any(t.end == i and t.pos == "j" and view[t.start:t.end] == "法" for t in article.tokens):
            ok = False
        # 據轉述 / 据介绍 / 据称: an anonymous source ("according to"); not the 據 of 數據指出.
        if ok and view[i - 1:i] == "据" and (i < 2 or not _is_han(view[i - 2]) or (i - 1) in starts):
            ok = False
        # 需要透過相關人員去解釋: 去 + cue is what someone should go and do, not what was said
        # (過去說 is 'in the past').
        if ok and view[i - 1:i] == "去" and view[i - 2:i - 1] != "过":
            ok = False
        # 亞歷山大的再次追問: 的 and adverbs before the cue make it a noun.
        if ok and view[_before_adverbs(article, i) - 1:_before_adverbs(article, i)] == "的":
            ok = False
        if ok and view[end:end + 1] == "的":
            ok = False
        # 問題查找出來，承諾也已做過 / 許下承諾 (batch C): a cue word with 也/都/亦 after it is a
        # noun topic (a verb takes the adverb before it: 也表示), and after a verb that takes a
        # promise as its object it is that object.
        if ok and (view[end:end + 1] in ("也", "都", "亦") or view.endswith(PROMISE_VERBS, 0, i)):
            ok = False
        # 分析了当前面临的新形势 / 肯定了…成就: a cue with 了 and no comma or quote after it takes a
        # noun object (what was analysed), not a reported clause.
        if ok and view[end:end + 1] == "了" and view[end + 1:end + 2] not in (",", ":", "，", "：", "「", "“", "『", "\""):
            ok = False
        # 政治分析|人士指出 / 評論|員: the cue word opens a noun for the one who speaks.
        # 帳戶分析公司Graphika / 研究机构: so does a company or an institute named for what it does.
        if ok and view.startswith(("人士", "人员", "师", "家", "员", "公司", "机构"), end):
            ok = False
        # 回應道：「…」: 道 between the cue and its comma or quote.
        after = end + 1 if view[end:end + 1] in ("道", "着") else end
        if ok and word in need_comma and view[after:after + 1] not in (",", ":", "，", "：", "「", "“", "『", "\"") \
                and not _addressee_then_quote(view, end, word) and ("问" in word or not _target_then_quote(article, end)) \
                and not (word in TARGET_CUES and _target_glued_quote(article, end)) \
                and not _warned_then_comma(article, end, word) \
                and not (word in ANNOUNCE_CUES and _verb_phrase_after(article, end) and not _by_agent(view, i)) \
                and not _conditional_after(article, after):
            ok = False
        # 親筆寫下「藻礁永存」諾言 / 寫下「…」的字條: the quote names what was written, a noun follows it;
        # 寫下「這太讚了！」並附上… / 並寫下：「…」 report the words (batch D).
        if ok and word in WRITTEN_CUES and _quote_then_noun(view, after, quotes):
            ok = False
        # Bylines are no statements: 〔記者林哲遠／台北報導〕, 記者詹雅婷／綜合報導.
        if ok and word in ("报导", "报道") and ("/" in view[max(0, i - 6):i] or view[end:end + 1] in "〕)]】"):
            ok = False
        # 批評說 / 回應表示: two cues in a row are one, the second carries the clause.
        if ok and any(view.startswith(c, end) for c in cues if len(c) > 1):
            ok = False
        # 主持人問說，…: jieba cuts 問|說; the question is one cue, carried by 說.
        if ok and len(word) == 1 and view[end:end + 1] == "说":
            ok = False
        if ok:
            found.append(Cue(i, end, article.text[i:end]))
            i = end
        else:
            i += 1
    return found


# ---------------------------------------------------------------------------------------
# Candidates


def _target_then_quote(article: Article, end: int) -> bool:
    """川普甚至嘲諷拜登，「…」: a cue that needs a comma still reports when a name alone (the
    one targeted), then a comma or colon, then a quote follows it.  Not a question (詢問賀錦麗：
    「…」 asks; the question reports nothing of the asker's)."""
    view = article.view or article.text
    name = next((t for t in article.tokens if t.start == end), None)
    if name is None or name.pos not in ("nr", "nrt", "nt", "ns"):
        return False
    k = name.end
    while k < len(view) and view[k] in " \u3000":
        k += 1
    if view[k:k + 1] not in (",", ":", "，", "："):
        return False
    k += 1
    while k < len(view) and view[k] in " \u3000":
        k += 1
    return view[k:k + 1] in ("「", "“", "『", "\"")


def _target_glued_quote(article: Article, end: int) -> bool:
    """游淑慧在臉書質疑總統蔡英文「嘴巴喊藻礁永存…」 / 嘲諷副總統賀錦麗「…」: a cue that judges
    someone, the one judged (a name, perhaps after a title), then at once a quote: the quote
    is the judge's words (tw_politics: 質疑 47 times, 要求 and 嘲諷 often, in this frame)."""
    view = article.view or article.text
    names = {m.start: m.end for m in article.mentions if m.label in ("PERSON", "ORG", "GPE")}
    tokens = {t.start: t for t in article.tokens}
    k = end
    while k < end + MAX_TITLE_REST + 4:
        token = tokens.get(k)
        if k in names or (token is not None and token.pos in ("nr", "nrfg", "nrt", "nt", "ns")):
            k = names.get(k, token.end if token is not None else k)
            return view[k:k + 1] in ("「", "“", "『")
        if token is None or token.pos[:1] != "n":
            return False
        k = token.end  # a title before the name (總統蔡英文)
    return False


def _addressee_then_quote(view: str, end: int, word: str) -> bool:
    """林為洲更喊話陳柏惟「卡有叫小咧！」: a cue that addresses someone, the person's name, then
    the quote."""
    if word not in ADDRESS_CUES:
        return False
    m = re.match(r"[\u3400-\u9fff]{1,8}[「“『]", view[end:end + 10])
    return m is not None


def _warned_then_comma(article: Article, end: int, word: str) -> bool:
    """川普告誡彭斯，如果…: a cue that warns someone, the one warned (a name the NER found), then a
    comma and the words (fresh statements gold, batch C)."""
    if word not in WARN_CUES:
        return False
    view = article.view or article.text
    return any(m.start == end and m.label in ("PERSON", "ORG") and view[m.end:m.end + 1] in (",", "，")
               for m in article.mentions)


def _verb_phrase_after(article: Article, end: int) -> bool:
    """孔波雷宣布辞职 / 军方宣布解散国民议会 / 华盛顿邮报也宣布今年大选前不表态支持…: 宣布 with a verb
    phrase after it announces a decision, a clause (the gold's 特朗普宣布承认耶路撒冷为以色列首都);
    with a noun (宣布结果, 宣布一项计划) it announces a thing.  The first word after the cue is a
    verb (jieba v, not the nominal vn), an adverb (不再, 将) or a time word (今年) opening one."""
    token = next((t for t in article.tokens if t.start == end), None)
    if token is None or token.pos not in ("v", "d", "t"):
        return False
    # 當華郵宣布決定當天: the announcing dates another event (a time clause), it reports nothing.
    following = next((t for t in article.tokens if t.start == token.end), None)
    view = article.view or article.text
    return following is None or view[following.start:following.end] not in ANNOUNCE_TIME_ENDS


def _quote_then_noun(view: str, after: int, quotes: list[tuple[int, int]]) -> bool:
    """A quote right after `after` followed by 的, a numeral (「藻礁永存」4個字) or a noun-like
    character (not a conjunction, adverb or punctuation): the quote is a label inside a noun phrase."""
    close = next((c for o, c in quotes if o == after), None)
    if close is None:
        return False
    following = view[close + 1:close + 2]
    return following == "的" or following.isdigit() or (_is_han(following) and following not in LABEL_FREE_FOLLOWERS)


def _conditional_after(article: Article, end: int) -> bool:
    """川普曾提到若中國侵台將「轟炸北京」: the word right after the cue is a conditional (若, 如果;
    the whole word, so 發現若干問題 is a noun object)."""
    view = article.view or article.text
    token = next((t for t in article.tokens if t.start == end), None)
    if token is not None:
        return view[token.start:token.end] in CONDITIONALS
    return view.startswith(CONDITIONALS, end) and not view.startswith("若干", end)


def _by_agent(view: str, i: int) -> bool:
    """兩條約…均由美國率先宣布不再遵守: 由 + the one who announced makes the clause's subject what
    was announced about (the treaties), not a report of the announcer's words."""
    at = view.rfind("由", max(0, i - 10), i)
    return at >= 0 and not any(ch in CLAUSE_BREAKS for ch in view[at:i])


def _before_adverbs(article: Article, i: int) -> int:
    """Where the adverbs (jieba d) right before offset `i` begin."""
    ends = {t.end: t for t in article.tokens}
    while i in ends and ends[i].pos[:1] == "d" and ends[i].start < i:
        i = ends[i].start
    return i


def _country_glued(view: str, i: int) -> bool:
    """乌称拦截俄导弹: jieba reads a one-character country and a one-character cue as one word."""
    return view[i - 1] in COUNTRY_PREFIX and (i < 2 or not _is_han(view[i - 2]))


def _reports(view: str, c: Candidate, article: Article) -> bool:
    """金融時報(FT)報導 / MPR新聞上個月30日報導: the name reports, its English form and a time
    of its own between."""
    rest = _after_bracket(view, c.end)
    at = len(view) - len(rest)
    found = min((k for k in (view.find("报导", at, at + 12), view.find("报道", at, at + 12)) if k >= 0), default=-1)
    return found >= 0 and (found == at or is_gap(view, at, found, article))


def _after_bracket(view: str, end: int) -> str:
    """The text after a name and its bracketed English form: 金融時報(FT)|報導."""
    m = BRACKET.match(view, end)
    return view[m.end() if m else end:]


def _before_bracket(view: str, start: int, end: int) -> int:
    """中澤克二（Katsuji: a mention the NER ran into the bracket is cut before it."""
    cut = view.find("(", start, end)
    return end if cut < 0 else cut


def in_bracket(view: str, start: int, end: int) -> bool:
    """托夫特(Monica Toft): the English form in brackets is an alias, not the speaker as written."""
    open_ = view.rfind("(", max(0, start - 60), start + 1)
    return open_ >= 0 and ")" not in view[open_:start] and view.find(")", end - 1) >= end - 1 and (
        view.find(")", end - 1) - open_ <= 62)


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _org_with_prefix(view: str, start: int) -> int:
    """俄外交部 / 美國防部: a one-character country abbreviation glued before an organisation."""
    if start > 0 and view[start - 1] in COUNTRY_PREFIX and (start < 2 or not _is_han(view[start - 2])):
        return start - 1
    return start


def _is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


def speaker_candidates(article: Article, resources: Resources, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """Every expression that may be a speaker, by start: officials (the name, with the frame),
    PERSON/ORG/GPE mentions, names right before a bracketed English name, jieba person and
    organisation tags the NER missed, and pronouns / bare titles to resolve later."""
    text, view = article.text, article.view or article.text
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    # Scare-quoted titles are not speakers: 「中國軍力報告」 holds the ORG 中國軍力 (a mis-tag),
    # but a name that fills its quotes (「斯德哥爾摩國際和平研究所」) is a name.
    def in_title_quote(s: int, e: int) -> bool:
        return any(o < s and e <= c and (c - o - 1) > (e - s) + 1 for o, c in quotes)

    for o in article.officials:
        if o.name_start is None or o.name_end is None:
            continue
        name_end = o.name_end
        if name_end - o.name_start == 1 and o.title and view.startswith(view[o.start:o.end][1:], name_end) \
                and o.start == o.name_start:
            # 蔡總統…說: a surname alone is no name; the speaker is written with the title after
            # it, as the article calls the person (蔡總統, 賴總統).
            name_end = o.end
        out.append(Candidate(o.name_start, name_end, text[o.name_start:name_end], "PERSON",
                             min(o.start, o.name_start), o.entity_id, o.title))
        taken.append((o.start, max(o.end, name_end) if name_end != o.name_end else o.name_end))
    titles = [(m.start, m.end) for m in article.mentions if m.label == "TITLE"]
    for m in article.mentions:
        if m.label not in ("PERSON", "ORG", "GPE") or _covered(m.start, m.end, taken):
            continue
        if in_title_quote(m.start, m.end) or in_bracket(view, m.start, m.end) or _country_pair(view, m):
            continue
        if m.label == "GPE" and m.end - m.start == 1 and any(
                t.start == m.start and t.end > m.end and t.pos.startswith("nr") for t in article.tokens):
            continue  # 墨菲批評: the NER's 墨 (Mexico) opens the name jieba reads (墨菲/nr)
        start = _org_with_prefix(view, m.start) if m.label == "ORG" else m.start
        m_end = m.end - 1 if m.label == "PERSON" and m.end - m.start >= 3 and view[m.end - 1] in "今昨" else m.end
        # 美國國防部 after 美國: a GPE glued to an organisation is part of it.
        prev = next((c for c in reversed(out) if c.end == m.start and c.kind == "GPE"), None)
        frame = prev.frame_start if prev else start
        # 游淑慧昨（30日）: the NER sometimes takes the 今 / 昨 after a name into it.
        end = _before_bracket(view, start, m_end)
        if end - start < 1:
            continue
        out.append(Candidate(start, end, text[start:end], m.label, frame, m.entity_id))
        taken.append((start, end))
    out.extend(_groups(article, [m for m in article.mentions if m.label == "TITLE"], out, speaker_heads(resources),
                       title_words(resources)))
    out.extend(_bracketed_names(article, titles, [(c.frame_start, c.end) for c in out if c.kind != "PERSON"],
                                title_words(resources)))
    taken.extend((c.start, c.end) for c in out)
    out.extend(_country_names(article, resources, taken, in_title_quote))
    taken.extend((c.start, c.end) for c in out)
    times = [(x.start, x.end) for x in article.time_expressions]
    for t in article.tokens:
        # jieba tags some times as names (今天上午/nr in 林佳龍今天上午在立法院受訪時表示), and
        # four-character set phrases its HMM guesses (殷切期望/nr): a Chinese name it missed has
        # two or three characters, a transliterated one a middle dot.
        usable = t.pos in ("nr", "nt") and len(t.text) >= 2 and not (
            t.pos == "nr" and len(t.text) > 3 and "·" not in t.text) and not (
            len(t.text) == 2 and _country_glued(view, t.start + 1)) and not _covered(t.start, t.end, times)  # 乌称: a country and its cue
        if usable and not _covered(t.start, t.end, taken) and not in_title_quote(t.start, t.end):
            kind = "PERSON" if t.pos == "nr" else "ORG"
            out.append(Candidate(t.start, t.end, t.text, kind, t.start))
    out.extend(_repeated_names(article, quotes, out, in_title_quote))
    cue_pattern = resources.get("speech_cues_pattern", lambda config: alternation(load_cues(config)))
    out.extend(_quoted_names(article, quotes, [(c.start, c.end) for c in out], cue_pattern))
    out.extend(_titled_outlets(article, [(c.start, c.end) for c in out], cue_pattern))
    out.extend(_handles(article, [(c.start, c.end) for c in out]))
    out.extend(_pronouns(article, resources, quotes, [(c.frame_start, c.end) for c in out]))
    out.sort(key=lambda c: (c.start, -c.end))
    return _known_women(view, _drop_nested(out), female_names(resources))


def _repeated_names(article: Article, quotes: list[tuple[int, int]], cands: list[Candidate],
                    in_title_quote) -> list[Candidate]:
    """The NER tags a name in one place and misses it in another (經濟部今（11日）發布新聞稿時表示
    at the very start of an article, 經濟部也澄清表示 later, while 經濟部指出 between them is
    tagged): every other occurrence of a person's or organisation's name of two or more
    characters that jieba cuts as a word of its own (so 白玉 is not read in 白玉藻礁) is that name
    again, with the same entity."""
    view = article.view or article.text
    starts = {t.start for t in article.tokens}
    ends = {t.end for t in article.tokens}
    taken = [(c.frame_start, c.end) for c in cands]
    out: list[Candidate] = []
    for name, model in {view[c.start:c.end]: c for c in cands if c.kind in ("PERSON", "ORG")
                        and c.end - c.start >= 2}.items():
        at = view.find(name)
        while at >= 0:
            end = at + len(name)
            if at in starts and end in ends and not _covered(at, end, taken) \
                    and not inside_any(at, quotes) and not in_title_quote(at, end):
                out.append(Candidate(at, end, article.text[at:end], model.kind, at, model.entity_id))
                taken.append((at, end))
            at = view.find(name, end)
    return out


def load_female_names(config: Config) -> tuple[str, ...]:
    from pipeline.normalize import load_converters

    t2s = load_converters(config).t2s
    return tuple(sorted({t2s.convert(n) for n in _lines(config.resources_dir / "speaker_female_names.txt")}))


def female_names(resources: Resources) -> tuple[str, ...]:
    return resources.get("speaker_female_names", load_female_names)


def _known_women(view: str, cands: list[Candidate], names: tuple[str, ...]) -> list[Candidate]:
    """Mark the persons whose name (as in the view, 美國副總統賀錦麗 too) ends in a known woman's."""
    from dataclasses import replace

    return [replace(c, female=True) if c.kind == "PERSON" and view[c.start:c.end].endswith(names) else c
            for c in cands]


def load_speaker_heads(config: Config) -> dict[str, str]:
    """Head noun (Simplified) → `bare` or `modified` (resources/speaker_heads.txt)."""
    from pipeline.normalize import load_converters

    t2s = load_converters(config).t2s
    out: dict[str, str] = {}
    for line in _lines(config.resources_dir / "speaker_heads.txt"):
        form, _, kind = line.partition("\t")
        out.setdefault(t2s.convert(form.strip()), kind.strip() or "bare")
    return out


def speaker_heads(resources: Resources) -> dict[str, str]:
    return resources.get("speaker_heads", load_speaker_heads)


def _groups(article: Article, titles: list, known: list[Candidate], heads: dict[str, str],
            title_list: tuple[str, ...] = ()) -> list[Candidate]:
    """A role with no name after it speaks as a group: 美方一些專家認為, 有分析人士指出,
    一位民主黨消息人士坦言, 也門政府官員表示, 北京輿論界和戰略界….  The surface runs back
    from the head noun over its modifiers (`_modifier_start`), then a quantifier (一位…).
    A head that needs a modifier (媒體, 政府, 武裝) is no speaker without one."""
    view = article.view or article.text
    out = []
    spans = [(m.start, m.end) for m in titles]
    needs_modifier: set[int] = set()
    pattern = alternation(heads)
    documents: set[int] = set()
    for found in re.finditer(f"(?:{pattern.pattern})们?", view):
        if not _covered(found.start(), found.end(), spans):
            spans.append((found.start(), found.end()))
            kind = heads.get(found.group().rstrip("们"))
            if kind in ("modified", "document"):
                needs_modifier.add(found.start())
            if kind == "document":
                documents.add(found.start())
    inside_word = {t.end for t in article.tokens}
    for m in sorted((Span(start=s, end=e + (view[e:e + 1] == "们")) for s, e in spans), key=lambda m: m.start):
        if any(c.frame_start <= m.start < c.end or c.frame_start == m.end or c.start == m.end for c in known):
            continue  # part of an official frame, or followed by a name (專家楊承軍)
        if article.tokens and m.end not in inside_word and any(t.start < m.end < t.end for t in article.tokens):
            continue  # the start of a longer word: 媒體人陳揮文 is no 媒體
        if any(c.kind == "PERSON" and (m.end <= c.start <= m.end + 1 or c.end == m.start) for c in known):
            continue  # 教授李慶四 / 习近平总书记 (no officials frame found): the name speaks
        if any(c.kind == "PERSON" and 0 < c.frame_start - m.end <= MAX_TITLE_REST
               and all(_is_han(ch) for ch in view[m.end:c.frame_start])
               and (view[m.end:c.frame_start].endswith(title_list) or c.frame_start < c.start) for c in known):
            continue  # 國民黨台中二選區立委補選候選人顏寬恒: a title chain before the name that speaks
        start = _modifier_start(article, m.start, m.end, known, dated=m.start in documents)
        if start == m.start:
            # 美方 / 俄 glued before when jieba gives no word for it (美方專家).
            head = view[max(0, m.start - 2):m.start]
            for n in range(len(head), 0, -1):
                piece = head[-n:]
                before = view[m.start - n - 1:m.start - n]
                dated = any(x.start < m.start and m.start - n < x.end for x in article.time_expressions)
                if piece[:1] in COUNTRY_PREFIX and all(_is_han(ch) for ch in piece) and not dated and \
                        not (before.isalnum() or _is_han(before or " ")):
                    start = m.start - n  # not the 日 of 4日學生
                    break
        if m.start in needs_modifier and start == m.start:
            continue
        if m.start in documents and any(start <= c.frame_start and c.end <= m.start and c.kind in ("ORG", "PERSON")
                                        for c in known):
            continue  # 美國國務院網站聲明: the author named in it speaks
        if m.start in documents and _in_document(article, start):
            continue  # 分析師在最近一份報告寫道: the document is where the words are
        for q in QUANTIFIERS:
            if view.endswith(q, 0, start) and m.start not in documents:  # 有三大附帶決議 is no speaker
                start -= len(q)
                break
        out.append(Candidate(start, m.end, article.text[start:m.end], "GROUP", start,
                             refers="DOC" if m.start in documents else None))
    return out


def _in_document(article: Article, start: int) -> bool:
    """在(最近)一份報告…: a document after 在/於, over a time word, is a place."""
    view = article.view or article.text
    i = start
    moved = True
    while moved:
        moved = False
        for x in article.time_expressions:
            if x.end == i:
                i, moved = x.start, True
    return i > 0 and view[i - 1] in "在于"


def _modifier_start(article: Article, start: int, end: int, known: list[Candidate], dated: bool = False) -> int:
    """Where the modifiers of a head noun begin: organisations and places (民主黨消息人士,
    也門政府官員), nouns and place words (當地部分反政府武裝), other heads joined by 和/與/、
    (北京輿論界和戰略界), within MAX_GROUP characters.  A person (馬斯克的支持者), a verb or,
    unless `dated` (a document: 2022年版中國軍力報告), a date ends the walk; a joiner left at
    the front is dropped."""
    view = article.view or article.text
    ends = {t.end: t for t in article.tokens}
    i = start
    # jieba keeps some heads inside a word (专业人士, 相关人士): the word is the first modifier.
    covering = next((t for t in article.tokens if t.start < start < t.end), None)
    if covering is not None and covering.pos[:1] in GROUP_MODIFIER_POS:
        i = covering.start
    while end - i < MAX_GROUP:
        org = next((c for c in known if c.end == i and c.kind in ("ORG", "GPE")), None)
        if org is not None:
            i = org.frame_start
            continue
        token = ends.get(i)
        if token is None or end - token.start > MAX_GROUP:
            break
        if not dated and any(x.start < token.end and token.start < x.end for x in article.time_expressions):
            break  # 4日學生呼籲: a date is when, not whose (a document's edition, 2022年版, is part of it)
        if view[token.start:token.end] in CONNECTIVES + SEQUENCE_WORDS:
            break  # 最後環團呼籲: 最後 (f) orders the story, it does not modify the group
        # A verbal noun modifies a group too (藻礁公投|小組, 企業經營|高層).
        if token.text in GROUP_JOINERS or token.pos[:1] in GROUP_MODIFIER_POS or token.pos in ("zg", "vn"):
            i = token.start
            continue
        break
    while i < start and view[i] in "".join(GROUP_JOINERS):
        i += 1
    return i


def _quoted_names(article: Article, quotes: list[tuple[int, int]], taken: list[tuple[int, int]],
                  cue_pattern: re.Pattern | None = None) -> list[Candidate]:
    """An organisation named in quotes after what it is: 武装组织“安萨尔耶路撒冷”宣称, 民間團體
    「公民割草行動」表示; or an outlet in quotes opening a clause right before a cue (Taiwan
    papers quote outlets' names: 「新聞週刊」指出, 「紐約時報」（NYT）報導).  The name fills the
    quotes (a few Chinese characters, no punctuation)."""
    view = article.view or article.text
    out = []
    for open_, close in quotes:
        name = view[open_ + 1:close]
        if not 2 <= len(name) <= QUOTED_NAME_MAX or not all(_is_han(ch) for ch in name):
            continue
        named = view[:open_].endswith(QUOTED_NAME_HEADS) or _opens_before_cue(article, view, open_, close, cue_pattern)
        # 「青年挺藻礁」團體今天向本報表示 (batch C): the head after the quoted name.
        head_after = view.startswith(QUOTED_NAME_HEADS, close + 1)
        if not (named or head_after) or _covered(open_ + 1, close, taken):
            continue
        out.append(Candidate(open_ + 1, close, article.text[open_ + 1:close], "ORG", open_ + 1))
        if head_after:
            # … and the group named so is written bare after it (青年挺藻礁表示，…) with no quotes:
            # those occurrences, right before a cue, are the group again.
            at = view.find(name, close)
            while at >= 0:
                if not _covered(at, at + len(name), taken) and cue_pattern is not None \
                        and cue_pattern.match(view, at + len(name)):
                    out.append(Candidate(at, at + len(name), article.text[at:at + len(name)], "ORG", at))
                at = view.find(name, at + len(name))
    return out


TITLED_OUTLET = re.compile(r"《([\u4e00-\u9fff]{2,8})》")


def _titled_outlets(article: Article, taken: list[tuple[int, int]], cue_pattern: re.Pattern | None) -> list[Candidate]:
    """《路透》報導，… / 《紐約時報》指出: an outlet's name in title marks, opening its clause right
    before a cue, is the outlet that speaks (the NER leaves what is inside 《》 untagged)."""
    view = article.view or article.text
    out = []
    for m in TITLED_OUTLET.finditer(view):
        start, end = m.span(1)
        if _covered(start, end, taken):
            continue
        if _opens_before_cue(article, view, m.start(), end, cue_pattern) or _article_quoted(view, m, cue_pattern):
            out.append(Candidate(start, end, article.text[start:end], "ORG", start))
    return out


LAW_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇\d]+[条章款项][\u4e00-\u9fff]{0,6}")


def _article_quoted(view: str, m: re.Match, cue_pattern: re.Pattern | None) -> bool:
    """《公民投票法》第一條開宗明義指出「…」: a law's article quoted word for word speaks for the law."""
    law = LAW_ARTICLE.match(view, m.end())
    if law is None or cue_pattern is None:
        return False
    cue = cue_pattern.search(view, m.end(), law.end())
    return cue is not None and view[cue.end():cue.end() + 1] in ("「", "“", ":", "：")


def _handles(article: Article, taken: list[tuple[int, int]]) -> list[Candidate]:
    """网民“阿牛”说 / 网民@赤江河说: the handle right before the cue names the netizen who speaks."""
    view = article.view or article.text
    out = []
    for m in HANDLE.finditer(view):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        start, end = m.span(group)
        if not _covered(start, end, taken):
            out.append(Candidate(start, end, article.text[start:end], "PERSON", start))
    return out


def _opens_before_cue(article: Article, view: str, open_: int, close: int, cue_pattern: re.Pattern | None) -> bool:
    """「新聞週刊」指出，…: the quote opens its clause (start, a space, a sentence or clause
    break before it) and a speech cue follows it, after an English bracket and words that may
    sit between a speaker and its cue (「紐約客週刊」（The New Yorker）昨天也表態指出)."""
    if cue_pattern is None:
        return False
    before = view[open_ - 1] if open_ > 0 else "\n"
    if before not in " \u3000\n" and before not in CLAUSE_BREAKS:
        return False
    after = close + 1
    bracket = BRACKET.match(view, after)
    if bracket:
        after = bracket.end()
    cue = cue_pattern.search(view, after, after + QUOTED_NAME_MAX)
    return cue is not None and (cue.start() == after or is_gap(view, after, cue.start(), article))


def _country_names(article: Article, resources: Resources, taken: list[tuple[int, int]], in_title_quote) -> list[Candidate]:
    """Countries the NER left out (被大陸批判): the country forms of the entity lexicon."""
    from pipeline.entities import name_lexicon

    lexicon = name_lexicon(resources)
    view = article.view or article.text
    out = [Candidate(m.start(), m.end(), article.text[m.start():m.end()], "GPE", m.start())
           for m in SIDES.finditer(view) if not _covered(m.start(), m.end(), taken) and not in_title_quote(m.start(), m.end())]
    taken = taken + [(c.start, c.end) for c in out]
    i = 0
    while i < len(view):
        hit = None
        for n in range(min(lexicon.longest_form, 6), 1, -1):
            form = lexicon.country_forms.get(view[i:i + n])
            if form is not None:
                hit = n
                break
        if hit and not _covered(i, i + hit, taken) and not in_title_quote(i, i + hit):
            out.append(Candidate(i, i + hit, article.text[i:i + hit], "GPE", i))
            i += hit
        else:
            i += 1
    return out


def _country_pair(view: str, m) -> bool:
    """美中競爭 / 日中正在籌備 / 中美关系: a one-character country glued to another is one of a
    pair that the clause talks about, never who speaks."""
    if m.label != "GPE" or m.end - m.start != 1:
        return False
    return view[m.start - 1:m.start] in COUNTRY_PREFIX or view[m.end:m.end + 1] in COUNTRY_PREFIX


def _drop_nested(cands: list[Candidate]) -> list[Candidate]:
    kept: list[Candidate] = []
    for c in cands:
        if kept and kept[-1].start <= c.start and c.end <= kept[-1].end and kept[-1].kind != "GPE":
            continue
        kept.append(c)
    return kept


def title_words(resources: Resources) -> tuple[str, ...]:
    """Title words from the officials lexicon (titles.txt, first column, in Simplified),
    longest first: a name written after one starts there (教授|托夫特)."""
    from pipeline.normalize import load_converters

    def load(config: Config) -> tuple[str, ...]:
        t2s = resources.get("converters", load_converters).t2s
        words = {t2s.convert(line.split("\t")[0]) for line in _lines(config.resources_dir / "titles.txt")}
        return tuple(sorted((w for w in words if len(w) >= 2), key=len, reverse=True))

    return resources.get("speaker_title_words", load)


def _bracketed_names(article: Article, titles: list[tuple[int, int]], taken: list[tuple[int, int]],
                     title_words: tuple[str, ...] = ()) -> list[Candidate]:
    """A name written with its English form: 教授托夫特(Monica Toft), 美國科學家聯合會(FAS).
    The Chinese name runs back from the bracket to a title mention, a clause break or a
    known candidate; a name ending in an organisation suffix is an ORG."""
    text, view = article.text, article.view or article.text
    out = []
    for m in BRACKET.finditer(view):
        inner = view[m.start() + 1:m.end() - 1]
        if not re.search(r"[A-Za-z]{2}", inner):
            continue
        end = m.start()
        start = end
        while start > 0 and _is_han(view[start - 1]) and end - start < 14 and view[start - 1] not in NOT_IN_NAME:
            if any(e == start for s, e in titles):
                break
            # Stop at a known name before this one, but absorb a fragment the NER cut out
            # of it (米特羅伊茨基 tagged as 特羅伊 + 茨基) or an organisation ending here.
            if any(e == start and s < start and e < end for s, e in taken):
                break
            if start < end and any(view.endswith(w, 0, start) for w in title_words):
                break
            start -= 1
        if end - start < 2 or (start > 0 and view[start - 1] in NOT_IN_NAME):
            continue  # stopped by a particle: 從的的喀喀湖(Lake Titicaca) is a place in a phrase
        name = view[start:end]
        # Trim a leading connective or country prefix kept by the walk: 美國憂思科學家聯盟 keeps 美國.
        for conn in CONNECTIVES:
            if name.startswith(conn) and len(name) - len(conn) >= 2:
                start += len(conn)
                break
        if _covered(start, end, taken) and not any(s >= start and e <= end for s, e in taken):
            continue
        kind = "ORG" if view[start:end].endswith(ORG_SUFFIXES) else "PERSON"
        if kind == "PERSON" and end - start > 6:
            continue  # no transliterated name is that long: the walk took a phrase
        out.append(Candidate(start, end, text[start:end], kind, start))
    return out


def _pronouns(article: Article, resources: Resources, quotes: list[tuple[int, int]],
              taken: list[tuple[int, int]]) -> list[Candidate]:
    view = article.view or article.text
    kinds = pronoun_lexicon(resources)
    pattern = resources.get("speech_pronouns_pattern", lambda config: alternation(load_pronouns(config)))
    out = []
    i = 0
    while True:
        match = pattern.search(view, i)
        if match is None:
            break
        i = match.start()
        if inside_any(i, quotes) or _covered(i, match.end(), taken):
            i += 1
            continue
        form = match.group()
        kind = kinds[form]
        if _inside_word(article, i, i + len(form), resources):
            i += 1  # 其他 / 其中 / 他人: a word holding the pronoun's character
            continue
        # 發布聲明表示 / 公布報告: a document that is the object of a verb is no subject; 報告指出,
        # 該報告稱, 它的年報稱 are.
        if kind == "ORG" and form in DOCUMENTS and i > 0 and _is_han(view[i - 1]) and view[i - 1] not in "的该其这此":
            i += len(form)
            continue
        out.append(Candidate(i, i + len(form), article.text[i:i + len(form)], "PRON", i, refers=kind))
        i += len(form)
    return out


def _inside_word(article: Article, start: int, end: int, resources: Resources) -> bool:
    """jieba reads 其他 / 其中 / 他人 as one word: the pronoun's character is part of it.  A word
    that is the pronoun and a cue (他說, jieba's guess) keeps the pronoun."""
    view = view_of(article)
    token = next((t for t in article.tokens if t.start <= start < t.end), None)
    if token is None or (token.start == start and token.end <= end):
        return False  # the pronoun is a word, or spans several (報告|中)
    rest = view[end:token.end]
    return not (token.start == start and rest in cue_lexicon(resources))


# ---------------------------------------------------------------------------------------
# Subjects


def clause_start(view: str, offset: int, floor: int = 0) -> int:
    """Start of the clause holding `offset`: after the last comma, colon, closing quote or
    a space between Chinese characters (headlines glue clauses with spaces)."""
    i = offset - 1
    depth = 0
    while i >= floor:
        char = view[i]
        if char == ")":
            depth += 1
        elif char == "(":
            depth = max(0, depth - 1)
        elif depth == 0:
            # 史蒂文．張 (batch C; ． reads . in the view): a dot between two Chinese characters joins
            # a transliterated name, it ends no clause.
            if char == "." and 0 < i < len(view) - 1 and _is_han(view[i - 1]) and _is_han(view[i + 1]):
                i -= 1
                continue
            # 「青年挺藻礁」團體今天表示: a quoted name with its head after it opens no clause.
            if char in CLAUSE_BREAKS or (char in "」』”" and not view.startswith(QUOTED_NAME_HEADS, i + 1)):
                return i + 1
            if char == " " and 0 < i and _is_han(view[i - 1]) and i + 1 < len(view) and _is_han(view[i + 1]):
                return i + 1
            if char == '"':
                return i + 1
        i -= 1
    return floor


def skip_prefix(view: str, start: int, end: int, article: Article) -> int:
    """Skip connectives, spaces, time expressions and a bracket at a clause start (但…, 對此…,
    去年8月…, the dateline of (中央社台北5日電)艾默特接受訪問，並表示…)."""
    moved = True
    while moved and start < end:
        moved = False
        while start < end and view[start] in " \u3000":
            start += 1
        bracket = BRACKET.match(view, start)
        if bracket and bracket.end() < end:
            start = bracket.end()
            moved = True
        for conn in CONNECTIVES:
            if view.startswith(conn, start):
                start += len(conn)
                moved = True
                break
        for t in article.time_expressions:
            if t.start == start and t.end <= end:
                start = t.end
                moved = True
    return start


def is_gap(view: str, start: int, end: int, article: Article) -> bool:
    """Whether view[start:end] holds only what may sit between a speaker and its cue."""
    i = start
    while i < end:
        if view[i] in " \u3000》〉”」』":  # 《法新社》指出, 武装组织“安萨尔耶路撒冷”宣称
            i += 1
            # 「青年挺藻礁」團體今天表示: the head after a quoted name is part of the name's frame.
            head = next((h for h in QUOTED_NAME_HEADS if view.startswith(h, i) and i + len(h) <= end), None)
            if view[i - 1] in "”」』" and head is not None:
                i += len(head)
            continue
        m = BRACKET.match(view, i)
        if m and m.end() <= end:
            i = m.end()
            continue
        t = next((t for t in article.time_expressions if t.start == i and t.end <= end), None)
        if t:
            i = t.end
            continue
        if view[i] in "在于":  # 在一場記者會上 / 於泰國曼谷演講時: a place or occasion up to 上/中/時
            j = min((k for k in (view.find("上", i, end), view.find("中", i, end), view.find("时", i, end)) if k > 0),
                    default=-1)
            if 0 < j and j - i <= 12:
                i = j + 1
                continue
        # 李慶四向中央社分析 / 對媒體表示: the person told, right before the cue.
        if view[i] in "向对跟" and end - i <= 10 and not any(ch in CLAUSE_BREAKS for ch in view[i:end]):
            return True
        # The longest gap word (竟然, not 竟 then a stray 然), or a longer adverb jieba knows (再三, not 再).
        word = max((w for w in GAP_WORDS if view.startswith(w, i) and i + len(w) <= end), key=len, default=None)
        adverb = next((t for t in article.tokens if t.start == i and t.end <= end and t.pos in ("d", "ad")), None)
        if word is not None and adverb is not None and adverb.end - i > len(word):
            word = view[i:adverb.end]
        manner = manner_adverbial_end(view, i, end, article)
        if word is None and manner is not None:
            i = manner
            continue
        if word is None:
            # Any adverb jieba knows (深度分析, 嚴厲批評) sits between a speaker and the cue.
            token = next((t for t in article.tokens if t.start == i and t.end <= end and t.pos in ("d", "ad")), None)
            if token is None:
                return False
            i = token.end
            continue
        i += len(word)
    return True


def manner_adverbial_end(view: str, start: int, end: int, article: Article) -> int | None:
    """王伯輝激動地告訴大家 / 陳玉珍不滿地說 / 意有所指地批評: a manner adverbial — a few Han
    characters closed by the particle 地 (jieba: uv) — says how the words were said, not who
    said them; returns where it ends, or None (statements_audit_f: 核四前廠長王伯輝激動地告訴
    大家：「…」 went to the article's poster, whose sentence followed)."""
    mark = next((t for t in article.tokens if start < t.start and t.end <= end and t.text == "地" and t.pos == "uv"
                 and t.start - start <= MANNER_SPAN), None)
    if mark is None or not all(_is_han(ch) for ch in view[start:mark.start]):
        return None
    return mark.end


def subject_in_clause(cands: list[Candidate], view: str, start: int, cue: int, article: Article) -> Candidate | None:
    """The speaker of a cue within one clause: the candidate opening the clause (after
    connectives and times), or else the last one before the cue with only gap words between,
    not an object (向北京, 與習近平) nor a place (在白宮)."""
    inside = [c for c in cands if start <= c.frame_start and c.end <= cue]
    for c in inside:
        # 《公民投票法》第一條開宗明義指出「…」: the law whose article is quoted speaks.
        law = LAW_ARTICLE.match(view, c.end + 1) if view[c.start - 1:c.start] == "《" and view[c.end:c.end + 1] == "》" else None
        if law is not None and law.end() >= cue:
            return c
    # The name right before the cue wins (教授托夫特(Monica Toft)指出 over 美國塔夫茨大學);
    # else the subject opening the clause (川普就在1月23日的「…」上發表演說表示).
    for c in reversed(inside):
        if c.frame_start > 0 and view[c.frame_start - 1] in OBJECT_MARKERS:
            continue
        if _object_of_preposition(article, inside, c):
            continue
        if c.end == cue or is_gap(view, c.end, cue, article):
            return c
        # 被大陸批判: the agent of a passive.
        if c.frame_start > 0 and view[c.frame_start - 1] == "被" and cue - c.end <= 2:
            return c
    if not inside:
        return surname_reference(view, start, cue, cands, article) or noun_chunk(view, start, cue, article) \
            or modified_organisation(view, start, cue, article)
    return opening_subject(inside, view, start, cue, article)


def modified_organisation(view: str, start: int, cue: int, article: Article) -> Candidate | None:
    """而應中立的中選會竟然稱… (batch C): an organisation the NER does not know, after a modifier
    closed by 的, right before the cue (adverbs between): a plain noun phrase with an
    organisation's ending (會, 部, 院 …), never a generic noun (媒體)."""
    mark = view.rfind("的", start, cue)
    if mark < 0:
        return None
    # The noun words after 的 (jieba n*/j), whole: 中選會 is one word whose 會 is no modal here.
    end = mark + 1
    for token in sorted((t for t in article.tokens if mark < t.start < cue), key=lambda t: t.start):
        if token.start != end or token.pos[:1] not in ("n", "j"):
            break
        end = token.end
    name = view[mark + 1:end]
    if not 2 <= len(name) <= 10 or not name.endswith(ORG_SUFFIXES) or not (end == cue or is_gap(view, end, cue, article)):
        return None
    return Candidate(mark + 1, end, article.text[mark + 1:end], "ORG", mark + 1)


def _object_of_preposition(article: Article, inside: list[Candidate], c: Candidate) -> bool:
    """普亭五日在海參崴召開的東方經濟論壇說 / 竹下登還對其他與會人士表示: a name after a
    preposition (在 對 向 跟 與), itself after another name of the clause, is where or whom
    the words went; the name before is the subject."""
    first = next((o for o in inside if o.kind in ("PERSON", "ORG", "GPE") and o.end <= c.frame_start), None)
    if first is None:
        return False
    view = view_of(article)
    return any(first.end <= t.start and t.end <= c.frame_start and t.pos == "p" and view[t.start:t.end] in PREPOSITIONS
               for t in article.tokens)


def surname_reference(view: str, start: int, cue: int, cands: list[Candidate], article: Article) -> Candidate | None:
    """潘表示 after 領銜人潘忠政: a surname alone as the subject is the person named before
    with that surname (the last one); the speaker is that name as written."""
    opening = skip_prefix(view, start, cue, article)
    quoted = next((c for c in cands if c.end == start - 1 and c.kind in ("ORG", "PERSON") and view[start - 1] in "”」』"), None)
    if quoted is not None and is_gap(view, start, cue, article):
        return quoted  # 武装组织“安萨尔耶路撒冷”宣称, 网民“阿牛”说: the quote mark ended the clause
    if opening + 1 > cue or not _is_han(view[opening]) or not is_gap(view, opening + 1, cue, article):
        return None
    named = [c for c in cands if c.kind == "PERSON" and c.end <= start and 2 <= len(c.name) <= 4
             and view[c.start] == view[opening] and all(_is_han(ch) for ch in view[c.start:c.end])]
    if named:
        return named[-1]
    if view[opening] in COUNTRY_PREFIX:
        # 俄称控制多个定居点 乌称拦截俄导弹: a headline's one-character country speaks.
        return Candidate(opening, opening + 1, article.text[opening:opening + 1], "GPE", opening)
    return None


# Characters between a possessor and the person it relates (前國家安全顧問, 陣營發言人, 長孫女).
MAX_RELATION = 10
# Words of such a relation: nouns, adjectives, distinguishing words, places and times (任內的副總統).
RELATION_POS = ("n", "a", "b", "f", "s", "t")
# …and the words jieba tags otherwise: 的, 任內 (a pronoun to jieba), 時期.
RELATION_WORDS = ("的", "任内", "时期", "时代")


def opening_subject(inside: list[Candidate], view: str, start: int, end: int, article: Article) -> Candidate | None:
    """The candidate opening a clause, after connectives and times: 但川普…, 去年8月，川普….
    A country that only modifies what follows (美國商務部長盧特尼克, 美國國防部) gives way to
    the official or organisation glued to it; a country alone speaks (大陸批判, 北京表示)."""
    opening = skip_prefix(view, start, end, article)
    title = LEADING_TITLE.match(view, opening)
    if title and title.end() < end and any(c.start >= title.end() for c in inside):
        opening = title.end()  # 《ABC》主持人戴維斯: the programme's name (an ORG to the NER) is no subject
    inside = [c for c in inside if c.end > opening]  # not a name inside a skipped dateline
    if not inside:
        return None
    first = inside[0]
    if first.frame_start > opening and not (first.kind == "PERSON" and (
            _noun_modifiers(article, opening, first.frame_start) or _described_name(article, opening, first, end))):
        return None
    after = first.end
    bracket = BRACKET.match(view, after)
    if bracket:
        after = bracket.end()  # 賀錦麗（Kamala Harris）的競選團隊
    person = possessor_then_person(article, inside, after)
    if person is not None:
        return person
    if view[after:after + 1] == "的" and first.kind != "PRON":
        return possessed(first, view, end, article, after)
    if view[after:after + 1] == "的" and first.kind == "PRON":
        # 他的支持者…高喊「吊死彭斯」 (batch C): the group the pronoun owns speaks, written as its
        # head noun (the name must be as written: 支持者, not 他的支持者 read as 川普).
        group = possessed(first, view, end, article, after)
        if group is not None:
            return Candidate(after + 1, group.end, article.text[after + 1:group.end], "GROUP", after + 1)
    # 大陸核專家楊承軍 / 特斯拉執行長馬斯克 (no officials frame found): a country or an
    # organisation, a title and the name; the person speaks.
    if len(inside) > 1 and (first.kind == "GPE" or (first.kind == "ORG" and inside[1].kind == "PERSON")) and \
            inside[1].frame_start - first.end <= 6 and (
        view[inside[1].frame_start - 1] not in OBJECT_MARKERS
    ) and _only_nouns(article, first.end, inside[1].frame_start):
        return inside[1]
    if first.kind == "GPE" and first.end - first.start == 1 and _is_han(view[first.end:first.end + 1] or " ") and \
            first.end + 1 <= end and is_gap(view, first.end + 1, end, article) and view[first.end] not in NOT_IN_NAME:
        # 美媒報導 / 韓媒報導 / 美軍稱 / 紐時稱: a one-character country and one more character
        # abbreviate who speaks (its media, army, a paper).
        return Candidate(first.start, first.end + 1, article.text[first.start:first.end + 1], "GROUP", first.frame_start)
    if first.kind == "GPE" and not is_gap(view, first.end, end, article):
        # 據法國媒體報道 / 日本經濟新聞報導: a country and the noun it modifies.
        phrase = noun_chunk(view, first.end, end, article, generic_ok=True) if len(inside) == 1 else None
        if phrase is not None and phrase.start == first.end:
            return Candidate(first.frame_start, phrase.end, view_text(article, first.frame_start, phrase.end),
                             "GROUP", first.frame_start)
        return None
    return first


def possessor_then_person(article: Article, inside: list[Candidate], after: int) -> Candidate | None:
    """川普的前國家安全顧問歐布萊恩, 川普陣營發言人米勒, 川普長孫女凱伊: a person, perhaps 的,
    then only nouns (an office, a camp, a kinship) and another person: the second one is the
    subject, the first says whose (statements audit E: 3 of 17 wrong speakers)."""
    if len(inside) < 2 or inside[0].kind != "PERSON" or inside[1].kind != "PERSON":
        return None
    view = view_of(article)
    start = after + 1 if view[after:after + 1] == "的" else after
    second = inside[1]
    if not start < second.start <= start + MAX_RELATION or second.frame_start < start:
        return None
    between = [t for t in article.tokens if start <= t.start and t.end <= second.start]
    if not between or any(t.pos[:1] not in RELATION_POS and view[t.start:t.end] not in RELATION_WORDS for t in between):
        return None
    return second


def introduced_person(article: Article, clause: int, person: Candidate) -> bool:
    """軍事專家揭仲 / 國民黨立委李德維 opening the clause at `clause`: a person brought in with a
    title or description (a few nouns) before the name."""
    if person.kind != "PERSON":
        return False
    if person.frame_start == clause:
        return person.frame_start < person.start
    return _noun_modifiers(article, clause, person.frame_start)


def _described_name(article: Article, opening: int, person: Candidate, end: int) -> bool:
    """對此，珍愛藻礁公投領銜人潘忠政，今日…受訪時表示: a clause that is only a description
    and the name it ends with (the word before the name a noun, no pronoun, adverb,
    preposition, particle or conjunction) names the subject of the clauses after it; in
    民眾支持潘忠政 the verb before the name makes it an object."""
    view = view_of(article)
    if view[person.end:end].strip() or person.frame_start - opening > MAX_GROUP:
        return False
    tokens = [t for t in article.tokens if opening <= t.start and t.end <= person.frame_start]
    return bool(tokens) and tokens[-1].pos[:1] == "n" and not any(t.pos[:1] in ("r", "d", "p", "u", "c") for t in tokens)


def _only_nouns(article: Article, start: int, end: int) -> bool:
    """大陸核專家楊承軍: what stands between a country and a name modifies the name; in 紐時稱
    共和黨… (the NER tags 紐 a country) the verb between makes 共和黨 its object."""
    return not any(start <= t.start and t.end <= end and t.pos[:1] == "v" for t in article.tokens)


AGE_MODIFIER = re.compile(r"(现年|今年|高龄)?(\d{1,3}|[一二三四五六七八九十]{1,3})(岁|周岁)的")


def _noun_modifiers(article: Article, start: int, end: int) -> bool:
    """前「經濟學人」(The Economist)期刊總編艾默特接受…: only a few nouns (the rest of a title
    the officials frame did not take), or a programme's title (《ABC》主持人戴維斯), stand between
    the clause opening and the person."""
    title = LEADING_TITLE.match(view_of(article), start)
    if title and title.end() <= end:
        start = title.end()
        if start == end:
            return True
    if AGE_MODIFIER.fullmatch(view_of(article), start, end):
        return True  # 78歲的川普上月…告訴集會群眾: an age describes the person who speaks
    tokens = [t for t in article.tokens if start <= t.start and t.end <= end]
    return 0 < end - start <= MAX_TITLE_REST and bool(tokens) and tokens[0].start == start and \
        tokens[-1].end == end and all(t.pos[:1] == "n" and t.pos not in ("nr", "ns") for t in tokens)


def view_of(article: Article) -> str:
    return article.view or article.text


def noun_chunk(view: str, start: int, cue: int, article: Article, generic_ok: bool = False) -> Candidate | None:
    """A speaker the NER does not know, written as a plain noun phrase opening the clause:
    以軍稱…, 西奈半島武裝組織稱…, 烏克蘭方面同一天稱…, 台灣民眾認為….  Only nouns (jieba n*,
    j), 2 to 10 characters, with nothing but time words and adverbs before the cue."""
    opening = skip_prefix(view, start, cue, article)
    end = next((k for k in range(opening + 2, cue + 1) if is_gap(view, k, cue, article)), None)
    if end is None or end - opening > 10 or not all(_is_han(ch) for ch in view[opening:end]):
        return None
    tokens = [t for t in article.tokens if t.end > opening and t.start < end]
    # The last word may run into the cue (jieba keeps 媒體報道 as one word), and after a country
    # the first may run back into it (巴基斯坦政府 is one word).
    if not tokens or tokens[-1].end < end or tokens[0].start > opening:
        return None
    if tokens[0].start < opening and not generic_ok:
        return None
    chunk = view[opening:end]
    if any(view[t.start:t.end] in MODALS for t in tokens):
        return None  # 可能會認為 / 就不會說: a modal, not an organisation ending in 會
    # A place word may stand inside (東部|戰區 of 中共東部戰區), not at the end (會上, 國內).
    nouns = all(t.pos[:1] in ("n", "j") or (t.pos == "f" and t is not tokens[-1]) for t in tokens)
    # jieba reads 以軍 and 組織 as verbs: an organisation suffix still makes a noun phrase.
    named = chunk.endswith(ORG_SUFFIXES + ("军",)) and not any(t.pos[:1] in ("p", "u", "d", "c", "r") for t in tokens)
    if not (nouns or named) or (chunk in GENERIC_SOURCES and not generic_ok):
        return None
    return Candidate(opening, end, article.text[opening:end], "GROUP", opening)


def view_text(article: Article, start: int, end: int) -> str:
    return article.text[start:end]


def possessed(owner: Candidate, view: str, cue: int, article: Article, of: int) -> Candidate | None:
    """馬斯克的支持者認為 / 賀錦麗的競選團隊表示: the one who speaks is the noun phrase the
    name owns (after its 的 at `of`), up to the words that may sit before the cue."""
    for k in range(of + 2, min(cue, of + 12) + 1):
        if any(of < t.start < k and t.pos[:1] in CLAUSE_POS and t.pos != "vn" for t in article.tokens):
            # 賀錦麗的選情正在下滑，形容…: a clause, not a noun phrase, follows the 的; a verbal
            # noun (競選/vn of 賀錦麗的競選團隊) modifies the noun.
            return None
        if is_gap(view, k, cue, article):
            return Candidate(owner.frame_start, k, article.text[owner.frame_start:k], "GROUP", owner.frame_start)
    return None


def own_subject_unknown(view: str, start: int, cue: int, article: Article) -> bool:
    """台灣民眾認為 / 大多數人認為: the cue has a subject of its own that is no candidate, so
    the subject of an earlier clause does not carry over."""
    i = cue
    while i > start:
        token = next((t for t in article.tokens if t.end == i), None)
        if token is None:
            return False
        if token.pos[:1] in ("d", "p") or token.text in GAP_WORDS or is_gap(view, token.start, i, article):
            i = token.start
            continue
        if closes_time_phrase(view, start, token):
            return False  # 一早在松山機場受訪時強調: jieba tags 時 a noun; the clause has no subject
        if view[token.start:token.end] in DOCUMENT_WORDS and any(view.find(v, start, token.start) >= 0 for v in PUBLISH_VERBS):
            i = token.start  # 共和黨…，近日公佈報告稱: the document published is an object
            continue
        return token.pos[:1] in ("n", "r") and token.pos != "nt"
    return False


def closes_time_phrase(view: str, start: int, token) -> bool:
    """The 時 of 在…受訪時 / 當…时 ends a phrase of time, not a subject."""
    return token.text in ("時", "时") and any(m in view[start:token.start] for m in ("在", "当", "當"))


def subject_of(view: str, cue: int, cands: list[Candidate], article: Article, sentence_start: int) -> Candidate | None:
    """The speaker expression of the cue at `cue`: in its own clause, else the subject
    opening an earlier clause of the same sentence (zero subject: …，表明希望…)."""
    start = clause_start(view, cue, sentence_start)
    found = subject_in_clause(cands, view, start, cue, article)
    if found is not None:
        return found
    if own_subject_unknown(view, start, cue, article):
        return None
    end = start - 1
    while end > sentence_start:
        prev_start = clause_start(view, end, sentence_start)
        if view[prev_start:end].endswith(TIME_ADVERBIAL_ENDS):
            # 党的十八大以来，从…到强调“…”: a clause of time is no subject.
            end = prev_start - 1
            continue
        inside = [c for c in cands if prev_start <= c.frame_start and c.end <= end]
        found = opening_subject(inside, view, prev_start, end, article)
        if found is not None:
            return found
        end = prev_start - 1
    return None


# ---------------------------------------------------------------------------------------
# Pronouns and bare titles


def resolve(pron: Candidate, cands: list[Candidate], article: Article, speakers_before: list[Candidate]) -> Candidate | None:
    """The antecedent of a pronoun or bare title.

    他/她/其 → the last person named in subject position before it (川普在白宮會見南韓總統
    李在明時…；他說 is 川普), else the last person named at all; 發言人/這位總統 → the last
    official with that title; 它/報告 → the last organisation."""
    view = article.view or article.text
    if pron.refers == "SELF":
        return None
    before = [c for c in cands if c.end <= pron.start and c.kind != "PRON"]
    if pron.refers == "ORG" and view[pron.start:pron.end].endswith(("报导", "报道")):
        # 華爾街日報報導，…。報導指出: the outlet that reported, not the last company named.
        reporters = [c for c in before if _reports(view, c, article)]
        # 据美国媒体报道，…。报道进一步指出: a reporter that is no tagged name spoke before.
        reporters = reporters or [s for s in speakers_before if s.end <= pron.start and _reports(view, s, article)]
        if reporters:
            return reporters[-1]
    if pron.refers == "ORG" and view[pron.start:pron.end].endswith(DOCUMENT_WORDS):
        author = document_author(view, pron.start, before, article)
        if author is not None:
            return author
        # 以色列国防军同一天称，…。声明说，…: with no publisher named, the organisation that
        # spoke last in the paragraph issued it.
        para_start = view.rfind("\n", 0, pron.start) + 1
        issuers = [s for s in speakers_before if s.kind in ("ORG", "GROUP") and para_start <= s.start < pron.start]
        if issuers:
            return issuers[-1]
    if pron.refers == "ORG":
        orgs = [c for c in before if c.kind in ("ORG", "GPE")]
        orgs_only = [c for c in orgs if c.kind == "ORG"]
        # 該聯盟 / 该部: the organisation named last with that ending, over any other one
        # (該聯盟表示 after 大潭藻礁行動聯盟…行政院 is the 聯盟).
        kind_word = view[pron.start + 1:pron.end] if view[pron.start] == "该" else ""
        same_kind = [c for c in orgs_only if kind_word and view[c.start:c.end].endswith(kind_word)]
        return (same_kind or orgs_only or orgs or [None])[-1]
    title = _bare_title(view[pron.start:pron.end])
    if title:
        titled = [c for c in before if c.kind == "PERSON" and c.title and c.title.endswith(title)]
        if titled:
            return titled[-1]
    persons = [c for c in before if c.kind in PERSON_KINDS]
    if not persons:
        return None
    recent_speakers = [s for s in speakers_before if s.kind == "PERSON" and s.end <= pron.start]
    best = _antecedent(view, persons, recent_speakers, pron, article)
    # 而歐普拉在21日的演說中反擊，她表示: the subject of the pronoun's own sentence stays, known
    # to be a woman or not; across sentences 她/他 look for the gender the text or lexicon gives.
    same_sentence = not any(ch in SENTENCE_BREAKS for ch in view[best.end:pron.start])
    gendered = by_gender(view, persons, view[pron.start:pron.end])
    if same_sentence or gendered == persons:
        return best
    return _antecedent(view, gendered, [s for s in recent_speakers if s in gendered], pron, article)


def _antecedent(view: str, persons: list[Candidate], recent_speakers: list[Candidate], pron: Candidate,
                article: Article) -> Candidate:
    """The last person in subject position in the pronoun's paragraph, or a person who spoke
    after them, else the last person named."""
    para_start = view.rfind("\n", 0, pron.start) + 1
    subjects = [_related_person(article, c, persons) for c in persons
                if c.frame_start >= para_start and _in_subject_position(view, c, article)]
    best = subjects[-1] if subjects else persons[-1]
    if recent_speakers and recent_speakers[-1].start >= para_start and recent_speakers[-1].start > best.start:
        return recent_speakers[-1]
    return best


def _related_person(article: Article, c: Candidate, persons: list[Candidate]) -> Candidate:
    """川普的前國家安全顧問歐布萊恩…，他說: the subject is the person the possessor relates."""
    following = [p for p in persons if p.start > c.end]
    if not following:
        return c
    bracket = BRACKET.match(view_of(article), c.end)
    return possessor_then_person(article, [c, following[0]], bracket.end() if bracket else c.end) or c


def by_gender(view: str, persons: list[Candidate], form: str) -> list[Candidate]:
    """她 prefers the women the text marks as such (夫人彭丽媛, 梅克爾女士, 女議員…) or the
    lexicon knows (賀錦麗), 他 the others; with no mark either way every person stays a
    candidate."""
    if form not in ("她", "他", "她们", "他们"):
        return persons
    female_names = {c.name for c in persons if _marked_female(view, c)}
    if not female_names:
        return persons
    wanted = [c for c in persons if (c.name in female_names) == form.startswith("她")]
    return wanted or persons


def _marked_female(view: str, c: Candidate) -> bool:
    if c.female:
        return True
    after = view[c.end:c.end + 3]
    before = view[max(0, c.frame_start - 4):c.frame_start]
    return after.startswith(FEMALE_AFTER) or before.endswith(FEMALE_BEFORE) or after.startswith("(女")


def document_author(view: str, offset: int, before: list[Candidate], article: Article | None = None) -> Candidate | None:
    """Who published the document a 報告/文章/聲明 stands for: the subject of the last
    publishing verb before it (美國防部剛公布2024年版「中國軍力報告」…報告中指出 → 美國防部;
    胡錫進去年3月撰文…文章強調 → 胡錫進; 人民日报发表评论员文章…文章强调 → 人民日报)."""
    best = _last_publishing(view, max(0, offset - DOCUMENT_REACH), offset)
    if best is None and view.startswith(DEMONSTRATIVE_DOCUMENTS, offset):
        # 這份文件也聲稱 (batch C): "this document" points back to the one published, however far up
        # (檢方公布這份文件 five paragraphs before).
        best = _last_publishing(view, 0, offset)
    if best is None:
        best = _last_publishing(view, 0, min(offset, LEAD_REACH))
    if best is None:
        return None
    clause = clause_start(view, best)
    # (（中央社華盛頓2日綜合外電報導）美國聯邦檢察官在今天公布的法庭文件中說: the dateline's agency
    # in brackets publishes nothing.)
    subjects = [c for c in before if clause <= c.frame_start and c.end <= best and c.kind != "GPE"
                and (c.frame_start == 0 or view[c.frame_start - 1] not in OBJECT_MARKERS)
                and not in_bracket(view, c.start, c.end)]
    if not subjects:
        return None
    # 川普任內的副總統彭斯…投書: the possessor says whose vice-president wrote.
    related = possessor_then_person(article, subjects, subjects[0].end) if article is not None else None
    return related or subjects[0]


def _last_publishing(view: str, floor: int, offset: int) -> int | None:
    """Where the last publishing verb that names a document between floor and offset starts."""
    best = None
    for verb in PUBLISH_VERBS:
        k = view.rfind(verb, floor, offset)
        while k >= 0 and not _publishes_document(view, k + len(verb), verb):
            k = view.rfind(verb, floor, k)
        if k >= 0 and (best is None or k > best):
            best = k
    return best


def _publishes_document(view: str, after: int, verb: str) -> bool:
    """发表钟声文章 / 公布2024年版「中國軍力報告」 name a document; 提交的两份提案 does not.
    撰文 / 投书 is writing a piece by itself."""
    if verb in WRITING_VERBS:
        return True
    # The document may be named in quotes (公布「中國軍力報告」), or a quoted title may stand
    # between the verb and the noun (召開「修憲併大選可以！…」記者會): look with and without.
    raw = view[after:after + PUBLISH_WINDOW]
    bare = re.sub(r"「[^」]*」|“[^”]*”|《[^》]*》", "", view[after:after + 3 * PUBLISH_WINDOW])[:PUBLISH_WINDOW]
    for window in (raw, bare):
        stop = next((i for i, ch in enumerate(window) if ch in SENTENCE_BREAKS), len(window))
        if any(word in window[:stop] for word in DOCUMENT_WORDS):
            return True
    return False


def _bare_title(view_form: str) -> str | None:
    """這位總統 → 總統, 該發言人 → 發言人: the title an anaphoric expression names."""
    for prefix in ("这位", "该名", "这名", "该"):
        if view_form.startswith(prefix):
            return view_form[len(prefix):] or None
    if view_form in ("发言人",):
        return view_form
    return None


def _in_subject_position(view: str, c: Candidate, article: Article) -> bool:
    start = clause_start(view, c.frame_start)
    return skip_prefix(view, start, c.frame_start, article) >= c.frame_start

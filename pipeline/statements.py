"""Statements: direct quotes and reported speech, with their speakers and dates.

Direct: the words inside 「」 “” 『』 "" (nested quotes stay inside), attributed to a speaker
written before the quote (他說：「…」), after it (「…」川普表示), around it (川普在社群媒體發文
表示，「…」), inside a reported clause (他說，…但「中國只要五、六年就可以追上」) or, for a
paragraph that is all quote, the speaker of the paragraph before.  Quoted titles and scare
quotes (「新戰略武器裁減條約」, 「評估」, 「過時」) are not speech: see `looks_like_speech`.

Indirect: the clause after a speech cue (表示, 說, 指出 … `resources/speech_cues.txt`) up to
the end of the sentence, or up to the next cue (…表示條約失效後…，強調…).  A cue inside a
reported clause is part of it unless it names a speaker of its own (蔡壁如痛批，曾文生明明承認…
gives two statements).  A person's 希望 outside any clause reports words before a comma or
the people addressed (李强希望各位企业家…).  Headlines without a cue (俄外交部：條約失效後…) count too.

Turns and continuations: a cue with no subject right after a reported clause goes on with its
speaker (…，非常矛盾，強調…); another speaker taking the turn with a quote ends a clause
(…，海委會主委李仲威回應「…」); a report nested in another's clause ends at a contrast; after a
quote a cue introduced, the sentence goes on reporting (森高宏表示，「…」，為了…); a quoted
sentence in the next paragraph (a newline, or a space in wire texts) is the last speaker's.
Denied speech acts (未正面回應) and greetings (表示熱烈祝賀) report nothing; 记者从X了解到 is X's.

Speakers (pipeline/speakers.py): officials, mentions, names before a bracketed English form,
plain noun phrases (以軍稱), groups headed by a speaker noun (也門政府官員, 北京輿論界和
戰略界; resources/speaker_heads.txt), documents (for their publisher, else as themselves),
a surname alone (潘表示), pronouns and bare titles resolved to the person or organisation
named before (她 to a woman where the text or a lexicon says so).  `speaker_start/speaker_end`
span the name as written (for a pronoun, its antecedent), so `text[speaker_start:speaker_end]
== speaker` always.

said_on (`said_on`): a date between speaker and cue, or opening the clause, the same speaker's
occasion in the paragraph, the dated sentence before, else the day of the occasion the lead
reports (国家主席习近平19日在…会见… 习近平指出 → that day; `scene_date`).

Matching runs on `article.view` (Simplified, half-width, same offsets); every span is into
the stored text and every surface is cut from it.  English articles go to pipeline/english_statements.py.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pipeline.article import Article, Sentence, Statement
from pipeline.config import Resources
from pipeline.speakers import (
    ANNOUNCE_CUES,
    CONNECTIVES,
    EVENT_NOUNS,
    TIME_ADVERBIAL_ENDS,
    Candidate,
    Cue,
    clause_start,
    document_author,
    find_cues,
    find_quotes,
    inside_any,
    introduced_person,
    load_belief_cues,
    noun_chunk,
    opening_subject,
    own_subject_unknown,
    resolve,
    skip_prefix,
    speaker_candidates,
    subject_in_clause,
    subject_of,
)
from pipeline.timex import dateline

TERMINALS = set("。!?;！？；\n")
# A leader's name with these after it is an organisation (蔡政府, 川普政府, 拜登團隊).
LEADER_GROUPS = ("政府", "团队", "阵营", "当局", "政权")
# 遭中選會指控 / 被檢方起訴: the name after these is the agent of the cue that follows it.
PASSIVE_MARKS = ("遭", "遭到", "被")
SUBJECT_PREDICATES = ("是", "为", "将", "会", "应", "应该", "已经", "已", "要", "能", "不会", "不能", "没有")
MAX_AGENT = 8
# 被特勤局幹員發現: found, spotted — a passive 發現 perceives, it reports nothing said.
NOT_PASSIVE_REPORTS = ("发现",)
QUOTE_OPENERS = set("「『“\"")
QUOTE_CLOSERS = set("」』”\"")
# Between a cue and the quote it introduces: 他說：「, 表示，「, 說道：\n「.
INTRO_GAP = set(" ,:，：\n\u3000")
# Between two quotes of one speaker: 「…」「…」, 「…」，「…」, 「…」、「…」, 「…」；「…」, 「…」。「…」.
QUOTE_SEPARATORS = " \u3000,，、;；。"
# Between a statement's last character and its closing mark (the span leaves the marks out).
QUOTE_CLOSERS_AND_SPACE = "」』”\" \u3000"
# Characters that tell a quote is a clause someone said, not a name or a scare quote:
# 「如果它到期了，那就到期吧。」, 「中國也願意這麼做」, 「不公平、不合理、不可行」.
SPEECH_CHARS = set("我你了吧吗呢就也会要不没是能应都很太将还得过着吗啊呀嘛")
CODE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[-–—]?\s*\d{2,4}[A-Za-z]?$")
SPEECH_PUNCT = re.compile(r"[,!?;:，。！？；：]|\.(?!\d)")  # not the point of 2.0
# Quotes ending in these are titles or terms: 「達沃斯世界經濟論壇」, 「擁有最大核武庫的國家」.
NOMINAL_ENDS = (
    "条约", "论坛", "报告", "会议", "会晤", "谈判", "研究所", "日", "组织", "计划", "计画",
    "法案", "机制", "战略", "数据", "国家", "情况", "护栏", "政策", "协定", "峰会", "宣言",
    "计划书", "行动", "运动", "主义", "理论", "模式", "体系", "工程", "项目", "中心",
    # Outlets named in quotes (「紐約時報」編輯委員會表態, 「新聞週刊」指出): a name, not speech.
    "时报", "日报", "晚报", "周报", "邮报", "周刊", "杂志", "电视台", "通讯社", "新闻网", "电台",
)
# A comma then one of these then a cue starts the same speaker's next statement (…後續行動，
# 強調… / …，但指…); 並預計 / 並且預計 stay inside the clause they continue.
# Cues whose object, the person told or asked, comes before the words: 告訴記者，….
# 告誡彭斯，如果… (batch C): the one warned is an addressee too.
OBJECT_CUES = ("告诉", "告訴", "告诫", "告誡", "问", "問", "喊话", "喊話", "呛", "嗆", "质问", "質問")
# Verbs before the person addressed: 詢問賀錦麗：「…」 is the asker's question, not 賀錦麗's words.
ADDRESSING = ("问", "询问", "追问", "告诉", "对", "向", "呼吁", "喊话")
SPLIT_LEADS = ("", "但", "但也", "而", "也", "还", "更", "同时", "另")
JOINED_LEADS = ("并且", "并")
CONTINUING_BELIEFS = ("相信", "估计", "预计")
# A clause about the words just reported, or the stance they show, is the writer's (Simplified
# view): …，這番話可能是要幫川普… / …，這樣的政策立場意味著… / …，此舉被解讀為….
WRITER_COMMENT = ("这番话", "此番话", "这些话", "这段话", "这番言论", "此番言论", "这些言论", "这样的政策立场",
                  "这样的立场", "这样的说法", "此举", "这项表态", "此一表态")
SUBJECT_PRONOUNS = ("他", "她", "他们", "她们", "它", "它们", "我", "我们", "你", "你们")
# The writer's gloss right after a quote: a demonstrative naming what the quote is about, or a
# verb of meaning.
GLOSS_OPENERS = ("这种", "这类", "此种", "此类", "这样的", "意指", "意即", "意思是", "显示", "显见", "意味", "也就是说", "换言之")
MODAL_BEFORE = {"继续", "繼續", "要", "应", "應", "将", "將", "会", "會", "能", "必须", "必須", "应该", "應該",
                "愿意", "願意", "可以", "希望", "想", "是想"}
# Cues whose object is as often a quoted term as speech: they report only before a comma or
# a colon (陈忠义提出，年底前… yes; 提出“精准扶贫”的重要思想 no).
# A share of people polled before a belief cue: 55%認為, 44%的選民認為, 七成民眾認為, 六成五受訪者.
POLL_SHARE = re.compile(r"(\d+(\.\d+)?\s*[%％]|[一二三四五六七八九十]成[一二三四五六七八九]?)(的)?[\u4e00-\u9fff]{0,6}$")
POLL_WINDOW = 16
# A finding 顯示 is reported only when a named organisation or person stands behind it (Graphika
# 最新研究顯示); 數據顯示 / 民調顯示 / 視頻顯示 name no author.
NAMED_ONLY_CUES = ("显示",)
COMMA_ONLY_CUES = ("提出", "建议", "介绍", "确认", "证实")
# Wishes are no speech cues (表明希望開啟談判 is the clause of 表明), but a person's 希望 outside
# any reported clause reports words when a comma or the people addressed follow it: 李强希望
# 各位企业家…, 希望湖南…; 英特爾希望重新布局 / 瓜地馬拉希望跟美國… are intentions.
WISH_CUES = ("希望",)
ADDRESSEE_POS = ("n", "r")
# A cue after these is a noun, not speech: 未適時予以提醒, 一旦獲得證實, 作出回应, 面對追問.
# A clause opened by these names the topic answered (面對外界質疑，…) or the means used
# (並利用大數據分析，提升…; 經過分析，…): its cue is a noun.
TOPIC_MARKERS = ("面对", "针对", "对于", "面临", "利用", "通过", "透过", "经过")
NOMINALISING = ("予以", "加以", "进行", "作出", "做出", "给予", "获得", "得到", "获", "面对",
                "加强")  # 應該對此加強說明，否則…: more explaining is what should be done
# Between 的 and the name it modifies, at most a title: 在IG有2億多名追隨者的巨星歌手泰勒絲.
MODIFIER_GAP = 6
DATE_VALUE = re.compile(r"^\d{4}(-\d{2}){0,2}$")
# A sentence end, a closing quote perhaps, then spaces: a paragraph break in one-line texts.
WIRE_PARAGRAPH = re.compile(r"[。！？!?][」”』]?[ \u3000]+")
DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# How far before publication the lead's day may lie to be the occasion being reported: news
# reports the day's events (当地时间6月4日下午 in a 5 June bulletin, 昨日 in a morning paper).
# A lead three or more days back opens a follow-up (川普十五日…險遭暗殺 in a paper of the 18th,
# then 美聯社報導 / 亞當斯說): what it quotes was said since, on days it does not give.  Two
# days changed nothing on dev gold or statements_unseen A-C; seven dated set D's follow-up.
SCENE_DAYS = 2
# Two days joined into a span (6月22日至24日): `_merge_ranges`.
RANGE_JOINERS = ("至", "到", "-", "~", "～", "—", "－", "－")
# A lead whose day comes right before one speaker's cue (鲍尔23日明确表示, 贝佐斯廿八日投书表示) reports
# that saying; a venue or an event between (于立院…追问, 在钓鱼台国宾馆会见, 出席记者会) makes it a
# gathering instead.
SPEECH_SCENE_GAP = 4
# Words that make a lead's dated clause a gathering, where everyone quoted after may have spoken.
GATHERING_WORDS = ("举行", "召开", "出席", "举办", "会见", "会谈", "会晤", "记者会", "会议", "论坛", "辩论", "造势",
                   "座谈", "受访", "访问", "视察", "调研", "考察", "参加", "主持", "接受", "致辞", "演讲", "演说",
                   "峰会", "大会", "听证", "质询", "宣讲", "扫街", "活动", "集会", "仪式", "典礼", "拜会", "接见",
                   "在", "于", "到", "赴", "前往", "抵达", "表示", "说", "称", "指出", "强调", "宣布", "发表",
                   # …and events the day's reactions answer (又遇疑似暗殺, 發生全國大停電, 今天投票: audits E/F).
                   "发生", "遇", "遭", "投票", "开票", "爆发", "袭击", "暗杀", "枪击", "去世", "逝世", "身亡",
                   "当选", "胜选", "败选")
# How far before a name its title frame may name the lead's speaker (国民党团总召费鸿泰).
MEMBER_FRAME = 12
VENUE_MARKS = ("在", "于", "於", "到", "赴", "出席", "接受", "举行", "召开", "举办", "会见", "访问")
# Characters of a day that dates an occasion: 19日, 今天, 今日, 昨晚, 前天 (not 春节); a time of
# day (下午) dates one too.
OCCASION_CHARS = set("日号號今昨前天")
DAY_WORD = re.compile(r"\d+\s*[日号號]|[一二三四五六七八九十]+[日号號]")
TODAY_WORDS = ("今", "今日", "今天")
MIN_CLAUSE = 4
REPORT_CUES = ("报导", "报道")
# The longest clause a colon may end and still introduce its subject's quote.
MAX_COLON_CLAUSE = 40
# A quote after a comma with no cue must be a sentence's worth of words (or end in 。！？).
MIN_WHOLE_QUOTE = 8
# 當時川普表示 / 那時他說: the occasion named before for that speaker, however far back.
MAX_HEADING = 40
EARLIER_WORDS = ("此前", "先前", "早前", "之前")
BACK_THEN = ("当时", "那时", "彼时")
# 辯論的幾小時前: hours before an event are within its day, no vague time of the speaker's own.
WITHIN_A_DAY = ("小时", "小時", "分钟", "分鐘")
NUMERAL = re.compile(r"[\d一二三四五六七八九十百千]")
# jieba parts of speech that make a reported clause a clause: verbs, adjectives, adverbs,
# idioms and set phrases.
PREDICATE_POS = set("vadli")
# A cue after these and before a 時 ending its clause is inside a time clause (在分析…時).
TIME_CLAUSE_OPENERS = ("在", "当", "于")
# Between a speaker and the cue, these make the saying a past or repeated one (曾在造勢場合上
# 指控, 多次表示), not the occasion the story narrates.
PAST_OCCASION = "曾"
REPEATED_OCCASIONS = ("多次", "一再", "屡次", "再三", "屡屡")
# Cues of learning rather than saying (记者从交通运输部了解到 / 获悉): the source after 从 speaks.
SOURCE_CUES = ("了解到", "获悉")
SOURCE_MARKERS = ("从", "自")
MAX_SOURCE = 14
PLACE_ENDS = set("上中里处内")  # 从会上 / 从现场 is where, not who
CONTRASTS = ("但", "而", "却", "不过")
# A speech act denied reports nothing: 未正面回應, 拒絕回應, 沒有說明, 不願透露.  Adverbs
# between the negator and the cue (未正面回應, 並未直接回應) are skipped.
NEGATORS = {"未", "没", "沒", "没有", "沒有", "不", "拒绝", "拒絕", "不愿", "不願", "并未", "並未", "未曾", "无法", "無法",
            "从未", "從未", "从不", "從不", "不曾"}  # 川普從未承認過…: never conceded
NO_SUBJECT = ("没有", "沒有", "尚无", "尚無", "无人", "無人", "没人", "沒人")
NEGATION_SKIP = {"正面", "直接", "公开", "公開", "具体", "具體", "明确", "明確", "多", "再"}
# A quote holding a modal or auxiliary is a clause, even when it ends in a noun after 的:
# 「會有安全的問題」, 「要有相關的調查資料才能取信於民眾」 (「擁有最大核武庫的國家」 has none).
PREDICATE_WORDS = {"会", "會", "要", "能", "才能", "将", "將", "应", "應", "应该", "應該", "必须", "必須", "可以",
                   "可能", "不会", "不會", "没有", "沒有", "已经", "已經", "需要"}


@dataclass
class Found:
    """A statement before numbering: spans into the text, the speaker candidate it resolved to."""

    kind: str
    start: int
    end: int
    speaker: Candidate | None
    cue: Cue | None
    sent_idx: int
    said_on: str | None
    speaker_expr: Candidate | None = None  # the pronoun or name as written at the cue


def find_statements(article: Article, resources: Resources) -> Article:
    """Stage: fill `article.statements`, ordered by start."""
    if not article.text.strip():
        article.statements = []
        return article
    if article.lang == "en":
        # Imported here: pipeline/english_statements.py builds this module's Found records.
        from pipeline.english_statements import find_english_statements
        found = find_english_statements(article, resources)
    else:
        found = chinese_statements(article, resources)
    article.statements = to_rows(article, found)
    return article


# ---------------------------------------------------------------------------------------
# Chinese


def sentence_spans(article: Article) -> list[Sentence]:
    if article.sentences:
        return article.sentences
    return [Sentence(article_id=article.article_id, sent_idx=0, start=0, end=len(article.text), text=article.text)]


def sentence_of(sentences: list[Sentence], offset: int) -> Sentence:
    found = sentences[0]
    for s in sentences:
        if s.start <= offset:
            found = s
        else:
            break
    return found


def chinese_statements(article: Article, resources: Resources) -> list[Found]:
    if not article.view:
        from pipeline.normalize import load_converters, make_view

        article.view = make_view(article.text, resources.get("converters", load_converters))
    view = article.view
    quotes = find_quotes(view)
    cands = speaker_candidates(article, resources, quotes)
    cues = find_cues(article, resources, quotes)
    sentences = sentence_spans(article)
    belief = resources.get("speech_cues_belief", load_belief_cues)

    turns = turn_starts(article, cues, cands, sentences)
    found: list[Found] = []
    spoken: list[Candidate] = []  # resolved speakers so far, for pronouns
    introduced: dict[int, Found] = {}  # quote open offset → the cue that introduces it
    after_quote: dict[int, tuple[Candidate, Cue, Candidate]] = {}  # cue start → speaker
    for cue in cues:
        sent = sentence_of(sentences, cue.start)
        if view[cue.start:cue.end] in COMMA_ONLY_CUES and view[cue.end:cue.end + 1] not in (",", ":"):
            continue
        if view.endswith(NOMINALISING, 0, cue.start) or in_topic_phrase(article, cue, sent.start):
            continue
        if in_time_clause(view, cue, sent.start):
            continue
        if negated(article, cue):
            continue
        if report_noun(article, cue, cands) or poll_share(view, cue):
            continue
        expr, speaker = cue_speaker(article, cue, cands, found, spoken, sent.start)
        if speaker is None or (view[cue.start:cue.end] in NAMED_ONLY_CUES and speaker.kind not in ("ORG", "PERSON")):
            continue
        date = said_on(article, expr, cue.start, sent.start, found, speaker)
        after_quote[cue.start] = (speaker, cue, expr)
        start = skip_intro(view, cue_end_with_next(view, cue, cues))
        if view[cue.start:cue.end] in OBJECT_CUES:
            start = skip_addressee(view, start, sent.end)
        elif view[cue.start:cue.end] not in ADDRESSING:
            # (詢問賀錦麗：「…」 asks; the question reports nothing of the asker's.)
            start = skip_named_target(view, start, cands)
        holder = inside_clause(found, cue.start)
        answerer = _answerer(view, holder, expr, cands, cue.start) if holder is not None else None
        if answerer is not None:
            # 主持人進一步追問，他這才說：「…」: the pronoun after a question is the one asked, and
            # the question ends where the answer starts (a question with no words of its own goes).
            speaker = answerer
            cut = strip_span(view, holder.start, clause_start(view, expr.frame_start, holder.start))[1]
            if cut - holder.start >= MIN_CLAUSE:
                holder.end = cut
            else:
                found.remove(holder)
            holder = None
            date = said_on(article, expr, cue.start, sent.start, found, speaker)
        if holder is not None and holder.speaker is not None and expr is not None \
                and expr.kind in ("PERSON", "ORG") and expr.frame_start > holder.start \
                and view[cue.end:cue.end + 1] in (",", ":") \
                and (speaker.name == holder.speaker.name or topic_report(view, holder, sent.start)):
            # 許舒博表示，…：至於川普稱…說法，許舒博認為，是對台積電有所誤解: the speaker named again
            # with a cue of his own starts a new statement (gold guideline 2); the first ends
            # before the clause that names him.  So does anyone after a report set up as a topic
            # (至於藻礁公投聯盟稱…，經濟部也澄清表示，…: 經濟部 answers, it is not quoted by the 聯盟).
            cut = strip_span(view, holder.start, clause_start(view, expr.frame_start, holder.start))[1]
            if cut - holder.start >= MIN_CLAUSE:
                if speaker.name != holder.speaker.name:
                    holder.said_on = None  # the claim answered was made before, on no day given
                holder.end = cut
                holder = None
        # 胡錫進撰文說，川普每次說核武器都提中國: a bare one-character cue inside a clause talks
        # about something (a noun follows), it does not report; 國民黨卻說還要解封 does.
        # 尤其是川普稱「台灣搶走晶片生意」: a quote right after the cue is what it reports.
        bare = len(cue.word) == 1 and view[cue.end:cue.end + 1] not in (",", ":") \
            and view[cue.end:cue.end + 1] not in QUOTE_OPENERS and not clause_follows(article, cue.end)
        # …加入整理團隊，相信今明必能…: a bare 相信 right after a comma goes on with the holder.
        zero_belief = view[cue.start:cue.end] in CONTINUING_BELIEFS and view[cue.start - 1:cue.start] in (",", "，")
        if holder is not None and (bare or zero_belief or speaker.name == holder.speaker.name
                                   or not own_subject(expr, holder, view)):
            # …表示，他剛與習近平…，他相信…: a cue inside a reported clause with the same
            # speaker, or none of its own, is part of that statement; 蔡壁如痛批，曾文生明明
            # 承認… reports 曾文生 as well.
            continue
        if holder is not None:
            # 國民黨卻說還要解封，但… / 尤其是川普稱「…」: a report inside another's clause is that
            # speaker's claim about someone; the occasion of the outer statement is not the inner
            # one's (《路透》報導，魯比歐指出，…: the words an undated outlet report carries are dated
            # as if told directly; 据半岛电视台今天报道，…宣称… dates the report, not the claim).
            date = said_on(article, expr, cue.start, sent.start, found, speaker,
                           nested=not _outlet_report(holder) or holder.said_on is not None)
        chain = quote_chain(view, start, quotes)
        if chain and quote_is_whole(view, chain[-1], quotes):
            # 川普指出：「…」、「…」: every quote of a chain is the speaker's own.
            for open_ in chain:
                introduced[open_] = Found("direct", open_, open_, speaker, cue, sent.sent_idx, date, expr)
            spoken.append(speaker)
            after = words_after_quote(view, chain[-1], quotes, sent.end, cues, nested=holder is not None)
            if after is not None:
                # 森高宏表示，「收購是成長投資…」，為了完成收購，將開展投資…: the sentence goes on
                # reporting the same speaker without a cue of its own.
                end = reported_clause_end(view, after, sent.end, cues, belief, turns)
                a, end = strip_span(view, after, end)
                if end - a >= MIN_CLAUSE:
                    found.append(Found("indirect", a, end, speaker, cue, sent.sent_idx, date, expr))
            continue
        end = reported_clause_end(view, start, sent.end, cues, belief, turns)
        if holder is not None:
            end = contrast_end(view, start, end)  # a contrast returns to the outer speaker
        if expr is not None and expr.end == cue.start and view[:expr.frame_start].endswith(PASSIVE_MARKS) \
                and view[cue.start:cue.end] not in NOT_PASSIVE_REPORTS:
            # 基隆護海公投遭中選會指控違反…，國民黨上午舉行…: a passive report describes the
            # sentence's subject; what follows its comma goes on about that subject, not the agent.
            end = first_comma(view, start, end)
        start, end = strip_span(view, start, end)
        # 孔波雷10月31号宣布辞职，并称…: a decision announced may be one verb (batch C).
        shortest = 2 if view[cue.start:cue.end] in ANNOUNCE_CUES else MIN_CLAUSE
        if end - start < shortest or (start == cue.end and not has_predicate(article, start, end)):
            continue
        found.append(Found("indirect", start, end, speaker, cue, sent.sent_idx, date, expr))
        spoken.append(speaker)
    for cue in wish_cues(article, quotes, found):
        sent = sentence_of(sentences, cue.start)
        expr = subject_of(view, cue.start, cands, article, sent.start)
        speaker = resolve_expr(expr, cands, article, spoken, found)
        if speaker is None or speaker.kind != "PERSON":
            continue
        start = skip_intro(view, cue.end)
        if start < len(view) and view[start] in QUOTE_OPENERS:
            continue
        end = reported_clause_end(view, start, sent.end, cues, belief)
        start, end = strip_span(view, start, end)
        if end - start < MIN_CLAUSE:
            continue
        date = said_on(article, expr, cue.start, sent.start, found, speaker)
        found.append(Found("indirect", start, end, speaker, cue, sent.sent_idx, date, expr))
        spoken.append(speaker)
    found.extend(headline_statements(article, cands, sentences, found))
    found.extend(direct_statements(article, quotes, cues, cands, sentences, found, introduced, after_quote))
    return found


def poll_share(view: str, cue: Cue) -> bool:
    """63%的選民認為她對邊境問題有責任, 55%認為，…, 七成民眾認為: a share of those polled
    holds the view; nobody is named who said it (statements audit E gave 賀錦麗, the topic)."""
    clause = view[max(0, cue.start - POLL_WINDOW):cue.start]
    clause = re.split(r"[,，。;；:：!?！？]", clause)[-1]
    return bool(POLL_SHARE.search(clause))


def report_noun(article: Article, cue: Cue, cands: list[Candidate]) -> bool:
    """茲溫丘克每天提供烏克蘭戰場動態報導，…: 報導 after a common noun that names no one
    is a noun (動態報導, 相關報導); after an outlet or a speaker phrase (路透報導) it reports."""
    if article.view[cue.start:cue.end] not in REPORT_CUES or any(c.end == cue.start for c in cands):
        return False
    before = next((t for t in article.tokens if t.end == cue.start), None)
    if before is not None and before.end - before.start == 1 and any(
            m.label == "GPE" and m.end == before.start for m in article.mentions):
        return False  # 美媒報導 / 韓媒報導: a country's media, abbreviated, reports
    return before is not None and before.pos in ("n", "vn", "an")


def in_topic_phrase(article: Article, cue: Cue, sentence_start: int) -> bool:
    """面對外界質疑，邱國正昨表示 / 面對媒體追問，蘇貞昌只說: a clause opened by 面對 / 針對 /
    對於 is the topic the speaker answers, one opened by 利用 / 透過 the means; the cue in it
    is a noun (the criticism, the analysis)."""
    view = article.view
    opening = skip_prefix(view, clause_start(view, cue.start, sentence_start), cue.start, article)
    if not view.startswith(TOPIC_MARKERS, opening) or view[cue.end:cue.end + 1] not in (",", "，", "时"):
        return False
    # 對於此事蘇貞昌表示，…: a person named before the cue is its subject, the topic a phrase.
    return not any(opening <= m.start and m.end <= cue.start and m.label == "PERSON" for m in article.mentions)


def in_time_clause(view: str, cue: Cue, sentence_start: int) -> bool:
    """艾默特在分析中國實力時，他認為… / 当有记者问到…是否会担心被牵连时，他坚持说…: a cue
    inside a 在/當…時 clause sets the time of what follows; it reports nothing itself."""
    clause = clause_start(view, cue.start, sentence_start)
    stop = min((k for k in (view.find(ch, cue.end) for ch in ",，。;；") if k >= 0), default=len(view))
    return view[stop - 1:stop] == "时" and any(view.find(m, clause, cue.start) >= 0 for m in TIME_CLAUSE_OPENERS)


def has_predicate(article: Article, start: int, end: int) -> bool:
    """分析中國對台軍事策略，並表示…: a cue right before a bare noun phrase names a topic, it
    reports no words; a verb, adjective, adverb, idiom, modal or quote makes a clause.  (After
    a comma the words are reported whatever jieba makes of them: 說，中選會曲解法律.)"""
    view = article.view
    if any(ch in QUOTE_OPENERS or ch in ",，" for ch in view[start:end]):
        return True
    tokens = [t for t in article.tokens if start <= t.start and t.end <= end]
    return not tokens or any(t.pos[:1] in PREDICATE_POS or t.text in PREDICATE_WORDS for t in tokens)


def contrast_end(view: str, start: int, end: int) -> int:
    """The comma before a contrast (，但 / ，而 / ，卻 / ，不過) ends a nested report."""
    for lead in CONTRASTS:
        for sep in (",", "，"):
            k = view.find(sep + lead, start, end)
            if k >= 0:
                end = k
    return end


def cue_speaker(article: Article, cue: Cue, cands: list[Candidate], found: list[Found],
                spoken: list[Candidate], sentence_start: int) -> tuple[Candidate | None, Candidate | None]:
    """The subject expression of a cue and the speaker it stands for.  A cue with no subject
    in its own clause right after a statement goes on with that statement's speaker
    (蔡易餘指出，…，非常矛盾，強調公投四大主題… is 蔡易餘's, not 國民黨's, whom the
    reported clause names)."""
    view = article.view
    clause = clause_start(view, cue.start, sentence_start)
    if view[cue.start:cue.end] in SOURCE_CUES:
        source = source_of(article, cands, clause, cue.start)
        # The reporter's clause is the subject expression: its date (记者今天从…) dates the report.
        reporter = Candidate(clause, clause, "", "GROUP", clause)
        return (reporter if source is not None else None), source
    if subject_in_clause(cands, view, clause, cue.start, article) is None and not opens_with_subject(
            article, cands, clause, sentence_start) and not own_subject_unknown(view, clause, cue.start, article):
        # (…說謊呢？」其他網友亦紛紛留言表示: a subject of its own, if anonymous, is no zero subject.)
        previous = continued_statement(view, found, clause)
        if previous is not None:
            return previous.speaker_expr, previous.speaker
    agent = passive_agent(article, cue.start, cands)
    if agent is not None:
        return agent, resolve_expr(agent, cands, article, spoken, found)
    expr = subject_of(view, cue.start, cands, article, sentence_start)
    if expr is None:
        expr = modified_subject(view, cue.start, cands, article, sentence_start)
    if expr is not None and expr.kind == "PERSON" and view.startswith(LEADER_GROUPS, expr.end):
        # 蔡政府近期對外一再宣稱 / 川普政府表示 (batch D): a leader's government or team speaks, as
        # the name with its head (蔡政府), not the leader.
        head = next(h for h in LEADER_GROUPS if view.startswith(h, expr.end))
        group = Candidate(expr.start, expr.end + len(head), article.text[expr.start:expr.end + len(head)], "ORG",
                          expr.frame_start)
        return group, group
    return expr, resolve_expr(expr, cands, article, spoken, found)


def first_comma(view: str, start: int, end: int) -> int:
    """The first comma between start and end outside quotes, else end."""
    depth = 0
    for i in range(start, end):
        if view[i] in QUOTE_OPENERS and not (view[i] == '"' and depth):
            depth += 1
        elif view[i] in QUOTE_CLOSERS and depth:
            depth -= 1
        elif depth == 0 and view[i] in ",，":
            return i
    return end


def passive_agent(article: Article, cue: int, cands: list[Candidate]) -> Candidate | None:
    """基隆護海公投遭中選會指控違反… (batch D): 遭 / 被 + a name right before the cue makes that
    name the one who spoke (the agent); the clause's subject is what was accused.  The name may
    be one the NER does not tag, a plain noun phrase (中選會)."""
    view = article.view
    if view.startswith(NOT_PASSIVE_REPORTS, cue):
        return None
    agent = next((c for c in cands if c.end == cue and c.kind in ("PERSON", "ORG", "GPE")
                  and view[:c.frame_start].endswith(PASSIVE_MARKS)), None)
    if agent is not None:
        return agent
    mark = max((view.rfind(m, max(0, cue - MAX_AGENT - len(m)), cue) + len(m) for m in PASSIVE_MARKS
                if view.rfind(m, max(0, cue - MAX_AGENT - len(m)), cue) >= 0), default=-1)
    if mark < 0 or mark >= cue:
        return None
    chunk = noun_chunk(view, mark, cue, article)
    return chunk if chunk is not None and chunk.start == mark and chunk.end == cue else None


def opens_with_subject(article: Article, cands: list[Candidate], clause: int, sentence_start: int) -> bool:
    """蘇貞昌不惜犧牲經濟部，指控…: the clause just before names the one who goes on speaking."""
    if clause <= sentence_start:
        return False
    view = article.view
    prev = clause_start(view, clause - 1, sentence_start)
    inside = [c for c in cands if prev <= c.frame_start and c.end <= clause - 1]
    return opening_subject(inside, view, prev, clause - 1, article) is not None


def source_of(article: Article, cands: list[Candidate], clause: int, cue: int) -> Candidate | None:
    """记者今天从交通运输部了解到: the one the reporter learnt it from speaks, not the reporter;
    记者从会上了解到 names nobody.  With no name tagged there, the nouns between 从 and the
    cue are the source (交通运输部, 北京市交通委)."""
    view = article.view
    named = next((c for c in cands if clause < c.frame_start and c.end <= cue and c.kind != "PRON"
                  and view[c.frame_start - 1] in SOURCE_MARKERS), None)
    if named is not None:
        return named
    marker = max(view.rfind(m, clause, cue) for m in SOURCE_MARKERS)
    if marker < 0:
        return None
    start = marker + 1
    tokens = [t for t in article.tokens if start <= t.start and t.end <= cue]
    if not 2 <= cue - start <= MAX_SOURCE or not tokens or tokens[0].start != start or tokens[-1].end != cue:
        return None
    if view[cue - 1] in PLACE_ENDS or not all(t.pos[:1] in ("n", "j") for t in tokens):
        return None
    return Candidate(start, cue, article.text[start:cue], "ORG", start)


def continued_statement(view: str, found: list[Found], clause: int) -> Found | None:
    """The reported clause that ends at the comma just before `clause`."""
    for f in reversed(found):
        if f.kind == "indirect" and f.end <= clause and view[f.end:clause].strip(" ,，") == "":
            return f
    return None


def negated(article: Article, cue: Cue) -> bool:
    """曾文生未正面回應 / 拒絕回應 / 沒有說明: a speech act denied reports nothing; nor does
    one whose subject is denied (还没有组织宣称对袭击负责)."""
    before = [t for t in article.tokens if t.end <= cue.start and t.end > cue.start - 6]
    while before and before[-1].text in NEGATION_SKIP:
        before.pop()
    if before and before[-1].text in NEGATORS:
        return True
    view = article.view
    clause = skip_prefix(view, clause_start(view, cue.start), cue.start, article)
    return view.startswith(NO_SUBJECT, clause)


def clause_follows(article: Article, end: int) -> bool:
    """還要解封 / 會再研究 after a bare 說: an adverb, modal or verb opens reported words; a
    noun, pronoun or number (說核武器, 說他) is what is talked about."""
    token = next((t for t in article.tokens if t.start == end), None)
    if token is not None and token.pos[:1] == "n":
        # 中選會竟然稱行政院是當然反方 (batch C): a noun then a copula or a modal is a subject with
        # its predicate, a clause; 說核武器都提中國 is still talk about the noun.
        following = next((t for t in article.tokens if t.start == token.end), None)
        return following is not None and article.view[following.start:following.end] in SUBJECT_PREDICATES
    return token is not None and token.pos[:1] not in ("n", "r", "m", "q", "x", "u")


def turn_starts(article: Article, cues: list[Cue], cands: list[Candidate], sentences: list[Sentence]) -> set[int]:
    """Offsets, right after a comma, where a named person or organisation takes the turn with
    a quote of their own (…，但海委會至今仍未處理，海委會主委李仲威回應「…」): a reported
    clause ends before them.  A connective (，但中油…報告顯示) keeps the report going, and a
    report without quote marks (…，國民黨卻說還要解封，…) is nested in the clause."""
    view = article.view
    out = set()
    for cue in cues:
        opens = skip_intro(view, cue.end)
        quoted = opens < len(view) and view[opens] in QUOTE_OPENERS
        sent = sentence_of(sentences, cue.start)
        clause = clause_start(view, cue.start, sent.start)
        if clause <= sent.start or view[clause - 1] not in ",，":
            continue
        expr = subject_in_clause(cands, view, clause, cue.start, article)
        if expr is None or expr.kind not in ("PERSON", "ORG"):
            continue
        # …百分之十，軍事專家揭仲指出，…「…」: a person introduced with a title takes the turn
        # even without a quote right after the cue (the writer brings in a new source).
        if (quoted and expr.frame_start == clause) or introduced_person(article, clause, expr):
            out.add(clause)
    return out


def modified_subject(view: str, cue: int, cands: list[Candidate], article: Article,
                     sentence_start: int) -> Candidate | None:
    """A subject opened by a modifier in 的, which `subject_of` does not take: 現年89歲的達賴喇嘛
    …，並於7月發表聲明稱 / 會說一些中文的華茲，…，曾受訪指出….  The first person or
    organisation of the clause must follow its last 的 closely (a title at most between); the
    walk back stops at the first clause naming one, and at a cue with an unnamed subject of
    its own (台灣民眾認為)."""
    start = clause_start(view, cue, sentence_start)
    if own_subject_unknown(view, start, cue, article):
        return None
    end = cue
    while True:
        inside = [c for c in cands if start <= c.frame_start and c.end <= end and c.kind in ("PERSON", "ORG")]
        if view[start:end].endswith(TIME_ADVERBIAL_ENDS):
            inside = []  # 党的十八大以来，…强调: a clause of time names no speaker
        if inside:
            # 来自鞍钢的唐复平代表坦言: the name after the clause's last 的, not the one in the
            # modifier, heads the subject.
            mark = view.rfind("的", start, end)
            first = next((c for c in inside if c.frame_start > mark), inside[0]) if mark >= 0 else inside[0]
            head = view[start:first.frame_start]
            mark = head.rfind("的")
            if mark < 0 or len(head) - mark - 1 > MODIFIER_GAP:
                return None
            if not all(_han(view, start + i) for i in range(mark + 1, len(head))):
                return None
            return first
        if start <= sentence_start:
            return None
        end = start - 1
        start = clause_start(view, end, sentence_start)


def inside_clause(found: list[Found], offset: int) -> Found | None:
    return next((f for f in found if f.kind == "indirect" and f.start <= offset < f.end), None)


def own_subject(expr: Candidate, holder: Found, view: str) -> bool:
    """Whether a nested cue names its speaker inside the reported clause (報告中指出，美軍估計…),
    rather than borrowing one from before it."""
    return expr.frame_start >= holder.start and expr.kind in ("PERSON", "ORG")


def words_after_quote(view: str, open_: int, quotes: list[tuple[int, int]], sentence_end: int,
                      cues: list[Cue], nested: bool = False) -> int | None:
    """Where reported words resume after a quote a cue and its comma introduced, in the same
    sentence: after the quote's comma, unless the rest of the sentence has a cue of its own
    (「…」，並表示… / 「…」，柯文哲則沒有多做回應), another quote follows, or a contrast
    (，而…) turns to someone else."""
    close = next((c for o, c in quotes if o == open_), None)
    if close is None or view[close + 1:close + 2] not in (",", "，"):
        return None
    intro = view[:open_].rstrip(" \u3000")
    start = skip_intro(view, close + 1)
    # 貝佐斯…投書稱「沒有任何交換條件」，他並未事先告知… (batch C): a quote glued to its cue, then
    # the speaker as a pronoun, goes on reporting him — unless the cue is inside another's clause
    # (…對手陳其邁曾說「萊豬進口總統下台」，他怎麼現在不講了 is the outer speaker's question).
    glued_on = not nested and any(c.end == len(intro) for c in cues) and view.startswith(("他", "她"), start) \
        and not view.startswith(("他们", "她们"), start)
    if not intro.endswith((",", "，", ":", "：")) and not glued_on:
        return None  # 形容「賀錦麗是brat」，貼文迅速…: the quote is an object, what follows narrates
    if start >= sentence_end or view[start] in QUOTE_OPENERS or view.startswith(CONTRASTS, start):
        return None
    if view.startswith(WRITER_COMMENT + GLOSS_OPENERS, start):
        # 「X似乎遭遇大規模分散式阻斷服務攻擊」，這種網攻方式企圖… (batch C) / 」，意指… / 」，顯示…:
        # the writer explains the quote; the speaker's words ended with it.
        return None
    if any(start <= c.start < sentence_end for c in cues):
        return None
    return start


def quote_chain(view: str, start: int, quotes: list[tuple[int, int]]) -> list[int]:
    """The openers of the quotes that follow one another from `start`, joined by 、 or a comma
    only (「我們確實是支持…的政黨」、「而且一直在努力…」); empty when no quote opens there."""
    chain = []
    closes = dict(quotes)
    while start < len(view) and view[start] in QUOTE_OPENERS and start in closes:
        chain.append(start)
        k = closes[start] + 1
        if view[k:k + 1] not in ("、",) or view[k + 1:k + 2] not in QUOTE_OPENERS:
            break
        start = k + 1
    return chain


def quote_is_whole(view: str, open_: int, quotes: list[tuple[int, int]]) -> bool:
    """A quote right after a cue is the statement itself when the sentence does not go on
    after it: 他說：「…」 yes; 要求，「擁有最大核武庫的國家」應履行… no (a reported clause
    that starts with a quoted phrase)."""
    close = next((c for o, c in quotes if o == open_), None)
    if close is None:
        return False
    i = close + 1
    while i < len(view) and view[i] in " \u3000":
        i += 1
    # 賀錦麗回應道：「…」 面對追問…: wire texts separate paragraphs by a space.
    spaced = i > close + 1 and i < len(view) and _han(view, i)
    return i >= len(view) or spaced or view[i] in TERMINALS or view[i] in ",，" or view[close - 1] in TERMINALS


TOPIC_OPENERS = ("至于", "对于", "针对")


def topic_report(view: str, holder: Found, sentence_start: int) -> bool:
    """至於藻礁公投聯盟稱…: a report opened as the topic the rest of the sentence answers."""
    expr = holder.speaker_expr
    if expr is None or holder.cue is None:
        return False
    clause = clause_start(view, expr.frame_start, sentence_start)
    return view[clause:expr.frame_start].strip().startswith(TOPIC_OPENERS)


SURNAME_TITLES = ("揆",)  # 蘇揆 / 卓揆: the premier (閣揆) by surname


def surname_and_title(c: Candidate) -> bool:
    """蘇揆, 蔡總統: a surname and a title, written as a name."""
    rest = c.name[1:]
    return bool(rest) and (rest in SURNAME_TITLES or rest == (c.title or ""))


def resolve_expr(expr: Candidate | None, cands: list[Candidate], article: Article,
                 spoken: list[Candidate], found: list[Found] = ()) -> Candidate | None:
    """The speaker a subject expression stands for: itself, or a pronoun's antecedent."""
    if expr is None:
        return None
    if expr.kind == "GROUP" and article.view[expr.start:expr.end].endswith(EVENT_NOUNS):
        before = [c for c in cands if c.end <= expr.frame_start and c.kind != "PRON"]
        return document_author(article.view, expr.frame_start, before, article) or host_before(article, expr, before)
    if expr.refers == "DOC":
        # 兩年前的2022年版中國軍力報告，更預測…: a document named but not its author speaks
        # for the one the text said published it, else as itself (黨的二十大報告提出).
        before = [c for c in cands if c.end <= expr.frame_start and c.kind != "PRON"]
        return document_author(article.view, expr.frame_start, before, article) or expr
    if expr.kind == "PERSON" and (len(expr.name) == 1 or surname_and_title(expr)):
        return full_name(expr, cands)
    if expr.kind != "PRON":
        return expr
    antecedent = resolve(expr, outside_reports(expr, cands, found), article, spoken)
    # 呂秀蓮…。呂痛批…，她並質疑 (batch C): a pronoun whose antecedent is the surname alone
    # stands for the full name the surname refers back to.
    if antecedent is not None and antecedent.kind == "PERSON" and len(antecedent.name) == 1:
        return full_name(antecedent, cands)
    return antecedent


def full_name(expr: Candidate, cands: list[Candidate]) -> Candidate:
    """潘表示 tagged as a name of its own: the person named before with that surname; so are
    蘇揆 (the premier) and 蔡總統 after 行政院長蘇貞昌 / 總統蔡英文."""
    named = [c for c in cands if c.kind == "PERSON" and c.end <= expr.start and len(c.name) >= 2
             and c.name[0] == expr.name[0] and not surname_and_title(c)]
    return named[-1] if named else expr


def host_before(article: Article, event: Candidate, before: list[Candidate]) -> Candidate | None:
    """總統賴清德16日下午在中市「…」公投說明會表示: the person or organisation before the 在
    that places the saying at a meeting, in the same sentence, speaks there (a quoted title
    before the meeting's name breaks the clause, so the subject is out of the cue's clause)."""
    view = article.view
    at = view.rfind("在", 0, event.frame_start)
    sentence = max(view.rfind(ch, 0, event.frame_start) for ch in TERMINALS)
    if at <= sentence:
        return None
    hosts = [c for c in before if sentence < c.frame_start and c.end <= at and c.kind in ("PERSON", "ORG")]
    return hosts[-1] if hosts else None


def outside_reports(pron: Candidate, cands: list[Candidate], found: list[Found]) -> list[Candidate]:
    """The candidates a pronoun outside a reported clause may stand for: the names inside
    others' reported clauses are what was talked about, not who talks (艾默特分析，…川普若再度
    入主白宮，…他不會示弱。 他說，「…」 is 艾默特 again).  Inside a clause, its names stay."""
    # An outlet's report narrates the people it names (報導說，勞斯曾出版一本書…。他寫道 is
    # 勞斯): its names stay antecedents.
    clauses = [(f.start, f.end) for f in found if f.kind == "indirect" and not f.start <= pron.start < f.end
               and not _outlet_report(f)]
    kept = [c for c in cands if not any(s <= c.start < e for s, e in clauses)]
    return kept if any(c.kind != "PRON" and c.end <= pron.start for c in kept) else cands


def _answerer(view: str, holder: Found, expr: Candidate | None, cands: list[Candidate], cue: int) -> Candidate | None:
    """The person a pronoun subject right inside a question's clause stands for: the last person
    named before the question who is not the one asking (華茲…，主持人進一步追問，他這才說)."""
    if expr is None or expr.kind != "PRON" or holder.cue is None or holder.speaker is None \
            or "问" not in view[holder.cue.start:holder.cue.end] or not view[holder.start:expr.start].strip(" ,，") == "":
        return None
    asker = holder.speaker_expr or holder.speaker
    before = [c for c in cands if c.kind == "PERSON" and c.end <= asker.frame_start and c.name != holder.speaker.name]
    return before[-1] if before else None


def _outlet_report(f: Found) -> bool:
    """路透報導，… / 報導說，…: a report by an outlet (not a person's words)."""
    if f.speaker is None or f.speaker.kind == "PERSON":
        return False
    words = [f.cue.word if f.cue is not None else "", f.speaker_expr.name if f.speaker_expr is not None else ""]
    return any(w.startswith(r) or w.endswith(r) for w in words for r in ("报导", "报道", "報導", "報道"))


def wish_cues(article: Article, quotes: list[tuple[int, int]], found: list[Found]) -> list[Cue]:
    """希望 as a word of its own, outside quotes and reported clauses, before a comma or an
    addressee: 李强希望各位企业家… / 希望湖南….  Not 有希望的 / 所希望 / 希望能…."""
    view = article.view
    out = []
    for token in article.tokens:
        if token.text not in WISH_CUES or inside_any(token.start, quotes):
            continue
        if any(f.start <= token.start < f.end for f in found):
            continue
        if token.start > 0 and view[token.start - 1] in "的所之有被":
            continue
        if view[token.end:token.end + 1] in (",", ":") or addressee_follows(article, token.end):
            out.append(Cue(token.start, token.end, article.text[token.start:token.end]))
    return out


def addressee_follows(article: Article, end: int) -> bool:
    """希望湖南… / 希望各位企业家…: a noun or pronoun, the people addressed, right after the wish."""
    token = next((t for t in article.tokens if t.start == end), None)
    return token is not None and token.pos[:1] in ADDRESSEE_POS


def cue_end_with_next(view: str, cue: Cue, cues: list[Cue]) -> int:
    """發表聲明稱，… / 回憶說: a cue right after the cue belongs to it; the words start after both."""
    nxt = next((c for c in cues if c.start == cue.end), None)
    return nxt.end if nxt is not None else cue.end


def skip_addressee(view: str, start: int, end: int) -> int:
    """他告訴BBC，「…」 / 告訴記者，… / 喊話陳柏惟「…」: the words told come after the
    addressee and a comma, or straight after the addressee when a quote opens."""
    comma = min((i for i in (view.find(",", start, end), view.find(":", start, end)) if i >= 0), default=-1)
    if 0 <= comma and comma - start <= 12:
        return skip_intro(view, comma)
    quote = next((i for i in range(start, min(end, start + 9)) if view[i] in QUOTE_OPENERS), -1)
    if quote > start and all(_han(view, k) for k in range(start, quote)):
        return quote
    return start


def skip_named_target(view: str, start: int, cands: list[Candidate]) -> int:
    """川普甚至嘲諷拜登，「還沒結束！…」 / 痛批蔡英文：「…」: a cue, the one it targets by name
    alone, a comma or colon, then a quote: the quote is what was said."""
    target = next((c for c in cands if c.frame_start == start and c.kind in ("PERSON", "ORG", "GPE")), None)
    if target is None:
        return start
    quote = skip_intro(view, target.end)
    if quote < len(view) and view[quote] in QUOTE_OPENERS and any(ch in ",:，：" for ch in view[target.end:quote]):
        return quote
    return start


def skip_intro(view: str, i: int) -> int:
    if i < len(view) and view[i] in "道着":
        i += 1
    while i < len(view) and view[i] in INTRO_GAP:
        i += 1
    return i


def reported_clause_end(view: str, start: int, sentence_end: int, cues: list[Cue],
                        belief: frozenset[str] = frozenset(), turns: set[int] = frozenset()) -> int:
    """End of the reported clause: the sentence end, a semicolon, a space between Chinese
    characters (headlines), a comma before the next cue (…後續行動，強調俄方…), or a comma
    before another speaker taking the turn (`turn_starts`)."""
    speech_starts = {c.start for c in cues if view[c.start:c.end] not in belief}
    # …加入整理團隊，相信今明必能… / …黨提出的政策，相信所有公職都會支持: a bare 相信 (预计,
    # 估计) after a comma goes on with the speaker's report; …表示遺憾，認為… starts a new one.
    split_starts = {c.start for c in cues if view[c.start:c.end] not in CONTINUING_BELIEFS}
    depth = 0
    i = start
    while i < sentence_end:
        char = view[i]
        if char in QUOTE_OPENERS and not (char == '"' and depth):
            depth += 1
        elif char in QUOTE_CLOSERS and depth:
            depth -= 1
            # 「…利益。」 林劍指出…: a quote that ends its own sentence ends the clause.
            if depth == 0 and view[i - 1] in TERMINALS and view[i + 1:i + 2] not in (",", "，"):
                return i + 1
        elif depth == 0:
            if char in TERMINALS:
                return i
            if char == " " and _han(view, i - 1) and _han(view, i + 1):
                return i
            if char in ",，" and view.startswith(WRITER_COMMENT, i + 1):
                return i  # …他期待兩人再合作6年，這番話可能是要… is the writer's comment on the words
            if char in ",，" and (_cue_follows(view, i + 1, split_starts) or _pronoun_cue_follows(view, i + 1, split_starts)
                                  or _joined_cue_follows(view, i + 1, speech_starts)
                                  or (i > start and i + 1 in turns)):
                return i
        i += 1
    return sentence_end


def _cue_follows(view: str, i: int, cue_starts: set[int]) -> bool:
    """…，強調… / …，但指… / …，他說…: a new cue right after a comma starts a new statement."""
    for lead in SPLIT_LEADS:
        if view.startswith(lead, i) and i + len(lead) in cue_starts:
            return True
    return False


def _joined_cue_follows(view: str, i: int, speech_starts: set[int]) -> bool:
    """…分析中國對台軍事策略，並表示… : 並 / 並且 then a speech cue starts the same speaker's
    next statement (並預計, a belief, stays inside the clause it continues)."""
    return any(view.startswith(lead, i) and i + len(lead) in speech_starts for lead in JOINED_LEADS)


def _pronoun_cue_follows(view: str, i: int, speech_starts: set[int]) -> bool:
    """…，他直言… / …，但他呼籲… / …，她認為… (batch D) starts a new statement of the same
    speaker; …，他相信… goes on with it."""
    for lead in SPLIT_LEADS:
        k = i + len(lead)
        if view.startswith(lead, i) and view[k:k + 1] in ("他", "她") and k + 1 in speech_starts:
            return True
    return False


def _han(view: str, i: int) -> bool:
    return 0 <= i < len(view) and "\u3400" <= view[i] <= "\u9fff"


def strip_span(view: str, start: int, end: int) -> tuple[int, int]:
    while start < end and view[start] in " \u3000,，:：":
        start += 1
    while end > start and view[end - 1] in " \u3000,，:：":
        end -= 1
    return start, end


# 推動「本店食材不含萊豬、核食」貼紙標章 / 掛出「…」看板: the quote is what a label, a sign or a
# slogan reads (a name for the noun after it), not anyone's words.
LABEL_NOUNS = ("贴纸", "标章", "标签", "字样", "标语", "横幅", "布条", "看板", "招牌", "牌子", "一词", "等字", "字眼")


def direct_statements(article, quotes, cues, cands, sentences, found, introduced, after_quote) -> list[Found]:
    view = article.view
    out: list[Found] = []
    indirect = [f for f in found if f.kind == "indirect"]
    for open_, close in quotes:
        start, end = strip_span(view, open_ + 1, close)
        if end <= start or view.startswith(LABEL_NOUNS, close + 1):
            continue
        sent = sentence_of(sentences, open_)
        intro = introduced.get(open_)
        if intro is not None and looks_like_speech(article, start, end, adjacent=True):
            out.append(Found("direct", start, end, intro.speaker, intro.cue, sent.sent_idx, intro.said_on, intro.speaker_expr))
            continue
        # The outermost clause holding the quote: in 蕭敬顏、田方倫指出，…蘇貞昌…指控…，「…」 the
        # quote is the reporters' words, not the nested speaker's.
        holders = [f for f in indirect if f.start <= open_ and close < f.end + 1]
        holder = holders[0] if holders else None
        if holder is not None and glued_quote(view, open_, quotes):
            # 川普告誡彭斯，如果…，民眾「將對你恨之入骨」 / 习近平…强调要“始终把…” (batches C, D): a quote
            # glued into a nested report's own words is the nested speaker's.
            holder = max(holders, key=lambda f: f.start)
        if holder is not None and looks_like_speech(article, start, end, adjacent=False):
            out.append(Found("direct", start, end, holder.speaker, holder.cue, sent.sent_idx, holder.said_on, holder.speaker_expr))
            continue
        named = colon_speaker(view, open_, cands)
        if named is not None and looks_like_speech(article, start, end, adjacent=True):
            # 喜劇演員辛克利夫：「…」: a speaker and a colon, no cue.
            out.append(Found("direct", start, end, named, None, sent.sent_idx, None, named))
            continue
        clause_subject = colon_clause_speaker(article, open_, cands, sent.start, found + out, cues)
        if clause_subject is not None and looks_like_speech(article, start, end, adjacent=True):
            # 圖倫廷附和道：「…」 / 梅蘭妮亞…接受訪問全力為丈夫辯護：「…」: a clause with a subject
            # and no known cue, then a colon, introduces its subject's words.
            expr, speaker = clause_subject
            date = said_on(article, expr, open_, sent.start, found + out, speaker)
            out.append(Found("direct", start, end, speaker, None, sent.sent_idx, date, expr))
            continue
        clause_subject = comma_clause_speaker(article, open_, close, cands, sent.start, found + out, cues)
        if clause_subject is not None and looks_like_speech(article, start, end, adjacent=False) and (
                end - start >= MIN_WHOLE_QUOTE or view[end - 1] in TERMINALS):
            expr, speaker = clause_subject
            date = said_on(article, expr, open_, sent.start, found + out, speaker)
            out.append(Found("direct", start, end, speaker, None, sent.sent_idx, date, expr))
            continue
        trailing = None if continues_chain(view, open_) else cue_after(view, close, cues, after_quote)
        if trailing is not None and looks_like_speech(article, start, end, adjacent=True):
            speaker, cue, expr = trailing
            date = next((f.said_on for f in found if f.cue is cue), None)
            out.append(Found("direct", start, end, speaker, cue, sent.sent_idx, date, expr))
            continue
        previous = quote_before(view, open_, quotes, out)
        if previous is not None and looks_like_speech(article, start, end, adjacent=True):
            # 川普說：「…很快。」「如果我們沒贏，…」 / 他說，是的」，「我就是這樣知道的」: a quote
            # right after the speaker's quote goes on with the same words.
            out.append(Found("direct", start, end, previous.speaker, previous.cue, sent.sent_idx, previous.said_on,
                             previous.speaker_expr))
            continue
        carried = carried_speaker(view, open_, found + out, sentences)
        if carried is not None and looks_like_speech(article, start, end, adjacent=False) and (
                end - start >= 15 or view[end - 1] in TERMINALS):
            out.append(Found("direct", start, end, carried.speaker, None, sent.sent_idx, carried.said_on, None))
    return out


def glued_quote(view: str, open_: int, quotes: list[tuple[int, int]]) -> bool:
    """Whether a quote is glued into the words before it (民眾「將對你恨之入骨」, 要“始终…”), or
    follows such a quote after 、 (…」、「覺得你很愚蠢」)."""
    k = open_
    while k > 0 and view[k - 1] == "、" and k > 1 and view[k - 2] in QUOTE_CLOSERS:
        k = next((o for o, c in quotes if c == k - 2), 0)
    return k > 0 and _han(view, k - 1)


def quote_before(view: str, open_: int, quotes: list[tuple[int, int]], out: list[Found]) -> Found | None:
    """The direct statement of the quote that closes right before `open_` with nothing between
    but a space, a comma, 、, ； or a sentence end: 「…很快。」「如果我們沒贏…」, 「…」，「…」,
    and in one-line texts 「…參選。」 「我覺得…」.  Statements audit E: 10 of 26 missed
    statements were such quotes."""
    opens = {c: o for o, c in quotes}
    before = [c for c in opens if c < open_]
    if not before:
        return None
    close = max(before)
    if view[close + 1:open_].strip(QUOTE_SEPARATORS):
        return None
    previous = next((f for f in reversed(out) if f.kind == "direct" and f.end <= close and
                     not view[f.end:close].strip(QUOTE_CLOSERS_AND_SPACE)), None)
    if previous is None or previous.cue is None:
        return None
    # The run of quotes must open right after the cue (他說：「…」「…」): in 李明璇…表示，「…」
    # 其他網友亦紛紛留言表示，「…」「…」 the quotes after the anonymous netizens' are not hers.
    first = opens[close]
    while True:
        earlier = [c for c in opens if c < first and not view[c + 1:first].strip(QUOTE_SEPARATORS)]
        if not earlier:
            break
        first = opens[max(earlier)]
    return previous if not view[previous.cue.end:first].strip("".join(INTRO_GAP)) else None


def continues_chain(view: str, open_: int) -> bool:
    """有網友說，「…」、「…」、「這樣是不是已經完了？」經濟部…表示: a quote joined by 、 to the
    quote before belongs with the chain's cue, not with a speaker after it."""
    return open_ >= 2 and view[open_ - 1] == "、" and view[open_ - 2] in QUOTE_CLOSERS


def cue_after(view: str, close: int, cues: list[Cue], after_quote: dict) -> tuple | None:
    """「…。」川普表示 / 「…」，他說: a cue within a short clause right after the quote.  A
    whole sentence quoted and then a space is a paragraph of its own in wire texts
    (「為何…？」 賀錦麗回應道：… answers it)."""
    i = close + 1
    if view[close - 1:close] in TERMINALS and view[i:i + 1] in (" ", "\u3000"):
        return None
    if glued_to_word_before(view, close):
        return None  # 網紅「亞洲統神」張嘉航認為: a nickname inside a noun phrase, not a quoted clause
    while i < len(view) and view[i] in " ,，\u3000":
        i += 1
    for cue in cues:
        if cue.start < i or cue.start - i > 16:
            continue
        if cue.start not in after_quote:
            continue
        if clause_start(view, cue.start, i) != i:
            return None
        speaker, cue_, expr = after_quote[cue.start]
        if expr is not None and expr.kind == "GROUP" and view[expr.start:expr.end].endswith(EVENT_NOUNS):
            return None  # 召開「…」記者會指出: the quote names the press conference
        # 「…」川普表示 / 「…」，他說: the speaker opens the clause after the quote; in
        # 「國家需要他」、17歲孫女提及… the quote is an object, not the cue's.
        if expr is None or expr.frame_start < i or not _only_connective(view[i:expr.frame_start]):
            return None
        return speaker, cue_, expr
    return None


def glued_to_word_before(view: str, close: int) -> bool:
    """Whether the quote that `close` ends follows a Chinese character with no break between:
    the quote is then part of a phrase (網紅「亞洲統神」), where a quoted clause that a speaker
    after it claims (「…」川普表示) opens its sentence or clause."""
    open_ = max(view.rfind(q, 0, close) for q in QUOTE_OPENERS)
    before = view[:open_].rstrip(" \u3000")[-1:]
    return bool(before) and _han(before, 0)


def colon_speaker(view: str, open_: int, cands: list[Candidate]) -> Candidate | None:
    """喜劇演員辛克利夫：「…」 — but in 主持人直接詢問賀錦麗：「…」 the name is the one asked."""
    i = open_
    while i > 0 and view[i - 1] in " \u3000":
        i -= 1
    if i == 0 or view[i - 1] not in ":：":
        return None
    named = next((c for c in cands if c.end == i - 1 and c.kind in ("PERSON", "ORG", "GROUP")), None)
    if named is not None and view.endswith(ADDRESSING, 0, named.frame_start):
        return None
    return named


def comma_clause_speaker(article: Article, open_: int, close: int, cands: list[Candidate], sentence_start: int,
                         found: list[Found], cues: list[Cue]) -> tuple[Candidate, Candidate] | None:
    """川普仍在自己的造勢場合送上祝福，「我想祝她60歲生日快樂」。 / 芮普胡伯表達高度擔憂，「…。」:
    a clause with its subject and no cue, a comma, then a quote that ends the sentence is the
    subject's words, as with a colon (statements audit E: 2 of 26 missed statements)."""
    view = article.view
    after = close + 1
    while after < len(view) and view[after] in QUOTE_CLOSERS:
        after += 1
    if after < len(view) and view[after] not in TERMINALS and view[after] not in " \u3000":
        return None  # 形容，「…」的說法 / 「…」，並…: the quote is not the sentence's last words
    floor = max([sentence_start] + [view.rfind(ch, sentence_start, open_) + 1 for ch in "。！？!?"])
    if any(floor <= c.start < open_ for c in cues):
        # 劉世芳指出，…；侯跟他過去的說法相反，「…」 / 旁白說道，范斯不只是…，「…」: after a cue
        # earlier in the sentence the quote is that report's, not the subject's of its clause.
        return None
    return colon_clause_speaker(article, open_, cands, sentence_start, found, cues, marks=",，")


def colon_clause_speaker(article: Article, open_: int, cands: list[Candidate], sentence_start: int,
                         found: list[Found], cues: list[Cue], marks: str = ":：") -> tuple[Candidate, Candidate] | None:
    """The subject of the clause a colon ends right before a quote (附和道：「…」, 為丈夫辯護：
    「…」, 在臉書寫下：「…」): the expression and the speaker it resolves to.  Not a clock time
    (09:00), and only a clause short enough to be one act of saying."""
    view = article.view
    i = open_
    while i > 0 and view[i - 1] in " \u3000":
        i -= 1
    colon = i - 1
    if colon <= sentence_start or view[colon] not in marks or view[colon - 1].isdigit():
        return None
    clause = clause_start(view, colon, sentence_start)
    if colon - clause > MAX_COLON_CLAUSE or any(clause <= c.start < colon for c in cues):
        return None  # a clause with a cue of its own (古蘭沙說：) is the cue's to attribute
    # The subject must sit in the colon's own clause (歌詞描述棋子處境如下： speaks for no one
    # named before) with the act of saying after it (高喊： alone names no one).
    expr = subject_in_clause(cands, view, clause, colon, article)
    if expr is None or expr.kind not in ("PERSON", "ORG", "PRON") or colon - expr.end < 2 or (
            view[colon - 1] in "说称" or view.endswith("说道", 0, colon)):
        return None
    # IMF首席經濟學家古蘭沙說： — a title and a name the NER missed follow the organisation:
    # the one who speaks is not the organisation.
    after = next((t for t in article.tokens if t.start >= expr.end), None)
    if after is None or after.pos[:1] in ("n", "x"):
        return None
    speaker = resolve_expr(expr, cands, article, [f.speaker for f in found if f.speaker is not None], found)
    return (expr, speaker) if speaker is not None else None


def _only_connective(between: str) -> bool:
    """Nothing but space between the quote and its speaker: 「…」，不過她本人表示 contrasts."""
    return between.strip() == ""


def carried_speaker(view: str, open_: int, found: list[Found], sentences: list[Sentence]) -> Found | None:
    """A paragraph (or sentence) that is all quote, after a paragraph ending in a statement
    or a colon, is the previous speaker's: 他說：\\n「…」.  The quote must be long or a
    whole sentence (「我们不会坐视不管。」), not a term set apart."""
    line_start = view.rfind("\n", 0, open_) + 1
    if view[line_start:open_].strip():
        return wire_carried(view, open_, found, sentences)
    before = [f for f in found if f.end <= open_ and f.speaker is not None]
    if not before:
        return None
    last = max(before, key=lambda f: f.end)
    # The paragraph before, over blank lines (CCTV and wire texts separate paragraphs by one).
    prev_end = line_start - 1
    while prev_end > 0 and view[prev_end - 1] == "\n":
        prev_end -= 1
    prev_line_start = view.rfind("\n", 0, max(prev_end, 0)) + 1
    return last if last.start >= prev_line_start else None


def wire_carried(view: str, open_: int, found: list[Found], sentences: list[Sentence]) -> Found | None:
    """Wire texts run paragraphs on one line, split by a space: …她從沒想過這種事會發生在美國。
    「不管選舉結果如何，都要支持選民的決定。」 同樣是… — a whole quoted sentence that opens
    after a sentence end and closes its paragraph is the speaker's of the sentence before."""
    before = view[:open_].rstrip(" \u3000")
    close = view.find("」", open_) if view[open_] == "「" else -1
    if not before or before[-1] not in "。！？!?" or close < 0:
        return None
    if view[close - 1] not in TERMINALS or view[close + 1:close + 2] not in (" ", "\u3000", "\n", ""):
        return None
    previous = [s for s in sentences if s.end <= len(before)]
    if not previous:
        return None
    sent = previous[-1]
    # The outermost report of that sentence: in 卡格尼表示，川普認為…。「…」 it is 卡格尼 who goes on.
    said = sorted((f for f in found if f.speaker is not None and sent.start <= f.start and f.end <= open_),
                  key=lambda f: f.start)
    return said[0] if said else None


def looks_like_speech(article: Article, start: int, end: int, adjacent: bool) -> bool:
    """Whether quoted words are speech rather than a title or a scare quote.

    Measured on the sample articles: every quote with clause punctuation or a first-person
    word is speech; titles and terms (「新戰略武器裁減條約」, 「評估」, 「5、6年內」,
    「擁有最大核武庫的國家」) are short, end in a noun, and have no function words.  A quote
    right next to a cue (川普表示：「…」) needs less evidence than one inside a clause."""
    view = article.view
    quote = view[start:end]
    n = len(quote)
    # 「MAGA Inc.」, 「QIC CEO Week」: a few Latin words are a name, not speech.
    if not any(_han(view, i) for i in range(start, end)) and len(quote.split()) <= 4:
        return False
    # 問鼎白宮的「最激進左派人士」 / 撰寫的「暴政的勝利：莎士比亞論政治」（Tyrant: …）: a quote
    # glued to 的, or followed by its English title, is part of a noun phrase.
    before = view[:start].rstrip("「『“\" ")[-1:]
    after = view[end:].lstrip("」』”\" ")[:1]
    if not adjacent and (before == "的" or after == "的" or (after == "(" and re.match(r"[A-Za-z]", view[end:].lstrip("」』”\" (")))):
        return False
    if CODE_NAME.match(quote):
        return False  # 「海峽雷霆-2025A」, “联合利剑-2024B”: the code name of a drill or operation
    if names_a_kind(view, end):
        return False
    if not SPEECH_PUNCT.search(quote) and ("我" in quote or "你" in quote) and view[:start].rstrip("「『“\" ").endswith("是") \
            and _ends_in_de_head(article, start, end):
        # 其兄長改挺川普是「對我們父親和家人最珍惜價值觀的背叛」 (batch D): a noun phrase after 是
        # names what something is, a term (gold guideline 4), though a first person sits inside
        # it; without one the usual tests decide (是「AI生成或就是很典型的合成」, audit F row 17).
        return False
    if SPEECH_PUNCT.search(quote) or "我" in quote or "你" in quote:
        return True
    if modifies_noun_after(article, end):
        return False  # 报道说，“联合力量-2021”军演将…: the quote names the exercise
    if not adjacent and n >= 7 and complements_modal(article, start):
        return True  # 是想「降低美國作為世界帝國之首的成本」: a verb phrase after 想/要 is said
    if nominal(article, quote, start, end):
        return False
    if adjacent:
        return n >= 4
    if n >= 4 and quote.startswith(tuple(PREDICATE_WORDS)):
        return True  # 有時候他講了很多，「會語無倫次」: a short quote opening with a modal is a predicate
    if n < 7:
        return False
    if SPEECH_CHARS & set(quote) or n >= 8:
        return True
    # 繼續「大幅削減各自核武庫」: a verb phrase continuing a modal is the speaker's words.
    return complements_modal(article, start)


# Events, not words: 「…」這種話 (statements audit E) is still speech.
KIND_AFTER = ("这类事", "这种事", "这样的事", "之类的事", "等事", "等情事", "这类行为", "这种行为", "等行为")
KIND_QUOTE = re.compile(r"[」』”\"]\s*(?:或|和|与|及|、|,|，)?\s*(?:甚至|乃至|以及|还有|或是)?\s*[「『“\"][^「『“”」』\"\n]{1,40}[」』”\"]")


def names_a_kind(view: str, end: int) -> bool:
    """不要再發生「環評過程中拋棄程序正義」或「造謠稱…」，甚至「…」這類事情 (batch C): quotes that a
    這類 / 之類 after them (over the quotes listed with them) turns into kinds of events are terms."""
    i = end
    while True:
        m = KIND_QUOTE.match(view, i)
        if m is None:
            break
        i = m.end() - 1
    rest = view[i:].lstrip("」』”\" ")
    return rest.startswith(KIND_AFTER)


def complements_modal(article: Article, start: int) -> bool:
    """A quote opening with a verb or adverb right after a modal (繼續「大幅削減…」, 是想「降低…」)."""
    prev = next((t for t in reversed(article.tokens) if t.end <= start - 1), None)
    first = next((t for t in article.tokens if t.start == start), None)
    return (prev is not None and prev.text in MODAL_BEFORE and first is not None and first.pos[:1] in ("v", "d"))


def modifies_noun_after(article: Article, end: int) -> bool:
    """A quote glued to a common noun after its closing mark (“联合力量-2021”军演) modifies it."""
    after = next((t for t in article.tokens if t.start == end + 1), None)
    return after is not None and after.pos in ("n", "nz", "vn", "ng")


def _ends_in_de_head(article: Article, start: int, end: int) -> bool:
    """Whether the words end in 的 + one word (…價值觀的背叛, …的國家): a noun phrase, whatever
    jieba tags its head."""
    inside = sorted((t for t in article.tokens if start <= t.start and t.end <= end and t.pos != "x"), key=lambda t: t.start)
    return len(inside) >= 2 and inside[-1].end == end and article.view[inside[-2].start:inside[-2].end] == "的"


def nominal(article: Article, quote: str, start: int, end: int) -> bool:
    if quote.endswith(NOMINAL_ENDS):
        return True
    if any(t.text in PREDICATE_WORDS for t in article.tokens if start <= t.start and t.end <= end):
        return False
    # 「他提出美國長期忽視的關鍵議題」 (batch D): a pronoun subject then a verb opens a clause,
    # whatever noun its object ends in.
    opening = sorted((t for t in article.tokens if start <= t.start and t.end <= end and t.pos != "x"), key=lambda t: t.start)[:2]
    if len(opening) == 2 and opening[0].pos == "r" and article.view[opening[0].start:opening[0].end] in SUBJECT_PRONOUNS \
            and opening[1].pos[:1] == "v":
        return False
    last = next((t for t in reversed(article.tokens) if t.end == end), None)
    # 「政治和原則上的競爭」: jieba tags 競爭 a verbal noun (vn); it heads a noun phrase all the same.
    if "的" in quote and last is not None and (last.pos[:1] == "n" or last.pos == "vn"):
        return True
    # 「國家特殊安全事件」, 「史上最偉大推銷員」, 「OECM（其他有效保育區）」: no verb at all and a
    # noun at the end is a term or a label, whatever its length (statements audit E: 4 of the
    # 7 quotes wrongly taken for speech).
    inside = [t for t in article.tokens if start <= t.start and t.end <= end and t.pos != "x"]
    heads = [t for t in inside if t.pos[:1] == "n" or t.pos == "eng"]
    return bool(inside) and bool(heads) and heads[-1] is inside[-1] and not any(
        t.pos[:1] == "v" and t.pos != "vn" for t in inside)


def headline_statements(article: Article, cands: list[Candidate], sentences: list[Sentence],
                        found: list[Found]) -> list[Found]:
    """A headline 'speaker：claim' without a cue: 俄外交部：條約失效後 若國安受威脅將果斷反制."""
    view = article.view
    out = []
    for c in cands:
        if c.kind not in ("PERSON", "ORG") or c.end >= len(view) or view[c.end] not in ":：":
            continue
        block = c.frame_start
        if block > 0 and view[block - 1] not in "\n ":
            continue
        start = c.end + 1
        if start < len(view) and view[start] in QUOTE_OPENERS:
            continue
        end = start
        while end < len(view) and view[end] not in "\n。！？!?":
            if view[end] == " " and end + 1 < len(view) and view[end + 1] == " ":
                break
            end += 1
        # The headline runs to the next space-separated block that holds a cue's subject; keep
        # it short: at most two space-separated blocks.
        blocks = [m for m in re.finditer(r"\S+", view[start:end])]
        if not blocks:
            continue
        end = start + blocks[min(1, len(blocks) - 1)].end()
        if end - start < MIN_CLAUSE or any(f.start < end and start < f.end for f in found):
            continue
        if not has_predicate(article, start, end):
            continue  # 密蘇里州：10張選舉人票: a list of figures, no claim
        sent = sentence_of(sentences, start)
        out.append(Found("indirect", start, end, c, None, sent.sent_idx, None, c))
    return out


# ---------------------------------------------------------------------------------------
# said_on


def said_on(article: Article, expr: Candidate | None, cue: int, sentence_start: int,
            found: list[Found], speaker: Candidate, nested: bool = False) -> str | None:
    """The date the text gives the statement: a date between speaker and cue (盧特尼克1月中旬
    還表示 → 2026-01), else one opening the sentence or a clause before the speaker (到了去年8月，
    川普…說 → 2025-08), else — for a pronoun — that of the same speaker's last statement in
    the paragraph (…；他說，… keeps 2025-08), else the occasion the sentence before narrates,
    else the day of the occasion the lead reports (`scene_date`).  A date inside an earlier
    reported clause (林思銘指出，早在2018年…) dates what was said, not the saying."""
    if expr is None:
        return None
    view = article.view
    every = statement_dates(article)
    dates = [t for t in every if inside_clause(found, t.start) is None]
    # Between the subject and its cue, in the same sentence (a surname or pronoun subject
    # stands for a name written earlier: 潘表示 after …潘忠政), even inside another's clause
    # (林思銘說，中選會主委李進勇昨天…表示 → 李進勇 spoke 昨天).
    # A date inside an earlier reported clause that does not hold this cue is what was said
    # (羅智強今表示，2007年的徐國勇…；羅直言… is not said in 2007).
    holder = inside_clause(found, cue)
    # In an earlier clause the date must open it (羅智強效法當年推動公投的…林義雄，…，痛批 is
    # not said 當年).
    cue_clause = clause_start(view, cue, sentence_start)
    # (張譽尹表示，…，蘇揆去年接受…質詢時，說…: a date in the same clause as the speaker named in
    # it dates that speaker's words, though the clause is another's.)
    speaker_clause = inside_clause(found, expr.start)
    between = [t for t in every if max(expr.end, sentence_start) <= t.start and t.end <= cue
               and inside_clause(found, t.start) in (None, holder, speaker_clause)
               and (t.start >= cue_clause or _opens_clause(view, t.start, sentence_start)
                    or (clause_start(view, t.start, sentence_start) <= expr.frame_start
                        and not _inside_object(article, expr.end, t.start)))
               and not _in_aside(view, expr.end, t.start) and not _verb_object(article, expr.end, t.start)]
    if between:
        return between[-1].value
    if holder is not None:
        # 這份文件也聲稱，在2021年1月1日當天，川普告誡彭斯… (batch C): a date opening the nested
        # report's own sentence inside the outer clause, right before its speaker, dates it.
        speaker_clause_start = clause_start(view, expr.frame_start, holder.start)
        opening = [t for t in every if max(holder.start, sentence_start) <= t.start and t.end <= expr.frame_start
                   and inside_clause(found, t.start) is holder and _opens_clause(view, t.start, holder.start)
                   and clause_start(view, speaker_clause_start - 1, holder.start) == clause_start(view, t.start, holder.start)]
        if opening:
            return opening[-1].value
    today = _today_between(article, max(expr.end, cue_clause), cue, found, holder)
    if today is not None:
        return today
    quotes = find_quotes(view[sentence_start:cue])
    before = [t for t in dates if sentence_start <= t.start and t.end <= expr.frame_start
              and not inside_any(t.start - sentence_start, quotes)
              and _opens_clause(view, t.start, sentence_start)]
    if before:
        return before[0].value
    if view.startswith(REPORT_CUES, cue):
        # 《路透》報導，… / 據法國媒體報道: an outlet's report is dated only by a date of its own
        # (路透2021年報導, 据半岛电视台今天报道), not by the occasion narrated around it.
        return None
    # 發表會昨（18日）登場，…，羅智強…痛批: a day the sentence names for its scene, before
    # the speaker, dates the saying over the paragraph's earlier occasion.
    if nested or view.find(PAST_OCCASION, max(expr.end, sentence_start), cue) >= 0 or any(
            view.find(w, max(expr.end, sentence_start), cue) >= 0 for w in REPEATED_OCCASIONS):
        # 賀錦麗曾在造勢場合上指控 / 俄罗斯领导人多次表示: a past or repeated saying with no
        # date of its own is not the occasion the story narrates.
        return None
    scene = [t for t in dates if sentence_start <= t.start and t.end <= expr.frame_start and DAY_VALUE.match(t.value)
             and not inside_any(t.start - sentence_start, quotes) and _names_day(t.text)
             and not _dates_a_modifier(article, t.end)]
    if scene:
        return scene[-1].value
    # A paragraph narrates one occasion: 到了去年8月，川普…表明…；他說… / 那一次，川普還宣稱…
    # keep the date of the same speaker's last statement in the paragraph — in one-line texts
    # that paragraph or the one before (川普在20日造勢大會上，說… then 他稱習近平… opens the
    # next), not one three paragraphs up.
    # 川普及其盟友最近幾週更宣稱 / 鐵歐多洛日前…表示: a vague time of the speaker's own
    # says the words were not said on the occasion narrated around them (a duration, 50秒的廣告,
    # is no time of the saying).
    if any(max(expr.end, sentence_start) <= t.start and t.end <= cue and not DATE_VALUE.match(t.value or "")
           and not (t.type == "DURATION" and NUMERAL.search(t.text)) and not any(unit in t.text for unit in WITHIN_A_DAY)
           and inside_clause(found, t.start) is None for t in article.time_expressions):
        return None
    # 德国财政部长林德纳此前表示: 此前 / 先前 / 早前 (which the time stage leaves untagged) say as much.
    if any(view.find(w, max(expr.end, sentence_start), cue) >= 0 for w in EARLIER_WORDS):
        return None
    para_start = paragraph_start(view, cue)
    if para_start > view.rfind("\n", 0, cue) + 1:
        para_start = paragraph_start(view, para_start - 1)
    if view[clause_start(view, expr.frame_start, sentence_start):expr.frame_start].strip().endswith(BACK_THEN):
        para_start = 0  # 當時川普表示: back to the speaker's occasion named before (川普6月受訪)
    same = [f for f in found if f.speaker is not None and f.speaker.name == speaker.name and f.start >= para_start]
    if same and same[-1].said_on:
        return same[-1].said_on
    return (previous_occasion(article, speaker, sentence_start, dates, found)
            or organisation_occasion(article, expr, cue, sentence_start, found)
            or scene_date(article, cue, dates, speaker, found))


def scene_date(article: Article, cue: int, dates: list, speaker: Candidate | None = None,
               found: list[Found] = ()) -> str | None:
    """The day of the occasion the article's first sentence reports, for a statement with no
    date of its own: 国家主席习近平19日在钓鱼台国宾馆会见… 习近平指出 / 林思銘今日於立院內政
    委員會追問… 林思銘說 / 当地时间6月4日下午…举行仪式 … 培尼亚说.  Only a day at most
    SCENE_DAYS before publication is an occasion being reported (公投案將在12月18日舉行 is
    not), and another day named after the lead (俄罗斯国防部9日称 … 10日) ends the scene.  A lead that
    is one speaker's dated words (鲍尔23日明确表示) dates only that speaker's side (`_speech_lead`)."""
    if article.published is None:
        return None
    view = article.view
    spans = sentence_spans(article)
    lead = spans[0]
    summary = None
    if len(spans) > 1 and not _dated_sentence(article, lead, dates) and _dated_sentence(article, spans[1], dates):
        # 國民黨總統參選人侯友宜公布能源政策，…侯友宜表示，… then 侯友宜今天與…共同舉行記者會: a
        # lead that sums up gives no day; the sentence after it names the occasion, for the one
        # it names before that day (貝爾伯克 is not at 蕭茲's occasion of the second sentence),
        # and the lead's own words of that one's are said there too (batch 2: 侯友宜表示 in the lead).
        day_end = min([t.end for t in dates if spans[1].start <= t.start and t.end <= spans[1].end
                       and DAY_VALUE.match(t.value or "")] + [_today_word(article, spans[1]) or spans[1].end])
        if speaker is None or view.find(view[speaker.start:speaker.end], spans[1].start, day_end) < 0:
            return None
        summary = lead
        lead = spans[1]
    quotes = find_quotes(view)
    # Past days outside quotes and outside a dateline (（中央社記者…柏林6日專電） is when the
    # story was filed, not an occasion); holidays ahead (春节将至) are no occasion either.
    # (A span of days, 6月22日至24日, is an occasion of its own: its month carries, by its last day.)
    days = [t for t in dates if (DAY_VALUE.match(t.value) or _range_last(article, t)) and not inside_any(t.start, quotes)
            and not _in_brackets(view, t.start) and dt.date.fromisoformat(_range_last(article, t) or t.value) <= article.published]
    # A holiday (这个春节, 国庆) is a season, not the day of the occasion being reported.
    opening = [t for t in days if t.end <= lead.end and _recent(_range_last(article, t) or t.value, article.published)
               and (t.type == "TIME" or any(ch.isdigit() or ch in OCCASION_CHARS for ch in t.text))
               and not _dates_a_title(view, t.start)]
    if opening:
        scene, scene_end = opening[0].value, opening[0].end
    else:
        today = _today_word(article, lead)
        if today is None:
            return None
        scene, scene_end = article.published.isoformat(), today
    # (A caption quote with no cue, 海軍廣播：「…」, is no summary of the occasion.)
    summed_up = summary is not None and cue < summary.end and view[cue:cue + 1] not in QUOTE_OPENERS
    if (cue < scene_end and not summed_up) or _heading_between(view, lead.end, cue):
        return None
    # A lead that is one speaker's dated words (鲍尔23日明确表示 / 俄罗斯国防部20日称 / 贝佐斯廿八日
    # 投书表示) narrates that saying, not a gathering: someone the lead does not name
    # (国际货币基金首席经济学家古兰沙指出 two paragraphs on, 乌方称 after 俄罗斯国防部20日称)
    # was not there, and speaks on a day the text does not give.  A lead with a venue
    # (林思銘今日於立院…追問, 习近平19日在…会见) is a gathering whose day every speaker at it shares.
    # 華爾街日報廿三日報導，… then 民調專家朗威爾說，… (batch D): a dated outlet report after the
    # lead opens the outlet's story; whoever speaks after it, unless the lead names them (貝佐斯
    # after ＮＰＲ's 廿八日 report, batch C), speaks in that story, on no day given.
    if speaker is not None and view[speaker.start:speaker.end] not in view[lead.start:lead.end] and any(
            f.cue is not None and f.said_on and lead.end <= f.cue.start < cue and view.startswith(REPORT_CUES, f.cue.start)
            for f in found):
        return None
    lead_speech = _speech_lead(article, found, lead, scene_end)
    # (A lead speaker with no name, 民團人士今(1)日受訪回憶, may be the person named next: 何宗勳.)
    if lead_speech is not None and lead_speech.speaker.kind != "GROUP" and speaker is not None \
            and not _named_in_lead(view, lead, speaker, lead_speech):
        return None
    # 行政院昨日提出…外推方案，藻礁公投推動聯盟批… / 以核養綠公投小組趕在昨天將…連署書送至中選會 (batch D2):
    # a lead whose day dates one side's act, not a gathering, leaves the reactions that follow
    # undated; only those the lead names keep its day.
    if lead_speech is None and summary is None and opening and speaker is not None and _act_lead(view, lead, opening[0]) \
            and view[speaker.start:speaker.end] not in view[lead.start:lead.end]:
        return None
    # Only a recent day named as such moves the scene: a clock time (15时20分许) is within it,
    # and a day weeks before (台中市選委會也在4月28日函文) narrates history.
    if any(lead.end <= t.start < cue and t.value != scene and _names_day(t.text)
           and _recent(_range_last(article, t) or t.value, article.published) for t in days):
        return None
    return scene


def _speech_lead(article: Article, found: list[Found], lead: Sentence, day_end: int) -> Found | None:
    """The lead's statement whose cue follows the scene's day within SPEECH_SCENE_GAP characters
    with no venue or event between (鲍尔23日明确表示, 今天表态, 廿八日投书表示), if any."""
    view = article.view
    for f in found:
        if f.cue is None or f.speaker is None or not lead.start <= f.cue.start < lead.end or f.cue.start < day_end:
            continue
        gap = view[day_end:f.cue.start]
        if len(gap) <= SPEECH_SCENE_GAP and not any(ch in TERMINALS or ch in ",，:：" for ch in gap) \
                and not any(mark in gap for mark in VENUE_MARKS):
            return f
    return None


def _act_lead(view: str, lead: Sentence, day) -> bool:
    """Whether the lead's dated clause narrates an act (提出…方案, 將連署書送至中選會) rather than a
    gathering where others speak too (舉行記者會, 在…會見, 出席, 辯論, 受訪)."""
    end = next((k for k in range(day.end, lead.end) if view[k] in ",，;；。"), lead.end)
    if not view[day.end:end].strip():
        # 当地时间15日，习近平出席迎接仪式: a day standing alone dates the clause after it.
        end = next((k for k in range(end + 1, lead.end) if view[k] in ",，;；。"), lead.end)
    start = clause_start(view, day.start, lead.start)
    return not any(word in view[start:end] for word in GATHERING_WORDS)


def _named_in_lead(view: str, lead: Sentence, speaker: Candidate, lead_speech: Found) -> bool:
    """Whether the speaker is the lead's: named in the lead sentence (贝佐斯, 市党部 inside
    国民党基隆市党部), or a short form of a name before the lead's cue, its first character and the
    rest in order close after it (纽时 for 「纽约时报」编辑委员会今天表态)."""
    form = view[speaker.start:speaker.end]
    if not form or form in view[lead.start:lead.end]:
        return True
    if len(form) < 2:
        return False
    # 国民党团15日表示 … 国民党团总召费鸿泰表示: a title frame naming the lead's speaker makes its
    # holder the same side, speaking at the same occasion (audit F row 50).
    lead_form = view[lead_speech.speaker.start:lead_speech.speaker.end]
    for m in re.finditer(re.escape(form), view):
        before = view[max(0, m.start() - MEMBER_FRAME):m.start()]
        if len(lead_form) >= 2 and lead_form in before and not any(
                ch in TERMINALS or ch in ",，:：" for ch in before[before.rfind(lead_form):]):
            return True
    # The lead up to the speaker's cue (「纽约时报」编辑委员会今天 before 表态).
    frame = view[lead.start:lead_speech.cue.start]
    for k, char in enumerate(frame):
        if char == form[0]:
            rest = iter(frame[k + 1:k + 2 * len(form)])
            if all(ch in rest for ch in form[1:]):
                return True
    return False


def _dates_a_title(view: str, start: int) -> bool:
    """《新削減戰略武器條約》(New START)周四(5日)失效: the day of a treaty, a law or a report,
    not an occasion where anyone speaks."""
    before = re.sub(r"\([^()]*\)\s*$", "", view[max(0, start - 40):start].rstrip())
    return before.rstrip().endswith(("》", "〉"))


def _dates_a_modifier(article: Article, date_end: int) -> bool:
    """曾文生今日出席記者會時被問及侯友宜昨日所提出的能源政策，…曾文生說: a date followed by a
    short verb phrase and 的 dates the act of a relative clause (昨日所提出的), which modifies
    a noun; it is not the occasion.  今日的記者會 (no verb before 的) still is."""
    view = article.view
    mark = view.find("的", date_end, date_end + MODIFIER_GAP + 1)
    if mark < 0 or any(ch in TERMINALS or ch in ",:，：" for ch in view[date_end:mark]):
        return False
    return any(date_end <= t.start and t.end <= mark and (t.pos[:1] == "v" or t.text == "所") for t in article.tokens)


def _inside_object(article: Article, subject_end: int, date: int) -> bool:
    """羅智強效法當年推動公投的…林義雄: a date after the clause's verb sits inside its object
    and dates what the object did, not the saying; 國務院十九日公布 / 川普就在1月23日的… have
    no verb before the date (jieba tags 效法 a noun: any content word counts)."""
    return any(subject_end <= t.start and t.end <= date and t.pos[:1] in ("v", "n") for t in article.tokens)


def _in_aside(view: str, subject_end: int, date: int) -> bool:
    """賀錦麗主動上前向川普伸手（此為自二○一六年以來…首度…握手）與自我介紹: a date inside
    brackets opened after the speaker is the writer's aside, not the day of the saying."""
    open_ = max(view.rfind("(", subject_end, date), view.rfind("（", subject_end, date))
    return open_ >= 0 and max(view.find(")", open_, date), view.find("）", open_, date)) < 0


def _verb_object(article: Article, subject_end: int, date: int) -> bool:
    """川普還重提四年前敗選…、稱…: a date right after a verb is what the verb is about (the
    defeat of four years ago), not the day of the saying; 川普20日稱讚 / 并于10日表示 have no
    verb right before the date."""
    before = [t for t in article.tokens if subject_end <= t.start and t.end <= date]
    return bool(before) and before[-1].end == date and before[-1].pos[:1] == "v"


def _today_between(article: Article, start: int, cue: int, found: list[Found], holder: Found | None) -> str | None:
    """羅智強今表示: a bare 今 / 今日 / 今天 between speaker and cue, in the cue's clause, that
    no time expression covers dates the saying on the day of publication (反諷民進黨昨是今非，
    痛批… is no 今)."""
    if article.published is None:
        return None
    for token in article.tokens:
        if start <= token.start and token.end <= cue and token.text in TODAY_WORDS and not any(
                x.start <= token.start < x.end for x in article.time_expressions) and inside_clause(found, token.start) in (None, holder):
            return article.published.isoformat()
    return None


def _names_day(text: str) -> bool:
    return bool(DAY_WORD.search(text)) or any(ch in "今昨" for ch in text) or "前天" in text


def _heading_between(view: str, start: int, end: int) -> bool:
    """CCTV puts several items under sub-headings (国际人士：美国为私利不断拱火导致冲突持续): a
    heading line between the lead and a statement opens another item, outside the lead's scene."""
    first, last = view.find("\n", start, end), view.rfind("\n", start, end)
    if first < 0 or first == last:
        return False
    return any(line.strip() and len(line.strip()) <= MAX_HEADING and not any(ch in TERMINALS for ch in line)
               for line in view[first + 1:last].split("\n"))


def _dated_sentence(article: Article, sentence: Sentence, dates: list) -> bool:
    """Whether a sentence names a day (a time expression of a day's value, or a bare 今)."""
    return any(sentence.start <= t.start and t.end <= sentence.end and DAY_VALUE.match(t.value or "") for t in dates) \
        or _today_word(article, sentence) is not None


def _today_word(article: Article, lead: Sentence) -> int | None:
    """黨團今召開…記者會: a bare 今 / 今日 / 今天 in the lead that no time expression covers
    still dates the occasion on the day of publication; returns where it ends."""
    for token in article.tokens:
        if lead.start <= token.start and token.end <= lead.end and token.text in TODAY_WORDS and not any(
                x.start <= token.start < x.end for x in article.time_expressions):
            return token.end
    return None


def _in_brackets(view: str, offset: int) -> bool:
    open_ = view.rfind("(", 0, offset)
    return open_ >= 0 and view.find(")", open_, offset) < 0


def _recent(value: str, published: dt.date) -> bool:
    day = dt.date.fromisoformat(value)
    return published - dt.timedelta(days=SCENE_DAYS) <= day <= published


def previous_occasion(article: Article, speaker: Candidate, sentence_start: int, dates: list,
                      found: list[Found] = ()) -> str | None:
    """The sentence just before, in the same paragraph, narrating the speaker on a dated
    occasion: 蕭茲在6日上午向川普發出勝選祝賀。蕭茲隨後…發表聲明 is said on the 6th.  The
    speaker must be named there as an actor, not inside a quote or someone's reported clause
    (茲溫丘克宣布…開設「Rybar媒體學校」 narrates 茲溫丘克, not Rybar)."""
    view = article.view
    sent = sentence_before(article, sentence_start)
    if sent is None:
        return None
    quotes = find_quotes(view[sent.start:sent.end])
    named = [m.start() + sent.start for m in re.finditer(re.escape(speaker.name), article.text[sent.start:sent.end])]
    if not any(not inside_any(k - sent.start, quotes) and inside_clause(found, k) is None for k in named):
        return None
    # The date must come before the speaker (兩天後，…郭嘉昆再次回絕…) or in a clause that names
    # them (蕭茲在6日上午向川普…): in 芮普胡伯表示，「…。」 今年底以前，…岸田文雄14日宣布不參選
    # the 14th is 岸田's.
    clauses = {clause_start(view, k, sent.start) for k in named}
    days = [t for t in dates if sent.start <= t.start and t.end <= sent.end and "-" in t.value
            and not inside_any(t.start - sent.start, quotes)
            and (t.start < min(named) or clause_start(view, t.start, sent.start) in clauses)]
    return days[0].value if days else None


def paragraph_start(view: str, offset: int) -> int:
    """Where the paragraph holding `offset` starts: after a newline, or — in web and wire texts
    that run paragraphs on one line — after a space that follows a sentence end (…支持電動車。
    川普與賀錦麗…) — only in texts with no line breaks at all.  Without it a date or a speaker's occasion carried across those breaks
    dated words said elsewhere (statements_audit_e: 89 of its 150 Taiwan articles run on one
    line; 十八日 of a betting figure three paragraphs up dated 川普's words)."""
    newline = view.rfind("\n", 0, offset) + 1
    if "\n" in view.strip():  # paragraphs on lines of their own: a stray space breaks none
        return newline
    spaced = max((m.end() for m in WIRE_PARAGRAPH.finditer(view, newline, offset)), default=newline)
    return max(newline, spaced)


def sentence_before(article: Article, sentence_start: int) -> Sentence | None:
    """The sentence just before, in the same paragraph."""
    para_start = article.view.rfind("\n", 0, sentence_start) + 1
    previous = [s for s in sentence_spans(article) if para_start <= s.start and s.end <= sentence_start]
    return previous[-1] if previous else None


def organisation_occasion(article: Article, expr: Candidate, cue: int, sentence_start: int,
                          found: list[Found]) -> str | None:
    """民眾黨今宣布，…。民眾黨發言人張清俊指出，…: a spokesman or official whose title frame
    names the organisation that spoke, dated, in the sentence just before (same paragraph)
    speaks on that occasion — unless a time of its own, however vague, stands between the
    speaker and the cue (日本製鐵在去年12月宣布…。日本製鐵公司副會長森高宏近日…承諾)."""
    frame = article.view[expr.frame_start:expr.start]
    sent = sentence_before(article, sentence_start)
    if len(frame) < 2 or sent is None:
        return None
    if any(expr.end <= t.start and t.end <= cue for t in article.time_expressions):
        return None
    for f in reversed(found):
        if sent.start <= f.start < sent.end and f.said_on and f.speaker is not None and len(f.speaker.name) >= 2 \
                and f.speaker.kind != "PERSON" and frame.startswith(article.view[f.speaker.start:f.speaker.end]):
            return f.said_on
    return None


def statement_dates(article: Article) -> list:
    """Dates that can date a statement: DATE values, and TIME values cut to their day
    (國民黨青年軍昨天上午向警方檢舉 → the day of 昨天上午).  A day after publication
    (公投案將在12月18日舉行) is something announced, never when it was said.  A dateline
    ((中央社台北5日電)) is when the story was filed, not when anyone spoke (the story's 今天 /
    昨天 already count from its day: timex.dateline)."""
    out = []
    dateline_end, _ = dateline(article.view or article.text, article.published)
    for t in article.time_expressions:
        if t.start < dateline_end:
            continue
        value = t.value or ""
        if t.type == "TIME" and DATE_VALUE.match(value[:10]):
            t = t.model_copy(update={"value": value[:10]})
        elif not (t.type == "DATE" and DATE_VALUE.match(value) and t.mod not in ("FUTURE",)):
            continue
        if article.published is not None and after_publication(t.value, article.published):
            continue
        out.append(t)
    return _merge_ranges(article, out)


def _merge_ranges(article: Article, dates: list) -> list:
    """刘云山6月22日至24日…调研 (batch D): two days joined by 至 / 到 / a dash are a span of days;
    the text does not say on which of them anything was said, so the span dates by what its
    days share (2017-06; a year where the months differ).  `_range_last` finds its last day."""
    view = article.view or article.text
    out: list = []
    for t in dates:
        if out and DAY_VALUE.match(out[-1].value) and DAY_VALUE.match(t.value) \
                and view[out[-1].end:t.start].strip() in RANGE_JOINERS and t.value > out[-1].value:
            first = out.pop()
            shared = first.value[:7] if first.value[:7] == t.value[:7] else first.value[:4]
            if first.value[:4] != t.value[:4]:
                out += [first, t]
                continue
            out.append(first.model_copy(update={"end": t.end, "text": article.text[first.start:t.end], "value": shared}))
            continue
        out.append(t)
    return out


def _range_last(article: Article, t) -> str | None:
    """The last day of a span merged by `_merge_ranges` (the day expression it ends with), else None."""
    if DAY_VALUE.match(t.value or ""):
        return None
    return next((x.value for x in article.time_expressions if x.end == t.end and x.start > t.start
                 and DAY_VALUE.match(x.value or "")), None)


def after_publication(value: str, published: dt.date) -> bool:
    """公投案將在12月18日舉行, 預計9月選出 (in an August paper), 明年: a day, month or year
    after publication is something announced, never when anyone spoke."""
    parts = [int(x) for x in value.split("-")]
    return tuple(parts) > (published.year, published.month, published.day)[:len(parts)]


def _opens_clause(view: str, start: int, floor: int) -> bool:
    clause = clause_start(view, start, floor)
    head = view[clause:start].strip()
    return head in ("", "到了", "在", "于", "早在", "而在", "但在") or head in CONNECTIVES


# ---------------------------------------------------------------------------------------
# Rows


def to_rows(article: Article, found: list[Found]) -> list[Statement]:
    entity_of = {(m.start, m.end): m.entity_id for m in article.mentions}
    rows: list[Statement] = []
    seen: set[tuple[str, int, int]] = set()
    for f in sorted(found, key=lambda f: (f.start, f.end, f.kind)):
        key = (f.kind, f.start, f.end)
        if key in seen or f.end <= f.start:
            continue
        seen.add(key)
        sp = f.speaker
        entity_id = title = None
        if sp is not None:
            entity_id = sp.entity_id or entity_of.get((sp.start, sp.end)) or _entity_by_name(article, sp.name)
            title = sp.title or _title_of(article, sp)
        rows.append(Statement(
            statement_id=f"{article.article_id}:st{len(rows)}",
            article_id=article.article_id,
            speaker_entity_id=entity_id,
            speaker=sp.name if sp else None,
            speaker_title=title,
            kind=f.kind,
            cue=f.cue.word if f.cue else None,
            text=article.text[f.start:f.end],
            start=f.start,
            end=f.end,
            sent_idx=f.sent_idx,
            said_on=f.said_on,
            speaker_start=sp.start if sp else None,
            speaker_end=sp.end if sp else None,
        ))
    return rows


def _entity_by_name(article: Article, name: str) -> str | None:
    return next((m.entity_id for m in article.mentions if m.text == name and m.entity_id), None)


def _title_of(article: Article, sp: Candidate) -> str | None:
    for o in article.officials:
        if (sp.entity_id and o.entity_id == sp.entity_id) or o.name == sp.name:
            return o.title
    return None

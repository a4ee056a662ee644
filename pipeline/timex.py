"""Time expressions → TIMEX3 (type, value, mod, inclusive range), anchored on `published`.

How it works: a handful of patterns (calendar dates, durations/offsets, SET, decades,
vague references, numeric dates, short ranges) are matched on the Simplified, half-width
view; every match is a *candidate*; the longest non-overlapping candidates win (a date
beats a duration of the same span: 2026年 is a year, 10年 a duration); two dates joined by
至/到/- become one range (2021年至2026年); then each is resolved against the publication
date.  Without a publication date relative expressions stay unresolved (value None), and
partial absolute dates use TIMEX3 placeholders (2月5日 → XXXX-02-05) — never the clock.

Why our own grammar: the peer parsers we could have used are weak on Chinese news
conventions.  The questions that matter here — 周四(5日) with the bracketed day winning,
民國114年 / 114年度, 上旬/中旬/下旬, 半個多世紀, 5年前 as an APPROX date rather than a
number — are simply not covered; on our 400+ case table this module scores the figures
printed by `newsevents eval time tests/cases/timex_cases.jsonl` (see the module report).
Chinese numerals (二〇二六, 十一, 三十一) are converted by cn2an, not by hand.  Lunar dates (農曆八月十五,
正月十五, 七夕) go through resources/timex_lunar_months.tsv, a month table generated once with
lunardate, so no calendar library is needed at run time.  The words around a number that decide
whether it is a date at all (10年期美債, 深夜綜藝節目, 2022大選, 大跌15點, 應與大選同日) are data, in
resources/timex_context_words.tsv; dates inside 《titles》 and ranges of lengths (4～6個月) are
left out, as the gold guidelines (tests/gold/README.md) leave them out.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import cn2an

from pipeline.article import Article, TimeExpression
from pipeline.config import Config, Resources, data_rows

# --------------------------------------------------------------------------- numerals

# ○ (U+25CB) stands for zero in Taiwanese papers (二○一八年); 廿 = 20 and 卅 = 30 in dates (廿一日).
_CN_DIGITS = "〇○零一二两三四五六七八九"
_CN_NUM = "〇○零一二两三四五六七八九十百千廿卅"


@lru_cache(maxsize=4096)
def to_number(text: str) -> float | None:
    """Arabic or Chinese numeral → number (二〇二六 → 2026, 十一 → 11, 两 → 2, 1.5 → 1.5)."""
    text = text.strip()
    if not text:
        return None
    text = text.replace("○", "〇").replace("廿", "二十").replace("卅", "三十")
    if "分之" in text:  # 四分之一 (個世紀) → 0.25
        whole, _, part = text.partition("分之")
        denominator, numerator = to_number(whole), to_number(part)
        return numerator / denominator if denominator and numerator is not None else None
    try:
        if re.fullmatch(r"\d+(?:\.\d+)?", text):
            return float(text)
        if text == "半":
            return 0.5
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


# 两三天, 三五年, 七八个月, 十二三年, 二三十年, 三四百年: two neighbouring numerals, "two or three".
_APPROX_PAIR = re.compile(r"(?P<ten>十)?(?P<a>[一二两三四五六七八九])(?P<b>[二两三四五六七八九])(?P<tail>[十百千万]?)")
_NUMERAL_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}


def approx_pair(text: str) -> tuple[str, str] | None:
    """两三 → (两, 三); 十二三 → (十二, 十三); 二三十 → (二十, 三十): the two ends, lower first."""
    m = _APPROX_PAIR.fullmatch(text.strip())
    if m is None or m.group("ten") and m.group("tail"):
        return None
    a, b = _NUMERAL_VALUE[m.group("a")], _NUMERAL_VALUE[m.group("b")]
    if not (b == a + 1 or (a, b) == (3, 5)):
        return None  # 二三 but not 二五 (25) or 九二; 三五 is the idiom "three or five"
    ten, tail = m.group("ten") or "", m.group("tail")
    return ten + m.group("a") + tail, ten + m.group("b") + tail


def to_int(text: str | None) -> int | None:
    if not text:
        return None
    number = to_number(text)
    return int(number) if number is not None and number == int(number) else None


# --------------------------------------------------------------------------- patterns
# All patterns run on the view (Simplified, half-width): 週四 → 周四, （5日） → (5日).

_MONTH_N = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY_N = r"(?:3[01]|[12]\d|0?[1-9]|三十一?|卅一?|二?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九])"
# A year before 1800 only after 於/在/從/至/公元 or before its month (起草於1787年, 1644年3月): a bare
# 1500年 is a length (已有1500年歷史).
_YEAR4 = (r"(?:1[89]\d\d|2[01]\d\d|[一二][〇○零一二三四五六七八九]{3}"
          r"|(?<=[于在从自至到元(])1[0-7]\d\d|1[0-7]\d\d(?=\s*年\s*(?:1[0-2]|0?[1-9])\s*月))")
_HOUR_N = r"(?:2[0-4]|[01]?\d|[零一二两三四五六七八九十廿]{1,3})"
_MIN_N = r"(?:[0-5]?\d|[零一二三四五六七八九十廿卅]{1,3})"
# 年中 / 月中 only before punctuation or a particle, so 2024年中国 is not "mid-2024".
_MID_OK = r"(?=[,.，。、；;：:\s的前后以时为止)]|$)"

_DATE = re.compile(
    rf"""
    (?<![\d.〇○零一二两三四五六七八九十百千万亿廿卅第半余])
    (?<![几数多个](?=[年月日天周号]))  # 幾年內 is a length, but 雷蒙多25日 a day and 指數去年 last year
    (?:
      (?P<year>
         (?:公元)?(?P<y4>{_YEAR4})\s*年(?!代|纪)
       | 民国\s*(?P<roc>\d{{1,3}}|[{_CN_NUM}]{{1,5}})\s*年度?
       | (?P<rocfy>[5-9]\d|1[0-4]\d)\s*年度
       | (?P<rocm>[6-9]\d|1[0-4]\d)\s*年(?=\s*{_MONTH_N}\s*月)
       | (?P<rocy>10[1-9]|1[12]\d)\s*年(?![代前后来间内历多半以之度])
       | (?P<y2>[0-5]\d)\s*年(?=\s*{_MONTH_N}\s*月)
       | (?P<y2b>0\d)年(?![代前后来间内度])
       | (?P<yrel>大前年|大后年|今年|去年|前年|明年|后年|(?<![原基根资成版剧文样课账])本年|下一年|上一年)
       | [今去明]\((?P<ybr>\d{{4}})\)年
      )
      (?:的(?=\s*{_MONTH_N}\s*月))?
    )?
    (?(year)(?:[ \u3000](?=\d{{1,2}}\s*月))?)  # 2021 年 1 月 6 日: some papers space every part
    # 2016年初選 is the 2016 primary (初选), not early 2016; 年初選舉 / 年初選出 stay early-year.
    (?P<yperiod>年?(?:初(?!步|次|衷|心|始|中|审|选(?![出举拔定]))|底(?!线|下|层)|末(?!期)|中期(?!目标|减碳|计划|规划|财报|报告|发展)|中{_MID_OK}
        |上半年|下半年|上半期|下半期|前半年|后半年|(?:第[一二三四1-4](?:季度|季(?![今昨明]))|[一二三四1-4]季度)(?:末(?!期)|底(?!线|下|层)|初(?!步|次))?|前[二三23]季度?|[春夏秋冬](?:季|天)(?!攻势)|内))?
    (?P<month>
       (?P<mn>{_MONTH_N}|元)\s*月份?
     | (?P<mrel>上上个月|下下个月|上上月|下下月|本月|上月|下月|上个月|下个月|这个月|当月)
     | (?P<mrelb>上|本|下|今)\((?P<mbr>{_MONTH_N})\)月
    )?
    (?(month)(?:[ \u3000](?=\d{{1,2}}\s*[日号]))?)
    (?P<mperiod>上旬|中旬|下旬|月?初(?!步|次|衷|心|始|中|选(?![出举拔定]))|月?底(?!线|下|层)|月?末(?!期)|中{_MID_OK})?
    (?P<day>
       (?P<dn>{_DAY_N})\s*(?P<dsuf>日(?![内游]|来(?![到自])|之内)|号(?![内间游线楼文院车机仓室”」』》"]|来(?![到自])))
     | [今昨明前]\((?P<dbr>{_DAY_N})(?:\)日|日\))
     | (?P<drel>大前天|大后天|今天|今日(?!美国|俄罗斯|头条|新闻)|昨天|昨日|前天|明天|明日(?!之星)|后天(?!性)|今晨|今早|昨晚|今晚|明晚|昨夜|今夜|前晚|前夜|明早|明晨|昨早|昨晨|今午(?![夜后])|昨午(?![夜后])|明午(?![夜后])|昨(?![日天晚夜非早晨午]|是今非)|(?<![至迄如现当古而于从自距到截今详抚])今(?![年天日后晚晨早夜明生非昔世朝次起夕古人儿井村川野田周彩]|是而)(?=[\u4e00-\u9fff]))
    )?
    (?P<week>(?P<wpre>上上|下下|上个|下个|这个|上|下|本|这)?(?P<wword>周|星期|礼拜)(?P<wday>[一二三四五六日天1-7]|末)?)?
    # 今天（2026年2月2日）: CCTV has written the bracketed date with its year since about 2025.
    (?:(?<=[日号一二三四五六七天末])\s*\((?P<bracket>(?:{_YEAR4}\s*年\s*)?(?:{_MONTH_N}\s*月)?\s*{_DAY_N}\s*[日号])\))?
    # 夜里 / 夜间 only after a day or before an hour: 打造夜间消费场景 is night-time shopping, no time.
    (?P<tod>凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|深夜|(?:(?<=[天号])|(?<=[\d一二三四五六七八九十]日))夜[里间]|夜[里间](?=\s*(?:{_HOUR_N})\s*[时点])|半夜|午夜|午间|早间|(?<=[日号一二三四五六天])晚(?![会餐宴饭年期辈些点了]))?
    (?P<about>(?:大约|约)(?=\s*(?:{_HOUR_N})\s*[时点]))?  # 15日下午約1時: about one o'clock
    (?P<clock>
       (?P<hh>{_HOUR_N})\s*(?P<hsuf>时|点)(?:\s*(?:(?P<mm>{_MIN_N})\s*分|(?P<half>半)|(?P<quarter>[一三])刻|(?P<sharp>整)))?
     | (?P<hh2>2[0-4]|[01]?\d):(?P<mm2>[0-5]\d)
    )?
    (?(clock)(?P<approx>许|左右|多(?![万亿元人名个次家件倍]))?)
    """,
    re.VERBOSE,
)

# A clock time and 到/至 right before a bare N點: the second end of a range of clock times.
_CLOCK_RANGE_BEFORE = re.compile(rf"(?:{_HOUR_N})\s*[点时](?:\s*(?:{_MIN_N})\s*分|半)?\s*(?:到|至|-|~|—)\s*$")

# 2026/2/5, 2026-02-05, 2026.2.5
_NUMERIC_DATE = re.compile(r"(?<![\d./-])(?P<y>(?:1[89]|2[01])\d\d)[/.\-](?P<m>1[0-2]|0?[1-9])[/.\-](?P<d>3[01]|[12]\d|0?[1-9])(?![\d./])")

# 1至3月, 5至7日, 2021至2026年: the unit is written once, after the second number.
_SHORT_RANGE = re.compile(
    rf"(?:(?P<ypre>(?:{_YEAR4})\s*年|今年|去年|明年|前年|本年)(?=[^年]*月))?(?:(?P<mpre>{_MONTH_N})\s*月(?=[^月]*日))?"
    rf"(?<![\d.〇○零一二两三四五六七八九十廿卅第])(?P<a>{_YEAR4}|{_MONTH_N}|{_DAY_N})\s*(?:至|到|-|~|—|－)\s*(?P<b>{_YEAR4}|{_MONTH_N}|{_DAY_N})\s*(?P<unit>年(?!代)|月|日)"
)

# Durations and temporal offsets: 10年, 半个多世纪, 一年多, 5、6年, 5年前, 3天后, 过去10年.
_DUR_UNITS = {
    "年": ("Y", 1), "个年头": ("Y", 1), "年头": ("Y", 1),
    "个月": ("M", 1), "个多月": ("M", 1), "月之久": ("M", 1),
    "周": ("W", 1), "个星期": ("W", 1), "星期": ("W", 1), "个礼拜": ("W", 1), "礼拜": ("W", 1),
    "天": ("D", 1), "日": ("D", 1),
    "小时": ("H", 1), "个小时": ("H", 1), "个多小时": ("H", 1), "钟头": ("H", 1), "个钟头": ("H", 1),
    "个半小时": ("H", 1), "个半钟头": ("H", 1), "个半月": ("M", 1), "个半星期": ("W", 1), "个半世纪": ("Y", 100),
    "分钟": ("MIN", 1), "秒": ("S", 1), "秒钟": ("S", 1), "刻钟": ("MIN", 15),  # 一刻钟 = 15 minutes
    "世纪": ("Y", 100), "个世纪": ("Y", 100), "多世纪": ("Y", 100), "个多世纪": ("Y", 100),
}
_DUR_UNIT_RE = "|".join(sorted((re.escape(u) for u in _DUR_UNITS), key=len, reverse=True))
_DURATION = re.compile(
    rf"""
    (?P<pre>未来|今后|往后|过去|最近|再过|(?<![经通超度越不穿跨])过|前|头)?
    (?P<modw>超过|多于|逾|长达|将近|接近|近|(?<![北条合签公节预制契缔])约|大约|大概|不到|不足|未满|至少|最多|仅仅|仅|才|达)?
    (?<![\d.〇○零一二两三四五六七八九十百千廿卅第])
    (?P<num>(?:[{_CN_NUM}\d]+分之[{_CN_NUM}\d]+|\d+(?:\.\d+)?|[{_CN_NUM}]+|[几数][十百]|半|几|数|若干|多(?=年))
       (?:\s*[、至到\-~]\s*(?:\d+(?:\.\d+)?|[{_CN_NUM}]+))?)
    (?P<more>多|余|几)?
    (?P<unit>{_DUR_UNIT_RE})(?:(?<=周)(?!年)|(?<!周))
    (?P<half>半)?
    (?P<more2>多|余)?
    (?P<suffix>以前|以后|之前|之后|前|后|左右)?
    """,
    re.VERBOSE,
)

_SET = re.compile(
    rf"每(?:隔)?(?P<n>\d+|[{_CN_NUM}]+)?个?(?P<unit>年|个月|月|季度|季|周|星期|礼拜|天|日|小时|晚|周末)"
    # 每年夏季5到7月 (a yearly period: one SET, P1Y), 每年4月 (XXXX-04), 每周五
    rf"(?:(?<=年)(?P<season>[春夏秋冬](?:季|天))?(?P<mfrom>{_MONTH_N})\s*(?:到|至|-|~|、)\s*(?={_MONTH_N}月)"
    rf"|(?<=年)(?P<season2>[春夏秋冬](?:季|天))(?!{_MONTH_N}月))?"
    rf"(?:(?P<mn>{_MONTH_N})月(?:(?P<dn>{_DAY_N})[日号])?|(?<=[周期拜])(?P<wday>[一二三四五六日天]))?"  # 每月一點三億次: no weekday
    r"(?P<tod>凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|深夜|夜间|半夜)?"
    rf"(?:(?P<sh>{_HOUR_N})\s*[点时](?:(?P<smm>{_MIN_N})分|(?P<shalf>半))?)?"  # 每天早上8点 → XXXX-XX-XXT08:00
)

# 1990年代, 90年代, 上世纪90年代, 21世纪, 本世纪, 上世纪.
_DECADE = re.compile(
    rf"(?P<crel>上|本|下)?(?:(?P<cn>\d{{2}}|[{_CN_NUM}]{{2,3}})世纪|(?P<cw>世纪))?(?:(?P<dec>1[89]\d0|20\d0|\d0|[一二三四五六七八九]十)年代)?(?P<dpart>初|末|中期|中叶|末期|初期)?"
)

# 本季度 / 上季度 / 下个季度: the quarter of the publication date, or the one before or after.
_QUARTER_REL = re.compile(r"(?P<q>本|这个|上个|下个|上|下)季度?(?!节|赛|报)")
_QUARTER_SHIFT = {"本": 0, "这个": 0, "上": -1, "上个": -1, "下": 1, "下个": 1}
# 去年的今天 / 去年同日: the publication day a year (or two) before or after.
_SAME_DAY = re.compile(r"(?P<y>去年|前年|明年|一年前|两年前|一年后|两年后)(?:的今天|今天|同日|的同一天)")

# 即将过去的一年 / 过去的一年 / 新的一年: the year that is ending or beginning around publication, a
# DATE (the year), not 过去 (PAST_REF) plus a length of one year.
_YEAR_TURN = re.compile(r"(?P<w>即将过去|刚刚过去|刚过去|过去|新)的一年")

# 14分6秒62 / 26分11秒 / 2小时1分9秒: a timed length (race results); 分 before N秒 is minutes.
_MIN_SEC = re.compile(r"(?<![\d.])(?:(?P<h>\d{1,2})小时)?(?P<m>\d{1,3})分(?P<s>\d{1,2})秒(?P<f>\d{1,3})?(?!\d)")

# 一年一度的社員大會: once a year, a SET (dev gold), not a year's length.
_YEARLY = re.compile(r"一年一度")
# 天天 (every day: 天天有藻礁, 保證天天中獎) is a SET like 每天; not in 今天天氣 / 當天天氣 (a day word's
# 天 before 天氣), nor 一天天 (day by day, a manner of change).
_DAILY = re.compile(r"(?<![今明昨前后当每一几整半天])天天(?![天气津])")

# 公元前221年: a year before the common era, TIMEX3 BC0221 (no Gregorian range: datetime stops at 1).
_BC = re.compile(rf"公元前\s*(?P<n>\d{{1,4}}|[{_CN_NUM}]{{1,6}})\s*年")

# Lunar dates: 农历八月十五, 正月十五, 腊月二十三, 闰四月初一.  Without 日/号 (a Gregorian date always
# has one) and with the day in Chinese numerals; 初N is the Nth day.
_LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12}
_LUNAR = re.compile(
    rf"(?:(?P<ly4>{_YEAR4})\s*年|(?P<lyrel>今年|去年|明年))?(?P<nongli>农历|阴历|夏历)?(?P<leap>闰)?"
    r"(?P<lm>正|冬|腊|十[一二]|[一二三四五六七八九十])月"
    r"(?P<ld>初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|三十)"
    r"(?![日号\d〇○零一二三四五六七八九十])"
)

# Expressions that point back at a date the article named before them: 當天, 同一天, 次日, 當年.
# 當天下午 / 次日上午10時 / 當晚8時: a time of day right after a day anaphor is on that day (one TIME,
# as 6日上午 is); a year anaphor takes none.
_ANAPHOR_TAIL = rf"(?:凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|深夜|夜间|夜里)?(?:\s*{_HOUR_N}\s*[时点](?:\s*{_MIN_N}\s*分|半)?)?"
# 隔日 is the next day (隔日又發生…, 台灣時間隔日凌晨5時) as 隔天 is; 即日(起) is "this very day".
_ANAPHOR = re.compile(rf"(?P<w>此前一天|前一天|前一日|后一天|后一日|同一天|同一日|这一天|那一天|当天|当日|同日|当晚|次日|翌日|隔天"
                      rf"|(?<!不)隔日(?!一次)|即日|第二天)(?P<tail>{_ANAPHOR_TAIL})|(?P<wy>当年|同年|隔年|翌年|(?<![首每多几数一二两三四五六七八九十\d])次年(?!度))")
_SCENE_DAY_WORDS = ("当天", "当日", "当晚", "即日")  # with no date named before them: the day of the report
# 同日，… opening a paragraph (CCTV: 同日，国务院总理李克强…) is the day the item is about, however
# many sentences back it was named.
_PARAGRAPH_DAY_WORDS = ("同日", "同一天", "当天", "当日", "即日")
# 2020年…隔年1月6日 → 2021: the year after the last one named (次年度 is the next budget year, not this).
_ANAPHOR_YEARS = {"当年": 0, "同年": 0, "隔年": 1, "翌年": 1, "次年": 1}
_ANAPHOR_DAYS = {"此前一天": -1, "前一天": -1, "前一日": -1, "后一天": 1, "后一日": 1, "次日": 1, "翌日": 1, "隔天": 1, "隔日": 1,
                 "第二天": 1}

# Where 5年前 resolves to a whole year with APPROX and 3天后 to an exact day.
_APPROX_OFFSET_UNITS = {"Y", "M"}


@dataclass
class Candidate:
    start: int
    end: int
    kind: str  # date | numeric | short_range | duration | set | decade | vague | range
    match: re.Match | None = None
    priority: int = 0
    parts: list[Candidate] = field(default_factory=list)
    value: str | None = None  # vague references carry their value
    no_offset: bool = False  # 延期5年後: a duration; the 後 belongs to the event, not the number


@dataclass
class Timex:
    type: str
    value: str | None
    mod: str | None = None
    range_start: dt.date | None = None
    range_end: dt.date | None = None
    year: int | None = None  # the explicit year it names, for partial dates after it

    def as_dict(self) -> dict:
        return {
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "range_start": self.range_start.isoformat() if self.range_start else None,
            "range_end": self.range_end.isoformat() if self.range_end else None,
        }


# --------------------------------------------------------------------------- lexicons


def load_vague(config: Config) -> dict[str, str]:
    return _read_pairs(config.resources_dir / "timex_vague.txt")


@lru_cache(maxsize=8)
def _read_pairs(path: Path) -> dict[str, str]:
    return {row[0]: row[1] for row in data_rows(path)}


@dataclass
class Holidays:
    fixed: dict[str, tuple[int, int]]  # 元旦 → (1, 1)
    lunar: dict[str, dict[int, dt.date]]  # 春节 → {2022: 2022-02-01}
    lunar_md: dict[str, tuple[int, int]] = field(default_factory=dict)  # 七夕 → (7, 7): lunar month and day

    def names(self) -> list[str]:
        return sorted(set(self.fixed) | set(self.lunar) | set(self.lunar_md) | set(_SOLAR_TERMS), key=len, reverse=True)


def load_holidays(config: Config) -> Holidays:
    return _read_holidays(config.resources_dir / "timex_holidays.txt")


@lru_cache(maxsize=8)
def _read_holidays(path: Path) -> Holidays:
    fixed: dict[str, tuple[int, int]] = {}
    lunar: dict[str, dict[int, dt.date]] = {}
    lunar_md: dict[str, tuple[int, int]] = {}
    for name, when, *_ in data_rows(path):
        if when.startswith("L"):  # L07-07: a lunar month and day, converted with timex_lunar_months.tsv
            lunar_md[name] = (int(when[1:3]), int(when[4:6]))
            continue
        lunar_day = len(when) > 5
        names = {name, name[:-1]} if lunar_day and name.endswith("节") and len(name) == 3 else {name}  # 中秋节 / 中秋
        for form in names:
            if len(when) == 5:
                fixed[form] = (int(when[:2]), int(when[3:]))
            else:
                day = dt.date.fromisoformat(when)
                lunar.setdefault(form, {})[day.year] = day
    return Holidays(fixed, lunar, lunar_md)


@lru_cache(maxsize=8)
def _holiday_regex(names: tuple[str, ...]) -> re.Pattern:
    if not names:
        return re.compile(r"(?!x)x")
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?:(?P<y4>{_YEAR4})年|(?P<yrel>今年|去年|明年))?(?P<name>{alternatives})(?!晚会|联欢|档|假期)")


def _holiday_pattern(holidays: Holidays) -> re.Pattern:
    return _holiday_regex(tuple(holidays.names()))


def resolve_holiday(m: re.Match, holidays: Holidays, base: dt.date | None) -> Timex | None:
    """春节 in an article of 2022-01-28 → 2022-02-01: the named year, else the occurrence
    nearest the publication date."""
    name = m.group("name")
    year = to_int(m.group("y4")) if m.group("y4") else None
    if year is None and m.group("yrel"):
        year = base.year + _YEAR_REL[m.group("yrel")] if base else None
    if year is None and base is None:
        return None
    years = [year] if year else [base.year - 1, base.year, base.year + 1]
    days = []
    for y in years:
        if name in _SOLAR_TERMS:
            day = solar_term(name, y)
            if day:
                days.append(day)
        elif name in holidays.lunar_md:
            day = lunar_to_solar(y, *holidays.lunar_md[name])
            if day:
                days.append(day)
        elif name in holidays.fixed:
            month, day = holidays.fixed[name]
            days.append(dt.date(y, month, day))
        elif y in holidays.lunar.get(name, {}):
            days.append(holidays.lunar[name][y])
    if not days:
        return None
    day = min(days, key=lambda d: abs((d - base).days)) if base and not year else days[0]
    return Timex("DATE", day.isoformat(), None, day, day)


@lru_cache(maxsize=1)
def _lunar_months() -> dict[tuple[int, int, bool], tuple[dt.date, int]]:
    """(lunar year, month, leap) → (first day, length), from resources/timex_lunar_months.tsv."""
    table = {}
    path = Config().resources_dir / "timex_lunar_months.tsv"
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            year, month, leap, first, days = line.split("\t")
            table[(int(year), int(month), leap == "1")] = (dt.date.fromisoformat(first), int(days))
    return table


def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> dt.date | None:
    """農曆 2025年八月十五 → 2025-10-06.  A day past the month's end is its last day: 大年三十 /
    除夕 is the 29th in a short twelfth month."""
    found = _lunar_months().get((year, month, leap))
    if found is None:
        return None
    first, days = found
    return first + dt.timedelta(days=min(day, days) - 1)


def solar_term(name: str, year: int) -> dt.date | None:
    """清明 / 冬至 of a Gregorian year, by the 寿星 formula for 2000–2099: day = ⌊Y·0.2422 + C⌋ − ⌊Y/4⌋
    (Y = year mod 100; C = 4.81 for 清明 in April, 21.94 for 冬至 in December)."""
    month, c = _SOLAR_TERMS[name]
    if not 2000 <= year <= 2099:
        return None
    y = year % 100
    return dt.date(year, month, int(y * 0.2422 + c) - y // 4)


_SOLAR_TERMS = {"清明节": (4, 4.81), "清明": (4, 4.81), "冬至": (12, 21.94)}


def _vague_pattern(vague: dict[str, str]) -> re.Pattern:
    return _compiled_vague(tuple(sorted(vague, key=len, reverse=True)))


@lru_cache(maxsize=8)
def _compiled_vague(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in words))


@lru_cache(maxsize=1)
def context_words() -> dict[str, tuple[str, ...]]:
    """resources/timex_context_words.tsv: kind → words, longest first (tenor, programme, year_event)."""
    kinds: dict[str, list[str]] = {}
    for kind, word, *_ in data_rows(Config().resources_dir / "timex_context_words.tsv"):
        kinds.setdefault(kind, []).append(word)
    return {kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in kinds.items()}


@lru_cache(maxsize=1)
def _bare_year_pattern() -> re.Pattern:
    """2022大選 / 2018公投綁大選: a four-digit year written without 年, right before an event that
    happens in a year (election, referendum, Olympics) — the dev gold counts it as that year."""
    events = "|".join(re.escape(w) for w in context_words().get("year_event", ()))
    if not events:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<![\d.\-/])(?P<y4>(?:19|20)\d\d)(?=\s?(?:{events}))")


# 《週六夜現場》, 《2014年度中国对外直接投资统计公报》: a date inside a title is part of a name (gold
# guideline: years inside names such as 《中導條約》 are not annotated).
_TITLE = re.compile(r"《[^《》\n]{1,60}》")


def _outside_titles(view: str, chosen: list[Candidate]) -> list[Candidate]:
    titles = [(m.start(), m.end()) for m in _TITLE.finditer(view)]
    if not titles:
        return chosen
    return [c for c in chosen if not any(s < c.start and c.end < e for s, e in titles)]


# --------------------------------------------------------------------------- calendar helpers


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def year_range(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), month_end(year, month)


def third_of_month(year: int, month: int, mod: str) -> tuple[dt.date, dt.date]:
    """上旬 1–10, 中旬 11–20, 下旬 21–end; 月初/月中/月底 read the same way."""
    if mod == "START":
        return dt.date(year, month, 1), dt.date(year, month, 10)
    if mod == "MID":
        return dt.date(year, month, 11), dt.date(year, month, 20)
    return dt.date(year, month, 21), month_end(year, month)


def third_of_year(year: int, mod: str) -> tuple[dt.date, dt.date]:
    """年初 Jan–Apr, 年中/中期 May–Aug, 年底 Sep–Dec: the thirds, like 上旬/中旬/下旬 of a month."""
    if mod == "START":
        return dt.date(year, 1, 1), dt.date(year, 4, 30)
    if mod == "MID":
        return dt.date(year, 5, 1), dt.date(year, 8, 31)
    return dt.date(year, 9, 1), dt.date(year, 12, 31)


def period_mod(word: str) -> str | None:
    word = word.lstrip("年").lstrip("月")
    if word in ("初", "上旬", "初期"):
        return "START"
    if word in ("中", "中旬", "中期", "中叶"):
        return "MID"
    if word in ("底", "末", "下旬", "末期"):
        return "END"
    return None


_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
             "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6}
_WEEK_SHIFT = {"上上": -2, "上个": -1, "上": -1, "下下": 2, "下个": 1, "下": 1, "本": 0, "这": 0, "这个": 0}
_YEAR_REL = {"大前年": -3, "前年": -2, "去年": -1, "今年": 0, "本年": 0, "明年": 1, "后年": 2, "大后年": 3,
             "上一年": -1, "下一年": 1, "一年前": -1, "两年前": -2, "一年后": 1, "两年后": 2}
_MONTH_REL = {"本月": 0, "这个月": 0, "当月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1,
              "上上个月": -2, "上上月": -2, "下下个月": 2, "下下月": 2}
_DAY_REL = {"今": 0, "昨早": -1, "昨晨": -1, "今午": 0, "昨午": -1, "明午": 1, "大前天": -3, "前天": -2, "前晚": -2, "前夜": -2, "昨": -1, "明早": 1, "明晨": 1, "昨天": -1, "昨日": -1, "昨晚": -1, "昨夜": -1, "今天": 0, "今日": 0,
            "今晨": 0, "今早": 0, "今晚": 0, "今夜": 0, "明天": 1, "明日": 1, "明晚": 1, "后天": 2, "大后天": 3}
_SEASONS = {"春": ("SP", 3), "夏": ("SU", 6), "秋": ("FA", 9), "冬": ("WI", 12)}


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def nearest_weekday(base: dt.date, weekday: int) -> dt.date:
    """周二 with no 上/下: the closest such day, the past one on a tie (news reports the past).

    At Thursday 2026-02-05, 周二 → 02-03; at Monday 2026-02-09, 周五 → 02-06 (not 02-13).
    """
    back = (base.weekday() - weekday) % 7
    forward = (weekday - base.weekday()) % 7
    return base - dt.timedelta(days=back) if back <= forward else base + dt.timedelta(days=forward)


def nearest_month_for_day(base: dt.date, day: int) -> tuple[int, int] | None:
    """5日 with no month: the month (previous, this, next) that puts day 5 closest to the base,
    a future day counting double because news reports the past: 21日 written on 2024-08-10
    is 07-21 (拜登廿一日宣布退選), 12日 written then is 08-12 (十二日將舉行)."""
    options = []
    for delta in (-1, 0, 1):
        year, month = shift_months(base.year, base.month, delta)
        if day <= calendar.monthrange(year, month)[1]:
            options.append(dt.date(year, month, day))
    if not options:
        return None
    best = min(options, key=lambda d: ((d - base).days * 2 if d > base else (base - d).days, d > base))
    return best.year, best.month


# --------------------------------------------------------------------------- candidates


def find_candidates(view: str, vague: dict[str, str], holidays: Holidays | None = None) -> list[Candidate]:
    holidays = holidays or Holidays({}, {})
    found: list[Candidate] = []
    for m in _DATE.finditer(view):
        if m.end() > m.start() and _valid_date(m):
            end = _trim_end(view, m)
            if _around(view, m, end):
                end += 2  # 二○○八年前後: the span keeps 前後, and the date is APPROX
            found.append(Candidate(m.start(), end, "date", m, priority=0))
    for m in _NUMERIC_DATE.finditer(view):
        found.append(Candidate(m.start(), m.end(), "numeric", m, priority=0))
    for m in _SHORT_RANGE.finditer(view):
        if _valid_short_range(m):
            found.append(Candidate(m.start(), m.end(), "short_range", m, priority=0))
    for m in _DURATION.finditer(view):
        if _valid_duration(m):
            # 逾50年 keeps its modifier in the span; 長達半個多世紀 is reported as 半個多世紀.
            start = m.start("pre") if m.group("pre") else m.start("modw") if _kept_in_span(m.group("modw")) else m.start("num")
            if m.group("suffix") and view[max(0, start - 2):start] in _EVENT_VERBS:
                found.append(Candidate(start, m.start("suffix"), "duration", m, priority=2, no_offset=True))
            else:
                found.append(Candidate(start, m.end(), "duration", m, priority=2))
    for m in _SET.finditer(view):
        found.append(Candidate(m.start(), m.end(), "set", m, priority=1))
    for m in _DECADE.finditer(view):
        if m.end() > m.start() and (m.group("dec") or m.group("cn") or (m.group("cw") and m.group("crel"))):
            found.append(Candidate(m.start(), m.end(), "decade", m, priority=1))
    for m in _ANAPHOR.finditer(view):
        found.append(Candidate(m.start(), m.end(), "anaphor", m, priority=0))
    for m in _QUARTER_REL.finditer(view):
        if m.group().endswith("季度") or m.group() in ("本季", "上季", "下季"):
            found.append(Candidate(m.start(), m.end(), "quarter", m, priority=0))
    for m in _SAME_DAY.finditer(view):
        found.append(Candidate(m.start(), m.end(), "same_day", m, priority=-1))  # beats 去年 + 今天
    for m in _BC.finditer(view):
        found.append(Candidate(m.start(), m.end(), "bc", m, priority=0))
    for m in _YEARLY.finditer(view):
        found.append(Candidate(m.start(), m.end(), "yearly", m, priority=0))
    for m in _YEAR_TURN.finditer(view):
        found.append(Candidate(m.start(), m.end(), "year_turn", m, priority=-1))
    for m in _MIN_SEC.finditer(view):
        found.append(Candidate(m.start(), m.end(), "min_sec", m, priority=0))
    for m in _DAILY.finditer(view):
        found.append(Candidate(m.start(), m.end(), "daily", m, priority=0))
    for m in _bare_year_pattern().finditer(view):
        found.append(Candidate(m.start(), m.end(), "bare_year", m, priority=1))
    for m in _LUNAR.finditer(view):
        found.append(Candidate(m.start(), m.end(), "lunar", m, priority=0))
    for m in _holiday_pattern(holidays).finditer(view):
        found.append(Candidate(m.start(), m.end(), "holiday", m, priority=0))
    if vague:
        for m in _vague_pattern(vague).finditer(view):
            if m.group() == "将来" and view[m.start() - 1:m.start()] == "即":
                continue  # 即將來臨 is "about to come"
            if _vague_word_not_time(view, m):
                continue
            found.append(Candidate(m.start(), m.end(), "vague", m, priority=3, value=vague[m.group()]))
    return found


def _around(view: str, m: re.Match, end: int) -> bool:
    """二○○八年前後 / 5月左右: a calendar date (no clock time, whose 许/左右 the pattern reads) with
    前後 / 左右 right after it is approximate, like 4時許."""
    return not m.group("clock") and bool(m.group("year") or m.group("month") or m.group("dn")) \
        and view.startswith(("前后", "左右"), end)


def _vague_word_not_time(view: str, m: re.Match) -> bool:
    """实现阶段性通水 holds 现阶段 and 体现在 holds 现在 across two words; 十年过去了 / 不知不觉过去 /
    蒙混过去 use 过去 as a verb; 距離台海最近的 is nearest in space."""
    word, before, after = m.group(), view[m.start() - 1:m.start()], view[m.end():m.end() + 1]
    if word.endswith("这些年") and after in _YEAR_NOUN_HEADS:
        return True  # 這些年輕人 / 这些年长者: these young (old) people, not these years
    if word == "现阶段" and (before == "实" or after == "性"):
        return True
    if word == "现在" and before in ("体", "表", "出", "呈", "展", "发", "显", "实"):
        return True  # 首先应体现在正确看待…: 体现 + 在, not "now"
    if word == "日前" and (after == "夕" or before in _DAY_NOUN_ENDS):
        return True  # 投票日前夕 / 選舉日前: the eve of, or before, a named day, not "recently"
    if word == "最近" and ("距" in _clause_before(view, m.start())[-12:] or "离" in _clause_before(view, m.start())[-12:]
                         or view.startswith("距离", m.end())):
        return True  # 距離台海最近的區域 / 离地球最近时: nearest, in space
    return word == "过去" and (after == "了" or view[max(0, m.start() - 2):m.start()] == "不觉"
                              or before in _VERB_BEFORE_GUOQU)


# 年 heading a word that is no year: 年轻 (young), 年长, 年级, 年龄, 年代, 年纪, 年度, 年底.
_YEAR_NOUN_HEADS = set("轻长级龄代纪度底终初")
# The character before 日 in a day's name: 投票日, 选举日, 截止日, 节日, 纪念日, 假日, 工作日, 交易日, 到期日
# (not 生日 or 国庆日: 曾文生日前 / 李国庆日前 are names before 日前).
_DAY_NOUN_ENDS = set("票举止节念假作易期")
# 蒙混過去 / 刚刚过去的"五一"假期 / 熬过去: 过去 completes a verb (to get past), it is no time.
_VERB_BEFORE_GUOQU = set("混刚熬挺撑躲闯走跑飞冲晃糊拖")


# 條約延期5年後 / 延長10年後: the number is how long it was extended, not a point in time.
_EVENT_VERBS = {"延期", "延长", "延后", "推迟", "延续", "展延"}


def _trim_end(view: str, m: re.Match) -> int:
    end = m.end()
    while end > m.start() and view[end - 1].isspace():
        end -= 1
    return end


def _valid_date(m: re.Match) -> bool:
    g = m.groupdict()
    has_year = bool(g["year"])
    before = m.string[max(0, m.start() - 2):m.start()]
    if before == "有朝" or g["wpre"] == "本" and before.endswith("日"):
        return False  # 有朝一日 is "some day"; 日本周边 is Japan's surroundings, not this week
    if g["yperiod"] in ("后半年", "前半年") and not has_year and re.match(r"[\u4e00-\u9fff]", before[-1:] or " ") \
            and before[-1:] not in "今明去":
        return False  # 公告成立後半年內: 後 closes the verb, 半年 is a length
    if g["dsuf"] == "号" and not g["month"] and not (g["dn"] or "").isdigit():
        return False  # 长征五号 is a name; 24号 (CCTV: 伊拉克国防部24号公布) is a day
    if g["tod"] and not any(g[k] for k in ("year", "yperiod", "month", "mperiod", "day", "week", "clock")) \
            and m.string.startswith(context_words().get("programme", ()), m.end()):
        return False  # 深夜綜藝節目 / 晚間新聞: a broadcast slot, not the time of any day
    if g["mn"] == "一" and not g["year"] and before[-1:] in ("前", "后", "上", "下", "每", "同", "这", "那", "哪", "逐"):
        return False  # 比前一月: the month before, an anaphor; 每一月: every month — not January
    if g["week"] and not (g["wpre"] or g["wday"]):
        return False  # 周 alone: 周边, 一周
    if g["yperiod"] and not has_year:
        # 年初 / 上半年 / 第一季 alone mean the current year; 初 or 春季 alone are not dates.
        p = g["yperiod"]
        if not (p.startswith("年") or p in ("上半年", "下半年", "前半年", "后半年") or re.match(r"[第前]?[一二三四1-4]季", p)):
            return False
    if g["yperiod"] and g["month"]:
        return False  # 2024年中 5月 is two expressions, and 年内5月 is not a date
    if g["mperiod"] and not g["month"] and g["mperiod"] not in ("上旬", "中旬", "下旬") \
            and not g["mperiod"].startswith("月"):
        return False  # 月底 / 下旬 alone are this month's; 底 alone is not a date
    if g["clock"]:
        chinese_hour = bool(g["hh"]) and not g["hh"].isdigit()
        context = g["tod"] or g["day"] or g["month"] or g["week"]
        unmistakable = not chinese_hour and (to_int(g["hh"]) or 0) in (0, *range(13, 25))  # 23點 / 0點
        oclock = m.string.startswith(("钟", "整"), m.end())  # 5点钟: never "five points"
        # 下午1點到5點: the range's second end is a clock time like its first; 11點多 (a little after).
        range_end = bool(_CLOCK_RANGE_BEFORE.search(m.string, max(0, m.start() - 12), m.start()))
        if (chinese_hour or g["hsuf"] == "点") and not context and not unmistakable and not oclock \
                and not (g["mm"] or g["half"] or g["quarter"] or g["sharp"] or range_end
                         or (g["approx"] == "多" and (g["hh"] or "").isdigit())):
            return False  # 三点建议 is three points
        if g["hsuf"] == "点" and not context and not oclock and not (g["mm"] or g["half"] or g["quarter"]) \
                and m.string[:m.start()].endswith(context_words().get("points_before", ())):
            return False  # 大跌15點 / 超過15點的波動: points, whatever the number
    core = ("year", "yperiod", "month", "mperiod", "day", "week", "tod", "clock")
    return any(g[k] for k in core)


def _valid_short_range(m: re.Match) -> bool:
    unit = m.group("unit")
    a, b = m.group("a"), m.group("b")
    if unit.startswith("年"):
        return bool(re.fullmatch(_YEAR4, a) and re.fullmatch(_YEAR4, b))
    return not re.fullmatch(_YEAR4, a) and to_int(a) is not None and to_int(b) is not None


def _valid_duration(m: re.Match) -> bool:
    num, unit = m.group("num"), m.group("unit")
    if unit == "年" and m.string.startswith("期", m.end()) \
            and m.string.startswith(context_words().get("tenor", ()), m.end() + 1):
        return False  # 10年期美債: the bond's maturity names the product, no length of time
    if re.match(r"[A-Za-z]", m.string[m.start("num") - 1:m.start("num")]):
        return False  # PM2.5年均濃度: the number belongs to a name written in Latin letters
    if unit == "年" and num == "一百" and m.string[max(0, m.start("num") - 2):m.start("num")] == "两个":
        return False  # 「兩個一百年」奮鬥目標: a slogan (the party's and the state's centenaries)
    if unit == "年" and m.string.startswith("级", m.end()):
        return False  # 五年級學生: a school grade
    if unit == "年" and num == "一" and m.string[m.start("num") - 1:m.start("num")] == "的" \
            and re.match(r"[，。；！？,;!?]", m.string[m.end():m.end() + 1]) \
            and "是" in _clause_before(m.string, m.start("num")):
        return False  # 2018年是…具有特殊意义的一年: the year named as the subject, described; no length
    if unit == "天" and num == "一" and m.string.startswith("天", m.end()):
        return False  # 高考一天天临近 / 一天天好起来: day by day, a manner of change, no length
    if unit == "天" and m.string.startswith("安门", m.end()):
        return False  # 六四天安門: 天 opens the square's name
    if num.startswith("数") and m.string[m.start("num") - 1:m.start("num")] in ("多", "少"):
        return False  # 多數日企: most Japanese firms, no days
    if num == "一" and unit == "年" and m.string[:m.start("num")].endswith(context_words().get("year_epithet", ())):
        return False  # 執政最後一年 / 規劃的關鍵一年: a year of the term or plan, not a year's length
    if unit == "日" and m.group("suffix") == "前" and not (m.group("pre") or m.group("modw")) \
            and 1 <= (to_int(num) or 0) <= 31:
        return False  # 11日前拍板: before the 11th (a deadline); days ago are written N天前
    if "、" in num and re.fullmatch(_YEAR4, num.split("、")[-1].strip()):
        return False  # 百分之廿、二○三○年: a list item and then a year, not a range of years
    ends = re.split(r"\s*[至到\-~]\s*", num)
    if len(ends) == 2 and all(re.fullmatch(r"(?:1[89]|2[01])\d\d", end) for end in ends):
        return False  # 大多於1997至2012年: a span of calendar years, not 1,997 to 2,012 years
    if m.string[m.start("num") - 1:m.start("num")] in ("数", "几") and not m.group("pre"):
        return False  # 数十年来: "decades", not ten years
    if unit == "日" and not m.group("suffix") and m.group("num") not in ("几", "数") \
            and not m.string.startswith(("内", "之内", "以内"), m.end()) \
            and not _days_before_an_event(m):
        return False  # 5日 is a day of the month; 3日内 is handled by lookahead in _DATE
    if unit in ("周", "星期", "礼拜") and to_number(num) is None and num not in ("几", "数", "半"):
        return False
    if unit == "年" and re.fullmatch(r"\d{4}|[一二][〇○零一二三四五六七八九]{3}", num):
        value = to_int(num)
        if value and 1800 <= value <= 2199:
            return False  # 2024年前 is "before 2024", not 2024 years ago
    if num in ("几", "数", "若干", "半", "多") or num[0] in "几数" or "、" in num or re.search(r"[至到\-~]", num):
        return True  # 数十年: decades, an unknown number of years (PXY)
    if approx_pair(num):
        return True  # 两三天, 三五年: a range of lengths
    return to_number(num) is not None


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Longest non-overlapping candidates; on equal length the lower priority wins."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), c.priority, c.start)):
        if any(cand.start < e and s < cand.end for s, e in taken):
            continue
        chosen.append(cand)
        taken.append((cand.start, cand.end))
    return sorted(chosen, key=lambda c: c.start)


_RANGE_JOIN = re.compile(r"\s*(?:至|到|-|~|—|－|–)\s*")

# 1小時20分鐘, 兩年零三個月, 1年6個月: a length told in two units is one DURATION (PT1H20M, P2Y3M).
_UNIT_ORDER = ("Y", "M", "W", "D", "H", "MIN", "S")
_COMPOUND_JOIN = re.compile(r"\s*(?:零|又)?\s*")


def merge_compound_durations(view: str, chosen: list[Candidate]) -> list[Candidate]:
    merged: list[Candidate] = []
    for cand in chosen:
        prev = merged[-1] if merged else None
        if prev is not None and _compound_parts(view, prev, cand):
            merged[-1] = Candidate(prev.start, cand.end, "compound", None, priority=2, parts=[prev, cand])
        else:
            merged.append(cand)
    return merged


def _compound_parts(view: str, first: Candidate, second: Candidate) -> bool:
    """Two plain lengths, the larger unit first, nothing but 零/又 between them, neither an offset."""
    if first.kind != "duration" or second.kind != "duration" or first.no_offset or second.no_offset:
        return False
    if not _COMPOUND_JOIN.fullmatch(view[first.end:second.start]):
        return False
    a, b = first.match, second.match
    if a.group("suffix") or b.group("pre") or b.group("modw") or a.group("more") or a.group("more2") or a.group("half"):
        return False
    unit_a, unit_b = _DUR_UNITS[a.group("unit")][0], _DUR_UNITS[b.group("unit")][0]
    return _UNIT_ORDER.index(unit_a) < _UNIT_ORDER.index(unit_b) and to_number(a.group("num")) is not None \
        and to_number(b.group("num")) is not None


def resolve_compound(cand: Candidate, base: dt.date | None) -> Timex | None:
    """PT1H + PT20M → PT1H20M; P1D + PT3H → P1DT3H; the first part's qualifier (近, 超過) holds."""
    first = resolve_duration(cand.parts[0].match, base)
    second = resolve_duration(cand.parts[1].match, base)
    if first is None or second is None or first.type != "DURATION" or second.type != "DURATION":
        return None
    date_part = "".join(v[1:] for v in (first.value, second.value) if not v.startswith("PT"))
    time_part = "".join(v[2:] for v in (first.value, second.value) if v.startswith("PT"))
    value = "P" + date_part + ("T" + time_part if time_part else "")
    return Timex("DURATION", value, first.mod or second.mod)


def merge_ranges(view: str, chosen: list[Candidate]) -> list[Candidate]:
    """2021年至2026年, 5日至7日, 2024年1月到2025年1月 → one range candidate."""
    merged: list[Candidate] = []
    i = 0
    while i < len(chosen):
        cand = chosen[i]
        if i + 1 < len(chosen) and cand.kind in ("date", "numeric") and chosen[i + 1].kind in ("date", "numeric"):
            nxt = chosen[i + 1]
            gap = view[cand.end:nxt.start]
            if _RANGE_JOIN.fullmatch(gap) and not cand.match.groupdict().get("clock"):
                merged.append(Candidate(cand.start, nxt.end, "range", None, parts=[cand, nxt]))
                i += 2
                continue
        merged.append(cand)
        i += 1
    return merged


# --------------------------------------------------------------------------- resolution


def resolve_candidate(cand: Candidate, view: str, base: dt.date | None, context_year: int | None = None,
                      clock: dt.datetime | None = None) -> Timex | None:
    if cand.kind == "date":
        g = cand.match.groupdict()
        timex = resolve_date(g, base, context_year)
        if timex and timex.mod is None and cand.end > cand.match.end() and view[cand.end - 2:cand.end] in ("前后", "左右"):
            timex.mod = "APPROX"
        if timex and base and context_year is None and not g["year"] and g["mn"] and not g["day"] \
                and timex.range_start and timex.range_start > base and view.startswith(("以来", "来"), cand.end):
            # 從12月底以來 in February: "since" points back, to last year's December.
            timex = resolve_date(g, base, base.year - 1)
        return _weekday_by_tense(timex, cand, view, base)
    if cand.kind == "numeric":
        g = cand.match
        return _day_timex(int(g["y"]), int(g["m"]), int(g["d"]), explicit_year=True)
    if cand.kind == "short_range":
        return resolve_short_range(cand.match, base, context_year)
    if cand.kind == "duration":
        return resolve_duration(cand.match, base, cand.no_offset, clock)
    if cand.kind == "compound":
        return resolve_compound(cand, base)
    if cand.kind == "set":
        return resolve_set(cand.match)
    if cand.kind == "decade":
        return resolve_decade(cand.match, base)
    if cand.kind == "vague":
        return Timex("DATE", cand.value)
    if cand.kind == "holiday":
        return resolve_holiday(cand.match, _read_holidays(Config().resources_dir / "timex_holidays.txt"), base)
    if cand.kind == "quarter":
        if base is None:
            return Timex("DATE", None)
        index = base.year * 4 + (base.month - 1) // 3 + _QUARTER_SHIFT[cand.match.group("q")]
        year, quarter = index // 4, index % 4 + 1
        return Timex("DATE", f"{year}-Q{quarter}", None, dt.date(year, 3 * quarter - 2, 1), month_end(year, 3 * quarter))
    if cand.kind == "same_day":
        if base is None:
            return Timex("DATE", None)
        year = base.year + _YEAR_REL[cand.match.group("y")]
        day = dt.date(year, base.month, min(base.day, calendar.monthrange(year, base.month)[1]))
        return Timex("DATE", day.isoformat(), None, day, day)
    if cand.kind == "yearly":
        return Timex("SET", "P1Y")
    if cand.kind == "daily":
        return Timex("SET", "P1D")
    if cand.kind == "year_turn":
        if base is None:
            return Timex("DATE", None)
        late = base.month >= 7  # in the second half of a year, the year ending is this one
        word = cand.match.group("w")
        year = base.year if word == "即将过去" else base.year + late if word == "新" else base.year - (not late)
        start, end = year_range(year)
        return Timex("DATE", str(year), None, start, end)
    if cand.kind == "min_sec":
        g = cand.match
        seconds = str(int(g.group("s"))) + (f".{g.group('f')}" if g.group("f") else "")
        return Timex("DURATION", "PT" + (f"{int(g.group('h'))}H" if g.group("h") else "") + f"{int(g.group('m'))}M{seconds}S")
    if cand.kind == "bare_year":
        return year_range_timex(int(cand.match.group("y4")))
    if cand.kind == "bc":
        year = to_int(cand.match.group("n"))
        return Timex("DATE", f"BC{year:04d}") if year else None
    if cand.kind == "lunar":
        return resolve_lunar(cand.match, base)
    if cand.kind == "anaphor":
        return None  # needs the article's previous dates: see _resolve_in_context
    if cand.kind == "range":
        first = resolve_candidate(cand.parts[0], view, base, context_year)
        if first is None:
            return None
        inherited = _inherit(cand.parts[0], cand.parts[1], first)
        second = inherited or resolve_candidate(cand.parts[1], view, base, first.year or context_year)
        if second is None:
            return first
        return _range_timex(first, second)
    return None


def resolve_lunar(m: re.Match, base: dt.date | None) -> Timex | None:
    """正月十五 in an article of 2026-02-09 → 2026-03-03: the named lunar year (2025年八月十五 is in
    lunar 2025), else the occurrence nearest the publication date."""
    month = _LUNAR_MONTHS.get(m.group("lm")) or to_int(m.group("lm"))
    day_text = m.group("ld")
    day = to_int(day_text[1:]) if day_text.startswith("初") else to_int(day_text)
    if not month or not day:
        return None
    year = to_int(m.group("ly4")) if m.group("ly4") else None
    if year is None and m.group("lyrel") and base:
        year = base.year + _YEAR_REL[m.group("lyrel")]
    if year is None and base is None:
        return None
    years = [year] if year else [base.year - 1, base.year, base.year + 1]
    days = [d for y in years if (d := lunar_to_solar(y, month, day, bool(m.group("leap"))))]
    if not days:
        return None
    found = min(days, key=lambda d: abs((d - base).days)) if base and not year else days[0]
    return Timex("DATE", found.isoformat(), None, found, found)


def _inherit(first: Candidate, second: Candidate, first_tx: Timex) -> Timex | None:
    """5日至7日 / 2月5日至3月2日: the second date takes the year/month the first one had."""
    if second.kind != "date" or first_tx.value is None or first_tx.value.startswith("X"):
        return None
    g = second.match.groupdict()
    if g["week"] and g["wday"] and not g["wpre"]:
        fg = first.match.groupdict() if first.kind == "date" else {}
        if fg.get("week") and fg.get("wpre") and first_tx.range_start:
            # 下周一到周三: the second weekday is in the first one's week.
            monday = first_tx.range_start - dt.timedelta(days=first_tx.range_start.weekday())
            day = monday + dt.timedelta(days=_WEEKDAYS[g["wday"]])
            return _day_timex(day.year, day.month, day.day)
        return None
    if g["year"] or g["drel"] or g["week"]:
        return None
    parts = first_tx.value.split("-")
    if g["dn"] and not g["month"] and len(parts) >= 3:
        day = to_int(g["dn"])
        year, month = int(parts[0]), int(parts[1])
        if day and day <= calendar.monthrange(year, month)[1]:
            return _day_timex(year, month, day, explicit_year=True)
    if g["month"] and g["mn"] and len(parts) >= 2 and parts[0].isdigit():
        g2 = dict(g)
        return resolve_date(g2, None, int(parts[0]))
    return None


def _range_timex(first: Timex, second: Timex) -> Timex:
    value = f"{first.value}/{second.value}" if first.value and second.value else None
    return Timex("DATE", value, None, first.range_start, second.range_end, year=second.year or first.year)


def _day_timex(year: int, month: int, day: int, mod: str | None = None, explicit_year: bool = False) -> Timex | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return Timex("DATE", date.isoformat(), mod, date, date, year=year if explicit_year else None)


# A bare weekday is the nearest one (nearest_weekday), unless its clause says it is still to
# come or already past: 将于周日举行 / 周日将举行 at a Tuesday → the coming Sunday, not the last.
# On 1,093 corpus articles with a weekday this moves 6 values: school starting 周五要开学了 (four
# times) right; a speech announced two days before the paper appeared, and an old quote, wrong.
_FUTURE_BEFORE = re.compile(r"(?:将|将于|将在|预计|预定|定于|拟于|计划|计划于|要在|会在|即将于)$")
_FUTURE_AFTER = re.compile(r"^(?:[上下]午|晚上?|早上?|中午|凌晨)?(?:将|要|起将|即将|举行的|开始)")
_PAST_BEFORE = re.compile(r"(?:曾|曾经|已|已于|已经|曾于|早在)$")
_PAST_AFTER = re.compile(r"^[^，。！？；,]{0,12}(?:了|过)(?:[，。！？；,]|$)")


def _weekday_by_tense(timex: Timex | None, cand: Candidate, view: str, base: dt.date | None) -> Timex | None:
    g = cand.match.groupdict()
    if timex is None or base is None or not g.get("wday") or g.get("wpre") or g.get("bracket") \
            or g.get("wday") == "末" or timex.range_start is None or timex.range_start != timex.range_end:
        return timex
    before, after = view[max(0, cand.start - 4):cand.start], view[cand.end:cand.end + 16]
    day = timex.range_start
    # (A day before publication stays: foreign news is often written the day before it
    # appears, and 他将于周二提告 in a paper of Wednesday then means that Tuesday.)
    if day < base - dt.timedelta(days=1) and (_FUTURE_BEFORE.search(before) or _FUTURE_AFTER.match(after)):
        shifted = day + dt.timedelta(days=7)
    elif day > base and (_PAST_BEFORE.search(before) or _PAST_AFTER.match(after)):
        shifted = day - dt.timedelta(days=7)
    else:
        return timex
    value = shifted.isoformat() + (timex.value[10:] if timex.value else "")
    return Timex(timex.type, value, timex.mod, shifted, shifted)


def resolve_date(g: dict, base: dt.date | None, context_year: int | None) -> Timex | None:
    """One calendar expression (year / period / month / day / weekday / time of day)."""
    year, explicit_year = _year_of(g, base)
    if g["year"] and year is None:
        # 去年8月 without a publication date: relative, stays unresolved.
        return Timex(_type_of(g), None)
    timex = _date_part(g, base, year, explicit_year, context_year)
    if timex is None:
        return None
    if g["clock"] or g["tod"]:
        timex = _with_time(g, timex)
    elif g["drel"] in _DAY_PARTS and timex.value and re.fullmatch(r"\d{4}-\d\d-\d\d", timex.value):
        # 前晚 → 2021-12-02TNI (gold); 今晨 / 明早 → TMO and 今午 → TMI in the same way
        timex = Timex("TIME", timex.value + "T" + _DAY_PARTS[g["drel"]], None, timex.range_start, timex.range_end)
    return timex


_NIGHTS = ("昨晚", "昨夜", "今晚", "今夜", "明晚", "前晚", "前夜")
_DAY_PARTS = {**{w: "NI" for w in _NIGHTS}, "今晨": "MO", "今早": "MO", "明早": "MO", "明晨": "MO", "昨早": "MO",
              "昨晨": "MO", "今午": "MI", "昨午": "MI", "明午": "MI"}


def _type_of(g: dict) -> str:
    return "TIME" if g.get("clock") or g.get("tod") else "DATE"


def _year_of(g: dict, base: dt.date | None) -> tuple[int | None, bool]:
    if g["y4"]:
        return to_int(g["y4"]), True
    if g["ybr"]:  # 去（2024）年: Taiwanese papers write the year in brackets
        return int(g["ybr"]), True
    if g["y2"] or g["y2b"]:  # 19年10月1日, 09年起: two digits below 60 are this century's
        return 2000 + int(g["y2"] or g["y2b"]), True
    # 民國114年 / 114年度 / 114年2月 / 112年升大學: Taiwanese papers count years from 1912.
    for key in ("roc", "rocfy", "rocm", "rocy"):
        if g[key]:
            roc = to_int(g[key])
            return (roc + 1911 if roc else None), True
    if g["yrel"]:
        return (base.year + _YEAR_REL[g["yrel"]] if base else None), True
    return None, False


def _date_part(g: dict, base: dt.date | None, year: int | None, explicit_year: bool, context_year: int | None) -> Timex | None:
    bracket = g.get("bracket")
    # 周四(5日) / 今天(3月15日): the bracketed day wins over the weekday or relative day.
    if bracket:
        inner = _DATE.fullmatch(bracket)
        if inner:
            ig = inner.groupdict()
            if not g["month"] and not ig["month"] and base is not None:
                return _bracket_day(g, ig, base, year)
            merged = dict(g)
            if ig["y4"]:
                year, explicit_year = to_int(ig["y4"]), True
            for key in ("month", "mn", "mrel", "day", "dn", "dsuf"):
                if ig.get(key):
                    merged[key] = ig[key]
            merged["week"] = merged["wpre"] = merged["wday"] = merged["drel"] = merged["bracket"] = None
            merged["wword"] = None
            return _date_part(merged, base, year, explicit_year, context_year)
    if g["drel"]:
        if base is None:
            return Timex("DATE", None)
        return _day_timex(*(base + dt.timedelta(days=_DAY_REL[g["drel"]])).timetuple()[:3])
    if g["week"]:
        return _week_part(g, base)
    month = None
    if g["mrel"]:
        if base is None:
            return Timex("DATE", None)
        year, month = shift_months(base.year, base.month, _MONTH_REL[g["mrel"]])
        explicit_year = True
    elif g.get("mbr"):
        # 上（10）月 written in November: the bracket names the month, the word says which year.
        month = to_int(g["mbr"])
        if base is None or not month or not 1 <= month <= 12:
            return Timex("DATE", None) if base is None else None
        later = month > base.month if g["mrelb"] in ("上", "本", "今") else month < base.month
        year = base.year + (0 if not later else -1 if g["mrelb"] in ("上", "本", "今") else 1)
        explicit_year = True
    elif g["mn"]:
        month = 1 if g["mn"] == "元" else to_int(g["mn"])  # 元月 (Taiwan): January
        if month is None or not 1 <= month <= 12:
            return None
        if year is None:
            year = context_year or (base.year if base else None)
    if g["dbr"] and not g["dn"]:  # 今（3）日 / 昨（2）日
        g = {**g, "dn": g["dbr"]}
    if g["dn"]:
        day = to_int(g["dn"])
        if day is None or not 1 <= day <= 31:
            return None
        if month is None:
            if base is None:
                return Timex("DATE", f"XXXX-XX-{day:02d}")
            year, month = nearest_month_for_day(base, day) or (base.year, base.month)
        if year is None:
            if day > calendar.monthrange(2024, month)[1]:
                return None  # 2月30日 is no date in any year
            return Timex("DATE", f"XXXX-{month:02d}-{day:02d}")
        return _day_timex(year, month, day, explicit_year=explicit_year)
    if month is not None:
        if year is None:
            return Timex("DATE", f"XXXX-{month:02d}")
        mod = period_mod(g["mperiod"]) if g["mperiod"] else None
        start, end = third_of_month(year, month, mod) if mod else month_range(year, month)
        return Timex("DATE", f"{year}-{month:02d}", mod, start, end, year=year if explicit_year else None)
    if g["mperiod"]:  # 上旬 alone: of the current month
        if base is None:
            return Timex("DATE", None)
        mod = period_mod(g["mperiod"])
        start, end = third_of_month(base.year, base.month, mod)
        return Timex("DATE", f"{base.year}-{base.month:02d}", mod, start, end)
    if g["yperiod"]:
        if year is None:
            if base is None:
                return Timex("DATE", None)
            year = base.year
        return _year_period(year, g["yperiod"], explicit_year)
    if year is not None:
        start, end = year_range(year)
        return Timex("DATE", str(year), None, start, end, year=year if explicit_year else None)
    if g["tod"] or g["clock"]:
        if base is None:
            return Timex("TIME", None)
        return _day_timex(base.year, base.month, base.day)
    return None


def _bracket_day(g: dict, inner: dict, base: dt.date, year: int | None) -> Timex | None:
    """周四(5日): day 5 of the month nearest the base; the weekday is only a check."""
    day = to_int(inner["dn"])
    if not day:
        return None
    if year is not None and g["year"]:
        found = (year, base.month)
    else:
        found = nearest_month_for_day(base, day)
    if not found:
        return None
    return _day_timex(found[0], found[1], day)


def _week_part(g: dict, base: dt.date | None) -> Timex | None:
    shift = _WEEK_SHIFT.get(g["wpre"] or "", 0)
    wday = g["wday"]
    if base is None:
        if wday and wday != "末":
            return Timex("DATE", f"XXXX-WXX-{_WEEKDAYS[wday] + 1}")
        return Timex("DATE", None)
    if wday == "末":
        monday = week_start(base) + dt.timedelta(weeks=shift)
        saturday = monday + dt.timedelta(days=5)
        return Timex("DATE", f"{iso_week(monday)}-WE", None, saturday, saturday + dt.timedelta(days=1))
    if wday:
        if g["wpre"]:
            day = week_start(base) + dt.timedelta(weeks=shift, days=_WEEKDAYS[wday])
        else:
            day = nearest_weekday(base, _WEEKDAYS[wday])
        return _day_timex(day.year, day.month, day.day)
    monday = week_start(base) + dt.timedelta(weeks=shift)
    return Timex("DATE", iso_week(monday), None, monday, monday + dt.timedelta(days=6))


def _year_period(year: int, word: str, explicit_year: bool) -> Timex:
    keep = year if explicit_year else None
    word = word.lstrip("年") if word not in ("年内",) else word
    if word in ("上半年", "上半期", "前半年"):
        return Timex("DATE", f"{year}-H1", None, dt.date(year, 1, 1), dt.date(year, 6, 30), year=keep)
    if word in ("下半年", "下半期", "后半年"):
        return Timex("DATE", f"{year}-H2", None, dt.date(year, 7, 1), dt.date(year, 12, 31), year=keep)
    if "季" in word and word.startswith("前"):
        last = to_int(word.strip("前季度"))  # 前3季: the first three quarters, a range
        end = month_end(year, 3 * last)
        return Timex("DATE", f"{year}-Q1/{year}-Q{last}", None, dt.date(year, 1, 1), end, year=keep)
    if "季" in word and word[0] not in _SEASONS:
        # 2025年第1季末 (the end of the first quarter): the quarter with mod END, its last month.
        mod = period_mod(word[-1]) if word[-1] in "末底初" else None
        quarter = to_int(word.rstrip("末底初").strip("第季度"))
        if quarter and 1 <= quarter <= 4:
            first, last = 3 * quarter - 2, 3 * quarter
            if mod:
                first = last = first if mod == "START" else last
            start = dt.date(year, first, 1)
            return Timex("DATE", f"{year}-Q{quarter}", mod, start, month_end(year, last), year=keep)
    if word and word[0] in _SEASONS:
        code, first = _SEASONS[word[0]]
        start = dt.date(year, first, 1)
        end_year, end_month = shift_months(year, first, 2)
        return Timex("DATE", f"{year}-{code}", None, start, month_end(end_year, end_month), year=keep)
    mod = period_mod(word)
    if mod:
        start, end = third_of_year(year, mod)
        return Timex("DATE", str(year), mod, start, end, year=keep)
    start, end = year_range(year)  # 年内 / 今年内
    return Timex("DATE", str(year), None, start, end, year=keep)


_TOD_CODES = {"晚": "EV", "半夜": "NI", "午夜": "NI", "前晚": "NI", "前夜": "NI", "昨晚": "NI", "昨夜": "NI", "今晚": "NI", "今夜": "NI", "明晚": "NI","凌晨": "NI", "深夜": "NI", "夜间": "NI", "夜里": "NI", "清晨": "MO", "早上": "MO", "早晨": "MO", "上午": "MO",
              "早间": "MO", "中午": "MI", "午间": "MI", "下午": "AF", "傍晚": "EV", "晚上": "EV", "晚间": "EV"}
_PM = ("下午", "晚上", "晚间", "傍晚", "深夜", "夜间", "夜里", "晚")
_MIDNIGHT = ("午夜", "半夜", "深夜", "夜里")
_LATE_NIGHT = ("深夜", "夜里", "夜间", "半夜")  # their hours before 6 are the small hours, not p.m.


def _with_time(g: dict, timex: Timex) -> Timex:
    """上午10时 → 2026-02-05T10:00; 下午3时 → T15:00; 上午 alone → TMO; 24时 stays T24:00."""
    hour = minute = None
    if g["hh"]:
        hour = to_int(g["hh"])
        minute = to_int(g["mm"]) if g["mm"] else 30 if g["half"] else 15 * to_int(g["quarter"]) if g["quarter"] else 0
    elif g["hh2"]:
        hour, minute = int(g["hh2"]), int(g["mm2"])
    if hour is not None and (minute is None or hour > 24 or minute > 59):
        return timex
    small_hours = g["tod"] in _LATE_NIGHT and hour is not None and hour < 6
    if hour is not None and (g["tod"] in _PM or g["drel"] in _NIGHTS) and hour < 12 and not small_hours:
        hour += 12  # 下午3时 → 15:00, 今晚8点 → 20:00 (but 深夜2点 / 夜里两点 → 02:00)
    if hour == 12 and (g["tod"] in _MIDNIGHT or g["tod"] in ("晚上", "晚间") or g["drel"] in _NIGHTS):
        hour = 24  # 午夜12點 / 半夜12点 / 晚上12点: the end of the day, written like 24时
    if hour is None and g["tod"] == "午夜":
        hour, minute = 24, 0  # 22日午夜: midnight, the end of that day (半夜 / 深夜 stay "night")
    clock = f"T{hour:02d}:{minute:02d}" if hour is not None else f"T{_TOD_CODES[g['tod']]}"
    if timex.value and re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}", timex.value):
        value = timex.value + clock
    elif timex.value is None and timex.type == "TIME" or timex.value is None and not g["drel"]:
        value = "XXXX-XX-XX" + clock
    else:
        value = None
    mod = "APPROX" if g.get("approx") or g.get("about") else timex.mod
    return Timex("TIME", value, mod, timex.range_start, timex.range_end, year=timex.year)


def _prefix_year(prefix: str | None, base: dt.date | None) -> int | None:
    """今年 / 去年 / 2020年 in front of 1至7月."""
    if not prefix:
        return None
    if prefix in _YEAR_REL:
        return base.year + _YEAR_REL[prefix] if base else None
    return to_int(prefix.rstrip("年").strip())


def resolve_short_range(m: re.Match, base: dt.date | None, context_year: int | None) -> Timex | None:
    a, b, unit = to_int(m.group("a")), to_int(m.group("b")), m.group("unit")
    if a is None or b is None:
        return None
    if unit.startswith("年"):
        if m.group("ypre") or m.group("mpre"):
            return None
        return Timex("DATE", f"{a}/{b}", None, dt.date(a, 1, 1), dt.date(b, 12, 31), year=b)
    year = _prefix_year(m.group("ypre"), base) or context_year or (base.year if base else None)
    if unit == "日" and m.group("mpre"):
        # 2月5至7日 / 今年3月1至15日: the month is written once, before the first day.
        month = to_int(m.group("mpre"))
        if year is None or not month:
            return None
        try:
            start, end = dt.date(year, month, a), dt.date(year, month, b)
        except ValueError:
            return None
        return Timex("DATE", f"{start.isoformat()}/{end.isoformat()}", None, start, end)
    if unit == "月":
        if not (1 <= a <= 12 and 1 <= b <= 12):
            return None
        if year is None:
            return Timex("DATE", f"XXXX-{a:02d}/XXXX-{b:02d}")
        return Timex("DATE", f"{year}-{a:02d}/{year}-{b:02d}", None, dt.date(year, a, 1), month_end(year, b))
    if base is None:
        return Timex("DATE", f"XXXX-XX-{a:02d}/XXXX-XX-{b:02d}")
    found = nearest_month_for_day(base, a)
    if not found:
        return None
    y, mo = found
    try:
        start, end = dt.date(y, mo, a), dt.date(y, mo, b)
    except ValueError:
        return None
    return Timex("DATE", f"{start.isoformat()}/{end.isoformat()}", None, start, end)


_DUR_MOD = {
    "超过": "MORE_THAN", "多于": "MORE_THAN", "逾": "MORE_THAN", "长达": None, "达": None,
    # 近3個月 / 近九周: the gold (dev, claims_unseen, dates_unseen_fresh) keeps 近 in the span with no mod
    "将近": None, "接近": None, "近": None, "约": "APPROX", "大约": "APPROX", "大概": "APPROX",
    "不到": "LESS_THAN", "不足": "LESS_THAN", "未满": "LESS_THAN", "至少": "EQUAL_OR_MORE", "最多": "EQUAL_OR_LESS",
    "仅": None, "仅仅": None, "才": None,
}


def _kept_in_span(word: str | None) -> bool:
    """逾 / 不到 / 最多 / 近 stay in the span (gold guideline 4); 長達 / 僅 / 才 do not."""
    return bool(word) and (bool(_DUR_MOD.get(word)) or word in ("近", "将近", "接近"))


_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}


def _iso_duration(amount: float | None, unit: str) -> str:
    if amount is None:
        return f"PX{unit}" if unit in ("Y", "M", "W", "D") else f"PTX{unit[0]}"
    while amount != int(amount) and unit in _SMALLER:
        unit, factor = _SMALLER[unit]
        amount = round(amount * factor, 3)  # 三分之一世紀: 33.33…年 → 400 months, not float noise
    amount_text = f"{int(amount)}" if amount == int(amount) else f"{amount:g}"
    if unit in ("Y", "M", "W", "D"):
        return f"P{amount_text}{unit}"
    return f"PT{amount_text}{'M' if unit == 'MIN' else unit}"


def resolve_duration(m: re.Match, base: dt.date | None, no_offset: bool = False,
                     clock: dt.datetime | None = None) -> Timex | None:
    num, unit_word = m.group("num"), m.group("unit")
    unit, factor = _DUR_UNITS[unit_word]
    pair = approx_pair(num)
    pieces = list(pair) if pair else re.split(r"\s*[、至到\-~]\s*", num)
    amount = None if num in ("几", "数", "若干", "多") or num[0] in "几数" else to_number(pieces[0])
    mod = _DUR_MOD.get(m.group("modw") or "")
    if len(pieces) > 1:
        mod = "APPROX"  # 五、六年 / 5至6年: the low end, approximately
    if m.group("more") in ("多", "余") or m.group("more2") or "多" in unit_word:
        mod = "MORE_THAN"
    if m.group("more") == "几" or (m.group("suffix") == "左右"):
        mod = "APPROX"
    if amount is not None:
        amount *= factor
        if m.group("half") or "个半" in unit_word:
            amount += 0.5 * factor  # 一年半, 两个半小时
    suffix = "" if no_offset else m.group("suffix") or ""
    pre = m.group("pre") or ""
    if pre in ("过", "再过") and not suffix:
        suffix = "后"  # 再過三天 → three days from now
    if pre == "前" and num in ("几", "数") and not suffix:
        return Timex("DATE", "PAST_REF")  # 前幾天 = a few days ago
    if pre == "前" and unit_word == "个月" and not suffix and amount and 1 <= amount <= 11 and amount == int(amount) and base:
        # 前10个月，粤港澳大湾区外贸增长11%: the first ten months of the year, a range
        year, last = base.year, int(amount)
        return Timex("DATE", f"{year}-01/{year}-{last:02d}", None, dt.date(year, 1, 1), month_end(year, last))
    if suffix and suffix != "左右":
        if clock is not None and unit in _CLOCK_UNITS and amount is not None:
            return clock_offset(amount, unit, -1 if "前" in suffix else 1, clock, mod)
        return resolve_offset(amount, unit, -1 if "前" in suffix else 1, base, mod)
    return Timex("DURATION", _iso_duration(amount, unit), mod)


_CLOCK_UNITS = {"H": 3600, "MIN": 60, "S": 1}


def clock_offset(amount: float, unit: str, sign: int, clock: dt.datetime, mod: str | None) -> Timex:
    """2小时后 / 半小时前 from a base that has a time of day (the eval format's time_base can):
    that moment, to the minute.  A news article's date alone has no clock, so there the same
    words name the day (resolve_offset)."""
    moment = clock + dt.timedelta(seconds=sign * amount * _CLOCK_UNITS[unit])
    return Timex("TIME", moment.strftime("%Y-%m-%dT%H:%M"), mod, moment.date(), moment.date())


def resolve_offset(amount: float | None, unit: str, sign: int, base: dt.date | None, mod: str | None) -> Timex:
    """5年前 → 2021 APPROX; 3天后 → the exact day; 一个月前 → 2026-01 APPROX.

    Without a publication date (or with 几年前) it stays a vague reference.
    """
    if base is None or amount is None:
        return Timex("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if unit == "Y" and amount == int(amount):
        year = base.year + sign * int(amount)
        start, end = year_range(year)
        return Timex("DATE", str(year), mod or "APPROX", start, end)
    if unit in ("Y", "M") and amount * (12 if unit == "Y" else 1) == int(amount * (12 if unit == "Y" else 1)):
        months = int(amount * (12 if unit == "Y" else 1))
        year, month = shift_months(base.year, base.month, sign * months)
        start, end = month_range(year, month)
        return Timex("DATE", f"{year}-{month:02d}", mod or "APPROX", start, end)
    days = amount * {"W": 7, "D": 1, "M": 30, "Y": 365}.get(unit, 0)  # 半個月後 → 15 days
    day = base + dt.timedelta(days=sign * round(days))
    return Timex("DATE", day.isoformat(), mod, day, day)


_SET_UNITS = {"年": "P1Y", "个月": "P1M", "月": "P1M", "季度": "P3M", "季": "P3M", "周": "P1W", "星期": "P1W",
              "礼拜": "P1W", "天": "P1D", "日": "P1D", "小时": "PT1H", "晚": "P1D", "周末": "P1W"}


def resolve_set(m: re.Match) -> Timex:
    unit = m.group("unit")
    if m.group("mfrom") or m.group("season2"):
        return Timex("SET", "P1Y")  # 每年夏季5到7月: a yearly period, once a year
    if m.group("mn") and unit == "年":
        month = to_int(m.group("mn"))
        day = to_int(m.group("dn")) if m.group("dn") else None
        return Timex("SET", f"XXXX-{month:02d}" + (f"-{day:02d}" if day else ""))
    tod = f"T{_TOD_CODES[m.group('tod')]}" if m.group("tod") else ""  # 每週五下午 → XXXX-WXX-5TAF
    hour = to_int(m.group("sh")) if m.group("sh") else None
    if hour is not None and hour <= 24:
        minute = to_int(m.group("smm")) if m.group("smm") else 30 if m.group("shalf") else 0
        hour += 12 if (m.group("tod") in _PM or unit == "晚") and hour < 12 else 0  # 每晚8点 → 20:00
        tod = f"T{hour:02d}:{minute or 0:02d}"
    if m.group("wday") and unit in ("周", "星期", "礼拜"):
        return Timex("SET", f"XXXX-WXX-{_WEEKDAYS[m.group('wday')] + 1}{tod}")
    if tod and unit in ("天", "日", "晚"):
        return Timex("SET", f"XXXX-XX-XX{tod}")
    value = _SET_UNITS[unit]
    n = to_int(m.group("n")) if m.group("n") else None
    if n and n > 1:
        value = value.replace("1", str(n), 1)
    return Timex("SET", value)


def resolve_decade(m: re.Match, base: dt.date | None) -> Timex | None:
    """1990年代 / 上世纪90年代 → 199; 21世纪 → 20 (TIMEX3 writes centuries by their digits)."""
    century = None  # first two digits of the years, 19 for the 1900s
    if m.group("cn"):
        number = to_int(m.group("cn"))
        century = number - 1 if number else None
    elif m.group("crel"):
        if base is None:
            return Timex("DATE", None)
        century = base.year // 100 + {"上": -1, "本": 0, "下": 1}[m.group("crel")]
    dec = m.group("dec")
    if dec:
        number = to_int(dec) if not dec.isdigit() else int(dec)
        if number is None:
            return None
        if number >= 1000:
            first = number
        else:
            if century is None:
                # 90年代 is the 1990s; 20年代 written in 2026 is the 2020s.
                century = 20 if base and 2000 + number <= base.year else 19
            first = century * 100 + number
        start, end = dt.date(first, 1, 1), dt.date(first + 9, 12, 31)
        mod = period_mod(m.group("dpart") or "")
        return Timex("DATE", str(first // 10), mod, start, end)
    if century is None:
        return None
    start, end = dt.date(century * 100 + (1 if century * 100 == 0 else 0), 1, 1), dt.date(century * 100 + 99, 12, 31)
    mod = period_mod(m.group("dpart") or "")
    return Timex("DATE", f"{century:02d}", mod, start, end)


# --------------------------------------------------------------------------- public API


def _view_of(text: str, resources: Resources | None = None) -> str:
    from pipeline import normalize

    converters = resources.get("converters", normalize.load_converters) if resources else _converters()
    return normalize.make_view(text, converters)


@lru_cache(maxsize=1)
def _converters():
    from pipeline import normalize

    return normalize.load_converters(Config())


def scan(view: str, vague: dict[str, str], holidays: Holidays | None = None,
         misread: Callable[[Candidate], bool] | None = None) -> list[Candidate]:
    """The chosen candidates; `misread` drops a candidate before the choice, so that a shorter one
    it overlapped can still win (指數週二: 數週 is dropped, 週二 found)."""
    found = find_candidates(view, vague, holidays)
    if misread is not None:
        found = [cand for cand in found if not misread(cand)]
    return merge_ranges(view, merge_compound_durations(view, _outside_titles(view, select(found))))


def resolve(text: str, time_base: dt.date | dt.datetime | str | None) -> dict | None:
    """One expression string → {type, value, mod, range_start, range_end} (the eval format).
    A time_base with a time of day (2026-11-24T10:00:00) also anchors 2小时后 / 十分钟前."""
    clock = _clock_of(time_base)
    if isinstance(time_base, str):
        time_base = dt.date.fromisoformat(time_base[:10]) if time_base else None
    elif isinstance(time_base, dt.datetime):
        time_base = time_base.date()
    if re.search(r"[A-Za-z]", text) and not re.search(r"[\u4e00-\u9fff]", text):
        found = english_candidates(text)
        if not found:
            return None
        best = max(found, key=lambda c: c.end - c.start)
        timex = resolve_english(best.kind[3:], best.match, time_base)
        return timex.as_dict() if timex else None
    view = _view_of(text)
    vague = _read_pairs(Config().resources_dir / "timex_vague.txt")
    found = scan(view, vague, _read_holidays(Config().resources_dir / "timex_holidays.txt"))
    if not found:
        return None
    try:
        timex = _clock_after_its_day(found, view, time_base, clock)
        if timex is None:
            timex = resolve_candidate(max(found, key=lambda c: c.end - c.start), view, time_base, clock=clock)
    except (ValueError, OverflowError):
        return None
    return timex.as_dict() if timex else None


def _clock_after_its_day(found: list[Candidate], view: str, base: dt.date | None, clock: dt.datetime | None) -> Timex | None:
    """两天后的晚上8点 as one expression: the clock time on the day before it (as the article
    path does), else None."""
    if len(found) < 2:
        return None
    ordered = sorted(found, key=lambda c: c.start)
    day_cand, last = ordered[-2], ordered[-1]
    day, timex = resolve_candidate(day_cand, view, base, clock=clock), resolve_candidate(last, view, base, clock=clock)
    if day is None or timex is None or not _bare_clock(last, timex):
        return None
    anchored = _on_the_day_before_it(view, [(day_cand, day)], last, timex)
    return anchored if anchored is not timex else None


def _clock_of(time_base: object) -> dt.datetime | None:
    """The base's time of day, when it has one (a datetime, or an ISO string with a time)."""
    if isinstance(time_base, dt.datetime):
        return time_base.replace(tzinfo=None)
    if isinstance(time_base, str) and len(time_base) > 10:
        try:
            return dt.datetime.fromisoformat(time_base).replace(tzinfo=None)
        except ValueError:
            return None
    return None


def find_time_expressions(article: Article, resources: Resources) -> Article:
    """Stage: fill `article.time_expressions` (sorted spans into the original text).

    Three pieces of narrative context, each from the sample-article gold (tests/gold):
    - a partial date takes the last explicit or relative year named in its own or (for a day) the
      previous sentence of the same paragraph (去年…1月23日 … 。到了2月13日 → 2025-02-13), never
      across a newline, else the publication year (1月中旬 in a paragraph naming no year → 2026-01);
      a bare month takes it from its own sentence only, and a year named as a comparison base or
      starting point (去年同期, 自2020年5月以來, 1987年來) carries to nothing;
      carrying further than one sentence was tried and misreads news (a history aside's 1860
      would date 川普7月13日), see _YEAR_CARRY_SENTENCES;
    - an offset directly following a date in the same clause counts from that date
      (去年10月底「釜山會晤」一周後 → 2025-11, 2019年兩年後 → 2021, 2020年3月的兩年前 → 2018-03);
      otherwise an offset *after* (兩天後) counts from the last date mentioned in the previous two
      sentences (去年8月…。兩天後 → 2025-08), an offset *before* (5年前) from publication;
    - an offset in apposition takes the date it names (兩年前的2022年版 → 2022).
    A range (2024年1月到2025年1月) is stored as its two dates, TIMEX3-style; `resolve` gives
    the whole range for one string.
    """
    if article.lang == "en":
        article.time_expressions = find_english_time_expressions(article)
        return article
    view = article.view or _view_of(article.text, resources)
    vague = resources.get("timex_vague", load_vague)
    holidays = resources.get("timex_holidays", load_holidays)
    found: list[tuple[Candidate, Timex]] = []
    breaks = [i for i, ch in enumerate(view) if ch == "\n"]  # paragraph = text between newlines
    year_context: tuple[int, int, int] | None = None  # (paragraph, sentence, year)
    context_month: int | None = None  # the month named with that year (去年10月 → 10), if any
    last_date: tuple[int, Timex] | None = None  # (sentence, the last concrete date)
    last_year: int | None = None  # the last year the article named, for 當年 / 同年
    # 當天 points at the reported event, which is past: 會談22日落幕…明年1月29日將舉行…三國當天 → 22日.
    last_past_day: tuple[int, Timex] | None = None
    last_point_day: tuple[int, Timex] | None = None  # the last single day named (not a range's end)
    dateline_end, filed_on = dateline(view, article.published)
    names = [(m.start, m.end) for m in article.mentions if m.label in ("PERSON", "ORG")]
    word_at = _word_interiors(article.tokens)

    def misread(cand: Candidate) -> bool:
        return _inside_a_name(cand, view, names) or _cuts_a_word(cand, view, word_at)

    for cand in scan(view, vague, holidays, misread):
        sent = article.sentence_at(cand.start) if article.sentences else 0
        para = bisect.bisect_left(breaks, cand.start)
        # After a foreign desk's dateline, 今天 / 昨天 / 3天前 count from the day it filed on.
        base = filed_on if cand.start >= dateline_end else article.published
        context_year = year_context[2] if year_context and year_context[0] == para \
            and sent - year_context[1] <= _carry_reach(cand) else None
        if context_year is not None:
            context_year = _forward_year(cand, context_year, context_month, article.published)
        # Only a past date anchors 兩天後: after a coming one (川普可能贏得11月5日的選舉…一周後即將舉行) or a
        # period still running (第3季…外資估5年後), the offset counts from the day of writing.
        anchor = last_date[1] if last_date and sent - last_date[0] <= 2 and len(last_date[1].value) >= 7 \
            and _already_over(last_date[1], article.published) else None
        if anchor is None and last_date and sent - last_date[0] <= 2 and _counts_years(cand) \
                and _past_year(last_date[1], article.published):
            anchor = last_date[1]  # 一九九六年，柯林頓…，廿八年後 → 2024 (a year anchors a count of years)
        adjacent = _adjacent_date(view, found, cand)
        if cand.kind == "anaphor" and _same_day_rule(view, cand):
            continue
        if cand.kind == "anaphor":
            recent = last_past_day[1] if last_past_day and sent - last_past_day[0] <= 3 else None
            if last_point_day and sent - last_point_day[0] <= 3 and _told_as_coming(view, cand):
                recent = last_point_day[1]  # 8月27日舉行記者會，隔天…將接力 → the 28th, though after publication
            if (recent is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", recent.value or "")) \
                    and _anaphor_word(cand.match) in _PARAGRAPH_DAY_WORDS and _opens_paragraph(view, cand.start):
                recent = _last_past_full_day(found, article.published)
            if recent is None and last_date is None and last_past_day is None and base is not None \
                    and _anaphor_word(cand.match) in _SCENE_DAY_WORDS and _opens_clause(view, cand.start):
                # 当天，… opening a CCTV item before any date is named: the day it went on air (or
                # the dateline's day), as 今天 would be.
                recent = Timex("DATE", base.isoformat(), None, base, base)
            timex = _anaphor_time(cand.match, resolve_anaphor(_anaphor_word(cand.match), recent, last_year))
            if timex:
                found.append((cand, timex))
                if re.fullmatch(r"\d{4}", timex.value):
                    year_context = (para, sent, int(timex.value))  # 《法新社》同年4月: 同年 names the year
                    context_month = None
                if timex.range_start and re.fullmatch(r"\d{4}-\d\d-\d\d", timex.value):
                    last_date = last_point_day = (sent, timex)  # 隔天…，當天將發放: the next counts from this one
                    if article.published is None or timex.range_start <= article.published:
                        last_past_day = (sent, timex)
            continue
        for part, timex in _resolve_in_context(cand, view, base, context_year, anchor, adjacent):
            if timex.year:
                if not view.startswith(("以来", "以後", "以后", "来", "同期", "同月"), part.end):
                    # 自2020年5月以來…聯準會9月降息 / 和去年同期相比…較8月: 9月 / 8月 are this year's
                    year_context = (para, sent, timex.year)
                    month = re.match(r"\d{4}-(\d\d)", timex.value or "")
                    context_month = int(month.group(1)) if month else None
                last_year = timex.year
            if timex.type == "TIME" and not _bare_clock(part, timex) and re.match(r"\d{4}-\d\d-\d\dT", timex.value or ""):
                # 5日上午9時，習近平來到…。下午，… : a time on a named day sets the scene like the day
                last_date = last_point_day = (sent, _day_of(timex))
                if article.published is None or timex.range_start <= article.published:
                    last_past_day = last_date
            if timex.type == "DATE" and timex.value and timex.value[:4].isdigit() and timex.range_start:
                last_date = (sent, timex)
                if cand.kind != "range" and re.fullmatch(r"\d{4}-\d\d-\d\d", timex.value):
                    last_point_day = (sent, timex)  # 公布8月28日到12月18日的規劃 is a period, no scene
                if (article.published is None or timex.range_start <= article.published) \
                        and not _FUTURE_BEFORE.search(view[max(0, part.start - 4):part.start]):
                    # 朗格22日表示，他將於23日提議…。歐盟委員會同一天發表聲明: a day told as coming
                    # (將於23日) is no scene that 同一天 / 當天 can point back to.
                    last_past_day = (sent, timex)
            timex = _national_day_of_taiwan(view, part, timex, article.region)
            timex = _after_midnight(view, part, timex)
            if _bare_clock(part, timex):
                timex = _on_the_day_before_it(view, found, part, timex)
                if _opens_its_sentence(article, view, sent, part):
                    timex = _on_the_scene_day(part, timex, scene_day(last_date, sent, base))
                timex = _habitual(view, part, timex)
                timex = _range_end_clock(view, found, part, timex)
            found.append((part, timex))
    _apposition(view, found)
    _on_the_coming_event(view, found, article.published)
    article.time_expressions = [
        TimeExpression(
            article_id=article.article_id,
            start=cand.start,
            end=cand.end,
            text=article.text[cand.start:cand.end],
            type=timex.type,
            value=timex.value,
            mod=timex.mod,
            range_start=timex.range_start,
            range_end=timex.range_end,
        )
        for cand, timex in found
    ]
    return article


# A wire dateline opening the story, on the view: (中央社記者顏若瑾柏林6日專電),
# (中央社華盛頓16日綜合外電報導), 〔記者…／台北報導〕.
DATELINE = re.compile(r"\s*[(〔【][^()〔〕【】\n]{2,40}?(?:电|報導|报导|报道)[)〕】]")
_DATELINE_DAY = re.compile(r"(\d{1,2})日")
# A foreign desk files a day or two before the Taipei edition carries it; a larger gap is
# a misread day, not a time zone.
MAX_DATELINE_LAG = 2


def dateline(view: str, published: dt.date | None) -> tuple[int, dt.date | None]:
    """Where a wire dateline opening the story ends (0 when there is none) and the day it was
    filed on.  A foreign desk files on its own day: in (中央社華盛頓23日綜合外電報導) published on
    the 24th, 美國檢方今天指出 is the 23rd.  In 645 of the 9,074 Taiwan corpus articles the
    dateline's day lies before publication and the story says 今天 or 昨天.  The filing day is
    the publication day when the dateline names no day or one more than two days back."""
    m = DATELINE.match(view)
    if m is None:
        return 0, published
    day = _DATELINE_DAY.search(m.group())
    if day is None or published is None:
        return m.end(), published
    for back in range(MAX_DATELINE_LAG + 1):
        filed = published - dt.timedelta(days=back)
        if filed.day == int(day.group(1)):
            return m.end(), filed
    return m.end(), published


_CLOCK_GAP = re.compile(r"[\s\d:：—\-–~至到时点的]*")  # 两天后的晚上8点, 5日的24时


def _day_of(timex: Timex) -> Timex:
    day = dt.date.fromisoformat(timex.value[:10])
    return Timex("DATE", day.isoformat(), None, day, day)


def _bare_clock(cand: Candidate, timex: Timex) -> bool:
    """A clock time or part of day that names no day (15时20分许, 24时, 下午): its day comes from
    the publication date unless the context names one (the rules below)."""
    g = cand.match.groupdict() if cand.kind == "date" and cand.match else {}
    return timex.type == "TIME" and bool(timex.value) and bool(g.get("clock") or g.get("tod")) \
        and not (g.get("day") or g.get("month") or g.get("week") or g.get("year"))


def _range_end_clock(view: str, found: list[tuple[Candidate, Timex]], cand: Candidate, timex: Timex) -> Timex:
    """下午1點到5點: the range's second clock time, on no day of its own, keeps the first one's day
    (or its lack of one) and half of the day: XXXX-XX-XXT13:00 … T17:00."""
    if not found or "T" not in (timex.value or ""):
        return timex
    prev_cand, prev = found[-1]
    if prev.type != "TIME" or not re.match(r".{10}T\d\d", prev.value or "") \
            or not _RANGE_JOIN.fullmatch(view[prev_cand.end:cand.start]):
        return timex
    moved = Timex("TIME", prev.value[:10] + timex.value[timex.value.index("T"):], timex.mod,
                  prev.range_start, prev.range_end, year=timex.year)
    return _same_half_of_day(prev.value, moved)


def _habitual(view: str, cand: Candidate, timex: Timex) -> Timex:
    """有时候做到凌晨4点才下班: a clock time in a clause that tells a habit (有时候, 经常, 每天 …;
    resources/timex_context_words.tsv, habitual) is on no particular day: XXXX-XX-XXT04:00."""
    if "T" not in (timex.value or "") or not any(w in _clause_before(view, cand.start)
                                                 for w in context_words().get("habitual", ())):
        return timex
    return Timex("TIME", "XXXX-XX-XX" + timex.value[timex.value.index("T"):], timex.mod)


def _same_half_of_day(first: str, timex: Timex) -> Timex:
    """晚間10時到11時30分: a range's second clock time, given without 晚間, is still in the evening."""
    first_hour, hour = re.match(r".{10}T(\d\d)", first), re.match(r"(.*T)(\d\d)(:\d\d)$", timex.value or "")
    if not first_hour or not hour or not 12 <= int(first_hour.group(1)) < 24 or int(hour.group(2)) >= 12 \
            or int(hour.group(2)) + 12 < int(first_hour.group(1)):
        return timex
    value = f"{hour.group(1)}{int(hour.group(2)) + 12:02d}{hour.group(3)}"
    return Timex(timex.type, value, timex.mod, timex.range_start, timex.range_end, year=timex.year)


def _clock_on(day: Timex, timex: Timex) -> Timex:
    """The clock time moved onto `day` (a full calendar date)."""
    value = day.value + timex.value[timex.value.index("T"):] if "T" in timex.value else timex.value
    return Timex("TIME", value, timex.mod, day.range_start, day.range_end, year=timex.year)


def _on_the_day_before_it(view: str, found: list[tuple[Candidate, Timex]], cand: Candidate, timex: Timex) -> Timex:
    """A bare clock time right after a day (2月19日0—24时, 2月19日 24时): that day, not the
    publication date."""
    if not found:
        return timex
    prev_cand, prev = found[-1]
    gap = view[prev_cand.end:cand.start]
    if prev.type == "TIME" and prev.value and re.match(r"\d{4}-\d\d-\d\dT", prev.value) and re.search(r"[到至—–~\-]", gap):
        # 十五日凌晨一時五十九分到下午一時卅一分: a range's second time is on the first one's day
        day = dt.date.fromisoformat(prev.value[:10])
        timex = _same_half_of_day(prev.value, timex)
        prev = Timex("DATE", day.isoformat(), None, day, day)
    if prev.type != "DATE" or not prev.value or not re.fullmatch(r"\d{4}-\d\d-\d\d", prev.value) \
            or not _CLOCK_GAP.fullmatch(gap) or cand.start - prev_cand.end > 6:
        return timex
    return _clock_on(prev, timex)


_SCENE_DAYS = 7  # how far from publication a named day may lie and still be "the day of the story"


def scene_day(last_date: tuple[int, Timex] | None, sent: int, published: dt.date | None) -> Timex | None:
    """The day the story is set on, for a clock time that names none: a full date named in this
    or the previous two sentences (across a paragraph break), in the week up to publication
    (a coming holiday, 春节即将来临 … 28日 … 下午4时许, is no scene)."""
    if not last_date or sent - last_date[0] > 2 or published is None:
        return None
    day = last_date[1]
    if not day.value or not re.fullmatch(r"\d{4}-\d\d-\d\d", day.value) or day.range_start is None:
        return None
    return day if 0 <= (published - day.range_start).days <= _SCENE_DAYS else None


def _opens_its_sentence(article: Article, view: str, sent: int, cand: Candidate) -> bool:
    """Scene-setting clock times open their sentence (15时20分许，习近平抵达…); one inside a
    clause (中選會預估凌晨2點前可宣布結果) is about something else, often the future."""
    if not article.sentences:
        return False
    return not view[article.sentences[sent].start:cand.start].strip()


def _on_the_scene_day(cand: Candidate, timex: Timex, day: Timex | None) -> Timex:
    """当地时间15日，…仪式。 15时20分许，…抵达 (CCTV, published on the 16th): a bare clock time is
    on the 15th, the day the report has just named, not the publication date (今天下午3时 names
    its own day)."""
    if day is None or "T" not in timex.value or cand.match.groupdict().get("drel") \
            or timex.value.startswith(day.value):
        return timex
    return _clock_on(day, timex)


# 中選會預估凌晨2點前可宣布結果 / 午夜12點前宣布: a forecast of a clock time (these cues in its
# clause, or a deadline 前 after it) is about the night of the coming event, not of publication.
_FORECAST = re.compile(r"预估|预计|预期|预料|希望|可望|估计|最快|最晚|最迟")
_EVENT_HORIZON_DAYS = 60  # a coming event the article names, at most two months ahead


def _on_the_coming_event(view: str, found: list[tuple[Candidate, Timex]], published: dt.date | None) -> None:
    """A bare night-time clock (凌晨2點, 午夜12點) forecast in its clause takes the night of the one
    coming day the article names (九合一 on 11月24日, article of 11-09: 午夜12點 → 11-24T24:00,
    凌晨2點 → 11-25T02:00, the small hours after it).  With no, or more than one, coming day the
    publication date stays (nothing says which night)."""
    if published is None:
        return
    coming = {t.value for _, t in found if t.type == "DATE" and t.value and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value)
              and 0 < (dt.date.fromisoformat(t.value) - published).days <= _EVENT_HORIZON_DAYS}
    if len(coming) != 1:
        return
    event = dt.date.fromisoformat(coming.pop())
    for i, (cand, timex) in enumerate(found):
        if not (_bare_clock(cand, timex) and timex.value.startswith(published.isoformat())):
            continue
        tod = cand.match.group("tod") or ""
        deadline = view.startswith(("前", "之前"), cand.end)  # 午夜12點前宣布: by then, a coming night
        if tod not in ("凌晨", "午夜", "半夜", "深夜") or not (deadline or _FORECAST.search(_clause_before(view, cand.start))):
            continue
        small_hours = tod == "凌晨" or not timex.value.endswith("T24:00") and timex.value[11:13] < "06"
        day = event + dt.timedelta(days=1) if small_hours else event
        found[i] = (cand, _clock_on(Timex("DATE", day.isoformat(), None, day, day), timex))


def _carry_reach(cand: Candidate) -> int:
    """How many sentences back a named year reaches: a day (2月13日) takes it from the previous
    sentence too (the sample article's 去年…。到了2月13日), a bare month (10月房租CPI, 8月底開始施打)
    only from its own — in a survey of unseen articles a year carried into the next sentence's
    bare month was wrong more often than right."""
    g = cand.match.groupdict() if cand.kind == "date" and cand.match else {}
    return _YEAR_CARRY_SENTENCES if g.get("day") or cand.kind != "date" else 0


def _counts_years(cand: Candidate) -> bool:
    """廿八年後 (counted from a year the story names), not 過30年之後 (counted from now)."""
    return cand.kind == "duration" and _DUR_UNITS[cand.match.group("unit")][0] == "Y" and not cand.match.group("pre")


def _past_year(timex: Timex, published: dt.date | None) -> bool:
    """A year already past can anchor a count of years; a target year (2050淨零) cannot."""
    return bool(re.fullmatch(r"\d{4}", timex.value or "")) and (published is None or int(timex.value) <= published.year)


def _inside_a_name(cand: Candidate, view: str, names: list[tuple[int, int]]) -> bool:
    """陳國慶同志 is a man, not National Day, and 光明日報 a paper: a time word inside a name is part
    of it.  One with a numeral stays (莫拉萊斯2號表示: the tagger ran the name on into the day)."""
    if _HAS_NUMERAL.search(view, cand.start, cand.end):
        return False
    return any(start <= cand.start and cand.end <= end for start, end in names)


_HAS_NUMERAL = re.compile(rf"[\d{_CN_NUM}]")
_HAS_DIGIT = re.compile(r"\d")


def _word_interiors(tokens: list) -> dict[int, int]:
    """Offset → index of the jieba word it falls strictly inside (after the word's first character),
    built once per article so that each candidate's check is two lookups."""
    return {pos: k for k, tok in enumerate(tokens) for pos in range(tok.start + 1, tok.end)}


def _cuts_a_word(cand: Candidate, view: str, word_at: dict[int, int]) -> bool:
    """很多年輕朋友 has no 多年 in it, 指數週二 no 數週, 提早前往 no 早前: a time word read from the tail of
    one word and the head of the next.  Cutting one side only is common and right (20年來, 7月間,
    2014年華茲 — jieba joins the particle or name to the unit), so both sides must be cut, by two
    different words."""
    if _HAS_DIGIT.search(view, cand.start, cand.end):
        return False  # 於今(2024)年度: jieba's 於今 and 年度 cut a date written in digits, which no word hides
    cut_at_start, cut_at_end = word_at.get(cand.start), word_at.get(cand.end)
    # One word around the whole of it is a phrase in jieba's dictionary (從今天起), not a cut.
    return cut_at_start is not None and cut_at_end is not None and cut_at_start != cut_at_end


def _national_day_of_taiwan(view: str, cand: Candidate, timex: Timex, region: str | None) -> Timex:
    """國慶 in Taiwan news is 10 October (國慶大會, 國慶日), unless the text names the PRC's
    (中共國慶, 大陸國慶: 1 October, the holiday table's date)."""
    if region != "TW" or cand.kind != "holiday" or cand.match.group("name") not in ("国庆", "国庆节") \
            or view[max(0, cand.start - 2):cand.start] in _PRC_NAMES or timex.range_start is None:
        return timex
    day = timex.range_start.replace(month=10, day=10)
    return Timex("DATE", day.isoformat(), None, day, day)


_PRC_NAMES = ("中共", "中国", "大陆", "北京", "对岸")


def _already_over(timex: Timex, published: dt.date | None) -> bool:
    """The whole of the date lies before publication (a story told in the past)."""
    return published is None or (timex.range_end is not None and timex.range_end < published)


def _after_midnight(view: str, cand: Candidate, timex: Timex) -> Timex:
    """午夜過後開始投票: just after midnight is the start of that day (T00:00), not its end."""
    if cand.kind != "date" or cand.match.group("tod") != "午夜" or cand.match.group("clock") \
            or not (timex.value or "").endswith("T24:00") or not view.startswith(("过后", "后", "以后"), cand.end):
        return timex
    return Timex("TIME", timex.value[:-5] + "00:00", timex.mod, timex.range_start, timex.range_end, year=timex.year)


def _told_as_coming(view: str, cand: Candidate) -> bool:
    """隔天，國民黨中央將接力… / 當天將發放: a future marker in the anaphor's own clause (the next
    one when the anaphor stands alone before a comma); 三國當天發表聲明說，三方將… is past."""
    after = view[cand.end:cand.end + 60]
    rest = re.split(r"[,，。！？!?;；\n]", after[1:] if after[:1] in ",，" else after)[0]
    around = _clause_before(view, cand.start) + rest
    return any(word in around for word in context_words().get("coming_marker", ()))


def _same_day_rule(view: str, cand: Candidate) -> bool:
    """公投應與大選同日舉行 / 必須在同一天舉辦: a rule that two things share a day, not a day."""
    if _anaphor_word(cand.match) not in ("同日", "同一天", "同一日"):
        return False
    clause = _clause_before(view, cand.start)
    return any(word in clause for word in context_words().get("rule_modal", ()))


def _days_before_an_event(m: re.Match) -> bool:
    """投票日前1日 / 選前3日 / 提前2日: 前 then N日 after an event word counts days before it (as
    選前1天 does), not the 1st of a month; 目前 / 日前 are words of their own, so no offset."""
    if m.group("pre") != "前":
        return False
    at = m.start("pre")
    before = m.string[max(0, at - 1):at]
    if before == "日":  # 投票日前1日, not 日前 (recently): the 日 ends a named day
        return m.string[max(0, at - 2):at - 1] in _DAY_NOUN_ENDS
    return bool(before) and before not in "目此先之以年月" and "\u4e00" <= before <= "\u9fff"


def _clause_before(view: str, start: int) -> str:
    """The text from the last clause break up to `start`."""
    head = view[max(0, start - 40):start]
    return re.split(r"[,，。.!?！？;；\n]", head)[-1]


def _adjacent_date(view: str, found: list[tuple[Candidate, Timex]], cand: Candidate) -> Timex | None:
    """The date an offset directly follows, in the same clause (去年10月底「釜山會晤」一周後):
    the expression right before it, a resolved calendar date, with no clause break between."""
    if cand.kind != "duration" or cand.no_offset or not found:
        return None
    if not re.search(r"[前后]", cand.match.group("suffix") or ""):
        return None
    if view[cand.end:cand.end + 1] == "后":  # 27日前后: "around", not an offset
        return None
    prev_cand, prev = found[-1]
    if prev.type != "DATE" or not prev.value or not re.fullmatch(r"\d{4}(?:-\d\d){0,2}", prev.value) \
            or prev.range_start is None or prev.range_end is None or prev_cand.kind not in ("date", "numeric"):
        return None
    if prev_cand.kind == "date" and (prev_cand.match.group("drel") or prev_cand.match.group("week")):
        return None  # 今天對3年前: that is counting from publication, as before
    if len(prev.value) == 4 and (prev_cand.kind != "date" or prev_cand.match.group("yrel")):
        return None  # 今年總統大選投票僅一週前: the offset counts from the event, not from 今年
    gap = view[prev_cand.end:cand.start]
    if len(gap) > 12 or re.search(r"[,，。.!?！？;；:：、\n]", gap):
        return None
    return prev


def _resolve_in_context(cand: Candidate, view: str, base: dt.date | None, context_year: int | None,
                        anchor: Timex | None, adjacent: Timex | None = None) -> list[tuple[Candidate, Timex]]:
    """Bad input is data: an impossible date (2月30日, 3000年前) is skipped, never a crash."""
    try:
        return _resolve_parts(cand, view, base, context_year, anchor, adjacent)
    except (ValueError, OverflowError):
        return []


def _resolve_parts(cand: Candidate, view: str, base: dt.date | None, context_year: int | None,
                   anchor: Timex | None, adjacent: Timex | None = None) -> list[tuple[Candidate, Timex]]:
    if cand.kind == "range":
        first_cand, second_cand = cand.parts
        first = resolve_candidate(first_cand, view, base, context_year)
        if first is None:
            return []
        second = _inherit(first_cand, second_cand, first) or \
            resolve_candidate(second_cand, view, base, first.year or context_year)
        return [(first_cand, first)] + ([(second_cand, second)] if second else [])
    timex = resolve_after_anchor(cand.match, adjacent, -1 if "前" in cand.match.group("suffix") else 1) \
        if adjacent is not None else None
    if timex is not None:
        pass  # 去年10月底「釜山會晤」一周後: counted from the date it directly follows
    elif cand.kind == "duration" and "后" in (cand.match.group("suffix") or "") and anchor is not None \
            and not cand.no_offset:
        timex = resolve_after_anchor(cand.match, anchor)
    else:
        timex = resolve_candidate(cand, view, base, context_year)
    return [(cand, timex)] if timex else []


def _anaphor_word(m: re.Match) -> str:
    return m.group("w") or m.group("wy")


def _anaphor_time(m: re.Match, day: Timex | None) -> Timex | None:
    """當天下午 → that day TAF; 當晚8時 → that day T20:00 (the evening makes 8 p.m.)."""
    tail = m.group("tail") if m.group("w") else ""
    if not tail or day is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", (day.value or "")[:10]):
        return day
    g = _DATE.fullmatch(tail)
    if g is None:
        return day
    groups = dict(g.groupdict())
    if m.group("w") == "当晚" and not groups["tod"]:
        groups["tod"] = "晚上"
    date_only = Timex("DATE", day.value[:10], None, day.range_start, day.range_end)
    return _with_time(groups, date_only)


def _last_past_full_day(found: list[tuple[Candidate, Timex]], published: dt.date | None) -> Timex | None:
    """The last full calendar day (not a year or a range) named so far, on or before publication."""
    for _, timex in reversed(found):
        if timex.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", timex.value or "") \
                and (published is None or timex.range_start <= published):
            return timex
    return None


def _forward_year(cand: Candidate, year: int, month: int | None, published: dt.date | None) -> int:
    """去年10月民眾黨提案…。所以1月26日審議預算時 (published 2021-02-07): a day whose month comes
    before the month the carried year was named with cannot follow it in that year; the story has
    run on, to the latest year in which the day is not after publication (2021-01-26; 2015年11月
    …恐袭后…。10月31日，法国推出新 in December 2017 → 2017-10-31).  With no such year the carried
    year stands.  On 121 corpus articles with the pattern: 13 of 14 such days right (were 0)."""
    g = cand.match.groupdict() if cand.kind == "date" and cand.match else {}
    if month is None or published is None or g.get("year") or not g.get("mn") or not g.get("dn"):
        return year
    m, d = to_int(g["mn"]), to_int(g["dn"])
    if not m or not d or m >= month:
        return year
    for later in range(published.year, year, -1):
        try:
            if dt.date(later, m, d) <= published:
                return later
        except ValueError:
            continue
    return year


def _opens_paragraph(view: str, start: int) -> bool:
    before = view[:start].rstrip(" \u3000\t")
    return not before or before[-1] == "\n"


def _opens_clause(view: str, start: int) -> bool:
    """Nothing but a break before `start` in its clause (当天，… but not 大選當日, the day of the vote)."""
    before = view[:start].rstrip(" \u3000\t")
    return not before or before[-1] in "\n。！？；，,：:!?;"


def resolve_anaphor(word: str, last_date: Timex | None, last_year: int | None) -> Timex | None:
    """當天 / 同一天 → the last day the article named; 次日 / 前一天 → one day after / before it;
    當年 / 同年 → the last year it named (澳方愿意秉持当年澳中建交初心 after 1972年 → 1972);
    隔年 / 翌年 / 次年 → the year after it."""
    if word in _ANAPHOR_YEARS:
        if last_year is None:
            return None
        year = last_year + _ANAPHOR_YEARS[word]
        start, end = year_range(year)
        return Timex("DATE", str(year), None, start, end)
    if last_date is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", last_date.value[:10] or ""):
        return None
    day = dt.date.fromisoformat(last_date.value[:10]) + dt.timedelta(days=_ANAPHOR_DAYS.get(word, 0))
    if word == "当晚":
        return Timex("TIME", day.isoformat() + "TNI", None, day, day)
    return Timex("DATE", day.isoformat(), None, day, day)


def resolve_after_anchor(m: re.Match, anchor: Timex, sign: int = 1) -> Timex | None:
    """兩天後 after 去年8月 → 2025-08: the anchor's middle day plus the offset, written at the
    anchor's precision (a month stays a month); sign -1 counts back (2020年3月的兩年前 → 2018-03)."""
    unit, factor = _DUR_UNITS[m.group("unit")]
    amount = to_number(m.group("num").split("、")[0])
    if amount is None or anchor.range_start is None or anchor.range_end is None:
        return None
    amount *= factor * sign
    middle = anchor.range_start + (anchor.range_end - anchor.range_start) / 2
    if unit in ("Y", "M"):
        months = round(amount * (12 if unit == "Y" else 1))
        year, month = shift_months(middle.year, middle.month, months)
        day = dt.date(year, month, min(middle.day, calendar.monthrange(year, month)[1]))
    else:
        day = middle + dt.timedelta(days=round(amount * {"W": 7, "D": 1}.get(unit, 0)))
    precision = len(anchor.value.split("/")[0])
    mod = None
    if sign < 0:  # 6月27日…的1個月前 → 2024-05 APPROX: counting back, no finer than the offset's unit
        precision = min(precision, {"Y": 4, "M": 7}.get(unit, 10))
        mod = "APPROX" if unit in _APPROX_OFFSET_UNITS else None  # as 5年前 from publication
    if precision >= 10:
        return Timex("DATE", day.isoformat(), None, day, day)
    if precision == 7:
        start, end = month_range(day.year, day.month)
        return Timex("DATE", f"{day.year}-{day.month:02d}", mod, start, end)
    start, end = year_range(day.year)
    return Timex("DATE", str(day.year), mod, start, end)


def _apposition(view: str, found: list[tuple[Candidate, Timex]]) -> None:
    """An offset restated by the date right after it names that date:
    兩年前的2022年版 → 2022; 剛開始3天後，川普就在1月23日 → 2025-01-23 (a day offset followed,
    in the same clause or the next, by a day)."""
    for i in range(len(found) - 1):
        cand, timex = found[i]
        nxt_cand, nxt = found[i + 1]
        if cand.kind != "duration" or timex.type != "DATE" or nxt.type != "DATE" or not nxt.value:
            continue
        if _restates(view[cand.end:nxt_cand.start], cand, nxt):
            found[i] = (cand, Timex("DATE", nxt.value, None, nxt.range_start, nxt.range_end))


def _restates(gap: str, cand: Candidate, nxt: Timex) -> bool:
    """Whether the date after an offset, `gap` between them, names the offset's date: joined by
    的, or a day offset followed by a full day in the same or the next clause."""
    if gap == "的":
        return True
    return bool(_DAY_UNITS.match(cand.match.group("unit")) and len(gap) <= 6
                and not re.search(r"[。!?！？;；\n]", gap) and re.fullmatch(r"\d{4}-\d\d-\d\d", nxt.value))


# How far a named year carries inside its paragraph, in sentences.  Unbounded carry reads
# 川普7月13日 as 1860 after a history aside; news re-anchors on publication within a few sentences.
_YEAR_CARRY_SENTENCES = 1

_DAY_UNITS = re.compile(r"天|日|周|星期|个星期")


# --------------------------------------------------------------------------- English
# English articles (lang == "en") get a small grammar of their own: the forms political news
# writes (on Tuesday, Feb. 5, 2026, last week, three years ago, the 1990s, 10 a.m.).

_EN_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_EN_MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
               r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_EN_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_EN_WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_EN_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
               "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "several": None, "a few": None, "few": None}
_EN_NUM_RE = r"(?:\d+(?:\.\d+)?|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" \
             r"fifteen|twenty|thirty|forty|fifty|hundred)"
_EN_UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "MIN", "decade": "Y",
             "century": "Y"}
_EN_UNIT_FACTOR = {"decade": 10, "century": 100}

_EN_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("mdy", re.compile(rf"\b(?:(?P<wd>{_EN_WEEKDAY_RE}),?\s+)?(?P<mon>{_EN_MONTH_RE})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b"
                       rf"(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?")),
    ("dmy", re.compile(rf"\b(?P<d>[0-3]?\d)\s+(?P<mon>{_EN_MONTH_RE})(?:\s+(?P<y>(?:19|20)\d\d))?\b")),
    ("my", re.compile(rf"\b(?:(?P<part>early|mid|late)[- ])?(?P<mon>{_EN_MONTH_RE})(?:\s+of)?\s+(?P<y>(?:19|20)\d\d)\b")),
    # "an October CNN interview", "In September": the article and a capital In open the month too.
    ("month", re.compile(rf"\b(?:(?P<rel>(?i:last|next|this|early|mid|late|in|since|until|by)|an?)[- ])(?P<mon>{_EN_MONTH_RE})\b(?!\s+\d)")),
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("us", re.compile(r"\b(?P<m>1[0-2]|0?[1-9])/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)\d\d)\b")),
    ("decade", re.compile(r"\b(?:the\s+)?(?P<y>(?:19|20)\d0)s\b")),
    ("year", re.compile(r"\b(?:(?P<part>early|mid|late)[- ])?(?P<y>(?:19|20)\d\d)\b(?![-/.]\d|,\d|\s*(?:percent|%))")),
    ("weekday", re.compile(rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<wd>{_EN_WEEKDAY_RE})\b")),
    ("relday", re.compile(r"\b(?P<w>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|[Ll]ast night)\b(?! Show)")),
    ("relper", re.compile(r"\b(?P<rel>this|last|next|earlier this|later this)\s+(?P<u>year|month|week|spring|summer|fall|autumn|winter)\b", re.IGNORECASE)),
    ("ago", re.compile(rf"\b(?P<n>{_EN_NUM_RE})\s+(?P<u>year|month|week|day|decade)s?\s+ago\b", re.IGNORECASE)),
    ("duration", re.compile(rf"\b(?:(?P<mod>more than|over|nearly|almost|about|at least|less than)\s+)?"
                            rf"(?P<n>{_EN_NUM_RE})[- ](?P<u>year|month|week|day|hour|minute|decade|centur(?:y|ie))s?\b(?![- ]old)")),
    ("clock", re.compile(r"\b(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)", re.IGNORECASE)),
    ("vague", re.compile(r"\b(?P<w>now|currently|recently|previously|formerly|nowadays|in the past|in the future|soon)\b", re.IGNORECASE)),
]
_EN_VAGUE = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "recently": "PAST_REF",
             "previously": "PAST_REF", "formerly": "PAST_REF", "in the past": "PAST_REF", "in the future": "FUTURE_REF",
             "soon": "FUTURE_REF"}
_EN_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_EN_PRIORITY = {name: i for i, (name, _) in enumerate(_EN_PATTERNS)}


def _en_number(word: str) -> float | None:
    word = word.lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    return _EN_NUMBERS.get(word)


def resolve_english(kind: str, m: re.Match, base: dt.date | None) -> Timex | None:
    g = m.groupdict()
    month = _EN_MONTHS.get((g.get("mon") or "").lower().rstrip("."))
    if kind in ("mdy", "dmy", "iso", "us"):
        month = month or int(g["m"])
        day_n = int(g["d"])
        year_n = int(g["y"]) if g.get("y") else (base.year if base else None)
        if year_n is None:
            return Timex("DATE", f"XXXX-{month:02d}-{day_n:02d}")
        return _day_timex(year_n, month, day_n)
    if kind == "my":
        mod = {"early": "START", "mid": "MID", "late": "END"}.get((g["part"] or "").lower())
        y = int(g["y"])
        start, end = third_of_month(y, month, mod) if mod else month_range(y, month)
        return Timex("DATE", f"{y}-{month:02d}", mod, start, end)
    if kind == "month":
        rel = g["rel"].lower()
        if base is None:
            return Timex("DATE", None)
        y = base.year + (1 if rel == "next" and month <= base.month else -1 if rel == "last" and month >= base.month else 0)
        if rel in ("a", "an") and month > base.month:
            y -= 1  # an October interview, written in March: the one before (an event reported, so past)
        mod = {"early": "START", "mid": "MID", "late": "END"}.get(rel)
        start, end = third_of_month(y, month, mod) if mod else month_range(y, month)
        return Timex("DATE", f"{y}-{month:02d}", mod, start, end)
    if kind == "decade":
        y = int(g["y"])
        return Timex("DATE", str(y // 10), None, dt.date(y, 1, 1), dt.date(y + 9, 12, 31))
    if kind == "year":
        y = int(g["y"])
        mod = {"early": "START", "mid": "MID", "late": "END"}.get((g["part"] or "").lower())
        start, end = third_of_year(y, mod) if mod else year_range(y)
        return Timex("DATE", str(y), mod, start, end)
    if kind == "weekday":
        wd = _EN_WEEKDAYS[g["wd"].lower()]
        if base is None:
            return Timex("DATE", f"XXXX-WXX-{wd + 1}")
        rel = (g["rel"] or "").lower()
        if rel == "last":
            day = base - dt.timedelta(days=(base.weekday() - wd) % 7 or 7)
        elif rel == "next":
            day = base + dt.timedelta(days=(wd - base.weekday()) % 7 or 7)
        else:
            day = nearest_weekday(base, wd)
        return _day_timex(day.year, day.month, day.day)
    if kind == "relday":
        if base is None:
            return Timex("DATE", None)
        w = g["w"].lower()
        shift = {"today": 0, "tonight": 0, "yesterday": -1, "last night": -1, "tomorrow": 1}[w]
        day = base + dt.timedelta(days=shift)
        if w in ("tonight", "last night"):
            return Timex("TIME", day.isoformat() + "TNI", None, day, day)
        return _day_timex(day.year, day.month, day.day)
    if kind == "relper":
        if base is None:
            return Timex("DATE", None)
        rel, unit = g["rel"].lower(), g["u"].lower()
        shift = {"last": -1, "next": 1}.get(rel, 0)
        if unit == "year":
            return year_range_timex(base.year + shift)
        if unit == "month":
            y, mo = shift_months(base.year, base.month, shift)
            start, end = month_range(y, mo)
            return Timex("DATE", f"{y}-{mo:02d}", None, start, end)
        if unit == "week":
            monday = week_start(base) + dt.timedelta(weeks=shift)
            return Timex("DATE", iso_week(monday), None, monday, monday + dt.timedelta(days=6))
        code = _EN_SEASONS[unit]
        return Timex("DATE", f"{base.year + shift}-{code}")
    if kind == "ago":
        amount = _en_number(g["n"])
        unit = g["u"].lower()
        if amount is not None:
            amount *= _EN_UNIT_FACTOR.get(unit, 1)
        return resolve_offset(amount, _EN_UNITS[unit], -1, base, None)
    if kind == "duration":
        amount = _en_number(g["n"])
        unit = g["u"].lower().replace("centurie", "century")
        if amount is not None:
            amount *= _EN_UNIT_FACTOR.get(unit, 1)
        mod = {"more than": "MORE_THAN", "over": "MORE_THAN", "nearly": "APPROX", "almost": "APPROX",
               "about": "APPROX", "at least": "EQUAL_OR_MORE", "less than": "LESS_THAN"}.get((g["mod"] or "").lower())
        return Timex("DURATION", _iso_duration(amount, _EN_UNITS[unit]), mod)
    if kind == "clock":
        hour = int(g["h"]) % 12 + (12 if g["ap"].lower().startswith("p") else 0)
        minute = int(g["mi"]) if g["mi"] else 0
        date_value = base.isoformat() if base else "XXXX-XX-XX"
        return Timex("TIME", f"{date_value}T{hour:02d}:{minute:02d}", None, base, base)
    if kind == "vague":
        return Timex("DATE", _EN_VAGUE[g["w"].lower()])
    return None


def year_range_timex(year: int) -> Timex:
    start, end = year_range(year)
    return Timex("DATE", str(year), None, start, end)


def english_candidates(text: str) -> list[Candidate]:
    found = []
    for kind, pattern in _EN_PATTERNS:
        for m in pattern.finditer(text):
            if kind == "month" and m.group("mon") == "May" and m.group("rel").lower() not in ("last", "next", "early", "mid", "late", "in"):
                continue  # "by May" is fine, "may" the verb is lower-case; keep the obvious ones
            start = m.start("mon") if kind == "month" and m.group("rel").lower() in ("in", "since", "until", "by", "a", "an") else m.start()
            found.append(Candidate(start, m.end(), "en:" + kind, m, priority=_EN_PRIORITY[kind]))
    return select(found)


def find_english_time_expressions(article: Article) -> list[TimeExpression]:
    rows = []
    for cand in english_candidates(article.text):
        try:
            timex = resolve_english(cand.kind[3:], cand.match, article.published)
        except (ValueError, OverflowError, KeyError):
            continue
        if timex is None:
            continue
        rows.append(TimeExpression(article_id=article.article_id, start=cand.start, end=cand.end,
                                   text=article.text[cand.start:cand.end], type=timex.type, value=timex.value,
                                   mod=timex.mod, range_start=timex.range_start, range_end=timex.range_end))
    return rows

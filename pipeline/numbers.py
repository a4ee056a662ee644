"""Numeric claims: value, unit, quantity, qualifier, holder, claimant and time of a number.

美軍估計截至2024年中期，中國已經擁有超過600枚可操作的核彈頭 → value 600, unit 枚,
quantity 核彈頭, qualifier >, holder 中國, claimant 美國國防部, time_value 2024.

Numbers are matched on the view (Simplified, half-width: 1,550 / ６００ / 兩成 all look the
same there) and converted by cn2an (六百 → 600, 1.5万 → 15000, 3000亿 → 3e11); the forms
cn2an does not parse — fractions (三分之一), percentages (百分之三十), tenths (兩成, 六成五) and
ranges (五、六年) — are split around their markers and each part goes to cn2an.

A number is a *claim* only when it measures something: it needs a unit or measure word
(600枚, 10年, 30%), and it is not a date, a year, a temporal offset (5年前), a time of day, an
ordinal (第2個任期), a label (F-16, 《中導條約》) or a referring count (這3個國家, 兩國).

Quantity (what is counted), in this order: the noun phrase right after the number (600枚可操作的
核彈頭 → 核彈頭, 38%的選務人員 → 選務人員; a count of people followed by a verb counts those who
did it: 15人丧生 → 丧生); else the subject before a link or change verb (交易價格為141億美元 →
交易價格; 国内生产总值增长6.6% → 国内生产总值增长), carried to the next clause of the sentence
(…吞吐量89亿吨，同比增长4% → 吞吐量同比增长); else the noun before 數量.  Words in
resources/numbers_quantity_words.txt.

English (lang en, find_english_claims): a currency ($1.5 billion, NT$88 billion), a percentage,
a measure (10 years, 300 km) or a counted plural noun (more than 600 operational warheads);
qualifier words before it; holder from a possessive, the subject of has/raised/lost…, or a
country named earlier in the clause.  Years, dates, times, ordinals and labels are skipped.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import cn2an

from pipeline.article import Article, NumericClaim
from pipeline.config import Config, Resources, data_rows

# --------------------------------------------------------------------------- numerals

_DIG = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CN_CHARS = "零〇○一二两三四五六七八九十百千万亿廿卅"  # ○: the zero of 二○二四; 廿 = 20, 卅 = 30
# Financial numerals (大寫數字: 壹佰贰拾, cheques and contracts).  伍 陆 拾 also occur in ordinary
# words (队伍, 大陆, 收拾), so a run must hold one of the unambiguous ones or be two characters long.
_FIN_CHARS = "壹贰叁参肆伍陆柒捌玖拾佰仟"  # 參 (Traditional 叁) is 参 on the view
_FIN_ANCHORS = set("壹贰叁肆柒捌玖佰仟")
_FIN_TO_PLAIN = str.maketrans({"壹": "一", "贰": "二", "叁": "三", "参": "三", "肆": "四", "伍": "五", "陆": "六", "柒": "七",
                               "捌": "八", "玖": "九", "拾": "十", "佰": "百", "仟": "千"})
_CNN = rf"[{_CN_CHARS}]+(?:点[零〇一二三四五六七八九]+(?:万亿|万|亿)?)?(?:兆(?![瓦赫帕字])[{_CN_CHARS}]*)?"
# 兆 is 10^12 in Taiwanese money (新台幣2兆元); 兆瓦 / 兆赫 are mega-units, not numbers.
_MAG = r"(?:万亿|千万|百万|十万|亿|万|千|百|兆(?![瓦赫帕字]))"  # 1万2千3百
# 96萬2826人 / 1931萬1105人 (Taiwanese statistics): digits below the last magnitude follow it.
_AR = rf"(?:{_DIG})(?:\s*{_MAG}(?:\s*(?:{_DIG})\s*{_MAG})*(?:(?<=[万亿])\d{{1,4}}(?![\d.,]))?)?"
_NUM = rf"(?:{_AR}|{_CNN})"

# One numeric expression; the alternatives are tried in this order at each position.
_NUMBER = re.compile(
    rf"""
    (?<![\d.{_CN_CHARS}])(?<!\d,)
    (?:
        百分之(?P<pct_cn>{_NUM})
      | (?:(?P<whole>{_NUM})又)?(?P<den>{_NUM})\s*分之\s*(?P<numer>{_NUM})
      | (?<![/\d])(?P<snumer>\d+)\s*/\s*(?P<sden>\d+)(?![\d/.])
      | (?P<fin>(?=[{_FIN_CHARS}零〇万亿]*[{"".join(_FIN_ANCHORS)}拾])[{_FIN_CHARS}零〇万亿]+)
      | (?P<tlow>[一二两三四五六七八九]|[1-9])\s*(?:到|至|、|~|－|-)\s*(?P<thigh>[一二两三四五六七八九]|[1-9])成
            (?![员立功果本熟长交都就年绩效型品像分了])
      | (?P<tenths>[一二两三四五六七八九]|[1-9](?:\.\d)?)成(?P<hundredths>[一二三四五六七八九半])?
            (?:(?![员立为功果本熟长交都就年绩效型品像分了])|(?<=[有占仅约近逾达][一二两三四五六七八九1-9]成)(?=为))
      | (?:(?<=[近逾约])|上)(?P<about>百|千|万|亿)
      | (?P<pair>一二|两三|二三|三四|四五|五六|六七|七八|八九)(?P<pmag>[十百千]?[万亿]?)(?=[^\d{_CN_CHARS}]|$)
      | (?P<half>一半|半数)
      | (?P<double>翻一番|翻番|倍翻|倍增|翻两番)
      | (?P<low>{_NUM})\s*(?:%(?!\s*、))?\s*(?P<sep>、|至|到|-|~|－|—)\s*(?P<high>{_NUM})  # 51%、52%: two figures
      | (?P<andhalf>{_NUM})个半(?=[^\d{_CN_CHARS}]|$)
      | (?P<yi>[一二两三四五六七八九十几]{{1,2}})个亿
      | (?P<single>{_NUM})
    )
    """,
    re.VERBOSE,
)

_FRACTION_PLACES = 4  # 三分之一 → 0.3333, as the SPEC writes it


def _fraction(value: float) -> float:
    """Four decimal places (三分之一 → 0.3333), or four significant digits below 0.01, so that
    千分之三 (0.003) and 万分之五 (0.0005) keep their value."""
    return round(value, _FRACTION_PLACES) if abs(value) >= 0.01 else float(f"{value:.4g}")


@lru_cache(maxsize=8192)
def numeral_value(text: str) -> float | None:
    """One numeral → float: 1,550 → 1550, 六百 → 600, 1.5万 → 15000, 二〇二六 → 2026.

    cn2an's "smart" mode reads Arabic, Chinese and mixed numerals; commas are ours to strip.
    """
    text = text.replace(",", "").replace(" ", "").replace("○", "〇").translate(_FIN_TO_PLAIN)
    text = text.replace("廿", "二十").replace("卅", "三十")
    if not text:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    if text[0] in "百千万亿":
        # 百万 / 千万元 / 千分之三: a bare magnitude is one of it (cn2an rejects the form).  The
        # vague 數百 / 上千 / 幾十 are told apart by their neighbours in find_numbers.
        text = "一" + text
    # cn2an reads 1.5万 and 3000亿 but not 万亿 (trillion): 2.5万亿元 → 2.5 × 10^12 here
    # On the 462 plain numerals of tests/cases/numbers_cases.jsonl cn2an alone scores 424 (0.918);
    # 36 of its 38 misses are 万亿.
    if "兆" in text[1:]:
        # 3.5兆 / 1兆2000億 (Taiwanese money): 兆 is 10^12, and what follows it is added.
        head_text, _, rest = text.partition("兆")
        head, tail = numeral_value(head_text), numeral_value(rest) if rest else 0.0
        return head * 10**12 + tail if head is not None and tail is not None else None
    if text.endswith("万亿") and len(text) > 2:
        head = numeral_value(text[:-2])
        return head * 10**12 if head is not None else None
    scaled = re.fullmatch(r"(.+点[零〇一二三四五六七八九]+)(万|亿)", text)
    if scaled:  # 一点五亿: cn2an reads 一点五 but not the magnitude after a decimal
        head = numeral_value(scaled.group(1))
        return head * {"万": 10**4, "亿": 10**8}[scaled.group(2)] if head is not None else None
    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


@dataclass
class Reading:
    """A parsed number: value (or a low/high range) and the unit its form implies."""

    value: float | None
    low: float | None = None
    high: float | None = None
    implied_unit: str | None = None  # % for 百分之三十 and 兩成
    chinese: bool = False  # written in Chinese numerals (一 is then usually not a count)
    special: bool = False  # 一半, 翻一番: a claim without a unit
    approximate: bool = False  # 上百: ~
    slash: bool = False  # 1/3: also how dates are written (2/5), so read only as a bare numeral


def read_match(m: re.Match) -> Reading | None:
    if m.group("pct_cn"):
        value = numeral_value(m.group("pct_cn"))
        return Reading(value, implied_unit="%", chinese=True) if value is not None else None
    if m.group("den"):
        den, numer = numeral_value(m.group("den")), numeral_value(m.group("numer"))
        if not den or numer is None:
            return None
        whole = numeral_value(m.group("whole")) if m.group("whole") else 0.0  # 一又二分之一 → 1.5
        if whole is None:
            return None
        return Reading(_fraction(whole + numer / den), chinese=not m.group("den").isdigit())
    if m.group("sden"):
        den, numer = int(m.group("sden")), int(m.group("snumer"))
        return Reading(_fraction(numer / den), slash=True) if den else None
    if m.group("fin"):
        text = m.group("fin")
        if len(text) < 2 and not _FIN_ANCHORS & set(text):
            return None  # 收拾: an ordinary word
        value = numeral_value(text)
        return Reading(value, chinese=True) if value is not None else None
    if m.group("about"):
        # 上百人: "in the hundreds", read as about 100.
        return Reading(numeral_value("一" + m.group("about")), chinese=True, approximate=True)
    if m.group("pair"):
        # 八九噸 / 三四天: two neighbouring digits are "eight or nine", a range.
        # 七八十 / 三四百万: the magnitude after the pair scales both ends.
        magnitude = m.group("pmag") or ""
        low, high = numeral_value(m.group("pair")[0] + magnitude), numeral_value(m.group("pair")[1] + magnitude)
        return Reading(None, low=low, high=high, chinese=True)
    if m.group("half"):
        return Reading(0.5, chinese=True, special=True)  # 削減一半
    if m.group("double"):
        # 翻一番 / 倍翻: doubles (×2); 翻兩番: ×4.
        return Reading(4.0 if m.group("double") == "翻两番" else 2.0, implied_unit="倍", chinese=True, special=True)
    if m.group("tlow"):
        # 6到7成 / 二、三成: a range of tenths, read as percentages (60–70%)
        low, high = numeral_value(m.group("tlow")) * 10, numeral_value(m.group("thigh")) * 10
        if high <= low:
            return None
        return Reading(None, low=low, high=high, implied_unit="%", chinese=not m.group("tlow").isdigit())
    if m.group("tenths"):
        # 兩成 = 20%, 六成五 = 65%: read as a percentage, as Chinese readers do.
        value = numeral_value(m.group("tenths")) * 10
        if m.group("hundredths") == "半":
            value += 5  # 一成半 = 15%
        elif m.group("hundredths"):
            value += numeral_value(m.group("hundredths"))
        return Reading(value, implied_unit="%", chinese=not m.group("tenths")[0].isdigit())  # 3成 as written in Taiwan
    if m.group("low"):
        low, high = numeral_value(m.group("low")), numeral_value(m.group("high"))
        if low is None or high is None:
            return None
        magnitude = re.search(r"(?:万亿|千万|百万|十万|亿|万|千|百)$", m.group("high"))
        mantissa = m.group("high")[:magnitude.start()] if magnitude else m.group("high")
        if m.group("sep") == "、" and re.fullmatch(r"[1-9]", m.group("low")) and re.fullmatch(r"[1-9]0+", mantissa) \
                and int(m.group("low")) < int(mantissa[0]):
            # 6、7000萬元 → 6000萬–7000萬, 6、700人 → 600–700: the first end is written short, at the second's scale
            low = numeral_value(m.group("low") + "0" * (len(mantissa) - 1) + (magnitude.group() if magnitude else ""))
            if low is None:
                return None
        elif magnitude and not re.search(r"[十百千万亿]", m.group("low")):
            low = numeral_value(m.group("low") + magnitude.group())  # 7、8千 → 7000–8000, 3至5万 → 30000–50000
            if low is None:
                return None
        if m.group("sep") in ("-", "－", "—") and not (m.group("low")[0].isdigit() and m.group("high")[0].isdigit()):
            return None
        if high < low:
            if m.group("sep") == "、":
                return None  # 一、二 in a list is not a range
            low, high = high, low
        # 五、六年: a range has no single value; value_low / value_high carry it.
        return Reading(None, low=low, high=high, chinese=not m.group("low")[0].isdigit())
    if m.group("yi"):
        # 一個億 / 兩個億 (spoken Chinese): a count of hundred millions; 幾個億 is vague
        value = numeral_value(m.group("yi"))
        return Reading(value * 10**8, chinese=True) if value is not None else None
    if m.group("andhalf"):
        value = numeral_value(m.group("andhalf"))  # 一个半小时 / 两个半月: one and a half
        return Reading(value + 0.5, chinese=not m.group("andhalf")[0].isdigit()) if value is not None else None
    text = m.group("single")
    value = numeral_value(text)
    if value is None:
        return None
    return Reading(value, chinese=not text[0].isdigit())


def parse_number(text: str) -> float | None:
    """The value of the first number in `text` (the eval format `{"text", "value"}`).

    1,550枚 → 1550; 三分之一 → 0.3333; 兩成 → 20 (percent); 百分之三十 → 30; 五、六年 → 5.
    """
    from pipeline.normalize import make_view

    if _EN_CARDINAL.search(text) and (re.search(r"[A-Za-z]{2}", text) and not re.search(r"[\u4e00-\u9fff]", text)):
        return parse_english_number(text)  # three → 3, 1.2 million (English text has no 萬/億 to read)
    view = make_view(text, _converters())
    for found in find_numbers(view, load_lexicons(Config())):  # 20多萬公里 → 200000
        reading = found.reading
        return reading.value if reading.value is not None else reading.low
    for m in _NUMBER.finditer(view):
        if view[m.start():m.end() + 1] == "零下":
            continue  # the sign word of 零下五度, not a zero
        reading = read_match(m)
        if reading is None:
            continue  # 數十億 reads as 十億 here: the numeral's own value, for the numeral table
        reading, _ = _signed(view, m.start(), reading)
        scale = re.match(r"[多余]([万亿])", view[m.end():])
        if scale and reading.value is not None:
            return reading.value * _MAGNITUDE_AFTER_MORE[scale.group(1)]  # 三十多萬 with no unit after it
        if reading.value is not None or reading.low is not None:
            return reading.value if reading.value is not None else reading.low
    return None


@lru_cache(maxsize=1)
def _converters():
    from pipeline import normalize

    return normalize.load_converters(Config())


# --------------------------------------------------------------------------- lexicons


@dataclass
class Lexicons:
    units: list[str]
    currencies: list[str]
    qualifiers_pre: dict[str, str]
    qualifiers_post: dict[str, str]
    holders: dict[str, str]  # form on the view → canonical Simplified holder
    cues: list[str]
    unit_re: re.Pattern
    pre_re: re.Pattern
    post_re: re.Pattern
    holder_re: re.Pattern
    cue_re: re.Pattern
    idiom_re: re.Pattern
    quantity_words: dict[str, str] = None  # word → link | change | count | vague | skip
    org_nouns: tuple[str, ...] = ()  # heads of body nouns: 合作社, 政府
    respondents_re: re.Pattern | None = None  # a share of the people a poll asks: 58.3％的民眾
    company_re: re.Pattern | None = None  # a figure only a company has: 股价, 每股纯益, 营收
    markets: dict[str, str] = None  # 台股 → market, 外资 → trader (numbers_market_holders.txt)
    market_re: re.Pattern | None = None


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# A unit followed by these characters is the start of another word: 台灣, 部署, 名單, 條約, 元首.
_UNIT_BLOCK = {"台": "湾北中南", "部": "长门署队分署落委件位", "名": "单义称字", "条": "约件例款", "发": "展生布表言出动",
               "位": "于置", "所": "有以谓在", "次": "长", "场": "所合面", "家": "庭人属", "起": "来诉草",
               "元": "首旦素年月", "度": "过假", "项": "目", "本": "身土届网站报刊台市县区国月年周次人会案党院校公", "张": "力", "只": "是要有能",
               "人": "民员士类", "天": "然", "支": "持付出援", "门": "口", "套": "装", "米": "饭", "周": "年边末", "对": "于华外方抗话手面此", "集": "团中体会结合资", "级": "别", "层": "面级次",
               "口": "岸号径罩头碑味气语述吻音腔才袋令感", "届": "时满", "码": "头", "档": "案次期位",
               "具": "有体备", "类": "似型", "种": "植子族类田", "点": "名燃头", "块": "头",
               "处": "长理于在罚置分境事死", "案": "件例由情子发", "间": "隔接断谍歇", "章": "程节法"}


def load_lexicons(config: Config) -> Lexicons:
    return _load_lexicons(config.resources_dir)


_TRADE_BEFORE_CHAO = "买卖出入"
_NEAR_NOT_NEARLY = "最附"  # 最近五年 (the last five years), 附近: 近 is "near in time or place", not "nearly"
# Verbs whose object can be the figure itself (完成408.2亿件); 投资 / 补贴 are nouns as often as verbs.
_COMPLETION_VERBS = {"完成", "实现", "达成", "创下", "录得"}
_CHANGE_VERBS = "增加|增长|减少|降低|下降|提高|提升|上升|下跌|上涨|节省|节约|缩短|压缩|减|增|降|涨|跌"  # 至少节省三分之一


@lru_cache(maxsize=4)
def _load_lexicons(resources_dir: Path) -> Lexicons:
    units = [r[0].strip() for r in data_rows(resources_dir / "numbers_units.txt")]
    currencies = [r[0].strip() for r in data_rows(resources_dir / "numbers_currencies.txt")]
    pre, post = {}, {}
    for row in data_rows(resources_dir / "numbers_qualifiers.txt"):
        (pre if row[2].strip() == "pre" else post)[row[0].strip()] = row[1].strip()
    holders = {row[0].strip(): row[1].strip() for row in data_rows(resources_dir / "numbers_holders.txt")}
    holders = {**_country_forms(resources_dir / "countries.tsv"), **holders}
    cues = [r[0].strip() for r in data_rows(resources_dir / "numbers_claim_cues.txt")]
    markets = {r[0]: r[1] for r in data_rows(resources_dir / "numbers_market_holders.txt") if len(r) > 1}
    unit_words = units + currencies
    unit_re = re.compile(rf"(?:{_alternation(unit_words)})")
    return Lexicons(
        units=units,
        currencies=currencies,
        qualifiers_pre=pre,
        qualifiers_post=post,
        holders=holders,
        cues=cues,
        unit_re=unit_re,
        # 超过了600 / 超过 600: a particle or a space may stand between the word and the number.
        # 至少降低1% / 超过了600: a change verb or a particle may stand between the word and the number.
        pre_re=re.compile(rf"(?:{_alternation(pre)})(?=(?:{_CHANGE_VERBS}|需要|需)?(?:了|达|到|至|有|为)?\s*$)"),  # 约需一个半小时, 約至40.52％
        post_re=re.compile(rf"(?:{_alternation(post)})"),
        holder_re=re.compile(_alternation(holders)),
        cue_re=re.compile(_alternation(cues)),
        idiom_re=re.compile(_alternation([r[0].strip() for r in data_rows(resources_dir / "numbers_idioms.txt")]) or "(?!x)x"),
        quantity_words={r[0].strip(): r[1].strip() for r in data_rows(resources_dir / "numbers_quantity_words.txt") if len(r) > 1},
        org_nouns=tuple(sorted((r[0].strip() for r in data_rows(resources_dir / "numbers_org_nouns.txt")), key=len, reverse=True)),
        respondents_re=_respondents_pattern([r[0] for r in data_rows(resources_dir / "numbers_respondents.txt")]),
        company_re=re.compile(_alternation([r[0].strip() for r in data_rows(resources_dir / "numbers_company_indicators.txt")]) or "(?!x)x"),
        markets=markets,
        market_re=re.compile(_alternation(markets) or "(?!x)x"),
    )


def _respondents_pattern(words: list[str]) -> re.Pattern | None:
    """A share right before one of the poll's respondents words: 58.3％的民眾, 35.6％受訪者."""
    if not words:
        return None
    return re.compile(rf"[\d.]+\s*[%％](?:的)?(?:{_alternation(words)})")


def _country_forms(path: Path) -> dict[str, str]:
    """Country names from the shared countries.tsv (names column): 大陸 → 中国, 美方 → 美国."""
    forms: dict[str, str] = {}
    for row in data_rows(path):
        if len(row) < 5:
            continue
        canonical = row[2].strip()
        for form in row[4].split("|"):
            if form.strip() and form != "-":
                forms[form.strip()] = canonical
    return forms


# --------------------------------------------------------------------------- finding claims


@dataclass
class Found:
    start: int  # the number (and its unit): the claim's span
    end: int
    num_end: int
    reading: Reading
    unit: str | None
    qualifier: str
    num_start: int = -1  # where the number itself starts (the span may start at 超過)


def _inside_title(view: str, start: int) -> bool:
    """Inside 《…》: 《新削減戰略武器條約》, 《2024年國防報告》 are names."""
    opened = view.rfind("《", 0, start)
    return opened != -1 and view.rfind("》", opened, start) == -1 and view.find("》", start) != -1


_DEMONSTRATIVE = re.compile(r"(?:这|那|该|此|这些|那些|各|每|其)$")
_LATIN_NEIGHBOUR = re.compile(r"[A-Za-z]")


def _unit_at(view: str, pos: int, lex: Lexicons) -> tuple[str | None, int]:
    m = lex.unit_re.match(view, pos)
    if not m:
        return None, pos
    unit = m.group()
    following = view[m.end():m.end() + 1]
    if unit in _UNIT_BLOCK and following and following in _UNIT_BLOCK[unit]:
        return None, pos
    return unit, m.end()


# 20多萬 / 三十多万: the magnitude written after 多 or 余 scales the number before it.
_MAGNITUDE_AFTER_MORE = {"万": 10**4, "亿": 10**8}
_MORE_INSIDE_UNIT = re.compile(r"\s*个(多|余)(月|小时|星期|礼拜|钟头)")
_HALF_AFTER_UNIT = re.compile(r"\s*(年|天|周|星期|倍)半(?!载|夜)")  # not 一年半载 (a while)
_PEOPLE_UNITS = ("人", "名", "位", "户")
_TRAILING_CURRENCIES = ("人民币", "港币", "新台币", "台币", "澳门币")
_DURATION_UNITS = ("年", "个月", "天", "周", "小时", "个小时", "个星期", "分钟")


def find_numbers(view: str, lex: Lexicons) -> list[Found]:
    found: list[Found] = []
    idioms = [(m.start(), m.end()) for m in lex.idiom_re.finditer(view)]
    for m in _NUMBER.finditer(view):
        if any(s <= m.start() < e for s, e in idioms):
            continue  # 五花八門: a set phrase, not a count
        reading = read_match(m)
        if reading is None or (reading.value is None and reading.low is None):
            continue
        start, num_end = m.start(), m.end()
        if reading.slash or _not_a_quantity(view, start, num_end):
            continue  # 2/5 may be a date: a slash fraction is read only by parse_number
        if re.fullmatch(r"[百千万亿]", view[start:num_end]) and not reading.approximate:
            continue  # 百年 / 万人空巷: a lone magnitude is a figure of speech (上百, 近千 are read above)
        reading, start = _signed(view, start, reading)
        pos = num_end
        qualifier = "~" if reading.approximate else "="
        currency = _currency_before(view, start, lex)
        inner = None  # 新台幣近7000億元: a qualifier between the currency and the number
        if currency is None:
            inner = _qualifier_after_currency(view, start, lex)
            currency = inner[0] if inner else None
        # 600多枚 / 20余人: 多 and 余 stand between the number and its unit.
        between = re.match(r"\s*(多|余)", view[pos:])
        if between and reading.low is None:
            qualifier = lex.qualifiers_post[between.group(1)]
            pos += between.end()
            scale = _MAGNITUDE_AFTER_MORE.get(view[pos:pos + 1])
            if scale and reading.value is not None:
                # 20多萬公里 / 200多萬的利潤: "more than 20 × 10^4".
                reading = Reading(reading.value * scale, chinese=reading.chinese)
                pos += 1
        spoken_unit = None
        if reading.low is None and reading.value is not None and not between and not currency:
            inside, half = _MORE_INSIDE_UNIT.match(view, pos), _HALF_AFTER_UNIT.match(view, pos)
            if inside:  # 4個多月 / 三个多小时: the 多 sits inside the measure word, "more than four months"
                qualifier, spoken_unit, pos = lex.qualifiers_post[inside.group(1)], "个" + inside.group(2), inside.end()
            elif half:  # 二年半 / 3天半 / 兩倍半: and a half
                reading = Reading(reading.value + 0.5, chinese=reading.chinese)
                spoken_unit, pos = half.group(1), half.end()
        unit, end = reading.implied_unit, pos
        if spoken_unit:
            unit = spoken_unit
        elif currency:
            # 新台幣4449億元 / 人民幣500萬: the currency is written first; a trailing 元 is its word.
            unit = currency
            end = pos + 1 if view[pos:pos + 1] == "元" else pos
        elif unit is None and view[num_end:num_end + 1] == "%":
            unit, end = "%", num_end + 1
        elif unit is None:
            space = re.match(r"\s*", view[pos:]).end()
            unit, end = _unit_at(view, pos + space, lex)
            if unit is None:
                magnitude = re.search(r"[千万亿兆]$", view[start:pos]) and (
                    view[start].isdigit() or view[start] in "一二两三四五六七八九十" and lex.pre_re.search(view[max(0, start - 8):start]))
                # 超过两亿 / 超200億: a magnitude with a qualifier is a figure (but 千万不要 is "must not")
                if not (m.group("den") or reading.special or magnitude):
                    continue  # a bare number measures nothing we can name (but 超200億 does)
                end = pos  # 三分之一 needs no unit; 超过三百五十多万 ends after 多万
        if unit == "元":
            # 8459.4亿元人民币: the currency written after 元 names it, as 新台幣 written before does
            # (fresh numbers gold batch 3; the quantity read 人民币 otherwise).
            trailing = next((c for c in _TRAILING_CURRENCIES if view.startswith(c, end)), None)
            if trailing:
                unit, end = trailing, end + len(trailing)
        if unit not in _DURATION_UNITS and view[start:num_end] in _SMALL_CN \
                and _LIST_BEFORE.search(view, max(0, start - 30), start):
            continue  # 九合一及公投兩項選舉, 能源等八个领域: the size of a list just named (三個月 is a length)
        if reading.value and _counts_the_list_before(view, start, reading.value, unit):
            continue  # 江啟臣、朱立倫、卓伯源、張亞中等4位候選人: the size of the list just written
        if unit in ("个", None) and _slogan(view, start):
            continue  # “兩個維護” (but 「5、6年內」 is a quoted claim)
        if unit == "度" and _COORDINATE_BEFORE.search(view, max(0, start - 3), start):
            continue  # 北纬26度、东经101度: a place on the map, not a measurement
        if unit == "年" and reading.value and 1800 <= reading.value <= 2199 and reading.value == int(reading.value) \
                and re.fullmatch(r"\d{4}|[一二][〇○零一二三四五六七八九]{3}", view[start:num_end]):
            continue  # 2016年 is a year even where timex did not take it (2016年代表政府)
        if unit == "次" and re.match(r"(?:全体)?会议|全会", view[end:end + 4]) and "届" in view[max(0, start - 12):start]:
            continue  # 十四届全国人大三次会议: the session's ordinal, not a count
        if unit == "年" and view[end:end + 1] == "期":
            continue  # 10年期公債: the name of a bond, not a length claimed
        if reading.chinese and reading.value == 0:
            continue  # 零部件, 零距離
        if reading.chinese and unit == "度" and view[start:start + 2] != "零下":  # (start is at 零 once signed)
            continue  # 二度入主白宮, 三度訪台: "for the Nth time" (degrees are written in digits, or after 零下)
        if unit == "届" and (not view[start].isdigit() or view[start - 1:start] == "第"):
            continue  # 十四届全国人大, 第3屆: an ordinal of the session; 歷任3屆市長 counts the terms
        if unit == "国" and not view[start].isdigit():
            continue  # 中俄兩國, 兩國 point back to countries named; 全球100多國 counts them
        if unit == "阶段" and view[start - 1:start] != "分":
            continue  # 罷免案二階段連署: a stage's name; 分兩階段釋放 counts the stages
        if reading.chinese and reading.value == 1 and unit not in ("%",) + _DURATION_UNITS \
                and not re.search(r"(?:不到|不足|不及|未达|未满|低于|少于)$", view[max(0, start - 4):start]):
            continue  # 一次、一個、一道: the article "a", not a count (一年 is a length); but 領先不到一個百分點 bounds a margin
        if reading.chinese and reading.value == 1 and unit in _DURATION_UNITS and not (
                view[end:end + 1] in ("内", "之", "多", "半", "来", "间") or view.startswith("下来", end)  # 一年下来亏了172万
                or lex.pre_re.search(view[max(0, start - 8):start])
                or view[max(0, start - 2):start] in ("过去", "未来", "最近") or view[start - 1:start] in ("头", "前")):
            continue  # 有一天，我當了醫生: "one day" tells a story; 一年內 / 逾一年 measure
        span_start, span_end = (start - len(currency) - (len(inner[1]) if inner else 0), end) if currency else (start, end)
        pre = None if inner else lex.pre_re.search(view[max(0, span_start - 8):span_start])
        if inner:
            qualifier = lex.qualifiers_pre[inner[1]]
        before_pre = view[max(0, span_start - 8) + pre.start() - 1:][:1] if pre else ""
        if pre and (pre.group() == "超" and before_pre in _TRADE_BEFORE_CHAO or pre.group().startswith("仅") and before_pre == "不"
                    or pre.group() == "近" and before_pre in _NEAR_NOT_NEARLY):
            pre = None  # 投信買超52億元 / 出超: net buying, a trade surplus; 不僅11個: "not only"; 最近五年: recent, not nearly
        post = _post_qualifier(view, end, unit, lex)
        more = qualifier == ">" or post is not None and post[1] in ("多", "余")  # 1000多亩, 4成多
        if pre:
            # 只有1000多亩, 僅需30多萬元, 約4成多: "more than" says more than "only" or "about"
            qualifier = ">" if more and lex.qualifiers_pre[pre.group()] in ("=", "~") else lex.qualifiers_pre[pre.group()]
            if qualifier == "~" and post is not None and post[1] in _WITHIN and unit in _DURATION_UNITS:
                qualifier = "<="  # 近九周內: "within" bounds the length, 近 only rounds it
            if post is not None and post[1] in ("多", "余"):
                span_end = post[2]
            if not re.match(_CHANGE_VERBS, view[max(0, span_start - 8) + pre.end():span_start]):
                span_start = max(0, span_start - 8) + pre.start()  # 超過600枚: the claim as written
            # 至少降低30%: the verb between stays out of the span (the quantity reads it: 资费降低)
        elif qualifier == "=" and post:
            qualifier = post[0]
            if post[1] not in _WITHIN:
                span_end = post[2]  # 3分之1弱, 600枚以上
        elif qualifier == "=" and _about_a_yardstick(view, span_start, lex):
            qualifier = "~"  # 約為全部連署人數之2.38％, 幾乎是拜登上任首年的兩倍: "about" reaches past the yardstick
        found.append(Found(span_start, span_end, num_end, reading, unit, qualifier, start))
    return _join_unit_ranges(view, found)


_YARDSTICK_BEFORE = re.compile(r"(?:是|为)?[^，,。；;：:！？\d]{1,12}[的之]$")


def _about_a_yardstick(view: str, start: int, lex: Lexicons) -> bool:
    """约为/几乎是/将近 + a yardstick ending in 的 or 之 + the number: the number is "about"."""
    before = view[max(0, start - 16):start]
    for word, qualifier in lex.qualifiers_pre.items():
        if qualifier != "~" or len(word) < 2:
            continue  # a lone 约 or 近 is too often part of a word far from the number (约翰的, 最近的)
        at = before.rfind(word)
        if at != -1 and _YARDSTICK_BEFORE.fullmatch(before, at + len(word)):
            return True
    return False


_RANGE_SEP = re.compile(r"\s*(?:至|到|~|-|－|—)\s*$")


def _join_unit_ranges(view: str, found: list[Found]) -> list[Found]:
    """1個月至6個月內 / 3萬元到5萬元: two numbers with the same unit joined by 至 are one range
    (the qualifier of the second end, 內 → <=, bounds the whole)."""
    joined: list[Found] = []
    for f in found:
        prev = joined[-1] if joined else None
        if prev and prev.unit and prev.unit == f.unit and prev.reading.value is not None \
                and f.reading.value is not None and prev.reading.value < f.reading.value \
                and _RANGE_SEP.fullmatch(view[prev.end:f.start]) and not _change_then_level(view, prev, f):
            reading = Reading(None, low=prev.reading.value, high=f.reading.value, chinese=prev.reading.chinese)
            qualifier = f.qualifier if f.qualifier != "=" else prev.qualifier
            joined[-1] = Found(prev.start, f.end, f.num_end, reading, f.unit, qualifier, prev.num_start)
        else:
            joined.append(f)
    return joined


_CHANGE_BEFORE = re.compile(rf"(?:{_CHANGE_VERBS})了?$")
_LEVEL_RATIO = 3  # 上漲118.11點至2,303.44點: a level many times the change (a range's ends are close)


def _change_then_level(view: str, prev: Found, f: Found) -> bool:
    """指數上漲118.11點至2,303.44點: a change and the level it reaches, not a range — a change verb
    right before the first number, and the second many times the first."""
    return _CHANGE_BEFORE.search(view, max(0, prev.start - 3), prev.start) is not None \
        and prev.reading.value > 0 and f.reading.value >= _LEVEL_RATIO * prev.reading.value


# Currencies written before the number (新台幣4449億元); 元 alone is never a prefix.
def _qualifier_after_currency(view: str, start: int, lex: Lexicons) -> tuple[str, str] | None:
    """(currency, qualifier word) written before the number in that order: 換算新台幣近7000億元."""
    for word in sorted(lex.qualifiers_pre, key=len, reverse=True):
        if view.endswith(word, 0, start):
            currency = _currency_before(view, start - len(word), lex)
            return (currency, word) if currency else None
    return None


def _currency_before(view: str, start: int, lex: Lexicons) -> str | None:
    for currency in sorted(lex.currencies, key=len, reverse=True):
        if len(currency) > 1 and view.endswith(currency, 0, start):
            return currency
    return None


_OPEN_QUOTES = "“「『\"'"
_CLOSE_QUOTES = "”」』\"'"


def _slogan(view: str, start: int) -> bool:
    """“兩個維護”, “兩個確立”, 「三個代表」: a short quoted slogan, not a count."""
    if view[start - 1:start] not in _OPEN_QUOTES:
        return False
    close = next((i for i in range(start, min(len(view), start + 8)) if view[i] in _CLOSE_QUOTES), None)
    return close is not None and close - start <= 6


_COORDINATE_BEFORE = re.compile(r"(?:北纬|南纬|东经|西经)\s*$")
_DIGIT_STRING = re.compile(r"[零〇○一二两三四五六七八九]{2,}")


_SMALL_CN = set("两二三四五六七八九")
# A coordination ending right before the numeral: X及Y / X和Y / X、Y (no clause break inside).
_LIST_BEFORE = re.compile(r"[^，,。；;：:！？\s]{1,15}(?:及|和|与|以及|、)[^，,。；;：:！？\s及和与、]{1,15}$")


_LIST_ITEM_SEP = re.compile(r"、|(?<=\S)(?:和|及|与|以及)(?=\S)")


def _counts_the_list_before(view: str, start: int, value: float, unit: str | None = None) -> bool:
    """A, B, C等3個: a count after 等 that equals the number of items listed in its clause
    points back to them (反萊豬等4項公投, with one item named, is a claim).  Without 等, a
    count of 3 or more written right after exactly that many short items joined by 、 does too
    (林園、大寮、鳥松、仁武4個行政區)."""
    if value != int(value) or value < 2:
        return False
    if view[start - 1:start] != "等":
        if value < 3 or unit not in _LIST_COUNTERS:
            return False
        clause_lo = _clause_start(view, start, max(0, start - 200))
        items = _LIST_ITEMS.search(view, clause_lo, start)
        return items is not None and items.group().count("、") == value - 1
    clause_lo = _clause_start(view, start - 1, max(0, start - 200))
    return len(_LIST_ITEM_SEP.findall(view, clause_lo, start - 1)) + 1 == value


_LIST_ITEMS = re.compile(r"(?:[^、，,。；;：:！？\s\d]{1,8}、)+[^、，,。；;：:！？\s\d]{1,8}$")
# Counters that a list's size is given in (…仁武4個行政區, 美、英、法3國).
_LIST_COUNTERS = ("个", "项", "位", "名", "家", "所", "国", "座", "条", "案", "区", "县", "市", "省", "党", "种", "类")


# 负 ending a word is no minus: 为企业减负1750亿元, 背负34宗重罪, 正负3% (plus or minus).
_NOT_MINUS_BEFORE = set("减背担抱胜正欺辜自肩身")


def _signed(view: str, start: int, reading: Reading) -> tuple[Reading, int]:
    """經濟成長-3.5% / 负五: a minus sign (not the hyphen of F-16; 5-6% is read as a range)."""
    sign = view[start - 1:start]
    if view[max(0, start - 2):start] == "零下" and reading.value is not None:
        return Reading(-reading.value, implied_unit=reading.implied_unit, chinese=reading.chinese), start - 2  # 零下5度
    if sign in ("-", "−", "负") and reading.value is not None and reading.low is None \
            and not re.match(r"[A-Za-z0-9.]", view[start - 2:start - 1]) \
            and not (sign == "负" and view[start - 2:start - 1] in _NOT_MINUS_BEFORE):
        return Reading(-reading.value, implied_unit=reading.implied_unit, chinese=reading.chinese), start - 1
    return reading, start


def _vague(view: str, start: int, num_end: int) -> bool:
    """數十億 / 幾百 / 好幾千 / 十幾 / 二十幾: "tens of", "ten-odd" — no value (but 人數96萬 is a count)."""
    before = (view[start - 1:start] in ("数", "几") or view[max(0, start - 2):start] == "好几") \
        and not view[start:start + 1].isdigit()
    return before or view[num_end:num_end + 1] == "几"


def _not_a_quantity(view: str, start: int, num_end: int) -> bool:
    if _DIGIT_STRING.fullmatch(view[start:num_end]) and num_end - start != 2 or view[start:num_end] == "一一":
        return True  # 唯一一場 → 一一; 二〇二六 spelled digit by digit is a year, not a count
    if _vague(view, start, num_end):
        return True
    if view[start - 1:start] == "》" and view[start:num_end].isdigit():
        return True  # 《公投法》23條: an article of a law is a label
    if view[start - 1:start] in ("第", "同") or _DEMONSTRATIVE.search(view[max(0, start - 2):start]):
        return True  # 第2個任期 is an ordinal; 這3個國家 refers, it does not claim
    if _LATIN_NEIGHBOUR.match(view[start - 1:start]) or _LATIN_NEIGHBOUR.match(view[num_end:num_end + 1]):
        return True  # F-16, G20, COVID-19
    if view[start - 1:start] == "-" and _LATIN_NEIGHBOUR.match(view[start - 2:start - 1]):
        return True
    return _inside_title(view, start)


# 5、6年內 / 未來十年內: a length "within" is an upper bound, but 內 stays out of the span.
_WITHIN = ("内", "以内", "之内")


def _post_qualifier(view: str, end: int, unit: str | None, lex: Lexicons) -> tuple[str, str, int] | None:
    """(qualifier, word, end of word): 600枚以上 → >, 30%左右 → ~, 3分之1弱 → <, 5年內 → <=.
    多/余 after the unit only count for durations (一年多); after other units they start the
    next word (人多); 內 only bounds durations (國內 is a place)."""
    post = lex.post_re.match(view, end)
    if not post:
        return None
    word = post.group()
    if word in ("多", "余"):  # 一年多, 4成多 (more than 40%)
        return (">", word, post.end()) if unit in _DURATION_UNITS or view[end - 1:end] == "成" else None
    if word in _WITHIN and unit not in _DURATION_UNITS:
        return None
    if word == "上下" and view[post.end():post.end() + 1] in ("游", "文", "级", "班", "楼"):
        return None
    if word in ("强", "弱") and (unit not in (None, "%", "倍") or view[post.end():post.end() + 1] in "烈调化大度势项者国"):
        return None  # 3分之1弱 / 6%強 qualify; 6%強烈不同意 does not
    return lex.qualifiers_post[word], word, post.end()


# --------------------------------------------------------------------------- attribution


def _sentence_bounds(article: Article, offset: int) -> tuple[int, int]:
    for s in article.sentences:
        if s.start <= offset < s.end:
            return s.start, s.end
    return 0, len(article.text)


_CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?▸▪■●◆]")  # a bullet opens another headline of a link list


@dataclass
class HolderSpan:
    start: int
    end: int
    pair: str | None  # 美俄 → 美国/俄罗斯 (Simplified); None: the name as written is the holder
    local: bool = False  # a body named by a common noun (合作社): owns its own clause only


# Nouns after a name that make it a source: 央视网消息, 法国媒体报道, 日本經濟新聞報導.
_SOURCE_NOUNS = ("消息", "讯", "电", "记者", "媒体", "报道", "报导", "官方媒体", "官媒")
# 大陸十一長假後, 中国春节后, 美国感恩节假期: a country named for its holiday dates the clause, it owns nothing there.
_HOLIDAY_AFTER = re.compile(r"(?:十一|国庆|春节|农历新年|中秋|端午|感恩节|圣诞节?|新年)(?:长假|连假|假期|黄金周)|(?:十一|国庆|春节|农历新年|中秋|端午|感恩节|圣诞节?)[前后期间]")
_NOT_A_DISPATCH = set("网力厂站")  # 华北电网, 電力, 電廠: 电 opens a word of power, it is no dispatch


def _source_after(view: str, end: int) -> bool:
    """A source noun right after a name makes it a source (法國媒體報道, 新华社电); 电 only as a
    dispatch, not as the first character of 电网 / 电力 (华北电网最大负荷 is 华北's)."""
    return view.startswith(_SOURCE_NOUNS, end) and not (view[end:end + 1] == "电" and view[end + 1:end + 2] in _NOT_A_DISPATCH)


_RANKING_SCOPE = re.compile(r"(?:第|首|前列|之首|唯一|领先|排名|平均|同类)")
_RANKED_IN = re.compile(r"(?:列|居|占|冠|领跑|高于|低于)")


_GLUED_BEFORE_NAME = set("内在对向和与及从到")
_BANKS_OF = set("谷江河溪湖渠")
# 美國史上唯一遭到2次彈劾的總統: the country's history is the yardstick, the subject owns the figure.
_HISTORY_OF = ("史上", "历史上", "历来", "有史以来")


def holder_spans(article: Article, view: str, lo: int, hi: int, lex: Lexicons, unit: str | None,
                 organisations: bool = True) -> list[HolderSpan]:
    """Names that can own a number between lo and hi: countries from the lexicons, and the
    GPE/ORG/LOC mentions of the NER stage (日本製鐵, 寧夏); a PERSON only owns an age (64歲)."""
    spans: dict[int, HolderSpan] = {}
    word_starts = {t.start for t in article.tokens if lo <= t.start < hi}
    for m in lex.holder_re.finditer(view, lo, hi):
        if _source_after(view, m.end()):
            continue  # 法國媒體報道: a source, not an owner
        if word_starts and m.start() not in word_starts and view[m.start() - 1:m.start()] not in _GLUED_BEFORE_NAME:
            continue  # 其中共7.7萬份 is 其中 + 共, not 中共: a name starts a word (jieba's 十年内美俄 → 内美 aside)
        if any(t.start <= m.start() < t.end and t.end >= m.end() and (t.start, t.end) != m.span() and t.pos == "ns"
               for t in article.tokens):
            continue  # 中美洲 is Central America, not 中美: the name starts a longer place name (中国人民银行 keeps 中国)
        if m.group() == "两岸" and view[m.start() - 1:m.start()] in _BANKS_OF:
            continue  # 峽谷兩岸, 長江兩岸: the two banks of a river, not the two sides of the Strait
        if _HOLIDAY_AFTER.match(view, m.end()):
            continue  # 大陸十一長假後，需求增加，推升運價反彈: a time (the holiday), not an owner
        if view[m.end():m.end() + 1] == "性" or view.startswith(_HISTORY_OF, m.end()) or _part_of_quoted_name(view, m.start(), m.end()):
            continue  # 全國性公民投票案: "national", an adjective; “中国微天使节”: a word of a name
        scope = m.group().startswith("全")
        if scope and (_RANKING_SCOPE.match(view, m.end()) or _RANKED_IN.search(view, max(lo, m.start() - 6), m.start())) \
                or _RANKED_IN.search(view, max(0, m.start() - 2), m.start()):
            continue  # 增幅列全国第五, 位居全国首位, 占同期全国进出口总值: a yardstick, not the owner
        canonical = lex.holders[m.group()]
        spans[m.start()] = HolderSpan(m.start(), m.end(), canonical if "/" in canonical else None, local=scope)
    money = unit is not None and (unit in lex.currencies or unit.endswith("元"))
    labels = ("GPE",) + (("ORG", "LOC") if organisations else ()) + (("PERSON",) if unit == "岁" or money and organisations else ())
    for mention in article.mentions:
        if mention.label not in labels or not (lo <= mention.start and mention.end <= hi):
            continue
        if mention.end - mention.start == 1 and view[mention.start:mention.end] not in lex.holders \
                or view.startswith(_HISTORY_OF, mention.end) \
                or (lex.quantity_words or {}).get(view[mention.start:mention.end].upper()) == "indicator":
            continue  # 中 in 中外企业; 美國史上唯一…: a yardstick; EPS, GDP: what is measured, not who
        company_end = body_noun_end(article, view, mention.end, hi, lex) if mention.label == "PERSON" else None
        if company_end:  # 川普媒體科技公司: a person's name opening a company's name is the company
            spans[mention.start] = HolderSpan(mention.start, company_end, None)
            continue
        if lex.cue_re.match(view, mention.end) or lex.cue_re.match(view, mention.end + 1) \
                or _source_after(view, mention.end):
            continue  # 美國科學家聯合會指 / 路透報導 / 央视网消息: the source of a number, not its owner
        if _part_of_quoted_name(view, mention.start, mention.end) or _HOLIDAY_AFTER.match(view, mention.end):
            continue
        glossed = _glossed_name(article, view, mention)
        if glossed:  # 范斯（JD Vance）, 甘奈特（Gannett）旗下: the name in brackets glosses the one before it
            spans[glossed.start] = HolderSpan(glossed.start, glossed.end, None)
            continue
        if not any(h.start < mention.end and mention.start < h.end for h in spans.values()):
            spans[mention.start] = HolderSpan(mention.start, mention.end, None)  # 俄 inside 美俄: the pair wins
    if unit == "岁":  # 13歲: only a person has an age
        spans = {k: v for k, v in spans.items() if any(
            m.label == "PERSON" and m.start == v.start for m in article.mentions)}
    spans = {k: v for k, v in spans.items() if not _MARKET_INDEX_AFTER.match(view, v.end)}
    places = [(m.start, m.end) for m in article.mentions if m.label in ("GPE", "LOC")] \
        + [(t.start, t.end) for t in article.tokens if t.pos == "ns" and lo - 8 <= t.start < hi + 8]
    spans = {k: v for k, v in spans.items() if not _route_end(view, v, places)}
    return sorted(spans.values(), key=lambda h: h.start)


# 上海出口集裝箱運價指數, 上海集裝箱出口（SCFI）運價指數, 波羅的海乾貨船綜合指數: a place that opens the
# name of a market index owns none of its levels (fresh numbers gold: 6 index figures given 上海 or
# 波羅的海).  A country's own statistic (中国制造业采购经理指数) is not a market index and keeps it.
_MARKET_INDEX_AFTER = re.compile(r"[^，,。；;：:、\s]{0,12}?(?:运价|运费|干货船综合|干散货|股价|加权股价|综合股价)指数")


def _route_end(view: str, holder: HolderSpan, places) -> bool:
    """A place that is one end of a route owns nothing on it: 遠東到美西每FEU達4,826美元 (遠東 and
    美西; the other end a place of the NER stage or of jieba), 美國線 (the US route).  Fresh numbers gold: 12 freight rates were given 遠東 / 美國."""
    if view[holder.end:holder.end + 1] == "到" and any(start == holder.end + 1 for start, _ in places):
        return True
    if view[holder.start - 1:holder.start] == "到" and any(end == holder.start - 1 for _, end in places):
        return True
    return view[holder.end:holder.end + 1] == "线" and view[holder.end + 1:holder.end + 2] not in ("上", "下", "索")


_QUOTE_PAIRS = {"“": "”", "「": "」", "《": "》", "『": "』"}


def _part_of_quoted_name(view: str, start: int, end: int) -> bool:
    """A name that is only part of a quoted or bracketed title (“中国微天使节”, 《中国军力报告》);
    a quoted name by itself (「校園雲社團」) still owns."""
    for opening, closing in _QUOTE_PAIRS.items():
        opened = view.rfind(opening, max(0, start - 20), start + 1)
        if opened == -1 or view.find(closing, opened, start) != -1:
            continue
        closed = view.find(closing, end, end + 20)
        if closed != -1 and (opened + 1, closed) != (start, end) \
                and not re.search(rf"[\d{_CN_CHARS}，,。；;：:！？!?]", view[opened + 1:closed]):
            return True  # (a quote with numbers or punctuation is speech: 「超過1億美國人將享有減稅。」)
    return False


def _another_item_before(view: str, holder: HolderSpan, number_start: int) -> bool:
    """In a list of name–figure pairs (民進黨27％、國民黨16％…), a figure after a 、 whose own
    item names something else than the last holder found."""
    return _FIGURE_ITEMS.fullmatch(view, holder.end, number_start) is not None


# What lies between a holder and a later share in a list of name–share items: the holder's own
# share, more items, then 、 and a short name of another item.
_ITEM_FIGURE = r"[\d.]+[%％]"  # shares only (民調: 民進黨27％、國民黨16％): other units read too many ways
_ITEM_NAME = r"[^、\d%％，,。；;：:]{2,6}"
_FIGURE_ITEMS = re.compile(rf"{_ITEM_FIGURE}(?:、?{_ITEM_NAME}{_ITEM_FIGURE})*、{_ITEM_NAME}")


def _glossed_name(article: Article, view: str, mention):
    """The name that a name in brackets right after it glosses (范斯（JD Vance） → 范斯, also when
    the gloss is found as two names, JD and Vance), if any."""
    bracket = re.search(r"[(（][^()（）]*$", view[max(0, mention.start - 30):mention.start])
    if bracket is None or not re.match(r"[^()（）]*[)）]", view[mention.end:mention.end + 30]):
        return None
    opened = max(0, mention.start - 30) + bracket.start()
    return next((m for m in article.mentions if m.end == opened and m.label != "TITLE"), None)


def find_holder(article: Article, view: str, f: Found, sent_start: int, sent_end: int, lex: Lexicons,
                women: tuple[str, ...] = ()) -> HolderSpan | None:
    """Whose number it is: the nearest owner named before it in its clause, else in its
    sentence, else just after it in the clause.  A length (原定效期10年) has an owner only
    when its own clause names one (中國將在「5、6年內」趕上).

    中國已經擁有超過600枚 → 中國; 限制美俄部署的…，規定雙方…不得超過1,550枚 → 美國/俄羅斯;
    中國的核武庫只達到…美國5177枚的3分之1弱 → 中國 (a share belongs to the clause's subject).
    """
    number_start = f.num_start
    clause_lo = _clause_start(view, number_start, sent_start)
    if f.unit == "岁":
        return _aged_person(article, view, f, clause_lo, _clause_end(view, f.end, sent_end), sent_start)
    candidate = _tallied_candidate(article, view, f, sent_start, sent_end)
    if candidate:
        return candidate  # 無黨籍龔偉綸17票2.83%、國民黨林耕仁68票11.31%: each candidate's votes and share
    if _HAPPENED.search(view, max(clause_lo, f.start - 7), f.start) or _INDEFINITE_BEFORE.search(view, max(clause_lo, f.start - 3), f.start) \
            or _THRESHOLD_OR_BEARING.search(view, max(clause_lo, f.start - 4), f.start):
        return None  # 伊拉克…发生十多起袭击: events; 比哈尔邦的一座三层楼高的化工厂: it describes the thing, nobody owns it
    if _MARGIN_OF_ERROR.search(view, clause_lo, f.start) or _MARGIN_OF_ERROR.match(view, f.end):
        # 誤差範圍為正負3.4個百分點, 在3個百分點的誤差範圍內: a poll's margin of error is the poll's, whose
        # body opens the sentence (愛默生學院的最新民調…), not a place or a candidate named on the way
        return _poll_body(article, view, sent_start, f.start)
    bracketed = _bracketed_score_sides(article, view, f, sent_start)
    if bracketed:
        return bracketed  # …投票支持川普，而不是賀錦麗（79%對20%）
    if _SCORE_AFTER.search(view, max(clause_lo, f.start - 8), f.start):
        # 賀錦麗…以48%比47%，超車川普: the second share is the other side's; 領先川普…，為56%比36%: the
        # side beaten earlier in the sentence
        return _opponent(article, view, f.end, sent_end) or _beats_before(article, view, sent_start, f.start)[1]
    if (view[f.start - 1:f.start] in ("以", "为", "是") or f.unit == "%") and _SCORE_NEXT.match(view, f.end):
        scorer = _acting_person(article, view, clause_lo, number_start) \
            or _subject_mention(article, view, clause_lo, number_start, ("PERSON", "ORG")) \
            or _beats_before(article, view, sent_start, f.start)[0]
        if scorer:
            return scorer  # 川普在…喬治亞州以50%比49%: the first share is the side that acts, not the place
    chosen = _chosen_side(article, view, f, _clause_end(view, f.end, sent_end)) or _share_won(article, view, f, clause_lo)
    if chosen:
        return chosen  # 有57%支持賀錦麗，29%支持川普 / 約43％受訪者點名川普: a poll share is the side chosen
    levier = _levier(article, view, f, sent_start)
    if levier:
        return levier  # 川普宣布如果當選，將對中國等國家徵收60%至100%的關稅 → 川普
    margin = _margin_leader(article, view, f, clause_lo, sent_start)
    if margin:
        return margin  # 賀錦麗…，領先川普20個百分點 / 賀錦麗竟僅輸川普1％: the side that leads or trails
    item = _share_list_item(article, view, f, clause_lo)
    if item:
        return item  # 賀錦麗51％、川普48％: each share is the name right before it
    if _share_of_respondents(view, f, sent_start, sent_end, lex):
        # 50.0％的民眾認為台灣目前不缺電，33.4％表示台灣已經缺電: what they answered names 台灣,
        # but a share of respondents is nobody's
        return None
    pronoun = _pronoun_person(article, view, f, clause_lo, sent_start, sent_end, lex, women)
    if pronoun:
        return pronoun  # 他還宣布向華盛頓派遣800名 → 特朗普
    possessor = _possessive_qi(article, view, f, clause_lo, sent_start)
    if possessor:
        return possessor  # 侯友宜『捍衛中華民國』…，其公職生涯40年 → 侯友宜
    described = _described_after(article, view, f, _clause_end(view, f.end, sent_end))
    if described:
        return described  # 內華達州及10張選舉人團票的威斯康辛州: the name the figure describes
    owner = _possessor(article, view, clause_lo, number_start, lex, f.unit) or _adjacent_owner(article, view, f, clause_lo, lex)
    if owner:
        return owner
    company = _company_of_the_figure(article, view, f, clause_lo, sent_start, lex)
    if company:
        return company  # 強鹿23日股價收在408.95美元, 台達電先前已公布上半年財報，其中，第2季毛利率34.1%
    market = _trader_of_the_flow(article, view, f, clause_lo, sent_start, lex) \
        or _mover_of_the_price(article, view, f, clause_lo, sent_start, lex) \
        or _market_of_the_index(article, view, f, clause_lo, sent_start, lex)
    if market:
        return market  # 外資賣超台股291.6億元, 台積電跌10元、收1,040元, 台股…盤中一度重挫近500點
    if f.unit in _PEOPLE_UNITS:
        # 埃及…爆炸造成15人死亡, 法國…風暴造成約38萬戶斷電: counted in a place, not owned; but an
        # organisation that is the clause's subject owns its people (总台共派出约800人的团队).
        subject = _subject_mention(article, view, clause_lo, number_start, ("ORG", "GPE")) \
            or _subject_body_noun(article, view, clause_lo, number_start, lex) \
            or _subject_place_word(article, view, clause_lo, number_start, lex, f.unit)
        if subject and _names_a_person(article, subject):
            subject = None  # 台北市議員羅智強…向4名立委: the place is part of a title, the subject is a person
        # Only the words right after the count make it one of victims (造成15人死亡); further on
        # they describe something else (释放11名人质并转交16名已死亡…的遗体: 11名 are not victims).
        victims = subject and (_VICTIM_VERBS.search(view, subject.end, number_start)
                               or _VICTIM_WORDS.search(view, f.end, min(f.end + _VICTIM_REACH, _clause_end(view, f.end, sent_end))))
        # 青海省城乡低保对象…减少到56.7万人: a region's own population figures are its own
        return subject if subject and not victims else None
    attitude = _attitude_target(article, view, clause_lo, number_start)
    if attitude:
        return attitude  # 選民對其的好感度為32％ → 賀錦麗 (the 選民 are only the ones asked)
    quoted = _quoted_subject(article, view, clause_lo, f.start)
    if quoted:
        return quoted  # 110年「校園雲社團」FB觸及人數超過341萬次, 環保局「後湖逐浪天梯計畫」範圍…約2公里
    forecast = _FORECAST_BEFORE.search(view, max(clause_lo, f.start - 3), f.start)
    forecaster = forecast and _named_before(article, view, forecast.start(), clause_lo, ("ORG", "PERSON"), lex)
    if forecaster:
        return forecaster  # 低於主計總處預期的14.45%: a forecast is its forecaster's
    forecaster = _forecaster_of_the_sentence(article, view, f, clause_lo, sent_start, lex)
    if forecaster:
        return forecaster  # 主計處預測明年台灣GDP年增率可望逐季向上，全年增長3.2% → 主計處
    in_clause = _named_first([h for h in holder_spans(article, view, clause_lo, number_start, lex, f.unit)
                              if not _not_owner_position(view, h.start)])
    if _AFTER_LIST_END.search(view, max(clause_lo, f.start - 4), f.start) \
            or _AFTER_LIST_END.search(view, max(clause_lo, number_start - 4), number_start):  # 保护区等近百个
        # 美国、英国等30多个国家: the names listed are among what is counted, not its owner (but
        # 中方承办的“…”、“…”等6个: the name outside the list is)
        in_clause = [h for h in in_clause if view[h.end:h.end + 1] not in ("、", "等", "和", "及", "与")]
        if not in_clause:
            return None
    if in_clause and view[f.start - 1:f.start] == "的" and (f.unit in (None, "%") or f.reading.implied_unit):
        return in_clause[0]
    in_clause = [_person_titled_by(article, h) or h for h in in_clause]  # 共和黨候選人川普…3票 → 川普
    if in_clause and _another_item_before(view, in_clause[-1], number_start):
        return None  # 民眾黨18％、時代力量5％: 5％ is the next item's, a name we do not know
    if f.unit in _DURATION_UNITS and f.reading.low is None:
        return None  # 原定效期10年, 到期後一年內: a length owned by nobody in particular
    if in_clause:
        return in_clause[-1]
    # A person or organisation opening the number's own clause is its subject, and owns the
    # number before any place named in an earlier clause (在伊利湖畔…。迪馬可目前兼2份差 → 迪馬可).
    subject = _subject_mention(article, view, clause_lo, number_start, ("ORG", "PERSON")) \
        or _acting_person(article, view, clause_lo, number_start) \
        or _elided_subject(article, view, clause_lo, number_start, sent_start, lex)
    if subject:
        return subject
    if _CAUSES.search(view, clause_lo, number_start):
        return None  # 「收台灣保護費」言論使台股重挫逾千點: the clause names what it befell, not a name from before
    # Beyond its own clause only countries and places own a number: an organisation named
    # earlier in the sentence is more often the source (路透, 調查) than the owner.
    # …；在江苏如东，…这座高楼的用户是1.2万多个: a semicolon opens a new item, the names of the one before are not its owners
    if _INDEX_OPENS.match(view, _SUBJECT_LEAD.match(view, clause_lo, number_start).end()):
        return None  # 回應以色列實施海上封鎖行動，BDI上漲1%重返1,400點: an index is the clause's subject
    item_start = max(sent_start, view.rfind("；", sent_start, clause_lo) + 1, view.rfind(";", sent_start, clause_lo) + 1)
    before = _named_first([h for h in holder_spans(article, view, item_start, clause_lo, lex, f.unit, organisations=False)
                           if not _not_owner_position(view, h.start)  # 大会在上海闭幕，25个项目: a place, not an owner
                           and not _named_reporter(article, view, lex, h.end, _clause_end(view, h.end, clause_lo), ("PERSON",))])
    # 中華經濟研究院台灣WTO中心…李淳則說，…90.7％: a name in a speaker's clause is not an owner (but
    # 中国人民银行今天公布，…贷款增加3852亿元: a body reports its country's own figures)
    if before:
        opening = _SUBJECT_LEAD.match(view, item_start, clause_lo).end()
        # 漢特拉姆克市是美國唯一…，超過40%的人口: the sentence's subject, not a name in its predicate
        if before[0].start == opening and len(before) > 1:
            return _opening_owner(article, view, before[0], sent_end) or before[-1]
        return before[-1]
    after = [h for h in holder_spans(article, view, f.end, _clause_end(view, f.end, sent_end), lex, f.unit, organisations=False)
             if view[h.start - 1:h.start] not in _LOCATIVE  # 投資100億美元在威斯康辛州設廠: where, not whose (買到加拿大豬 is whose)
             and not re.search(r"(?<![高初])[中内里]的", view[f.end:h.start])]  # 7個搖擺州中的密西根: a part of what is counted (高中的 is a school)
    if after:
        return after[0]
    if f.unit in _DURATION_UNITS:
        return None
    # The subject of the clause, when it is a body or a person: 许启金完成创新项目12项 (a person
    # owns what they did).  Not the sentence's subject: there it is more often the speaker
    # (民眾黨立委蔡壁如痛批，…已破壞0.4公頃).
    return _subject_body_noun(article, view, clause_lo, number_start, lex) \
        or _possessive_subject(article, view, clause_lo, number_start) \
        or _continued_subject(article, view, clause_lo, sent_start, lex) \
        or _first_person_speaker(article, view, f, clause_lo)


# BDI上漲1%重返1,400點, SCFI指數下跌: an index named by its acronym opens the clause as its subject.
_INDEX_OPENS = re.compile(r"[A-Z]{3,5}(?:指数)?(?:上涨|下跌|上扬|重挫|大涨|大跌|回升|回落|涨|跌)")
# …言論使台股上週重挫逾千點: what a cause befell is the clause's subject, named after the verb.
_CAUSES = re.compile(r"(?:使得|(?<![大公特天信行密即纵假促迫驱])使|致使|(?<![命司指法政禁口])令)(?=[\u4e00-\u9fff])(?!用|馆|节|命|者|人)")
# 发生十多起暴力袭击, 短短两个月内经历两次暗杀: what happened is counted (events), nobody owns it.
_HAPPENED = re.compile(r"(?:发生|爆发|经历|遭遇)了?(?:里氏|芮氏|规模)?$")  # …发生了里氏4.8级地震, 经历两次暗杀
# 超過當選門檻270票: a threshold is nobody's; 亞特蘭大以東約50公里: a distance that places something.
_THRESHOLD_OR_BEARING = re.compile(r"(?:门槛|门坎|以[东西南北]{1,2})$")
# 一座三层楼高的化工厂, 一名20多岁的男子: a number inside an indefinite noun phrase describes that thing.
_INDEFINITE_BEFORE = re.compile(r"(?<![一二三四五六七八九十\d])一[座栋幢个家所间艘架辆条项套]$")
# 以48%比47%, 以52票對48票: a score; the number after 比 is the other side's.
# 以50%比49%, 以49%對44%, 喬治亞州是48%比46%, 賓州48%比46%: a score of two shares (比 or 對), the
# second after the first (fresh numbers gold: 對 and a bare share list were read as the place's).
_SCORE_AFTER = re.compile(r"(?:[以为是][\d.,]+[%％]?[^，,。；;]{0,3}|[\d.,]+[%％])[比对]$")
_SCORE_NEXT = re.compile(r"[^，,。；;]{0,2}[比对][\d.]")  # the first share of a score
# 擁有15張選舉人團票的密西根州: a figure in a phrase that ends with 的 and a name describes that name.
_DESCRIBED_REACH = 8


# A tally of votes lists candidates, each name right before its votes (and share):
# 民眾黨高虹安300票49.92%居冠，其次為沈慧虹150票24.96%、林耕仁68票11.31%.
_TALLY_ITEM = re.compile(r"[\u4e00-\u9fff]{2,8}\d[\d,]*票")
_TALLY_MIN_ITEMS = 3  # fewer is a sentence that mentions votes, not a tally
_VOTES_BEFORE_SHARE = re.compile(r"\d[\d,]*票$")
_ITEM_OPENERS = "、，,：:为是"
_NAME_REACH = 12  # party and name before the votes: 無黨籍龔偉綸, 國民黨林耕仁
_NOT_IN_A_NAME = set("票有另共计合和及与等其")  # 另有廢票17票: the spoiled ballots, no candidate


def _votes_in_a_tally(view: str, f: Found, sent_start: int, sent_end: int) -> int | None:
    """Where the votes start when f is votes (N票) or a share right after them (N票P%) in a
    sentence that tallies at least three; None otherwise."""
    votes_start = f.num_start
    if f.unit == "%":
        votes = _VOTES_BEFORE_SHARE.search(view, max(sent_start, f.num_start - _NAME_REACH), f.num_start)
        if votes is None:
            return None
        votes_start = votes.start()
    elif f.unit != "票":
        return None
    if len(_TALLY_ITEM.findall(view, sent_start, sent_end)) < _TALLY_MIN_ITEMS:
        return None
    return votes_start


def _tallied_candidate(article: Article, view: str, f: Found, sent_start: int, sent_end: int) -> HolderSpan | None:
    """The candidate whose votes (N票) or share (N票P%) this is, in a sentence that tallies at
    least three: the PERSON mention right before the votes, else, when the NER missed the name,
    the two to four characters left once the item's party (an ORG mention, …黨, 無黨籍) is set aside."""
    votes_start = _votes_in_a_tally(view, f, sent_start, sent_end)
    if votes_start is None:
        return None
    lo = max(sent_start, votes_start - _NAME_REACH)
    item_start = max([view.rfind(c, lo, votes_start) + 1 for c in _ITEM_OPENERS] + [lo])
    for m in article.mentions:
        if m.label == "PERSON" and m.end == votes_start and m.start >= item_start:
            return HolderSpan(m.start, m.end, None)
    name_start = item_start
    party = [m for m in article.mentions if m.label == "ORG" and m.start == item_start and m.end < votes_start]
    if party:
        name_start = party[0].end
    # 民眾黨高虹安, 無黨籍龔偉綸: a party the NER missed still ends in 党 (or 籍 for no party)
    name_start = max(name_start, view.rfind("党", name_start, votes_start) + 1, view.rfind("籍", name_start, votes_start) + 1)
    name = view[name_start:votes_start]
    if 2 <= len(name) <= 4 and all("\u4e00" <= c <= "\u9fff" and c not in _NOT_IN_A_NAME for c in name):
        return HolderSpan(name_start, votes_start, None, local=True)  # a name, owns its own clause only
    return None


def _share_of_respondents(view: str, f: Found, sent_start: int, sent_end: int, lex: Lexicons) -> bool:
    """A percentage in a sentence that reports a poll's respondents (N％的民眾 …): it and the
    shares beside it (…，33.4％表示…; 可能會去投票有16.1％) are shares of those asked."""
    if lex.respondents_re is None or f.unit != "%":
        return False
    return lex.respondents_re.search(view, sent_start, sent_end) is not None


def _described_after(article: Article, view: str, f: Found, clause_end: int) -> HolderSpan | None:
    """A place or person the figure's phrase describes: 擁有超過1.93億追蹤者的馬斯克, 拿過6座NBA總冠軍的
    喬丹 (not a length: 30多年的台商; not a part: 7個搖擺州中的密西根; not a name that only
    qualifies a noun: 約新台幣9.6億元的川普賭注)."""
    if f.unit in _DURATION_UNITS:
        return None
    de = view.find("的", f.end, min(clause_end, f.end + _DESCRIBED_REACH + 1))
    if de == -1 or re.search(r"[\d、与和及或]", view[f.end:de]) or view[de - 1:de] in ("中", "内", "里"):
        return None  # another figure or a second item stands between, or a part of the set is named
    name = next((m for m in article.mentions if m.start == de + 1 and m.end <= clause_end
                 and m.label in ("GPE", "PERSON")), None)
    if name is None or _modifies_a_noun(article, HolderSpan(name.start, name.end, None)):
        return None
    return HolderSpan(name.start, name.end, None)


# …，超車川普1個百分點: the side beaten or trailed, named after one of these.
_BEATS = re.compile(r"(?:领先|超车|超越|击败|打败|赢过|胜过|险胜|落后于|落后|输给|(?<![运传灌])输|不敌)")
_SIDES = ("PERSON", "ORG", "GPE")
_BEATEN_REACH = 16  # characters from the verb to the side beaten: 領先對手前總統、共和黨總統候選人川普


def _beats_before(article: Article, view: str, lo: int, hi: int) -> tuple[HolderSpan | None, HolderSpan | None]:
    """(leader, beaten) of the last verb of beating or trailing between lo and hi: the side
    named before the verb (past any title) and the person, body or country right after it,
    past 對手 and titles (賀錦麗領先對手前總統、共和黨總統候選人川普)."""
    for verb in reversed(list(_BEATS.finditer(view, lo, hi))):
        after = [m for m in article.mentions if m.label in _SIDES and verb.end() <= m.start < min(hi, verb.end() + _BEATEN_REACH)
                 and not _CLAUSE_BREAK.search(view, verb.end(), m.start)]
        beaten = next((m for m in after if m.label == "PERSON"), after[0] if after else None)
        before = [m for m in article.mentions if m.label in _SIDES and lo <= m.start and m.end <= verb.start()
                  and not _BEATS.search(view, max(lo, m.start - _BEATEN_REACH), m.start)
                  and view[m.start - 1:m.start] not in _PARTNER_BEFORE  # 賀錦麗在賓州與川普平手，…則落後川普: not the partner
                  and not _not_owner_position(view, m.start)]  # 川普平均在愛荷華州領先拜登: not the place
        if beaten is None or not before:
            continue
        # The sides compared are alike: a person beaten was beaten by a person (川普…的關鍵州為喬治亞州，
        # 支持度領先賀錦麗 → 川普, not the state named on the way).
        alike = [m for m in before if m.label == beaten.label == "PERSON"]
        winner = (alike or before)[-1]
        leader = HolderSpan(winner.start, winner.end, None)
        return _person_titled_by(article, leader) or leader, HolderSpan(beaten.start, beaten.end, None)
    return None, None


# 與川普平手, 和拜登打平: the side after these is the partner of a tie or a comparison, not the subject.
_PARTNER_BEFORE = ("与", "和", "跟", "同")
# 領先賀錦麗達到5個百分點: a verb of reaching may stand between the side beaten and the margin.
_MARGIN_LINK = re.compile(r"(?:达到|达|到|为|约|有)?$")


def _margin_leader(article: Article, view: str, f: Found, clause_lo: int, sent_start: int) -> HolderSpan | None:
    """A margin written right after the side beaten or trailed (領先川普20個百分點, 竟僅輸川普1％,
    領先賀錦麗達到5個百分點) is the leading or trailing side's, named before the verb in the sentence."""
    beaten = next((m for m in article.mentions if m.label in _SIDES and m.start > clause_lo and m.end <= f.start
                   and _MARGIN_LINK.fullmatch(view, m.end, f.start)), None)
    if beaten is None:
        return None
    leader, side = _beats_before(article, view, sent_start, f.start)
    return leader if side and side.end == beaten.end else None


_SHARE_ITEM_BEFORE = re.compile(r"[\d.]+\s*[%％]\s*[、，,]\s*$")


def _share_list_item(article: Article, view: str, f: Found, clause_lo: int) -> HolderSpan | None:
    """In a list of name–share items (民調結果，賀錦麗51％、川普48％), a share written right after a
    name that itself follows the item before is that name's, not the clause's subject (fresh
    numbers gold batch 3: 48％ and 49％ were read as 賀錦麗's)."""
    if f.unit != "%":
        return None
    name = next((m for m in article.mentions if m.label in _SIDES and m.end == f.start and m.start > clause_lo), None)
    if name is None or not _SHARE_ITEM_BEFORE.search(view, max(clause_lo, name.start - 12), name.start):
        return None
    return HolderSpan(name.start, name.end, None)


def _opens_its_clause(article: Article, view: str, person, lo: int) -> bool:
    """The person opens its clause, past lead words and the titles, places and bodies that
    title them (德州州長艾波特…): the one the clause is about."""
    start = _SUBJECT_LEAD.match(view, _clause_start(view, person.start, lo), person.start).end()
    while start < person.start:
        start += view[start] in "前原、"
        title = next((m for m in article.mentions if m.start == start and m.end <= person.start
                      and m.label in ("TITLE", "GPE", "ORG")), None)
        if title is None:
            break
        start = title.end
    return start == person.start


# 57%支持賀錦麗, 43％受訪者點名川普, 41%認為是賀錦麗: the side a poll share chooses (not 不支持)
_CHOOSES = re.compile(r"(?<![不没未])(?:倾向支持|倾向|支持|点名|认为是|投给|投票给|选择|选(?![民举区票情战])|看好|偏好)")
# Between the share and the verb only the group polled (受訪者, 的非裔選民, 、40%男性): no comparison
_POLLED_GROUP = re.compile(r"[^，,。；;：:]{0,12}")
_COMPARES = re.compile(r"高出|高于|低于|超过|超出|领先|落后|多于|少于|比|较")


def _chosen_side(article: Article, view: str, f: Found, clause_end: int) -> HolderSpan | None:
    """The person or party a poll share chooses, named right after the verb of choosing (or
    past a title): 有47%支持川普 → 川普, 約43％受訪者點名川普 → 川普."""
    if f.unit != "%":
        return None
    for verb in _CHOOSES.finditer(view, f.end, min(clause_end, f.end + 14)):
        if _COMPARES.search(view, f.end, verb.start()) or not _POLLED_GROUP.fullmatch(view, f.end, verb.start()):
            return None
        start = _title_run_end(article, view, verb.end(), clause_end)
        side = next((m for m in article.mentions if m.start == start and m.end <= clause_end and m.label in ("PERSON", "ORG")), None)
        if side:
            return HolderSpan(side.start, side.end, None)
    return None


# 巴克萊分析師團隊估計，…若是課徵10%關稅: the one who estimates does not levy.
_ESTIMATES = re.compile(r"估计|预估|推估|预计|预测|分析")
# 將對中國等國家徵收60%至100%的關稅, 全面祭出10%到20%關稅: a levy written right before its rate.
_LEVIES = re.compile(r"(?:征收|课征|加征|开征|课|祭出)(?:高达)?$")


def _levier(article: Article, view: str, f: Found, sent_start: int) -> HolderSpan | None:
    """The rate of a levy (a tariff, a tax) is the one who imposes or proposes it: the first
    person named in the sentence before it, else the body or country opening the sentence
    (川普宣布如果當選，將對中國等國家徵收60%至100%的關稅 → 川普)."""
    if not _LEVIES.search(view, max(sent_start, f.start - 6), f.start):
        return None
    named = sorted((m for m in article.mentions if sent_start <= m.start and m.end <= f.start), key=lambda m: m.start)
    person = next((m for m in named if m.label == "PERSON" and not _not_owner_position(view, m.start)
                   and not _ESTIMATES.search(view, m.end, _clause_end(view, m.end, f.start))), None)
    if person:
        return HolderSpan(person.start, person.end, None)
    opening = _SUBJECT_LEAD.match(view, sent_start, f.start).end()
    body = next((m for m in named if m.start == opening and m.label in ("ORG", "GPE")), None)
    return HolderSpan(body.start, body.end, None) if body else None


_WINS = re.compile(r"(?:获得|取得|赢得|拿下|得到|囊括)了?$")


def _share_won(article: Article, view: str, f: Found, clause_lo: int) -> HolderSpan | None:
    """A share of support someone won (拜登總統（Joe Biden）在2020年大選獲得90%非裔選民支持) is
    theirs: the first person or party named in the clause."""
    if f.unit != "%" or not _WINS.search(view, clause_lo, f.start) \
            or not re.match(r"[^，,。；;]{0,10}?支持", view[f.end:f.end + 14]):
        return None
    side = next((m for m in sorted(article.mentions, key=lambda m: m.start)
                 if clause_lo <= m.start and m.end <= f.start and m.label in ("PERSON", "ORG")), None)
    return HolderSpan(side.start, side.end, None) if side else None


# 他/她 standing for one person (not 他们, 其他, 他人, 吉他, 她们).
_PERSON_PRONOUN = re.compile(r"(?<![其吉利])[他她](?![们人国乡])")


def _pronoun_person(article: Article, view: str, f: Found, clause_lo: int, sent_start: int, sent_end: int,
                    lex: Lexicons, women: tuple[str, ...]) -> HolderSpan | None:
    """他/她 opening the number's clause (他還宣布向華盛頓派遣800名) or written right before the
    number or before 的 and it (對他近2億名追隨者) stands for the last person named before it,
    from the sentence before on: 她 for a woman the lexicon knows (or anyone when it knows none),
    他 for anyone else.  Not when the pronoun reports (他說…) or the count is of victims."""
    opening = _SUBJECT_LEAD.match(view, clause_lo, f.num_start).end()
    spots = [opening, f.start - 1] + ([f.start - 2] if view[f.start - 1:f.start] == "的" else [])
    pron = next((p for p in spots if clause_lo <= p < f.num_start and _PERSON_PRONOUN.match(view, p)), None)
    if pron is None or f.unit in _DURATION_UNITS or view.startswith(_SPEAKS, pron + 1) or lex.cue_re.match(view, pron + 1) \
            or _VICTIM_WORDS.search(view, f.end, min(f.end + _VICTIM_REACH, sent_end)):
        return None
    if any(not _not_owner_position(view, h.start) for h in holder_spans(article, view, pron + 1, f.num_start, lex, f.unit)):
        return None  # 他擔任市長桃園市民卡發行量達180萬張: a place or body named after the pronoun owns it
    lo = _sentence_bounds(article, sent_start - 1)[0] if sent_start > 0 else 0
    people = [m for m in article.mentions if m.label == "PERSON" and lo <= m.start and m.end <= pron]
    # the person a clause is about (川普在最新民調中…), not one only named in it (路透社/益普索8月的民調)
    people = [m for m in people if _opens_its_clause(article, view, m, lo)] or people
    known = [m for m in people if view[m.start:m.end].endswith(women)] if women else []
    # 她: only a woman the lexicon knows (the text's other women are not told from men)
    wanted = known if view[pron] == "她" else [m for m in people if m not in known]
    return HolderSpan(wanted[-1].start, wanted[-1].end, None) if wanted else None


# 其 as a possessive pronoun opening the clause (其公職生涯40年, 其营收增长5%), not 其他 / 其中 / 其实.
_QI_POSSESSIVE = re.compile(r"其(?![他它中余实次间后时一二三])(?=[\u4e00-\u9fff])")


def _possessive_qi(article: Article, view: str, f: Found, clause_lo: int, sent_start: int) -> HolderSpan | None:
    """其 opening the number's clause owns its figure as the name it stands for: the last person or
    body that opens a clause before it, in this sentence or the one before (a length too:
    其公職生涯40年 is 侯友宜's, not a bare duration).  Not a country: 美俄間唯一的軍控條約，其失效…
    stands for the treaty, which the NER stage does not name."""
    opening = _SUBJECT_LEAD.match(view, clause_lo, f.num_start).end()
    if not _QI_POSSESSIVE.match(view, opening) or opening >= f.start:
        return None
    lo = _sentence_bounds(article, sent_start - 1)[0] if sent_start > 0 and "\n" not in view[sent_start - 1:sent_start + 1] else sent_start
    names = [m for m in article.mentions if m.label in ("PERSON", "ORG") and lo <= m.start and m.end <= opening
             and _opens_its_clause(article, view, m, lo)]
    return HolderSpan(names[-1].start, names[-1].end, None) if names else None


def _opponent(article: Article, view: str, after: int, sent_end: int) -> HolderSpan | None:
    """The other side of a score: the person, body or country right after a verb of beating
    or trailing later in the sentence (以48%比47%，超車川普 → 川普); none when it is not named."""
    for verb in _BEATS.finditer(view, after, sent_end):
        side = next((m for m in article.mentions if m.start == verb.end() and m.label in ("PERSON", "ORG", "GPE")), None)
        if side:
            return HolderSpan(side.start, side.end, None)
    return None


def _named_before(article: Article, view: str, end: int, lo: int, labels: tuple[str, ...],
                  lex: Lexicons | None = None) -> HolderSpan | None:
    """The name with one of the labels that ends at `end` (not before lo): a mention there, or the
    longest name the NER stage tagged elsewhere in the article written there (it tags 主計總處
    in one sentence and not in the next)."""
    here = next((m for m in article.mentions if m.label in labels and m.end == end and m.start >= lo), None)
    if here:
        return HolderSpan(here.start, here.end, None)
    names = sorted({view[m.start:m.end] for m in article.mentions if m.label in labels and m.end - m.start >= 2},
                   key=len, reverse=True)
    name = next((n for n in names if end - len(n) >= lo and view.startswith(n, end - len(n))), None)
    if name:
        return HolderSpan(end - len(name), end, None)
    if lex is None:
        return None
    run = []  # a body named by a common noun: 主計總處 (jieba nouns ending with a body head)
    for token in sorted((t for t in article.tokens if lo <= t.start and t.end <= end), key=lambda t: -t.start):
        if token.end != (run[-1].start if run else end) or token.pos not in _NOUN_POS:
            break
        run.append(token)
        if view[token.start:end].endswith(lex.org_nouns) and end - token.start >= 2:
            return HolderSpan(token.start, end, None, local=True)
    return None


# 110年「校園雲社團」FB觸及人數…, 環保局「後湖逐浪天梯計畫」範圍…: a quoted name (no digits or
# punctuation inside: not speech) opening the clause, past a year or the body that runs it, and
# followed by the figure's noun.
_QUOTED_NAME = re.compile(r"[「“『]([^「」“”『』\d，,。；;：:！？!?、\s]{2,15})[」”』](?=[\u4e00-\u9fffA-Za-z])")
_BEFORE_QUOTED = re.compile(r"(?:(?:19|20)?\d{2,3}年(?:度)?)?[\u4e00-\u9fff]{0,5}$")


def _quoted_subject(article: Article, view: str, clause_lo: int, number_start: int) -> HolderSpan | None:
    """A programme or plan named in quotes that opens the number's clause owns the figure
    after it (dev gold: 「校園雲社團」's reach, 「後湖逐浪天梯計畫」's length), before the body
    that runs it (環保局): the figure's noun follows the name, not the body."""
    start = _SUBJECT_LEAD.match(view, clause_lo, number_start).end()
    m = _QUOTED_NAME.search(view, start, number_start)
    if m is None or not _BEFORE_QUOTED.fullmatch(view, start, m.start()) \
            or re.search(r"[「“『]", view[m.end():number_start]):
        return None
    lead = [t for t in article.tokens if start <= t.start < m.start()]
    if any(t.pos.startswith(("v", "p", "d", "c")) for t in lead):
        return None  # 由資科局推動「紅利桃子」: the quote is an object, not the subject
    inside = [t for t in article.tokens if m.start(1) <= t.start < m.end(1)]
    if not inside or not inside[-1].pos.startswith(("n", "eng")):
        return None  # 「可能會」投的約27.1％: an answer of a poll, not a name
    return HolderSpan(m.start(1), m.end(1), None, local=True)


# 主計處預測…, IMF預估…: a verb of forecasting (not 優於預期 / 不如預期, expectations as a noun).
_FORECAST_VERB = re.compile(r"(?<![于如合超乎出低高及])(?:预测|预估|推估|预计|预期)")
_CLAUSE_LINK = re.compile(r"(?:且|而|并|也|另外|此外)")


def _forecaster_of_the_sentence(article: Article, view: str, f: Found, clause_lo: int, sent_start: int,
                                lex: Lexicons) -> HolderSpan | None:
    """A figure in what a body or person forecasts earlier in the sentence is the forecaster's (as
    the fresh gold's batch 2 decided: 主計總處預期的14.45%): the name opening the clause of the verb,
    right before it (主計處預測明年台灣GDP…，全年增長3.2% → 主計處).  Only where the number's own
    clause opens with no name of its own."""
    verbs = list(_FORECAST_VERB.finditer(view, sent_start, f.start))
    if not verbs or _subject_mention(article, view, clause_lo, f.start, ("ORG", "PERSON", "GPE")):
        return None
    verb = verbs[-1]
    lo = _clause_start(view, verb.start(), sent_start)
    lead = _SUBJECT_LEAD.match(view, lo, verb.start()).end()
    link = _CLAUSE_LINK.match(view, lead, verb.start())
    opening = link.end() if link else lead
    forecaster = _named_before(article, view, verb.start(), opening, ("ORG", "PERSON"), lex)
    return forecaster if forecaster and forecaster.start == opening else None


_MARGIN_OF_ERROR = re.compile(r"误差(?:范围|值)?|(?:的)?误差范围")


def _poll_body(article: Article, view: str, sent_start: int, end: int) -> HolderSpan | None:
    """The organisation that opens the sentence of a poll's margin of error (its pollster)."""
    start = _SUBJECT_LEAD.match(view, sent_start, end).end()
    body = next((m for m in article.mentions if m.label == "ORG" and m.start == start and m.end <= end), None)
    if body is None:
        return None
    end_of_name = body.end
    # 紐約時報/謝納學院, 路透社/易普索: a joint pollster written with a slash is one name
    joined = re.match(r"(?:/[^/，,。；;：:（(\s]{2,6}?(?=/|的|民调|公布|调查|最新|[（(\d]))+", view[end_of_name:end])
    return HolderSpan(body.start, end_of_name + (joined.end() if joined else 0), None)


_FORECAST_BEFORE = re.compile(r"(?:预期|预估|预测|推估|预计)的?$")
_BRACKET_FIRST = re.compile(r"[（(]\s*$")
_BRACKET_SECOND = re.compile(r"[（(]\s*[\d.]+\s*[%％]\s*[比对]\s*$")
_CHOSEN_BEFORE = re.compile(r"(?:支持|倾向于|倾向|投给|投票给|选择|偏好)")
_NOT_CHOSEN_BEFORE = re.compile(r"(?:而不是|而非|不是|而不)")


def _bracketed_score_sides(article: Article, view: str, f: Found, sent_start: int) -> HolderSpan | None:
    """A score in brackets after the sides a group chose (選民…投票支持川普，而不是賀錦麗（79%對20%）,
    更傾向於川普（50%對47%））: the first share is the side chosen, the second the side not chosen,
    when it is named."""
    if f.unit != "%":
        return None
    first = _BRACKET_FIRST.search(view, max(sent_start, f.start - 2), f.start) and _SCORE_NEXT.match(view, f.end)
    second = _BRACKET_SECOND.search(view, max(sent_start, f.start - 12), f.start)
    if not (first or second):
        return None
    opened = view.rfind("（", sent_start, f.start) if "（" in view[sent_start:f.start] else view.rfind("(", sent_start, f.start)
    pattern = _CHOSEN_BEFORE if first else _NOT_CHOSEN_BEFORE
    verbs = list(pattern.finditer(view, sent_start, opened))
    if not verbs:
        return None
    side = next((m for m in article.mentions if m.label in ("PERSON", "ORG") and m.start == verbs[-1].end()
                 and m.end <= opened), None)
    return HolderSpan(side.start, side.end, None) if side else None


# 我 alone (not 我国, 我们, 我方, 我省…) speaks for one person: the speaker of the statement.
_FIRST_PERSON = re.compile(r"我(?![国们方省市区县军党校院厂家司局部门])")


def _first_person_speaker(article: Article, view: str, f: Found, clause_lo: int) -> HolderSpan | None:
    """桑切斯表示，我4年来4次访华 → 桑切斯: a figure whose clause has 我 as its subject is the
    speaker's own, when a statement with a named speaker holds it."""
    if not _FIRST_PERSON.match(view, _SUBJECT_LEAD.match(view, clause_lo, f.num_start).end()):
        return None
    said = next((s for s in article.statements if s.start <= f.start < s.end and s.speaker_start is not None), None)
    return HolderSpan(said.speaker_start, said.speaker_end, None) if said else None


def _subject_place_word(article: Article, view: str, lo: int, hi: int, lex: Lexicons, unit: str | None) -> HolderSpan | None:
    """A country or scope word of the lexicons opening the clause (全国大陆人口中…为1亿7093万人 →
    全国), where the NER stage has no mention for it."""
    start = _SUBJECT_LEAD.match(view, lo, hi).end()
    return next((h for h in holder_spans(article, view, start, hi, lex, unit, organisations=False) if h.start == start), None)


def _possessive_subject(article: Article, view: str, lo: int, hi: int) -> HolderSpan | None:
    """A noun opening the clause and followed by 的 owns the figure its clause gives:
    三接站的總工程費用是660億 → 三接站.  Only common or proper nouns (not 今年的, 部署的)."""
    start = _SUBJECT_LEAD.match(view, lo, hi).end()
    run = []
    for token in article.tokens:
        if token.end <= start:
            continue
        if token.start != (run[-1].end if run else start) or token.end > hi or token.pos not in _NOUN_POS \
                or token.pos == "vn":
            break
        run.append(token)
    if not run or run[-1].end - start < 2 or view[run[-1].end:run[-1].end + 1] != "的":
        return None
    return HolderSpan(start, run[-1].end, None, local=True)


# Words that open a clause with no subject of its own: it goes on with the subject before
# (…平手，各得3票; …出發，…，每天到1至2個縣市黨部).
_SUBJECTLESS_POS = ("d", "v", "p", "c", "vg", "vd")
_SUBJECTLESS_WORDS = ("各", "均", "都", "也", "还", "又", "并", "再", "共", "已", "将", "则", "便", "就", "较")  # 較過去一週飆升6個百分點
_NEW_SUBJECT_POS = ("n", "nr", "ns", "nt", "nz", "r", "j", "nrt", "nrfg", "l", "eng")


def _opens_subjectless(article: Article, view: str, lo: int, hi: int) -> bool | None:
    """True: the clause opens with a verb or adverb (no subject); False: with a noun or pronoun
    (a subject of its own); None: nothing to tell."""
    start = _SUBJECT_LEAD.match(view, lo, hi).end()
    for timex in sorted(article.time_expressions, key=lambda t: t.start):
        if timex.start == start and timex.end < hi:
            start = _SUBJECT_LEAD.match(view, timex.end, hi).end()  # 今年1至7月全国…: past the time
    if view.startswith(_SUBJECTLESS_WORDS, start):
        return True
    first = next((t for t in article.tokens if t.start >= start and t.end <= hi), None)
    if first is None or first.start != start:
        return None
    if first.pos in _NEW_SUBJECT_POS:
        return False
    return True if first.pos in _SUBJECTLESS_POS else None


def _elided_subject(article: Article, view: str, clause_lo: int, number_start: int, sent_start: int,
                    lex: Lexicons) -> HolderSpan | None:
    """A clause with no subject goes on with the one before it: walk back over clauses with no
    subject to the person, body or place that opens one (賀錦麗與川普平手，各得3票 → 賀錦麗/川普),
    into the sentence before when the whole sentence has none (福建还不断优化营商环境。推行…，
    压缩一半以上审批时间 → 福建; same paragraph only).  A clause that opens with some other noun
    is a new subject, and one that reports hands on no owner: the walk stops there."""
    if not (_opens_subjectless(article, view, clause_lo, number_start) or _RATING_OPENING.match(view, clause_lo)) \
            or _reports_in(view, clause_lo, number_start, lex):
        return None  # 蔡雅瀅…，宣稱…17%以上: a figure someone reports is not theirs
    hi, lo_bound, crossed = clause_lo - 1, sent_start, False
    while True:
        while hi > lo_bound:
            lo = _clause_start(view, hi, lo_bound)
            if _named_reporter(article, view, lex, lo, hi):
                return None  # 陳英鈐表示，…: what follows is reported, the speaker does not own it
            subject = _subject_mention(article, view, lo, hi, ("ORG", "PERSON", "GPE"), titled=True)
            if subject and _modifies_a_noun(article, subject):
                return None  # 中央政治局同志的发言，聚焦6个重点: the name qualifies the real subject
            subject = subject or _modified_name_clause(article, view, lo, hi)
            if subject:
                return _with_partner(article, view, _person_titled_by(article, subject) or subject, hi)
            if _TIME_CLAUSE.search(view, lo, hi):
                hi = lo - 1  # 賀錦麗陣營，競選起跑第一週，就募得…: a clause that only says when is passed over
                continue
            attitude = _attitude_target(article, view, lo, hi)
            if attitude:
                return attitude  # 選民對其的好感度為32％，短短2個多月大幅增加16個百分點 → 賀錦麗
            if _opens_subjectless(article, view, lo, hi) is not True:
                return None  # a subject we cannot name (目標…, 迪斯維爾諾契鎮…): not carried over it
            hi = lo - 1
        if crossed or sent_start == 0 or "\n" in view[sent_start - 1:sent_start + 1]:
            return None
        lo_bound, _ = _sentence_bounds(article, sent_start - 1)
        hi, crossed = sent_start - 1, True  # the sentence before, from its full stop back


# 競選起跑第一週, 拜登退選之後, 大選投票倒數百日之際: a clause that ends in a time word only says when.
_TIME_CLAUSE = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}(?:周|天|年|个月|季)|期间|之后|以后|之际|以来)$")
# 迅速整合的賀錦麗陣營, 迅速整合黨內各方勢力的賀錦麗: a clause that is only a name (or its camp) with a
# modifier ending in 的 before it names the subject of the clauses after it.
_CAMP_AFTER = re.compile(r"(?:阵营|团队|竞选团队|竞选阵营)?$")


def _modified_name_clause(article: Article, view: str, lo: int, hi: int) -> HolderSpan | None:
    name = next((m for m in article.mentions if m.label in ("PERSON", "ORG", "GPE") and lo < m.start and m.end <= hi
                 and view[m.start - 1:m.start] == "的" and _CAMP_AFTER.fullmatch(view, m.end, hi)), None)
    if name is None or re.search(r"[\d。；;：:！？!?]", view[lo:name.start]):
        return None
    return HolderSpan(name.start, name.end, None)


_ACTING_POS = ("p", "v", "d", "vd")


def _acting_person(article: Article, view: str, clause_lo: int, number_start: int) -> HolderSpan | None:
    """A person named inside the clause and acting in it owns its figure, even where the clause
    opens with something else (包括2020年拜登在當地以區區1300張票擊敗川普 → 拜登): the name is
    followed by a verb, adverb or preposition and is not itself the object of one."""
    for mention in sorted(article.mentions, key=lambda m: -m.start):
        if mention.label != "PERSON" or not (clause_lo <= mention.start and mention.end <= number_start):
            continue
        after = next((t for t in article.tokens if t.start == mention.end), None)
        before = next((t for t in article.tokens if t.end == mention.start), None)
        if after is None or after.pos not in _ACTING_POS or view.startswith(_SPEAKS, mention.end):
            continue
        if before is not None and (before.pos in ("p", "v") or view[before.start:before.end] == "的"):
            continue  # 擊敗川普, 對川普: the person is acted on
        return HolderSpan(mention.start, mention.end, None)
    return None


def _modifies_a_noun(article: Article, name: HolderSpan) -> bool:
    after = next((t for t in article.tokens if t.start == name.end), None)
    return after is not None and after.pos.startswith("n") and not any(
        m.start == name.end and m.label in ("TITLE", "PERSON") for m in article.mentions)


def _with_partner(article: Article, view: str, subject: HolderSpan, hi: int) -> HolderSpan:
    """賀錦麗與前總統川普: two joint subjects own together (the SPEC's 美國/俄羅斯 form)."""
    link = re.match(r"(?:与|和|及|同)", view[subject.end:hi])
    if not link:
        return subject
    partner = _subject_mention(article, view, subject.end + link.end(), hi, ("ORG", "PERSON", "GPE"), titled=True)
    if partner is None:
        return subject
    partner = _person_titled_by(article, partner) or partner  # 與民主黨參選人賀錦麗 → 賀錦麗
    pair = f"{view[subject.start:subject.end]}/{view[partner.start:partner.end]}"
    return HolderSpan(subject.start, partner.end, pair)


def _title_run_end(article: Article, view: str, start: int, limit: int) -> int:
    """Where the titles written from `start` end (前總統, 美國副總統、民主黨總統候選人)."""
    while start < limit:
        start += view[start] in "的前原、"
        title = next((m for m in article.mentions if m.start == start and m.end <= limit and m.label == "TITLE"), None)
        if title is None:
            return start
        start = title.end
    return start


_AGE_OWNER_REACH = 12
_AGE_OF_SUBJECT = re.compile(r"享年|终年|现年|时年|年仅|高龄|今年已?")  # …去世，享年87岁: the subject's own age  # 58歲夏威夷居民勞斯: the person described comes within a few words


def _aged_person(article: Article, view: str, f: Found, clause_lo: int, clause_end: int,
                 sent_start: int) -> HolderSpan | None:
    """Only a person has an age: the person named before the age in its clause (高市早苗今年64歲),
    else the one it describes right after it (槍手為58歲夏威夷居民勞斯), else the last person
    named earlier in the sentence (撒切尔8号因中风去世，享年87岁).  Never a place."""
    people = [m for m in article.mentions if m.label == "PERSON"]
    # jieba's person tag stands in where the NER stage missed the name (夏威夷居民勞斯/nr)
    people += [t for t in article.tokens if t.pos.startswith("nr") and len(t.text) >= 2
               and not any(m.start <= t.start < m.end for m in article.mentions)]
    people.sort(key=lambda m: m.start)
    titled_from = _title_run_end(article, view, f.end, clause_end)  # 78歲前總統川普: past the person's title
    right_after = next((m for m in article.mentions if m.label == "PERSON" and (m.start in (f.end, f.end + 1)
                        and view[f.end:m.start] in ("", "的") or m.start == titled_from > f.end)), None)
    if right_after:
        return HolderSpan(right_after.start, right_after.end, None)  # 81歲拜登與78歲川普, 64歲的高市早苗
    before = [m for m in people if clause_lo <= m.start and m.end <= f.num_start]
    if before:
        return HolderSpan(before[-1].start, before[-1].end, None)
    # the name that heads the description after the age is the last one (58歲夏威夷居民勞斯)
    # …up to the next number or conjunction (81歲拜登與78歲川普: 81 is 拜登's)
    reach = min(clause_end, f.end + _AGE_OWNER_REACH)
    stop = re.compile(rf"[与和及、\d{_CN_CHARS}]").search(view, f.end, reach)
    after = [m for m in people if f.end <= m.start and m.end <= (stop.start() if stop else reach)]
    if after:
        return HolderSpan(after[-1].start, after[-1].end, None)
    at_the_time = re.search(r"(?:19|20)\d\d年\s*$", view[clause_lo:f.num_start]) or view[f.end:f.end + 1] == "时"
    if not (_AGE_OF_SUBJECT.search(view, clause_lo, f.num_start) or at_the_time):
        return None  # 把投票權降到18歲: a legal age, nobody's (but …，2006年42歲當選 is the subject's)
    earlier = [m for m in people if sent_start <= m.start and m.end <= clause_lo]
    return HolderSpan(earlier[-1].start, earlier[-1].end, None) if earlier else None


# A clause opening with one of these has no subject of its own: it continues the clause before
# (李凤玉动心了，于是联合6个合伙人 → 李凤玉).
_CONTINUING = re.compile(r"\s*(?:于是|随后|然后|接着|并且|并|还|又|再|便|就)")


def _continued_subject(article: Article, view: str, clause_lo: int, sent_start: int, lex: Lexicons) -> HolderSpan | None:
    if clause_lo <= sent_start or not _CONTINUING.match(view, clause_lo):
        return None
    prev_lo = _clause_start(view, clause_lo - 1, sent_start)
    return _subject_mention(article, view, prev_lo, clause_lo - 1, ("ORG", "PERSON")) \
        or _subject_body_noun(article, view, prev_lo, clause_lo - 1, lex)


def _person_titled_by(article: Article, holder: HolderSpan) -> HolderSpan | None:
    """The person a place or party is only the title of (共和黨候選人川普 → 川普), if any."""
    title = next((m for m in article.mentions if m.label == "TITLE" and holder.end <= m.start <= holder.end + 1), None)
    while title is not None:
        person = next((m for m in article.mentions if m.label == "PERSON" and title.end <= m.start <= title.end + 1), None)
        if person:
            return HolderSpan(person.start, person.end, None)
        # 民主黨總統候選人、現任副總統賀錦麗: a second title after 、 (現任/前 before it) still leads to the person
        gap = re.match(r"、(?:现任|前任|时任|前)?", article.view[title.end:title.end + 4])
        if not gap:
            return None
        # 美國副總統、民主黨總統候選人賀錦麗: the second title may open with its party or place
        body = next((m for m in article.mentions if m.label in ("ORG", "GPE") and m.start == title.end + gap.end()), None)
        lo, hi = (body.end, body.end) if body else (title.end + 1, title.end + gap.end())
        title = next((m for m in article.mentions if m.label == "TITLE" and lo <= m.start <= hi), None)
    return None


def _names_a_person(article: Article, holder: HolderSpan) -> bool:
    """A place or body right before a title or a name (台北市議員羅智強, 美國總統川普)."""
    return any(m.label in ("PERSON", "TITLE") and holder.end <= m.start <= holder.end + 4 for m in article.mentions)


_REPORTS = re.compile(r"发布|公布|报告|显示|表示|指出|统计|预测|估计|数据")


def _opening_owner(article: Article, view: str, opening: HolderSpan, sent_end: int) -> HolderSpan | None:
    """The sentence's subject as owner: the name itself, or the organisation whose name it opens
    (日本製鐵…收購 → 日本製鐵); none when that organisation is the source (美国能源经济和金融
    分析研究所13日发布的报告显示 → the owner is named later)."""
    if _REPORTS.search(view, opening.end, _clause_end(view, opening.end, sent_end)):
        return None  # its clause reports (…发布的报告显示): the opening names a source, not an owner
    org = next((m for m in article.mentions if m.label == "ORG" and m.start == opening.start and m.end > opening.end), None)
    return HolderSpan(org.start, org.end, None) if org else opening


def _named_first(spans: list[HolderSpan]) -> list[HolderSpan]:
    """日本全国破产企业数: a named country or body beats a scope word (全国) in the same stretch."""
    named = [h for h in spans if not h.local]
    return named or spans


_VICTIM_VERBS = re.compile(r"造成|致|导致|炸死|杀害|打死|击毙|枪杀")
_VICTIM_WORDS = re.compile(r"死亡|丧生|遇难|罹难|死于|受伤|伤亡|失踪|被捕|被困")  # 美国有10万人死于…
# Words before a count of people that make them victims or patients (死亡人数为151人, 确诊人数增至137人).
_CASE_COUNT = re.compile(r"病例|确诊|感染者|阳性|死亡|伤亡|死者|伤者|罹难|遇难|丧生")
_VICTIM_REACH = 4  # characters after the count: 15人死亡, 10万人死于, 20人在袭击中丧生 is beyond
# A time opening the clause (一季度中央企业…实现营业收入6.4万亿元, 3月末，…) is skipped to reach its subject.
_PERIOD_LEAD = r"(?:今年|去年|明年|(?:19|20)\d\d年)?(?:(?:前|第)?[一二三四1-4]季度|[上下]半年|前[一二三四五六七八九十\d]{1,2}个?月|\d{1,2}月(?:末|底|初|份)?|年初|年底|年末)"
_SUBJECT_LEAD = re.compile(r"[\s「『“\"]*(?:(?:同时|不过|然而|短短|那(?![些个里儿边样么])|此外|另外|其中|而|但|目前|截至目前|到现在|现在|如今|至今|"
                           + _PERIOD_LEAD + r"|今年|去年|近年来|(?:19|20)\d\d年|\d+年来|凭着[^，]{0,12}|[^，]{0,6}期间)[，,]?)*")


_NOUN_POS = ("n", "nt", "nz", "ns", "nr", "j", "vn", "b", "l")  # jieba tags 合作社 l


def body_noun_end(article: Article, view: str, start: int, limit: int, lex: Lexicons) -> int | None:
    """Where a body noun that starts at `start` ends: 农机合作社盈利 → after 合作社, 地方政府补贴 →
    after 政府 (jieba nouns, contiguous, up to the last one that ends with a body head)."""
    end, body_end = start, None
    for token in article.tokens:
        if token.end <= start:
            continue
        if token.start != end or token.end > limit or token.pos not in _NOUN_POS:
            break
        end = token.end
        if view[start:end].endswith(lex.org_nouns):
            body_end = end  # the longest: 国家工业互联网大数据中心, not 国家
    return body_end


# --- a company's own figures (fresh numbers gold: 22 of 206 matched claims) ---------------------
# Between a company opening its clause and its figure: a time (23日, 上半年, 昨日) and the moment of
# the trading day (盘后, 收盘时).  A cause verb may open the clause (造成強鹿23日盤後股價下跌1.7％).
_COMPANY_TIME = re.compile(r"(?:\s|[（(][\dA-Z]{4,6}[）)]|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日月]份?|上半年|下半年|全年|今年|去年|昨日|今日|昨天|今天|"
                           r"[昨今][（(]\d{1,2}[）)]日|[（(]\d{1,2}日?[）)]|[上本]?周[一二三四五六日]?|"
                           r"前[一二三四五六七八九十\d]{1,2}个?(?:月|季度?)|"
                           r"第[一二三四1-4]季度?|[一二三四1-4]季度|前[一二三四五六七八九十\d]{1,2}季|首季|"
                           r"盘后|盘中|盘前|收盘时|收盘|开盘时|开盘|早盘|尾盘|合并|单月|累计|自结)+$")  # 今年6月合併營收
_COMPANY_TIME_LEAD = re.compile(_COMPANY_TIME.pattern[:-1])  # the same times opening a stretch
_CAUSE_LEAD = re.compile(r"(?:造成|导致|致使|使得|使|令)")
_NOT_A_COMPANY = re.compile(r"^(?:这|那|该|其|此|本|各|每|全|整体|公司整体|市场|台股|美股|陆股|港股|大盘|指数)")
_COMPANY_MAX = 8
_COMPANY_NAME = r"[\u4e00-\u9fffA-Za-z&·]+(?:-KY|-DR)?"  # 慧洋-KY: a foreign listing keeps its suffix
# Characters that no company name of the run holds (达 or 上 may: 台達電, 上銀): particles, verbs of
# linking and moving, numerals.
_NOT_IN_COMPANY = set("的了是在和与及并将被为都也就从到对向把给让约近逾") | set("0123456789" + _CN_CHARS)


def _company_subject(article: Article, view: str, lo: int, hi: int, lex: Lexicons) -> HolderSpan | None:
    """The company named by the noun run opening lo..hi right before one of its own figures, past
    a time: 強鹿23日股價收在408.95美元 → 強鹿, 長榮海運股價表現也相對穩健 → 長榮海運 (the NER stage
    often tags no company: 強鹿, 萬海, 陽明)."""
    if lex.company_re is None:
        return None
    start = _SUBJECT_LEAD.match(view, lo, hi).end()
    cause = _CAUSE_LEAD.match(view, start, hi)
    start = cause.end() if cause else start
    indicator = lex.company_re.search(view, start, min(hi, start + _COMPANY_MAX + 12))
    if indicator is None:
        return None
    end = indicator.start()
    timed = _COMPANY_TIME.search(view[start:end])
    end = start + timed.start() if timed else end
    while end > start and view[end - 1].isspace():
        end -= 1
    name = view[start:end]
    if not 2 <= len(name) <= _COMPANY_MAX or _NOT_A_COMPANY.match(name) or any(c in _NOT_IN_COMPANY for c in name) \
            or lex.company_re.search(name) or not re.fullmatch(_COMPANY_NAME, name) \
            or not _a_name_run(article, start, end):
        return None
    return HolderSpan(start, end, None, local=True)  # a company carries on to its next clause only


_NOT_NAME_POS = ("v", "vn", "vg", "vd", "d", "p", "c", "m", "t", "uj", "r", "f")


def _a_name_run(article: Article, start: int, end: int) -> bool:
    """start..end is whole words, none a verb, adverb, time or pronoun (累計上半年營收,
    文化企业实现营业收入: not a company)."""
    inside = [t for t in article.tokens if start <= t.start < end]
    return bool(inside) and inside[0].start == start and inside[-1].end == end \
        and not any(t.pos in _NOT_NAME_POS for t in inside)


# 台達電先前已公布上半年財報，其中，第2季毛利率34.1%: a company reports its own results.
_REPORTS_OWN = re.compile(r"(?:[（(][\dA-Z]{4,6}[）)]|[昨今][（(]\d{1,2}[）)]日|先前|日前|稍早|今天|昨天|昨日|今日|已经|已|也|再)*"
                          r"(?:公布|发布|公告|揭露)了?"
                          r"[^，,。；;]{0,8}(?:财报|营收|业绩|财务报告|年报|季报|自结数)")
_COMPANY_WALK_CLAUSES = 12  # a results paragraph lists a dozen figures after the company's name


def _company_of_the_figure(article: Article, view: str, f: Found, clause_lo: int, sent_start: int,
                           lex: Lexicons) -> HolderSpan | None:
    """The company whose figure it is: named opening the number's own clause before a company
    figure, or, when the clause goes on without a subject of its own (收盤時來到213元, 漲幅為3.65%,
    第2季毛利率34.1%), in a clause before it that opens with the company before its figure or with
    the company reporting its results (台達電先前已公布上半年財報) — back to the sentence before at
    most, in the same paragraph.  Any other subject stops the walk."""
    own = _company_subject(article, view, clause_lo, f.start, lex) or _company_reporting(article, view, clause_lo, f.start)
    if own:
        return own  # 工業電腦廠事欣科（4916）昨（11）日公布7月合併營收為2.87億元
    lo, hi, lo_bound, crossed = clause_lo, f.start, sent_start, False
    for _ in range(_COMPANY_WALK_CLAUSES):
        if hi <= lo or not _goes_on_without_subject(article, view, lo, hi, lex):
            return None
        if lo <= lo_bound:  # the sentence's first clause: on to the sentence before, once
            if crossed or lo_bound == 0 or "\n" in view[lo_bound - 1:lo_bound + 1]:
                return None
            lo_bound, _ = _sentence_bounds(article, lo_bound - 1)
            crossed = True
        hi = lo - 1  # the clause before ends at the punctuation that opened this one
        lo = _clause_start(view, hi, lo_bound)
        company = _company_subject(article, view, lo, hi, lex) or _company_reporting(article, view, lo, hi)
        if company:
            return company
    return None


# 外資賣超台股291.6億元, 三大法人共賣超396億元, 八大公股行庫…，共計買超75億元: a net buying or
# selling right before the amount (past the market traded, 台股 / 個股).
_NET_FLOW = re.compile(r"(?:净买超|净卖超|买超|卖超|净买入|净卖出|净买|净卖)(?:台股|个股|现货|期货)?(?:金额)?(?:约|达|为)?$")
# 外資淨空單增加1,326口至34,905口, 台指期未平倉淨空單則來到40,874口: a trader's futures position.
_POSITION = re.compile(r"(?:未平仓)?净[空多]单")
_TURNOVER = re.compile(r"成交(?:量|值|金额|额)(?:扩大至|扩大到|萎缩至|萎缩到|放大至|为|达|约|来到)?$")  # 成交量擴大至3,516億元
# Words of the trading day that make a sentence without a market name go on about the market of
# the sentence before (…終場下跌1.1%); a freight rate's 周漲幅9.7% after a shipping paragraph does not.
_TRADING_WORDS = re.compile(r"终场|盘中|收盘|尾盘|护盘|盘势|大盘|指数|成交")
_POINTS_OR = re.compile(r"[\d.,]+点或$")  # 單周跌138點或0.59%: the same move in %
# The market words of the trading day before a figure of its index: 盤中一度重挫近500點, 終場下跌1.1%.
_INDEX_MOVE = re.compile(r"(?:重挫|大跌|大涨|下跌|上涨|上扬|下挫|回升|反弹|跌幅|涨幅|收黑|收红|跌|涨)(?:了|达|约|近|逾|超过)?$")
# What may stand before a market or a company opening its clause: time words of the trading day.
_TRADING_TIME = re.compile(r"(?:昨日|今日|昨天|今天|当日|本周|上周|近期|短期|单周|周线|终场|盘中|尾盘|早盘|午盘|[昨今][（(]\d{1,2}[）)]日|\d{1,2}日)*")
# 台積電跌10元、收1,040元, 鴻海、聯發科均跌逾2.5%, 台積電ADR當日大跌4%之上: a company's share price
# moves, written right after the company (past earlier moves of the same list).
_PRICE_MOVE = r"(?:均|也|则|亦|皆|都)?(?:重挫|大跌|大涨|下跌|上涨|上扬|下挫|收盘|收在|收|跌|涨)"
_PRICE_MOVES = re.compile(rf"(?:{_PRICE_MOVE}[\d.,]+(?:元|%)、)*{_PRICE_MOVE}")
_STOCK_CONTEXT = re.compile(r"股|收盘|盘中|盘面|ADR")  # the sentence speaks of shares (台股, 權值股, 台積電ADR)
_MOVER_LEAD = re.compile(r"(?:引发|造成|导致|冲击|拖累|带动)")
_NOT_A_MOVER_END = re.compile(r"(?:指数|市场|大盘|类股|族群|板块|概念股|权值股|电子股|股)$")


def _trader_of_the_flow(article: Article, view: str, f: Found, clause_lo: int, sent_start: int,
                        lex: Lexicons) -> HolderSpan | None:
    """A net buying or selling, or a futures position, is the trader's that the sentence names last
    before it (外資賣超台股291.6億元 → 外資; 八大公股行庫…進場承接…，共計買超75億元 → 八大公股行庫;
    三大法人淨空單增加225口至14,080口 → 三大法人)."""
    if not lex.markets:
        return None
    # (a position may be named a clause before its change: 台指期淨空單，則是增加788口)
    positions = list(_POSITION.finditer(view, sent_start, f.start))
    flow = _NET_FLOW.search(view, clause_lo, f.start) or (positions[-1] if positions else None)
    if flow is None:
        return None
    traders = [m for m in lex.market_re.finditer(view, sent_start, flow.start()) if lex.markets[m.group()] == "trader"]
    return HolderSpan(traders[-1].start(), traders[-1].end(), None, local=True) if traders else None


def _market_of_the_index(article: Article, view: str, f: Found, clause_lo: int, sent_start: int,
                         lex: Lexicons) -> HolderSpan | None:
    """Index points (and a move of the index in %) are the market's named in the number's own
    clause or opening a clause before it in the sentence (台股昨（29）日在外資大賣…，指數開低殺低，
    盤中一度重挫近500點 → 台股; 近期台股將處在22,200~23,300點 → 台股).  Like a company, a market
    or a trader carries on to the next clause only (25檔ETN中，本周共有十檔… is no market's count)."""
    turnover = f.unit is not None and (f.unit in lex.currencies or f.unit.endswith("元")) \
        and _TURNOVER.search(view, max(clause_lo, f.start - 8), f.start)
    if not lex.markets or not (turnover or f.unit == "点" or f.unit == "%" and (
            _INDEX_MOVE.search(view, max(clause_lo, f.start - 6), f.start) or _POINTS_OR.search(view, max(clause_lo, f.start - 14), f.start))):
        return None
    holder = lex.market_re.search(view, max(clause_lo, f.start - 6), f.start)
    if holder and holder.end() == f.start and lex.markets[holder.group()] == "trader":
        return HolderSpan(holder.start(), holder.end(), None, local=True)  # 政府基金23,000點的底線: the floor the funds hold
    lo_bound, crossed = sent_start, False
    while True:
        markets = [m for m in lex.market_re.finditer(view, lo_bound, f.start) if lex.markets[m.group()] == "market"]
        for m in reversed(markets):
            lo = _clause_start(view, m.start(), lo_bound)
            if lo == clause_lo or _TRADING_TIME.match(view, _SUBJECT_LEAD.match(view, lo, m.start()).end(), m.start()).end() == m.start():
                return HolderSpan(m.start(), m.end(), None, local=True)
        # 台股…盤中一度重挫487點。隨後在四大基金…護盤下，…終場下跌1.1%，成交量擴大至3,516億元: the
        # market opening a clause of the sentence before goes on (same paragraph, once), where this
        # sentence names no market and opens with no name of its own.
        if crossed or markets or lo_bound == 0 or "\n" in view[lo_bound - 1:lo_bound + 1] \
                or not _TRADING_WORDS.search(view, sent_start, f.start) \
                or any(m.label in ("ORG", "PERSON", "GPE") and sent_start <= m.start < f.start for m in article.mentions):
            return None
        lo_bound, _ = _sentence_bounds(article, lo_bound - 1)
        crossed = True


def _mover_of_the_price(article: Article, view: str, f: Found, clause_lo: int, sent_start: int,
                        lex: Lexicons) -> HolderSpan | None:
    """A share price's move or close written right after the company that opens the clause
    (台積電跌10元、收1,040元; 鴻海、聯發科均跌逾2.5% → both; 引發台積電ADR當日大跌4%之上).  Markets,
    indexes and groups of shares (台股, 櫃買指數, 電子股) are no company."""
    if f.unit not in ("元", "%") or not _STOCK_CONTEXT.search(view, sent_start, f.start):
        return None  # 電價漲百分之十: a price, not a share price (no market named before it)
    start = _SUBJECT_LEAD.match(view, clause_lo, f.start).end()
    lead = _MOVER_LEAD.match(view, start, f.start)
    start = lead.end() if lead else start
    start = _TRADING_TIME.match(view, start, f.start).end()  # 終場下跌1.1%: a time of the day, no company
    for end in range(start + 2, min(f.start, start + 2 * _COMPANY_MAX + 1)):
        timed = _TRADING_TIME.match(view, end, f.start)
        if not _PRICE_MOVES.fullmatch(view, timed.end(), f.start):
            continue
        names, at = [], start
        for part in view[start:end].split("、"):
            names.append((at, at + len(part)))
            at += len(part) + 1
        if all(2 <= b - a <= _COMPANY_MAX and re.fullmatch(_COMPANY_NAME, view[a:b]) and not _NOT_A_COMPANY.match(view[a:b])
               and not _NOT_A_MOVER_END.search(view[a:b]) and not lex.market_re.fullmatch(view[a:b])
               and not any(c in _NOT_IN_COMPANY for c in view[a:b]) for a, b in names):
            if len(names) == 1:
                return HolderSpan(start, end, None, local=True)
            return HolderSpan(start, end, "/".join(article.text[a:b] for a, b in names), local=True)
        return None
    return None


def _company_reporting(article: Article, view: str, lo: int, hi: int) -> HolderSpan | None:
    """The company opening lo..hi that reports its results: 台達電先前已公布上半年財報,
    事欣科（4916）昨（11）日公布7月合併營收 (a body reports its own figures)."""
    start = _SUBJECT_LEAD.match(view, lo, hi).end()
    report = _REPORTS_OWN.search(view, start, hi)
    if report is None:
        return None
    end = report.start()
    while end > start and view[end - 1].isspace():
        end -= 1
    name = view[start:end]
    if 2 <= len(name) <= _COMPANY_MAX and not _NOT_A_COMPANY.match(name) and re.fullmatch(_COMPANY_NAME, name) \
            and not any(c in _NOT_IN_COMPANY for c in name) and _a_name_run(article, start, end):
        return HolderSpan(start, end, None, local=True)
    return None


def _goes_on_without_subject(article: Article, view: str, lo: int, hi: int, lex: Lexicons) -> bool:
    """The stretch has no subject of its own: it opens with a verb or adverb, with a company
    figure (漲幅為3.65%, 第2季毛利率34.1%, 每股純益3.83元), or is only 其中."""
    start = _SUBJECT_LEAD.match(view, lo, hi).end()
    if start >= hi:
        return True  # 其中，
    timed = _COMPANY_TIME_LEAD.match(view, start, hi)  # 收盤時來到213元, 上半年毛利率32%
    figure_at = timed.end() if timed else start
    if lex.company_re.match(view, figure_at) or view.startswith(("季增", "年增", "月增", "季减", "年减", "月减", "涨幅", "跌幅"), figure_at):
        return True
    if timed and timed.end() > start and view[figure_at:figure_at + 1] in ("来", "达", "为", "以", "收", "涨", "跌"):
        return True  # 收盤時來到213元: a time, then the verb
    return _opens_subjectless(article, view, lo, hi) is True


_NO_SUBJECT = re.compile(r"建议|要求|呼吁|希望|据|根据|按照|依照|依据")


def _subject_body_noun(article: Article, view: str, lo: int, hi: int, lex: Lexicons) -> HolderSpan | None:
    """A body named by a common noun opening the clause (去年合作社盈利2700多万元 → 合作社),
    unless it is speaking (政府表示) or only qualifies (合作社的社员)."""
    start = _SUBJECT_LEAD.match(view, lo, hi).end()
    if _NO_SUBJECT.match(view, start):
        return None  # 建议工厂周围1.6公里内: an appeal or a source opens the clause, not its subject
    end = body_noun_end(article, view, start, hi, lex)
    if end is None or view.startswith(("说", "表示", "指出", "称", "认为", "强调", "的"), end):
        return None
    return HolderSpan(start, end, None, local=True)


# Words right after a name that make it a speaker or a source (川普說, 路透報導), not an owner.
_SPEAKS = ("说", "表示", "指出", "称", "报道", "报导", "认为", "强调", "透露", "指")


def _subject_mention(article: Article, view: str, lo: int, hi: int, labels: tuple[str, ...],
                     titled: bool = False) -> HolderSpan | None:
    """The ORG (or PERSON) mention that opens the stretch lo..hi, past lead words and time
    words: the subject.  Not a source (路透報導) and not a speaker (川普說).  `titled`: past a
    title too (副總統賀錦麗 → 賀錦麗)."""
    start = _SUBJECT_LEAD.match(view, lo, hi).end()
    if titled:
        # 前總統川普: the title of a former holder starts one character later
        title = next((m for m in article.mentions if m.label == "TITLE" and m.end < hi and (
            m.start == start or m.start == start + 1 and view[start] in "前原")), None)
        start = title.end if title else start
    for mention in article.mentions:
        if mention.start == start and mention.end <= hi and mention.label in labels:
            following = view[mention.end:mention.end + 2]
            if following.startswith(_SPEAKS) \
                    or following[:1] in ("的、" if titled else "的、和与及"):  # titled: _with_partner joins 与
                return None
            return HolderSpan(mention.start, mention.end, None)
    return None


def _adjacent_owner(article: Article, view: str, f: Found, clause_lo: int, lex: Lexicons) -> HolderSpan | None:
    """An organisation or place written right before the number, or before 的 and the number:
    CPTPP的11個會員國, 伊朗伊斯蘭革命衛隊（IRGC）3名成員, 车路小学的101名学生.  This holds for
    counts of people too: members and pupils belong to their body."""
    end = f.start
    if view[end - 1:end] == "的":
        end -= 1
    elif view[end - 1:end] in ")）":
        opened = max(view.rfind("(", clause_lo, end), view.rfind("（", clause_lo, end))
        if opened == -1:
            return None
        end = opened  # 伊朗伊斯蘭革命衛隊（IRGC）3名: the alias in brackets
    else:
        return None
    for h in holder_spans(article, view, clause_lo, end, lex, f.unit):
        if h.end == end:
            return h
    person = next((m for m in article.mentions if m.label == "PERSON" and m.end == end and m.start >= clause_lo), None)
    if person and view[end:end + 1] == "的":
        return HolderSpan(person.start, person.end, None)  # 遠遠超出賀錦麗的34%: her share
    before = [t for t in article.tokens if clause_lo <= t.start and t.end <= end]
    if not before or before[-1].end != end:
        return None
    last = before[-1]
    if (last.pos in ("nt", "eng") or last.pos == "nz" and len(_tv(view, last)) > 1) \
            and (lex.quantity_words or {}).get(_tv(view, last).upper()) != "indicator":
        return HolderSpan(last.start, last.end, None)  # CPTPP (eng), 滙豐 (nz): a name jieba knows (GDP is measured, not an owner)
    if view[f.start - 1:f.start] in ")）" and re.fullmatch(r"[(（][A-Z]{2,8}[)）]", view[end:f.start]):
        # 伊朗伊斯蘭革命衛隊（IRGC）: a name glossed with its acronym; walk back over its words
        k = len(before) - 1
        while k > 0 and (before[k - 1].pos in ("ns", "nt", "nz", "n", "j") or before[k - 1].pos == "vn" and k > 1
                         and before[k - 2].pos in ("ns", "nt", "nz")) and before[k - 1].end == before[k].start:
            k -= 1
        if end - before[k].start >= 2:
            return HolderSpan(before[k].start, end, None)
    return None


_AFTER_LIST_END = re.compile(r"等(?:共|共计|合计|总共|总计)?$")  # 日本、中國…及我國等共129個國家
_PART_OF = re.compile(r"\s*(?:其中|当中|内含|包括)")  # the clause names a part of what came before
_POSSESS = re.compile(r"拥有|持有|掌握|共有")
# A place after these is where or against whom, not who: 俄軍在扎波羅熱控制5個定居點, 對烏克蘭發動4次.
_LOCATIVE = ("在", "对", "向", "于", "赴", "往")
# A name after these is a model or a yardstick, not the owner: 希望能比照美國，改為4～6個月.
# 在安徽、河北等地: every place of a list after 在 is where, not whose.
_LISTED_AFTER_LOCATIVE = re.compile(r"[在对向于赴往](?:[^，,。；;、在]{1,8}、)+$")
_COMPARED = re.compile(r"(?:比照|参照|参考|借鉴|仿效|效法|相较于|相较|较之|不如|比)$")


def _not_owner_position(view: str, start: int) -> bool:
    went_to = view[start - 1:start] == "到" and view[start - 2:start - 1] not in "达增升降加减长涨跌" \
        or view[start - 2:start] == "去过" or view[start - 1:start] == "去" and view[start - 2:start - 1] != "过"
    # 再到桃園, 他去過中國約50次 (not 達到俄羅斯…, not 過去中國…)
    # 日本每年自台灣賺進7000億, 取自湖北…的江水: a source (but 來自美國者, 來自中美的: an origin owns)
    came_from = view[start - 1:start] == "自" and view[start - 2:start - 1] not in ("来", "出", "独", "各")
    return view[start - 1:start] in _LOCATIVE or went_to or came_from or bool(_COMPARED.search(view, max(0, start - 3), start)) \
        or bool(_LISTED_AFTER_LOCATIVE.search(view, max(0, start - 30), start))


def _possessor(article: Article, view: str, clause_lo: int, number_start: int, lex: Lexicons,
               unit: str | None) -> HolderSpan | None:
    """X擁有N: the possessor owns the number (USW擁有85萬名成員 → USW)."""
    verbs = list(_POSSESS.finditer(view, clause_lo, number_start))
    if not verbs:
        return None
    verb = verbs[-1]
    named = holder_spans(article, view, clause_lo, verb.start(), lex, unit)
    if named:
        return named[-1]
    raw = view[clause_lo:verb.start()]
    subject = _LEADING.sub("", _ADVERBS.sub("", raw.strip()))
    if not 1 <= len(subject) <= 8 or re.search(r"[的是在]", subject):
        return None
    start = clause_lo + raw.find(subject)
    words = [t for t in article.tokens if start <= t.start < start + len(subject)]
    if words and all(t.pos in ("t", "f", "m") for t in words) or _WHEN_WORD.fullmatch(subject):
        return None  # 本周共有十檔績效打敗大盤, 目前共有…: a time is no possessor
    return HolderSpan(start, start + len(subject), None)


_WHEN_WORD = re.compile(r"(?:本|上|下|这|同)(?:周|週|月|季|年)|今年|去年|明年|目前|现在|当前|如今|至今|今天|昨天|近期|单周|全年|上半年|下半年")
# A clause that opens with its own subject takes no carried owner: 政府补贴70%，自己只拿30%.
_NEW_SUBJECT = re.compile(r"\s*(?:自己|他们|她们|我们|他|她|其余|其他|另外|两者|二者|双方)")


_IN_THE_POLL = ("民调中", "调查中")


def _reports_in(view: str, lo: int, hi: int, lex: Lexicons) -> bool:
    """A cue of reporting between lo and hi, other than a poll named as a noun (比7月時的民調,
    在…的民調中): those place the figure, nobody reports it there."""
    return any(not (view.startswith(_IN_THE_POLL, cue.start()) or view[cue.start() - 1:cue.start()] == "的"
                    and cue.group() in ("民调", "调查"))
               for cue in lex.cue_re.finditer(view, lo, hi))


# 選民對賀錦麗的好感度, 選民對其的好感度為32％: a measure of how people see someone is that person's.
_RATINGS = r"(?:好感度|支持度|支持率|满意度|信任度|认同度|评价|声望|胜选(?:预估)?(?:机率|概率|几率)|胜率|得票率|当选(?:机率|概率))"
_ATTITUDE_AFTER = re.compile(rf"的?{_RATINGS}")
_RATING_OPENING = re.compile(rf"[\s「『“\"]*{_RATINGS}")  # 勝率則只剩下10%: the clause goes on with the person before
_ATTITUDE_PRONOUN = "其他她"


def _attitude_target(article: Article, view: str, lo: int, hi: int) -> HolderSpan | None:
    """The person (or body) that the people's attitude in lo..hi is about: 對賀錦麗的好感度 →
    賀錦麗; 對其的好感度 → the person opening the sentence's clauses before it."""
    for m in re.finditer("对", view[lo:hi]):
        at = lo + m.end()
        if view[at:at + 1] and view[at] in _ATTITUDE_PRONOUN and _ATTITUDE_AFTER.match(view, at + 1):
            sent_lo = _sentence_bounds(article, at)[0]
            people = [p for p in article.mentions if p.label == "PERSON" and sent_lo <= p.start and p.end <= at
                      and _opens_its_clause(article, view, p, sent_lo)]
            if people:
                return HolderSpan(people[-1].start, people[-1].end, None)
            continue
        side = next((x for x in article.mentions if x.start == at and x.end <= hi and x.label in ("PERSON", "ORG")), None)
        if side and _ATTITUDE_AFTER.match(view, side.end):
            return HolderSpan(side.start, side.end, None)
    # 川普的好感度也從7月的38%, 預估川普勝選機率為54%: a person's own rating
    owner = next((x for x in article.mentions if lo <= x.start and x.end < hi and x.label == "PERSON"
                  and _ATTITUDE_AFTER.match(view, x.end)), None)
    return HolderSpan(owner.start, owner.end, None) if owner else None


def _named_reporter(article: Article, view: str, lex: Lexicons, lo: int, hi: int,
                    labels: tuple[str, ...] = ("PERSON", "ORG")) -> bool:
    """A person or body that reports between lo and hi, named in the cue's clause before it
    (李淳則說, 央行指出); a bare 预计 or 统计 with no one named is no reporter."""
    for cue in lex.cue_re.finditer(view, lo, hi):
        if view.startswith(_IN_THE_POLL, cue.start()):
            continue  # 川普在…拜登退選前的民調中，以45％領先: the poll is where the figure stands, not a report by 川普
        clause_lo = _clause_start(view, cue.start(), max(0, lo - 60))
        if any(m.label in labels and clause_lo <= m.start and m.end <= cue.start() for m in article.mentions):
            return True
    return False


_POINTS_BACK = re.compile(r"[\s「『“\"]*(?:该|这|此|其|那|本)")


def _topic_before(article: Article, view: str, sent_start: int, number_start: int, lex: Lexicons,
                  unit: str | None) -> HolderSpan | None:
    """The country or region that opens a clause of the paragraph's opening sentence, for the
    sentence right after it, when the opening sentence gives no figure itself and the one after
    names nobody before its figure (从年龄构成看，中国人口老龄化程度仍在加深。0至14岁人口占16.52% →
    中国); not a scope word, not the title of a person (美国总统…)."""
    if sent_start == 0 or "\n" in view[sent_start - 1:sent_start + 1]:
        return None
    lo, hi = _sentence_bounds(article, sent_start - 1)
    if view[:lo].rstrip(" \t\u3000")[-1:] not in ("", "\n") or "\n" in view[lo:hi].strip():
        return None  # a topic sentence opens its paragraph (a Taiwanese article is one paragraph)
    if re.search(rf"[\d{_CN_CHARS}]", view[lo:hi]):
        return None  # it has numbers of its own: their owners carry as claims do
    if _opens_subjectless(article, view, sent_start, number_start) is True or any(
            m.label in ("PERSON", "ORG", "GPE") and sent_start <= m.start < number_start for m in article.mentions):
        return None  # the sentence goes on with a verb (a subject we cannot see) or names its own
    if _POINTS_BACK.match(view, sent_start):
        return None  # 该舰…全长超过90米: the sentence is about a thing it points back to
    clause_lo = lo
    while clause_lo < hi:
        start = _SUBJECT_LEAD.match(view, clause_lo, hi).end()
        clause_end = _clause_end(view, start, hi)
        name = next((h for h in holder_spans(article, view, start, clause_end, lex, unit, organisations=False)
                     if h.start == start and not h.local), None)
        if name and not _names_a_person(article, name) and not _named_reporter(article, view, lex, start, clause_end):
            return name
        clause_lo = clause_end + 1
    return None


def _people_go_on(article: Article, view: str, f: Found, clause_lo: int, sent_end: int, carried: tuple,
                  sentence: int) -> bool:
    """A count of people takes the owner of the claim before only in the same sentence, in a
    clause with no subject, when that owner is a place or a body, and not as victims
    (全国人口增加了3377万，达到了13.73亿人 → 全国; not …，造成15人死亡, not a person's:
    「連署前死亡」有1萬1849人)."""
    return sentence == carried[2] and not _is_person(article, carried[1]) \
        and _opens_subjectless(article, view, clause_lo, f.num_start) is True \
        and not _VICTIM_WORDS.search(view, clause_lo, min(f.end + _VICTIM_REACH, _clause_end(view, f.end, sent_end)))


def _carries(carried: tuple, sentence: int, clause_lo: int) -> bool:
    """A person's or a body noun's figures run on to the very next clause only (许启金完成创新项目
    12项，攻克技术难关4项); a country's or a region's to the rest of the sentence and the next one."""
    if carried[3]:
        return clause_lo == carried[4]
    return sentence - carried[2] in (0, 1)


def _is_person(article: Article, holder: HolderSpan) -> bool:
    return any(m.label == "PERSON" and m.start == holder.start and m.end == holder.end for m in article.mentions)


def holder_text(article: Article, holder: HolderSpan | None, resources: Resources) -> str | None:
    if holder is None:
        return None
    if holder.pair:
        return _in_script(article, holder.pair, resources)
    return article.text[holder.start:holder.end]


def _clause_end(view: str, pos: int, limit: int) -> int:
    m = _CLAUSE_BREAK.search(view, pos, limit)
    return m.start() if m else limit


def _clause_start(view: str, pos: int, limit: int) -> int:
    for i in range(pos - 1, limit - 1, -1):
        if _CLAUSE_BREAK.match(view[i]):
            return i + 1
    return limit


_STOP_CHARS = set("将在和与及并是为了都也就可或已被会能从到给让向对比等上中内后前以之而但又还再更即且达增减约近逾")
_NUMERAL_CHARS = set("0123456789" + _CN_CHARS)
_NOT_NOUN = _STOP_CHARS | _NUMERAL_CHARS | set("的年月日版，,、；;：:。！？!?()「」『』“”\"《》 ")


def _is_noun(pos: str) -> bool:
    return pos.startswith("n") and pos not in ("nr",) or pos in ("vn", "an", "j", "eng")


def quantity_from_tokens(tokens, view: str, f: Found, sent_end: int) -> tuple[int, int] | None | bool:
    """With jieba tokens: the noun run after the unit, past one short modifier ending in 的
    (600枚可操作的核彈頭 → 核彈頭; 48%美國人表示 → 美國人).  False when the tokens say nothing."""
    after = [t for t in tokens if f.end <= t.start < sent_end][:10]
    if not after:
        return False
    if after[0].start != f.end:
        return False
    of = next((i for i, t in enumerate(after[:5]) if t.text == "的"), None)
    if of is not None and not any(re.search(r"[\d，。；、,;:!?「」]", t.text) for t in after[:of]):
        after = after[of + 1:]
    nouns = []
    for t in after:
        if not _is_noun(t.pos) or (nouns and t.start != nouns[-1].end):
            break
        nouns.append(t)
    if not nouns:
        return None
    return nouns[0].start, nouns[-1].end


def find_quantity(view: str, f: Found, sent_start: int, lex: Lexicons, tokens=(), sent_end: int | None = None) -> tuple[int, int] | None:
    """What is counted: the noun after the unit (600枚可操作的核彈頭 → 核彈頭), else the noun
    before 數量 (中國核彈頭數量將達到1500枚 → 核彈頭).  Durations count time, not things."""
    if f.unit in _DURATION_UNITS:  # 原定效期10年 → 效期; a bare length counts nothing
        return _noun_before_copula(tokens, f, sent_start) if tokens else None
    if tokens:
        span = quantity_from_tokens(tokens, view, f, sent_end or len(view))
        if span is not False:
            return span or _noun_before_copula(tokens, f, sent_start) or _noun_before_count_word(view, f, sent_start, lex)
    tail = re.match(r"[^\s，。；、,;:：！？!?()「」『』“”\"《》]{0,16}", view[f.end:]).group()
    cut = next((i for i, c in enumerate(tail) if c in _NUMERAL_CHARS), len(tail))
    tail = tail[:cut]  # 5177枚的3分之1: what follows is another number's phrase
    offset = tail.rfind("的") + 1
    piece_start = piece_end = f.end + offset
    while piece_end < f.end + len(tail) and view[piece_end] not in _STOP_CHARS:
        piece_end += 1
    if piece_end - piece_start >= 2 and view[piece_start] not in _STOP_CHARS:
        return piece_start, piece_end
    return _noun_before_count_word(view, f, sent_start, lex)


_COPULAS = {"为", "达", "达到", "是", "约", "共", "共有", "有", "约为", "高达", "仅", "只有", "增至", "降至", "升至"}


def _noun_before_copula(tokens, f: Found, sent_start: int) -> tuple[int, int] | None:
    """交易價格為141億美元 → 交易價格; 集裝箱吞吐量達1.7億標箱 → 集裝箱吞吐量 (with jieba tokens)."""
    before = [t for t in tokens if sent_start <= t.start and t.end <= f.start]
    if before and before[-1].text in _COPULAS:
        before = before[:-1]
    elif f.unit not in _DURATION_UNITS:
        return None  # without 為/達 the noun before is usually the owner (美國5177枚), not the thing
    nouns = []
    for t in reversed(before):
        if not _is_noun(t.pos) or t.pos in ("ns", "nt", "nr", "nrt") or (nouns and t.end != nouns[-1].start):
            break
        nouns.append(t)
    if not nouns or nouns[0].end != (before[-1].end if before else -1):
        return None
    start, end = nouns[-1].start, nouns[0].end
    return (start, end) if end - start >= 2 else None


# Walking back from 數量, 中 and 上 are part of names (中國核彈頭), not stops.
_NOT_NOUN_BEFORE = _NOT_NOUN - set("中上内后前之")


def _noun_before_count_word(view: str, f: Found, sent_start: int, lex: Lexicons) -> tuple[int, int] | None:
    """部署的戰略核彈頭數量不得超過1,550枚 → 戰略核彈頭 (the noun run just before 數量); with no
    數量, a clause that is only a qualifier takes the previous clause's head noun:
    配備核武器的重型轟炸機，不得超過700件 → 重型轟炸機."""
    part_start = max(sent_start, max(view.rfind(c, sent_start, f.start) for c in ";；") + 1)
    idx = view.rfind("数量", part_start, f.start)
    if idx == -1:
        clause_start = _clause_start(view, f.start, part_start)
        if clause_start <= part_start or not lex.pre_re.fullmatch(view[clause_start:f.start].strip()):
            return None
        idx = clause_start - 1  # the comma ending the previous clause
    start = idx
    while start > part_start and idx - start < 10 and view[start - 1] not in _NOT_NOUN_BEFORE:
        start -= 1
    for form in sorted(lex.holders, key=len, reverse=True):
        if view.startswith(form, start) and idx - start > len(form):
            start += len(form)  # 中國核彈頭 → 核彈頭: the country is the holder
            break
    return (start, idx) if idx - start >= 1 else None


# --------------------------------------------------------------------------- quantity (second pass)

_NAME_POS = ("ns", "nr", "nt", "nrt", "nrfg", "nrf")
_PREFIX_POS = ("b", "a", "vn", "an", "nz", "j")  # 大规模打击, 重型轰炸机: a modifier before a noun
_ACTION_UNITS = ("次", "起", "场", "轮", "波", "架次")


def _tv(view: str, t) -> str:
    return view[t.start:t.end]


def _nounish(view: str, t) -> bool:
    """A token that can be part of the counted noun phrase (not a name: 美國5177枚 is owned)."""
    word = _tv(view, t)
    return (_is_noun(t.pos) and t.pos not in _NAME_POS or t.pos == "l" and len(word) >= 3) \
        and word not in _NOT_QUANTITY_NOUNS and not any(c in _NUMERAL_CHARS for c in word)


# jieba tags these n, but they quantify or place, they are not the thing: 592个国家贫困县全部摘帽.
_NOT_QUANTITY_NOUNS = {"的", "全部", "全体", "全数", "总共", "其中", "目前", "现在", "当时", "同期", "同比", "期间", "方面"}


def _contiguous(run) -> bool:
    return all(a.end == b.start for a, b in itertools.pairwise(run))


def _strip_holder(view: str, start: int, end: int, lex: Lexicons, article: Article) -> int:
    """中國核彈頭 → 核彈頭, 宁夏国内生产总值 → 国内生产总值: the owner is the holder, not the thing."""
    m = lex.holder_re.match(view, start)
    if m and m.end() < end:
        return m.end()
    for mention in article.mentions:
        if mention.start == start and mention.end < end and mention.label in ("GPE", "ORG", "LOC"):
            return mention.end
    return start


def _quantity_after(article: Article, view: str, f: Found, clause_end: int, lex: Lexicons,
                    segmenter=None) -> str | None:
    """The noun phrase right after the number: 600枚可操作的核彈頭 → 核彈頭, 4次集群打击 → 集群打击,
    38%的選務人員 → 選務人員; a count of people followed by a verb counts those who did it
    (造成15人丧生 → 丧生, 4人因…被捕 → 被捕), and N人是X counts X (1萬人是美國鋼鐵的員工)."""
    toks = [t for t in article.tokens if f.end <= t.start and t.end <= clause_end][:12]
    if (not toks or toks[0].start != f.end) and segmenter is not None and clause_end > f.end:
        # 109次长线巡逻任务 → 次长/长线: jieba glued the unit to the next word; cut the rest again.
        from pipeline.article import Token
        from pipeline.segment import chinese_tokens

        toks = [Token(start=t.start + f.end, end=t.end + f.end, text=t.text, pos=t.pos)
                for t in chinese_tokens(article.text[f.end:clause_end], view[f.end:clause_end], segmenter)][:12]
    if not toks or toks[0].start != f.end:
        return None
    i = 0
    if _tv(view, toks[0]) == "的":
        i = 1
    elif _nounish(view, toks[0]):
        pass  # 2萬個職位的一部分: the noun right after the unit is the thing counted
    else:
        of = next((k for k, t in enumerate(toks[:5]) if _tv(view, t) == "的"), None)
        if of is not None and not any(re.search(r"[\d，。；、,;:!?「」]", _tv(view, t)) or _tv(view, t) in ("是", "为", "有")
                                      for t in toks[:of]):
            i = of + 1  # 600枚可操作的核彈頭: one short modifier ending in 的 (not 1萬人是美國鋼鐵的員工)
    # After a measure word of actions (4次集群打击, 1次大规模打击) the counted thing is an action:
    # a verb may end the phrase.
    actions = f.unit in _ACTION_UNITS
    run = []
    for k, t in enumerate(toks[i:], start=i):
        if run and t.start != run[-1].end:
            break
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        glued_noun = nxt is not None and nxt.start == t.end and _nounish(view, nxt)
        if _nounish(view, t) or (not run and t.pos in _PREFIX_POS):
            run.append(t)
        elif not run and glued_noun and (t.pos in _NAME_POS or t.pos == "v" and f.unit not in _PEOPLE_UNITS):
            run.append(t)  # 4次美國總統大選, 3000份連署書: a name or a verb stem modifying the noun after it
        elif actions and t.pos.startswith("v") and run and (nxt is None or _tv(view, nxt) in ("和", "及", "与", "、")):
            run.append(t)
            break
        else:
            break
    while run and not (_nounish(view, run[-1]) or actions and run[-1].pos.startswith("v")):
        run.pop()
    if run:
        text = article.text[run[0].start:run[-1].end]
        words = lex.quantity_words or {}
        if words.get(view[run[0].start:run[-1].end]) == "vague":
            return None
        return text
    if f.unit in _PEOPLE_UNITS and i == 0 and toks[0].pos.startswith("v"):
        first = _tv(view, toks[0])
        if first in ("是", "为") and len(toks) > 1 and 2 <= toks[-1].end - toks[1].start <= 14:
            return article.text[toks[1].start:toks[-1].end]
        if len(toks) > 1 and _nounish(view, toks[1]) and toks[1].start == toks[0].end:
            nouns = [toks[1]]
            for t in toks[2:]:
                if not _nounish(view, t) or t.start != nouns[-1].end:
                    break
                nouns.append(t)
            return article.text[toks[0].start:nouns[-1].end]  # 1名發燒婦女: a verb modifying the noun
        last = toks[-1] if toks[-1].pos.startswith("v") else toks[0]
        return article.text[last.start:last.end]
    return None


def _quantity_before(article: Article, view: str, f: Found, clause_lo: int, lex: Lexicons):
    """The subject whose number it is: 交易價格為141億美元 → 交易價格, 建设规模已超过3000万吨 →
    建设规模, 部署的戰略核彈頭數量不得超過1,550枚 → 部署的戰略核彈頭, 完成营业性货运量280.3亿吨 →
    营业性货运量.  Returns (noun phrase or None, change words, reached the clause start)."""
    words = lex.quantity_words or {}
    toks = [t for t in article.tokens if clause_lo <= t.start and t.end <= f.start]
    k = len(toks) - 1
    group = []
    while k >= 0:
        w = _tv(view, toks[k])
        kind = words.get(w)
        if w in _COMPLETION_VERBS and all(words.get(_tv(view, t)) != "govern" for t in group):
            kind = "link"  # 快递业务量累计完成408.2亿件: completing a figure links the subject to it
        if kind in ("link", "change", "skip") or toks[k].pos in ("d", "ul", "uz") or w in lex.qualifiers_pre:
            group.append(toks[k])
            k -= 1
            continue
        break
    change = "".join(article.text[t.start:t.end] for t in reversed(group)
                     if words.get(_tv(view, t)) == "change" or _tv(view, t) in ("同比", "环比"))
    end_k = k
    if group and k >= 1 and toks[k].pos == "v" and len(_tv(view, toks[k])) == 2 and words.get(_tv(view, toks[k])) is None \
            and _nounish(view, toks[k - 1]) and toks[k - 1].end == toks[k].start:
        k -= 1  # 國防/n 預算/v 削減一半: jieba tags the noun's last word a verb; the noun before it decides
    while k >= 0 and (_nounish(view, toks[k]) or toks[k].pos in ("s", "b") and k < end_k) \
            and (k == end_k or toks[k].end == toks[k + 1].start) \
            and not (k > 0 and (toks[k - 1].pos == "m" or re.search(r"\d", _tv(view, toks[k - 1])))):
        k -= 1  # 国内/s 生产总值: a place word or modifier inside the subject (14人: a unit, not one)
    while k + 1 <= end_k and toks[k + 1].pos not in ("b", "s") and not _nounish(view, toks[k + 1]):
        k += 1  # 总/b 投资: a modifier may start the subject
    run = toks[k + 1:end_k + 1]
    if run and k >= 0 and toks[k].pos == "v" and len(_tv(view, toks[k])) == 2 and toks[k].end == run[0].start \
            and words.get(_tv(view, toks[k])) is None and not (k > 0 and toks[k - 1].pos == "m"):
        # 死亡/v 人数, 选举/v 人数, 创新/v 项目: a verb stem inside the subject; but a verb that
        # governs the noun (完成营业性货运量, 关停化工企业) is left out (numbers_quantity_words: govern).
        run = toks[k:end_k + 1]
        k -= 1
    if run and k >= 1 and _tv(view, toks[k]) == "的" and toks[k - 1].pos.startswith("v") and words.get(_tv(view, toks[k - 1])) is None:
        run = toks[k - 1:end_k + 1]  # 部署的戰略核彈頭: the verb of a 的-modifier belongs to the noun
        k -= 2
    if not run:
        reached = k < 0 and bool(group)
        return None, change, reached
    start, end = run[0].start, run[-1].end
    start = _strip_holder(view, start, end, lex, article)
    for word, kind in words.items():
        if kind == "count" and view.endswith(word, start, end) and end - len(word) > start:
            end -= len(word)  # 核彈頭數量 → 核彈頭
            break
    if words.get(view[start:end]) == "vague" or end - start < 2 and not group:
        return None, change, False
    return article.text[start:end], change, False


def describe_quantity(article: Article, view: str, f: Found, sent_start: int, sent_end: int, lex: Lexicons,
                      previous: tuple | None, segmenter=None) -> tuple[str | None, str | None]:
    """(quantity, its noun phrase to carry): what the number counts.  `previous` is
    (sentence start, end, quantity, noun phrase) of the claim before in the article."""
    if not article.tokens:
        span = find_quantity(view, f, sent_start, lex, (), sent_end)
        return (article.text[span[0]:span[1]] if span else None), None
    if f.unit == "岁":
        return ("年齡" if article.lang == "zh-Hant" else "年龄"), None  # 現年64歲的高市早苗: an age
    same_sentence = previous is not None and previous[0] == sent_start
    if same_sentence and view[f.start - 1:f.start] in "(（" and previous[1] == f.start - 1:
        return previous[2], previous[3]  # 141億美元（約新台幣4449億元）: the same amount converted
    clause_lo = _clause_start(view, f.start, sent_start)
    clause_end = _clause_end(view, f.end, sent_end)
    if f.unit in _DURATION_UNITS:
        if view[f.end:f.end + 1] == "的":  # 長達4年的武裝衝突
            return _quantity_after(article, view, f, clause_end, lex, segmenter), None
        span = _noun_before_copula(article.tokens, f, sent_start)  # 原定效期10年 → 效期
        return (article.text[span[0]:span[1]] if span else None), None
    after = _quantity_after(article, view, f, clause_end, lex, segmenter)
    if after:
        return after, after
    if view[f.start - 1:f.start] == "的" and (f.unit == "%" or f.reading.implied_unit == "%" or f.reading.special
                                              or f.reading.value is not None and f.reading.value < 1):
        # 交易总额的1%, 美國5177枚的3分之1: a share of what stands before 的
        share = _quantity_before(article, view, Found(f.start - 1, f.end, f.num_end, f.reading, f.unit, f.qualifier,
                                                      f.num_start), clause_lo, lex)[0]
        if share:
            return share, share
    noun, change, reached = _quantity_before(article, view, f, clause_lo, lex)
    if noun is None and reached and same_sentence and previous[3]:
        noun = previous[3]  # 我国完成港口货物吞吐量89亿吨，同比增长4% → 港口货物吞吐量同比增长
    if noun is None:
        span = _noun_before_count_word(view, f, sent_start, lex)
        noun = article.text[span[0]:span[1]] if span else None
    if noun is None and (f.reading.special or f.reading.implied_unit == "倍"):
        subject = _clause_subject(article, view, clause_lo, f.start, lex)
        noun = subject
    if noun is None:
        return (change or None), None  # 累计加息375个基点 → 加息
    if change and (f.unit in ("%", "个百分点", "百分点") or f.reading.implied_unit == "%"):
        return noun + change, noun  # 国内生产总值增长6.6%: the growth of the product
    return noun, noun


def _clause_subject(article: Article, view: str, lo: int, hi: int, lex: Lexicons) -> str | None:
    """The first noun phrase of the clause (核力量可在幾年內翻一番 → 核力量), past an owner."""
    toks = [t for t in article.tokens if lo <= t.start and t.end <= hi]
    k = 0
    while k < len(toks) and (toks[k].pos in _NAME_POS or toks[k].pos in ("c", "t", "d", "p") or _tv(view, toks[k]) == "的"):
        k += 1
    run = []
    for t in toks[k:]:
        if not _nounish(view, t) or (run and t.start != run[-1].end):
            break
        run.append(t)
    if not run:
        return None
    start = _strip_holder(view, run[0].start, run[-1].end, lex, article)
    return article.text[start:run[-1].end] if run[-1].end - start >= 2 else None


_EDITION = re.compile(r"^\d+年?度?版?")  # 2022年版中國軍力報告 → 中國軍力報告
_PRONOUN = re.compile(r"^(?:他|她|它|他们|她们|它们|其)$")
_ADVERBS = re.compile(r"(?:刚刚|刚|已经|已|曾经|曾|再度|再|也|更|还|则|亦|并|都|就|又|中|里|内|上|所)+$")
_LEADING = re.compile(r"^(?:而|但是|但|不过|据|根据|另外|此外|同时|并且|且|就算|即使|如果|若|真如|正如|如同|诚如|如)+")
_BRACKETED = re.compile(r"\([^)]*\)|（[^）]*）")


def find_claimant(article: Article, view: str, f: Found, sent_start: int, lex: Lexicons) -> str | None:
    """Who asserts the number: the speaker of a statement covering it, else the subject of the
    first reporting verb in the sentence (美國防部剛公布…報告中指出 → 美國國防部)."""
    for statement in article.statements:
        if statement.start <= f.start and f.end <= statement.end and statement.speaker:
            speaker_view = view[statement.speaker_start:statement.speaker_end] \
                if statement.speaker_start is not None and statement.speaker_end is not None else statement.speaker
            return _expand_short_form(statement.speaker, speaker_view)
    for cue in lex.cue_re.finditer(view, sent_start, f.start):
        clause_start = _clause_start(view, cue.start(), sent_start)
        if _PRONOUN.match(view[clause_start:cue.start()].strip()):
            continue  # 他說: the statements stage resolves the pronoun; its speaker wins above
        subject = _subject(article, view, clause_start, cue.start())
        if subject is None and clause_start > sent_start and not _ADVERBS.sub("", view[clause_start:cue.start()]):
            # 而兩年前的2022年版中國軍力報告，更預測… → the subject is the clause before.
            prev_start = _clause_start(view, clause_start - 1, sent_start)
            subject = _subject(article, view, prev_start, clause_start - 1)
        if subject:
            return subject
    return None


def _subject(article: Article, view: str, start: int, end: int) -> str | None:
    raw = view[start:end]
    stripped = _LEADING.sub("", _ADVERBS.sub("", raw))
    s = start + len(raw) - len(_LEADING.sub("", raw))
    e = s + len(stripped)
    for tx in article.time_expressions:
        if s < tx.start < e:
            e = tx.start  # 国家邮政局今天（8月12日）发布 → 国家邮政局: the date says when, not who
    if e - s < 2:
        return None
    subject, subject_v = article.text[s:e], view[s:e]
    if "的" in subject_v:  # 兩年前的2022年版中國軍力報告 → 2022年版中國軍力報告
        cut = subject_v.rfind("的") + 1
        subject, subject_v = subject[cut:], subject_v[cut:]
    lead = len(subject_v) - len(_EDITION.sub("", subject_v))
    subject, subject_v = subject[lead:], subject_v[lead:]  # 2022年版中國軍力報告 → 中國軍力報告
    subject = _BRACKETED.sub("", subject).strip()
    subject_v = _BRACKETED.sub("", subject_v).strip()
    if not 2 <= len(subject_v) <= 20 or re.search(r"[「」“”\"]", subject_v):
        return None
    return _expand_short_form(subject, subject_v)


_SHORT_FORMS = {"美国防部": "美国国防部", "俄国防部": "俄罗斯国防部", "美国务院": "美国国务院", "陆外交部": "中国外交部",
                "俄外交部": "俄罗斯外交部", "美国防部长": "美国国防部长"}


def _expand_short_form(subject: str, subject_v: str) -> str:
    """美國防部 is 美國國防部 written short; keep the article's script (Traditional stays)."""
    full = _SHORT_FORMS.get(subject_v)
    if not full:
        return subject
    if subject != subject_v:  # Traditional article: convert the Simplified long form
        return _converters().s2t.convert(full)
    return full


def find_time_value(article: Article, f: Found, sent_start: int) -> str | None:
    """The TIMEX the number refers to: the nearest date before it in the sentence
    (截至2024年中期，中國已經擁有超過600枚 → 2024)."""
    best = None
    for timex in article.time_expressions:
        if timex.type not in ("DATE", "TIME") or not timex.value:
            continue
        if sent_start <= timex.start and timex.end <= f.start:
            best = timex
    return best.value if best else None


def _in_script(article: Article, simplified: str | None, resources: Resources) -> str | None:
    if simplified is None or article.lang != "zh-Hant":
        return simplified
    from pipeline import normalize

    return resources.get("converters", normalize.load_converters).s2t.convert(simplified)


def _excluded_by_time(article: Article, view: str, f: Found) -> bool:
    """Dates, years, offsets (5年前), times of day and SET are not claims; lengths are
    (原定效期10年, 未來10年內, 逾50年來)."""
    for timex in article.time_expressions:
        if not (timex.start < f.num_end and f.num_start < timex.end):
            continue
        if timex.type != "DURATION":
            return True  # dates, years, offsets (5年前), times of day, SET
    return False


def find_numeric_claims(article: Article, resources: Resources) -> Article:
    """Stage: fill `article.numeric_claims` (runs after timex and statements)."""
    if article.lang == "en":
        article.numeric_claims = find_english_claims(article, resources)
        return article
    from pipeline import normalize

    view = article.view or normalize.make_view(article.text, resources.get("converters", normalize.load_converters))
    lex = resources.get("numbers_lexicons", load_lexicons)
    from pipeline.segment import load_segmenter

    segmenter = resources.get("segmenter", load_segmenter) if article.tokens else None
    from pipeline.speakers import female_names

    women = female_names(resources)  # 她 stands for one of them
    claims: list[NumericClaim] = []
    carried: tuple | None = None  # (paragraph, last holder, its sentence, next clause only, where that clause starts)
    previous: tuple | None = None  # (sentence start, end, quantity, noun phrase) of the last claim
    last_holder: tuple[int, HolderSpan] | None = None  # (sentence start, holder) of the last owned claim
    last_claim: tuple[int, HolderSpan | None, int] | None = None  # (sentence start, holder, start) of the last count
    for f in find_numbers(view, lex):
        if _excluded_by_time(article, view, f) or _the_two_named(article, view, f):
            continue
        sent_start, sent_end = _sentence_bounds(article, f.start)
        holder = _whole_name(article, view, find_holder(article, view, f, sent_start, sent_end, lex, women))
        if holder and (lex.quantity_words or {}).get(view[holder.start:holder.end].upper()) == "indicator":
            holder = None  # EPS為4.25元 (the NER's ORG reached as a subject): what is measured owns nothing
        clause_lo = _clause_start(view, f.start, sent_start)
        whole_unowned = False  # the part of a number that has no owner has none either
        if f.unit not in _DURATION_UNITS and _PART_OF.match(view, clause_lo):
            if holder is not None and holder.start < clause_lo and last_claim and last_claim[0] == sent_start \
                    and last_claim[2] < clause_lo:
                # 全球每年有30多万人死于跌倒，其中60岁以上的人占一半以上: the part has the owner of the
                # whole just counted (none for victims), not a name from an earlier clause.
                holder = last_claim[1]
                whole_unowned = holder is None
            elif holder is None and last_holder and last_holder[0] == sent_start:
                # USW擁有85萬名成員，其中只有1萬人…: a part of the number before has the same owner.
                holder = last_holder[1]
        if holder is not None and f.unit in _PEOPLE_UNITS \
                and _CASE_COUNT.search(view, max(clause_lo, holder.end), f.num_start):
            # 菲律宾国家减灾委员会…确认的死亡人数为151人: the people an event killed or hurt are
            # counted in a place, not owned by it (tests/gold/README.md, numbers 7).  A tally of
            # cases in 例 (美国累计确诊病例超过3443万例) is left to the owner found: the broad
            # audits judged a country's running tally its own statistic, like its GDP.
            holder, whole_unowned = None, True
        last_holder = (sent_start, holder) if holder else last_holder
        if f.unit not in _DURATION_UNITS + ("岁",):  # a length or an age describes; it is not the whole
            last_claim = (sent_start, holder, f.start)
        paragraph = view.rfind("\n", 0, f.start)
        sentence = article.sentence_at(f.start)
        if holder is None and not whole_unowned and carried and carried[0] == paragraph and _carries(carried, sentence, clause_lo) \
                and f.unit not in _DURATION_UNITS + ("岁",) and not _NEW_SUBJECT.match(view, clause_lo) \
                and (f.unit not in _PEOPLE_UNITS or _people_go_on(article, view, f, clause_lo, sent_end, carried, sentence)) \
                and not _another_item_before(view, carried[1], f.num_start) \
                and not _share_of_respondents(view, f, sent_start, sent_end, lex) \
                and _votes_in_a_tally(view, f, sent_start, sent_end) is None \
                and not (sentence != carried[2] and _named_reporter(article, view, lex, sent_start, f.num_start)):
            # (not into a sentence where someone new reports: 趙少康指出，台灣人…38公斤。李淳則說，…90.7％)
            # 上半年，我国完成港口货物吞吐量89亿吨…。集装箱吞吐量达1.7亿标箱: the owner of the
            # last claim carries to the next sentence of its paragraph that names none (not
            # further: a Taiwanese article is often one paragraph end to end).
            holder = carried[1]
            if carried[3]:  # 三接站的…660億，…已花費193.9億，累積進度30.9％: on over each clause with no subject
                carried = carried[:4] + (_clause_end(view, f.end, sent_end) + 1,)
        elif holder is None and not whole_unowned and f.unit not in _DURATION_UNITS + _PEOPLE_UNITS + ("岁",) \
                and (topic := _topic_before(article, view, sent_start, f.num_start, lex, f.unit)):
            # 从年龄构成看，中国人口老龄化程度仍在加深。0至14岁人口占16.52%: the country the sentence
            # before is about owns the figures that follow it, as a claim's owner would
            holder = topic
            carried = (paragraph, topic, sentence - 1, False, _clause_end(view, f.end, sent_end) + 1)
        elif holder:
            next_clause = _clause_end(view, f.end, sent_end) + 1
            carried = (paragraph, holder, sentence, holder.local or _is_person(article, holder), next_clause)
        elif carried and carried[0] != paragraph:
            carried = None
        quantity, noun_phrase = describe_quantity(article, view, f, sent_start, sent_end, lex, previous, segmenter)
        if holder and quantity == article.text[holder.start:holder.end]:
            quantity = None  # 国家市场监督管理总局已为87家…: the owner is not what is counted
        if holder and holder.local and quantity and quantity.startswith(article.text[holder.start:holder.end]) \
                and len(quantity) > holder.end - holder.start:
            quantity = quantity[holder.end - holder.start:]  # 合作社盈利 → 盈利 (合作社 is the holder)
        previous = (sent_start, f.end, quantity, noun_phrase)
        unit_text = _unit_surface(article, view, f)
        claims.append(
            NumericClaim(
                claim_id=f"{article.article_id}:nc{len(claims)}",
                article_id=article.article_id,
                start=f.start,
                end=f.end,
                text=article.text[f.start:f.end],
                value=f.reading.value,
                value_low=f.reading.low,
                value_high=f.reading.high,
                unit=unit_text,
                quantity=quantity,
                qualifier=f.qualifier,
                holder=holder_text(article, holder, resources),
                claimant=find_claimant(article, view, f, sent_start, lex),
                time_value=find_time_value(article, f, sent_start),
                sent_idx=article.sentence_at(f.start),
            )
        )
    article.numeric_claims = claims
    return article


# 歐加修－寇蒂茲: a transliterated name joined by a hyphen or a middle dot, which the NER may split.
_NAME_JOINT = re.compile(r"[\u4e00-\u9fff]{0,2}[－‧·・\-]")


def _whole_name(article: Article, view: str, holder: HolderSpan | None) -> HolderSpan | None:
    """The person's whole name when the NER found it as two names joined by a hyphen or dot."""
    if holder is None or holder.pair or not _is_person(article, holder):
        return holder
    joint = _NAME_JOINT.match(view, holder.end)
    rest = joint and next((m for m in article.mentions if m.label == "PERSON" and m.start == joint.end()), None)
    return HolderSpan(holder.start, rest.end, None, holder.local) if rest else holder


_CANDIDATES = ("候选人", "参选人", "总统候选人")


def _the_two_named(article: Article, view: str, f: Found) -> bool:
    """兩人有攻有守, 隔空交火已久的兩人, 辯論會2人針鋒相對: "the two" points back to two people
    just named; a count of two people is a claim only after a verb (造成2人死亡, 有兩人受傷, 逮捕2人)
    or with victim words after it."""
    if f.reading.value != 2 or f.qualifier != "=" or f.start != f.num_start:
        return False
    if f.unit in ("位", "名") and view.startswith(_CANDIDATES, f.end):
        return True  # 接觸兩位候選人, 選民對於兩位候選人…的評價: the two candidates of the race
    if f.unit != "人" and not (f.unit == "个" and view[f.end:f.end + 1] == "人"):  # 兩個人都有…壓力
        return False
    if view[f.start - 1:f.start] == "的" and not _VICTIM_WORDS.search(view, f.end, f.end + _VICTIM_REACH):
        return True  # 隔空交火已久的兩人，…
    if _VICTIM_WORDS.search(view, f.end, f.end + _VICTIM_REACH) or _CLAUSE_BREAK.match(view, f.end):
        return False  # 缺席2人，: a count ending its clause is what the clause says
    before = next((t for t in article.tokens if t.end == f.start), None)
    return before is None or not before.pos.startswith("v") \
        and view[before.start:before.end] not in ("有", "共", "约", "仅", "只有", "了", "过")  # 发现了两人的遗体


def _unit_surface(article: Article, view: str, f: Found) -> str | None:
    """The unit as written in the article's script (个 → 個 in Traditional text)."""
    if f.unit is None:
        return None
    if f.reading.implied_unit:
        return f.reading.implied_unit
    idx = view.find(f.unit, f.start, f.end)
    if idx == -1 and f.unit.startswith("个"):
        # 4個多月: the unit's two halves around 多, each as written
        first, last = view.find("个", f.start, f.end), view.rfind(f.unit[-1], f.start, f.end)
        if first != -1 and last != -1:
            return article.text[first] + article.text[last - len(f.unit) + 2:last + 1]
    if idx == -1 or f.unit == "%":
        return f.unit
    return article.text[idx:idx + len(f.unit)]


# --------------------------------------------------------------------------- English

_EN_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a thousand": 1000, "a dozen": 12, "dozen": 12,
}  # "one" is left out: "one of the…", like 一 in Chinese, is rarely a count
_EN_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "mn": 10**6, "bn": 10**9, "m": 10**6}
# Every word a spelled-out cardinal is made of; "one" reads as 1 inside a number (twenty-one).
_EN_CARDINAL_WORDS = {"zero": 0, "one": 1, **{w: v for w, v in _EN_NUMBER_WORDS.items() if " " not in w}}
_EN_CARDINAL_ALT = "|".join(sorted(_EN_CARDINAL_WORDS, key=len, reverse=True))
# More words of one number after its first: twenty-five, two hundred and forty, three thousand.
# "and" only after hundred or thousand: "three and four" are two numbers.
_EN_CARDINAL_TAIL = (rf"(?:(?:\s+|-)(?:{_EN_CARDINAL_ALT}|thousand)\b"
                     rf"|(?:(?<=hundred)|(?<=thousand))\s+and\s+(?:{_EN_CARDINAL_ALT})\b)*")
_EN_CARDINAL = re.compile(
    rf"(?<![\w.])(?:(?P<dig>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"|(?P<word>\b(?:an?\s+)?(?:{_EN_CARDINAL_ALT})\b{_EN_CARDINAL_TAIL}))"
    rf"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|mn)\b)?",
    re.IGNORECASE,
)


def english_words_value(words: str) -> float | None:
    """twenty-five → 25, two hundred and forty → 240, a dozen → 12, three thousand five hundred →
    3500: hundreds multiply what came before, thousands close a group."""
    total = current = 0
    for word in re.split(r"[\s-]+", words.strip().lower()):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current = current or 1
        elif word in ("hundred", "dozen"):
            current = (current or 1) * (100 if word == "hundred" else 12)
        elif word in _EN_SCALES and word not in ("m", "mn", "bn"):
            total, current = total + (current or 1) * _EN_SCALES[word], 0
        elif word in _EN_CARDINAL_WORDS:
            current += _EN_CARDINAL_WORDS[word]
        else:
            return None
    return float(total + current)


def english_match_value(m: re.Match) -> float | None:
    """The value of a match with `dig`, `word` and `scale` groups (1.2 million, three hundred)."""
    value = float(m.group("dig").replace(",", "")) if m.group("dig") else english_words_value(m.group("word"))
    if value is not None and m.group("scale"):
        value *= _EN_SCALES[m.group("scale").lower()]
    return value


def parse_english_number(text: str) -> float | None:
    """The first English cardinal in `text`: three → 3, 1.2 million → 1200000, $3.5bn → 3.5e9."""
    m = _EN_CARDINAL.search(text)
    return english_match_value(m) if m else None
# Nouns whose plural has no -s: "49 people", "1,000 police".
_EN_IRREGULAR = {"people", "police", "personnel", "children", "men", "women", "staff", "cattle", "sheep", "fish",
                 "aircraft", "deer", "feet", "teeth", "mice", "geese", "crew", "livestock"}
_EN_POSSESS = re.compile(r"\b(?:has|have|had|owns|own|owned|holds|hold|held|possesses|possess|deployed|deploys|deploy|fields|"
                         r"maintains|employs|employed|raised|raises|spent|spends|received|receives|won|lost|reported|reports|"
                         r"earned|posted|plans|planned|invested|invests|pledged|"
                         r"rose|fell|dropped|shed|gained|climbed|jumped|slid|declined|lost|grew|added)\b")  # MediaTek Inc. lost 3.35 percent
_EN_NAME = r"(?:[A-Z][\w.&'’-]*|of|the|and|for)(?:\s+(?:[A-Z][\w.&'’-]*|of|the|and|for)){0,4}"
_EN_NOT_NAMES = {"The", "It", "He", "She", "They", "We", "I", "This", "That", "These", "Those", "A", "An", "In", "On",
                 "At", "But", "And", "Its", "His", "Her", "Their", "Our", "Mr", "Mrs", "Ms", "Just", "Only", "About"}
# A full stop after Inc./Co./Mr. is an abbreviation, not the end of a clause.
_EN_CLAUSE_BREAK = re.compile(r"[;:!?]|,(?=\s)|(?<!Inc)(?<!Co)(?<!Corp)(?<!Ltd)(?<!Mr)(?<!Mrs)(?<!Ms)(?<!Dr)(?<!St)(?<!Jr)(?<!Sr)"
                              r"(?<!Gen)(?<!Sen)(?<!Rep)(?<!Gov)(?<![A-Z])\.(?=\s)|—| - ")
_EN_LOCATIVE = {"in", "to", "from", "at", "against", "on", "with", "into", "for", "by", "across", "toward", "towards"}


@dataclass
class EnglishLexicons:
    qualifiers: dict[str, str]
    units: dict[str, str]  # word → currency | money | percent | scale | measure
    stop: set[str]
    countries: list[str]
    number_re: re.Pattern
    qualifier_re: re.Pattern


def load_english_lexicons(config: Config) -> EnglishLexicons:
    return _load_english(config.resources_dir)


@lru_cache(maxsize=4)
def _load_english(resources_dir: Path) -> EnglishLexicons:
    qualifiers = {r[0].strip(): r[1].strip() for r in data_rows(resources_dir / "numbers_en_qualifiers.txt") if len(r) > 1}
    units = {r[0].strip(): r[1].strip() for r in data_rows(resources_dir / "numbers_en_units.txt") if len(r) > 1}
    stop = {r[0].strip() for r in data_rows(resources_dir / "numbers_en_words.txt")}
    countries = [r[1].strip() for r in data_rows(resources_dir / "countries.tsv") if len(r) > 1 and r[1].strip()]
    countries += ["U.S.", "US", "America", "Britain", "EU", "European Union", "NATO", "Taiwan", "China"]
    currencies = [u for u, k in units.items() if k == "currency"]
    words = sorted(_EN_NUMBER_WORDS, key=len, reverse=True)
    number_re = re.compile(
        rf"(?<![\w.$€£¥-])(?:(?P<cur>{_alternation(currencies)})\s?)?"
        rf"(?:(?P<dig>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?P<word>\b(?:{'|'.join(map(re.escape, words))})\b"
        rf"{_EN_CARDINAL_TAIL}))"
        rf"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|mn|m)\b)?",
        re.IGNORECASE,
    )
    qualifier_re = re.compile(rf"\b(?:{_alternation(qualifiers)})\s*$", re.IGNORECASE)
    return EnglishLexicons(qualifiers, units, stop, sorted(set(countries), key=len, reverse=True), number_re, qualifier_re)


def _en_clause(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    start = lo
    for m in _EN_CLAUSE_BREAK.finditer(text, lo, pos):
        start = m.end()
    m = _EN_CLAUSE_BREAK.search(text, pos, hi)
    return start, (m.start() if m else hi)


def _en_noun_phrase(text: str, pos: int, stop: set[str], limit: int) -> tuple[int, int] | None:
    """Up to three lower-case words after `pos` ending in a plural: 600 operational warheads,
    1 million private sector jobs, 49 people."""
    words = list(re.finditer(r"\s*([a-z][a-z-]*)", text[pos:limit]))
    span, cursor = None, pos
    for m in words[:3]:
        if pos + m.start() != cursor:
            break
        word = m.group(1)
        if word in stop:
            break
        cursor = pos + m.end()
        if word.endswith("s") and not word.endswith("ss") or word in _EN_IRREGULAR:
            span = (pos + m.start(1) - 0, cursor)
    if span is None:
        return None
    first = re.match(r"\s*", text[pos:]).end()
    return pos + first, span[1]


def _en_holder(text: str, lo: int, num_start: int, lex: EnglishLexicons) -> str | None:
    """Whose number: a possessive (China's, Hon Hai's), the subject of has/owns/raised…, or a
    country named earlier in the clause (not after in/to/from: a place, not an owner)."""
    before = text[lo:num_start]
    best = None
    for m in re.finditer(rf"({_EN_NAME})['’]s\b", before):
        best = m
    if best:
        return _en_trim(best.group(1))
    verbs = list(_EN_POSSESS.finditer(before))
    if verbs:
        head = before[:verbs[-1].start()].rstrip()
        m = re.search(rf"({_EN_NAME})\s*$", head) if re.search(r"[A-Z][\w.&'’-]*$", head) else None
        if m and _en_trim(m.group(1)):
            return _en_trim(m.group(1))
    found = None
    for country in lex.countries:
        for m in re.finditer(rf"(?<![\w.]){re.escape(country)}(?![\w$])", before):  # not US$
            prev = re.search(r"(\w+)\s+(?:the\s+)?$", before[:m.start()])
            if prev and prev.group(1).lower() in _EN_LOCATIVE:
                continue
            if found is None or m.start() > found[0]:
                found = (m.start(), country)
    return found[1] if found else None


def _en_trim(name: str) -> str | None:
    words = name.split()
    while words and (words[0] in _EN_NOT_NAMES or words[0] in ("of", "the", "and", "for")):
        words = words[1:]
    while words and words[-1] in ("of", "the", "and", "for"):
        words = words[:-1]
    return " ".join(words) if words and words[0][:1].isupper() else None


_EN_CLAIMANT = re.compile(rf"(?:according to (?:the )?({_EN_NAME}))|(?:({_EN_NAME}) (?:said|says|reported|estimated|estimates|showed|shows|found))")


def _en_claimant(text: str, lo: int, hi: int) -> str | None:
    for m in _EN_CLAIMANT.finditer(text, lo, hi):
        name = _en_trim(m.group(1) or m.group(2))
        if name:
            return name
    return None


def find_english_claims(article: Article, resources: Resources) -> list[NumericClaim]:
    """Numbers with a currency, a percentage, a measure or a counted plural noun:
    "more than 600 operational warheads" → 600, quantity operational warheads, qualifier >;
    "$1.5 billion" → 1.5e9, unit $; "3.5 percent" → 3.5, unit %.  Years (2016), dates (April
    24), times (10 a.m.), ordinals (5th) and labels (F-16) are not claims."""
    lex = resources.get("numbers_en_lexicons", load_english_lexicons)
    text = article.text
    claims: list[NumericClaim] = []
    for m in lex.number_re.finditer(text):
        start, end = m.start(), m.end()
        if text[end:end + 1].isalpha() and not m.group("scale") or text[end:end + 1] in ("-", ":") \
                or text[start - 1:start] in ("-", "#", "/") or re.search(r"\b(?:No|no)\.\s*$", text[max(0, start - 4):start]):
            continue  # 5th, F-16, 10:30, 74-year-old, No. 5
        raw = m.group("dig") or m.group("word")
        if (m.group("scale") or "").lower() == "m" and not m.group("cur"):
            continue  # 300 m is metres
        value = english_match_value(m)
        if value is None:
            continue
        month_before = re.search(r"\b([A-Za-z]+)\.?\s+$", text[max(0, start - 12):start])
        if month_before and month_before.group(1).lower() in lex.stop and month_before.group(1)[:1].isupper() \
                and month_before.group(1).lower() in _MONTHS:
            continue  # April 24
        unit, quantity_span = None, None
        tail = re.match(r"\s*(percentage points?|per cent|percent|%)", text[end:], re.IGNORECASE)
        if m.group("cur"):
            unit = m.group("cur").upper() if m.group("cur") != "$" else "$"
        elif tail:
            unit = "%" if tail.group(1).lower() in ("percent", "per cent", "%") else tail.group(1).lower()
            end += tail.end()
        else:
            word = re.match(r"\s*([A-Za-z]+(?: [a-z]+)?)", text[end:])
            kind = None
            if word:
                for candidate in (word.group(1).lower(), word.group(1).split()[0].lower()):
                    kind = lex.units.get(candidate)
                    if kind in ("money", "measure", "percent"):
                        unit = candidate
                        end += re.match(r"\s*", text[end:]).end() + len(candidate)
                        break
            if unit is None:
                if m.group("dig") and not m.group("scale") and re.fullmatch(r"(18|19|20|21)\d\d", raw):
                    continue  # 2016 is a year
                quantity_span = _en_noun_phrase(text, end, lex.stop, min(len(text), end + 60))
                if quantity_span is None:
                    continue  # a bare number measures nothing we can name
        if value == 1 and not (unit or m.group("scale")):
            continue
        if re.search(r"\bper\s+$", text[max(0, start - 5):start]):
            continue  # 62 nurses per 10,000 people: a rate's base, not a count
        if any(t.type in ("DATE", "TIME") and t.start < end and start < t.end for t in article.time_expressions):
            continue  # in 2016, at 10 a.m.
        sent_start, sent_end = _sentence_bounds(article, start)
        clause_lo, _ = _en_clause(text, start, sent_start, sent_end)
        qualifier, span_start = "=", start
        q = lex.qualifier_re.search(text, clause_lo, start)
        if q:
            qualifier, span_start = lex.qualifiers[q.group().strip().lower()], q.start()
            if q.group().strip().lower() == "some" and unit is None and quantity_span is None:
                qualifier, span_start = "=", start
        if quantity_span is None:
            of = re.match(r"\s*of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?", text[end:])
            if of and unit in ("%",):  # 51 percent of respondents
                quantity_span = _en_noun_phrase(text, end + of.end(), lex.stop, min(len(text), end + of.end() + 60))
        if quantity_span is None and unit is not None:
            quantity_span = _en_subject(text, clause_lo, span_start, lex.stop)
        holder = _en_holder(text, clause_lo, span_start, lex) if unit not in lex.units or lex.units.get(unit) != "measure" else None
        if holder and quantity_span and holder == text[quantity_span[0]:quantity_span[1]]:
            holder = None  # "Unemployment rose to 3.5 percent": the subject is what is measured, not an owner
        claims.append(NumericClaim(
            claim_id=f"{article.article_id}:nc{len(claims)}", article_id=article.article_id,
            start=span_start, end=end, text=text[span_start:end], value=value, unit=unit,
            quantity=text[quantity_span[0]:quantity_span[1]] if quantity_span else None,
            qualifier=qualifier, holder=holder, claimant=_en_claimant(text, sent_start, sent_end),
            time_value=find_time_value(article, Found(span_start, end, end, Reading(value), unit, qualifier, start), sent_start),
            sent_idx=article.sentence_at(start)))
    return claims


_EN_LINK = re.compile(r"(?:^|\s)((?:[A-Za-z][a-z-]+\s)?[A-Za-z][a-z-]+)\s+(?:of|was|were|is|are|totaled|totalled|reached|"
                      r"rose|fell|grew|increased|decreased|dropped|declined|jumped|climbed|stood at|came to|hit)"
                      r"(?:\s+(?:by|to|at))?\s*$")


def _en_subject(text: str, lo: int, start: int, stop: set[str]) -> tuple[int, int] | None:
    """revenue of NT$203.8 billion → revenue; average hourly earnings rose 0.4 percent →
    hourly earnings; Turnover totaled NT$566.61 billion → Turnover."""
    m = _EN_LINK.search(text, lo, start)
    if not m or m.end() != start:
        return None
    words = m.group(1).split()
    while words and (words[0].lower() in stop or len(words) > 1 and words[0].endswith("ed")):
        words = words[1:]  # CAL reported revenue of: the verb is not part of the noun
    if not words or words[-1].lower() in stop:
        return None
    phrase = " ".join(words)
    begin = m.start(1) + m.group(1).rfind(phrase)
    return begin, begin + len(phrase)


_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}

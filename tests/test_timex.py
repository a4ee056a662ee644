"""Time expressions: the case table (one expression → TIMEX3), expressions in context, and
the SPEC examples on the two sample articles."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest

from pipeline import normalize, sentences, timex
from pipeline.annotate import annotate as annotate_fully
from pipeline.article import Article
from pipeline.evaluate.time import evaluate_time, format_report
from tests.conftest import make_article

CASES = Path(__file__).parent / "cases" / "timex_cases.jsonl"
TABLE = [json.loads(line) for line in CASES.read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("case", TABLE, ids=[f"{c['text']}@{c['time_base']}" for c in TABLE])
def test_case_table(case):
    base = dt.date.fromisoformat(case["time_base"]) if case["time_base"] else None
    got = timex.resolve(case["text"], base)
    expected = case["expected"]
    if expected["type"] is None:  # 有朝一日, 日本周邊: no time expression at all
        assert got is None, (case["text"], got)
        return
    assert got is not None, case["text"]
    assert (got["type"], got["value"], got["mod"], got["range_start"], got["range_end"]) == (
        expected["type"], expected["value"], expected["mod"], expected["range_start"], expected["range_end"])


def test_eval_report_on_case_table():
    report = evaluate_time(CASES)
    assert report["cases"] == len(TABLE)
    assert report["value_accuracy"] >= 0.99 and report["range_accuracy"] >= 0.99
    assert "value accuracy" in format_report(report)


def annotate(builder, resources, text: str, published: str | None) -> Article:
    article = make_article(builder, text, published)
    article = sentences.split_sentences(normalize.build_view(article, resources), resources)
    return timex.find_time_expressions(article, resources)


def rows(article: Article) -> list[tuple[str, str, str | None, str | None]]:
    return [(t.text, t.type, t.value, t.mod) for t in article.time_expressions]


# (text, published, expected rows (surface, type, value, mod)) — as news writes them.
IN_CONTEXT = [
    ("條約2011年2月5日生效，原定效期10年，後再延長5年。", "2026-02-09",
     [("2011年2月5日", "DATE", "2011-02-05", None), ("10年", "DURATION", "P10Y", None), ("5年", "DURATION", "P5Y", None)]),
    # The year named in the sentence (or the one before) carries to a partial date.
    ("去年在他第2個任期剛開始後，川普就在1月23日發表演說。到了2月13日，他再度對媒體說。", "2026-02-09",
     [("去年", "DATE", "2025", None), ("1月23日", "DATE", "2025-01-23", None), ("2月13日", "DATE", "2025-02-13", None)]),
    # …but not further: 1月中旬 in a later paragraph is this year's (SPEC).
    ("去年9月聯合國開會。\n意思是要先減。\n美國商務部長1月中旬還表示，川普4月訪問中國。", "2026-02-09",
     [("去年9月", "DATE", "2025-09", None), ("1月中旬", "DATE", "2026-01", "MID"), ("4月", "DATE", "2026-04", None)]),
    # Offsets after: counted from the last date the story named.
    ("到了去年8月，川普會見李在明。兩天後，外交部回絕。", "2026-02-09",
     [("去年8月", "DATE", "2025-08", None), ("兩天後", "DATE", "2025-08", None)]),
    ("去年10月底會晤。一周後，他再度表示。", "2026-02-09",
     [("去年10月底", "DATE", "2025-10", "END"), ("一周後", "DATE", "2025-11", None)]),
    # Apposition: 兩年前的2022年版 is 2022.
    ("而兩年前的2022年版中國軍力報告更預測", "2026-02-09",
     [("兩年前", "DATE", "2022", None), ("2022年", "DATE", "2022", None)]),
    # A range is stored as its two dates (TIMEX3); resolve() gives the whole range.
    ("自2024年1月到2025年1月的一年之間", "2026-02-09",
     [("2024年1月", "DATE", "2024-01", None), ("2025年1月", "DATE", "2025-01", None), ("一年", "DURATION", "P1Y", None)]),
    ("會議於7月22日至25日舉行", "2024-07-29",
     [("7月22日", "DATE", "2024-07-22", None), ("25日", "DATE", "2024-07-25", None)]),
    # 延期5年後: the 後 belongs to the event; the number is a length.
    ("2021年2月條約延期5年後，美俄關係惡化。", "2026-02-05",
     [("2021年2月", "DATE", "2021-02", None), ("5年", "DURATION", "P5Y", None)]),
    # Anaphoric days and years.
    ("會談22日在阿斯塔納落下帷幕。會議明年1月29日將舉行，三國當天發表聲明。", "2017-12-23",
     [("22日", "DATE", "2017-12-22", None), ("明年1月29日", "DATE", "2018-01-29", None), ("當天", "DATE", "2017-12-22", None)]),
    ("伊拉克国防部24号公布了一段视频，此前一天发生爆炸。", "2013-12-25",
     [("24号", "DATE", "2013-12-24", None), ("此前一天", "DATE", "2013-12-23", None)]),
    # Taiwanese papers: 去（2024）年, 今（3）日, 昨, 前晚, 二○一八年, 廿一日.
    ("去（2024）年營收創新高，今（3）日公布。", "2025-05-03",
     [("去（2024）年", "DATE", "2024", None), ("今（3）日", "DATE", "2025-05-03", None)]),
    ("蘇貞昌昨在立法院強調，前晚的說法不變。", "2021-12-04",
     [("昨", "DATE", "2021-12-03", None), ("前晚", "TIME", "2021-12-02TNI", None)]),
    ("柯洛上次在二○一八年當選，拜登廿一日宣布退選。", "2024-08-10",
     [("二○一八年", "DATE", "2018", None), ("廿一日", "DATE", "2024-07-21", None)]),
    # Holidays.
    ("中华民族传统节日春节即将来临之际", "2022-01-28", [("春节", "DATE", "2022-02-01", None)]),
    # Not time: 50周年 (an anniversary), 即將來臨, 第2個任期, 2024年中國 (not mid-2024).
    ("今年是中澳建交50周年。", "2022-11-16", [("今年", "DATE", "2022", None)]),
    ("2024年中國經濟成長。", "2026-02-09", [("2024年", "DATE", "2024", None)]),
    # Times of day, CCTV style.
    ("截至3月14日24时，累计报告确诊病例。", "2020-03-15", [("3月14日24时", "TIME", "2020-03-14T24:00", None)]),
    ("外交部发言人今天下午3时30分表示", "2024-05-20", [("今天下午3时30分", "TIME", "2024-05-20T15:30", None)]),
    # A clock time right after a day takes that day (CCTV: 2月19日0—24时); after a full stop it does not.
    ("2月19日0—24时，31个省报告新增确诊病例。", "2021-02-20",
     [("2月19日", "DATE", "2021-02-19", None), ("24时", "TIME", "2021-02-19T24:00", None)]),
    ("2月19日0—24時，31個省報告新增確診病例。", "2021-02-20",
     [("2月19日", "DATE", "2021-02-19", None), ("24時", "TIME", "2021-02-19T24:00", None)]),
    ("5日，会议结束。下午3时，代表团离开。", "2021-02-20",
     [("5日", "DATE", "2021-02-05", None), ("下午3时", "TIME", "2021-02-20T15:00", None)]),
    # Issue 5 forms in running text: first months, lunar dates, Taiwanese bracketed months.
    ("前10个月，粤港澳大湾区外贸增长11%。", "2024-11-09", [("前10个月", "DATE", "2024-01/2024-10", None)]),
    ("農曆八月十五中秋節當天，民眾賞月。", "2025-09-30", [("農曆八月十五", "DATE", "2025-10-06", None), ("中秋節", "DATE", "2025-10-06", None)]),
    ("營收上（10）月創新高。", "2024-11-06", [("上（10）月", "DATE", "2024-10", None)]),
    # SET and vague references.
    ("該報告每年發布，目前仍在撰寫，日前曾公開。", "2026-02-09",
     [("每年", "SET", "P1Y", None), ("目前", "DATE", "PRESENT_REF", None), ("日前", "DATE", "PAST_REF", None)]),
]


@pytest.mark.parametrize("text,published,expected", IN_CONTEXT, ids=[c[0][:14] for c in IN_CONTEXT])
def test_in_context(builder, resources, text, published, expected):
    article = annotate(builder, resources, text, published)
    assert rows(article) == expected


def test_without_publication_date_nothing_relative_is_resolved(builder, resources):
    article = annotate(builder, resources, "去年8月，川普周四(5日)表示，5年前曾在2019年5月提出。", None)
    got = {t.text: t.value for t in article.time_expressions}
    assert got["去年8月"] is None
    assert got["5年前"] == "PAST_REF"
    assert got["2019年5月"] == "2019-05"
    assert got["周四(5日)"] == "XXXX-XX-05"


ENGLISH = [
    ("On Thursday, Feb. 5, the treaty expired after 15 years.", "2026-02-05",
     [("Thursday, Feb. 5", "DATE", "2026-02-05", None), ("15 years", "DURATION", "P15Y", None)]),
    ("As Trump prepared to speak on Tuesday, police said. A day earlier, six were arrested.", "2016-03-30",
     [("Tuesday", "DATE", "2016-03-29", None)]),
    ("In 2012, 43 percent gave $200 or less; this year 58 percent did, three years ago fewer.", "2016-09-21",
     [("2012", "DATE", "2012", None), ("this year", "DATE", "2016", None), ("three years ago", "DATE", "2013", "APPROX")]),
    ("The vote is set for late March 2016 at 10 a.m. in the 1990s style.", "2016-02-01",
     [("late March 2016", "DATE", "2016-03", "END"), ("10 a.m.", "TIME", "2016-02-01T10:00", None), ("the 1990s", "DATE", "199", None)]),
]


@pytest.mark.parametrize("text,published,expected", ENGLISH, ids=[c[0][:14] for c in ENGLISH])
def test_english(builder, resources, text, published, expected):
    article = make_article(builder, text, published)
    article = timex.find_time_expressions(normalize.build_view(article, resources), resources)
    assert rows(article) == expected


# Known gaps: offsets anchored on an event the text names without a date.
def test_offset_restated_by_the_next_date(builder, resources):
    # 剛開始3天後，川普就在1月23日: the day after the offset is the day it means.
    article = annotate(builder, resources, "去年在他第2個任期剛開始3天後，川普就在1月23日發表演說。", "2026-02-09")
    assert ("3天後", "DATE", "2025-01-23", None) in rows(article)


@pytest.mark.xfail(strict=True, reason="剛開始3天後 with no date after it counts from the start of the term, which no date names")
def test_offset_after_an_undated_event(builder, resources):
    article = annotate(builder, resources, "川普在他第2個任期剛開始3天後發表演說。", "2026-02-09")
    assert ("3天後", "DATE", "2025-01-23", None) in rows(article)


@pytest.mark.xfail(strict=True, reason="上任一個月前 counts back from the inauguration, not from publication")
def test_offset_before_an_undated_event(builder, resources):
    article = annotate(builder, resources, "川普上任一個月前，美國防部剛公布報告。", "2026-02-09")
    assert ("一個月前", "DATE", "2024-12", "APPROX") in rows(article)


# --------------------------------------------------------------------------- sample articles


def by_text(article: Article) -> dict[str, list]:
    found: dict[str, list] = {}
    for t in article.time_expressions:
        found.setdefault(t.text, []).append(t)
    return found


def test_spec_examples_trump_article(trump_article):
    got = by_text(trump_article)
    aug = got["去年8月"][0]
    assert (aug.type, aug.value, aug.range_start, aug.range_end) == ("DATE", "2025-08", dt.date(2025, 8, 1), dt.date(2025, 8, 31))
    assert got["今年2月5日"][0].value == "2026-02-05"
    assert (got["1月中旬"][0].value, got["1月中旬"][0].mod) == ("2026-01", "MID")
    assert (got["5年前"][0].value, got["5年前"][0].mod) == ("2021", "APPROX")
    century = got["半個多世紀"][0]
    assert (century.type, century.value, century.mod) == ("DURATION", "P50Y", "MORE_THAN")
    assert (got["2024年中期"][0].value, got["2024年中期"][0].mod) == ("2024", "MID")


def test_spec_examples_treaty_article(treaty_article):
    got = by_text(treaty_article)
    assert got["周四(5日)"][0].value == "2026-02-05"
    assert got["周二"][0].value == "2026-02-03"
    assert (got["逾50年"][0].value, got["逾50年"][0].mod) == ("P50Y", "MORE_THAN")
    assert (got["最多5年"][0].value, got["最多5年"][0].mod) == ("P5Y", "EQUAL_OR_LESS")


def test_sample_spans_are_sorted_and_exact(annotated_samples):
    for article in annotated_samples.values():
        spans = [(t.start, t.end) for t in article.time_expressions]
        assert spans == sorted(spans)
        for t in article.time_expressions:
            assert article.text[t.start:t.end] == t.text
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), "spans overlap"


# Narrative anchoring, written for these tests (Traditional and Simplified):
# - a partial date takes the year named earlier in its own paragraph (within the next sentence),
#   never across a paragraph break;
# - an offset directly following a date in the same clause counts from that date.
NARRATIVE = [
    ("前年在他上任之初，總統就在3月8日出訪。到了4月2日，他再度表態。", "2026-02-09",
     [("前年", "DATE", "2024", None), ("3月8日", "DATE", "2024-03-08", None), ("4月2日", "DATE", "2024-04-02", None)]),
    ("前年在他上任之初，总统就在3月8日出访。到了4月2日，他再度表态。", "2026-02-09",
     [("前年", "DATE", "2024", None), ("3月8日", "DATE", "2024-03-08", None), ("4月2日", "DATE", "2024-04-02", None)]),
    ("2023年部長訪問日本。\n部長4月2日將再出訪。", "2026-02-09",
     [("2023年", "DATE", "2023", None), ("4月2日", "DATE", "2026-04-02", None)]),
    ("2023年部长访问日本。\n部长4月2日将再出访。", "2026-02-09",
     [("2023年", "DATE", "2023", None), ("4月2日", "DATE", "2026-04-02", None)]),
    ("去年3月中旬「東京會談」兩周後，雙方簽署協議。", "2026-02-09",
     [("去年3月中旬", "DATE", "2025-03", "MID"), ("兩周後", "DATE", "2025-03", None)]),
    ("去年3月中旬“东京会谈”两周后，双方签署协议。", "2026-02-09",
     [("去年3月中旬", "DATE", "2025-03", "MID"), ("两周后", "DATE", "2025-03", None)]),
    ("以軍18日公布了其一天前空襲的畫面。", "2024-11-20",
     [("18日", "DATE", "2024-11-18", None), ("一天前", "DATE", "2024-11-17", None)]),
    ("早在2018年提出方案的3年前已说明。", "2026-02-09",
     [("2018年", "DATE", "2018", None), ("3年前", "DATE", "2015", "APPROX")]),
    # Not anchored: 今天 / 今年 before the offset — that still counts from publication.
    ("川普今天對3年前的事件表態。", "2024-08-26",
     [("今天", "DATE", "2024-08-26", None), ("3年前", "DATE", "2021", "APPROX")]),
    # A clock time opening its sentence is on the day the story just named (within the week up to
    # publication), across a paragraph break; inside a clause, or after a coming day, it is not.
    ("当地时间15日，主席出席仪式。\n\n15时20分许，主席抵达大厦。", "2017-01-16",
     [("15日", "DATE", "2017-01-15", None), ("15时20分许", "TIME", "2017-01-15T15:20", "APPROX")]),
    ("總統14日出訪。晚間8點，他抵達機場。", "2024-05-15",
     [("14日", "DATE", "2024-05-14", None), ("晚間8點", "TIME", "2024-05-14T20:00", None)]),
    ("總統14日出訪。他預計晚間8點抵達機場。", "2024-05-15",
     [("14日", "DATE", "2024-05-14", None), ("晚間8點", "TIME", "2024-05-15T20:00", None)]),
    ("总统20日将出访。下午4时许，他召开会议。", "2024-05-15",
     [("20日", "DATE", "2024-05-20", None), ("下午4时许", "TIME", "2024-05-15T16:00", "APPROX")]),
    ("1950年10月1日，他出生。15时20分许，记者抵达。", "2017-01-16",
     [("1950年10月1日", "DATE", "1950-10-01", None), ("15时20分许", "TIME", "2017-01-16T15:20", "APPROX")]),
]


@pytest.mark.parametrize("text,published,expected", NARRATIVE, ids=[c[0][:14] for c in NARRATIVE])
def test_narrative_anchoring(builder, resources, text, published, expected):
    assert rows(annotate(builder, resources, text, published)) == expected


# Issue 5, round 3: a range of lengths is one duration at its lower end, APPROX (the issue lists
# 五、六年 among the durations; it is also a numeric claim with value_low/value_high); event-relative words (當時, 屆時) and dates inside 《titles》 are no time expressions.
ROUND3 = [
    ("陳英鈐建議比照美國，改為4～6個月。", "2018-11-09", [("4～6個月", "DURATION", "P4M", "APPROX")]),
    ("公投案公告成立後1個月至6個月內舉行公民投票", "2018-10-03",
     [("1個月", "DURATION", "P1M", None), ("6個月", "DURATION", "P6M", None)]),
    ("中国只要五、六年就可以追上，3到5年内完成。", "2026-02-09",
     [("五、六年", "DURATION", "P5Y", "APPROX"), ("3到5年", "DURATION", "P3Y", "APPROX")]),
    ("他5、6年前就說過。", "2026-02-09", [("5、6年前", "DATE", "2021", "APPROX")]),
    ("當時他說，屆時會再討論。", "2024-11-03", []),
    ("賀錦麗2日在《週六夜現場》亮相，與川普2015年的演出相似。", "2024-11-03",
     [("2日", "DATE", "2024-11-02", None), ("2015年", "DATE", "2015", None)]),
    ("《2014年度中国对外直接投资统计公报》显示，2014年投资创新高。", "2015-09-17", [("2014年", "DATE", "2014", None)]),
    ("蔡英文預計4月5日邀黨內會商，11日前拍板。", "2021-04-02",
     [("4月5日", "DATE", "2021-04-05", None), ("11日", "DATE", "2021-04-11", None)]),
    ("10年期美債殖利率上升觸及三個月以來高點。", "2024-10-25", [("三個月", "DURATION", "P3M", None)]),
    ("黃敏惠將執政17年，2022大選桃園市長張善政勝出。", "2022-11-24",
     [("17年", "DURATION", "P17Y", None), ("2022", "DATE", "2022", None)]),
    # A night-time clock forecast for the one coming day the article names is on that night.
    ("中選會預估凌晨2點前可宣布結果。11月24日將選出地方公職人員，希望在午夜12點前宣布。", "2018-11-09",
     [("凌晨2點", "TIME", "2018-11-25T02:00", None), ("11月24日", "DATE", "2018-11-24", None),
      ("午夜12點", "TIME", "2018-11-24T24:00", None)]),
    ("中选会预估凌晨2点前可宣布结果。", "2018-11-09", [("凌晨2点", "TIME", "2018-11-09T02:00", None)]),
    # A foreign desk's dateline: the story's 今天 / 昨天 count from the day it was filed on, one
    # or two days before publication; a desk at home, or a day further back, changes nothing.
    ("（中央社華盛頓23日綜合外電報導）美國檢方今天指出，槍手昨天出庭。", "2024-09-24",
     [("23日", "DATE", "2024-09-23", None), ("今天", "DATE", "2024-09-23", None), ("昨天", "DATE", "2024-09-22", None)]),
    ("（中央社華盛頓30日綜合外電報導）白宮今天表示。", "2024-10-01",
     [("30日", "DATE", "2024-09-30", None), ("今天", "DATE", "2024-09-30", None)]),
    ("（中央社記者林克倫台北24日電）立法院今天三讀。", "2024-09-24",
     [("24日", "DATE", "2024-09-24", None), ("今天", "DATE", "2024-09-24", None)]),
    ("（中央社華盛頓18日綜合外電報導）白宮今天表示。", "2024-09-24",
     [("18日", "DATE", "2024-09-18", None), ("今天", "DATE", "2024-09-24", None)]),
    # A rule that two things share a day names no day; a reported same day does.
    ("行政院會昨通過草案，將「應」與大選同日舉行改為「得」。", "2019-04-12", [("昨", "DATE", "2019-04-11", None)]),
    ("俄军9日发动袭击，乌克兰方面同一天称击落无人机。", "2026-01-10",
     [("9日", "DATE", "2026-01-09", None), ("同一天", "DATE", "2026-01-09", None)]),
    # A day after a coming day, told as coming, counts from it; a period announced is no scene.
    ("江啟臣將在8月27日舉行記者會，公布8月28日到12月18日宣傳規劃。隔天，國民黨中央將接力舉辦記者會，當天將發放豬肉乾。",
     "2021-08-22",
     [("8月27日", "DATE", "2021-08-27", None), ("8月28日", "DATE", "2021-08-28", None),
      ("12月18日", "DATE", "2021-12-18", None), ("隔天", "DATE", "2021-08-28", None), ("當天", "DATE", "2021-08-28", None)]),
    ("今天在美東時間午夜過後開始投票。", "2024-11-05",
     [("今天", "DATE", "2024-11-05", None), ("午夜", "TIME", "2024-11-05T00:00", None)]),
    # A count of years after a year the story names counts from it; a "since" year does not carry.
    ("一九九六年，柯林頓在芝加哥接受提名，廿八年後柯林頓重回舊地。", "2024-08-23",
     [("一九九六年", "DATE", "1996", None), ("廿八年後", "DATE", "2024", None)]),
    ("要達到2050淨零碳排。中油蓋接收站，過30年之後，會降低使用率。", "2021-11-13",
     [("2050", "DATE", "2050", None), ("過30年之後", "DATE", "2051", "APPROX")]),
    ("反映自2020年5月以來的再度下行趨勢，導致市場對聯準會9月降息的預期上升。", "2024-07-22",
     [("2020年5月", "DATE", "2020-05", None), ("9月", "DATE", "2024-09", None)]),
    ("和去年同期相比年增2.4%，較8月的2.5%略降。", "2024-10-10", [("去年", "DATE", "2023", None), ("8月", "DATE", "2024-08", None)]),
    ("疫苗數量不足。2017年曾有爭議。國產疫苗卻要在8月底開始施打。", "2021-08-06",
     [("2017年", "DATE", "2017", None), ("8月底", "DATE", "2021-08", "END")]),
    # A time of day right after a day anaphor is one TIME on that day, like 6日上午.
    ("會談22日在阿斯塔納舉行。當天下午，三國發表聲明。", "2017-12-23",
     [("22日", "DATE", "2017-12-22", None), ("當天下午", "TIME", "2017-12-22TAF", None)]),
    # A part of day opening its sentence is on the scene's day, which a time on a named day sets too.
    ("5日上午9时，习近平来到国防科大。\n\n下午，习近平听取了工作汇报。", "2013-11-06",
     [("5日上午9时", "TIME", "2013-11-05T09:00", None), ("下午", "TIME", "2013-11-05TAF", None)]),
    ("习近平20日抵达。当晚8时，他出席宴会；次日上午10时会见总统。", "2024-10-25",
     [("20日", "DATE", "2024-10-20", None), ("当晚8时", "TIME", "2024-10-20T20:00", None),
      ("次日上午10时", "TIME", "2024-10-21T10:00", None)]),
    ("1968年，詹森總統要做決定。同年3月，他決定不競選連任，11月宣布美國將協商。", "2024-07-25",
     [("1968年", "DATE", "1968", None), ("同年", "DATE", "1968", None), ("3月", "DATE", "1968-03", None),
      ("11月", "DATE", "1968-11", None)]),
]


@pytest.mark.parametrize("text,published,expected", ROUND3, ids=[c[0][:14] for c in ROUND3])
def test_round3_not_dates_and_deadlines(builder, resources, text, published, expected):
    assert rows(annotate(builder, resources, text, published)) == expected


def test_dates_on_unseen_articles(annotate_fn):
    """Whole-article dates on tests/cases/dates_unseen.json: 8 articles drawn by
    tests/cases/dates_unseen_draw.py (seeded, outside both gold sets and the other unseen
    fixtures), annotated by reading before the pipeline ran on them.  First run: P 0.892
    R 0.943 F1 0.917 (99 of 105 gold, 111 predicted).  The fixes of issue 5 round 3 were made
    while looking at it, so it is no longer unseen: the floor sits just above the first run."""
    from pipeline.evaluate.articles import evaluate_articles

    report = evaluate_articles(Path(__file__).parent / "cases" / "dates_unseen.json", annotate_fn)
    assert not report["errors"], report["errors"]
    dates = report["dates"]
    assert dates["precision"] >= 0.95 and dates["recall"] >= 0.94 and dates["f1"] >= 0.95, dates
    # The fresh check, annotated after those fixes: first run P 0.930 R 0.943 F1 0.936 (the code
    # before round 3 scored 0.903 / 0.929 / 0.915); four of its errors were then fixed.
    fresh = evaluate_articles(Path(__file__).parent / "cases" / "dates_unseen_fresh.json", annotate_fn)
    assert not fresh["errors"], fresh["errors"]
    assert fresh["dates"]["precision"] >= 0.93 and fresh["dates"]["f1"] >= 0.93, fresh["dates"]


# A bare weekday is the nearest one unless its clause says it is to come or already past, and
# the nearest is not the day before publication (foreign news is written a day early).
WEEKDAY_TENSE = [
    ("周日", "2026-11-24", "2026-11-22"),  # Tuesday: the Sunday two days before is nearest
    ("将于周日举行", "2026-11-24", "2026-11-29"),
    ("周日将举行会议", "2026-11-24", "2026-11-29"),
    ("中小學週五要開學了", "2024-08-25", "2024-08-30"),
    ("他將於週二提告", "2024-10-16", "2024-10-15"),  # the day before publication stays
    ("周五已经去过了", "2026-11-24", "2026-11-20"),
    ("他周五表示", "2026-11-24", "2026-11-27"),  # no tense word: nearest
    ("周四(26日)将举行", "2026-11-24", "2026-11-26"),  # the bracketed day wins
    ("下周五", "2026-11-24", "2026-12-04"),
]


@pytest.mark.parametrize("text,base,value", WEEKDAY_TENSE, ids=[c[0] for c in WEEKDAY_TENSE])
def test_bare_weekday_follows_tense(text, base, value):
    assert timex.resolve(text, dt.date.fromisoformat(base))["value"] == value


# The eval format's time_base may carry a time of day; then hour and minute offsets are times.
CLOCK_OFFSETS = [
    ("2小时后", "2026-11-24T10:00:00", "TIME", "2026-11-24T12:00"),
    ("十分钟后", "2026-11-24T10:00", "TIME", "2026-11-24T10:10"),
    ("半小时前", "2026-11-24 10:00:00", "TIME", "2026-11-24T09:30"),
    ("3小時後", "2026-11-24T23:30:00", "TIME", "2026-11-25T02:30"),
    ("2小时后", "2026-11-24", "DATE", "2026-11-24"),  # a date alone has no clock: the day
    ("3天后", "2026-11-24T10:00:00", "DATE", "2026-11-27"),  # days stay days
]


@pytest.mark.parametrize("text,base,kind,value", CLOCK_OFFSETS, ids=[f"{c[0]}@{c[1]}" for c in CLOCK_OFFSETS])
def test_clock_offsets_from_a_time_base(text, base, kind, value):
    got = timex.resolve(text, base)
    assert (got["type"], got["value"]) == (kind, value)


# A clock time joined by 的 to the day before it is on that day, in an article and as one expression.
@pytest.mark.parametrize("text,value", [
    ("两天后的晚上8点", "2026-11-26T20:00"),
    ("25日的下午3时", "2026-11-25T15:00"),
    ("晚上8点", "2026-11-24T20:00"),
])
def test_clock_time_after_its_day(text, value):
    assert timex.resolve(text, dt.date(2026, 11, 24))["value"] == value


def test_clock_time_after_an_offset_in_an_article(builder, resources):
    found = rows(annotate(builder, resources, "川普說：「就在12個星期前的晚上，我差點喪命。」", "2024-10-05"))
    assert ("晚上", "TIME", "2024-07-13TEV", None) in found


# 当天 opening a clause before any date is named is the day of the report (a CCTV item that
# follows another); after a noun (大選當日) it is that event's day and stays unresolved.
@pytest.mark.parametrize("text,expected", [
    ("央视网消息(新闻联播)：当天下午，温家宝总理会见了欧洲理事会主席。", [("当天下午", "TIME", "2012-09-21TAF", None)]),
    ("当天，李长春在马累会见了议长。", [("当天", "DATE", "2012-09-21", None)]),
    ("各州也在招募大選當日的選務人員。", []),
    ("会谈19日举行。当天，双方签署了协议。", [("19日", "DATE", "2012-09-19", None), ("当天", "DATE", "2012-09-19", None)]),
])
def test_same_day_word_with_no_date_before(builder, resources, text, expected):
    assert rows(annotate(builder, resources, text, "2012-09-21")) == expected


# The second time of a range is on the first one's day; Taiwan papers write minutes with 廿 / 卅.
@pytest.mark.parametrize("text,expected", [
    ("他從十五日凌晨一時五十九分到下午一時卅一分，一直待在外圍。",
     [("十五日凌晨一時五十九分", "TIME", "2024-09-15T01:59", None), ("下午一時卅一分", "TIME", "2024-09-15T13:31", None)]),
    ("記者會上午十時廿五分開始。", [("上午十時廿五分", "TIME", "2024-09-18T10:25", None)]),
])
def test_clock_range_and_minutes_in_traditional_numerals(builder, resources, text, expected):
    assert rows(annotate(builder, resources, text, "2024-09-18")) == expected


def test_range_second_clock_time_stays_in_the_evening(builder, resources):
    found = rows(annotate(builder, resources, "川普會在明天晚間10時到11時30分發表演說。會議上午9時至11時舉行。", "2024-11-04"))
    assert found == [("明天晚間10時", "TIME", "2024-11-05T22:00", None), ("11時30分", "TIME", "2024-11-05T23:30", None),
                     ("上午9時", "TIME", "2024-11-04T09:00", None), ("11時", "TIME", "2024-11-04T11:00", None)]


# 夜里 (night) with a day or an hour; its hours before six are the small hours, as 深夜's are.
@pytest.mark.parametrize("text,value", [
    ("夜里11点", "2026-11-24T23:00"),
    ("夜裡兩點", "2026-11-24T02:00"),
    ("夜里十二点", "2026-11-24T24:00"),
    ("深夜2点", "2026-11-24T02:00"),
    ("昨天夜里", "2026-11-23TNI"),
])
def test_night_words(text, value):
    assert timex.resolve(text, dt.date(2026, 11, 24))["value"] == value


@pytest.mark.parametrize("text", ["在1400多个日夜里", "四个昼夜里和乡亲们同吃"])
def test_days_and_nights_are_no_time(text):
    assert timex.resolve(text, dt.date(2026, 11, 24)) is None


# Broad audit, session 10 (200 sampled rows of unseen corpus articles): the classes that were wrong.
@pytest.mark.parametrize("text,published,expected", [
    # 隔年 / 翌年 / 次年: the year after the last one named.
    ("川普不接受2020年連任失敗的結果，隔年1月6日國會認證開票結果時，他對支持者演說。", "2024-09-18",
     [("2020年", "DATE", "2020", None), ("隔年", "DATE", "2021", None), ("1月6日", "DATE", "2021-01-06", None)]),
    ("这是第五届国合会首次年会。", "2013-01-01", []),
    # An offset after a coming date, or inside a period still running, counts from the day of writing.
    ("川普可能贏得11月5日的選舉。他說：「更不用說一周後即將舉行關鍵選舉。」", "2024-10-30",
     [("11月5日", "DATE", "2024-11-05", None), ("一周後", "DATE", "2024-11-06", None)]),
    ("台股第3季本來就是淡季。「外資估5年後的EPS為80元。」", "2024-07-23",
     [("第3季", "DATE", "2024-Q3", None), ("5年後", "DATE", "2029", "APPROX")]),
    # Time words read across two words, or inside a name.
    ("其中TikTok幫助許多年輕人了解總統候選人。", "2024-08-01", []),
    ("美股4大指數週二（29日）多收高。", "2024-10-30", [("29日", "DATE", "2024-10-29", None)]),
    ("兩黨同聲要求支持者提早前往投票所。", "2024-11-01", []),
    ("今天出版的光明日报发表评论文章。", "2012-12-25", [("今天", "DATE", "2012-12-25", None)]),
    ("从今天起，公众从手机上就能查询。", "2013-01-01", [("今天", "DATE", "2013-01-01", None)]),
    ("圖為總統賴清德於今（2024）年度施政報告中發表演說。", "2024-10-10", [("今（2024）年", "DATE", "2024", None)]),
    # 夜间 as an adjective and 过去 as a verb are no time.
    ("各地创新打造夜间消费场景。", "2025-06-22", []),
    ("这些判决大多於1997至2012年间作出。", "2024-10-11", [("1997至2012年", "DATE", "1997/2012", None)]),
    ("美國總統大選投票日前夕，選舉中心外側樹立路障；選舉日前他曾表示不滿，日前又重申。", "2024-11-05",
     [("日前", "DATE", "PAST_REF", None)]),
    ("經濟部次長曾文生日前公開坦承。", "2021-03-01", [("日前", "DATE", "PAST_REF", None)]),
    ("硬着头皮也要闯过去。刚刚过去的假期，客流大增。", "2013-01-01", []),
    ("今天夜间到明天白天有雨。", "2013-01-01", [("今天夜间", "TIME", "2013-01-01TNI", None), ("明天", "DATE", "2013-01-02", None)]),
    # A length in two units is one DURATION; a year before 1800 needs 於/公元 or its month.
    ("两地仅需要1小时20分钟，时隔两年零八个月，判刑4年9個月。", "2018-05-10",
     [("1小时20分钟", "DURATION", "PT1H20M", None), ("两年零八个月", "DURATION", "P2Y8M", None),
      ("4年9個月", "DURATION", "P4Y9M", None)]),
    ("美國憲法起草於1787年，清軍1644年5月入關，古城已有1500年歷史。", "2024-10-24",
     [("1787年", "DATE", "1787", None), ("1644年5月", "DATE", "1644-05", None), ("1500年", "DURATION", "P1500Y", None)]),
    # 前N日 after an event word counts days before it, like 選前1天 (found on the fresh statements gold).
    ("川普在投票日前1日表示，他会赢；开幕前3日抵达，提前2日完成。", "2024-11-06",
     [("前1日", "DURATION", "P1D", None), ("前3日", "DURATION", "P3D", None), ("前2日", "DURATION", "P2D", None)]),
    ("前5日營收成長，他日前1日才說明。", "2024-11-06",
     [("5日", "DATE", "2024-11-05", None), ("日前", "DATE", "PAST_REF", None), ("1日", "DATE", "2024-11-01", None)]),
])
def test_audit_round10_classes(builder, resources, text, published, expected):
    # The whole pipeline: the word and name checks read jieba's words and the tagger's names.
    assert rows(annotate_fully(make_article(builder, text, published), resources)) == expected


@pytest.mark.parametrize("text,value", [
    ("總統賴清德於今年國慶大會上發表演說。", "2024-10-10"),
    ("大陸國慶長假期間，旅客大增。", "2024-10-01"),
])
def test_national_day_in_taiwan_news(builder, resources, text, value):
    article = make_article(builder, text, "2024-10-11")
    article.region = "TW"  # the newsroom's country, set at ingest from the source (中時, 自由時報 …)
    found = {t.text: t.value for t in annotate_fully(article, resources).time_expressions}
    assert found[next(k for k in found if "國慶" in k)] == value


# Peer-style phrases (a parser's test suite rather than news): a quarter of an hour, this day N years ago.
@pytest.mark.parametrize("text,value", [
    ("一刻钟后", "2026-11-24T10:15"),
    ("三刻钟", "PT45M"),
    ("一年前的今天", "2025-11-24"),
    ("两年后的今天", "2028-11-24"),
])
def test_peer_style_phrases(text, value):
    assert timex.resolve(text, dt.datetime(2026, 11, 24, 10, 0))["value"] == value


# Two neighbouring numerals are "two or three": the lower end, approximately (as 五、六年 in the guidelines).
@pytest.mark.parametrize("text,value,mod", [
    ("两三天后", "2026-11-26", "APPROX"),
    ("三五年", "P3Y", "APPROX"),
    ("七八個月", "P7M", "APPROX"),
    ("十二三年", "P12Y", "APPROX"),
    ("二三十年前", "2006", "APPROX"),
    ("一两天", "P1D", "APPROX"),
    ("三十年", "P30Y", None),
])
def test_two_neighbouring_numerals(text, value, mod):
    found = timex.resolve(text, dt.datetime(2026, 11, 24, 10, 0))
    assert (found["value"], found["mod"]) == (value, mod)


# Fresh dates gold (tests/gold_fresh/dates, issue 5): the classes its first pass got wrong.
@pytest.mark.parametrize("text,published,expected", [
    # 同日 opening a paragraph is the item's day, named sentences back (CCTV 2018-12-31).
    ("2018年12月31日，国家主席习近平和俄罗斯总统普京互致新年贺电。\n\n普京表示，2018年，双方开展了政治对话。"
     "明年我们两国将共同庆祝。\n\n同日，国务院总理李克强也互致新年贺电。", "2018-12-31",
     [("2018年12月31日", "DATE", "2018-12-31", None), ("2018年", "DATE", "2018", None), ("明年", "DATE", "2019", None),
      ("同日", "DATE", "2018-12-31", None)]),
    # 隔日 is the next day; 天天 (every day) a SET (中時 2021-02-28).
    ("經濟部才會從2月22日開始在臉書說明，隔日也是2篇，現在臉書可說是「天天有藻礁」。", "2021-02-28",
     [("2月22日", "DATE", "2021-02-22", None), ("隔日", "DATE", "2021-02-23", None),
      ("現在", "DATE", "PRESENT_REF", None), ("天天", "SET", "P1D", None)]),
    # 即日起 with no date before it: the day of publication (CCTV 2018-10-14).
    ("《论坚持推动构建人类命运共同体》一书，已由中央文献出版社出版，即日起在全国发行。", "2018-10-14",
     [("即日", "DATE", "2018-10-14", None)]),
    # 2016年初選 is the 2016 primary, no "early 2016"; 這些年 are recent years.
    ("這場爭論最終成為了2016年初選的一個標誌性事件。這些年來，他一直如此。", "2024-08-22",
     [("2016年", "DATE", "2016", None), ("這些年來", "DATE", "PAST_REF", None)]),
    ("今天（2026年2月2日）是第30个“世界湿地日”。", "2026-02-02",
     [("今天（2026年2月2日）", "DATE", "2026-02-02", None), ("世界湿地日", "DATE", "2026-02-02", None)]),
    # Second batch: a day told as coming (将于23日) is no scene for 同一天; a habitual clock time
    # has no day; 先前 (previously) is no time expression.
    ("朗格22日表示，他将于23日提议欧洲议会暂时冻结批准程序。\n欧盟委员会同一天发表声明。", "2026-02-23",
     [("22日", "DATE", "2026-02-22", None), ("23日", "DATE", "2026-02-23", None), ("同一天", "DATE", "2026-02-22", None)]),
    ("由于样本量大，科里党员有时候做到凌晨4点才下班。", "2020-02-08", [("凌晨4点", "TIME", "XXXX-XX-XXT04:00", None)]),
    ("樊艳青从12月底以来以院为家。", "2020-02-08", [("12月底", "DATE", "2019-12", "END")]),
    ("其中一張是馬斯克先前為川普拉票的活動照片，一如先前預期。", "2024-10-30", []),
    ("位於美國達拉斯的保稅倉計畫，預計於2025年第1季末完工啟動。", "2024-11-06", [("2025年第1季末", "DATE", "2025-Q1", "END")]),
    # Third batch: a routine's clock times have no day, and a range's second end keeps the first's
    # half of the day; a yearly period after 每年 is one SET.
    ("桃園市政府今年6月3日至25日辦理活動，每周例假日下午1點到5點提供導覽解說。", "2023-06-03",
     [("今年6月3日", "DATE", "2023-06-03", None), ("25日", "DATE", "2023-06-25", None), ("每周", "SET", "P1W", None),
      ("下午1點", "TIME", "XXXX-XX-XXT13:00", None), ("5點", "TIME", "XXXX-XX-XXT17:00", None)]),
    ("今天下午3點到5點開會。", "2023-06-03", [("今天下午3點", "TIME", "2023-06-03T15:00", None), ("5點", "TIME", "2023-06-03T17:00", None)]),
    ("表示每年夏季5到7月是候鳥小燕鷗飛來桃園的季節。", "2023-06-03", [("每年夏季5到7月", "SET", "P1Y", None)]),
    # Batch 1 again: the year now ending is a DATE, and a year described after 是 no length.
    ("习近平表示，即将过去的一年是中俄关系发展史上具有特殊意义的一年。", "2018-12-31", [("即将过去的一年", "DATE", "2018", None)]),
    # A day whose month comes before the carried year's month is the next year's (the story runs on),
    # unless that is after publication.
    ("民眾黨表示，去年10月民眾黨提案，被國發會否決。所以1月26日審議預算時，民眾黨提案凍結。", "2021-02-07",
     [("去年10月", "DATE", "2020-10", None), ("1月26日", "DATE", "2021-01-26", None)]),
    ("继去年10月印尼狮航空难事故后，埃塞航空一架同机型的客机3月10日坠毁。", "2019-04-05",
     [("去年10月", "DATE", "2018-10", None), ("3月10日", "DATE", "2019-03-10", None)]),
    ("去年10月他到訪。3月10日他又說。", "2019-02-05", [("去年10月", "DATE", "2018-10", None), ("3月10日", "DATE", "2018-03-10", None)]),
    # …to the latest such year: a story that returns from 2015 to the present (published 2017-12-25).
    ("2015年11月发生重大恐袭后，法国宣布全国进入紧急状态。10月31日，法国推出新反恐法。", "2017-12-25",
     [("2015年11月", "DATE", "2015-11", None), ("10月31日", "DATE", "2017-10-31", None)]),
])
def test_fresh_gold_classes(builder, resources, text, published, expected):
    assert rows(annotate_fully(make_article(builder, text, published), resources)) == expected

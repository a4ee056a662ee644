"""Numeric claims: the numeral case table (parse_number), claims in context (qualifier, unit,
holder, quantity, what is not a claim), and the SPEC examples on the sample articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import normalize, numbers, segment, sentences, timex
from pipeline.evaluate.numbers import evaluate_numbers, format_report, same_value
from tests.conftest import make_article

CASES = Path(__file__).parent / "cases" / "numbers_cases.jsonl"
TABLE = [json.loads(line) for line in CASES.read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("case", TABLE, ids=[c["text"] for c in TABLE])
def test_numeral_table(case):
    assert same_value(case["value"], numbers.parse_number(case["text"])), case


def test_eval_report_on_case_table():
    report = evaluate_numbers(CASES)
    assert report["cases"] == len(TABLE) and report["accuracy"] >= 0.97
    assert "accuracy" in format_report(report)


def claims(builder, resources, text: str, published: str | None = "2026-02-09") -> list:
    article = make_article(builder, text, published)
    for stage in (normalize.build_view, sentences.split_sentences, segment.segment,
                  timex.find_time_expressions, numbers.find_numeric_claims):
        article = stage(article, resources)
    for claim in article.numeric_claims:
        assert article.text[claim.start:claim.end] == claim.text
    return article.numeric_claims


def fields(claim, names):
    return tuple(getattr(claim, n) for n in names)


# (sentence, [(value, unit, qualifier, holder)]) — Traditional and Simplified.
IN_CONTEXT = [
    ("美軍估計截至2024年中期，中國已經擁有超過600枚可操作的核彈頭", [(600, "枚", ">", "中國")]),
    ("该条约限制美俄部署的核弹头数量，规定双方部署的战略核弹头数量不得超过1,550枚", [(1550, "枚", "<=", "美国/俄罗斯")]),
    ("該條約限制美俄部署的核彈頭數量，規定雙方部署的戰略核彈頭數量不得超過1,550枚",
     [(1550, "枚", "<=", "美國/俄羅斯")]),
    ("中國的核武庫也只達到俄羅斯目前5459枚與美國5177枚的3分之1弱的水準。",
     [(5459, "枚", "=", "俄羅斯"), (5177, "枚", "=", "美國"), (0.3333, None, "<", "中國")]),
    ("中國只要五、六年就可以追上", [(None, "年", "=", "中國")]),
    ("中國將在「5、6年內」趕上", [(None, "年", "<=", "中國")]),
    ("抢救成功率不到1%。", [(1, "%", "<", None)]),
    ("另有约150人受伤。", [(150, "人", "~", None)]),
    ("完成封育造林45万多亩。", [(450000, "亩", ">", None)]),
    ("至少3人死亡", [(3, "人", ">=", None)]),
    ("支持度約為四成五左右", [(45, "%", "~", None)]),
    ("日本製鐵以約新台幣4449億元收購", [(4.449e11, "新台幣", "~", "日本")]),
    ("去年同期下降45%。", [(45, "%", "=", None)]),
    ("核力量可在幾年內翻一番", [(2, "倍", "=", None)]),
    ("環保產業規模突破25000億元大關", [(2.5e12, "元", ">", None)]),
    ("我国全年完成货运量337.6亿人次，增长4.2%。", [(3.376e10, "人次", "=", "我国"), (4.2, "%", "=", "我国")]),
    ("台積電營收約新台幣2兆元", [(2e12, "新台幣", "~", None)]),  # 兆 is 10^12 in Taiwanese money
    # Issue 5 (scope and body holders, ranges, labels), Simplified and Traditional.
    ("今年1至7月全国快递业务量累计完成408.2亿件，快递业务收入完成4547.1亿元",
     [(40820000000, "件", "=", "全国"), (454710000000, "元", "=", "全国")]),
    ("今年1至7月全國快遞業務量累計完成408.2億件，快遞業務收入完成4547.1億元",
     [(40820000000, "件", "=", "全國"), (454710000000, "元", "=", "全國")]),
    ("全国快递业务量累计超400亿件", [(40000000000, "件", ">", "全国")]),
    ("中国国内生产总值增长5%，增幅列全球第二；钢铁产量超过10亿吨",
     [(5, "%", "=", "中国"), (1e9, "吨", ">", "中国")]),
    ("去年合作社盈利2700多万元", [(27000000, "元", ">", "合作社")]),
    ("去年合作社盈利2700多萬元", [(27000000, "元", ">", "合作社")]),
    ("政府补贴70%，自己只拿30%", [(70, "%", "=", "政府"), (30, "%", "=", None)]),
    ("其中共7.7萬餘份連署書有偽造情事", [(77000, "份", ">", None)]),
    ("希望能比照美國，改為4～6個月", [(None, "個月", "=", None)]),
    ("公投案公告成立後1個月至6個月內舉行公民投票", [(None, "個月", "<=", None)]),
    ("公投案公告成立后1个月至6个月内举行公民投票", [(None, "个月", "<=", None)]),
    ("依《公投法》23條規定", []),
    ("以平均每年至少降低1％方式", [(1, "%", ">=", None)]),
    ("山东作为试点省份，目前已建成示范区44处", [(44, "处", "=", None)]),
    ("只有黨意、只靠三個月抹黑就要騙選票", [(3, "個月", "=", None)]),
    ("原以为能赚大钱的农机却趴了窝，一年下来亏了172万", [(1, "年", "=", None), (1720000, None, "=", None)]),
    ("美国能源经济和金融分析研究所13日发布的报告显示，今年一季度，欧盟从俄罗斯进口的液化天然气总量为69亿立方米，同比增加了16%",
     [(6.9e9, "立方米", "=", "俄罗斯"), (16, "%", "=", "俄罗斯")]),
    ("投信買超52億元", [(5.2e9, "元", "=", None)]),
    ("台積電營收逾新台幣二兆五千億元", [(2.5e12, "新台幣", ">", None)]),
    ("全程约需一个半小时", [(1.5, "小时", "~", None)]),
    ("少的分到7、8千，多则3、4万", [(None, None, "=", None), (None, None, "=", None)]),
    # Round 3 (unseen corpus articles): an age's person after it, the clause's own subject before
    # an earlier place, a 的-owner carried over clauses with no subject, caps, counted stages.
    ("執法單位已確認槍手為58歲夏威夷居民勞斯", [(58, "歲", "=", "勞斯")]),
    ("林佳龍的得票率是55%，贏了20萬票。", [(55, "%", "=", "林佳龍"), (200000, "票", "=", "林佳龍")]),
    ("合作社的盈余达到50万元，今年又投资了300万元，还买了20台农机。",
     [(500000, "元", "=", "合作社"), (3000000, "元", "=", "合作社"), (20, "台", "=", "合作社")]),
    ("企业研发投入可以享受最高5%的补助，还有最高500万元的奖励", [(5, "%", "<=", None), (5000000, "元", "<=", None)]),
    ("以色列提出一项分两阶段释放人员的计划", [(2, "阶段", "=", "以色列")]),
    ("全球100多國已承諾將甲烷排放量減少3成", [(100, "國", ">", None), (30, "%", "=", None)]),
    ("預估天然氣需求量將增加約4成", [(40, "%", "~", None)]),
    # 多 (more than) wins over 只有/僅/約 before the number; 多 after 成; 約至 is "about"
    ("只有1000多亩", [(1000, "亩", ">", None)]),
    ("合併辦理的話僅需30多萬元", [(300000, "元", ">", None)]),
    ("公投的投票率約4成多", [(40, "%", ">", None)]),
    ("工程發包進度約至40.52％", [(40.52, "%", "~", None)]),
    # Round 5: 最近 is "recent", not "nearly"; 及以上 includes the bound; a people count in a clause
    # with no subject goes on with the place that owns the figure before it.
    ("最近五年，全国人口增加了3377万，达到了13.73亿人",
     [(5, "年", "=", None), (33770000, None, "=", "全国"), (1373000000, "人", "=", "全国")]),
    ("最近五年，全國人口增加了3377萬，達到了13.73億人",
     [(5, "年", "=", None), (33770000, None, "=", "全國"), (1373000000, "人", "=", "全國")]),
    ("60岁及以上人口比重上升2.89个百分点", [(60, "岁", ">=", None), (2.89, "个百分点", "=", None)]),
    ("60歲及以下人口", [(60, "歲", "<=", None)]),
    ("矢言在第一任期結束前，建造300萬棟住房", [(3000000, "棟", "=", None)]),
    ("而且投票率頂多45%", [(45, "%", "<=", None)]),
    ("川普在近九周內兩度遇刺", [(9, "周", "<=", None)]),
    ("目前我国六十岁以上的老年人已超过两亿", [(60, "岁", ">", None), (200000000, None, ">", "我国")]),
    ("這本回憶錄已經賣出60多萬本", [(600000, "本", ">", None)]),
    ("用户已超过三百五十多万", [(3500000, None, ">", None)]),
    ("要吃到中毒一天要吃10台斤的萊豬", [(10, "台斤", "=", None)]),
    # an indicator's acronym is what is measured, not an owner
    ("中国可能推出规模相当于GDP的1%至2%的刺激措施", [(None, "%", "=", "中国")]),
    # ... but a count of two people after a verb, ending its clause or with victim words is a claim
    ("出席165人，缺席2人，出席人数符合法定人数", [(165, "人", "=", None), (2, "人", "=", None)]),
    ("在废墟下发现了两人的遗体", [(2, "人", "=", None)]),
    ("兩人死亡", [(2, "人", "=", None)]),
    # "about" reaches past a yardstick ending in 的 or 之
    ("約為全部連署人數之2.38％", [(2.38, "%", "~", None)]),
    ("这几乎是拜登上任首年的两倍", [(2, "倍", "~", None)]),
    ("病死率约为流感的7到8倍", [(None, "倍", "~", None)]),
    ("约翰的3个孩子", [(3, "个", "=", None)]),
    # 负 ending a word is no minus sign
    ("为企业减负1750亿元", [(175000000000, "元", "=", None)]),
    ("背負34宗重罪的候選人", [(34, "宗", "=", None)]),
    ("誤差範圍正負3%", [(3, "%", "=", None)]),
    # the country a paragraph's opening sentence is about owns the figures of the next sentence
    ("从年龄构成看，中国人口老龄化程度仍在加深。0至14岁人口占16.52%，男性占51.22%。",
     [(None, "岁", "=", None), (16.52, "%", "=", "中国"), (51.22, "%", "=", "中国")]),
    ("從年齡構成看，中國人口老齡化程度仍在加深。0至14歲人口占16.52%，男性占51.22%。",
     [(None, "歲", "=", None), (16.52, "%", "=", "中國"), (51.22, "%", "=", "中國")]),
]


@pytest.mark.parametrize("text,expected", IN_CONTEXT, ids=[c[0][:14] for c in IN_CONTEXT])
def test_claims_in_context(builder, resources, text, expected):
    got = [fields(c, ("value", "unit", "qualifier", "holder")) for c in claims(builder, resources, text)]
    assert len(got) == len(expected), got
    for (value, unit, qualifier, holder), (e_value, e_unit, e_qualifier, e_holder) in zip(got, expected):
        assert (value is None and e_value is None) or same_value(e_value, value)
        assert (unit, qualifier) == (e_unit, e_qualifier)
        if e_holder is not None:
            assert holder == e_holder


# Numbers that are not claims: dates, years, offsets, ordinals, labels, slogans, referring counts.
NOT_CLAIMS = [
    "十四届全国人大三次会议在北京开幕。",  # a session's ordinal (but 开了五次会议 counts)
    "這是第3屆立委選舉。",  # 第3屆: an ordinal (3屆市長 counts terms)
    "十四屆全國人大三次會議閉幕。",
    "條約2011年2月5日生效",
    "2024年版「中國軍力報告」",
    "去年在他第2個任期剛開始3天後",
    "楊承軍5年前就已深度分析",
    "兩年前的2022年版中國軍力報告",
    "美方采购F-16战机与G20峰会",
    "俄外交部周二表示，美俄《中導條約》失效",
    "希望這3個國家能夠同意",
    "坚决做到“两个维护”",
    "截至3月14日24时",
    "一是美俄缺乏信任基礎，二是美方認知變化",
    "他剛與習近平有了一次成功會晤",
    "美俄兩國庫存及儲備",
    "今年是中澳建交50周年",
    "同一天，伊拉克西部發生爆炸",
    # Issue 5: the size of a list just named, an article of a law, net buying is no "more than".
    "這次九合一及公投兩項選舉同時舉行",
    "围绕交通物流、能源等八个领域",
    "依《公投法》23條規定",
    "他二度入主白宮後",
    "为实现“两个一百年”奋斗目标",
    "立委陳柏惟罷免案二階段連署書送交選委會",
    "活動邀請包括江啟臣、朱立倫、卓伯源、張亞中等4位黨主席候選人參加",
    "中俄兩國的關係",
    # Round 5: the name of a plan
    "以一茬接着一茬干的历史耐心接续制定和实施五年规划",
    "接續制定和實施五年規劃",
    "千万不要掉以轻心",
    # the size of a list written right before it, without 等
    "林岱樺選區包括林園、大寮、鳥松、仁武4個行政區",
    "将与地面的南山、德令哈、兴隆、丽江4个量子通信地面站对接",
    # "the two" points back to two people just named
    "隔空交火已久的兩人，將於9月10日在辯論台上直球對決",
    "兩人有攻有守，但未就政策進行實質辯論",
    "（編輯：徐睿承）1130817 本網站之文字、圖片及影音",
]


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_claims(builder, resources, text):
    assert [c.text for c in claims(builder, resources, text)] == []


def test_ranges_fill_low_and_high(builder, resources):
    (claim,) = claims(builder, resources, "準利率水準在5.25%至5.5%之間")
    assert (claim.value, claim.value_low, claim.value_high, claim.unit) == (None, 5.25, 5.5, "%")


def test_percent_and_points_are_distinguished(builder, resources):
    got = [(c.value, c.unit) for c in claims(builder, resources, "支持度上升3個百分點，達到48%。")]
    assert got == [(3, "個百分點"), (48, "%")]


def test_quantity(builder, resources):
    (claim,) = claims(builder, resources, "預計到2030年，中國將擁有超過1000枚可操作的核彈頭")
    assert (claim.quantity, claim.time_value) == ("核彈頭", "2030")


# Round 3: what is counted after the counter keeps a name or verb stem that modifies the noun,
# and a verb of having before the noun stays out.
QUANTITIES = [
    ("在過去4次美國總統大選，伊利都選出最後贏家", "美國總統大選"),
    ("第一階段目標募到3000份連署書", "連署書"),
    ("到现在合作社里已有社员1222户", "社员"),
    ("建成110个海洋牧场示范区", "海洋牧场示范区"),
]


@pytest.mark.parametrize("text,quantity", QUANTITIES)
def test_quantity_round3(builder, resources, text, quantity):
    (claim,) = claims(builder, resources, text)
    assert claim.quantity == quantity


# English (lang en): real sentences from ../shared/corpus/en_politics_news.jsonl.gz, plus the
# SPEC example in English.  (value, unit, qualifier, quantity, holder)
ENGLISH = [
    # spelled-out compounds are one number: twenty-five, two hundred and forty (not 20 and 5)
    ("Russia has deployed twenty-five warships near the coast.", [(25, None, "=", "warships", "Russia")]),
    ("About two hundred and forty soldiers were sent.", [(240, None, "~", "soldiers", None)]),
    ("China has more than 600 operational warheads.", [(600, None, ">", "operational warheads", "China")]),
    ("Trump said the event has raised more than $6 million for veterans.", [(6e6, "$", ">", None, None)]),
    ("Turnover totaled NT$566.61 billion (US$17.14 billion).",
     [(566.61e9, "NT$", "=", "Turnover", None), (17.14e9, "US$", "=", None, None)]),
    (("According to a Washington Post-ABC News survey, 51 percent of respondents said they would vote for Clinton, "
      "versus 39 percent for Trump."), [(51, "%", "=", "respondents", None), (39, "%", "=", None, None)]),
    ("CAL reported revenue of NT$203.8 billion and net profit of NT$14.38 billion in 2024.",
     [(203.8e9, "NT$", "=", "revenue", "CAL"), (14.38e9, "NT$", "=", "net profit", "CAL")]),
    ("In Orlando, 49 people were killed June 12 by a lone gunman.", [(49, None, "=", "people", None)]),
    ("The jobless rate ticked down to 5 percent, and average hourly earnings rose 0.4 percent.",
     [(5, "%", "=", None, None), (0.4, "%", "=", "hourly earnings", None)]),
    ("Russia's army has about 1,000 troops near the border.", [(1000, None, "~", "troops", "Russia")]),
    ("could face a fine of up to NT$2 million (US$61,556)", [(2e6, "NT$", "<=", "fine", None), (61556, "US$", "=", None, None)]),
    ("Unemployment rose to 3.5 percent in March.", [(3.5, "%", "=", "Unemployment", None)]),
    ("smartphone IC designer MediaTek Inc. lost 3.35 percent to end at NT$1,300.00.",
     [(3.35, "%", "=", None, "MediaTek Inc."), (1300, "NT$", "=", None, "MediaTek Inc.")]),
    ("Taiwan had 62 nurses per 10,000 people in 2021.", [(62, None, "=", "nurses", "Taiwan")]),
]

# Not claims in English: years, dates, times, ordinals, labels, a bare "one".
EN_NOT_CLAIMS = [
    "The 2016 election was held on November 8.",
    "Taipei, April 24 (CNA) Foreign Minister Lin met her.",
    "He bought F-16 jets for the 5th time at 10:30.",
    "One of the candidates spoke.",
    "Nearly half of voters backed him in the 1990s at 3 p.m. on Jan. 5, the 45th president said.",
]


@pytest.mark.parametrize("text,expected", ENGLISH, ids=[c[0][:20] for c in ENGLISH])
def test_english_claims(builder, resources, text, expected):
    got = [fields(c, ("value", "unit", "qualifier", "quantity", "holder")) for c in claims(builder, resources, text)]
    assert len(got) == len(expected), got
    for (value, *rest), (e_value, *e_rest) in zip(got, expected):
        assert same_value(e_value, value) and tuple(rest) == tuple(e_rest), got


@pytest.mark.parametrize("text", EN_NOT_CLAIMS)
def test_english_not_claims(builder, resources, text):
    assert [c.text for c in claims(builder, resources, text)] == []


def test_holder_is_not_the_place_or_target(builder, resources):
    # 在/對 X: where or against whom, not whose.
    got = [c.holder for c in claims(builder, resources, "俄军在扎波罗热等地区控制5个定居点。俄军还对乌克兰发动了4次集群打击。")]
    assert got == ["俄军", "俄军"]


def test_possessor_and_paragraph_carry(builder, resources):
    got = [c.holder for c in claims(builder, resources, "但USW擁有85萬名成員。上半年，我国完成港口货物吞吐量89亿吨，同比增长4%。集装箱吞吐量达1.7亿标箱。")]
    assert got == ["USW", "我国", "我国", "我国"]


@pytest.mark.xfail(strict=True, reason="the owner named sentences earlier (日本製鐵收購美國鋼鐵…交易價格為141億美元) needs the event frame")
def test_holder_of_a_deal(builder, resources):
    (claim, *_) = claims(builder, resources, "日本製鐵宣布收購美國鋼鐵。這起收購案的交易價格為141億美元。")
    assert claim.holder == "日本製鐵"


@pytest.mark.parametrize("text,claimant", [
    ("国家邮政局今天（8月12日）发布，今年1至7月全国快递业务量累计完成408.2亿件", "国家邮政局"),
    ("國家郵政局今天（8月12日）發布，今年1至7月全國快遞業務量累計完成408.2億件", "國家郵政局"),
    ("美國國防部18日公布報告指出，中國已擁有超過600枚核彈頭", "美國國防部"),
])
def test_claimant_leaves_out_the_date(builder, resources, text, claimant):
    """The date a source spoke on (今天, 18日) is not part of its name."""
    (claim,) = claims(builder, resources, text)
    assert claim.claimant == claimant


@pytest.mark.xfail(strict=True, reason="數百枚 (several hundred) has no value yet; a vague-quantity reading is not designed")
def test_vague_hundreds(builder, resources):
    (claim,) = claims(builder, resources, "美俄部署的核武器可在短短幾周內增加數百枚")
    assert (claim.value, claim.qualifier) == (100, ">")


# --------------------------------------------------------------------------- sample articles


def test_spec_claim_600_warheads(trump_article):
    claim = next(c for c in trump_article.numeric_claims if c.value == 600 and c.qualifier == ">")
    assert (claim.unit, claim.quantity, claim.holder, claim.time_value) == ("枚", "核彈頭", "中國", "2024")
    assert claim.claimant == "美國國防部"
    assert claim.claim_id.startswith(trump_article.article_id + ":nc")


def test_spec_claim_1550(treaty_article):
    claim = next(c for c in treaty_article.numeric_claims if c.value == 1550)
    assert (claim.unit, claim.qualifier, claim.holder) == ("枚", "<=", "美國/俄羅斯")


# The claims a reader finds in the sample articles (value, unit, qualifier): recall must be
# complete and nothing else reported.
TRUMP_CLAIMS = {(10, "年", "="), (5, "年", "="), (0.5, None, "="), (None, "年", "<="), (600, "枚", ">"),
                (1000, "枚", ">"), (1500, "枚", "="), (1, "年", "="), (500, "枚", "="), (600, "枚", "="), (10, "年", "<="),
                (5459, "枚", "="), (5177, "枚", "="), (0.3333, None, "<"), (None, "年", "=")}
TREATY_CLAIMS = {(50, "年", ">"), (10, "年", "="), (5, "年", "<="), (1550, "枚", "<="), (700, "件", "<="),
                 (800, "件", "<="), (1, "年", "<="), (5, "年", "="), (2, "倍", "="), (6000, "枚", ">"), (10, "年", "<=")}


def test_sample_claims(trump_article, treaty_article):
    for article, expected in ((trump_article, TRUMP_CLAIMS), (treaty_article, TREATY_CLAIMS)):
        got = {(c.value, c.unit, c.qualifier) for c in article.numeric_claims}
        assert got == expected
        for claim in article.numeric_claims:
            assert article.text[claim.start:claim.end] == claim.text


# --------------------------------------------------------------------------- corpus cases

def test_quantity_and_holder_on_corpus_cases(annotate_fn):
    """Quantity and holder on corpus sentences outside tests/gold (tests/cases/
    numbers_quantity_cases.jsonl, written by reading; see numbers_quantity_build.py).  Floors,
    not targets: they catch a regression.  Second pass: quantity 0.348 → 0.68, holder 0.70 → 0.80."""
    import importlib.util
    path = Path(__file__).parent / "cases" / "numbers_quantity_score.py"
    spec = importlib.util.spec_from_file_location("numbers_quantity_score", path)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    # "dev": the rules were tuned on it; "check": annotated afterwards, first scored at 0.42 / 0.50.
    for split, q_floor, h_floor in (("dev", 0.62, 0.75), ("check", 0.38, 0.45)):
        counts = scorer.score(annotate_fn, split=split)
        (q_ok, q_all), (h_ok, h_all) = counts["quantity"], counts["holder"]
        assert q_ok / q_all >= q_floor and h_ok / h_all >= h_floor, (split, counts)


# Holders that need the NER stage (names of people and bodies), run through the whole pipeline.
NAMED_HOLDERS = [
    # the clause's own subject beats a place named in the sentence before it
    ("在湛藍廣闊的伊利湖畔，住在伊利的居民很多。林佳龍目前兼2份差", "2份", "林佳龍"),
    # a victim word only right after the count: 11名人质 are Hamas's to release, not victims
    ("哈马斯需释放11名人质并转交16名已死亡人员的遗体", "11名", "哈马斯"),
    # the names listed before 等 are among what is counted
    ("美国、英国等30多个国家签署了协议", "30多个", None),
    # a clause with no subject goes on with the one before it; joint subjects own together
    ("根據計票結果，副總統賀錦麗與前總統川普平手，各得3票。", "3票", "賀錦麗/川普"),
    # ... but not over a clause that reports (the speaker does not own what is reported)
    ("蔡雅瀅引用趙家緯資料，宣稱2025年備用容量率17%以上。", "17%以上", None),
    # a name in the speaker's clause, and a country carried from the sentence before, do not own
    (("正方的趙少康指出，台灣人一年要吃38公斤豬肉。反方的中華經濟研究院台灣WTO中心副執行長李淳則說，"
      "不用萊劑的國產豬市占率達90.7％"), "90.7％", None),
    # a sentence with no subject at all goes on with the one before it, in the same paragraph only
    ("福建还不断优化营商环境，完善配套服务。推行项目联审联批，压缩一半以上审批时间。", "一半以上", "福建"),
    ("福建还不断优化营商环境。\n推行项目联审联批，压缩一半以上审批时间。", "一半以上", None),
    # a person acting inside the clause owns its figure; the one acted on does not
    ("包括2020年拜登在當地以區區1300張票擊敗川普。", "1300張", "拜登"),
    # an age in a later clause is the subject's only after 享年/现年…; a legal age is nobody's
    ("英国前首相玛格丽特·撒切尔8号因中风去世，享年87岁。", "87岁", "玛格丽特·撒切尔"),
    ("搞不好民進黨也不修憲把投票權降到18歲。", "18歲", None),
    ("60歲的華茲曾擔任陸軍國民兵，2006年42歲時當選聯邦眾議員。", "42歲", "華茲"),
    ("美國2024總統大選原本是81歲拜登與78歲川普繼2020年後再度交鋒。", "78歲", "川普"),
    ("故稱今年為投票元年，而18歲以上的年輕人也能投票。", "18歲以上", None),
    # a party that only titles the subject gives way to the person, and to the partner too
    ("共和黨總統候選人川普與民主黨參選人賀錦麗，在全美支持率分別為百分之四十九與百分之四十七。",
     "百分之四十九", "川普/賀錦麗"),
    # a body that reports its country's figures does not hide the country (a person would)
    ("中国人民银行今天公布，7月份人民币贷款增加3852亿元。", "3852亿元", "中国"),
    # the name outside a list before 等 still owns the count
    ("中方承办的“苏沃洛夫突击”、“安全环境”、“空降排”等6个项目。", "6个", "中方"),
    # a person before 的 and the number owns the share (as a body or a country does)
    ("民調顯示，川普獲得59.6%基層工會成員支持，遠遠超出賀錦麗的34%。", "34%", "賀錦麗"),
    # a party or place that is only the title of a person gives way to the person
    ("民主黨總統候選人賀錦麗與共和黨候選人川普各得3票。", "3票", "川普"),
    # a place one goes to is not an owner (再到桃園); one a figure reaches is (達到俄羅斯目前5459枚)
    ("團隊前往新北，再到桃園市黨部，每天到1至2個縣市黨部街講。", "1至2個", None),
    ("中國的核武庫也只達到俄羅斯目前5459枚的3分之1。", "5459枚", "俄羅斯"),
    # jieba glues 内 to the name (十年內美俄 → 内美/俄): the name still counts
    ("美國科學家聯合會(FAS)指，未來十年內美俄部署的核彈頭數量或突破6,000枚。", "突破6,000枚", "美國/俄羅斯"),
    # Round 5 (claims_unseen_round5): events that happened, and a number describing a thing
    # after an indefinite 一座, have no owner
    ("9月30日，伊拉克全国范围发生十多起暴力袭击事件。", "十多起", None),
    ("9月30日，伊拉克全國範圍發生十多起暴力襲擊事件。", "十多起", None),
    ("9月30日，印度北部比哈尔邦的一座三层楼高的化工厂发生火灾。", "三层", None),
    ("當地時間26日凌晨，意大利西西里島發生了里氏4.8級地震。", "4.8級", None),
    ("川普在2個月內遭遇2次暗殺未遂事件。", "2次", None),
    # ... but not a thing the next sentence points back to, nor past a sentence that is not the
    # paragraph's first
    ("我国新型护卫舰今天下水。该舰全长超过90米，排水量达1800吨。", "超过90米", None),
    # 全國性 is "national"; a name that is one word of a quoted title owns nothing
    ("中選會指出，全國性公民投票案的投票權人數均為1982萬5468人。", "1982萬5468人", None),
    ("梦想小镇举行的“中国微天使节”，就有100多个创业团队参加融资路演。", "100多个", None),
    # in a list of name–figure pairs, a figure whose own item is not a known name is not the last name's
    ("出口市場分布為美國27%、日本16%、其他地區5%。", "16%", "日本"),
    ("出口市場分布為美國27%、日本16%、其他地區5%。", "5%", None),
    # the first share of a score is the side that acts; a second title after 、 still leads to the person
    ("川普在16張選舉人團票的喬治亞州以50%比49%領先賀錦麗。", "50%", "川普"),
    ("民主黨總統候選人、現任副總統賀錦麗可望篤定獲得226張選舉人團票。", "226張", "賀錦麗"),
    # a place or person that the figure's phrase describes owns it (not a length, not a part)
    ("擁有6張選舉人團票的內華達州及10張選舉人團票的威斯康辛州，兩人打平。", "10張", "威斯康辛州"),
    ("研究人員發現，擁有超過1.93億追蹤者的馬斯克發布50則貼文。", "超過1.93億", "馬斯克"),
    ("7個搖擺州中的密西根、威斯康辛與賓州被形容為藍色銅牆鐵壁。", "7個", None),
    # names listed before 等共 are among what is counted; the owner outside the list is not
    ("美國豬肉輸出日本、中國、墨西哥、加拿大及我國等共129個國家。", "129個", "美國"),
    # a person's name opening a company's name is the company
    ("美國華爾街選前都押川普！川普媒體科技公司股價從11.75跑到51.51美元。", "51.51美元", "川普媒體科技公司"),
    # a place after 在 is where, not whose
    ("郭台銘預計投資100億美元在威斯康辛州設立面板廠。", "100億美元", "郭台銘"),
    ("上半年经济企稳。我国经济结构继续优化。第三产业占GDP比重为49.5%。", "49.5%", None),
    # a score: the share after 比 is the side beaten or trailed, when it is named
    ("根據民調，賀錦麗在北卡以48%比47%，超車川普1個百分點。", "47%", "川普"),
    ("根據民調，賀錦麗在北卡以48%比47%，超車川普1個百分點。", "48%", "賀錦麗"),
    ("賀錦麗在北卡則以48%比47%，領先1個百分點。", "47%", None),
    # a name in brackets glosses the name before it, which owns the figure
    ("川普副手范斯（JD Vance）也提出無差別5000美元育兒稅抵免。", "5000美元", "范斯"),
    # 我 in a statement is its speaker (not 我国)
    ("桑切斯表示，我4年来4次访华，表明双方对西中关系的高度重视。", "4次", "桑切斯"),
    # a country or scope word opening the clause owns its people counts
    ("数据还显示，全国大陆人口中具有大学以上教育程度人口为1亿7093万人。", "1亿7093万人", "全国"),
    ("數據還顯示，全國大陸人口中具有大學以上教育程度人口為1億7093萬人。", "1億7093萬人", "全國"),
    # fresh numbers gold (tests/gold_fresh/numbers): a score written with 對, or as a bare list of
    # places and share pairs after the leader, is the leader's and the side trailing's
    ("前總統川普在4個關鍵州仍領先賀錦麗：亞利桑那州以49%對44%領先，喬治亞州是48%比46%，賓州48%比46%。", "44%", "賀錦麗"),
    ("前總統川普在4個關鍵州仍領先賀錦麗：亞利桑那州以49%對44%領先，喬治亞州是48%比46%，賓州48%比46%。", "49%", "川普"),
    ("前總統川普在4個關鍵州仍領先賀錦麗：亞利桑那州以49%對44%領先，喬治亞州是48%比46%，賓州48%比47%。", "47%", "賀錦麗"),
    ("在登記選民中，川普以48%對46%領先賀錦麗。", "46%", "賀錦麗"),
    ("路透社/易普索23日公布的全國性民調則顯示，賀錦麗以44%對42%領先川普。", "42%", "川普"),
    # a company's own figures (股價, 每股純益, 毛利率…) are the company's, named by the noun opening the
    # clause (NER tags none of 強鹿, 陽明) or a clause before that goes on without a subject
    ("強鹿23日股價收在408.95美元，漲幅0.75%。", "408.95美元", "強鹿"),
    ("強鹿23日股價收在408.95美元，漲幅0.75%。", "0.75%", "強鹿"),
    ("川普上述言論一出，造成強鹿23日盤後股價下跌1.7％。", "1.7％", "強鹿"),
    ("長榮海運股價表現也相對穩健，收盤時來到213元，漲幅為3.65%，陽明收盤時股價來到70元，漲幅為5.4%。", "213元", "長榮海運"),
    ("長榮海運股價表現也相對穩健，收盤時來到213元，漲幅為3.65%，陽明收盤時股價來到70元，漲幅為5.4%。", "5.4%", "陽明"),
    ("台達電先前已公布上半年財報，其中，第2季毛利率34.1%，季增4.6個百分點、年增4.9個百分點。", "4.9個百分點", "台達電"),
    ("藥華藥今年6月合併營收8.5億元，月增7.31%，年增66.63%，續創單月營收歷史新高，累計上半年營收近40億元，年增83.97%。",
     "近40億元", "藥華藥"),
    ("一季度文化企业实现营业收入超三万亿元。", "三万亿元", "文化企业"),
    # a poll named as a noun (在…的民調中, 比7月時的民調) reports nothing: the clause goes on with its
    # subject; how people see someone (選民對其的好感度, 川普的好感度) is that person's
    ("川普在今年7月總統拜登退選前的民調中，以45％領先2個百分點。", "45％", "川普"),
    ("值得注意的是，賀錦麗在7月的民調中，選民對其的好感度為32％，短短2個多月大幅增加16個百分點至48％。", "32％", "賀錦麗"),
    ("值得注意的是，賀錦麗在7月的民調中，選民對其的好感度為32％，短短2個多月大幅增加16個百分點至48％。", "48％", "賀錦麗"),
    ("不過，在這次的民調中，川普的好感度也從7月的38%，略增2個百分點至40％。", "40％", "川普"),
    ("最新民調顯示，賀錦麗以49％的支持度勝過川普的44％，且選民對賀錦麗的好感度，也比7月時的民調大幅增加16％。", "16％", "賀錦麗"),
    # the ends of a route (遠東到美西, 美國線) own no freight rate; 峽谷兩岸 are a river's banks
    ("根據最新一期出爐的運價，美國線在總統大選不安因素激化下，出貨量開始升溫，遠東到美西每FEU（40呎櫃）達4,826美元，較前一期上漲43美元。",
     "4,826美元", None),
    ("根據最新一期出爐的運價，美國線在總統大選不安因素激化下，出貨量開始升溫，遠東到美西每FEU（40呎櫃）達4,826美元，較前一期上漲43美元。",
     "43美元", None),
    ("孫鋼銀說，目前海運貨量較4、5月略高，美國線裝載率介於80%到90%左右。", "80%到90%左右", None),
    ("大桥在国内首次采用新技术，在峡谷两岸，把各重1.4万吨的桥墩和主拱相对旋转130度。", "1.4万吨", None),
    # fresh numbers gold batch 2: a company with its stock code and a dated report, -KY listings,
    # 前七月 / 上周五（9日） between the company and its figure
    ("工業電腦廠事欣科（4916）昨（11）日公布7月合併營收為2.87億元，月增7.6%，年增6.5%。", "6.5%", "工業電腦廠事欣科"),
    ("事欣科前七月合併營收達21.69億元，年增10.76%。事欣科上周五（9日）股價漲0.3元、收27.2元。", "27.2元", "事欣科"),
    ("事欣科前七月合併營收達21.69億元，年增10.76%。事欣科上周五（9日）股價漲0.3元、收27.2元。", "10.76%", "事欣科"),
    ("慧洋-KY 9月合併營收17.7億元，年增36％，單月稅前盈餘7.11億元；累計前三季營收157.1億元，年增30%，自結稅前EPS為6.4元。",
     "6.4元", "慧洋-KY"),
    # a candidate's chances (勝選機率, 勝率) are the candidate's, also in a clause that goes on from it
    ("模型計算出川普勝選預估機率為54%，較過去一週飆升6個百分點，賀錦麗則僅剩下約45%。", "54%", "川普"),
    ("模型計算出川普勝選預估機率為54%，較過去一週飆升6個百分點，賀錦麗則僅剩下約45%。", "6個百分點", "川普"),
    ("如果賀錦麗在賓州輸給川普，那她贏得總統大選的機會只有13%，而川普若丟掉賓州，勝率則只剩下10%。", "10%", "川普"),
    ("川普好感度45%，非好感度48%；相較之下賀錦麗好感度43%，非好感度44%。", "43%", "賀錦麗"),
    # a score in brackets after the side chosen (and the one not chosen); a forecast is its
    # forecaster's; 不過 leads a clause; a place opening a market index's name owns none of its levels
    ("將經濟視為首要關注的選民，以壓倒性多數投票支持川普，而不是賀錦麗（79%對20%）。", "79%", "川普"),
    ("將經濟視為首要關注的選民，以壓倒性多數投票支持川普，而不是賀錦麗（79%對20%）。", "20%", "賀錦麗"),
    ("景氣循環產業的殖利率投資價值不高，不過長榮殖利率高達16％。", "16％", "長榮"),
    ("上海出口集裝箱運價指數SCFI，10月25日為2,185點，單周漲幅5.97%。", "2,185點", None),
    ("波羅的海乾貨船綜合指數（BDI）近月來跌幅超過三成。", "超過三成", None),
    # a poll's margin of error is its pollster's, named opening the sentence (a joint one with /)
    ("愛默生學院的最新民調是於本月22日至23日進行，調查對象為登記選民，每個州的誤差範圍為正負3.4個百分點。", "3.4個百分點", "愛默生學院"),
    ("紐約時報/謝納學院民調對象為全國1142名登記選民，誤差範圍為正負3.3個百分點。", "3.3個百分點", "紐約時報/謝納學院"),
    ("路透社/易普索（Reuters/Ipsos）23日公布的全國性民調則顯示，賀錦麗以44%對42%領先川普，這個差距在3個百分點的誤差範圍內。",
     "3個百分點", "路透社/易普索"),
    # a place after 自 (from) is a source, not the owner; after 來自 it is an origin and owns
    ("台灣對日貿易逆差年年擴增，用白話講，就是日本每年自台灣賺進7000億。", "7000億", "日本"),
    ("2014年12月27日，取自湖北十堰丹江口水库水源地的江水，历经1276公里，一路北上进京。", "1276公里", None),
    # people counted as victims or patients are counted in a place, not owned by it (gold
    # guideline 7); a running tally of cases in 例 stays the country's, as the audits judged it
    ("截至北京时间今天16时，美国累计确诊病例超过3443万例，死亡病例超过61万例。", "超过3443万例", "美国"),
    ("菲律宾国家减灾委员会今天上午6点确认的死亡人数为151人。", "151人", None),
    ("美國去年服用過量毒品死亡人數比前一年減少3500人。", "3500人", None),
    ("美国有3.3亿人口，其中纽约州有1900多万人。", "1900多万人", "纽约州"),
]


def test_a_name_that_starts_a_longer_name_is_not_a_holder(builder, resources):
    """中美洲 (Central America) is not the pair 中美: jieba's longer place name wins."""
    got = claims(builder, resources, "中美洲爆發登革熱疫情，死亡人數占總數的一半。")
    assert [c.holder for c in got] == [None]


def test_named_holders_through_the_pipeline(annotate_fn):
    for text, number, holder in NAMED_HOLDERS:
        rows = annotate_fn(text, "2024-01-01")["numeric_claims"]
        assert [r["holder"] for r in rows if r["text"] == number] == [holder], (text, rows)


def test_dates_and_numbers_on_unseen_articles(annotate_fn):
    """Whole-article dates and numbers on tests/cases/claims_unseen.json: the 8 articles drawn by
    tests/cases/claims_unseen_draw.py (seeded, outside both gold sets) and annotated by reading
    before the pipeline ran on them.  First runs: round 2 (2 CCTV articles) dates F1 0.971,
    numbers F1 1.000, holder 4/9; round 3 (all 8) dates F1 0.929, numbers F1 0.971, holder
    16/33, quantity 10/33; 3 more Taiwan articles (11 in all, after the first round-3 rules)
    dates F1 0.942, numbers F1 0.948, holder 22/46.  After round 3: numbers F1 0.990, holder
    30/49.  Floors catch a regression; dates belong to timex, so their floor sits below the
    first run."""
    from pipeline.evaluate.articles import evaluate_articles

    report = evaluate_articles(Path(__file__).parent / "cases" / "claims_unseen.json",
                               annotate_fn)
    assert not report["errors"], report["errors"]
    assert report["dates"]["f1"] >= 0.90 and report["numbers"]["f1"] >= 0.95, report
    assert report["numbers"]["attributes"]["holder"]["correct"] >= 30, report["numbers"]


@pytest.mark.parametrize("name,f1_floor,holder_floor,qualifier_floor", [
    # round 4 (6 articles, 43 rows): first run numbers F1 0.909, holder 25/43; after round 4 28/40;
    # after round 5 F1 0.933, holder 32/42, qualifier 42/42
    ("claims_unseen_round4.json", 0.93, 32, 42),
    # round 5 (6 articles, 55 rows): first run numbers F1 0.887, holder 30/51, qualifier 47/51;
    # after round 5 F1 0.919, holder 43/51, qualifier 51/51
    ("claims_unseen_round5.json", 0.91, 43, 51),
])
def test_numbers_on_fresh_unseen_articles(name, f1_floor, holder_floor, qualifier_floor, annotate_fn):
    """Whole-article numbers on the later unseen fixtures (tests/cases/claims_unseen_draw.py rounds
    4 and 5: seeded draws outside both gold sets and every earlier fixture, numbers table
    annotated by reading before the pipeline ran on them).  Floors are the figures reached when
    the test was written: they catch a regression, they are not targets."""
    from pipeline.evaluate.articles import evaluate_articles

    report = evaluate_articles(Path(__file__).parent / "cases" / name, annotate_fn)
    assert not report["errors"], report["errors"]
    numbers_report = report["numbers"]
    assert numbers_report["f1"] >= f1_floor, numbers_report
    assert numbers_report["attributes"]["holder"]["correct"] >= holder_floor, numbers_report
    assert numbers_report["attributes"]["qualifier"]["correct"] >= qualifier_floor, numbers_report


def _audit_scores(path):
    """Scores a broad audit's judged rows (skipped without the shared corpus) and checks that no
    holder judged right in its first pass has gone wrong since."""
    from tests.cases import claims_audit_round6_score as scorer

    if not scorer.corpus_present():
        pytest.skip("../shared/corpus not present")
    rows = {row["n"]: row for row in scorer.judged_rows(path)}
    counts, wrong_holders = scorer.run(path=path)
    regressed = [w for w in wrong_holders if rows[w[0]]["verdict"]["holder"] == "right"]
    assert not regressed, regressed
    return counts, wrong_holders


def test_the_broad_round6_audit():
    """Numbers on the broad audit of round 6 (tests/cases/claims_audit_round6.jsonl): 150
    numeric-claim rows drawn at random from the pipeline's output on 300 unseen corpus articles
    (tests/cases/claims_audit_round6_draw.py: seeded, outside both gold sets and every unseen
    fixture) and judged by reading each sentence before any change; the verdicts are the gold
    and a row judged wrong carries the corrected value.  First pass: claims 135/150, holder
    90/135 (96 as the article scorer counts), qualifier and unit 134/135.  After round 6: holder
    112/135 (115), one non-claim dropped.  Every holder judged right in the first pass must stay
    right; the floors are the figures reached, to catch a regression."""
    from tests.cases import claims_audit_round6_score as audit

    counts, wrong_holders = _audit_scores(audit.AUDIT)
    assert counts["found"] == [135, 135], counts
    assert counts["holder"][0] >= 113 and counts["holder_lenient"][0] >= 117, (counts, wrong_holders)  # 113/117 after batch 3's rules
    assert counts["qualifier"][0] >= 134 and counts["unit"][0] >= 134, counts
    assert counts["not_claim"][0] >= 1, counts


def test_spoken_halves_and_hundred_millions(builder, resources):
    """一成半 is 15%, 兩倍半 2.5 times, 一個億元 one hundred million yuan (spoken forms in news)."""
    found = claims(builder, resources, "去年投資一個億元，產量增長兩倍半，支持率近一成半。")
    assert [(c.text, c.value, c.unit, c.qualifier) for c in found] == [
        ("一個億元", 1e8, "元", "="), ("兩倍半", 2.5, "倍", "="), ("近一成半", 15.0, "%", "~")]


@pytest.mark.parametrize("text", ["震中位于北纬26度、东经101度。", "这些判决大多於1997至2012年间作出。"])
def test_coordinates_and_spans_of_years_are_no_claims(builder, resources, text):
    assert claims(builder, resources, text) == []


def test_a_share_of_poll_respondents_has_no_owner(builder, resources):
    """Round 7 (claims_audit_round7.jsonl rows 29, 41): 50.0％的民眾認為台灣目前不缺電 names 台灣 in
    what the respondents answered; the shares of those asked, and the ones beside them in the
    sentence, are nobody's, and 台灣 does not carry on to the next sentence's shares."""
    text = "50.0％的民眾認為台灣目前不缺電，33.4％表示台灣已經缺電。58.3％的民眾認為沒有，可能會去投票有16.1％。"
    assert [(c.text, c.holder) for c in claims(builder, resources, text)] == [
        ("50.0％", None), ("33.4％", None), ("58.3％", None), ("16.1％", None)]
    owned = claims(builder, resources, "台灣的失業率為3.5％，比去年下降0.2個百分點。")
    assert [c.holder for c in owned] == ["台灣", "台灣"]  # no respondents: a place's own share keeps its owner


def test_votes_in_a_tally_are_the_candidates(builder, resources):
    """Round 7 (claims_audit_round7.jsonl rows 5, 46): in a tally of votes each count and share
    belongs to the name right before it, its party set aside, even when the NER misses the name
    (no NER here); the spoiled ballots (另有廢票) are no candidate's, and two items are no tally."""
    text = "依序為無黨籍黃源甫10票1.66%、國民黨林耕仁68票11.31%、民眾黨高虹安300票49.92%，另有廢票17票2.83%。"
    assert [(c.text, c.holder) for c in claims(builder, resources, text)][:6] == [
        ("10票", "黃源甫"), ("1.66%", "黃源甫"), ("68票", "林耕仁"), ("11.31%", "林耕仁"),
        ("300票", "高虹安"), ("49.92%", "高虹安")]
    assert [(c.text, c.holder) for c in claims(builder, resources, text)][6] == ("17票", None)  # no carry either
    assert {c.holder for c in claims(builder, resources, "林耕仁68票、高虹安300票。")} != {"林耕仁", "高虹安"}


def test_the_broad_round7_audit():
    """Numbers on the second broad audit (tests/cases/claims_audit_round7.jsonl): 60 rows drawn
    at random from the pipeline's output on 300 corpus articles round 6 never saw
    (claims_audit_round7_draw.py), judged by reading before any change.  First pass: claims
    56/60, holder 40/56 (41 as the article scorer counts), qualifier and unit 55/56.  After
    round 7's rules (respondents' shares, candidates in a tally of votes): holder 44/56 (45).  Every holder judged right in the first pass
    must stay right; the floors are the figures reached."""
    from tests.cases import claims_audit_round7_score as audit

    counts, wrong_holders = _audit_scores(audit.AUDIT)
    assert counts["found"] == [56, 56], counts
    assert counts["holder"][0] >= 46 and counts["holder_lenient"][0] >= 47, (counts, wrong_holders)  # 46/47 after batch 3's rules
    assert counts["qualifier"][0] >= 55 and counts["unit"][0] >= 55, counts


def test_more_inside_the_measure_word_and_a_half_after_the_unit(builder, resources):
    """4個多月 is more than four months (unit 個月), 二年半 two and a half years; 一年半载 is 'a while'."""
    found = claims(builder, resources, "工程已延宕4個多月，任期二年半，等了三个多小时。")
    assert [(c.text, c.value, c.unit, c.qualifier) for c in found] == [
        ("4個多月", 4.0, "個月", ">"), ("二年半", 2.5, "年", "="), ("三个多小时", 3.0, "个小时", ">")]


@pytest.mark.parametrize("text,surface,unit", [
    ("截至4月15日止進口豬肉約為2萬公噸。", "約為2萬公噸", "公噸"),
    ("在过去的11个季度里，中国经济增速都稳定在6.7%到6.9%之间。", "11个季度", "个季度"),
    ("15家主要电商平台已对接外贸企业超2.6万家次。", "超2.6万家次", "家次"),
    ("今年粮食单产达394.7公斤/亩，同比增长1.3%。", "394.7公斤/亩", "公斤/亩"),
    ("分科測驗／紅利不再！補教估台大醫284級分 缺額校系可這樣選填", "284級分", "級分"),
    ("白飯之亂 北科大挨轟「教育失敗」遭洗版剩1.5顆星", "1.5顆星", "顆星"),
    # a qualifier between the currency and the number: the currency is still the unit
    ("台灣對日貿易逆差年年擴增，甚至今年將破250億美元，換算新台幣近7000億元。", "新台幣近7000億元", "新台幣"),
    ("前者將取消拜登政府准許中製電動車獲七五○○美元（台幣約廿四萬元）稅收抵免。", "台幣約廿四萬元", "台幣"),
    ("萬海航運10月25日宣布進場訂造八艘每艘16,000 TEU的甲醇雙燃料船。", "16,000 TEU", "TEU"),
    # terms of office counted in digits (dev gold); 十四届 and 第3屆 stay ordinals
    ("觀察台中市升格後歷任3屆市長，前兩任都只做一屆。", "3屆", "屆"),
    # the currency written after 元 (batch 3): 元人民币 is in 人民币, as 新台幣…元 is in 新台幣
    ("自贸试验区实际使用外资1212.6亿元人民币，占比为14.3%。", "1212.6亿元人民币", "人民币"),
])
def test_units_of_the_fresh_numbers_gold(builder, resources, text, surface, unit):
    """Units the fresh numbers gold (tests/gold_fresh/numbers) found cut short in its first pass
    (公噸 read as no unit, 个季度 as 个, 家次 as 家, 級分 as 級): the unit is the whole word."""
    got = [(c.text, c.unit) for c in claims(builder, resources, text)]
    assert (surface, unit) in got, got


@pytest.mark.parametrize("text,expected", [
    # a change and the level it reaches are two numbers, not a range
    ("指數上漲118.11點至2,303.44點，周漲幅5.4%。",
     [("118.11點", 118.11, None, None), ("2,303.44點", 2303.44, None, None), ("5.4%", 5.4, None, None)]),
    ("期貨部分，台指期昨天上漲59點至23,633點。", [("59點", 59, None, None), ("23,633點", 23633, None, None)]),
    # the first end of a range written short, at the scale of the second
    ("經費勢必增加6、7000萬元，工程推動困難。", [("6、7000萬元", None, 60000000, 70000000)]),
    # ranges of tenths are percentages; 1成為 after 只有 is one tenth (成為 "become" stays out)
    ("其中9成是國產豬，只有1成為進口豬，進口豬肉當中有6到7成是做所謂的加工，其餘2到3成才會到市場通路。",
     [("9成", 90, None, None), ("只有1成", 10, None, None), ("6到7成", None, 60, 70), ("2到3成", None, 20, 30)]),
    # two shares each written with its % and joined by 、 are two figures (one per item), not a range
    ("賀錦麗則在密西根州和內華達州2個搖擺州，以51%、52%微弱優勢領先。", [("2個", 2, None, None), ("51%", 51, None, None), ("52%", 52, None, None)]),
    ("今年1—4月，教育、卫生健康、社会保障和就业支出，分别同比增长6.9%、8.7%和10.3%。",
     [("6.9%", 6.9, None, None), ("8.7%", 8.7, None, None), ("10.3%", 10.3, None, None)]),
    ("僅核四重啟的不同意51.8％、37.7％同意。", [("51.8％", 51.8, None, None), ("37.7％", 37.7, None, None)]),
])
def test_values_of_the_fresh_numbers_gold(builder, resources, text, expected):
    """Values the fresh numbers gold (tests/gold_fresh/numbers) found misread in its first pass."""
    got = [(c.text, c.value, c.value_low, c.value_high) for c in claims(builder, resources, text)]
    assert got == expected


def test_a_forecast_is_its_forecasters(annotate_fn):
    """低於主計總處預期的14.45% (fresh numbers gold batch 2): the body that forecasts owns the
    forecast, named by a common noun with a body head where the NER stage tags nothing (jieba
    cuts 主計/v 總處/n, so the holder is 總處; the scorer's name match accepts it for 主計總處)."""
    rows = annotate_fn("儘管第二季出口仍年增9.9%，但低於主計總處預期的14.45%。", "2024-07-31")
    holders = {r["text"]: r["holder"] for r in rows["numeric_claims"]}
    assert holders["9.9%"] is None and holders["14.45%"] in ("主計總處", "總處"), holders


@pytest.mark.parametrize("text,surface,qualifier", [
    ("如無意外，2021年全年將破250億美元規模，再創新高。", "將破250億美元", ">"),
    ("把病人留在縣醫院，至少節省三分之一的費用。", "三分之一", ">="),
    ("企業的貨物將從三次運輸和裝卸減少到1次，通關時間至少節約8小時。", "8小時", ">="),
])
def test_qualifiers_of_the_fresh_numbers_gold(builder, resources, text, surface, qualifier):
    """將破 is 突破 (>); 至少 reaches its number over a verb of saving (節省, 節約), and the 約 of 節約
    is no 約 (~)."""
    got = {c.text: c.qualifier for c in claims(builder, resources, text)}
    assert got.get(surface) == qualifier, got


# Holders on real sentences of the fresh numbers gold, batch 3 (tests/gold_fresh/numbers/src/3_*).
BATCH3_HOLDERS = [
    # a list of name–share items: each share is the name right before it, not the clause's subject
    ("「NPR／PBS NewsHour／Marist」民調結果，賀錦麗51％、川普48％；「CBS／YouGov」民調顯示，賀錦麗50％、川普49％。",
     {"51％": "賀錦麗", "48％": "川普", "50％": "賀錦麗", "49％": "川普"}),
    # the partner of a tie (與川普平手) is not the side that trails later in the sentence
    ("賀錦麗在賓州與川普平手，在密西根州則落後川普2個百分點。", {"2個百分點": "賀錦麗"}),
    # a verb of reaching between the side beaten and the margin; a person is beaten by a person
    ("其中川普民調支持度最高的關鍵州為喬治亞州，支持度領先賀錦麗達到5個百分點。", {"5個百分點": "川普"}),
    # a clause that only says when is passed over to the subject; a name with a modifier ending in 的
    ("另一方面，拜登退選之後，迅速整合的賀錦麗陣營，競選起跑第一週，就募得破紀錄的2億美元政治捐款，"
     "在18到29歲的年輕選民當中，以47%支持率勝過川普的34%。", {"2億美元": "賀錦麗", "47%": "賀錦麗", "34%": "川普"}),
    ("稍早的聯邦選委會文件，艾德森在7至9月期間，共捐贈9500萬美元。", {"9500萬美元": "艾德森"}),
    # 其 opening the clause is the person or body it stands for, a length too (not a country: 美俄間…條約，其失效)
    ("侯友宜『捍衛中華民國』不是口號，是身體力行，其公職生涯40年，經歷過無數場生死槍戰。", {"40年": "侯友宜"}),
    # a figure in what a body forecasts earlier in the sentence is the forecaster's (not 優於預期)
    ("然台灣景氣領先指標連續11個月上升，且主計處預測明年台灣GDP年增率可望逐季向上，全年增長3.2%。", {"3.2%": "主計處"}),
    # a country named for its holiday dates the clause (大陸十一長假後); a freight rate after a
    # sentence on shares is no market's
    ("外傳受惠於這兩家公司今年獲利看俏，台股多檔ETF看好明年配息金額，跟進加碼。 遠東到歐洲運價考量到11月開始進入傳統淡季，"
     "調整航班數，大陸十一長假後，需求增加，推升運價反彈，每TEU(20呎櫃)達2,442美元，較前一期上漲216美元，周漲幅9.7%。",
     {"2,442美元": None, "216美元": None, "9.7%": None}),
    # an index named by its acronym opens its clause as the subject: the country of the clause before owns nothing
    ("胡塞武裝組織宣布在紅海和阿拉伯海再襲擊三艘船隻，回應以色列實施海上封鎖行動，BDI上漲1%重返1,400點。",
     {"1%": None, "1,400點": None}),
    # a quoted programme opening the clause owns the figure after it (dev gold), not a quoted poll answer
    ("提案已落實執行，110年「校園雲社團」FB觸及人數超過341萬次、IG也超過111萬次。",
     {"超過341萬次": "校園雲社團", "超過111萬次": "校園雲社團"}),
    # a market owns its index points and moves; an index or futures named is the market
    ("台股昨（29）日在外資大賣、市場賣壓出籠下，指數開低殺低，盤中一度重挫近500點，後在國家隊進場護持下，"
     "午盤跌幅收斂，終場跌271點、收在22,926點，失守月線。法人指出，由於目前指數已殺破政府基金23,000點的底線。",
     {"近500點": "台股", "271點": "台股", "22,926點": "台股", "23,000點": "政府基金"}),
    ("集中市場受到台積電及人工智慧（AI）股拉回衝擊，單周跌138點或0.59%，終止連二紅，櫃買市場則是反彈創波段高點後陷入震盪，周線漲1.42點或0.52%。",
     {"138點": "集中市場", "0.59%": "集中市場", "1.42點": "櫃買市場", "0.52%": "櫃買市場"}),
    ("恆生指數全日收盤下跌468點或2.23%，收報20538點。", {"468點": "恆生指數", "2.23%": "恆生指數", "20538點": "恆生指數"}),
    # a net buying or selling is the trader's named last before the verb
    ("總計三大法人共賣超396億元。其中，外資賣超台股291.6億元。投信買超57.6億元，自營商則賣超161.9億元。"
     "八大公股行庫則在盤勢走弱之際，進場承接包括元大高股息、聯電等個股，共計買超75億元。",
     {"396億元": "三大法人", "291.6億元": "外資", "57.6億元": "投信", "161.9億元": "自營商", "75億元": "八大公股行庫"}),
    # a futures position is the trader's too; 口 counts contracts
    ("永豐期貨表示在台指期淨部位方面，三大法人淨空單增加225口至14,080口，其中，外資淨空單增加1,326口至34,905口。",
     {"225口": "三大法人", "14,080口": "三大法人", "1,326口": "外資", "34,905口": "外資"}),
    ("其中，外資淨空單增加1,326口至34,905口。 至於十大交易人中的特定法人，全月份的台指期淨空單，則是增加788口至15,508口。",
     {"788口": "特定法人", "15,508口": "特定法人"}),
    # a share price's move right after the company (a list of companies owns it jointly)
    ("前十大權值股中，台積電跌10元、收1,040元，鴻海、聯發科均跌逾2.5%，僅台達電逆勢收紅。",
     {"10元": "台積電", "1,040元": "台積電", "逾2.5%": "鴻海/聯發科"}),
    ("台股部分，國際股市欠缺方向，引發台積電ADR當日大跌4%之上。", {"4%之上": "台積電ADR"}),
    # 電網 is no dispatch (電): the region owns its grid's load
    ("截至6月24日18时，华北电网最大负荷达28154万千瓦，创今年入夏以来新高。", {"28154万千瓦": "华北"}),
    # a time of the trading day opening the clause is no company; the market of the sentence before
    # goes on to the day's close and turnover
    ("昨日台股在外資、自營商驚嚇大賣，指數盤中一度重挫487點。隨後在四大基金進場護盤下，帶動多頭人心回穩，"
     "收斂跌幅，終場下跌1.1%，成交量擴大至3,516億元。", {"487點": "台股", "1.1%": "台股", "3,516億元": "台股"}),
    # a market or a trader carries on to the next clause only: the funds counted after it are not its own
    ("櫃買市場則是反彈創波段高點後陷入震盪，周線漲1.42點或0.52%，黑翻紅。 追蹤台股標的為主的25檔ETN中，"
     "本周共有十檔績效打敗兩市大盤。", {"1.42點": "櫃買市場", "0.52%": "櫃買市場", "25檔": None, "十檔": None}),
    # not a share price: no market in the sentence
    ("產業低壓以內需、微中型企業為主，電價漲百分之十。", {"百分之十": None}),
]


@pytest.mark.parametrize("text,expected", BATCH3_HOLDERS, ids=[c[0][:12] for c in BATCH3_HOLDERS])
def test_holders_of_the_fresh_numbers_gold_batch3(annotate_fn, text, expected):
    """Through the whole pipeline: the holders are names the NER stage tags."""
    got = {r["text"]: r["holder"] for r in annotate_fn(text, "2024-10-30")["numeric_claims"]}
    assert {k: got.get(k) for k in expected} == expected, got

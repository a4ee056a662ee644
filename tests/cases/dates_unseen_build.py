"""Builds tests/cases/dates_unseen.json: the dates of the 8 articles drawn by
dates_unseen_draw.py, annotated by reading (tests/gold/README.md "Guidelines applied ->
Dates") before the pipeline ran on them.  Only the dates table is annotated; the other
tables are left empty and are not scored by tests/test_timex.py.  A row names its surface;
offsets come from str.index (nth occurrence, or the first one after a context string), so
text[start:end] == surface holds by construction.
Choices made where the guidelines are silent, written down so they can be argued with:
  - ranges follow the dev gold: both ends written out (1997年至2004年, 4月至9月) are two
    dates; a shared unit (2035至2040年, 1至7月) is one range value 2035/2040;
  - 前三季 is the first three quarters, 2024-Q1/2024-Q3 (as pipeline.timex writes 前3季);
  - a bond tenor (10年期美債), weekly/monthly option names (周選, 月買權, 近月), anniversaries
    (建立40周年) and 年增/年成長 are not dates;
  - 去年一整年 / 今年全年 / 去年同期 are annotated on 去年 / 今年 only;
  - 几天前 is PAST_REF (no value), 这两天 (these days, ongoing) PRESENT_REF;
  - the footer's 現在用APP看新聞 is annotated like any 現在 (the dev gold annotates the
    udn footer's 未來 too); its 保證天天中獎 was added later as a SET (P1D), when the fresh
    dates gold (tests/gold_fresh/dates) decided 天天 (every day) is one, footer included.
Run: .venv/bin/python tests/cases/dates_unseen_build.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from dates_unseen_draw import draw, draw_fresh
from fixture_text import at, load_corpus

IDS = draw()


def date_row(text, surface, typ, value, mod=None, nth=1, after=None):
    start = at(text, surface, nth, after)
    return {"text": surface, "type": typ, "value": value, "mod": mod, "start": start, "end": start + len(surface)}


def D(*args, **kwargs):
    return ("DATE", args, kwargs)


def DUR(*args, **kwargs):
    return ("DURATION", args, kwargs)


def TIME(*args, **kwargs):
    return ("TIME", args, kwargs)


def SET(*args, **kwargs):
    return ("SET", args, kwargs)


Q1_3 = "2024-Q1/2024-Q3"
ANNOTATIONS = {
    "ndc-news_8ececfd8a30417f8f7b230c6cc034120": [  # published 2024-11-03
        D("11月5日", "2024-11-05"), DUR("3天", "P3D"), D("2日", "2024-11-02"),
        D("2015年", "2015"), D("2015年", "2015", nth=2), D("9年前", "2015", "APPROX"),
        D("過去", "PAST_REF"), D("2015年", "2015", nth=3), D("現在", "PRESENT_REF"),
        SET("天天", "P1D"),  # added by the fresh dates gold (tests/gold_fresh/dates/README.md): the footer's SET
    ],
    "ct-ef02761ca84b3bbd": [  # 2021-05-13
        D("今年2月", "2021-02"), D("13日", "2021-05-13"), D("1997年", "1997"), D("2004年", "2004"),
        D("2017年4月", "2017-04"), D("2019年", "2019"), DUR("5年", "P5Y"),
    ],
    "udn-1ba42bd5ee8f2529": [  # 2022-11-24
        D("2025年", "2025"), D("2035至2040年", "2035/2040"), D("21日", "2022-11-21"),
        TIME("23日中午12時", "2022-11-23T12:00"), D("2025年", "2025", nth=2), D("2030年", "2030"),
        D("目前", "PRESENT_REF"), D("今年4月22日", "2022-04-22"), D("2030", "2030", after="宣示"),
        D("最後一年", "2022"), D("2030年", "2030", after="迴避"), DUR("17年", "P17Y"),
        D("2022", "2022", after="高雄台灣"), D("未來", "FUTURE_REF"),
    ],
    "udnp-c2aa20c4-d6be-487d-b41e-1278b7c109a8": [  # 2024-10-25 (a Friday)
        D("昨（24）日", "2024-10-24"), D("現階段", "PRESENT_REF"), D("現階段", "PRESENT_REF", nth=2),
        DUR("三個月", "P3M"), D("周三", "2024-10-23"), D("昨天", "2024-10-24"),
        D("昨天", "2024-10-24", nth=2), D("昨天", "2024-10-24", nth=3), D("目前", "PRESENT_REF"),
        D("現階段", "PRESENT_REF", nth=3), D("目前", "PRESENT_REF", nth=2),
        D("目前", "PRESENT_REF", nth=3), D("目前", "PRESENT_REF", nth=4),
    ],
    "udnp-58242685-1ca2-462c-899d-19975e51f382": [  # 2024-10-27
        D("9月", "2024-09"), D("今年前三季", Q1_3), D("前三季", Q1_3, after="美股投資"),
        D("去年", "2023"), D("今年", "2024", after="券商預期"), D("2023年", "2023"),
        D("2021年", "2021"), D("今年", "2024", after="紀錄"), D("9月", "2024-09", after="美Fed"),
        D("今年前三季", Q1_3, after="統計"), D("前三季", Q1_3, after="美股複委託交易量"),
        D("去年", "2023", after="債券自"), D("今年", "2024", after="延燒到"),
        D("前三季", Q1_3, after="延燒到今年"), D("去年", "2023", after="比"),
        D("第4季", "2024-Q4"), D("年底", "2024", "END"), D("前三季", Q1_3, after="激出整體複委託"),
        D("去年", "2023", after="整體複委託前三季"),
    ],
    "ct-1a2f388b3fb473cf": [  # 2021-04-02
        D("今年8月28日", "2021-08-28"), D("4月5日", "2021-04-05"), D("11日", "2021-04-11"),
        D("8月份", "2021-08"), D("目前", "PRESENT_REF"), D("目前", "PRESENT_REF", nth=2),
        D("日前", "PAST_REF", after="從"), DUR("15日", "P15D"), DUR("一個月", "P1M"),
        D("8月28日", "2021-08-28", after="趕得上"), D("4月中旬", "2021-04", "MID"),
        D("4月11日", "2021-04-11"), D("11日", "2021-04-11", after="希望能在"), D("未來", "FUTURE_REF"),
    ],
    "xwlb-VIDE3N2epFJHYW10JJlbLBmV200308": [  # 2020-03-08
        D("今年", "2020"), D("现在", "PRESENT_REF"), D("今年", "2020", nth=2), D("过去", "PAST_REF"),
        D("2016年", "2016"), D("2018年", "2018"), DUR("1个月", "P1M"), DUR("几年", "PXY"),
        D("春节", "2020-01-25"), D("今年", "2020", after="订单"), D("这两天", "PRESENT_REF"),
        D("2018年", "2018", after="大湾村"), DUR("6年", "P6Y", after="立足当下"), D("2014年", "2014"), D("2019年", "2019"),
    ],
    "xwlb-VIDErEsTdS0aq2ZRVCeEvcbg200826": [  # 2020-08-26
        D("今天（8月26日）", "2020-08-26"), DUR("40年", "P40Y"), D("40年前", "1980", "APPROX"),
        D("1980年", "1980"), DUR("3天", "P3D"), DUR("40年", "P40Y", after="缩影"), D("今年3月", "2020-03"),
        D("如今", "PRESENT_REF"), DUR("40年", "P40Y", after="核心引擎之一"), D("如今", "PRESENT_REF", nth=2),
        D("2019年", "2019"), D("几天前", "PAST_REF"), D("2019年8月", "2019-08"), D("目前", "PRESENT_REF"),
    ],
}


# The fresh check (draw_fresh), annotated by reading after the round-3 fixes, before any run.
Q3 = "2024-Q3"
FRESH_ANNOTATIONS = {
    "udnp-2198c9e1-a0d1-444c-869e-db0e0a2f6f45": [  # 2024-10-13, a Sunday (ISO week 41)
        D("9月", "2024-09"), D("9月", "2024-09", after="核心CPI"), D("11月", "2024-11"),
        D("中旬", "2024-10", "MID"), D("第3季", Q3), D("近日", "PAST_REF"), DUR("近二個月", "P2M"),
        D("本周", "2024-W41"), D("日前", "PAST_REF"), D("10月", "2024-10"), D("近期", "PAST_REF"),
        D("目前", "PRESENT_REF"), D("9月下旬", "2024-09", "END"), DUR("不到一個月", "P1M", "LESS_THAN"),
        D("9月下旬", "2024-09", "END", after="根據"), D("第3季", Q3, after="LSEG"),
        D("7月下旬", "2024-07", "END"), D("第4季", "2024-Q4"),
    ],
    "udnp-bd9dad0f-91ef-4e50-a0c1-28a1c3c2a0f5": [  # 2024-07-22
        D("6月", "2024-06"), D("5月", "2024-05"), D("2020年5月", "2020-05"), D("9月", "2024-09"),
        D("今年", "2024"), D("近期", "PAST_REF"), D("現階段", "PRESENT_REF"), D("明年", "2025"),
        D("明年", "2025", after="隨著"),
    ],
    "udnp-c53dc9cc-a263-4418-b6ef-dd871b47d91b": [  # 2024-08-23
        D("廿一日", "2024-08-21"), SET("每一天", "P1D"), D("一九九六年", "1996"), D("廿八年後", "2024"),
        D("兩天前", "2024-08-19"), SET("每天", "P1D"), SET("每天", "P1D", after="麥當勞工作"),
        D("二○一八年", "2018"), D("廿一日", "2024-08-21", after="歐普拉"),
    ],
    "udnp-e95c65d2-5951-4d49-9df7-1867aeb04b9b": [  # 2024-08-22
        D("二○二六年二月", "2026-02"), D("未來", "FUTURE_REF"), DUR("數十年", "PXY"), D("當前", "PRESENT_REF"),
        D("六月", "2024-06"), D("一九八六年", "1986"), D("今天", "2024-08-22"), D("如今", "PRESENT_REF"),
        D("二○三五年", "2035"), D("今年六月", "2024-06"), DUR("四分之一個世紀", "P25Y"), D("目前", "PRESENT_REF"),
    ],
    "xwlb-VIDEdDQi6dpAFKixWrrhYBoX231224": [  # 2023-12-24
        D("23日", "2023-12-23"), D("当天", "2023-12-23"), D("1979年", "1979"), D("至今", "PRESENT_REF"),
        D("23日", "2023-12-23", nth=2), D("2014年9月", "2014-09"), D("2015年3月", "2015-03"),
        D("23日", "2023-12-23", nth=3), D("日前", "PAST_REF"), D("今年第三季度", "2023-Q3"),
        D("今年第二季度", "2023-Q2"), D("23日", "2023-12-23", nth=4), D("23日", "2023-12-23", nth=5),
        D("目前", "PRESENT_REF"), D("此前一天", "2023-12-22"),
    ],
    "xwlb-VIDEhJzQpIMTeEKjblOvWxkd250303": [  # 2025-03-03
        TIME("今天（3月3日）下午", "2025-03-03TAF"), TIME("3月4日下午3时", "2025-03-04T15:00"),
        TIME("3月10日上午", "2025-03-10TMO"), DUR("6天", "P6D"), D("去年", "2024"),
        DUR("一年", "P1Y", nth=2), DUR("一年", "P1Y", nth=3),
    ],
}


def build(ids=None, annotations=None):
    ids, annotations = ids or IDS, annotations or ANNOTATIONS
    texts = load_corpus(set(ids))
    out = []
    for key in ids:
        article = texts[key]
        text = article["text"]
        rows = [date_row(text, args[0], typ, *args[1:], **kwargs) for typ, args, kwargs in annotations[key]]
        spans = [(r["start"], r["end"]) for r in rows]
        assert len(set(spans)) == len(spans), f"{key}: two rows on one span"
        out.append({"id": key, "source": f"{article['source']}", "published": article["published"],
                    "title": article.get("title"), "text": text, "officials": [], "statements": [],
                    "dates": sorted(rows, key=lambda r: r["start"]), "numbers": []})
    return out


def write(items, name):
    path = HERE / name
    path.write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{path.name}: {len(items)} articles, {sum(len(i['dates']) for i in items)} dates")


if __name__ == "__main__":
    write(build(), "dates_unseen.json")
    write(build(draw_fresh(), FRESH_ANNOTATIONS), "dates_unseen_fresh.json")

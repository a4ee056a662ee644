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
    udn footer's 未來 too).
Run: .venv/bin/python tests/cases/dates_unseen_build.py
"""
import gzip
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from dates_unseen_draw import CORPUS, draw  # noqa: E402

IDS = draw()


def load_texts(ids):
    found = {}
    for source in ("tw_politics_zh_hant.jsonl.gz", "cctv_xwlb_zh_hans.jsonl.gz"):
        with gzip.open(CORPUS / source, "rt", encoding="utf-8") as handle:
            for row in map(json.loads, handle):
                if row["id"] in ids:
                    found[row["id"]] = row
    return found


def position(text, surface, nth=1, after=None):
    pos = text.index(after) if after else 0
    for i in range(nth):
        pos = text.index(surface, pos) + (0 if i == nth - 1 else 1)
    return pos


def date_row(text, surface, typ, value, mod=None, nth=1, after=None):
    start = position(text, surface, nth, after)
    return {"text": surface, "type": typ, "value": value, "mod": mod, "start": start, "end": start + len(surface)}


def D(*args, **kwargs):
    return ("DATE", args, kwargs)


def DUR(*args, **kwargs):
    return ("DURATION", args, kwargs)


def TIME(*args, **kwargs):
    return ("TIME", args, kwargs)


Q1_3 = "2024-Q1/2024-Q3"
ANNOTATIONS = {
    "ndc-news_8ececfd8a30417f8f7b230c6cc034120": [  # published 2024-11-03
        D("11月5日", "2024-11-05"), DUR("3天", "P3D"), D("2日", "2024-11-02"),
        D("2015年", "2015"), D("2015年", "2015", nth=2), D("9年前", "2015", "APPROX"),
        D("過去", "PAST_REF"), D("2015年", "2015", nth=3), D("現在", "PRESENT_REF"),
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


def build():
    texts = load_texts(set(IDS))
    out = []
    for key in IDS:
        article = texts[key]
        text = article["text"]
        rows = [date_row(text, args[0], typ, *args[1:], **kwargs)
                for typ, args, kwargs in ANNOTATIONS[key]]
        spans = [(r["start"], r["end"]) for r in rows]
        assert len(set(spans)) == len(spans), f"{key}: two rows on one span"
        out.append({"id": key, "source": f"{article['source']}", "published": article["published"],
                    "title": article.get("title"), "text": text, "officials": [], "statements": [],
                    "dates": sorted(rows, key=lambda r: r["start"]), "numbers": []})
    return out


if __name__ == "__main__":
    items = build()
    path = HERE / "dates_unseen.json"
    path.write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{path.name}: {len(items)} articles, {sum(len(i['dates']) for i in items)} dates")

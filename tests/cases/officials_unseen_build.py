"""Builds `officials_unseen.jsonl`: officials frames (name, title, organization, country,
status, name span) annotated by reading ten corpus articles the officials stage had never seen,
before the pipeline was run on them (issue 4 part A, round 2). Guidelines: tests/gold/README.md
"Guidelines applied -> Officials"; only the officials table is annotated.

Draw (reproducible, `draw_ids`): per corpus (tw_politics_zh_hant, cctv_xwlb_zh_hans) the id-sorted
articles of 150-400 characters with at least three office words (OFFICE below), excluding every
id in tests/gold/articles.json and tests/gold_heldout/articles.json (ids only are read);
`random.Random(202611242).sample(c, 2)` per corpus, then `random.Random(202611243).sample(c, 3)`
per corpus over the same candidates less the first draw.
Choices where the guidelines are silent: 藍委/綠委 keep the fused word as the title (guideline 4)
with organization 國民黨/民進黨; 國民黨台北市長參選人 → title 台北市長參選人, organization 國民黨;
上海市委书记 → title 上海市委书记, organization 上海市委; posts given through a verb
(擔任衛福部長的, 解除…职务) and headline fragments are not rows. 外长 is 外交部长 fused
(guideline 4): organization 外交部; first annotated 韩国, corrected after the first run.

Run from the repository root: `.venv/bin/python tests/cases/officials_unseen_build.py`.
"""

from __future__ import annotations

import gzip
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
OUT = Path(__file__).with_name("officials_unseen.jsonl")
CORPORA = ("tw_politics_zh_hant", "cctv_xwlb_zh_hans")
OFFICE = re.compile("部長|部长|次長|次长|署長|署长|局長|局长|市長|市长|議員|议员|立委|委員|委员|院長|院长"
                    "|主委|大使|書記|书记|省長|省长")
DRAWS = ((202611242, 2), (202611243, 3))

# name, the frame it sits in, which occurrence of that frame (0 = first), then the row.
ANN = {
 "ct-06ce341ef40d49e7": [("陳玉珍","藍委陳玉珍",0,"藍委","國民黨","TW","current"),
   ("鄭運鵬","綠委鄭運鵬",0,"綠委","民進黨","TW","current"),
   ("蔡","蔡總統",0,"總統",None,"TW","current"),
   ("王美花","經濟部長王美花",0,"經濟部長","經濟部","TW","current"),
   ("鄭運鵬","綠委鄭運鵬",1,"綠委","民進黨","TW","current"),
   ("蔡","蔡總統",1,"總統",None,"TW","current")],
 "ct-e71f36bc36439b0c": [("林為洲","藍委林為洲",0,"藍委","國民黨","TW","current"),
   ("江啟臣","國民黨主席江啟臣",0,"主席","國民黨","TW","current")],
 "xwlb-VIDE1355098172155530": [],
 "xwlb-VIDEMDCyHTtHAyLaFUndww1W251030": [
   ("刘国中","政治局委员、国务院副总理刘国中",0,"政治局委员","中共中央","CN","current"),
   ("刘国中","国务院副总理刘国中",0,"副总理","国务院","CN","current"),
   ("习近平","习近平总书记",0,"总书记",None,"CN","current"),
   ("陈吉宁","政治局委员、上海市委书记陈吉宁",0,"政治局委员","中共中央","CN","current"),
   ("陈吉宁","上海市委书记陈吉宁",0,"上海市委书记","上海市委","CN","current")],
 "ct-21819ebb3da77c18": [],
 "udn-ab6acfd485903535": [
   ("蔣萬安","國民黨台北市長參選人蔣萬安",0,"台北市長參選人","國民黨","TW","current"),
   ("陳時中","民進黨台北市長參選人陳時中",0,"台北市長參選人","民進黨","TW","current"),
   ("黃子哲","蔣萬安競辦發言人黃子哲",0,"發言人","蔣萬安競辦","TW","current")],
 "ct-3ade484ba1fddd3c": [
   ("潘忠政","搶救大潭藻礁行動聯盟召集人潘忠政",0,"召集人","搶救大潭藻礁行動聯盟","TW","current"),
   ("楊平世","台大榮譽教授楊平世",0,"榮譽教授","台大","TW","current"),
   ("邱文彥","前環保署長邱文彥",0,"環保署長","環保署","TW","former"),
   ("葉光芃","台灣健康空氣行動聯盟理事長葉光芃",0,"理事長","台灣健康空氣行動聯盟","TW","current"),
   ("賴清德","行政院長賴清德",0,"行政院長","行政院","TW","current"),
   ("李應元","環保署長李應元",0,"環保署長","環保署","TW","current"),
   ("吳志揚","國民黨立委吳志揚",0,"立委","國民黨","TW","current")],
 "xwlb-VIDE1377689524732799": [
   ("蔡赴朝","国家新闻出版广电总局局长蔡赴朝",0,"局长","国家新闻出版广电总局","CN","current"),
   ("习近平","习近平总书记",0,"总书记",None,"CN","current"),
   ("习近平","习近平总书记",1,"总书记",None,"CN","current"),
   ("习近平","习近平总书记",2,"总书记",None,"CN","current")],
 "xwlb-VIDEU3ZyABKn2DY8U07a2pLW250205": [
   ("习近平","国家主席习近平",0,"国家主席",None,"CN","current"),
   ("阿西夫·阿里·扎尔达里","总统阿西夫·阿里·扎尔达里",0,"总统","巴基斯坦伊斯兰共和国","PK","current"),
   ("王毅","政治局委员、中央外事工作委员会办公室主任王毅",0,"政治局委员","中共中央","CN","current"),
   ("王毅","中央外事工作委员会办公室主任王毅",0,"主任","中央外事工作委员会办公室","CN","current")],
 "xwlb-VIDE1404558722359966": [
   ("习近平","国家主席习近平",0,"国家主席",None,"CN","current"),
   ("习近平","习近平主席",0,"主席",None,"CN","current"),
   ("王沪宁","政治局委员、中央政策研究室主任王沪宁",0,"政治局委员","中共中央","CN","current"),
   ("王沪宁","中央政策研究室主任王沪宁",0,"主任","中央政策研究室","CN","current"),
   ("栗战书","政治局委员、中央书记处书记、中央办公厅主任栗战书",0,"政治局委员","中共中央","CN","current"),
   ("栗战书","中央书记处书记、中央办公厅主任栗战书",0,"书记","中央书记处","CN","current"),
   ("栗战书","中央办公厅主任栗战书",0,"主任","中央办公厅","CN","current"),
   ("杨洁篪","国务委员杨洁篪",0,"国务委员",None,"CN","current"),
   ("尹炳世","韩国外长尹炳世",0,"外长","外交部","KR","current")],
}


def known_ids() -> set[str]:
    """Ids of dev and held-out gold; only the id fields are read."""
    ids = set()
    for path in (ROOT / "tests/gold/articles.json", ROOT / "tests/gold_heldout/articles.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        ids |= {a["id"] for a in (data["articles"] if isinstance(data, dict) else data)}
    return ids


def read_corpus(name: str) -> list[dict]:
    with gzip.open(CORPUS / f"{name}.jsonl.gz", "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def draw_ids(corpora: dict[str, list[dict]]) -> list[str]:
    excluded, drawn = known_ids(), []
    for name in CORPORA:
        candidates = sorted((r for r in corpora[name] if r["id"] not in excluded
                             and 150 <= len(r["text"]) <= 400 and len(OFFICE.findall(r["text"])) >= 3),
                            key=lambda r: r["id"])
        first = set()
        for seed, size in DRAWS:
            picked = random.Random(seed).sample([c for c in candidates if c["id"] not in first], size)
            first |= {c["id"] for c in picked}
            drawn += [c["id"] for c in picked]
    return drawn


def frame_rows(text: str, frames: list[tuple]) -> list[dict]:
    rows = []
    for name, frame, occurrence, title, organization, country, status in frames:
        at = -1
        for _ in range(occurrence + 1):
            at = text.index(frame, at + 1)
        start = at + frame.index(name)
        rows.append({"name": name, "title": title, "organization": organization, "country": country,
                     "status": status, "start": start, "end": start + len(name)})
    return rows


def main() -> None:
    corpora = {name: read_corpus(name) for name in CORPORA}
    texts = {r["id"]: r["text"] for records in corpora.values() for r in records}
    assert sorted(draw_ids(corpora)) == sorted(ANN), "the draw no longer gives the annotated ids"
    with OUT.open("w", encoding="utf-8") as out:
        for article_id, frames in ANN.items():
            out.write(json.dumps({"id": article_id, "officials": frame_rows(texts[article_id], frames)},
                                 ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

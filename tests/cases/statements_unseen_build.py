"""Builds tests/cases/statements_unseen.json: the statements of the 8 articles drawn by
statements_unseen_draw.py, annotated by reading (tests/gold/README.md "Guidelines applied →
Statements") BEFORE the pipeline ran on them.  Only the statements table is annotated; the
other tables are left empty and the test reads statements alone.  Offsets are found from the
surface (nth occurrence, or the first after a marker), so the rows stay true to the corpus.
Run: .venv/bin/python tests/cases/statements_unseen_build.py
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixture_text import at, load_corpus

OUT = Path(__file__).resolve().parent / "statements_unseen.json"


def S(text, surface, kind, speaker, cue, said_on=None, nth=1, after=None):
    start = at(text, surface, nth, after)
    return {"text": surface, "kind": kind, "speaker": speaker, "cue": cue, "said_on": said_on,
            "start": start, "end": start + len(surface)}


def d(t, s, speaker, cue, said_on=None, **kw):
    return S(t, s, "direct", speaker, cue, said_on, **kw)


def i(t, s, speaker, cue, said_on=None, **kw):
    return S(t, s, "indirect", speaker, cue, said_on, **kw)


def statements_by_article(texts):
    rows = {}
    # CNA, Taiwan: an interview with Bill Emmott; no day is given for the interview.
    t = texts["ndc-news_bee3e667beca082454ffb29374f8f637"]["text"]
    rows["ndc-news_bee3e667beca082454ffb29374f8f637"] = [
        i(t, "川普若再度當選也不會對北京示弱", "艾默特", "表示"),
        i(t, "中共對台的兩手策略，一方面擴充軍力，讓美國覺得軍事介入代價極為高昂；另一方面試圖說服美國台灣沒有那麼重要、不值得插手", "艾默特", "分析"),
        i(t, "這「兩手抓」的策略自相矛盾", "艾默特", "指出"),
        i(t, "拜登領導下的美國政府，在擴充同盟方面取得相當成效", "艾默特", "認為"),
        i(t, "他不認為中方會特別在意川普口頭上說過什麼，而是更加在意他會採取什麼樣的行動", "艾默特", "表示"),
        i(t, "川普說，假如中國侵犯台灣，他會轟炸北京", "華盛頓郵報", "報導"),
        i(t, "假如中國侵犯台灣，他會轟炸北京", "川普", "說"),
        d(t, "台灣遠在9500英里外，距離中國僅68英里。", "川普", "表示"),
        i(t, "有兩個因素會讓北京相信，川普若再度入主白宮，在對中和對台議題上他不會示弱，也不會放棄對台灣的承諾", "艾默特", "分析"),
        d(t, "整個共和黨，還有川普身邊的人，在對中議題上都持有非常強硬的立場。", "艾默特", "說"),
        d(t, "川普不是一個想讓人覺得軟弱的人。", "艾默特", "說"),
        i(t, "中方也有掌握這兩點", "艾默特", "認為"),
        i(t, "川普戰略上極大的弱點，就是他一再說要對盟國徵收關稅，可能高達10%甚至20%", "艾默特", "指出"),
        i(t, "這是中方所樂見的，因為此舉將削弱美國的戰略和軍事聯盟", "艾默特", "認為"),
        i(t, "中方在國際上的影響力，和實際上的戰略和軍事同盟，有著相當程度的差異", "艾默特", "認為"),
        d(t, "在一定意義上，除了俄羅斯和北韓之外，中國沒有盟友。它有的是外交關係、經貿關係", "艾默特", "說"),
    ]
    # 自由時報: the State Department's bounty, announced on the 19th.
    t = texts["ndc-news_0522fba2b8d4af8c11236ddae6db7d95"]["text"]
    rows["ndc-news_0522fba2b8d4af8c11236ddae6db7d95"] = [
        d(t, "在美國挑撥離間、促成社會分裂、煽動黨派與種族不和，並鼓勵仇恨和暴力", "國務院", "指", "2024-10-19"),
        i(t, "Rybar在加密通訊應用程式Telegram上的頻道擁有逾一三○萬名訂閱者，主要談論俄國入侵烏克蘭議題，目標是吹捧俄國軍事能力，散布親俄及反西方敘事，廣受支持俄國侵略烏克蘭的強硬派支持", "國務院", "指出", "2024-10-19"),
        i(t, "莫斯科已花費數百萬美元來影響即將到來的選舉，並藉由成立數十個用於「秘密傳播俄國政府宣傳」的網域，來強化克宮影響力", "美國政府", "表示", "2024-09"),
        i(t, "在塞爾維亞開設「Rybar媒體學校」", "茲溫丘克", "宣布", "2024-04"),
        d(t, "我們長期以來一直在研究西方對我們發動訊息戰的方法", "茲溫丘克", "聲稱", "2024-04"),
        i(t, "茲溫丘克否認企圖影響美國大選，並主動公開Rybar在莫斯科的註冊地址", "Rybar", "回應"),
        i(t, "美國應該支付這筆賞金給茲溫丘克", "Rybar", "聲稱"),
        i(t, "二○一六年總統大選後，俄國干預美國選舉成為美國政壇主要議題之一", "新聞週刊", "指出"),
        i(t, "這可能是由俄國總統普廷下令，當年「明顯偏向川普當選」", "中央情報局、聯邦調查局和國家安全局", "指出"),
        d(t, "明顯偏向川普當選", "中央情報局、聯邦調查局和國家安全局", "指出"),
    ]
    # CNA, Washington dateline 16日: 今天 is the 16th.
    t = texts["ndc-news_435e6b132578c585ae7d216be75a773f"]["text"]
    rows["ndc-news_435e6b132578c585ae7d216be75a773f"] = [
        i(t, "川普在搖擺州喬治亞州舉行的福斯新聞頻道節目上表示：「我想要談論體外人工受精（IVF）。我是體外人工受精之父。」", "法新社及美國有線電視新聞網", "報導"),
        d(t, "我想要談論體外人工受精（IVF）。我是體外人工受精之父。", "川普", "表示", "2024-10-16"),
        d(t, "我們確實是支持體外人工受精的政黨", "川普", "指出", "2024-10-16"),
        d(t, "而且一直在努力，民主黨試圖在這方面攻擊我們，而我們對體外人工受精的支持甚至比他們還多。", "川普", "指出", "2024-10-16"),
        i(t, "川普若當選，會將全國墮胎禁令簽署成法", "賀錦麗", "指控"),
    ]
    # 中時: 昨 is the 18th (the hearing), 今 the 19th (羅智強's Facebook post).
    t = texts["ct-cc5b887a37fa6e40"]["text"]
    rows["ct-cc5b887a37fa6e40"] = [
        i(t, "正方的國民黨羅智強只看到公投皮毛，沒看到真正內容，非常遺憾", "徐國勇", "說", "2021-11-18"),
        i(t, "2007年的徐國勇，不但支持公投綁大選，更支持「公投綁選票」的主張", "羅智強", "表示", "2021-11-19"),
        d(t, "徐國勇的臉皮真的可以再厚一點", "羅智強", "轟", "2021-11-19"),
        i(t, "士大夫之無恥，是謂國恥，徐國勇可以說是完美詮釋了這句話，徐國勇昨天在説明會場上聲嘶力竭的反對「公投綁大選」，結果被自己找出來，2007年的徐國勇，不但支持公投綁大選，甚至激進到主張「公投綁選票」", "羅智強", "表示", "2021-11-19"),
        i(t, "坦白説，公投綁選票是個蠢到爆的主張，把所有的公投主張和選票都綁在同一張紙上，虧徐國勇想得出", "羅智強", "直言", "2021-11-19"),
        i(t, "「到底臉皮要多厚」，才能這麼毫無違和感的自我打臉", "羅智強", "痛批", "2021-11-19"),
        d(t, "到底臉皮要多厚", "羅智強", "痛批", "2021-11-19"),
        d(t, "徐國勇的臉皮真的可以再厚一點", "羅智強", "轟", "2021-11-19", nth=2),
        i(t, "民進黨不要拿過去威權的國民黨當成其搞威權的藉口，如今威權的國民黨已經死了，民進黨難道還要附身嗎", "羅智強", "痛批", "2021-11-18"),
    ]
    # CCTV: Blatter's press conference on the 30th, his TV interview on the 29th.
    t = texts["xwlb-VIDE1433072157457993"]["text"]
    rows["xwlb-VIDE1433072157457993"] = [
        i(t, "美国针对国际足联官员的“逮捕行动”有点蹊跷，可能与美国申办世界杯失败有关联", "布拉特", "表示", "2015-05-30"),
        i(t, "自己是清白的", "布拉特", "说", "2015-05-30"),
        i(t, "目前最重要的任务就是重建国际足联的信誉，重新赢得赞助商们的信任", "布拉特", "表示", "2015-05-30"),
        i(t, "美国司法部联合瑞士警方发起的逮捕国际足联官员的行为有“越界”的嫌疑", "布拉特", "表示", "2015-05-29"),
        i(t, "美国在国际足联主席选举的两天前发起逮捕和诉讼，这一时间点也很“蹊跷”", "布拉特", "说", "2015-05-29"),
        # Corrected after the first run: a cue followed by nothing but the quote is direct
        # only (dev gold: 林思銘說「…」, 曾文生回應「…」), so no indirect row here.
        d(t, "含泪请求布拉特辞职", "普拉蒂尼", "声称"),
        i(t, "这一系列事件的发生不会是巧合", "布拉特", "说", "2015-05-29"),
        i(t, "如果这两届世界杯举办国不是俄罗斯和卡塔尔，可能也不会有这次的事件发生", "布拉特", "表示", "2015-05-29"),
        i(t, "我没有涉案，我肯定不会被逮捕", "布拉特", "说"),
        i(t, "由美国警方所发起的这场调查，他会原谅但不会忘记", "布拉特", "说"),
    ]
    # CCTV: Xi's congratulatory letter; the letter itself is not dated.
    t = texts["xwlb-VIDExjHdPGVDuJnhcrkzVC3Q160603"]["text"]
    rows["xwlb-VIDExjHdPGVDuJnhcrkzVC3Q160603"] = [
        i(t, "本届会议是联合国气候变化巴黎大会以来在清洁能源领域举行的重要高层论坛，体现了国际社会对清洁能源开发和应用的共同关注", "习近平", "强调"),
        i(t, "面向未来，中国将贯彻创新、协调、绿色、开放、共享的发展理念，实施一系列政策措施，大力发展清洁能源，优化产业结构，构建低碳能源体系，发展绿色建筑和低碳交通，建立国家碳排放交易市场等，不断推进绿色低碳发展，促进人与自然相和谐", "习近平", "指出"),
        i(t, "2017年中国将主办第八届清洁能源部长级会议，真诚欢迎大家到中国来，交流发展和推广清洁能源的认识和经验，共同推动全球可持续发展", "习近平", "表示"),
    ]
    # CCTV: Li Keqiang's letter, sent on the 17th to the meeting held that day.
    t = texts["xwlb-VIDEfiZ75bJ0c6QDMSPB6mx0160617"]["text"]
    rows["xwlb-VIDEfiZ75bJ0c6QDMSPB6mx0160617"] = [
        i(t, "中国-中东欧国家合作机制从无到有，从初创到壮大，各领域合作大踏步向前发展，显示出旺盛的生机与活力", "李克强", "表示", "2016-06-17"),
        i(t, "中国政府支持地方在推进新一轮高水平对外开放中发挥更大作用，鼓励中国和中东欧国家地方省区市积极发挥各自特点和优势，加强对接，全面参与16+1产能、经贸、互联互通等领域合作", "李克强", "指出", "2016-06-17"),
        i(t, "愿继续支持并积极参与16+1地方、能源、基础设施、科技创新、青年、高校、旅游等各领域务实合作，携手共创美好生活", "出席会议的中东欧国家领导人", "表示", "2016-06-17"),
    ]
    # CCTV: Putin on the 22nd (Defender of the Fatherland Day reception) and on the 20th.
    t = texts["xwlb-VIDEWwsgvITCyecqm5cNdyfV190223"]["text"]
    rows["xwlb-VIDEWwsgvITCyecqm5cNdyfV190223"] = [
        i(t, "俄罗斯将继续提升国防能力以确保国家安全", "普京", "表示", "2019-02-22"),
        i(t, "俄罗斯高度重视为军队配备新式武器以及现代化指挥和通信装备", "普京", "表示", "2019-02-22"),
        i(t, "俄罗斯是一个热爱和平的国家，实行负责任的外交政策", "普京", "说", "2019-02-22"),
        i(t, "近年来，俄罗斯武装力量通过大规模军演以及在叙利亚的反恐行动得到锻炼，作战能力显著提升", "普京", "表示", "2019-02-22"),
        i(t, "启动退出《中导条约》程序", "美国政府", "宣布", "2019-02-01"),
        i(t, "将维护国家安全", "俄罗斯领导人", "表示"),
        i(t, "“先锋”高超音速导弹、“佩列斯韦特”激光武器系统、“海燕”核动力巡航导弹、“波塞冬”无限深度无人潜航器等一系列先进武器装备的研制生产工作正在有序进行", "普京", "表示", "2019-02-20"),
    ]
    return rows


def build():
    from statements_unseen_draw import DRAWN  # the ids the seeded rule drew (see its docstring)

    return write_fixture(DRAWN, statements_by_article, OUT)


def write_fixture(ids, statements_by_article, out_path: Path) -> list[dict]:
    """Write the articles `ids` with their annotated statements (the other tables empty)."""
    texts = load_corpus(set(ids))
    rows = statements_by_article(texts)
    out = []
    for key in ids:
        a = texts[key]
        out.append({"id": key, "source": a.get("source"), "published": a["published"],
                    "title": a.get("title"), "text": a["text"], "officials": [],
                    "statements": sorted(rows[key], key=lambda r: (r["start"], r["end"])),
                    "dates": [], "numbers": []})
    out_path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    articles = build()
    print(len(articles), "articles,", sum(len(a["statements"]) for a in articles), "statements")

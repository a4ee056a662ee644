"""Builds tests/cases/statements_unseen_c.json: the statements of set C (6 articles drawn by
statements_unseen_draw.draw_c in issue 4 round 4 to measure direct quotes on fresh text),
annotated by reading (tests/gold/README.md "Guidelines applied → Statements") BEFORE the
pipeline ran on them.  Same row format and helpers as sets A and B.
Run: .venv/bin/python tests/cases/statements_unseen_c_build.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from statements_unseen_build import d, i, write_fixture
from statements_unseen_draw import DRAWN_C

OUT = Path(__file__).resolve().parent / "statements_unseen_c.json"


def statements_by_article(texts):
    rows = {}
    # 中時: 朱立倫 interviewed at 松山機場 today (今（8）日); the 喊出「4個都同意」 slogan is no
    # statement.  The lead's 喊話 is not dated in its own sentence.
    k = "ct-5682d43a4d29c534"
    t = texts[k]["text"]
    day = "2021-11-08"
    rows[k] = [
        i(t, "總統兼民進黨主席蔡英文一起辯論，不然躲在讀稿機之後、發言人之後不是最好辦法", "朱立倫", "喊話"),
        d(t, "四個同意，台灣更美麗；四個同意，台灣謝謝你", "朱立倫", "強調", day),
        i(t, "都希望大家能把民意展現出來，國民黨提出的反萊豬公投是為了食安，公投綁大選希望省時又省錢；另兩個由民間團體提出的公投，目的是環保跟能源，也希望大家能支持",
          "朱立倫", "表示", day),
        i(t, "民進黨蔡英文主席既然已經認為公投是全民大家一起來，身為黨主席就不要躲在讀稿機之後，我們一起來辯論，只要她願意出來辯論，把所有民眾關心的民生議題，越辯真理越明，否則躲在讀稿機、發言人之後不是最好辦法",
          "朱立倫", "表示", day),
        i(t, "公投是全民大家一起來", "蔡英文", "認為"),
        i(t, "反對核四重啟", "林姿妙", "表態"),
        i(t, "四個都同意是我們共同目標，但兩個是黨提出的政策，相信所有黨籍公職人員都會支持；而兩個民間團體提出的，不管是核四或藻礁議題，我們表示尊重也支持，也尊重不同意見",
          "朱立倫", "強調", day),
        i(t, "蘇院長為保官位口不擇言，「拜託院長，你不要忘了你是行政院長，不是蘇大律師」，不是用這樣惡毒口語面對在野黨主席，全民都在看，對於四大公投議題，不管是在野黨或民間團體提出，都請以尊重的態度，用溝通、辯論的方式，而不是用諷刺、謾罵的方式",
          "朱立倫", "稱", day),
        d(t, "拜託院長，你不要忘了你是行政院長，不是蘇大律師", "朱立倫", "稱", day),
    ]
    # 聯合報: experts on Trump's 10% of GDP; no day is given for any saying.
    k = "udnp-67755418-7af7-48a3-84a3-acbf9777f0db"
    t = texts[k]["text"]
    rows[k] = [
        i(t, "台灣國防經費應占國內生產毛額ＧＤＰ百分之十", "川普", "表示"),
        i(t, "ＧＤＰ十％約二兆六四一○億元，占總歲出八成四，「連軍國主義極權國家都做不到」", "揭仲", "指出"),
        d(t, "連軍國主義極權國家都做不到", "揭仲", "指出"),
        i(t, "川普說法幾乎不可能實現", "蘇紫雲", "說"),
        i(t, "對於美國總統候選人發表有關我國防預算之看法，沒有評論", "國防部", "稱"),
        i(t, "以色列達ＧＤＰ五％比率已相當高，台灣不可能十％", "蘇紫雲", "分析"),
        i(t, "我國二○二五年ＧＤＰ預估值廿六兆四一○○億元，ＧＤＰ十％是二兆六四一○億元，占總歲出三兆一三二五億元的比率為八十四％，幾乎是二○二五年國防部年度預算編列數四七六○億的六倍，真這麼做，政府剩餘預算額度在支應人事費用後，連支應衛生福利部都不夠",
          "揭仲", "說"),
        i(t, "川普前總統顯然是在對我預算規模與財政狀況非常不了解情況下才有這種即興式、偏離現實的發言", "揭仲", "認為"),
        i(t, "川普始終對北約、日韓等盟國的國防支出相當不滿，主張各國應提高軍費來負起防衛的責任；川普主張讓美國再次強大，做法上不會從全球事務中抽手，要求盟邦提高軍費其實是想「降低美國作為世界帝國之首的成本」",
          "揭仲", "稱"),
        d(t, "降低美國作為世界帝國之首的成本", "揭仲", "稱"),
    ]
    # 自由時報: 統神 on 林郁婷; nothing dated.  A second cue (是認為) starts a new statement.
    k = "ndc-news_8aebea00964bd76d411eb16a462af2ab"
    t = texts[k]["text"]
    body = "再三強調"
    rows[k] = [
        i(t, "國際奧會公開睪固酮的濃度標準，以此打消林郁婷性別風波", "統神", "呼籲"),
        i(t, "林郁婷對手質疑非常合理", "張嘉航", "認為"),
        i(t, "國際奧會公開睪固酮的濃度標準，以此為證打消外界質疑", "張嘉航", "呼籲"),
        i(t, "民眾不能單純因林郁婷是台灣人就相挺，若站在對手角度思考，應先去釐清奧運睪固酮標準，「我們都知道符合奧運的標準，不然她怎麼上場去比賽？重點是你的值是多少，對手是在質疑這些東西。」",
          "統神", "認為"),
        d(t, "我們都知道符合奧運的標準，不然她怎麼上場去比賽？重點是你的值是多少，對手是在質疑這些東西。", "統神", "認為"),
        i(t, "並非質疑林郁婷", "統神", "強調"),
        i(t, "奧運睪固酮標準須公開", "統神", "認為"),
        i(t, "並非質疑林郁婷", "統神", "強調", after=body),
        i(t, "奧運睪固酮標準須公開，以此打消外界質疑：「我們今天去比賽，質疑官方是很合理的，官方本來就是要提出數據的。」",
          "統神", "認為", after=body),
        d(t, "我們今天去比賽，質疑官方是很合理的，官方本來就是要提出數據的。", "統神", "認為"),
        i(t, "此次巴黎奧運籌備拳擊工作小組是以2020東奧拳擊為基準而制定", "國際奧會", "聲明"),
    ]
    # 自由時報: Trump on the Fed (本週一（19 日）, 昨日 = the 19th); 鮑爾 on 7月31日.
    k = "ndc-news_9453f738bbbdb6f0104b4f75227ca279"
    t = texts[k]["text"]
    day = "2024-08-19"
    rows[k] = [
        i(t, "當選後將影響Fed決策", "川普", "表示"),
        d(t, "Fed不必照辦", "川普", "說"),
        i(t, "聯準會（Fed）「經常犯錯」，若他順利當選，希望能影響央行的貨幣決策", "川普", "宣稱"),
        d(t, "經常犯錯", "川普", "宣稱"),
        i(t, "他對利率的直覺很準，應該可自由地提出對利率政策的看法，但Fed不必照辦", "川普", "稱", day),
        d(t, "我認為總統是可以講話的，但這並不意味著央行官員必須聽從", "川普", "表示", day),
        d(t, "這並不意味著我要作主，但這確實意味著，我應該有權談論它，就像其他人一樣。", "川普", "強調", day),
        i(t, "他在任期內就利率問題「孜孜不倦地勸說」Fed主席鮑爾，「這可能產生了效果，也可能沒有」", "川普", "指出", day),
        d(t, "孜孜不倦地勸說", "川普", "指出", day),
        d(t, "這可能產生了效果，也可能沒有", "川普", "指出", day),
        i(t, "若Fed真在9月降息，也絕對跟政治無關", "鮑爾", "表示", "2024-07-31"),
        d(t, "Fed的決策永遠不受政治干擾", "鮑爾", "說", "2024-07-31"),
    ]
    # CCTV: netizens on Xi's speech at the 文艺工作座谈会 (not dated here); the two quoted
    # 重要论断 are Xi's words with no cue; the quoted nickname “阿牛” is no speech.
    k = "xwlb-VIDE1413631077226879"
    t = texts[k]["text"]
    rows[k] = [
        i(t, "文艺工作者要自觉坚守艺术理想，不断提高学养、涵养、修养，认真严肃地考虑作品的社会效果，讲品位、重艺德，守住中国文化的正根，为历史存正气，为世人弘美德",
          "习近平", "指出"),
        d(t, "艺术一定要脚踩坚实的大地", "习近平", None),
        d(t, "文艺不能当市场的奴隶", "习近平", None),
        d(t, "最高领导人参加文艺座谈会并发表重要讲话，这是要全面革故鼎新的节奏!", "赤江河", "说"),
        d(t, "习大大的讲话振聋发聩、振奋人心。", "阿牛", "说"),
        d(t, "在浮躁的社会中，人民需要文艺作品来陶冶情操，让心平静。期待艺术回归质朴、回归人民。", "Kitty1234", "说"),
    ]
    # CCTV: 俄罗斯媒体报道说 names no outlet (no statement); “北溪-2” and “联合力量-2021” are names.
    k = "xwlb-VIDEGzIw8SaW3PexmAzp0o8v210712"
    t = texts[k]["text"]
    rows[k] = [
        i(t, "俄军雷达当天在黑海中立水域上空发现了接近俄罗斯边境的空中目标，俄军两架战机起飞，确认目标为两架美军侦察机，随即对美军侦察机进行了拦截伴飞",
          "俄罗斯国防部", "称", "2021-07-11"),
        i(t, "“北溪-2”项目管道建设已完成98%，有望于8月底完工", "马蒂亚斯·瓦尔尼希", "表示", "2021-07-11"),
        i(t, "“北溪-2”是俄罗斯的地缘战略项目，威胁欧洲安全", "美国政府", "称"),
    ]
    return rows


def build():
    return write_fixture(DRAWN_C, statements_by_article, OUT)


if __name__ == "__main__":
    articles = build()
    print(len(articles), "articles,", sum(len(a["statements"]) for a in articles), "statements")

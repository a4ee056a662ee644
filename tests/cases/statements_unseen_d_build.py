"""Builds tests/cases/statements_unseen_d.json: the statements of set D (6 articles of ordinary
news with reported speech, drawn by statements_unseen_draw.draw_d in issue 4 round 5 to measure
recall and said_on on fresh text), annotated by reading (tests/gold/README.md "Guidelines
applied → Statements") BEFORE the pipeline ran on them.  Same row format and helpers as sets A-C.
Run: .venv/bin/python tests/cases/statements_unseen_d_build.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from statements_unseen_build import d, i, write_fixture
from statements_unseen_draw import DRAWN_D

OUT = Path(__file__).resolve().parent / "statements_unseen_d.json"


def statements_by_article(texts):
    rows = {}
    # 公視: the PLA drills of 1 and 2 April (published the 2nd).  The navy's radio call and
    # 央視新聞's report are not dated; 學者觀察 names nobody.
    k = "pts-64017e8e03016194"
    t = texts[k]["text"]
    rows[k] = [
        d(t, "你的行動已嚴重破壞台海區域和平穩定及安全，蓄意製造事端，增加維安及誤判風險，請你立即離開。", "海軍", "廣播"),
        i(t, "對台實施聯合演訓，以中共航艦山東號組織編隊為首，結合共機執行軍演", "中共東部戰區", "宣布", "2025-04-01"),
        d(t, "4月2號，中國人民解放軍東部戰區位台灣海峽中部南部相關海域，組織海峽雷霆2025A演練。", "央視新聞", "報導"),
        i(t, "針對台灣中部、南部海域進行「海峽雷霆-2025A」操演，演練實施查證識別、警告驅離、攔截扣押", "中共東部戰區", "宣布", "2025-04-02"),
        d(t, "持續施壓，它不是一個新的，它就連續性，這個以後你還看到會有更大壓力，但是我們監控很好。", "陳永康", "指出"),
        d(t, "一直到這幾年，把海陸空、火箭軍的兵力做這樣的整合，它的目的當然就是軍事擴張。", "王定宇", "表示"),
        i(t, "共軍遏制「台獨」採取多樣化、更嚴厲的手段", "中共", "聲稱"),
        d(t, "讓它的海軍跟海警未來如果執行對台灣的這種封鎖跟隔離的時候，可以有這個跨軍兵種的協調，對海上的航運的商船進行騷擾攔截，企圖阻斷台灣對外的海運。", "蘇紫雲", "分析"),
        d(t, "我們也強化對退役軍人的一些反滲透反統戰的工作，我們第一個就是榮民在哪裡，我們服務在哪裡，要強化榮民的照顧。", "嚴德發", "指出"),
        i(t, "中共對現役、退役軍人滲透手段多元，因此會將共諜案做宣教，讓退役軍人提高警覺", "嚴德發", "不諱言"),
    ]
    # 聯合報 (print): the gunman who waited for Trump.  No saying is dated.  官員表示 and 一名不願
    # 具名的法國人透露 are anonymous sources; 報導說 is the 華盛頓郵報 report just named; the
    # nested 自稱/提到/呼籲 have named speakers of their own (guideline 5).
    k = "udnp-a4ed83df-0fe4-441b-8935-90244faf8576"
    t = texts[k]["text"]
    rows[k] = [
        i(t, "勞斯手機紀錄顯示，他從十五日凌晨一時五十九分到下午一時卅一分，一直待在川普高爾夫俱樂部外圍樹叢", "美聯社", "報導"),
        i(t, "勞斯在家鄉北卡州前科累累，俄烏戰爭讓他獲得使命感，自稱願為烏克蘭捨命", "華爾街日報", "報導"),
        i(t, "願為烏克蘭捨命", "勞斯", "自稱"),
        i(t, "勞斯是出名的「怪人」，自稱與烏克蘭政府合作召募許多外籍士兵，但並非事實", "亞當斯", "說"),
        i(t, "與烏克蘭政府合作召募許多外籍士兵", "勞斯", "自稱"),
        i(t, "他曾向國務院回報，提到勞斯可能涉及人口販運或移民詐騙", "亞當斯", "說"),
        i(t, "勞斯可能涉及人口販運或移民詐騙", "亞當斯", "提到"),
        i(t, "一個名為「台灣外籍兵團」的網站將勞斯列為國際志願者中心協調員，該網站呼籲國際志願者，未來台灣與中國發生衝突時支持台灣",
          "華盛頓郵報", "報導"),
        i(t, "國際志願者，未來台灣與中國發生衝突時支持台灣", "台灣外籍兵團", "呼籲"),
        i(t, "曾在台灣待兩周，走訪每一個政府機關敦促為戰爭做更多準備，但沒有人有興趣談，「好像不是他們的問題，而是別人的事一樣」",
          "勞斯", "聲稱"),
        d(t, "好像不是他們的問題，而是別人的事一樣", "勞斯", "聲稱"),
        i(t, "勞斯曾出版一本關於烏克蘭的書，提到他對台灣的看法", "華盛頓郵報", "說"),
        d(t, "我們應該用軍艦圍繞台灣，如果我們像對待烏克蘭那樣等下去，這將是一場十分鐘的戰爭，我們將再次像傻瓜一樣站在一旁", "勞斯", "寫道"),
    ]
    # 中時: 民眾黨's referendum campaign, announced today (今 = the 27th); its spokesman speaks
    # in the same announcement.  日前 is vague; 柯文哲's 指示 is not dated.
    k = "ct-724e7a06fa56bd1a"
    t = texts[k]["text"]
    day = "2021-04-27"
    rows[k] = [
        i(t, "「兩好兩壞」，珍愛藻礁及反萊豬兩案投同意票，另兩案重啟核四、公投綁大選則投下反對票", "民眾黨立法院黨團", "公布"),
        i(t, "5月2日舉行四大公投案首場系列「未來能源轉型研討會」，預計5中下旬在全台舉辦超過300場次實體宣講活動，搭配200次網路宣傳活動，希望透過積極社會溝通過程，讓民眾做有利的投票決策",
          "民眾黨", "宣布", day),
        i(t, "面對四大公投案投票，黨主席柯文哲指示全力向社會溝通民眾黨立場，希望透過通民投票，表達守護台灣的決心，因此，民眾黨接下來規劃一連串宣講、論壇、座談會等活動",
          "張清俊", "指出", day),
        i(t, "全力向社會溝通民眾黨立場", "柯文哲", "指示"),
        i(t, "近期將在民眾黨官網設置公投宣導執行專區，隨時更新宣講及座談會等活動詳情；為協助宣導公投理念，地方黨部舉辦種子教官講習，預計5月中旬完成培訓，屆時將協助全台助講",
          "張清俊", "表示", day),
    ]
    # 聯合新聞網: 曾文生 at the Executive Yuan press conference today (今（10）日); 侯友宜's
    # policy was published yesterday (昨天, the 9th); 民進黨's proposal is dated 2015.
    k = "udn-c457c87cd656f1d7"
    t = texts[k]["text"]
    day = "2023-08-10"
    rows[k] = [
        i(t, "對於新北市長侯友宜提到的再生能源發展，目前執政黨已經在執行，也很高興看到能源轉型的主角是發展再生能源，至於有關核能的部分，核四重啟議題已經過公投，至於其他核電廠延役的相關細節則尚未看到，如果能提供細節那才能做討論",
          "曾文生", "回應", day),
        i(t, "2015年時，大家就已經在討論台灣能源轉型，當時的民進黨就提出要加速再生能源發展，卻被當成丑角，但在昨天侯友宜公布能源政策中就提到，再生能源在2050年時要達到57%，有關這點個人是相當高興，因為這也證實能源轉型的主角就是發展再生能源",
          "曾文生", "說", day),
        i(t, "要加速再生能源發展", "民進黨", "提出", "2015"),
        i(t, "再生能源在2050年時要達到57%", "侯友宜", "提到", "2023-08-09"),
        i(t, "有關天然氣的建設是重要的橋接能源，這點也很高興朝野有了共識，在昨天的侯友宜的版本中，2030年天然氣發電占比要達45％加上2%，根據目前經濟部的推算要達到47%的天然氣發電，那就意味這著必須要比現今的天然氣發電量多上一倍以上，也就是要增加將近2,000萬瓩，不過經濟部目前已經在著手進行中，像是大潭、興達、台中等新機組都已經通過環評也都在興建中或發包準備中，若是再加上目前正在送環評的協和電廠機組，還有民間正在籌備的IPP，經濟部會讓2030在天然氣的發電供應上維持穩定",
          "曾文生", "說", day),
        i(t, "整體而言，唯一看到不同的只有是否要把已經除役的核電廠在研議拿來使用，其中核四已經通過公投，決定不要重啟，是否還要再來重新評估就這是不同之處，至於18%的核能發電，其中細節內容有哪些，是否要上核一廠延長至70歲等相關細節都尚未看到，如果有更多細節的話才能來做討論",
          "曾文生", "說到", day),
        i(t, "經濟部也在密切觀察中，是否有新技術發展，有新的突破才能來做整體評估，但就結論來說，還是很高興侯友宜能肯定再生能源是未來能源轉型的主角，再來就是天然氣是重要的橋接能源這點上也有獲得同意",
          "曾文生", "說", day),
    ]
    # CCTV: 李克强 meets 恩赫包勒德 当天, the day of the broadcast (2016-07-14).  祝贺 is a
    # content-less speech act; the sentences after 指出 are not added (guideline 2).
    k = "xwlb-VIDEkUzW8nz8AkSmfcI9602v160714"
    t = texts[k]["text"]
    day = "2016-07-14"
    rows[k] = [
        i(t, "中方重视发展同蒙古国的关系与合作，愿以深化农畜产品深加工、住房建设等重点领域务实合作，促进经济发展，推进民生改善", "李克强", "表示", day),
        i(t, "立法机构交流合作是中蒙关系的重要组成部分", "李克强", "指出", day),
        i(t, "李克强总理此访对促进蒙中友好合作意义重大", "恩赫包勒德", "表示", day),
    ]
    # CCTV: 俞正声 meets 蓬贝 on the 26th; 介绍了…立场 is a content-less speech act.
    k = "xwlb-VIDExDK5kMk2UMaNMzGjpR6U160526"
    t = texts[k]["text"]
    day = "2016-05-26"
    rows[k] = [
        i(t, "中泰关系密切，两国各领域合作不断取得新进展", "俞正声", "表示", day),
        i(t, "中方一贯重视泰方在东盟内的重要影响", "俞正声", "表示", day),
        i(t, "中国全国政协欢迎泰国议员多到中国参访交流，加强相互学习，为促进两国发展做贡献", "俞正声", "说", day),
        i(t, "泰国立法议会支持泰中友好，泰方愿积极参与“一带一路”建设，希望维护地区和平稳定，支持中方通过协商解决分歧", "蓬贝", "表示", day),
    ]
    return rows


def build():
    return write_fixture(DRAWN_D, statements_by_article, OUT)


if __name__ == "__main__":
    articles = build()
    print(len(articles), "articles,", sum(len(a["statements"]) for a in articles), "statements")

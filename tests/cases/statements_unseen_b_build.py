"""Builds tests/cases/statements_unseen_b.json: the statements of set B (6 articles drawn by
statements_unseen_draw.draw_b after round 3 had fixed what set A showed), annotated by reading
(tests/gold/README.md "Guidelines applied → Statements") BEFORE the pipeline ran on them, to
measure those fixes on text nobody tuned on.  Same row format and helpers as set A.
Run: .venv/bin/python tests/cases/statements_unseen_b_build.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from statements_unseen_build import d, i, write_fixture
from statements_unseen_draw import DRAWN_B

OUT = Path(__file__).resolve().parent / "statements_unseen_b.json"


def statements_by_article(texts):
    rows = {}
    # 自由時報, debate on the day of publication (台灣時間今天上午9點); the photo caption
    # before the lead names no day.
    k = "ndc-news_3b9e977e2df4f9a695be87cc72fc2edc"
    t = texts[k]["text"]
    rows[k] = [
        i(t, "民主黨支持讓嬰兒出生後死亡，亦即「殺害嬰兒」", "川普", "指"),
        i(t, "民主黨支持「讓嬰兒出生後死亡」，亦即「殺害嬰兒」", "川普", "指稱", "2024-09-11"),
        d(t, "讓嬰兒出生後死亡", "川普", "指稱", "2024-09-11", after="指稱"),
        i(t, "民主黨「支持殺死嬰兒」", "川普", "認為", "2024-09-11"),
        d(t, "支持殺死嬰兒", "川普", "認為", "2024-09-11"),
        i(t, "美國沒有任何一州可以合法地殺害已誕生的嬰兒", "戴維斯", "強調", "2024-09-11"),
    ]
    # 自由時報 / 中央社: the New York Times editorial published 今天 (the 1st).
    k = "ndc-news_c91a0d377221fce2366505a8e9533309"
    t = texts[k]["text"]
    nyt, day = "紐約時報編輯委員會", "2024-10-01"
    rows[k] = [
        # Corrected after the first run: dev gold annotates 表態 + a stance (美國聯合鋼鐵工會
        # 表態反對收購案), so the two 表態支持 clauses are statements too.
        i(t, "支持美國民主黨總統候選人賀錦麗", nyt, "表態", day),
        i(t, "支持美國民主黨總統候選人賀錦麗（Kamala Harris）", nyt, "表態", day),
        i(t, "川普不配當總統", nyt, "批評", day),
        i(t, "他在道德上和性格上都「不適任」", nyt, "說", day),
        i(t, "她在這場與共和黨籍對手川普競爭的選舉中是「唯一愛國的總統選擇」", nyt, "稱", day),
        i(t, "他在道德上和性格上都「不適任」", "紐時", "說", day, nth=2),
        # The article speaks for its author, 「紐約時報」編輯委員會 (the speaker was written
        # 紐約時報 at first; made the same as the other rows of that author after the first run).
        d(t, "川普不適合當總統，這個明確且令人沮喪的事實，應該足以讓任何在乎我們國家健全和民主穩定的選民拒絕讓他再度當選。",
          nyt, "寫道", day),
        i(t, "「紐約客週刊」（The New Yorker）昨天也表態指出「除了川普誰都好」，編輯們說，川普代表「對美國穩定、安定和本質的持續攻擊」",
          "法新社", "報導"),
        d(t, "除了川普誰都好", "紐約客週刊", "指出", "2024-09-30"),
        i(t, "川普代表「對美國穩定、安定和本質的持續攻擊」", "編輯們", "說", "2024-09-30"),
        i(t, "賀錦麗「或許不是每位選民眼裡完美的候選人，尤其是那些對政府未能亡羊補牢而感到挫敗和憤怒的選民…但我們呼籲美國人比對賀錦麗與其對手的過往紀錄。賀錦麗是極為必要的人選」",
          "紐時", "承認", day),
        d(t, "或許不是每位選民眼裡完美的候選人，尤其是那些對政府未能亡羊補牢而感到挫敗和憤怒的選民…但我們呼籲美國人比對賀錦麗與其對手的過往紀錄。賀錦麗是極為必要的人選",
          "紐時", "承認", day),
        i(t, "比起兩黨體系中「政治和原則上的競爭」，這場大選「攸關更根本的東西」，「除非美國選民群起反對，否則川普將有權力對我國民主造成深層長久的傷害」",
          "紐時", "強調", day),
        d(t, "攸關更根本的東西", "紐時", "強調", day),
        d(t, "除非美國選民群起反對，否則川普將有權力對我國民主造成深層長久的傷害", "紐時", "強調", day),
        i(t, "選民在具體政策上對賀錦麗提出更多要求並不為過，「鑒於這場選舉的利害關係，賀錦麗或許認為她正在打一場設法避免犯下不必要錯誤的選戰……以為成為川普之外的唯一可行選項，或許就足以讓她勝選」",
          "紐時", "表示", day),
        d(t, "鑒於這場選舉的利害關係，賀錦麗或許認為她正在打一場設法避免犯下不必要錯誤的選戰……以為成為川普之外的唯一可行選項，或許就足以讓她勝選",
          "紐時", "表示", day),
        d(t, "這項策略最終或許證明能贏，但這對美國人民和她自己的紀錄來說都會造成損害。", "紐時", None, day),
        i(t, "共和黨只不過是川普「追求重新掌權」的「工具」", "紐時", "稱", day),
        i(t, "川普若再次當上總統，「將比他的第一個任期造成更多傷害和分裂」，因此「賀錦麗是唯一的選擇」", "紐時", "說", day),
        d(t, "將比他的第一個任期造成更多傷害和分裂", "紐時", "說", day),
        d(t, "賀錦麗是唯一的選擇", "紐時", "說", day),
    ]
    # 中時: 7日 (李德維's post), 昨(8日) (游淑慧, 經濟部, 蔡英文), 今 the 9th (羅秉成).
    k = "ct-59e3ab1064f10f83"
    t = texts[k]["text"]
    slogan = "嘴巴喊藻礁永存，行動卻藻礁永息"
    rows[k] = [
        i(t, "總統蔡英文「嘴巴喊藻礁永存，行動卻藻礁永息」", "游淑慧", "質疑", "2021-12-08"),
        d(t, slogan, "游淑慧", "質疑", "2021-12-08"),
        i(t, "清晨五點抵達大潭藻礁、中油第三天然氣接收站施工處，結果這回直衝施工處，「一舉戳破了蔡總統與蘇貞昌的謊言，三接的棧橋鋼構結構，就筆直地插在藻礁上！傷害藻礁，有圖為證」",
          "李德維", "透露", "2021-12-07"),
        d(t, "一舉戳破了蔡總統與蘇貞昌的謊言，三接的棧橋鋼構結構，就筆直地插在藻礁上！傷害藻礁，有圖為證", "李德維", "透露", "2021-12-07"),
        i(t, "蔡英文「嘴巴喊藻礁永存，行動卻藻礁永息」", "游淑慧", "表示", "2021-12-08", after="對此表示"),
        d(t, slogan, "游淑慧", "表示", "2021-12-08", nth=2),
        i(t, "護礁盟的朋友拿出棧橋橋墩與礁石的特寫照片，看來驚悚，但他們沒說的，是三接外推後，讓整個藻礁G1、G2區都完整保存下來",
          "經濟部", "表示", "2021-12-08"),
        i(t, "三接外推方案是工程上影響環境最小的方式，保護藻礁、減少中南部空汙，而且維持供電穩定", "經濟部", "提到", "2021-12-08"),
        i(t, "興建三接，不僅可以減緩中電北送、南電北送的問題，也可以改善中部、南部的空汙，是台灣淨零轉型重要關鍵，即使能源轉型這條道路上挑戰再多、再困難，政府也會持續跟社會各界來溝通對話、共同解決",
          "蔡英文", "強調", "2021-12-08"),
        i(t, "三接沒有蓋在藻礁上，開發範圍也不像馬政府規畫的232公頃把藻礁覆蓋在內，現在方案採取外推，有些橋柱會在礁石上，使用棧橋方式對生態影響最小，相關情況經濟部已對外說明",
          "羅秉成", "回應", "2021-12-09"),
    ]
    # CCTV: 李克强 on the 30th, afternoon.
    k = "xwlb-VIDE1380540123040231"
    t = texts[k]["text"]
    rows[k] = [
        i(t, "将继续积极参与中国现代化进程并作出应有贡献", "与会外国专家", "表示", "2013-09-30"),
        i(t, "中国改革开放取得举世瞩目的伟大成就，这即是中国人民团结奋斗的结果，也凝聚着外国专家和国际友人的心血、智慧和奉献",
          "李克强", "说", "2013-09-30"),
        i(t, "改革开放以来，中国把引进国外智力作为一项长期战略方针", "李克强", "指出", "2013-09-30"),
    ]
    # CCTV: 习近平 meets the delegation on 5月16日.
    k = "xwlb-VIDEE92shNNEZR1p9UhqGiUa180516"
    t = texts[k]["text"]
    rows[k] = [
        i(t, "今年3月金正恩委员长成功访华，我同他举行了历史性会晤，上星期我又同金正恩委员长在大连成功会晤，就双方共同关心的重大问题进行深入沟通，为新时代中朝关系发展指明了方向",
          "习近平", "表示", "2018-05-16"),
        i(t, "当前中国特色社会主义进入新时代，朝鲜社会主义发展进入新的历史时期", "习近平", "指出", "2018-05-16"),
        i(t, "朝中两党最高领导人发扬朝中传统友谊，接连举行同志般亲切的历史性会晤，推动朝中关系进入新阶段", "朴泰成", "表示", "2018-05-16"),
    ]
    # CCTV: the 20th Congress report and Xi's earlier words to the young, none dated.
    k = "xwlb-VIDEuixT0CNl6j8Nv54I0e9r221021"
    t = texts[k]["text"]
    rows[k] = [
        i(t, "一定不辜负总书记殷殷嘱托，将青春同党和人民的事业紧紧相连，守正创新、勇毅前行，用新的伟大奋斗创造新的伟业，在全面建设社会主义现代化国家新征程上唱响青春之歌",
          "广大青年", "表示"),
        i(t, "全党要把青年工作作为战略性工作来抓", "习近平", "指出"),
        i(t, "广大青年要坚定不移听党话、跟党走，怀抱梦想又脚踏实地，敢想敢为又善作善成，立志做有理想、敢担当、能吃苦、肯奋斗的新时代好青年，让青春在全面建设社会主义现代化国家的火热实践中绽放绚丽之花",
          "习近平", "号召"),
        d(t, "立志做大事", "习近平", "勉励"),
        d(t, "人生的扣子从一开始就要扣好", "习近平", "强调"),
        d(t, "不负韶华，不负时代，不负人民", "习近平", "希望"),
        d(t, "要在实现民族复兴的赛道上奋勇争先", "习近平", "激励"),
    ]
    return rows


def build():
    return write_fixture(DRAWN_B, statements_by_article, OUT)


if __name__ == "__main__":
    articles = build()
    print(len(articles), "articles,", sum(len(a["statements"]) for a in articles), "statements")

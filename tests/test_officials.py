"""Title frames: name, title, organisation, country and status as news writes them.

The case tables run the frames on lexicons and jieba tokens alone (no NER mentions), which is
what the stage must manage before and without the model; the sample-article tests run the
whole pipeline.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest

from pipeline import normalize, segment, sentences
from pipeline.annotate import annotate
from pipeline.article import Article, Mention
from pipeline.officials import find_officials, official_for_title


def frames_only(text: str, resources, lang: str | None = None, region: str | None = None) -> Article:
    """An article through the spine stages and find_officials, with no NER mentions."""
    converters = resources.get("converters", normalize.load_converters)
    # Short cases with an English name in brackets would count as English by letters alone.
    script = "zh-Hant" if converters.t2s.convert(text) != text else "zh-Hans"
    article = Article(
        article_id="t",
        lang=lang or script,
        text=text,
        content_hash="t",
        region=region,
    )
    for stage in (normalize.build_view, sentences.split_sentences, segment.segment, find_officials):
        article = stage(article, resources)
    return article


def rows(article: Article) -> list[tuple]:
    return [(o.name, o.title, o.organization, o.country, o.status) for o in article.officials]


# (text, region, expected rows: name, title, organization, country, status)
TAIWAN_STYLE = [
    ("兩天後，大陸外交部發言人郭嘉昆再次回絕這個談判邀約。", None, [("郭嘉昆", "發言人", "外交部", "CN", "current")]),
    ("2019年5月，大陸外交部時任發言人陸慷的一句反問還變成了金句", None, [("陸慷", "發言人", "外交部", "CN", "former")]),
    ("美國總統川普（左）表示，曾與大陸國家主席習近平談論過核武裁減。", None,
     [("川普", "總統", "美國", "US", "current"), ("習近平", "國家主席", "大陸", "CN", "current")]),
    ("川普在白宮會見南韓總統李在明時，又將話題轉到核武裁減上", None, [("李在明", "總統", "南韓", "KR", "current")]),
    ("美國商務部長盧特尼克1月中旬還表示，川普4月訪問中國的計畫保持不變。", None,
     [("盧特尼克", "商務部長", "商務部", "US", "current")]),
    ("在去年9月聯合國高階會議上，大陸副代表耿爽乾脆直白要求", None, [("耿爽", "副代表", "大陸", "CN", "current")]),
    ("環球時報前總編輯胡錫進去年3月撰文說", None, [("胡錫進", "總編輯", "環球時報", "CN", "former")]),
    ("該條約於2010年，由時任美國總統奧巴馬及時任俄羅斯總統梅德韋傑夫簽署。", None,
     [("奧巴馬", "總統", "美國", "US", "former"), ("梅德韋傑夫", "總統", "俄羅斯", "RU", "former")]),
    ("俄總統普京去年9月曾表示，若美方不作出破壞現有平衡的舉動", None, [("普京", "總統", "俄", "RU", "current")]),
    ("在北京，外交部發言人林劍表示，中方對此表示遺憾。", None, [("林劍", "發言人", "外交部", "CN", "current")]),
    ("對此，大陸外交部發言人毛寧丟出北京一貫標準答案", None, [("毛寧", "發言人", "外交部", "CN", "current")]),
    ("他跟俄羅斯總統普亭都談過這件事", None, [("普亭", "總統", "俄羅斯", "RU", "current")]),
    ("「川普總統期待回到賓州」，他說。", None, [("川普", "總統", None, "US", "current")]),
    ("美國國務卿盧比歐(Marco Rubio)表示，美方將持續關注。", None, [("盧比歐", "國務卿", "美國", "US", "current")]),
    ("國防部長顧立雄今天在立法院表示", "TW", [("顧立雄", "國防部長", "國防部", "TW", "current")]),
    ("陸委會主委邱垂正說，兩岸交流應對等。", "TW", [("邱垂正", "主委", "陸委會", "TW", "current")]),
    ("前立委邱毅表示，他不會參選。", "TW", [("邱毅", "立委", None, "TW", "former")]),
    ("日本外相林芳正過去形象溫和", "TW", [("林芳正", "外相", "外務省", "JP", "current")]),
    ("我國外交部長林佳龍今天出訪", "TW", [("林佳龍", "外交部長", "外交部", "TW", "current")]),
    ("美國國會議員莎拉·麥克布萊德（Sarah McBride）表示", "TW",
     [("莎拉·麥克布萊德", "國會議員", "美國", "US", "current")]),
    ("美軍印太司令部司令帕帕羅與中國人民解放軍南部戰區司令吳亞男通話", "TW",
     [("帕帕羅", "司令", "美軍印太司令部", "US", "current"), ("吳亞男", "司令", "中國人民解放軍南部戰區", "CN", "current")]),
    ("民主黨代理主席黃國昌表示", "TW", [("黃國昌", "主席", "民主黨", "US", "acting")]),
    ("美國民主黨籍總統候選人賀錦麗現身", "TW", [("賀錦麗", "總統候選人", "民主黨", "US", "current")]),
    ("綠委王美惠表示「公投案勞民傷財。」", "TW", [("王美惠", "綠委", "民進黨", "TW", "current")]),
    ("記者會上，文傳會副主委黃子哲痛批民進黨", "TW", [("黃子哲", "副主委", "文傳會", "TW", "current")]),
    ("白宮發言人賽蒙斯（Emilie Simons）於X上發文", "TW", [("賽蒙斯", "發言人", "白宮", "US", "current")]),
    # 議長 is a whole post, not a body fused with its head (外交部長): the chamber is the organisation
    # (fresh officials gold, issue 4).
    ("美國眾議院議長強生（Mike Johnson）透過社群平台表示", "TW",
     [("強生", "議長", "眾議院", "US", "current")]),
    ("賀錦麗陣營發言人狄倫（Jen O'Malley Dillon）指出", "TW", [("狄倫", "發言人", None, None, "current")]),
    ("民調領先前總統川普4個百分點", "TW", [("川普", "總統", None, "US", "former")]),
    ("前美國在台協會主席薄瑞光今天表示", "TW", [("薄瑞光", "主席", "美國在台協會", "US", "former")]),
    ("義大利女總理梅洛妮發聲力挺", "TW", [("梅洛妮", "總理", "義大利", "IT", "current")]),
    ("賓州（Pennsylvania）州長夏皮洛（Josh Shapiro）預估", "TW", [("夏皮洛", "州長", "賓州", "US", "current")]),
    # No region from ingest: Taiwan's places and institutions make it Taiwan news.
    ("台南市長黃偉哲今天在台南表示，立委也支持。", None, [("黃偉哲", "台南市長", "台南市", "TW", "current")]),
]

MAINLAND_STYLE = [
    ("国务院副总理丁薛祥出席开幕式并致辞。", None, [("丁薛祥", "副总理", "国务院", "CN", "current")]),
    ("国务院委托，国土资源部部长徐绍史报告了土地管理情况。", None, [("徐绍史", "部长", "国土资源部", "CN", "current")]),
    ("俄罗斯总理梅德韦杰夫2号责成副总理罗戈津设立政府委员会。", None,
     [("梅德韦杰夫", "总理", "俄罗斯", "RU", "current"), ("罗戈津", "副总理", None, "RU", "current")]),
    # A permanent representative's post is written with the body he is posted to (常驻联合国代表 in the
    # lexicon, 常驻世界贸易组织代表); the country before it is the organisation (fresh officials gold).
    ("中国常驻联合国副代表耿爽表示，中方反对单边制裁。", None,
     [("耿爽", "常驻联合国副代表", "中国", "CN", "current")]),
    ("中国常驻世界贸易组织代表李成钢表示，中方反对单边主义。", None,
     [("李成钢", "常驻世界贸易组织代表", "中国", "CN", "current")]),
    ("国家主席习近平会见了来访的乌克兰外交部长格里先科。", None,
     [("习近平", "国家主席", None, "CN", "current"), ("格里先科", "外交部长", "外交部", "UA", "current")]),
    ("外交部发言人毛宁在例行记者会上表示", None, [("毛宁", "发言人", "外交部", "CN", "current")]),
    ("老挝国会主席巴妮会见了代表团。", None, [("巴妮", "主席", "国会", "LA", "current")]),
    ("最高人民法院院长王胜俊作了关于知识产权审判工作的报告", None, [("王胜俊", "院长", "最高人民法院", "CN", "current")]),
    ("李克强24号下午会见世界银行行长金墉。", None, [("金墉", "行长", "世界银行", None, "current")]),
    ("伊朗谈判代表、外长扎里夫表示，伊朗并不失望。", None,
     [("扎里夫", "谈判代表", "伊朗", "IR", "current"), ("扎里夫", "外长", "外交部", "IR", "current")]),
    ("国家主席胡锦涛向埃塞俄比亚总统吉尔马·沃尔德·乔治斯致唁电", None,
     [("胡锦涛", "国家主席", None, "CN", "current"), ("吉尔马·沃尔德·乔治斯", "总统", "埃塞俄比亚", "ET", "current")]),
    ("李克强还将会见菲参议长皮门特尔和众议长阿尔瓦雷兹等政要。", None,
     [("皮门特尔", "参议长", "参议院", "PH", "current"), ("阿尔瓦雷兹", "众议长", "众议院", "PH", "current")]),
    ("应澳大利亚联邦总督科斯格罗夫和总理阿博特邀请", None,
     [("科斯格罗夫", "总督", "澳大利亚联邦", "AU", "current"), ("阿博特", "总理", "澳大利亚联邦", "AU", "current")]),
    ("欢迎肯尼亚总统乌胡鲁-肯雅塔对我国进行国事访问", None, [("乌胡鲁-肯雅塔", "总统", "肯尼亚", "KE", "current")]),
    ("国家主席习近平会见古巴国务委员会主席兼部长会议主席劳尔·卡斯特罗。", None,
     [("习近平", "国家主席", None, "CN", "current"), ("劳尔·卡斯特罗", "主席", "国务委员会", "CU", "current"),
      ("劳尔·卡斯特罗", "主席", "部长会议", "CU", "current")]),
    ("胡锦涛欢迎贝宁总统托马·博尼·亚伊访华。随同亚伊总统来访的有外长。", None,
     [("托马·博尼·亚伊", "总统", "贝宁", "BJ", "current"), ("亚伊", "总统", None, "BJ", "current")]),
]

# Ranks, fused titles and bodies read off the words before the title (issue 4): sentences from
# the dev gold (tests/gold/src/4_*) and the corpus, in both scripts.
RANKS_AND_BODIES = [
    ("經濟部次長曾文生日前公開承認", "TW", [("曾文生", "次長", "經濟部", "TW", "current")]),
    ("東海大學政治系教授沈有忠表示，國民黨公投失利", "TW", [("沈有忠", "教授", "東海大學政治系", "TW", "current")]),
    ("中興大學國家政策與公共事務研究所教授袁鶴齡表示", "TW",
     [("袁鶴齡", "教授", "中興大學國家政策與公共事務研究所", "TW", "current")]),
    ("台中市議會國民黨團書記長陳政顯說，公投的投票率約4成多", "TW",
     [("陳政顯", "書記長", "台中市議會國民黨團", "TW", "current")]),
    ("包括立法院副院長蔡其昌、立委何欣純、前台中市長林佳龍等人", "TW",
     [("蔡其昌", "副院長", "立法院", "TW", "current"), ("何欣純", "立委", None, "TW", "current"),
      ("林佳龍", "台中市長", "台中市", "TW", "former")]),
    ("且上屆市長林佳龍，任期前3年也被視為難以挑戰", "TW", [("林佳龍", "市長", None, "TW", "former")]),
    ("桃園市長鄭文燦今天上午主持市政會議", None, [("鄭文燦", "桃園市長", "桃園市", "TW", "current")]),
    ("中選會選務處長謝美玲表示，這次", "TW", [("謝美玲", "選務處長", "中選會選務處", "TW", "current")]),
    ("海委會主委李仲威表示", "TW", [("李仲威", "主委", "海委會", "TW", "current")]),
    ("文傳會副主委林家興指出，2017年民進黨", "TW", [("林家興", "副主委", "文傳會", "TW", "current")]),
    ("我國駐美代表俞大㵢今天表示", "TW", [("俞大㵢", "代表", "駐美", "TW", "current")]),
    ("高市此行會見賴總統，", "TW", [("賴", "總統", None, "TW", "current")]),
    ("德國總統史坦麥爾（Frank-Walter Steinmeier）與總理蕭茲（Olaf Scholz）分別發表聲明", "TW",
     [("史坦麥爾", "總統", "德國", "DE", "current"), ("蕭茲", "總理", "德國", "DE", "current")]),
    ("中共中央政治局常委、国务院副总理韩正出席座谈会", None,
     [("韩正", "政治局常委", "中共中央", "CN", "current"), ("韩正", "副总理", "国务院", "CN", "current")]),
    ("中共中央政治局委员、中央政法委书记郭声琨在座谈会上缅怀", None,
     [("郭声琨", "政治局委员", "中共中央", "CN", "current"), ("郭声琨", "书记", "中央政法委", "CN", "current")]),
    ("国务委员、公安部部长赵克志主持座谈会。", None,
     [("赵克志", "国务委员", None, "CN", "current"), ("赵克志", "部长", "公安部", "CN", "current")]),
    ("全国人大常委会委员长张德江主持会议。", None, [("张德江", "委员长", "全国人大常委会", "CN", "current")]),
    ("北京市市长陈吉宁表示，冬奥筹备顺利。", None, [("陈吉宁", "市长", "北京市", "CN", "current")]),
    ("台中市議會27日召開定期會，由衛生局長曾梓展報告防疫工作", "TW",
     [("曾梓展", "衛生局長", "衛生局", "TW", "current")]),
    ("伊朗原子能组织主席伊斯拉米6日表示", None, [("伊斯拉米", "主席", "原子能组织", "IR", "current")]),
    ("台灣大學校長陳文章表示", "TW", [("陳文章", "校長", "台灣大學", "TW", "current")]),
    ("新北市議員李四表示", "TW", [("李四", "議員", "新北市", "TW", "current")]),
    # The division a local office serves is part of its name (台北|地檢署, like 國民黨台中黨部).
    ("台北地檢署檢察長王俊力表示", "TW", [("王俊力", "檢察長", "台北地檢署", "TW", "current")]),
    ("衛福部疾管署署長莊人祥表示", "TW", [("莊人祥", "署長", "衛福部疾管署", "TW", "current")]),
    ("中共中央政治局委员、中宣部部长黄坤明主持会议", None,
     [("黄坤明", "政治局委员", "中共中央", "CN", "current"), ("黄坤明", "部长", "中宣部", "CN", "current")]),
    ("东部战区新闻发言人施毅陆军大校表示", None, [("施毅", "新闻发言人", "东部战区", "CN", "current")]),
    ("北約秘書長呂特說", "TW", [("呂特", "秘書長", "北約", None, "current")]),  # an international post
    # 鮑爾 (Powell) is in the alias table, 鮑爾森 (Paulson) is another man; 川普曾 is 川普.
    ("国家主席习近平19日在钓鱼台国宾馆会见美国前财长鲍尔森。", None,
     [("习近平", "国家主席", None, "CN", "current"), ("鲍尔森", "财长", "财政部", "US", "former")]),
    ("當拜登2021年1月就任總統時，前總統川普曾打破傳統未出席就職典禮", "TW", [("川普", "總統", None, "US", "former")]),
    # A known name before the title beats a name guessed after it; a name jieba tags stays.
    ("江啟臣炮轟，蔡英文總統曾講過「藻礁永存」", "TW", [("蔡英文", "總統", None, "TW", "current")]),
    # (泰勒 is the spokesman of 賀錦麗, whose country the alias table gives: US.)
    ("賀錦麗發言人泰勒（Michael Tyler）表示", "TW", [("泰勒", "發言人", None, "US", "current")]),
    ("一早，老挝国家电力公司的副总经理通佩，就", None, [("通佩", "副总经理", "国家电力公司", "LA", "current")]),
    ("国家主席习近平会见来华出席全球妇女峰会的冰岛总统托马斯多蒂尔。", None,
     [("习近平", "国家主席", None, "CN", "current"), ("托马斯多蒂尔", "总统", "冰岛", "IS", "current")]),
    ("習近平總書記莊嚴宣告，我們實現了", None, [("習近平", "總書記", None, "CN", "current")]),
    ("美國在台協會前理事主席卜睿哲也建議", "TW", [("卜睿哲", "理事主席", "美國在台協會", "US", "former")]),
    ("引述美國前國防部副助理部長柯伯吉批評", "TW", [("柯伯吉", "副助理部長", "國防部", "US", "former")]),
    ("秘勤局局長奇鐸（Kimberly Cheatle）表示", "TW", [("奇鐸", "局長", "秘勤局", None, "current")]),
    ("本次上海代表團將由上海市委常委、常務副市長周波率團", "TW",
     [("周波", "上海市委常委", "上海市委", "CN", "current"), ("周波", "常務副市長", "上海市", "CN", "current")]),
    ("民革中央主席郑建邦、民盟中央主席丁仲礼出席", None,
     [("郑建邦", "主席", "民革中央", "CN", "current"), ("丁仲礼", "主席", "民盟中央", "CN", "current")]),
    ("央视网消息(新闻联播)：伊拉克看守总理马利基12日表示", None, [("马利基", "总理", "伊拉克", "IQ", "acting")]),
    ("▲國際奧林匹克委員主席巴赫（Thomas Bach）", "TW", [("巴赫", "主席", None, None, "current")]),
    # A verb jieba tags a noun ends the body; a body opening with a country's name gives it.
    ("国家主席习近平9日在人民大会堂会见俄罗斯联邦委员会主席马特维延科。", None,
     [("习近平", "国家主席", None, "CN", "current"), ("马特维延科", "主席", "俄罗斯联邦委员会", "RU", "current")]),
    ("共和黨總統候選人、前總統川普（Donald Trump）表示", "TW",
     [("川普", "總統候選人", "共和黨", "US", "current"), ("川普", "總統", None, "US", "former")]),
    # A photo caption's position marks do not end a list of names.
    ("記者黃義書／攝影國民黨立委洪孟楷（中）、王鴻薇（左）上午在國民黨國政基金會舉行記者會", "TW",
     [("洪孟楷", "立委", "國民黨", "TW", "current"), ("王鴻薇", "立委", "國民黨", "TW", "current")]),
    # 民主黨 is one name: 黨主席 inside it is no title (not 民主 + 黨主席).
    ("加州民主黨主席希克斯（Rusty Hicks）表示", "TW", [("希克斯", "主席", "民主黨", "US", "current")]),
    # A division's Party committee is the body of a fused title; the head of government listed
    # after it serves the place (round 3: 万象市委书记兼市长, 北京市委副书记、市长).
    ("北京市委副书记、市长殷勇出席。", None,
     [("殷勇", "北京市委副书记", "北京市委", "CN", "current"), ("殷勇", "市长", "北京市", "CN", "current")]),
    ("老挝党中央政治局委员、万象市委书记兼市长辛拉冯到机场送行。", None,
     [("辛拉冯", "政治局委员", "老挝党中央", "LA", "current"), ("辛拉冯", "万象市委书记", "万象市委", "LA", "current"),
      ("辛拉冯", "市长", "万象市", "LA", "current")]),
    # The country at the head of one person's list holds over a body's own (中央书记处 is not CN here).
    ("老挝党中央政治局委员、中央书记处常务书记、国家副主席潘坎到机场送行。", None,
     [("潘坎", "政治局委员", "老挝党中央", "LA", "current"), ("潘坎", "常务书记", "中央书记处", "LA", "current"),
      ("潘坎", "国家副主席", None, "LA", "current")]),
    ("欢迎巴基斯坦伊斯兰共和国总统阿西夫·阿里·扎尔达里对我国进行国事访问。", None,
     [("阿西夫·阿里·扎尔达里", "总统", "巴基斯坦伊斯兰共和国", "PK", "current")]),
    ("向朝鲜劳动党总书记、国务委员长金正恩致贺电。", None,
     [("金正恩", "总书记", "朝鲜劳动党", "KP", "current"), ("金正恩", "国务委员长", None, "KP", "current")]),
    ("李希同老挝人民革命党中央政治局委员、中央纪委书记、国家监察总署署长坎潘举行会谈", None,
     [("坎潘", "政治局委员", "老挝人民革命党中央", "LA", "current"), ("坎潘", "书记", "中央纪委", "LA", "current"),
      ("坎潘", "署长", "国家监察总署", "LA", "current")]),
    ("古巴共产党中央第一书记、国家主席迪亚斯-卡内尔", None,
     [("迪亚斯-卡内尔", "第一书记", "古巴共产党中央", "CU", "current"), ("迪亚斯-卡内尔", "国家主席", None, "CU", "current")]),
    # 党中央 inside jieba's word for a party keeps the party's name; a bare party keeps no country.
    ("全国政协副主席、致公党中央主席蒋作君出席", None,
     [("蒋作君", "副主席", "全国政协", "CN", "current"), ("蒋作君", "主席", "致公党中央", "CN", "current")]),
    ("在堪培拉会见澳大利亚工党领袖肖顿。", None, [("肖顿", "领袖", "工党", "AU", "current")]),
    # Bodies named in quotes or Latin letters; a party membership (籍) is not the state's post.
    ("穆斯林倡議團體「安格奇行動」執行長艾薩亞特說", "TW", [("艾薩亞特", "執行長", "安格奇行動", None, "current")]),
    ("此外，Meta執行長札克伯格（Mark Zuckerberg）表示", "TW", [("札克伯格", "執行長", "Meta", None, "current")]),
    ("檢察長出身的民主黨籍賓州州長夏皮洛20日說", "TW", [("夏皮洛", "州長", "賓州", "US", "current")]),
    ("政变发动者、玻利维亚前陆军司令苏尼加已被捕", None, [("苏尼加", "司令", "陆军", "BO", "former")]),
    ("公约秘书处执行秘书穆雷玛女士说", None, [("穆雷玛", "执行秘书", "公约秘书处", None, "current")]),
    # US states fused with their post as written (北卡羅來納州長, like 台中市長); an interim head.
    ("以及北卡羅來納州長古柏（Roy Cooper）", "TW",
     [("古柏", "北卡羅來納州長", "北卡羅來納州", "US", "current")]),
    ("而不是拜登或佛蒙特州參議員桑德斯（Bernie Sanders）", "TW", [("桑德斯", "參議員", "佛蒙特州", "US", "current")]),
    ("24号，埃及临时总统曼苏尔主持", None, [("曼苏尔", "总统", "埃及", "EG", "current")]),
    ("將成立一個由特斯拉執行長馬斯克領導的委員會", "TW", [("馬斯克", "執行長", "特斯拉", "US", "current")]),
    # A party named before a councillor's city is the body, as for 國民黨立委; 北市府 is a body.
    ("國民黨台北市議員王鴻薇說", "TW", [("王鴻薇", "議員", "國民黨", "TW", "current")]),
    ("北市府發言人林伯豐說", "TW", [("林伯豐", "發言人", "北市府", "TW", "current")]),
    # A body whose last character the title repeats is not fused with it (辦事處|處長, 协会|会长);
    # a country inside jieba's word for a party stays in its name (中國國民黨).
    ("美國在台協會台北辦事處處長包道格（Douglas Paal）說", "TW",
     [("包道格", "處長", "美國在台協會台北辦事處", "US", "current")]),
    ("沙中友好协会会长杰里希认为", None, [("杰里希", "会长", "沙中友好协会", None, "current")]),
    ("中國國民黨立法院黨團代表吳志揚說", "TW", [("吳志揚", "代表", "中國國民黨立法院黨團", "TW", "current")]),
    # A deputy named after the head with 與/和 shares the head's body; 候任 is a status word.
    ("外交部長林佳龍與次長田中光出席", "TW",
     [("林佳龍", "外交部長", "外交部", "TW", "current"), ("田中光", "次長", "外交部", "TW", "current")]),
    ("陸委會主委邱垂正和副主委梁文傑說", "TW",
     [("邱垂正", "主委", "陸委會", "TW", "current"), ("梁文傑", "副主委", "陸委會", "TW", "current")]),
    ("美國候任總統川普表示", "TW", [("川普", "總統", "美國", "US", "current")]),
    # A division jieba cuts up stays in the body (國民黨台中黨部); a surname after its full name.
    ("就任典禮由國民黨台中黨部主委林敏霖宣布", "TW", [("林敏霖", "主委", "國民黨台中黨部", "TW", "current")]),
    ("习近平总书记发表讲话。从深圳前海到上海浦东；习总书记的重要讲话，对习主席的讲话高度赞扬", None,
     [("习近平", "总书记", None, "CN", "current"), ("习", "总书记", None, "CN", "current"),
      ("习", "主席", None, "CN", "current")]),
    # A known body jieba cuts into common words (成功/a|大學); a council's level with no place named.
    ("張永明、成功大學政治學系教授楊永年、中研院研究員", "TW",
     [("楊永年", "教授", "成功大學政治學系", "TW", "current")]),
    ("包括國民黨市議員王家貞、台北市議員", "TW", [("王家貞", "市議員", "國民黨", "TW", "current")]),
    ("好好的。」北市議員林穎孟質詢", "TW", [("林穎孟", "議員", "北市", "TW", "current")]),
    # A candidacy: the post sought as written, the party that nominates as the body.
    ("國民黨台北市長參選人蔣萬安下午參訪義美食品", "TW", [("蔣萬安", "台北市長參選人", "國民黨", "TW", "current")]),
    ("民進黨立委參選人林俊憲說", "TW", [("林俊憲", "立委參選人", "民進黨", "TW", "current")]),
    ("蔣萬安競辦發言人黃子哲反擊", "TW", [("黃子哲", "發言人", "蔣萬安競辦", "TW", "current")]),
    # Civic bodies: names that read like clauses, with their country; a faction is no body.
    ("環評大會，搶救大潭藻礁行動聯盟召集人潘忠政說", "TW",
     [("潘忠政", "召集人", "搶救大潭藻礁行動聯盟", "TW", "current")]),
    ("今天邀請台灣人權促進會會長周宇修出席", "TW", [("周宇修", "會長", "台灣人權促進會", "TW", "current")]),
    ("新系前立委段宜康在臉書酸黨主席蔡英文", "TW",
     [("段宜康", "立委", None, "TW", "former"), ("蔡英文", "黨主席", None, "TW", "current")]),
    # Round 7: a party jieba reads with its 党 keeps it (联盟党|主席, not the fused 党主席), but 前黨主席 is
    # still a former 黨主席; 智庫/學校 end a body; a name's date (今(18日)) ends the name.
    ("五星运动党领导人迪马约和联盟党主席萨尔维尼将分别出任部长", "CN",
     [("迪马约", "领导人", "五星运动党", None, "current"), ("萨尔维尼", "主席", "联盟党", None, "current")]),
    ("熱門人選包括前黨主席朱立倫、國民黨智庫副董事長連勝文、孫文學校總校長張亞中等人", "TW",
     [("朱立倫", "黨主席", None, "TW", "former"), ("連勝文", "副董事長", "國民黨智庫", "TW", "current"),
      ("張亞中", "總校長", "孫文學校", "TW", "current")]),
    ("國民黨立委楊瓊瓔今(18日)表示，有助於推動連署", "TW", [("楊瓊瓔", "立委", "國民黨", "TW", "current")]),
    # A party named by a quoted slogan keeps its marks and 党 (“为了变革秘鲁人”党); a quoted name that
    # holds 党 itself leaves the fused 黨主席 to the title (「民主黨」黨主席).
    ("秘鲁国家选举办公室公布，“为了变革秘鲁人”党候选人库琴斯基获胜", "CN",
     [("库琴斯基", "候选人", "“为了变革秘鲁人”党", "PE", "current")]),
    ("亚美尼亚基督教“觉醒”党主席扎格拉比扬表示", "CN", [("扎格拉比扬", "主席", "“觉醒”党", "AM", "current")]),
    ("「民主黨」黨主席哈里森表示", "TW", [("哈里森", "黨主席", "民主黨", "US", "current")]),
    # A foreign party's post takes the one country its paragraph names (a CCTV brief on Italy).
    ("意大利总统马塔雷拉再次任命孔特为候任总理。据悉，五星运动党领导人迪马约将出任部长。", "CN",
     [("马塔雷拉", "总统", "意大利", "IT", "current"), ("迪马约", "领导人", "五星运动党", "IT", "current")]),
    ("意大利总统马塔雷拉与法国总统马克龙通话。\n五星运动党领导人迪马约将出任部长。", "CN",
     [("马塔雷拉", "总统", "意大利", "IT", "current"), ("马克龙", "总统", "法国", "FR", "current"),
      ("迪马约", "领导人", "五星运动党", None, "current")]),
    # Round 8: a body's name joins nouns or verbal nouns (发展|和|改革), a fused ministry's too (公共工程|和|
    # 住房部長); a research body's subject jieba tags a verb (選舉/v|研究中心); a status before a party
    # membership (前|民進黨籍|台南市長); a block word's head fused with the title (警察局|長); 部長|官.
    ("国家发展和改革委员会主任徐绍史回答了提问", None,
     [("徐绍史", "主任", "国家发展和改革委员会", "CN", "current")]),
    ("印尼公共工程和住房部长巴苏基到机场送行", None,
     [("巴苏基", "公共工程和住房部长", "公共工程和住房部", "ID", "current")]),
    ("澳洲外交和貿易部長黃英賢表示", "TW", [("黃英賢", "外交和貿易部長", "外交和貿易部", "AU", "current")]),
    ("由政治大學選舉研究中心副研究員陳陸輝分析", "TW",
     [("陳陸輝", "副研究員", "政治大學選舉研究中心", "TW", "current")]),
    ("還有前民進黨籍台南市長蘇煥智、前民進黨籍立委林濁水", "TW",
     [("蘇煥智", "台南市長", "台南市", "TW", "former"), ("林濁水", "立委", "民進黨", "TW", "former")]),
    ("其它參選人還有前台南市警察局長陳子敬", "TW", [("陳子敬", "警察局長", "台南市警察局", "TW", "former")]),
    ("韩国统一部长官赵明均8日对媒体表示", None, [("赵明均", "长官", "统一部", "KR", "current")]),
    # Round 8, from reviewing unseen corpus output: a school or institute keeps the word that names it
    # (實踐/v|大學, 維吉尼亞|大學 → US, 北京聯合大學|台灣|研究院), set phrases inside a body (生命科學/l|系,
    # 多樣性/l), a task verb (菸害|防制|中心), a field before an academic post (哈佛大學|憲法|教授), jieba's word
    # for the body holding the title's first character (林務局|長), the party before a district (民進黨|桃園|立委).
    ("實踐大學前校長陳振貴提議，世新大學民意調查中心主任梁世武說", "TW",
     [("陳振貴", "校長", "實踐大學", "TW", "former"), ("梁世武", "主任", "世新大學民意調查中心", "TW", "current")]),
    ("維吉尼亞大學政治系教授陳陸輝分析", "TW", [("陳陸輝", "教授", "維吉尼亞大學政治系", "US", "current")]),
    ("北京聯合大學台灣研究院院長李振廣指出", "TW", [("李振廣", "院長", "北京聯合大學台灣研究院", "CN", "current")]),
    ("東海大學生命科學系副教授劉少倫指出", "TW", [("劉少倫", "副教授", "東海大學生命科學系", "TW", "current")]),
    ("中研院生物多樣性研究中心研究員陳昭倫也說", "TW",
     [("陳昭倫", "研究員", "中研院生物多樣性研究中心", "TW", "current")]),
    ("國民黨立委林為洲和董氏基金會菸害防制中心主任陳陸輝說", "TW",
     [("林為洲", "立委", "國民黨", "TW", "current"), ("陳陸輝", "主任", "董氏基金會菸害防制中心", "TW", "current")]),
    ("哈佛大學憲法教授陳陸輝說", "TW", [("陳陸輝", "教授", "哈佛大學", "TW", "current")]),
    ("農委會林務局長李桃生說", "TW", [("李桃生", "林務局長", "農委會林務局", "TW", "current")]),
    ("民進黨桃園立委鄭運鵬批評，澎湖籍立委楊曜說", "TW",
     [("鄭運鵬", "立委", "民進黨", "TW", "current"), ("楊曜", "立委", None, "TW", "current")]),
    # A retired holder (退休) is former; 兼任/聯邦 between a body and its title belong to neither; 處 heads
    # a body (統計/v|處); a region (中部/f) and a chain of task verbs (徵收|審議) inside a body; a country
    # before a joiner stays in the name (中國|與全球化智庫); a campaign keeps its candidate (鍾東錦|競選總部);
    # a body opening with a country takes it over a party named inside (日本|民主党 → JP, not US).
    ("中研院生物多樣性研究中心退休研究員陳陸輝說", "TW",
     [("陳陸輝", "研究員", "中研院生物多樣性研究中心", "TW", "former")]),
    ("台大兼任助理教授陳陸輝說", "TW", [("陳陸輝", "助理教授", "台大", "TW", "current")]),
    ("歐巴馬扶植亞利桑那州聯邦參議員凱利（Mark Kelly）", "TW", [("凱利", "參議員", "亞利桑那州", "US", "current")]),
    ("財政部統計處副處長劉訓蓉表示", "TW", [("劉訓蓉", "副處長", "財政部統計處", "TW", "current")]),
    ("行政院中部辦公室前副執行長施威全說", "TW", [("施威全", "副執行長", "行政院中部辦公室", "TW", "former")]),
    ("內政部土地徵收審議委員會委員謝志誠說", "TW", [("謝志誠", "委員", "內政部土地徵收審議委員會", "TW", "current")]),
    ("報導引述中國與全球化智庫副主任高志凱表示", "TW", [("高志凱", "副主任", "中國與全球化智庫", "CN", "current")]),
    ("鍾東錦競選總部執行長陳陸輝說", "TW", [("陳陸輝", "執行長", "鍾東錦競選總部", "TW", "current")]),
    ("日本民主党政策调查会会长樱井充（Mitsuru Sakurai）说", None, [("樱井充", "会长", "日本民主党政策调查会", "JP", "current")]),
    # A fused body heads the noun phrase before it (歐洲經貿|辦事處長), not over a status or a country
    # (時任|衛福部長, 美國|聯邦調查局長); a person's role (發起人/l) is no part of a body; 安全/an is.
    ("歐洲經貿辦事處長陳陸輝說", "TW", [("陳陸輝", "辦事處長", "歐洲經貿辦事處", "TW", "current")]),
    ("他要求時任衛福部長陳時中說", "TW", [("陳時中", "衛福部長", "衛福部", "TW", "former")]),
    ("美國聯邦調查局長瑞伊（Christopher Wray）說", "TW", [("瑞伊", "聯邦調查局長", "聯邦調查局", "US", "current")]),
    ("中部連署發起人東海大學教授林惠真也表示", "TW", [("林惠真", "教授", "東海大學", "TW", "current")]),
    ("中國清華大學戰略與安全研究中心主任達巍指出", "TW",
     [("達巍", "主任", "清華大學戰略與安全研究中心", "CN", "current")]),
    # A body's head inside jieba's word with the title (海洋|大学校长); a stock code and title marks
    # around a body (台積電（2330）, 《美麗島電子報》); a friendship association keeps both countries;
    # a person's name before 和 is no part of the next fused body (卓榮泰和|經濟部長).
    ("海洋大學校長陳陸輝表示", "TW", [("陳陸輝", "校長", "海洋大學", "TW", "current")]),
    ("台積電（2330）董事長劉德音昨天說", "TW", [("劉德音", "董事長", "台積電", "TW", "current")]),
    ("《美麗島電子報》董事長陳陸輝說", "TW", [("陳陸輝", "董事長", "美麗島電子報", "TW", "current")]),
    ("俄罗斯中国友好协会主席梅利尼科夫（Ivan Melnikov）指出", None,
     [("梅利尼科夫", "主席", "俄罗斯中国友好协会", "RU", "current")]),
    ("王鴻薇質詢行政院長卓榮泰和經濟部長郭智輝", "TW",
     [("卓榮泰", "行政院長", "行政院", "TW", "current"), ("郭智輝", "經濟部長", "經濟部", "TW", "current")]),
    # A party membership is not the body of a title (共和黨籍|聯邦眾議院|議長), but tells its country; a fused
    # body joined by 與 stops at the body above it (國防|院|國防戰略與資源所長).
    ("共和黨籍聯邦眾議院議長強生（Mike Johnson）說", "TW", [("強生", "議長", "聯邦眾議院", "US", "current")]),
    ("國防院國防戰略與資源所長陳陸輝指出", "TW",
     [("陳陸輝", "國防戰略與資源所長", "國防戰略與資源所", "TW", "current")]),
    ("全國黑人記者協會主席勒蒙（Ken Lemon）說", "TW", [("勒蒙", "主席", "全國黑人記者協會", None, "current")]),
    ("印度国务部长穆拉里达兰到机场迎接", None, [("穆拉里达兰", "国务部长", "印度", "IN", "current")]),
    # Round 9, classes from the broad audit (tests/cases/officials_audit_round9.jsonl): a rank before a
    # title names another post (聯合主席, 执行主任, 第一副总理) and the body before it is still read;
    # UN members the country table lacked; a head of state's party membership is no body; the
    # election's year between a party and a candidacy.
    ("競選團隊聯合主席瑞奇蒙（Cedric Richmond）宣布，她計畫明天發表演說。", None,
     [("瑞奇蒙", "聯合主席", "競選團隊", None, "current")]),
    ("环境规划署执行主任阿奇姆·施泰纳在环境大会上指出", None,
     [("阿奇姆·施泰纳", "执行主任", "环境规划署", None, "current")]),
    ("韩正在北京同俄罗斯第一副总理别洛乌索夫通电话。", None,
     [("别洛乌索夫", "第一副总理", "俄罗斯", "RU", "current")]),
    ("国家主席习近平在利雅得会见毛里塔尼亚总统加兹瓦尼。", None,
     [("习近平", "国家主席", None, "CN", "current"), ("加兹瓦尼", "总统", "毛里塔尼亚", "MR", "current")]),
    ("张德江在钓鱼台国宾馆会见刚果(布)总统萨苏。", None, [("萨苏", "总统", "刚果(布)", "CG", "current")]),
    ("民主黨籍總統拜登簽署法律，規定字節跳動必須撤資。", "TW", [("拜登", "總統", None, "US", "current")]),
    ("美國前總統、共和黨2024總統參選人川普，日前險些遭暗殺。", "TW",
     [("川普", "總統", "美國", "US", "former"), ("川普", "總統參選人", "共和黨", "US", "current")]),
    ("大陸社科院國家金融與發展實驗室研究員劉磊表示", "TW",
     [("劉磊", "研究員", "社科院國家金融與發展實驗室", "CN", "current")]),
    # Round 10, classes from the second broad audit (tests/cases/officials_audit_round10.jsonl), in both
    # scripts: a post run for (參選/大選 right before it) is held by no one named after it, though a
    # candidacy title is; 常务 before a deputy's title is its own post; a name goes on past its dot
    # (歐加修．寇蒂茲); 该州/该国 before a post takes the place named last.
    ("搬出2018代表國民黨參選台北市長丁守中的臉書貼文。", "TW", []),
    ("看图表掌握新局 2022大选桃园市长张善政郑运鹏", "TW", []),
    ("國民黨桃園市長參選人張善政今天上午提出政見", "TW",
     [("張善政", "桃園市長參選人", "國民黨", "TW", "current")]),
    ("农工党中央主席陈竺出席会议，常务副主席刘晓峰主持开幕会。", None,
     [("陈竺", "主席", "农工党中央", "CN", "current"), ("刘晓峰", "常务副主席", None, "CN", "current")]),
    ("民進黨中央常務副主席王陸輝主持會議", "TW", [("王陸輝", "常務副主席", "民進黨中央", "TW", "current")]),
    ("紐約州民主黨眾議員歐加修．寇蒂茲表示，「我需要人們了解。」", "TW",
     [("歐加修．寇蒂茲", "眾議員", "民主黨", "US", "current")]),
    ("在威斯康星州一些地区出现抗议活动，该州州长托尼·埃弗斯24日下令部署国民警卫队。", None,
     [("托尼·埃弗斯", "州长", None, "US", "current")]),
    ("在威斯康辛州一些地區出現抗議活動，該州州長托尼·埃弗斯24日下令部署國民警衛隊。", "TW",
     [("托尼·埃弗斯", "州長", None, "US", "current")]),
    # A foreign-looking name without a country, or a home-country default for an office home lacks
    # (resources/offices_abroad.txt), takes the country its clause names, else the article's one foreign
    # country.
    ("他們與北京敵對，代表人物包括參議員魯比歐、前國務卿龐皮歐和前白宮國安顧問歐布萊恩。", "TW",
     [("魯比歐", "參議員", None, "US", "current"), ("龐皮歐", "國務卿", None, "US", "former"),
      ("歐布萊恩", "國安顧問", "白宮", "US", "former")]),
    ("戈登反對前總統布希出兵伊拉克。白宮國安顧問蘇利文、白宮副國安顧問范納是固定成員。", "TW",
     [("布希", "總統", None, "US", "former"), ("蘇利文", "國安顧問", "白宮", "US", "current"),
      ("范納", "副國安顧問", "白宮", "US", "current")]),
    ("美国总统拜登17日会见来访客人。伊朗经济事务与财政部长汉杜齐表示，制裁无效。", None,
     [("拜登", "总统", "美国", "US", "current"), ("汉杜齐", "财政部长", "财政部", "IR", "current")]),
    # 蒙古 inside 内蒙古 names no country.
    ("今年4月22号，内蒙古西乌旗农牧局局长吉日嘎拉在扑救草原大火中牺牲。", None,
     [("吉日嘎拉", "局长", "内蒙古西乌旗农牧局", None, "current")]),
    # A civic body named by a quoted slogan keeps it; a head of state never serves a quoted phrase; 故 is
    # former; a rank of the same post and a list of the body's officers share its body; a body that is a
    # verb's object before 的 is not the post's.
    ("「反萊豬、大眾走」聯盟召集人陳思宇今表示", "TW",
     [("陳思宇", "召集人", "「反萊豬、大眾走」聯盟", "TW", "current")]),
    ("她開門見山表示「永遠感謝」總統拜登，並矢言打敗川普", "TW", [("拜登", "總統", None, "US", "current")]),
    ("日本故首相安倍晉三前顧問谷口智彥說", "TW", [("安倍晉三", "首相", "日本", "JP", "former")]),
    ("中华全国妇女联合会原主席、名誉主席彭珮云同志因病逝世", None,
     [("彭珮云", "主席", "中华全国妇女联合会", "CN", "former"),
      ("彭珮云", "名誉主席", "中华全国妇女联合会", "CN", "current")]),
    ("民進黨立院黨團幹事長劉世芳、副幹事長蔡易餘今日召開記者會", "TW",
     [("劉世芳", "幹事長", "民進黨立院黨團", "TW", "current"), ("蔡易餘", "副幹事長", "民進黨立院黨團", "TW", "current")]),
    ("提醒执意参拜靖国神社的首相安倍晋三倾听国际社会", None, [("安倍晋三", "首相", None, "JP", "current")]),
    # Checked on a second, fresh draw of 300 articles: quotation marks do not end the clause that names
    # the country; a world or European body's officer takes no country from the clause or the paragraph
    # (but a state's 国际贸易促进局 does); 高階 is a rank.
    ("此前，伊拉克什叶派民兵武装“人民动员组织”下属“正义联盟”领导人卡伊斯·卡扎利称，为报复美军", None,
     [("卡伊斯·卡扎利", "领导人", "正义联盟", "IQ", "current")]),
    ("领导人宣布自我隔离，包括葡萄牙总理科斯塔、西班牙首相桑切斯、欧洲理事会主席米歇尔等。", None,
     [("科斯塔", "总理", "葡萄牙", "PT", "current"), ("桑切斯", "首相", "西班牙", "ES", "current"),
      ("米歇尔", "主席", "欧洲理事会", None, "current")]),
    ("該部門也在調查國際奧會高階主管巴羅斯（Kirsty Burrows）。美國總統拜登說", "TW",
     [("巴羅斯", "高階主管", "國際奧會", None, "current"), ("拜登", "總統", "美國", "US", "current")]),
    ("参加进口博览会的阿根廷投资和国际贸易促进局局长特里波迪表示", None, [("特里波迪", "局长", None, "AR", "current")]),
]

NO_OFFICIALS = [
    "拜登宣布放棄競選總統連任，並支持副總統。",
    "總統府發言人表示，將審慎處理。",
    "競選委員會已經為賀錦麗總統選戰募得數億美元。",
    "美俄兩國總統都表示願意談判。",
    "外交部發言人表示，中方堅決反對。",
    "他擔任台北市長任內曾說要開放。",
    "川普最信任的顧問之一李萬度斯基表示",
    "中國國家主席出訪，國務院總理隨行。",
    "盧秀燕提出「市長換人、空氣換新」政見",  # jieba tags 換人 a name
    "鄭文燦指出，他擔任市長桃園市民卡發行量達180萬張",  # a place after the title
    "他代表中國出席會議，也代表民進黨發言。",  # bare 代表 is a verb
    "民意代表李四今天表示",  # 代表 with no body or posting before it
    "会议通过的《内罗毕部长宣言》就非洲问题达成共识",  # a document's name (宣言 tagged a name)
    "川普被聯邦特別檢察官辦公室（OSC）起訴",  # the title names a body
    "促进白中关系发展始终是白总统办公厅的重要责任",  # the post's office; 白 is Belarus
]


# Classes from the fresh officials gold (tests/gold_fresh/officials, batch 1), each a sentence of it.
FRESH_GOLD = [
    # A dictionary verb after a transliterated name is read as written, not its first syllable glued on.
    ("民主黨總統候選人賀錦麗提及，「我們正在進行的工作」。", "TW",
     [("賀錦麗", "總統候選人", "民主黨", "US", "current")]),
    # 取代 (replace) ends in 代 but makes no acting holder; 準 (presumptive) stays in the title.
    ("美國副總統賀錦麗自從取代總統拜登，成為民主黨準總統候選人以來", "TW",
     [("賀錦麗", "副總統", "美國", "US", "current"), ("拜登", "總統", None, "US", "current")]),
    ("放心將美國經濟交給民主黨準總統候選人賀錦麗處理的民眾", "TW",
     [("賀錦麗", "準總統候選人", "民主黨", "US", "current")]),
    # A translator's bracketed frame before the name.
    ("拜登表示：「我們認為，（中國國家主席）習近平目前聚焦在國內的各項經濟挑戰」", "TW",
     [("習近平", "國家主席", "中國", "CN", "current")]),
    # An apposition chain (，也是 / ，同時也是 … 的) ending on the name gives the name to the first title.
    ("民主黨總統候選人，也是現任副總統賀錦麗，在海倫颶風肆虐過後前往災區勘災", "TW",
     [("賀錦麗", "總統候選人", "民主黨", "US", "current"), ("賀錦麗", "副總統", None, "US", "current")]),
    ("共和黨總統候選人川普介紹特斯拉執行長，同時也是社群媒體X老闆的馬斯克出場。", "TW",
     [("川普", "總統候選人", "共和黨", "US", "current"), ("馬斯克", "執行長", "特斯拉", "US", "current")]),
    # A firm's investment posts with the firm written; bare 市場策略師 is no row.
    ("Baird投資策略師梅菲德也認為，太陽能股是評估的方式之一。市場策略師表示，太陽能股會漲。", "TW",
     [("梅菲德", "投資策略師", "Baird", None, "current")]),
    # 会见 (tagged a noun) ends the body before the title.
    ("李克强将同论坛国际工商理事会代表对话交流，会见论坛主席施瓦布，并举行双边会晤。", None,
     [("施瓦布", "主席", "论坛", None, "current")]),
    # 联邦安全局 is the body's name; 俄 is the country.
    ("俄联邦安全局局长博尔特尼科夫向俄总统普京汇报追捕嫌疑人工作进展。", None,
     [("博尔特尼科夫", "局长", "联邦安全局", "RU", "current"), ("普京", "总统", "俄", "RU", "current")]),
    # Batch 2: 叙/土 are one-character country forms before a title (叙总统, 土外长), like 俄总统.
    ("叙总统巴沙尔·阿萨德17日在首都大马士革宣誓就职。", None, [("巴沙尔·阿萨德", "总统", "叙", "SY", "current")]),
    ("土总统埃尔多安批评多国。", None, [("埃尔多安", "总统", "土", "TR", "current")]),
    # A quotation holding only the frame, followed by its original and 暫譯, names a film, not a post.
    ("但仍能像近日另一部賣座傳記電影「雷根總統」（Reagan，暫譯）一樣受惠於上映時機。", "TW", []),
    # Batch 3: names listed before a count and a list of posts (常委、委员) hold one post each, unwritten.
    ("冯巩、张道宏、高峰、陶凯元等16位全国政协常委、委员作大会发言。", None, []),
    # A thanking verb jieba tags a name (謝謝/nr) and a name before 與 are no part of the body; 召委.
    ("朱立倫說，謝謝國民黨立法院黨團總召傅崐萁、財政委員會召委陳玉珍的辛苦。", "TW",
     [("傅崐萁", "總召", "國民黨立法院黨團", "TW", "current"), ("陳玉珍", "召委", "財政委員會", "TW", "current")]),
    # 參選人 with the party written is a candidacy.
    ("一張總統拜登（Joe Biden）頭戴共和黨參選人川普競選帽的照片在網路上瘋傳。", "TW",
     [("拜登", "總統", None, "US", "current"), ("川普", "參選人", "共和黨", "US", "current")]),
    # 习副主席 (2012): a surname alone before 副主席, once the full name was read.
    ("国家副主席习近平17日在人民大会堂会见外宾。他说，完全赞同习副主席对两国关系的看法。", None,
     [("习近平", "国家副主席", None, "CN", "current"), ("习", "副主席", None, "CN", "current")]),
    # 美國|聯邦|參議員: 聯邦 is the federal level, not a long form of the US (the body is the country as
    # written); 澳大利亞聯邦 is Australia's long form.
    ("美國聯邦參議員盧比歐（Marco Rubio）說。", "TW", [("盧比歐", "參議員", "美國", "US", "current")]),
    ("澳大利亞聯邦總督赫爾利說。", "TW", [("赫爾利", "總督", "澳大利亞聯邦", "AU", "current")]),
    # A post written as a known person's serves that person's country (not the home country by default).
    ("川普的前顧問康威說。", "TW", [("康威", "顧問", None, "US", "former")]),
    ("川普前國安顧問波頓說。", "TW", [("波頓", "國安顧問", None, "US", "former")]),
    # Batch 4: a firm's analyst and founder with the firm written (bare 分析師 is none); 暨 joins titles
    # and starts no name; a firm named after its founder (艾修/nr|資本) is a body; 庭長; 戰略溝通協調官.
    ("鴻海創辦人郭台銘表示。", "TW", [("郭台銘", "創辦人", "鴻海", "TW", "current")]),
    ("宜蘭地方法院庭長黃永勝指出。", "TW", [("黃永勝", "庭長", "宜蘭地方法院", "TW", "current")]),
    ("白宮國安會戰略溝通協調官柯比（John Kirby）今天告訴記者。", "TW",
     [("柯比", "戰略溝通協調官", "白宮國安會", "US", "current")]),
    # 兼 joins two posts and starts no name; Taiwan's C-level titles (技術長, 財務長).
    ("軟體供應鏈安全公司Manifest共同創辦人兼技術長巴登斯坦（Daniel Bardenstein）說。", "TW",
     [("巴登斯坦", "共同創辦人", "Manifest", None, "current"), ("巴登斯坦", "技術長", "Manifest", None, "current")]),
    # A list of titles whose next body was read short at its 的 (中央党的|群众路线…领导小组) still shares the name.
    ("中共中央政治局常委、中央党的群众路线教育实践活动领导小组组长刘云山出席会议。", None,
     [("刘云山", "政治局常委", "中共中央", "CN", "current"),
      ("刘云山", "组长", "群众路线教育实践活动领导小组", "CN", "current")]),
    # Batch 5: the model's PERSON span ends the last listed name whatever verb follows (参观); a fused head
    # of one body (行政院長) is held by one person, so a name after 、 is someone else; 分析家 is a role
    # that passes a list's name to the post before it.
    ("看到行政院長蘇貞昌、賴清德下鄉公投開講，猛打抗中保台。", "TW",
     [("蘇貞昌", "行政院長", "行政院", "TW", "current")]),
    # Batch 6: a ministry's fused title keeps its whole name (文化旅游部长); a name jieba tags a verb right
    # after a title (甘迺迪/v); a question mark for a lost middle dot between transliteration syllables.
    ("印度尼西亚文化旅游部长冯慧兰和新西兰贸易部长蒂姆？格罗泽说。", None,
     [("冯慧兰", "文化旅游部长", "文化旅游部", "ID", "current"), ("蒂姆？格罗泽", "贸易部长", "贸易部", "NZ", "current")]),
    ("曾於網上搜尋有關前總統甘迺迪1963年11月遇刺的詳細資料。", "TW", [("甘迺迪", "總統", None, None, "former")]),
    # 議長 is the bare post; 聯邦眾議院 the body.
    ("前美國聯邦眾議院議長裴洛西（Nancy Pelosi）拒絕出席以色列總理納坦雅胡的演講", "TW",
     [("裴洛西", "議長", "聯邦眾議院", "US", "former"), ("納坦雅胡", "總理", "以色列", "IL", "current")]),
    # Batch 7: a party before a head of state's post is his membership (as 民主黨籍總統拜登), not the body;
    # a party's own leader keeps it.
    ("民主黨亞當斯與共和黨前總統川普均涉案被法辦。", "TW", [("川普", "總統", None, "US", "former")]),
    ("回到台灣，民進黨前總統陳水扁國務費等案，及國民黨前總統馬英九「三中案」均曾遭傳喚。", "TW",
     [("陳水扁", "總統", None, "TW", "former"), ("馬英九", "總統", None, "TW", "former")]),
    ("黎真主党领导人卡西姆9日指责以色列。", None, [("卡西姆", "领导人", "真主党", "LB", "current")]),
    # a count of people before a title (幾位民進黨立委) names a group: the next person's title is not shared
    ("綠委蘇巧慧以及其它幾位民進黨立委、經濟部次長曾文生都在場。", "TW",
     [("蘇巧慧", "綠委", "民進黨", "TW", "current"), ("曾文生", "次長", "經濟部", "TW", "current")]),
    # an editor's gloss （指X） after a title names its holder; 衛環 is a Legislative Yuan committee
    ("後卻發文指「無法理解」國民黨衛環召委（指陳玉珍）以保護為名勘察藻礁。", "TW",
     [("陳玉珍", "召委", "國民黨衛環", "TW", "current")]),
    # 時任/現任 + post + 的 + holder is a frame (corpus: 時任澳洲總理的莫里森, 时任浙江省委书记的习近平);
    # with no name after 的 there is none.
    ("2018年時任中選會主委的陳英鈐，承認中選會選務沒辦好。", "TW", [("陳英鈐", "主委", "中選會", "TW", "former")]),
    ("时任福州市委书记的习近平同志在调研中发现这个情况。", None,
     [("习近平", "福州市委书记", "福州市委", "CN", "former")]),
    ("時任總統的政策不變。", "TW", []),
    # Batch 8: staff posts (特助, 人事長); 時任 before the name of a name-then-title frame; a title inside
    # the model's ORG that runs past the "name" (海洋委員|海洋|保育署) makes no frame.
    ("就是民進黨新北市議員李余典前特助黃取榮，他和民進黨民主學院前副主任邱世元都因涉入共諜案。", "TW",
     [("李余典", "議員", "民進黨", "TW", "current"), ("黃取榮", "特助", None, "TW", "former"),
      ("邱世元", "副主任", "民進黨民主學院", "TW", "former")]),
    ("行政院人事行政總處人事長蘇俊榮表示。", "TW", [("蘇俊榮", "人事長", "行政院人事行政總處", "TW", "current")]),
    # two fields joined by 及 between a school and an academic post are still the field
    ("長期研究中西部的南達科他大學歷史及政治學教授勞克（Jon K. Lauck）接受Politico採訪時分析。", "TW",
     [("勞克", "教授", "南達科他大學", None, "current")]),  # US comes from the article (batch 7)
    # Batch 6 (still wrong after its rules): an ambassador with a remit is one post and hangs off its
    # country; a posting written short (駐聯) that no lexicon knows is still the posting.
    ("米尼奥？布兰科？门多萨、韩国经济通商大使朴泰镐、新西兰贸易部长格罗泽出席。", None,
     [("朴泰镐", "经济通商大使", "韩国", "KR", "current"), ("格罗泽", "贸易部长", "贸易部", "NZ", "current")]),
]


@pytest.mark.parametrize("text, region, expected", FRESH_GOLD)
def test_fresh_gold_classes(text, region, expected, resources):
    assert rows(frames_only(text, resources, region=region)) == expected


def test_hyphenated_transliteration_and_short_posting(annotate_fn):
    """美國駐聯大使湯瑪斯-葛林斐德 (fresh gold batch 6): the model gives 湯瑪斯- and 葛林斐德 apart; the
    name runs over the hyphen, and 駐聯 (駐聯合國 written short) is the ambassador's posting."""
    text = "美國駐聯大使湯瑪斯-葛林斐德（Linda Thomas-Greenfield）和雙方幕僚會面。"
    found = [(o["name"], o["title"], o["organization"], o["country"]) for o in annotate_fn(text, "2024-09-23")["officials"]]
    assert found == [("湯瑪斯-葛林斐德", "大使", "駐聯", "US")]


@pytest.mark.parametrize("text, name, title", [
    # 作的/作了 after a two-character name is the verb of a report made (fresh gold batch 7, CCTV).
    ("会议听取了全国人大法律委员会副主任委员安建作的关于证券法修订草案修改情况的汇报。", "安建", "副主任委员"),
    ("受国务院委托，国家标准委主任田世宏作了说明。", "田世宏", "主任"),
    # a given name in a rare character (馬馼: OpenCC writes 马𫘜, U+2B61C, outside the basic block)
    ("会议还听取了全国人大常委会代表资格审查委员会主任委员马馼作的关于个别代表的代表资格的报告。", "马馼", "主任委员"),
])
def test_cctv_report_makers(text, name, title, annotate_fn):
    found = annotate_fn(text, "2017-04-24")["officials"]
    assert [(o["name"], o["title"], o["country"]) for o in found] == [(name, title, "CN")]


@pytest.mark.parametrize("text, expected", [
    # batch 1: the model's ORG runs into the Party unit of the title (…社区党支部); the body it serves is
    # the organisation and 原 before it makes the post former
    ("为您介绍原江苏常州市东头村社区党支部书记许巧珍。",
     ("许巧珍", "党支部书记", "江苏常州市东头村社区", "CN", "former")),
    # batch 1: a portfolio between the body and the post (外交及安全政策, 東亞暨太平洋事務)
    ("欧盟外交及安全政策高级代表莫盖里尼表示。", ("莫盖里尼", "高级代表", "欧盟", None, "current")),
    ("美國國務院東亞暨太平洋事務助卿康達說。", ("康達", "助卿", "國務院", "US", "current")),
    # an administration named after its head (川普政府) is the body, and 前 before it dates the post
    ("前川普政府國安顧問波頓表示。", ("波頓", "國安顧問", "川普政府", "US", "former")),
    ("拜登政府國務卿布林肯說。", ("布林肯", "國務卿", "拜登政府", "US", "current")),
    # a head of state's office (总统办公厅, 總統辦公室) is a body whose name opens with a title
    ("俄罗斯总统办公厅主任瓦伊诺说。", ("瓦伊诺", "主任", "总统办公厅", "RU", "current")),
    ("烏克蘭總統辦公室主任葉爾馬克表示。", ("葉爾馬克", "主任", "總統辦公室", "UA", "current")),
    # batch 3: a factory's workshop is the body of its 主任
    ("有人就对车间主任景寿堂提出了批评。", ("景寿堂", "主任", "车间", "CN", "current")),
    # batch 6: a listed company the organisations lexicon knows is the body of its chair
    ("可成董事長洪水樹今天也在場。", ("洪水樹", "董事長", "可成", "TW", "current")),
    ("和碩董事長童子賢說。", ("童子賢", "董事長", "和碩", "TW", "current")),
])
def test_body_read_past_what_stands_between(text, expected, annotate_fn):
    found = annotate_fn(text, "2016-01-01")["officials"]
    assert [(o["name"], o["title"], o["organization"], o["country"], o["status"]) for o in found] == [expected]


def test_batch8_status_before_name_and_title_inside_a_body(annotate_fn):
    """時任|賴清副總統 (the text's typo kept): former; 海洋委員海洋保育署署長黃向文: no 委員 row for 海洋."""
    found = annotate_fn("以及時任賴清副總統機要吳尚雨，都涉嫌交付公務機密給中共。", "2025-04-17")["officials"]
    assert [(o["name"], o["title"], o["status"]) for o in found][:1] == [("賴清", "副總統", "former")]
    text = "懷疑與颱風7、8月靠近台灣有關。海洋委員海洋保育署署長黃向文指出，市府談妥。"
    found = annotate_fn(text, "2021-09-09")["officials"]
    assert [(o["name"], o["title"], o["organization"]) for o in found] == [("黃向文", "署長", "海洋保育署")]


def test_a_name_glossed_in_latin_takes_the_articles_foreign_country(annotate_fn):
    """法官莫城（Juan Merchan） (fresh gold batch 6): shaped like a Chinese name, but glossed in Latin
    letters, so a foreign judge in a story on a US trial takes the article's foreign country."""
    text = ("（中央社紐約19日綜合外電報導）針對美國前總統川普（Donald Trump）的請求，紐約檢察官表示不反對。"
            "根據一封致法官莫城（Juan Merchan）的信件，檢察官表示將遵從法院決定。法官莫城預定9月18日對川普做出判刑。"
            "川普與民主黨總統候選人賀錦麗（Kamala Harris）將於11月5日決戰。")
    found = [(o["name"], o["title"], o["country"]) for o in annotate_fn(text, "2024-08-20")["officials"]]
    assert found.count(("莫城", "法官", "US")) == 2, found


def test_last_listed_name_ends_at_the_models_person_span(builder, resources):
    """…王岐山、张高丽|参观展览 (fresh gold batch 5): with the NER's PERSON span the last listed name
    ends there, whatever verb follows it."""
    from pipeline.annotate import annotate

    article, _ = builder.build(text="中共中央政治局常委俞正声、刘云山、王岐山、张高丽参观展览。", source="t",
                               article_id="t", published="2016-09-23", lang="zh-Hans")
    found = [(o.name, o.title) for o in annotate(article, resources).officials]
    assert found == [(name, "政治局常委") for name in ("俞正声", "刘云山", "王岐山", "张高丽")]


def test_no_listed_name_after_yu(builder, resources):
    """共和黨總統候選人川普與盧默過從甚密: after 與 the PERSON span does not make a listed holder (the
    round-9 draw, checked after the batch-5 rule)."""
    from pipeline.annotate import annotate

    text = "美國極右陰謀論者盧默近期屢發歧視言論，白宮今天譴責共和黨總統候選人川普與盧默過從甚密。"
    article, _ = builder.build(text=text, source="t", article_id="t", published="2024-09-12", lang="zh-Hant")
    assert [(o.name, o.title) for o in annotate(article, resources).officials] == [("川普", "總統候選人")]


def test_firm_post_needs_a_body(resources):
    """資深中國分析師李子謙: 中國 names the analyst's field, not a firm; a firm's post needs its body."""
    text = "經濟學人資訊社（Economist Intelligence Unit）資深中國分析師李子謙說。"
    assert rows(frames_only(text, resources, region="TW")) == []


def test_a_firm_post_takes_no_country_from_the_article(annotate_fn):
    """AJ Bell分析師穆德 (fresh gold batch 4) in a story on the US election: the firm is not placed by the
    text, so its analyst has no country (the gold's convention), not the article's foreign country."""
    text = ("美國總統拜登與共和黨總統候選人川普將在11月5日對決。"
            "AJ Bell分析師穆德（Russ Mould）選前受訪表示，股市上漲。")
    found = {o["name"]: o["country"] for o in annotate_fn(text, "2024-11-04")["officials"]}
    assert found.get("穆德", "missing") is None and found.get("拜登") == "US", found


def test_firm_analyst_is_bound(resources):
    """AJ Bell分析師穆德: a post with the firm written; bare 分析師 gives no row. (The country is left
    unchecked: the gold leaves a firm the text does not place null, the stage gives US.)"""
    article = frames_only("AJ Bell分析師穆德（Russ Mould）選前受訪表示。分析師指出，股市上漲。", resources, region="TW")
    assert [(o.name, o.title, o.organization) for o in article.officials] == [("穆德", "分析師", "AJ Bell")]


@pytest.mark.parametrize("text, region, expected", TAIWAN_STYLE + MAINLAND_STYLE + RANKS_AND_BODIES)
def test_title_frames(text, region, expected, resources):
    assert rows(frames_only(text, resources, region=region)) == expected


@pytest.mark.parametrize("text", NO_OFFICIALS)
def test_no_official_without_a_name(text, resources):
    assert frames_only(text, resources).officials == []


def test_title_list_gives_one_row_per_title(resources):
    text = "中共中央总书记、国家主席、中央军委主席习近平在北京会见了他。"
    article = frames_only(text, resources)
    assert rows(article) == [
        ("习近平", "总书记", "中共中央", "CN", "current"),
        ("习近平", "国家主席", None, "CN", "current"),
        ("习近平", "主席", "中央军委", "CN", "current"),
    ]
    assert {(o.name_start, o.name_end) for o in article.officials} == {(text.index("习近平"), text.index("习近平") + 3)}


def test_spans_index_the_stored_text(resources):
    text = "兩天後，大陸外交部發言人郭嘉昆再次回絕這個談判邀約。"
    article = frames_only(text, resources)
    (official,) = article.officials
    assert text[official.start : official.end] == "大陸外交部發言人郭嘉昆"
    assert text[official.name_start : official.name_end] == "郭嘉昆"


def test_frames_add_person_and_title_mentions(resources):
    text = "大陸外交部發言人郭嘉昆說，川普表示不同意。川普總統隨後離開。"
    article = frames_only(text, resources)
    found = {(m.text, m.label) for m in article.mentions}
    assert {("郭嘉昆", "PERSON"), ("發言人", "TITLE"), ("外交部", "ORG"), ("大陸", "GPE")} <= found
    assert sum(1 for m in article.mentions if m.text == "川普" and m.label == "PERSON") == 2
    assert [m.mention_id for m in article.mentions] == list(range(len(article.mentions)))
    assert all(a.end <= b.start for a, b in zip(article.mentions, article.mentions[1:]))
    assert all(text[m.start : m.end] == m.text for m in article.mentions)


def test_two_character_alias_respects_word_boundaries(resources):
    article = frames_only("国务院总理李强强调，要稳住外贸。", resources)
    assert [(m.text, m.label) for m in article.mentions if m.label == "PERSON"] == [("李强", "PERSON")]


def test_bare_title_refers_back_to_the_named_official(resources):
    text = "大陸外交部發言人郭嘉昆週一表示反對。發言人並說，中方不會參與。"
    article = frames_only(text, resources)
    at = text.index("發言人並說")
    referent = official_for_title(article, "發言人", at + 3)
    assert referent is not None and referent.name == "郭嘉昆"
    assert official_for_title(article, "總統", at + 3) is None


def test_english_articles_use_the_english_frames(resources):
    article = Article(article_id="e", lang="en", text="President Trump said so.", content_hash="e")
    assert [(o.name, o.title) for o in find_officials(article, resources).officials] == [("Trump", "President")]


def test_names_listed_after_one_title(resources):
    article = frames_only("党和国家领导人习近平、李克强、张德江出席晚会。", resources)
    assert [o.name for o in article.officials] == ["习近平", "李克强", "张德江"]
    article = frames_only("智庫已邀請國民黨立委呂玉玲、吳怡玎、洪孟楷及魯明哲等多位委員連署。", resources, region="TW")
    assert [(o.name, o.title, o.organization) for o in article.officials] == [
        ("呂玉玲", "立委", "國民黨"), ("吳怡玎", "立委", "國民黨"), ("洪孟楷", "立委", "國民黨"), ("魯明哲", "立委", "國民黨")
    ]
    # 總統 is held by one person at a time: the next name is someone else's.
    article = frames_only("美國總統拜登、賀錦麗和川普都出席。", resources)
    assert [o.name for o in article.officials] == ["拜登"]


def test_organisation_shared_across_jian(resources):
    article = frames_only("全国人大常委会副委员长兼秘书长李建国作了报告。", resources)
    assert [o.organization for o in article.officials] == ["全国人大常委会", "全国人大常委会"]
    article = frames_only("陸委會副主委兼發言人梁文傑表示", resources, region="TW")
    assert [(o.title, o.organization) for o in article.officials] == [("副主委", "陸委會"), ("發言人", "陸委會")]


def test_body_written_before_a_name_then_title(resources):
    # 新北市政府經濟發展局何怡明局長: the body before the name is the post's; not a common word that ends
    # like a body (領會|習近平總書記) nor a party before a head of state's name.
    article = frames_only("發言人何怡明說，新北市政府經濟發展局何怡明局長說，要領會習近平總書記講話。民進黨蔡英文總統說。",
                          resources)
    assert [(o.name, o.title, o.organization) for o in article.officials] == [
        ("何怡明", "發言人", None), ("何怡明", "局長", "新北市政府經濟發展局"), ("習近平", "總書記", None),
        ("蔡英文", "總統", None)]


def test_titles_listed_after_a_name(resources):
    # 习近平总书记、国家主席的问候: both titles are his; a list going on (、…和) names other people.
    article = frames_only("王沪宁转达了习近平总书记、国家主席的亲切问候。川普總統、國務卿和國防部長都出席。", resources)
    assert rows(article) == [("习近平", "总书记", None, "CN", "current"), ("习近平", "国家主席", None, "CN", "current"),
                             ("川普", "總統", None, "US", "current")]


def test_names_listed_before_a_count_and_title(resources):
    # The list is read back from the count; the frame before 以及 is not part of it.
    article = frames_only("国家发展和改革委员会主任徐绍史以及厉以宁、陈锡文、易纲等三位全国政协委员回答了提问。"
                          "于广州、珠康·土登克珠、王天戈等12位常委作大会发言。吴政隆等陪同人员同机抵达。", resources)
    assert [(o.name, o.title, o.organization, o.country) for o in article.officials] == [
        ("徐绍史", "主任", "国家发展和改革委员会", "CN"), ("厉以宁", "委员", "全国政协", "CN"),
        ("陈锡文", "委员", "全国政协", "CN"), ("易纲", "委员", "全国政协", "CN"),
        ("于广州", "常委", None, "CN"), ("珠康·土登克珠", "常委", None, "CN"), ("王天戈", "常委", None, "CN")]


def test_country_along_a_list_of_guests(resources):
    # 会见…国家主席通伦，总理宋赛: the next frame right after a name and a comma is of the same list.
    article = frames_only("王沪宁会见老挝人民革命党中央总书记、国家主席通伦，总理宋赛，国会主席赛宋蓬。", resources)
    assert [(o.name, o.title, o.country) for o in article.officials] == [
        ("通伦", "总书记", "LA"), ("通伦", "国家主席", "LA"), ("宋赛", "总理", "LA"), ("赛宋蓬", "主席", "LA")]
    # A country the alias table gives the previous guest (潘基文 → KR) is his own, not the list's.
    article = frames_only("出席的有国际奥委会道德委员会主席潘基文，联合国大会主席阿卜杜拉·沙希德等。", resources)
    assert [(o.name, o.country) for o in article.officials] == [("潘基文", "KR"), ("阿卜杜拉·沙希德", None)]


@pytest.mark.xfail(strict=True, reason="a country named only in an earlier sentence is not carried to a bare title")
def test_country_from_an_earlier_sentence(resources):
    article = frames_only("委內瑞拉外長希爾5日發表談話。他隨後說，總統馬杜羅的做法正確。", resources, region="TW")
    assert rows(article)[-1][:4] == ("馬杜羅", "總統", "委內瑞拉", "VE")


# --------------------------------------------------------------------------------------
# The sample articles, through the whole pipeline

TRUMP_ARTICLE = {
    ("川普", "總統", "US", "current"),
    ("習近平", "國家主席", "CN", "current"),
    ("李在明", "總統", "KR", "current"),
    ("郭嘉昆", "發言人", "CN", "current"),
    ("陸慷", "發言人", "CN", "former"),
    ("毛寧", "發言人", "CN", "current"),
    ("胡錫進", "總編輯", "CN", "former"),
    ("耿爽", "副代表", "CN", "current"),
    ("盧特尼克", "商務部長", "US", "current"),
}
TREATY_ARTICLE = {
    ("奧巴馬", "總統", "US", "former"),
    ("梅德韋傑夫", "總統", "RU", "former"),
    ("普京", "總統", "RU", "current"),
    ("林劍", "發言人", "CN", "current"),
    ("托夫特", "教授", "US", "current"),  # academic posts are offices (dev-gold guideline 3)
    ("賓根", "高級研究員", "US", "current"),
}


def _sample_rows(article: Article) -> set[tuple]:
    return {(o.name, o.title, o.country, o.status) for o in article.officials}


def test_trump_article_officials(trump_article):
    assert _sample_rows(trump_article) == TRUMP_ARTICLE
    by_name = {o.name: o for o in trump_article.officials}
    assert by_name["郭嘉昆"].organization == "外交部"
    assert by_name["胡錫進"].organization == "環球時報"
    assert by_name["川普"].entity_id and by_name["川普"].entity_id == by_name["川普"].entity_id


def test_treaty_article_officials(treaty_article):
    assert _sample_rows(treaty_article) == TREATY_ARTICLE


def test_sample_officials_spans(annotated_samples):
    for article in annotated_samples.values():
        for official in article.officials:
            assert article.text[official.name_start : official.name_end] == official.name
            assert official.start <= official.name_start < official.name_end <= official.end
            assert official.entity_id is not None


# --------------------------------------------------------------------------------------
# Real news checked by hand: (name, title) of every official frame, in the benchmark corpora
# (../shared/corpus, tests and development only).  The first 38 articles were read while the
# rules were written; the last 35 were annotated before the rules saw them (four rounds).
# Since issue 4 the titles follow the dev-gold guidelines: the longest title as written
# (政治局常委, and fused 台南市長 / 衛生局長 like 行政院長) and academic posts (教授) count;
# 国务院总理 is 总理 of the body 国务院, like 国务院副总理.

SHARED_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"

HAND_CHECKED: dict[str, list[tuple[str, str]]] = {
    # Taiwan news (tw_politics_zh_hant)
    "ndc-news_0199efffb599b507587946d1c6d35bd4": [("川普", "總統候選人"), ("尹錫悅", "總統"), ("納坦雅胡", "總理"), ("毛寧", "發言人"), ("毛寧", "發言人")],
    "ndc-news_b2dd0c4ef312b60672cf6b8336dfad5f": [("川普", "總統候選人"), ("賀錦麗", "副總統"), ("拜登", "總統"), ("泰勒", "發言人")],
    "ndc-news_0e56fabca13c8851571009784ff7e9a9": [("拜登", "總統"), ("賀錦麗", "副總統"), ("川普", "總統候選人"), ("貝茨", "發言人")],
    "ct-03c7da6a4fe83023": [("簡舒培", "發言人")],
    "ct-e28b02755464bd30": [("蘇貞昌", "行政院長"), ("羅秉成", "發言人")],
    "ct-1ab78150f0bf968f": [("羅秉成", "發言人"), ("何宗勳", "理事長"), ("羅秉成", "發言人")],
    "udn-1b638712b15e37dc": [("邱莉莉", "發言人"), ("許添財", "市長"), ("呂維胤", "發言人"), ("黃偉哲", "台南市長")],
    "ndc-news_d7aa4811ef84ec724b194ee86a4cfc7e": [("蘇利文", "國安顧問"), ("蘇利文", "國家安全顧問"), ("拜登", "總統"), ("習近平", "國家主席"), ("王毅", "政治局委員"), ("王毅", "主任"), ("卡特", "總統")],
    "ndc-news_0b086a89b11dfe2c11337ffa10e5379d": [("賀錦麗", "候選人"), ("川普", "候選人")],
    "ndc-news_12c781113f03cf05a6a20262bba535b4": [("賀錦麗", "總統候選人")],
    "ndc-news_20ef73a733ac8d3b180d4a4165779e3e": [("賀錦麗", "總統候選人"), ("狄倫", "發言人"), ("賀錦麗", "副總統"), ("拜登", "總統"), ("范斯", "副總統候選人")],
    "ndc-news_26b9b750a5a55700184f3cd66405df53": [("克羅塞托", "國防部長"), ("辛瓦", "首領"), ("川普", "總統")],
    "ndc-news_2d6eb03b1538ab0ea8e1ecd8e80b7078": [("馬斯克", "執行長"), ("馬斯克", "執行長"), ("賀錦麗", "副總統"), ("拜登", "總統")],
    "ndc-news_3b3fdee17bcad5f16085e3781c9d220d": [],
    "ndc-news_4242bf683d17b2d8f680467e538a23b2": [("川普", "總統候選人"), ("賀錦麗", "候選人")],
    "ndc-news_4e8352d5df53a7d2fcae88bdad0d4547": [("拜登", "總統"), ("賀錦麗", "副總統"), ("希克斯", "主席"), ("哈里森", "主席")],
    "ndc-news_54e06cb948e8f6ca958ca67eb3fdc20c": [("川普", "總統候選人"), ("川普", "總統候選人")],
    # CCTV 新闻联播 (cctv_xwlb_zh_hans)
    "xwlb-VIDE1382527441996179": [],
    "xwlb-VIDEaldB1PPgnlvw05y6ksnt180423": [("习近平", "主席")],
    "xwlb-VIDEeNcmX8FXx7iZcqPHjlDm221124": [("汪洋", "主席"), ("布劳恩", "议长"), ("习近平", "主席"), ("吕特", "首相")],
    "xwlb-VIDE1ECVq7P83yDo0g0wTvx7231120": [("韩正", "国家副主席"), ("费萨尔", "外交大臣")],
    "xwlb-VIDE1369999800464170": [("巴沙尔", "总统")],
    "xwlb-VIDE1384947133337498": [("哈梅内伊", "最高领袖"), ("奥巴马", "总统"), ("扎里夫", "外长")],
    "xwlb-VIDE1429701298902115": [("习近平", "国家主席"), ("佐科", "总统")],
    "xwlb-VIDEQrNm7FxqX5nU3W78zYzH160926": [("俞正声", "政治局常委"), ("俞正声", "主席"), ("习近平", "总书记")],
    "xwlb-VIDEGB2r00pR3HY34zQeRslO170330": [],
    "xwlb-VIDEuchaFEPp0UGstBBDYL2A171113": [("杜特尔特", "总统"), ("李克强", "总理"), ("卡亚塔诺", "外交部长"), ("赵鉴华", "大使"), ("徐步", "大使"), ("杜特尔特", "总统"), ("皮门特尔", "参议长"), ("阿尔瓦雷兹", "众议长")],
    "xwlb-VIDEcEtsHEHsjLuMnEahQCEX181029": [("韩正", "政治局常委"), ("韩正", "副总理"), ("韩正", "副主任"), ("韩正", "主任"), ("习近平", "总书记")],
    "xwlb-VIDE1355098169256329": [("温家宝", "总理"), ("劳尔·卡斯特罗", "主席"), ("劳尔·卡斯特罗", "主席"), ("劳尔", "主席"), ("温家宝", "总理")],
    "xwlb-VIDE1355098137137448": [("胡锦涛", "国家主席"), ("吉尔马·沃尔德·乔治斯", "总统")] + [("梅莱斯", "总理")] * 6 + [("温家宝", "总理"), ("海尔马里亚姆·德萨莱尼", "总理")],
    "xwlb-VIDE1355098170776865": [("李克强", "副总理"), ("法比尤斯", "外长")],
    "xwlb-VIDE1355098174640392": [("胡锦涛", "国家主席"), ("托马·博尼·亚伊", "总统"), ("戴秉国", "国务委员"), ("亚伊", "总统"), ("亚伊", "总统"), ("胡锦涛", "主席")],
    "xwlb-VIDE1355098129969747": [("王会清", "副主任")],
    "xwlb-VIDE1355098159504322": [("阿巴斯", "主席")],
    "xwlb-VIDE1355098141470237": [("胡锦涛", "国家主席"), ("福雷", "总统")],
    "xwlb-VIDE1355098172205547": [("帕夫拉克", "副总理")],
    "xwlb-VIDE1355098180651652": [("扎尔达里", "总统"), ("阿什拉夫", "总理")],
    "xwlb-VIDE1355098134878460": [],
    # checked by hand before the rules were tuned on them (held out), then kept as regression
    "ndc-news_096624c1d21ca525136e4803c12fe1bc": [("川普", "總統候選人"), ("賀錦麗", "總統候選人"), ("拜登", "總統")],
    "ndc-news_1a264b4dae96cc5d10e3c9084eed2f4c": [("川普", "總統")],
    "ndc-news_3c08679fe33acef79d796f703cebe522": [("川普", "總統"), ("裴洛西", "議長"), ("裴洛西", "議長"), ("川普", "總統")],
    "ndc-news_b1272df5d8e046f03a66233ec2c44222": [("尚皮耶", "發言人"), ("拜登", "總統"), ("川普", "總統")],
    "ndc-news_e4d55b3be38d66c3956d1498275d45d7": [],
    "ndc-news_a807c119e2e111734c6df3da75e9a37d": [("拜登", "總統"), ("川普", "總統候選人"), ("賀錦麗", "副總統"), ("拉奇維塔", "顧問")],
    "ndc-news_21ff18d1ccceb194bab8a20b89aa02fa": [("川普", "候選人")],
    "udnp-e172ffc8-010e-4f2d-9cc0-690eb7f3f362": [],
    "ct-bf14558bd5cd3998": [("馬英九", "總統"), ("蔡英文", "總統")],
    "ct-ca2be64f36544da5": [("黃子哲", "副主委"), ("林家興", "副主委"), ("蔡英文", "總統"), ("林杏兒", "副發言人"), ("楊植斗", "副發言人")],
    "ct-a1ab62f6db5794ff": [("李進勇", "主委"), ("王美惠", "綠委"), ("林為洲", "藍委"), ("江啟臣", "藍委"), ("王美惠", "綠委")],
    "xwlb-VIDE1355098138023780": [],
    "xwlb-VIDE1355098146002139": [],
    "xwlb-VIDE1355714035950824": [("李克强", "副总理"), ("卡特", "总统")],
    "xwlb-VIDE1371814320548447": [("科拉尔", "验尸官")],
    "xwlb-VIDE1384083244104595": [("法比尤斯", "外长"), ("扎里夫", "谈判代表"), ("扎里夫", "外长"), ("阿什顿", "高级代表"), ("李保东", "副部长")],
    "xwlb-VIDE1355098158048641": [("吴邦国", "委员长"), ("李显龙", "总理")],
    "xwlb-VIDE1421839976202499": [("李克强", "政治局常委"), ("李克强", "总理")],
    "xwlb-VIDE2BbsUviA1A6vzFKfsyeA160224": [("李克强", "总理"), ("金墉", "行长")],
    "xwlb-VIDEP5Lpisw8inNBK2PL5Nzc160617": [("李克强", "总理"), ("索博特卡", "总理")],
    "ndc-news_0f45a8e911f1b70ad3470c6602960df4": [("川普", "總統候選人")],
    "ndc-news_7ee86585b2ccf08856eb7d697f25d9bd": [("川普", "總統候選人")],
    "ndc-news_d7a80cbcb99b3d7a26fdda21a3772b79": [("夏皮洛", "州長"), ("班森", "州務卿")],
    "ndc-news_ed5c1e054adc4ed080a7d7c2c72db635": [],
    "udnp-034b6276-e275-4da0-9d12-841451ed06c1": [("川普", "總統")],
    "xwlb-VIDE1392377762014184": [("莱塔", "总理"), ("莱塔", "总理"), ("伦齐", "领导人")],
    "xwlb-VIDE1422962640845610": [("佐科", "总统"), ("习近平", "主席"), ("孟建柱", "特使"), ("孟建柱", "政治局委员"),
                                  ("孟建柱", "书记"), ("习近平", "主席"), ("习近平", "主席")],
    "xwlb-VIDE1435663258216850": [],
    "xwlb-VIDE1442230757929475": [],
    "xwlb-VIDEpakbjYjJualEPXzg3TjC160426": [("楼继伟", "部长")],
    "ct-4db77316f5fa4c04": [("林金結", "中常委"), ("林金結", "議員"), ("侯友宜", "新北市長")],
    "ct-29523c88517d6d36": [("蘇貞昌", "行政院長"), ("陳以信", "立委"), ("蔡英文", "總統"), ("蔡英文", "總統")],
    "ct-8a80c7397f64036f": [("黃馨慧", "議員"), ("李中", "議員"), ("曾梓展", "衛生局長"), ("朱暖英", "議員"),
                            ("盧秀燕", "市長")],
    "ct-b102ae9c928f7bd6": [("陳宜倩", "教授"), ("古珮嫆", "代表"), ("葉光芃", "理事長")],
    "ct-ce284d65a9ac22d0": [("陳宜民", "立委")] + [(name, "立委") for name in
                            ("呂玉玲", "吳怡玎", "洪孟楷", "陳玉珍", "萬美玲", "蔣萬安", "鄭正鈐", "魯明哲")],
}


@pytest.fixture(scope="module")
def hand_checked_articles() -> dict[str, dict]:
    wanted, found = set(HAND_CHECKED), {}
    for name in ("tw_politics_zh_hant.jsonl.gz", "cctv_xwlb_zh_hans.jsonl.gz"):
        path = SHARED_CORPUS / name
        if not path.exists():
            pytest.skip(f"{path} not present")
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record["id"] in wanted:
                    found[record["id"]] = record
                if len(found) == len(wanted):
                    break
    return found


def test_hand_checked_corpus_officials(hand_checked_articles, resources):
    """Name + title on real news, without NER mentions: precision and recall both ≥ 0.95."""
    tp = fp = fn = 0
    misses = []
    for article_id, expected in HAND_CHECKED.items():
        record = hand_checked_articles[article_id]
        region = "TW" if record["lang"] == "zh-Hant" else None
        article = frames_only(record["text"], resources, lang=record["lang"], region=region)
        got, want = Counter((o.name, o.title) for o in article.officials), Counter(expected)
        hits = sum((got & want).values())
        tp, fp, fn = tp + hits, fp + sum(got.values()) - hits, fn + sum(want.values()) - hits
        if got != want:
            misses.append((article_id, dict(got - want), dict(want - got)))
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.95 and recall >= 0.95, (precision, recall, misses)


def test_a_person_span_that_swallowed_the_title_is_redrawn(resources):
    text = "美國總統川普表示反對。"
    article = frames_only(text, resources)
    article.mentions = [Mention(article_id="t", mention_id=0, start=2, end=6, text="總統川普", label="PERSON")]
    article = find_officials(article, resources)
    assert [(m.text, m.label) for m in article.mentions] == [("美國", "GPE"), ("總統", "TITLE"), ("川普", "PERSON")]


def test_a_person_span_run_into_the_next_word_is_trimmed(resources):
    text = "北京對川普拉中國入局的操作深有戒心。"
    article = frames_only(text, resources)
    start = text.index("川普拉")
    article.mentions = [Mention(article_id="t", mention_id=0, start=start, end=start + 3, text="川普拉", label="PERSON")]
    article = find_officials(article, resources)
    assert ("川普", "PERSON") in [(m.text, m.label) for m in article.mentions]


@pytest.mark.parametrize("text,name", [
    ("行政院長蘇貞昌明上午將赴立法院備詢。", "蘇貞昌"),  # the 明 of 明上午 (tomorrow morning)
    ("新北市長侯友宜今晚出席記者會。", "侯友宜"),
    ("國務卿布林肯昨日抵達東京。", "布林肯"),
])
def test_a_day_word_after_the_name_is_not_its_last_character(text, name, annotate_fn):
    """The tagger and the transliteration reading both took 明/今/昨 of a following time word as a
    name's last character (蘇貞昌明, found on the fresh statements gold)."""
    rows = annotate_fn(text, "2021-03-01")
    assert [o["name"] for o in rows["officials"]] == [name]
    assert name in [m["text"] for m in rows["mentions"] if m["label"] == "PERSON"]


# Officials read off ten unseen articles before the pipeline ran on them (tests/cases/
# officials_unseen_build.py gives the seeded draw and the choices made). Whole pipeline, exact rows.
UNSEEN_CASES = Path(__file__).with_name("cases") / "officials_unseen.jsonl"
UNSEEN_FLOOR = 0.95  # exact rows; first run 0.595 (0.622 with 外长 corrected), 0.846 after round 2, 1.000 after round 3
# Round 3: ten more articles drawn and annotated the same way (the same build script).
UNSEEN_ROUND3_CASES = UNSEEN_CASES.with_name("officials_unseen_round3.jsonl")
# Exact rows; first run 0.815 (name-only 0.963, organisation right on 0.87 of name-matched rows), 1.000 after
# the round-3 fixes (developed on these articles, so no longer an unseen measure).
UNSEEN_ROUND3_FLOOR = 0.95
# Round 4: eight articles drawn after the round-3 fixes as a fresh check; first run 0.900 (name-only 0.940,
# organisation right on 0.96 of name-matched rows; the code before round 3 scored the same 0.900).
UNSEEN_ROUND4_CASES = UNSEEN_CASES.with_name("officials_unseen_round4.jsonl")
UNSEEN_ROUND4_FLOOR = 0.90
# Round 5: six more articles drawn after the round-4 fixes; first run 0.878 (name-only 0.951, organisation
# right on 0.92 of name-matched rows).
UNSEEN_ROUND5_CASES = UNSEEN_CASES.with_name("officials_unseen_round5.jsonl")
UNSEEN_ROUND5_FLOOR = 0.87
# Round 6: six more drawn after the round-5 fixes and never used in development; first run 0.972
# (name-only 1.000, organisation right on 0.97 of name-matched rows).
UNSEEN_ROUND6_CASES = UNSEEN_CASES.with_name("officials_unseen_round6.jsonl")
UNSEEN_ROUND6_FLOOR = 0.95
# Round 7: eight drawn after the round-6 fixes, aimed at foreign affairs, local government, military, party and
# international posts; first run 0.776 (name-only 0.941, organisation right on 0.88 of name-matched rows), 0.941
# after the round-7 fixes (developed on these articles).
UNSEEN_ROUND7_CASES = UNSEEN_CASES.with_name("officials_unseen_round7.jsonl")
UNSEEN_ROUND7_FLOOR = 0.93
# Round 8: ten of ordinary news (6 Taiwan, 4 CCTV) drawn after the round-7 fixes; first run 0.696 (name-only
# 0.875, organisation right on 43/48 of name-and-title-matched rows), 0.960 after the round-8 fixes.
UNSEEN_ROUND8_CASES = UNSEEN_CASES.with_name("officials_unseen_round8.jsonl")
UNSEEN_ROUND8_FLOOR = 0.95


def _official_row(row) -> tuple:
    """Gold spans are the name's; the pipeline's start/end cover the whole frame."""
    if isinstance(row, dict):
        return tuple(row[key] for key in ("name", "title", "organization", "country", "status", "start", "end"))
    return (row.name, row.title, row.organization, row.country, row.status, row.name_start, row.name_end)


def score_unseen_officials(builder, resources, path: Path = UNSEEN_CASES) -> tuple[float, list]:
    """Micro F1 over exact official rows, and each article's missed and spurious rows."""
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    records = {r["id"]: r for name in ("tw_politics_zh_hant.jsonl.gz", "cctv_xwlb_zh_hans.jsonl.gz")
               for r in corpus_records_by_id(name, {c["id"] for c in cases})}
    tp = fp = fn = 0
    misses = []
    for case in cases:
        record = records[case["id"]]
        article, _ = builder.build(text=record["text"], source=record["source"], article_id=record["id"],
                                   published=record["published"], lang=record["lang"])
        assert article.text == record["text"], "the gold spans index the corpus text as stored"
        got = Counter(_official_row(o) for o in annotate(article, resources).officials)
        want = Counter(_official_row(o) for o in case["officials"])
        hits = sum((got & want).values())
        tp, fp, fn = tp + hits, fp + sum(got.values()) - hits, fn + sum(want.values()) - hits
        if got != want:
            misses.append((case["id"], sorted(want - got), sorted(got - want)))
    return (2 * tp / (2 * tp + fp + fn) if tp else 0.0), misses


def corpus_records_by_id(name: str, wanted: set[str]) -> list[dict]:
    path = SHARED_CORPUS / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [r for r in map(json.loads, handle) if r["id"] in wanted]


@pytest.mark.parametrize("path, floor", [(UNSEEN_CASES, UNSEEN_FLOOR), (UNSEEN_ROUND3_CASES, UNSEEN_ROUND3_FLOOR),
                                         (UNSEEN_ROUND4_CASES, UNSEEN_ROUND4_FLOOR), (UNSEEN_ROUND5_CASES, UNSEEN_ROUND5_FLOOR),
                                         (UNSEEN_ROUND6_CASES, UNSEEN_ROUND6_FLOOR),
                                         (UNSEEN_ROUND7_CASES, UNSEEN_ROUND7_FLOOR),
                                         (UNSEEN_ROUND8_CASES, UNSEEN_ROUND8_FLOOR)],
                         ids=["round2", "round3", "round4", "round5", "round6", "round7", "round8"])
def test_unseen_articles_officials(builder, resources, path, floor):
    f1, misses = score_unseen_officials(builder, resources, path)
    assert f1 >= floor, (f1, misses)


# Round 9: a broad audit instead of a ten-article fixture. 120 official rows drawn at random from the
# pipeline's output on 300 unseen corpus articles (tests/cases/officials_audit_round9_draw.py gives the
# seeded draws), each judged by reading its sentence before any round-9 change; the verdicts are gold.
# First pass 105/120 exact (name 117, title 114/118, organisation 109/118, country 110/118); 116/120 after
# the round-9 rules. Rows judged right must stay right; the rest are scored against their corrected values.
AUDIT_ROUND9 = UNSEEN_CASES.with_name("officials_audit_round9.jsonl")
AUDIT_ROUND9_FLOOR = 0.95
AUDIT_FIELDS = ("name", "title", "organization", "country", "status")


def audit_outcomes(builder, resources, path: Path = AUDIT_ROUND9) -> list[tuple[dict, dict | None]]:
    """Each audited row with the pipeline's row now at its name span that agrees with it best (None:
    no row there, or for a row judged no official, the row still there)."""
    audit = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    wanted = {a["id"] for a in audit}
    records = {r["id"]: r for name in ("tw_politics_zh_hant.jsonl.gz", "cctv_xwlb_zh_hans.jsonl.gz")
               for r in corpus_records_by_id(name, wanted)}
    rows: dict[tuple, list[dict]] = {}
    for article_id in sorted(wanted):
        record = records[article_id]
        article, _ = builder.build(text=record["text"], source=record["source"], article_id=article_id,
                                   published=record["published"], lang=record["lang"])
        for official in annotate(article, resources).officials:
            row = {key: getattr(official, key) for key in AUDIT_FIELDS}
            rows.setdefault((article_id, official.name_start, official.name_end), []).append(row)
    outcomes = []
    for case in audit:
        gold, output = case["gold"], case["output"]
        if gold is None:
            still = [r for r in rows.get((case["id"], output["start"], output["end"]), []) if r["title"] == output["title"]]
            outcomes.append((case, still[0] if still else None))
            continue
        found = rows.get((case["id"], gold["start"], gold["end"])) or rows.get((case["id"], output["start"], output["end"]), [])
        outcomes.append((case, max(found, key=lambda r: sum(r[k] == gold[k] for k in AUDIT_FIELDS), default=None)))
    return outcomes


def _audit_row_right(case: dict, now: dict | None) -> bool:
    if case["gold"] is None:
        return now is None
    return now is not None and all(now[k] == case["gold"][k] for k in AUDIT_FIELDS)


# Round 10: a second, fresh audit to measure how round 9 generalises: 60 rows drawn at random from 300
# more unseen articles (round 9's excluded; tests/cases/officials_audit_round10_draw.py), judged before
# any round-10 change. First pass 55/60 exact (name 57/58, title 57/58, organisation 58/58, country
# 57/58, status 58/58; two rows no official); 60/60 after the round-10 rules, fixed on these same rows,
# so the floor leaves room for the next rule to trade a row.
AUDIT_ROUND10 = UNSEEN_CASES.with_name("officials_audit_round10.jsonl")
AUDIT_ROUND10_FLOOR = 0.95


@pytest.mark.parametrize("path,floor", [(AUDIT_ROUND9, AUDIT_ROUND9_FLOOR), (AUDIT_ROUND10, AUDIT_ROUND10_FLOOR)],
                         ids=["round9", "round10"])
def test_audit_officials(builder, resources, path, floor):
    outcomes = audit_outcomes(builder, resources, path)
    regressed = [(c["surface"], now) for c, now in outcomes
                 if all(v == "right" for v in c["verdict"].values()) and not _audit_row_right(c, now)]
    assert not regressed, regressed
    exact = sum(_audit_row_right(c, now) for c, now in outcomes) / len(outcomes)
    assert exact >= floor, (exact, [(c["surface"], c["gold"], now) for c, now in outcomes
                                    if not _audit_row_right(c, now)])

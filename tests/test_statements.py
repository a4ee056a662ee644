"""Statements: direct quotes and reported speech with speakers, cues and dates.

Case tables build an article through the spine stages (view, sentences, jieba tokens, time
expressions) with the PERSON/ORG mentions given by the case, so they do not depend on which
NER backend is installed; the sample articles run the whole pipeline.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline import normalize, segment, sentences, timex
from pipeline.article import Article, Mention, Official
from pipeline.statements import find_statements
from tests.conftest import make_article

GOLD = Path(__file__).resolve().parent / "gold" / "articles.json"


def prepare(builder, resources, text: str, names: dict[str, str] | None = None,
            officials: list[tuple[str, str, str]] = (), published: str | None = "2026-02-09") -> Article:
    """An article through the spine stages, with a mention for every occurrence of each
    name in `names` ({surface: label}) and officials given as (frame, title, name)."""
    article = make_article(builder, text, published=published)
    for stage in (normalize.build_view, sentences.split_sentences, segment.segment, timex.find_time_expressions):
        article = stage(article, resources)
    mentions = []
    for surface, label in (names or {}).items():
        for m in re.finditer(re.escape(surface), text):
            mentions.append(Mention(article_id=article.article_id, mention_id=0, start=m.start(), end=m.end(),
                                    text=surface, label=label, entity_id=f"{label[0]}:{surface}"))
    for frame, title, name in officials:
        start = text.index(frame)
        name_start = start + frame.index(name)
        article.officials.append(Official(article_id=article.article_id, name=name, title=title, start=start,
                                          end=start + len(frame), name_start=name_start,
                                          name_end=name_start + len(name), entity_id=f"P:{name}"))
    mentions.sort(key=lambda m: m.start)
    article.mentions = [m.model_copy(update={"mention_id": i}) for i, m in enumerate(mentions)]
    return find_statements(article, resources)


def rows(article: Article) -> list[tuple]:
    return [(s.kind, s.speaker, s.cue, s.text) for s in article.statements]


CASES = [
    # (id, text, names, officials, expected rows (kind, speaker, cue, text))
    ("before-colon-hant", "外交部發言人林劍說：「中方對此表示遺憾。」", {}, [("外交部發言人林劍", "發言人", "林劍")],
     [("direct", "林劍", "說", "中方對此表示遺憾。")]),
    ("after-hant", "「如果它到期了，那就到期吧。」川普表示。", {"川普": "PERSON"}, [],
     [("direct", "川普", "表示", "如果它到期了，那就到期吧。")]),
    ("around-hant", "川普在社群媒體發文表示，「我們會達成一項更好的協議」。", {"川普": "PERSON"}, [],
     [("direct", "川普", "表示", "我們會達成一項更好的協議")]),
    ("pronoun-hant", "郭嘉昆再次回絕這個談判邀約。他說：「中美核力量根本不在一個量級。」", {"郭嘉昆": "PERSON"}, [],
     [("direct", "郭嘉昆", "說", "中美核力量根本不在一個量級。")]),
    ("pronoun-is-the-subject-not-the-object",
     "川普在白宮會見南韓總統李在明時，表明希望開啟談判；他說，中國也願意這麼做。",
     {"川普": "PERSON", "李在明": "PERSON"}, [],
     [("indirect", "川普", "表明", "希望開啟談判"), ("indirect", "川普", "說", "中國也願意這麼做")]),
    ("org-hant", "俄外交部周二表示，條約失效後雙方可自由選擇後續行動。", {"外交部": "ORG"}, [],
     [("indirect", "俄外交部", "表示", "條約失效後雙方可自由選擇後續行動")]),
    ("org-document", "根據美國國務院網站聲明，美俄均滿足條約規定的核心限制。", {"美國國務院": "ORG"}, [],
     [("indirect", "美國國務院", "聲明", "美俄均滿足條約規定的核心限制")]),
    ("bracketed-english-name", "美國塔夫茨大學教授托夫特(Monica Toft)指出，該條約提高了透明度。", {"美國": "GPE"}, [],
     [("indirect", "托夫特", "指出", "該條約提高了透明度")]),
    ("two-cues-one-speaker", "俄外交部周二表示條約失效後雙方可自由選擇，強調俄方將審慎行事。", {"外交部": "ORG"}, [],
     [("indirect", "俄外交部", "表示", "條約失效後雙方可自由選擇"), ("indirect", "俄外交部", "強調", "俄方將審慎行事")]),
    ("quote-inside-clause", "川普說，美俄的核武庫雖分居第一，但「中國只要五、六年就可以追上」。",
     {"川普": "PERSON"}, [],
     [("indirect", "川普", "說", "美俄的核武庫雖分居第一，但「中國只要五、六年就可以追上」"),
      ("direct", "川普", "說", "中國只要五、六年就可以追上")]),
    ("no-antecedent-no-row", "他說，美俄的核武庫雖分居第一。", {}, [], []),
    ("scare-quote-is-no-statement", "俄羅斯與美國於2010年簽署「新戰略武器裁減條約」以限制核彈頭數量。",
     {"俄羅斯": "GPE", "美國": "GPE"}, [], []),
    ("short-term-is-no-statement", "過去的軍控機制已略顯「過時」。", {}, [], []),
    ("expresses-is-no-cue", "中方對此表示遺憾。", {}, [], []),
    ("simplified-indirect", "特朗普上月受访时称，他不担心该条约即将到期。", {"特朗普": "PERSON"}, [],
     [("indirect", "特朗普", "称", "他不担心该条约即将到期")]),
    ("simplified-direct", "林剑说：“中方呼吁美方积极回应。”", {"林剑": "PERSON"}, [],
     [("direct", "林剑", "说", "中方呼吁美方积极回应。")]),
    ("across-paragraph", "王毅表示：\n「中方願同各方一道，推動局勢盡快降溫。」", {"王毅": "PERSON"}, [],
     [("direct", "王毅", "表示", "中方願同各方一道，推動局勢盡快降溫。")]),
    ("quote-paragraph-after-a-statement", "川普說，我們會贏得選舉。\n「這是一場偉大的勝利，我們會讓美國再次偉大，大家等著看。」",
     {"川普": "PERSON"}, [],
     [("indirect", "川普", "說", "我們會贏得選舉"),
      ("direct", "川普", None, "這是一場偉大的勝利，我們會讓美國再次偉大，大家等著看。")]),
    ("headline", "俄外交部：條約失效後 若國安受威脅將果斷反制", {"俄外交部": "ORG"}, [],
     [("indirect", "俄外交部", None, "條約失效後 若國安受威脅將果斷反制")]),
    ("possessed-speaker", "馬斯克的支持者認為，這並非某種陰謀論。", {"馬斯克": "PERSON"}, [],
     [("indirect", "馬斯克的支持者", "認為", "這並非某種陰謀論")]),
    ("verb-not-cue-without-comma", "政府發行特別國債來支持商業銀行補充核心一級資本。", {"商業銀行": "ORG"}, [], []),
    ("same-verb-as-cue-with-comma", "黃舒衛補充，川普基本上還是會主張保護主義。", {"黃舒衛": "PERSON"}, [],
     [("indirect", "黃舒衛", "補充", "川普基本上還是會主張保護主義")]),
    ("own-unnamed-subject-does-not-borrow", "中共之前的軍演衝擊不大，原因就是台灣民眾認為統一還非常遙遠。",
     {"中共": "ORG"}, [], []),
    ("group-speaker", "一位民主黨人士向《華郵》批評：「他們完全忽略了『藍牆』，根本沒在思考！」", {"民主黨": "ORG"}, [],
     [("direct", "一位民主黨人士", "批評", "他們完全忽略了『藍牆』，根本沒在思考！")]),
    ("speaker-colon-no-cue", "喜劇演員辛克利夫：「我不知道你們知不知道。」", {"辛克利夫": "PERSON"}, [],
     [("direct", "辛克利夫", None, "我不知道你們知不知道。")]),
    ("noun-phrase-quote-stays-in-the-clause", "川普說，賀錦麗是有史以來問鼎白宮的「最激進左派人士」。",
     {"川普": "PERSON"}, [], [("indirect", "川普", "說", "賀錦麗是有史以來問鼎白宮的「最激進左派人士」")]),
    ("outlet-reports", "據法國媒體報道，席捲法國西北部的風暴造成約38萬戶斷電。", {"法國": "GPE"}, [],
     [("indirect", "法國媒體", "報道", "席捲法國西北部的風暴造成約38萬戶斷電")]),
    ("byline-is-no-statement", "〔記者林哲遠／台北報導〕前總統馬英九近日於泰國曼谷演講時稱，台灣將很危險。",
     {"馬英九": "PERSON", "台北": "GPE"}, [], [("indirect", "馬英九", "稱", "台灣將很危險")]),
    ("unnamed-noun-speaker", "以軍稱打擊多處黎巴嫩真主黨目標。", {"黎巴嫩": "GPE"}, [],
     [("indirect", "以軍", "稱", "打擊多處黎巴嫩真主黨目標")]),
    ("country-and-government", "巴基斯坦政府表示，重启北约补给线的决定将有利于阿富汗的过渡进程。", {"巴基斯坦": "GPE"}, [],
     [("indirect", "巴基斯坦政府", "表示", "重启北约补给线的决定将有利于阿富汗的过渡进程")]),
    ("passive-agent", "但這說法被大陸批判全然是在說謊。", {"大陸": "GPE"}, [],
     [("indirect", "大陸", "批判", "全然是在說謊")]),
    # Cues from the wp_speaker_id speech-verb list and CCTV / Taiwan news usage.
    ("briefing-cue-with-comma", "据当地警方介绍，嫌疑人已于昨晚落网。", {}, [],
     [("indirect", "当地警方", "介绍", "嫌疑人已于昨晚落网")]),
    ("proposes-with-comma", "张明提出，年底前要把公路修通。", {"张明": "PERSON"}, [],
     [("indirect", "张明", "提出", "年底前要把公路修通")]),
    ("proposes-a-term-is-no-statement", "张明首次提出“精准扶贫”的重要思想。", {"张明": "PERSON"}, [], []),
    ("confirms", "阿塞拜疆国防部5号证实，双方军队已停止一切军事行动。", {"阿塞拜疆国防部": "ORG"}, [],
     [("indirect", "阿塞拜疆国防部", "证实", "双方军队已停止一切军事行动")]),
    ("taiwan-retort", "柯文哲竟回嗆，「場面話誰都會說」。", {"柯文哲": "PERSON"}, [],
     [("direct", "柯文哲", "回嗆", "場面話誰都會說")]),
    ("verb-and-say-compound", "牧民东森回忆说，以前吃水都要到六公里以外的地方去。", {"东森": "PERSON"}, [],
     [("indirect", "东森", "回忆说", "以前吃水都要到六公里以外的地方去")]),
    ("statement-says", "阿富汗政府方面27日發表聲明稱，已組建代表團與塔利班對話。", {"阿富汗政府": "ORG"}, [],
     [("indirect", "阿富汗政府", "聲明", "已組建代表團與塔利班對話")]),
    ("speaker-after-a-modifier", "會說一些中文的華茲並未掩飾好感，曾受訪指出不必然要將中國視為對手。",
     {"華茲": "PERSON", "中國": "GPE"}, [],
     [("indirect", "華茲", "指出", "不必然要將中國視為對手")]),
    ("nominalised-cue-is-no-statement", "有監督責任的行政院未適時予以提醒，對於交接要求也盲目點頭。",
     {"行政院": "ORG"}, [], []),
    ("wish-with-addressee", "李强希望各位企业家把企业办好，在稳定就业等方面积极作为。", {"李强": "PERSON"}, [],
     [("indirect", "李强", "希望", "各位企业家把企业办好，在稳定就业等方面积极作为")]),
    ("wish-as-intention", "英特爾希望重新布局晶圓代工。", {"英特爾": "ORG"}, [], []),
    # Round 4 (tests/cases/statements_unseen_c.json): a 在…時 phrase before the cue is no
    # subject, so the sentence's subject speaks; a netizen's quoted or @ handle is the speaker.
    ("time-phrase-before-cue", "朱立倫今日前往金門，一早在機場受訪時強調，「四個同意，台灣更美麗」。",
     {"朱立倫": "PERSON"}, [], [("direct", "朱立倫", "強調", "四個同意，台灣更美麗")]),
    ("netizen-quoted-handle", "网民“阿牛”说，“习大大的讲话振聋发聩、振奋人心。”", {}, [],
     [("direct", "阿牛", "说", "习大大的讲话振聋发聩、振奋人心。")]),
    ("netizen-at-handle", "新浪微博网民@赤江河说，“这是要全面革故鼎新的节奏!”", {"新浪": "ORG"}, [],
     [("direct", "赤江河", "说", "这是要全面革故鼎新的节奏!")]),
    # A verb phrase quoted after 想 is the speaker's words, though it ends in a noun.
    ("quote-after-want", "揭仲稱，川普要求盟邦提高軍費其實是想「降低美國作為世界帝國之首的成本」。", {"揭仲": "PERSON", "川普": "PERSON"}, [],
     [("indirect", "揭仲", "稱", "川普要求盟邦提高軍費其實是想「降低美國作為世界帝國之首的成本」"),
      ("direct", "揭仲", "稱", "降低美國作為世界帝國之首的成本")]),
    # A nickname glued to the word before (網紅「亞洲統神」張嘉航) and a quote glued to the noun
    # after it (“联合力量-2021”军演) are names, not speech.
    ("nickname-before-speaker", "網紅「亞洲統神」張嘉航認為，對手質疑非常合理。", {"張嘉航": "PERSON"}, [],
     [("indirect", "張嘉航", "認為", "對手質疑非常合理")]),
    ("quoted-name-before-noun", "塔斯社报道说，“联合力量-2021”军演将于9月举行。", {"塔斯社": "ORG"}, [],
     [("indirect", "塔斯社", "报道", "“联合力量-2021”军演将于9月举行")]),
]


@pytest.mark.parametrize("text,names,officials,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_statement_cases(builder, resources, text, names, officials, expected):
    article = prepare(builder, resources, text, names, officials)
    assert rows(article) == expected
    for s in article.statements:
        assert article.text[s.start:s.end] == s.text
        if s.speaker_start is not None:
            assert article.text[s.speaker_start:s.speaker_end] == s.speaker


DATED = [
    ("美國商務部長盧特尼克1月中旬還表示，川普4月訪問中國的計畫保持不變。", "2026-01"),
    ("俄總統普京去年9月曾表示，若美方不作出破壞現有平衡的舉動，俄方會繼續遵守。", "2025-09"),
    ("到了去年8月，川普在白宮會見南韓總統李在明時，表明希望開啟談判。", "2025-08"),
    ("川普5日表示，他希望達成協議。", "2026-02-05"),
    ("川普表示，他希望達成協議。", None),
]


@pytest.mark.parametrize("text,said_on", DATED)
def test_said_on(builder, resources, text, said_on):
    names = {"川普": "PERSON", "李在明": "PERSON"}
    officials = [("美國商務部長盧特尼克", "商務部長", "盧特尼克")] if "盧特尼克" in text else []
    officials += [("俄總統普京", "總統", "普京")] if "普京" in text else []
    article = prepare(builder, resources, text, names, officials)
    assert article.statements, text
    assert article.statements[0].said_on == said_on


def test_nested_cue_with_a_named_speaker_is_its_own_statement(builder, resources):
    """蔡壁如痛批，經濟部次長曾文生明明承認…: both speakers are reported."""
    article = prepare(builder, resources, "蔡壁如痛批，經濟部次長曾文生明明承認棧橋蓋在藻礁上。",
                      {"蔡壁如": "PERSON", "曾文生": "PERSON"})
    assert [(s.speaker, s.cue) for s in article.statements] == [("蔡壁如", "痛批"), ("曾文生", "承認")]


def test_speaker_columns_come_from_mentions_and_officials(builder, resources):
    article = prepare(builder, resources, "外交部發言人林劍表示，中方對此表示遺憾。", {},
                      [("外交部發言人林劍", "發言人", "林劍")])
    (s,) = article.statements
    assert (s.speaker, s.speaker_title, s.speaker_entity_id) == ("林劍", "發言人", "P:林劍")
    assert article.text[s.speaker_start:s.speaker_end] == "林劍"
    assert s.statement_id == "t:st0" and s.sent_idx == 0


def test_works_from_jieba_tokens_without_mentions(builder, resources):
    """Before the NER stage lands, jieba's person tags (nr) are enough for a named speaker."""
    article = prepare(builder, resources, "林劍說，中方呼籲美方積極回應。")
    assert [(s.kind, s.speaker) for s in article.statements] == [("indirect", "林劍")]


@pytest.mark.xfail(strict=True, reason="估計 without a comma is read as an ordinary verb (it is one as often), so in "
                                        "報告中指出，美軍估計… the embedded speaker 美軍 is lost")
def test_nested_cue_with_its_own_subject(builder, resources):
    article = prepare(builder, resources, "美國國防部公布報告。報告中指出，美軍估計中國已經擁有超過600枚核彈頭。",
                      {"美國國防部": "ORG", "美軍": "ORG"})
    assert ("indirect", "美軍") in [(s.kind, s.speaker) for s in article.statements]


def test_group_speaker(builder, resources):
    """A role with no name after it speaks as a group, with its country: 美方一些專家."""
    article = prepare(builder, resources, "美方一些專家認為，美方的戰略環境已出現變化。", {"專家": "TITLE"})
    assert [s.speaker for s in article.statements] == ["美方一些專家"]


GROUP_SPEAKERS = [
    # (text, names, speakers expected): speakers written as a noun phrase with no name, from the
    # dev gold (北京輿論界…), CCTV and Taiwan news; a head that needs a modifier stays silent alone.
    ("北京輿論界和戰略界深有戒心，並分析川普懷有多重目的。", {"川普": "PERSON"}, ["北京輿論界和戰略界"]),
    ("北京舆论界和战略界深有戒心，并分析特朗普怀有多重目的。", {"特朗普": "PERSON"}, ["北京舆论界和战略界"]),
    ("也門政府官員表示，胡塞武裝的襲擊造成多人死亡。", {"也門": "GPE"}, ["也門政府官員"]),
    ("也门政府官员表示，胡塞武装的袭击造成多人死亡。", {"也门": "GPE"}, ["也门政府官员"]),
    ("有學者認為，這項政策將衝擊中小企業。", {}, ["有學者"]),
    ("一些学者认为，这项政策将冲击中小企业。", {}, ["一些学者"]),
    ("當地部分反政府武裝稱，已控制該城市。", {}, ["當地部分反政府武裝"]),
    ("黎巴嫩媒體報道，以軍空襲了南部多個村莊。", {"黎巴嫩": "GPE"}, ["黎巴嫩媒體"]),
    ("媒體報道，以軍空襲了南部多個村莊。", {}, []),
    # jieba keeps 专业人士 as one word: the phrase still runs back over its modifiers.
    ("美国医疗领域专业人士表示，美国原本有机会控制疫情蔓延。", {"美国": "GPE"}, ["美国医疗领域专业人士"]),
    # 记者从…了解到 (a CCTV formula): the source speaks, not the reporter; 从会上 names nobody.
    ("记者今天从交通运输部了解到，今年上半年我国交通固定资产投资规模高位运行。", {}, ["交通运输部"]),
    ("記者今天從交通運輸部了解到，今年上半年我國交通固定資產投資規模高位運行。", {}, ["交通運輸部"]),
    ("记者从会上了解到，今年上半年我国交通固定资产投资规模高位运行。", {}, []),
    # A head inside a longer word, a date before a noun, a document where the words are.
    ("資深媒體人陳揮文18日在節目中指出，反萊豬跟反美豬當然不一樣。", {"陳揮文": "PERSON"}, ["陳揮文"]),
    ("4日專家學者發起連署，呼籲政府機關將觀新藻礁畫設為自然保留區。", {}, ["專家學者"]),
    ("Lazard資產管理公司分析師在最近一份報告寫道：「我們認為這可能對新興市場國家產生衝擊。」",
     {"Lazard資產管理公司": "ORG"}, ["Lazard資產管理公司分析師"]),
    ("所有立委都把萊豬說成美豬，一起說謊。", {}, []),
    # Headlines and names in quotes (CCTV 2026-01-10, 2013-12-25).
    ("俄称控制多个定居点 乌称拦截俄导弹", {}, ["俄", "乌"]),
    ("在西奈半岛活动频繁的武装组织“安萨尔耶路撒冷”宣称对24号埃及曼苏拉警察局遇袭事件负责。", {}, ["安萨尔耶路撒冷"]),
    ("在西奈半島活動頻繁的武裝組織「安薩爾耶路撒冷」宣稱對24號埃及曼蘇拉警察局遇襲事件負責。", {}, ["安薩爾耶路撒冷"]),
    # A denied subject is no speaker (CCTV): 还没有组织宣称对这两起袭击负责.
    ("目前，还没有组织宣称对这两起袭击负责。", {}, []),
]


@pytest.mark.parametrize("text,names,speakers", GROUP_SPEAKERS)
def test_speaker_phrase_without_mention(builder, resources, text, names, speakers):
    article = prepare(builder, resources, text, names)
    assert [s.speaker for s in article.statements] == speakers
    for s in article.statements:
        assert article.text[s.speaker_start:s.speaker_end] == s.speaker


TURNS = [
    # (text, names, officials, expected (kind, speaker, cue) rows)
    # A cue with no subject right after a reported clause goes on with its speaker, not with
    # a name inside the clause (ct-ba299cd6, 中時 2021-11-21).
    ("蔡易餘指出，國民黨過去開放牛進口，現在卻反對豬進口，非常矛盾，強調公投四大主題大家一定要清楚。",
     {"蔡易餘": "PERSON", "國民黨": "ORG"}, [],
     [("indirect", "蔡易餘", "指出"), ("indirect", "蔡易餘", "強調")]),
    ("蔡易余指出，国民党过去开放牛进口，现在却反对猪进口，非常矛盾，强调公投四大主题大家一定要清楚。",
     {"蔡易余": "PERSON", "国民党": "ORG"}, [],
     [("indirect", "蔡易余", "指出"), ("indirect", "蔡易余", "强调")]),
    # A subject opening the clause before still speaks: 蘇貞昌不惜犧牲經濟部，指控… (ct-e73a1dfe).
    ("田方倫指出，是次長說的，蘇貞昌不惜犧牲經濟部，指控經濟部的說法是假消息。",
     {"田方倫": "PERSON", "蘇貞昌": "PERSON", "經濟部": "ORG"}, [],
     [("indirect", "田方倫", "指出"), ("indirect", "蘇貞昌", "指控")]),
    # Another named speaker taking the turn ends the clause (ct-03d4c6cf, 中時 2021-10-21).
    ("林思銘指出，早在2018年就已申請，但至今仍未處理，海委會主委李仲威回應「要有相關的調查資料才能取信於民眾」。",
     {"林思銘": "PERSON"}, [("海委會主委李仲威", "主委", "李仲威")],
     [("indirect", "林思銘", "指出"), ("direct", "李仲威", "回應")]),
    # A surname alone is the person named before with it.
    ("會議邀請領銜人潘忠政列席。潘表示，希望政府能啟動審議。", {"潘忠政": "PERSON"}, [],
     [("indirect", "潘忠政", "表示")]),
    ("会议邀请领衔人潘忠政列席。潘表示，希望政府能启动审议。", {"潘忠政": "PERSON"}, [],
     [("indirect", "潘忠政", "表示")]),
    # A denied speech act reports nothing; what he did say does.
    ("曾文生未正面回應，僅說跟外推方案牴觸的已經都沒做了。", {"曾文生": "PERSON"}, [],
     [("indirect", "曾文生", "說")]),
    ("曾文生拒绝回应，外界仍在等待。", {"曾文生": "PERSON"}, [], []),
    # After a quote the cue introduced, the sentence goes on reporting the same speaker
    # (ndc-news_1cd66d5b, 中央社 2024-08-12) ...
    ("森高宏表示，「收購是成長投資。」，為了完成收購，將開展投資促進公司發展。", {"森高宏": "PERSON"}, [],
     [("direct", "森高宏", "表示"), ("indirect", "森高宏", "表示")]),
    ("森高宏表示，「收购是成长投资。」，为了完成收购，将开展投资促进公司发展。", {"森高宏": "PERSON"}, [],
     [("direct", "森高宏", "表示"), ("indirect", "森高宏", "表示")]),
    # ... but not when the rest has a cue of its own, or the quote is an object of the verb.
    ("柯文哲回應，「這需要好好坐下來談一談」，面對追問，柯文哲則沒有多做回應。", {"柯文哲": "PERSON"}, [],
     [("direct", "柯文哲", "回應")]),
    ("恰莉形容「賀錦麗是brat」，貼文迅速在網路瘋傳，累積超過5千萬次瀏覽。", {"恰莉": "PERSON", "賀錦麗": "PERSON"}, [],
     [("direct", "恰莉", "形容")]),
    # Wire texts separate paragraphs by a space: an interview turn by turn (中央社 2024).
    ("主持人直接詢問賀錦麗：「為何存在落差？」 賀錦麗回應道：「您可以觀察現場群眾，會發現各種背景的人們」 面對亞歷山大的再次追問，賀錦麗離開。",
     {"賀錦麗": "PERSON", "亞歷山大": "PERSON"}, [], [("direct", "賀錦麗", "回應")]),
    ("主持人直接询问贺锦丽：「为何存在落差？」 贺锦丽回应道：「您可以观察现场群众，会发现各种背景的人们」 面对亚历山大的再次追问，贺锦丽离开。",
     {"贺锦丽": "PERSON", "亚历山大": "PERSON"}, [], [("direct", "贺锦丽", "回应")]),
    # …，但他呼籲… starts the same speaker's next statement (ct-0588dc1a, 中時 2018-10-03).
    ("陳朝建說，這項公投案雖已成案、編號，但他呼籲，每個公民都應珍惜民主。", {"陳朝建": "PERSON"}, [],
     [("indirect", "陳朝建", "說"), ("indirect", "陳朝建", "呼籲")]),
    ("陈朝建说，这项公投案虽已成案、编号，但他呼吁，每个公民都应珍惜民主。", {"陈朝建": "PERSON"}, [],
     [("indirect", "陈朝建", "说"), ("indirect", "陈朝建", "呼吁")]),
    # A press conference speaks for whoever held it; its quoted title is no speech; a cue
    # addressing someone takes the quote after the name (ct-96c1ce13, 中時 2021-05-14).
    ("國民黨立院黨團今召開「修憲併大選可以！罷免併公投不行？」記者會指出，中央明顯不希望罷免併公投。",
     {"國民黨立院黨團": "ORG"}, [], [("indirect", "國民黨立院黨團", "指出")]),
    ("国民党立院党团今召开「修宪并大选可以！罢免并公投不行？」记者会指出，中央明显不希望罢免并公投。",
     {"国民党立院党团": "ORG"}, [], [("indirect", "国民党立院党团", "指出")]),
    ("立委林為洲更喊話陳柏惟「卡有叫小咧（有種）！」學學高雄市議員黃捷。", {"陳柏惟": "PERSON"},
     [("立委林為洲", "立委", "林為洲")], [("direct", "林為洲", "喊話")]),
    # Greetings are speech acts without content.
    ("贾庆林表示热烈祝贺。", {"贾庆林": "PERSON"}, [], []),
    # A bare 說 before a clause reports inside another's clause; before a noun it does not.
    ("沈榮津表示，過去核四沒發過電，國民黨卻說還要解封，當然要不同意。", {"沈榮津": "PERSON", "國民黨": "ORG"}, [],
     [("indirect", "沈榮津", "表示"), ("indirect", "國民黨", "說")]),
    ("胡錫進撰文說，川普每次說核武器都提中國。", {"胡錫進": "PERSON", "川普": "PERSON"}, [],
     [("indirect", "胡錫進", "說")]),
    # A quote with a modal is speech even when it ends in a noun after 的.
    ("沈榮津表示，地底下還有地震帶，「會有安全的問題」，當然要不同意。", {"沈榮津": "PERSON"}, [],
     [("indirect", "沈榮津", "表示"), ("direct", "沈榮津", "表示")]),
]


@pytest.mark.parametrize("text,names,officials,expected", TURNS)
def test_turns_and_continuations(builder, resources, text, names, officials, expected):
    article = prepare(builder, resources, text, names, officials)
    assert [(s.kind, s.speaker, s.cue) for s in article.statements] == expected


DOCUMENTS = [
    # A document speaks for whoever the text says published it; named but unpublished, as itself.
    ("美國國防部公布年度報告。報告指出，中國核彈頭數量持續增加。", {"美國國防部": "ORG"}, ["美國國防部"]),
    ("人民日报今天发表评论员文章。文章强调，要坚定不移推进改革。", {"人民日报": "ORG"}, ["人民日报"]),
    ("胡錫進去年3月撰文，談到核武。文章強調，中國應增加核彈頭數量。", {"胡錫進": "PERSON"}, ["胡錫進"]),
    ("美國國防部剛公布2024年版「中國軍力報告」。而兩年前的2022年版中國軍力報告，更預測2035年中國核彈頭數量將達到1500枚。",
     {"美國國防部": "ORG"}, ["美國國防部"]),
    ("党的二十大报告提出，要加快建设农业强国。", {}, ["党的二十大报告"]),
    ("黨的二十大報告提出，要加快建設農業強國。", {}, ["黨的二十大報告"]),
    ("美國國務院網站聲明稱，美方支持台灣參與國際組織。", {"美國國務院": "ORG"}, ["美國國務院"]),
    # No publisher named: the organisation that spoke last in the paragraph issued it (CCTV 2026-01-10).
    ("以色列国防军同一天称，当天打击了黎巴嫩真主党的武器储存设施。声明说，真主党的这些设施违反了停火协议。",
     {"以色列国防军": "ORG", "黎巴嫩真主党": "ORG"}, ["以色列国防军", "以色列国防军"]),
    ("以色列國防軍同一天稱，當天打擊了黎巴嫩真主黨的武器儲存設施。聲明說，真主黨的這些設施違反了停火協議。",
     {"以色列國防軍": "ORG", "黎巴嫩真主黨": "ORG"}, ["以色列國防軍", "以色列國防軍"]),
    ("新华社今天播发长篇通讯，题目是《海阔天空好扬帆》。\n文章指出，党的十六大以来事业展现出勃勃生机。",
     {"新华社": "ORG"}, ["新华社"]),
    # The publishing verb must name a document: 提交的两份提案 is no article (CCTV 钟声 commentary).
    ("人民日报发表钟声文章。美国一些人在世贸组织先后提交的两份提案都受到反对。\n\n文章强调，无视规则，就是违信背约。",
     {"人民日报": "ORG", "世贸组织": "ORG"}, ["人民日报"]),
    # 在聲明中稱: the noun before 中 is where the words are; the cue after it reports.
    ("拜登今天在聲明中稱這項裁決「錯誤」。", {"拜登": "PERSON"}, ["拜登"]),
]


@pytest.mark.parametrize("text,names,speakers", DOCUMENTS)
def test_document_speakers(builder, resources, text, names, speakers):
    article = prepare(builder, resources, text, names)
    assert [s.speaker for s in article.statements] == speakers


@pytest.mark.parametrize("text,expected", [
    # A paragraph that is all quote, a whole sentence, after the speaker's statement.
    ("王毅表示，中方愿同各方一道努力。\n\n「我们不会坐视不管。」", [("indirect", "王毅"), ("direct", "王毅")]),
    ("王毅表示，中方願同各方一道努力。\n\n「我們不會坐視不管。」", [("indirect", "王毅"), ("direct", "王毅")]),
    # A short term set apart is no speech.
    ("王毅表示，中方愿同各方一道努力。\n\n「一带一路」", [("indirect", "王毅")]),
    # Wire texts: a quoted sentence after a sentence end, closing its space-separated paragraph,
    # is the outermost speaker's of the sentence before (中央社 2024).
    ("卡格尼表示，川普認為，如果他落選，就會有麻煩。「我覺得有趣的是，他已經預先指控我們作弊。」 選民甘比爾則不同意。",
     [("indirect", "卡格尼"), ("indirect", "川普"), ("direct", "卡格尼")]),
])
def test_quote_in_the_next_paragraph(builder, resources, text, expected):
    article = prepare(builder, resources, text, {"王毅": "PERSON", "卡格尼": "PERSON", "川普": "PERSON"})
    assert [(s.kind, s.speaker) for s in article.statements] == expected


def test_surname_tagged_as_a_name(builder, resources):
    """潘表示 where the NER tags 潘 alone as a PERSON: the person named before with that surname."""
    text = "會議邀請領銜人潘忠政列席。潘表示，希望政府能啟動審議。"
    article = prepare(builder, resources, text, {"潘忠政": "PERSON"})
    alone = text.index("潘表示")
    article.mentions.append(Mention(article_id=article.article_id, mention_id=len(article.mentions), start=alone,
                                    end=alone + 1, text="潘", label="PERSON", entity_id="P:潘"))
    article = find_statements(article, resources)
    assert [(s.speaker, s.cue) for s in article.statements] == [("潘忠政", "表示")]


PRONOUN_GENDER = [
    # 她 goes to the woman the text marks (夫人, 女士), 他 to the man, whoever was named last.
    ("梅克爾女士與蕭茲會面。蕭茲隨後離開。她表示，歐洲必須團結。", {"梅克爾": "PERSON", "蕭茲": "PERSON"}, "梅克爾"),
    ("梅克尔女士与朔尔茨会面。朔尔茨随后离开。她表示，欧洲必须团结。", {"梅克尔": "PERSON", "朔尔茨": "PERSON"}, "梅克尔"),
    ("夫人彭丽媛与习近平会见了学生。他表示，青年是未来。", {"彭丽媛": "PERSON", "习近平": "PERSON"}, "习近平"),
    # A woman the lexicon knows (resources/speaker_female_names.txt), in both scripts.
    ("賀錦麗與川普辯論。川普隨後離開會場。她表示，選舉仍有希望。", {"賀錦麗": "PERSON", "川普": "PERSON"}, "賀錦麗"),
    ("贺锦丽与特朗普辩论。特朗普随后离开会场。她表示，选举仍有希望。", {"贺锦丽": "PERSON", "特朗普": "PERSON"}, "贺锦丽"),
    ("川普與賀錦麗辯論。賀錦麗隨後離開會場。他表示，選舉已經贏了。", {"賀錦麗": "PERSON", "川普": "PERSON"}, "川普"),
    # The subject of the pronoun's own sentence stays, whether the lexicon knows her or not.
    ("賀錦麗出席造勢活動。而歐普拉在21日的演說中反擊，她表示，美國人會在他人陷入困境時伸出援手。",
     {"賀錦麗": "PERSON", "歐普拉": "PERSON"}, "歐普拉"),
    # No mark either way: the last person named in subject position, as before.
    ("王小明與李大華會面。李大華隨後離開。她表示，選舉仍有希望。", {"王小明": "PERSON", "李大華": "PERSON"}, "李大華"),
]


@pytest.mark.parametrize("text", [
    "艾默特分析，川普若再度入主白宮，他不會示弱。 他說，「整個共和黨都持有非常強硬的立場。」",
    "艾默特分析，川普若再度入主白宮，他不會示弱。他認為中方也有掌握這兩點。",
    "艾默特分析，特朗普若再度入主白宫，他不会示弱。他认为中方也有掌握这两点。",
])
def test_pronoun_skips_names_inside_reported_clauses(builder, resources, text):
    """A name inside someone's reported clause is talked about, not talking: the 他 of the
    next sentence is the one who spoke."""
    article = prepare(builder, resources, text, {"艾默特": "PERSON", "川普": "PERSON", "特朗普": "PERSON"})
    assert [s.speaker for s in article.statements] == ["艾默特", "艾默特"]


@pytest.mark.parametrize("text,expected", [
    # A dateline before a zero subject; 並 then a cue starts the next statement; a bare noun
    # phrase after a cue names a topic and reports nothing.
    ("（中央社台北5日電）艾默特接受訪問，分析中國對台軍事策略，並表示川普不會示弱。",
     [("indirect", "艾默特", "表示", "川普不會示弱")]),
    # A cue inside a 在/當…時 clause sets the time; it reports nothing.
    ("艾默特在分析中國實力時，他認為，中方的影響力有著相當程度的差異。",
     [("indirect", "艾默特", "認為", "中方的影響力有著相當程度的差異")]),
    ("当有记者问到布拉特是否会担心被牵连时，他坚持说自己是清白的。",
     [("indirect", "布拉特", "说", "自己是清白的")]),
])
def test_zero_subjects_topics_and_time_clauses(builder, resources, text, expected):
    article = prepare(builder, resources, text, {"艾默特": "PERSON", "布拉特": "PERSON", "川普": "PERSON"})
    assert rows(article) == expected


@pytest.mark.parametrize("text,expected", [
    # 怒轟 attacks in words (轟 alone is bombing); a surname alone speaks for the name before.
    ("羅智強今表示，徐國勇支持公投綁大選。那威權國民黨反對公投，羅怒轟，「徐國勇的臉皮真的可以再厚一點」！",
     [("indirect", "羅智強", "表示", "徐國勇支持公投綁大選"), ("direct", "羅智強", "怒轟", "徐國勇的臉皮真的可以再厚一點")]),
    # 可以說是 is the writer's hedge, not speech.
    ("羅智強在臉書發文表示，士大夫之無恥，是謂國恥，徐國勇可以說是完美詮釋了這句話。",
     [("indirect", "羅智強", "表示", "士大夫之無恥，是謂國恥，徐國勇可以說是完美詮釋了這句話")]),
    # A chain of quotes after a cue and its colon is direct speech only, in both scripts.
    ("川普指出：「我們確實是支持的政黨」、「而且一直在努力。」",
     [("direct", "川普", "指出", "我們確實是支持的政黨"), ("direct", "川普", "指出", "而且一直在努力。")]),
    ("特朗普指出：“我们确实是支持的政党”、“而且一直在努力。”",
     [("direct", "特朗普", "指出", "我们确实是支持的政党"), ("direct", "特朗普", "指出", "而且一直在努力。")]),
    # 報導 after a common noun is a noun (動態報導): nobody reports there.
    ("茲溫丘克每天提供烏克蘭戰場動態報導，已成為最有影響力的俄國軍事部落客之一。", []),
    # A quote joined by 、 to an anonymous source's quotes stays theirs; the speaker after it
    # speaks only its own clause.
    ("有網友說，「七千年的地質，怎麼辦」、「這樣是不是已經完了？」經濟部昨下午則是在臉書表示，三接外推後讓藻礁保存下來。",
     [("indirect", "經濟部", "表示", "三接外推後讓藻礁保存下來")]),
    # 提及 needs a comma like 提到; 號召 calls on people like 呼籲.
    ("紐時直到文章第4段才提及賀錦麗，焦點反而都放在川普。", []),
    ("习近平指出，全党要把青年工作作为战略性工作来抓，并号召广大青年要坚定不移听党话。",
     [("indirect", "习近平", "指出", "全党要把青年工作作为战略性工作来抓"),
      ("indirect", "习近平", "号召", "广大青年要坚定不移听党话")]),
    # A clause of time (…以来) is no subject for a cue further on, nor its 的-modified name.
    ("习近平始终高度重视青年。党的十八大以来，从勉励青年立志到强调“人生的扣子从一开始就要扣好”。", []),
    ("习近平始终高度重视青年。党的十八大以来，从勉励青年“立志做大事”到强调“人生的扣子从一开始就要扣好”；", []),
    # A quoted outlet name is a name, not speech; a quoted noun phrase in 的 is no speech.
    ("「紐約時報」編輯委員會今天刊登文章，稱她是唯一的選擇。", [("indirect", "編輯委員會", "稱", "她是唯一的選擇")]),
    ("紐時強調，比起兩黨體系中「政治和原則上的競爭」，這場大選更根本。",
     [("indirect", "紐時", "強調", "比起兩黨體系中「政治和原則上的競爭」，這場大選更根本")]),
    # 表態 between an outlet in quotes and its cue: the outlet speaks, nested in the report.
    ("法新社報導，「紐約客週刊」（The New Yorker）昨天也表態指出「除了川普誰都好」。",
     [("indirect", "法新社", "報導", "「紐約客週刊」（The New Yorker）昨天也表態指出「除了川普誰都好」"),
      ("direct", "紐約客週刊", "指出", "除了川普誰都好")]),
    # An outlet named in quotes opening a clause, right before its cue, speaks.
    ("此外， 「新聞週刊」指出，二○一六年總統大選後，俄國干預美國選舉成為主要議題之一。",
     [("indirect", "新聞週刊", "指出", "二○一六年總統大選後，俄國干預美國選舉成為主要議題之一")]),
])
def test_round3_cues_and_quotes(builder, resources, text, expected):
    names = {"羅智強": "PERSON", "徐國勇": "PERSON", "川普": "PERSON", "特朗普": "PERSON", "茲溫丘克": "PERSON",
             "习近平": "PERSON", "經濟部": "ORG", "紐時": "ORG", "賀錦麗": "PERSON", "編輯委員會": "ORG", "法新社": "ORG", "十八大": "ORG"}
    article = prepare(builder, resources, text, names)
    assert rows(article) == expected


def test_country_then_verb_makes_no_speaker_of_the_object(builder, resources):
    """The NER tags 紐 (of 紐時) a country; 紐時稱共和黨…，還說… must not give 共和黨 the
    words: a verb between a country and an organisation makes it the object, not the subject."""
    text = "同時，紐時稱共和黨只不過是川普「追求重新掌權」的「工具」，還說川普若再次當上總統會造成傷害。"
    article = prepare(builder, resources, text, {"紐": "GPE", "共和黨": "ORG", "川普": "PERSON"})
    assert all(s.speaker != "共和黨" for s in article.statements), rows(article)


@pytest.mark.parametrize("text,expected", [
    # A cue, the name it targets, a comma or colon, then a quote: the quote is what was said,
    # even for cues that otherwise need a comma (嘲諷) — in both scripts.
    ("川普甚至嘲諷拜登，「還沒結束！明天拜登醒來，就會忘記自己已經退選了！」",
     [("direct", "川普", "嘲諷", "還沒結束！明天拜登醒來，就會忘記自己已經退選了！")]),
    ("特朗普甚至嘲讽拜登，“还没结束！明天拜登醒来，就会忘记自己已经退选了！”",
     [("direct", "特朗普", "嘲讽", "还没结束！明天拜登醒来，就会忘记自己已经退选了！")]),
    ("藍委痛批蔡英文：「政府就是做不好！」", [("direct", "藍委", "痛批", "政府就是做不好！")]),
    # Without the quote, 嘲諷 still needs its comma.
    ("川普嘲諷拜登是最差的總統。", []),
])
def test_cue_then_target_then_quote(builder, resources, text, expected):
    names = {"川普": "PERSON", "特朗普": "PERSON", "拜登": "PERSON", "蔡英文": "PERSON"}
    article = prepare(builder, resources, text, names)
    assert rows(article) == expected


@pytest.mark.parametrize("text,expected", [
    # A clause with a subject and no known cue, then a colon, introduces the subject's words.
    ("圖倫廷附和道：「這麼做就是為了拉響警報，向全黨發出警訊。」",
     [("direct", "圖倫廷", None, "這麼做就是為了拉響警報，向全黨發出警訊。")]),
    ("王美花急轉彎改口：「三接蓋不蓋，與用電無關。」", [("direct", "王美花", None, "三接蓋不蓋，與用電無關。")]),
    ("拜登發表演說。他一言蔽之：「中国超越美国，不可避免是我入主白宫时的显学。」",
     [("direct", "拜登", None, "中国超越美国，不可避免是我入主白宫时的显学。")]),
    # Not a subject named only before the clause (歌詞描述…如下), not an organisation before a
    # title and a name the NER missed (IMF首席經濟學家古蘭沙說：).
    ("馬凱碩說過此事。其歌詞描述棋子處境如下：「我像是一顆棋子，進退任由你決定。」", "NO 馬凱碩"),
    ("IMF首席經濟學家古蘭沙說：「這些風險都逐漸增強，朝下行邁進。」", "NO IMF"),
])
def test_colon_after_a_clause_with_a_subject(builder, resources, text, expected):
    names = {"圖倫廷": "PERSON", "王美花": "PERSON", "拜登": "PERSON", "馬凱碩": "PERSON", "IMF": "ORG"}
    article = prepare(builder, resources, text, names)
    if isinstance(expected, str):
        wrong = expected.split()[1]
        assert all(s.speaker != wrong for s in article.statements), rows(article)
    else:
        assert [r for r in rows(article) if r[0] == "direct"] == expected


@pytest.mark.parametrize("text,speakers", [
    # What follows a possessor's 的 must be a noun phrase to speak: 馬斯克的支持者 speaks,
    # 賀錦麗的選情正在下滑 (a clause) does not, so 形容 goes on with 郝柏林.
    ("郝柏林指出，賀錦麗的選情正在下滑，形容其競選活動是一場「實驗」，面臨諸多挑戰。", ["郝柏林", "郝柏林"]),
    ("馬斯克的支持者認為，川普會贏。", ["馬斯克的支持者"]),
])
def test_possessed_speaker_is_a_noun_phrase(builder, resources, text, speakers):
    article = prepare(builder, resources, text, {"郝柏林": "PERSON", "賀錦麗": "PERSON", "馬斯克": "PERSON",
                                                 "川普": "PERSON"})
    assert [s.speaker for s in article.statements] == speakers


def test_zero_subject_after_a_programme_title(builder, resources):
    """《ABC》主持人戴維斯（Linsey Davis）立即糾正…，強調…: the programme's title before the
    official's frame does not hide the subject of the next cue."""
    text = "這是非法行為，《ABC》主持人戴維斯（Linsey Davis）立即糾正川普的用詞，強調美國沒有任何一州可以合法地殺害嬰兒。"
    article = prepare(builder, resources, text, {"川普": "PERSON"}, [("主持人戴維斯", "主持人", "戴維斯")])
    assert rows(article) == [("indirect", "戴維斯", "強調", "美國沒有任何一州可以合法地殺害嬰兒")]


def test_zero_subject_after_a_title_chain(builder, resources):
    """前「經濟學人」（The Economist）期刊總編艾默特接受…，並表示: the quoted name and its English
    form end no clause for the walk back, and the noun left of the title (期刊) is modifier."""
    text = ("英國智庫「國際戰略研究所」（IISS）理事會主席、前「經濟學人」（The Economist）期刊總編艾默特"
            "接受美國之音訪問，並表示川普若再度當選也不會對北京示弱。")
    article = prepare(builder, resources, text, {"川普": "PERSON"}, [("總編艾默特", "總編", "艾默特")])
    assert rows(article) == [("indirect", "艾默特", "表示", "川普若再度當選也不會對北京示弱")]


@pytest.mark.parametrize("text,names,speaker", PRONOUN_GENDER)
def test_pronoun_gender(builder, resources, text, names, speaker):
    article = prepare(builder, resources, text, names)
    assert [s.speaker for s in article.statements] == [speaker]


SCENES = [
    # (text, published, said_on of every statement): the lead dates the occasion reported.
    ("国家主席习近平19日在钓鱼台国宾馆会见美国前财长鲍尔森。\n\n习近平指出，当前，中美关系总体发展良好。\n\n鲍尔森表示，美中关系十分重要。",
     "2016-04-19", ["2016-04-19", "2016-04-19"]),
    ("「珍愛藻礁」公投案將在12月18日舉行，林思銘今日於立院追問。林思銘說，過去政府承諾藻礁保育，結果到現在還不做。",
     "2021-10-21", ["2021-10-21"]),
    # A day named after the lead starts another occasion; a dateline is no occasion.
    ("习近平19日会见鲍尔森。\n\n鲍尔森17日表示，美中关系十分重要。他表示，双方应加强合作。",
     "2016-04-19", ["2016-04-17", "2016-04-17"]),
    ("（中央社記者柏林6日專電）德國政界喜憂參半。\n\n貝爾伯克說，與川普合作不是一件容易的事。", "2024-11-06", [None]),
    # A holiday is a season, not the occasion: 习近平在大会上提出 was said at another time.
    ("这个春节，不少村里人的年也搬到了网上。习近平总书记在第二届世界互联网大会上提出，要打通网络基础设施。",
     "2016-02-10", [None]),
    # 今 in the lead with no time expression still dates the occasion; a clock time or a day
    # weeks before, named later, does not end the scene; a treaty's day is no occasion.
    ("國民黨立院黨團今召開記者會。立委林思銘說，中選會曲解法律。", "2021-05-14", ["2021-05-14"]),
    ("当地时间15日，习近平出席迎接仪式。\n\n15时20分许，习近平抵达联邦大厦。\n\n鲍尔森表示，瑞士是中国值得信赖的伙伴。",
     "2017-01-16", ["2017-01-15"]),
    ("林思銘今日於立院追問。台中市選委會也在4月28日函文中選會。林思銘說，中選會曲解法律。", "2021-05-14",
     ["2021-05-14"]),
    ("美俄之間的《新削減戰略武器條約》周四(5日)失效。\n\n川普表示，他希望達成更好的協議。", "2026-02-05", [None]),
    # A day long before publication is history, not the occasion reported.
    ("川普2025年1月20日就職，白宮舉行典禮。\n\n川普表示，他希望達成協議。", "2026-02-09", [None]),
]


# Round 3 (tests/cases/statements_unseen.json): what a dateline, a past or repeated saying,
# a bare 今 and a day named for the sentence's scene do to said_on.
SCENES += [
    # A dateline's day is no occasion, but the story's 今天 counts from it (filed in
    # Washington on the 16th, published in Taipei on the 17th).
    ("（中央社台北5日電）艾默特接受訪問，並表示川普不會示弱。 艾默特指出，這個策略自相矛盾。", "2024-11-05",
     [None, None]),
    ("（中央社華盛頓16日綜合外電報導）川普今天在節目上自稱為「父親」。 川普指出，我們確實是支持的政黨。", "2024-10-17",
     ["2024-10-16"]),
    # 曾 / 多次 make the saying a past or repeated one: the lead's day does not date it.
    ("川普5日在節目上發言。賀錦麗曾在造勢場合上指控，川普若當選會簽署禁令。", "2026-02-06", [None]),
    ("普京5日表示，俄罗斯将提升国防能力。\n\n俄罗斯领导人多次表示将维护国家安全。", "2026-02-06", ["2026-02-05", None]),
    # A bare 今 between speaker and cue is the day of publication; a date in someone's reported
    # clause before (2007年) is what was said.
    ("中選會昨舉行發表會，徐國勇說，對方只看到皮毛。羅智強今表示，2007年的徐國勇支持公投；羅直言，這是個蠢到爆的主張。",
     "2021-11-19", ["2021-11-18", "2021-11-19", "2021-11-19"]),
    # A day the sentence names for its scene before the speaker dates the saying; a date inside
    # the object of the speaker's verb (效法當年推動公投的林義雄) does not.
    ("羅智強今表示，徐國勇的臉皮很厚。發表會昨（18日）登場，羅智強效法當年推動公投的林義雄，痛批民進黨不要拿過去當藉口。",
     "2021-11-19", ["2021-11-19", "2021-11-18"]),
]


@pytest.mark.parametrize("text,published,said_on", SCENES)
def test_said_on_from_the_lead(builder, resources, text, published, said_on):
    names = {n: "PERSON" for n in ("习近平", "鲍尔森", "林思銘", "貝爾伯克", "川普", "习近平总书记", "艾默特", "賀錦麗",
                                   "普京", "徐國勇", "羅智強", "林義雄")}
    article = prepare(builder, resources, text, names, published=published)
    assert [s.said_on for s in article.statements] == said_on


# Round 5 (tests/cases/statements_unseen_d.json): follow-up leads, dates inside relative
# clauses, and a spokesman after the organisation's dated announcement.
ROUND5_SCENES = [
    # A time of the speaker's own, however vague (近日), stops the organisation's occasion.
    ("日本製鐵在去年12月宣布，將收購美國鋼鐵。日本製鐵公司副會長森高宏近日與員工展開對話，承諾收購後不會裁員。",
     "2024-08-12", ["2023-12", None]),
    # A lead three days before publication opens a follow-up: the reports quoted since are
    # not dated by it; the day before publication still is the occasion.
    ("美國共和黨總統候選人川普十五日在佛州險遭暗殺。 美聯社報導，勞斯一直待在球場外圍樹叢。", "2024-09-18", [None]),
    ("川普17日在佛州出席造勢活動。 川普表示，他很安全。", "2024-09-18", ["2024-09-17"]),
    # 昨日所提出的 dates the act of a relative clause, not the press conference of 今日.
    ("曾文生今日出席記者會時被問及侯友宜昨日所提出的能源政策，對此，曾文生說，再生能源是主角。", "2023-08-10",
     ["2023-08-10"]),
    # The spokesman speaks on the occasion his party announced in the sentence before.
    ("為加強論述，民眾黨今宣布，5月2日舉行研討會。民眾黨發言人張清俊指出，黨主席要求全力溝通立場。", "2021-04-27",
     ["2021-04-27", "2021-04-27"]),
]


@pytest.mark.parametrize("text,published,said_on", ROUND5_SCENES)
def test_said_on_follow_ups_modifiers_and_organisations(builder, resources, text, published, said_on):
    names = {"川普": "PERSON", "勞斯": "PERSON", "美聯社": "ORG", "曾文生": "PERSON", "侯友宜": "PERSON", "民眾黨": "ORG",
             "日本製鐵": "ORG"}
    officials = [("民眾黨發言人張清俊", "發言人", "張清俊")] if "張清俊" in text else []
    officials += [("日本製鐵公司副會長森高宏", "副會長", "森高宏")] if "森高宏" in text else []
    article = prepare(builder, resources, text, names, officials, published=published)
    assert [s.said_on for s in article.statements] == said_on


# Round 6 (tests/cases/statements_audit_e.jsonl, a broad sample): dates that are no occasion.
ROUND6_SCENES = [
    # A date in brackets after the speaker is the writer's aside; 四年前 right after a verb
    # (提到四年前的敗選) is what the verb is about.
    ("賀錦麗上前向川普握手（此為自2016年以來首度握手），並批評川普削弱美國。", "2024-09-12", [None]),
    ("川普還提到四年前的敗選、稱賀錦麗是馬克思主義者。", "2024-09-12", [None]),
    # In a text whose paragraphs run on one line, a speaker's date three paragraphs up does not
    # carry; the paragraph just before does (the same evening goes on).  Five days before
    # publication the lead's day is no scene of its own (SCENE_DAYS).
    ("川普18日在集會上表示，他一定會贏得大選。 民調顯示兩人接近。 選情仍然膠著。 川普與普廷關係良好，川普宣稱，兩人會再會談。",
     "2024-10-23", ["2024-10-18", None]),
    ("川普18日在集會上表示，他一定會贏得大選。 川普也宣稱，中國非常強大。", "2024-10-23", ["2024-10-18", "2024-10-18"]),
    # The sentence before dates the speaker only in a clause that names them or before them.
    ("芮普胡伯表示，「我們很團結。」 岸田文雄14日宣布不參選。芮普胡伯認為，變化無法避免。", "2024-08-20",
     [None, None]),
    # A vague time of the speaker's own (最近幾週) is no day of the occasion around it.
    ("川普昨天在佛州造勢。川普最近幾週更宣稱，博弈市場比民調準。", "2024-11-05", [None]),
]


@pytest.mark.parametrize("text,published,said_on", ROUND6_SCENES)
def test_said_on_asides_and_paragraphs(builder, resources, text, published, said_on):
    names = {"芮普胡伯": "PERSON", "岸田文雄": "PERSON", "賀錦麗": "PERSON", "川普": "PERSON", "普廷": "PERSON"}
    article = prepare(builder, resources, text, names, published=published)
    assert [s.said_on for s in article.statements] == said_on


@pytest.mark.parametrize("text,expected", [
    # A quote right after the speaker's quote goes on with the same speaker.
    ("川普說：「如果我們贏了，一切都會解決。」「如果我們沒贏，可能會爆發大戰。」",
     [("direct", "川普", "說", "如果我們贏了，一切都會解決。"), ("direct", "川普", "說", "如果我們沒贏，可能會爆發大戰。")]),
    ("賀錦麗說，「他說，是的」，「我就是這樣知道的」。",
     [("direct", "賀錦麗", "說", "他說，是的"), ("direct", "賀錦麗", "說", "我就是這樣知道的")]),
    # A quoted term with no verb, a noun at its end, is no speech however long.
    ("特勤局表示，國會聯席會議已定調為「國家特殊安全事件」。",
     [("indirect", "特勤局", "表示", "國會聯席會議已定調為「國家特殊安全事件」")]),
    # A share of those polled holds a view; nobody named said it.
    ("民調顯示，63%的選民認為賀錦麗對邊境問題有責任，55%認為她對通膨有責任。", []),
])
def test_round6_quotes_terms_and_polls(builder, resources, text, expected):
    names = {"川普": "PERSON", "賀錦麗": "PERSON", "特勤局": "ORG"}
    article = prepare(builder, resources, text, names)
    assert rows(article) == expected


@pytest.mark.parametrize("text,names,speakers", [
    # A person, perhaps 的, nouns of a relation, then another person: the second speaks, also
    # for a pronoun after them.
    ("川普陣營發言人米勒對媒體指出，賀錦麗的蜜月期已經結束。", {"川普": "PERSON", "米勒": "PERSON", "賀錦麗": "PERSON"},
     ["米勒"]),
    ("川普長孫女凱伊分享故事，說他會拿糖果給我們。", {"川普": "PERSON", "凱伊": "PERSON"}, ["凱伊"]),
    ("川普的前國家安全顧問歐布萊恩接受訪問，他說：「台灣必須增加國防支出。」",
     {"川普": "PERSON", "歐布萊恩": "PERSON"}, ["歐布萊恩"]),
    # An op-ed announced in the lead speaks for its authors far below (文章指出).
    ("美國前總統川普任內的副總統彭斯今天投書華盛頓郵報。" + "美國必須支持台灣。" * 30 + "文章指出，台灣是重要屏障。",
     {"川普": "PERSON", "彭斯": "PERSON", "華盛頓郵報": "ORG"}, ["彭斯"]),
])
def test_round6_possessors_and_op_eds(builder, resources, text, names, speakers):
    officials = [("國家安全顧問歐布萊恩", "國家安全顧問", "歐布萊恩")] if "歐布萊恩" in text else []
    article = prepare(builder, resources, text, names, officials)
    assert [s.speaker for s in article.statements] == speakers


@pytest.mark.parametrize("text,expected", [
    # A clause with its subject and no cue, a comma, and a quote that ends the sentence.
    ("川普仍在自己的造勢場合送上祝福，「我想祝她60歲生日快樂」。",
     [("direct", "川普", None, "我想祝她60歲生日快樂")]),
    ("川普仍在造勢場合送上祝福，「生日快樂」的標語高掛。", []),
    # After a cue earlier in the sentence the quote is that report's, not its clause subject's.
    ("劉世芳指出，侯友宜曾主張核一廠準時除役；侯跟他過去的說法相反，「今日侯友宜打臉昨日侯友宜」。",
     [("indirect", "劉世芳", "指出", "侯友宜曾主張核一廠準時除役")]),
    # Anonymous netizens (網友) speak for no one: their quotes do not go on with the last speaker.
    ("國民黨發言人李明璇留言表示，「總統怎麼又公然說謊呢？」其他網友亦紛紛留言表示，「明明是反萊豬公投，一定要用這骯髒手法誤導反美豬嗎？」"
     "「是反萊豬不是反美豬，主文清清楚楚寫著」。",
     [("direct", "李明璇", "表示", "總統怎麼又公然說謊呢？")]),
    # A bare 相信 after a comma goes on with the report; …，認為… starts a new one.
    ("陳逸樺說，荒野保護協會也加入整理團隊，相信今明必能消化海量份數。",
     [("indirect", "陳逸樺", "說", "荒野保護協會也加入整理團隊，相信今明必能消化海量份數")]),
    # A clause about the words just reported is the writer's comment.
    ("波頓說，習近平曾告訴川普，他期待兩人再合作6年，這番話可能是要幫川普打氣。",
     [("indirect", "波頓", "說", "習近平曾告訴川普，他期待兩人再合作6年"),
      ("indirect", "習近平", "告訴", "他期待兩人再合作6年")]),
])
def test_round6_clauses_beliefs_and_comments(builder, resources, text, expected):
    names = {"川普": "PERSON", "陳逸樺": "PERSON", "荒野保護協會": "ORG", "波頓": "PERSON", "習近平": "PERSON",
             "劉世芳": "PERSON", "侯友宜": "PERSON", "李明璇": "PERSON", "國民黨": "ORG"}
    article = prepare(builder, resources, text, names)
    assert rows(article) == expected


@pytest.mark.parametrize("value,after", [
    # 預計9月選出 in an August paper, 明年, a day after publication: announced, never said.
    ("2024-09", True), ("2025", True), ("2024-08-17", True),
    ("2024-08", False), ("2024", False), ("2024-08-16", False), ("2023-12", False),
])
def test_dates_after_publication_date_no_saying(value, after):
    import datetime as dt
    from pipeline.statements import after_publication
    assert after_publication(value, dt.date(2024, 8, 16)) is after


@pytest.mark.parametrize("text,expected", [
    # 不諱言 reports what follows; 轉述 / 指示 / 澄清 only before a comma.
    ("退輔會主委嚴德發不諱言中共對退役軍人滲透手段多元。",
     [("indirect", "嚴德發", "不諱言", "中共對退役軍人滲透手段多元")]),
    ("行政院發言人李慧芝轉述，院長要求各部會加速推動。", [("indirect", "李慧芝", "轉述", "院長要求各部會加速推動")]),
    ("行政院長卓榮泰指示，要強化國安機制。", [("indirect", "卓榮泰", "指示", "要強化國安機制")]),
    ("经济部依照指示澄清事实。", []),
    # 據轉述 / 据介绍: an anonymous source ("according to") reports nothing.
    ("民進黨今中常會，據轉述，大家不要有壓力，有意見都歡迎提出來。", []),
    ("据介绍，该项目总投资达到十亿元。", []),
    # 法|說 (jieba's abbreviation of 法人說明會) is no cue.
    ("魏哲家今天在法說會上表示，AI需求非常強勁。", [("indirect", "魏哲家", "表示", "AI需求非常強勁")]),
    # A drill's code name in quotes is no speech.
    ("東部戰區宣布，進行「海峽雷霆-2025A」操演。", [("indirect", "東部戰區", "宣布", "進行「海峽雷霆-2025A」操演")]),
    # A judging cue, the one judged by name (a title before it), then at once a quote.
    ("游淑慧在臉書質疑總統蔡英文「嘴巴喊藻礁永存，行動卻藻礁永息」。",
     [("indirect", "游淑慧", "質疑", "總統蔡英文「嘴巴喊藻礁永存，行動卻藻礁永息」"),
      ("direct", "游淑慧", "質疑", "嘴巴喊藻礁永存，行動卻藻礁永息")]),
    ("林德福要求國民黨須限期補正「公投綁大選」。", []),
    # 面對外界質疑，…: the topic answered, not a statement of 外界.
    ("面對外界質疑，邱國正昨表示，他不能承諾官兵不吃美豬。",
     [("indirect", "邱國正", "表示", "他不能承諾官兵不吃美豬")]),
    ("對於此事蘇貞昌表示，政府會依法行政。", [("indirect", "蘇貞昌", "表示", "政府會依法行政")]),
    ("水務局減少紙張使用，並利用大數據分析，提升預算執行效率。", []),
    # 數據指出 is no 據 ("according to") before the cue.
    ("費鴻泰提出數據指出，美豬2016年進口量為4266公噸。",
     [("indirect", "費鴻泰", "指出", "美豬2016年進口量為4266公噸")]),
])
def test_round5_cues(builder, resources, text, expected):
    names = {"嚴德發": "PERSON", "李慧芝": "PERSON", "卓榮泰": "PERSON", "民進黨": "ORG", "游淑慧": "PERSON",
             "費鴻泰": "PERSON", "水務局": "ORG", "東部戰區": "ORG", "魏哲家": "PERSON",
             "蔡英文": "PERSON", "林德福": "PERSON", "國民黨": "ORG", "邱國正": "PERSON", "蘇貞昌": "PERSON"}
    article = prepare(builder, resources, text, names)
    assert rows(article) == expected


@pytest.mark.parametrize("text,names,speakers", [
    # A name after a preposition that follows the subject is where or whom the words went.
    ("普亭五日在海參崴召開的東方經濟論壇說，他建議美國選民支持賀錦麗。", {"普亭": "PERSON", "東方經濟論壇": "ORG"}, ["普亭"]),
    ("竹下登還對其他與會人士表示，美元貶值20%沒問題。", {"竹下登": "PERSON"}, ["竹下登"]),
    # 其他 is no pronoun 其 + 他: 其他人 is nobody resolved.
    ("川普昨天受訪。他說，關稅會生效。其他人表示，這不可能。", {"川普": "PERSON"}, ["川普"]),
    # An organisation, a title and a name the officials stage left alone: the person speaks; a
    # name glued to its title (习近平总书记) is no group.
    ("特斯拉執行長馬斯克表示，暫停投資建設中的墨西哥工廠。", {"特斯拉": "ORG", "馬斯克": "PERSON"}, ["馬斯克"]),
    ("习近平总书记在座谈会上的重要讲话提出了明确要求，他指出，文艺工作者要坚守艺术理想。", {"习近平": "PERSON"}, ["习近平"]),
    # A one-character country glued to another (日中, 美中) is talked about: the zero subject
    # of 重申 goes on with the speaker.
    ("林芳正也提到，日中正在籌備舉行外長會議，重申有必要持續與中國對話。", {"林芳正": "PERSON", "日": "GPE", "中": "GPE"},
     ["林芳正", "林芳正"]),
    # jieba glues a one-character cue to the name's last character (李德|維說); the NER's
    # one-character country opens a name jieba reads (墨|菲 → 墨菲/nr); a verbal noun in a
    # possessed noun phrase (賀錦麗的競選團隊); the one before 在…說明會 speaks there.
    ("國民黨立委李德維說，今年已有2000噸美豬進口到台灣。", {"李德維": "PERSON"}, ["李德維"]),
    ("對於國會議員不再挺烏克蘭，墨菲批評，這種想法太天真。", {"墨": "GPE", "烏克蘭": "GPE"}, ["墨菲"]),
    ("賀錦麗的競選團隊表示，她已接受CNN的邀請。", {"賀錦麗": "PERSON"}, ["賀錦麗的競選團隊"]),
    ("總統賴清德16日下午在中市「4個不同意，台灣更有力」公投說明會表示，市民應該優先關心藻礁。", {"賴清德": "PERSON"},
     ["賴清德"]),
    # A description and the name it ends with, alone in a clause, is the subject after it;
    # CCTV's title after the name (唐复平代表) may stand before the cue.
    ("對此，珍愛藻礁公投領銜人潘忠政，今日在廣播節目受訪時表示，只外推1公里仍會破壞藻礁。", {"潘忠政": "PERSON"}, ["潘忠政"]),
    ("民眾支持潘忠政，今日在廣播節目受訪時表示，只外推1公里仍會破壞藻礁。", {"潘忠政": "PERSON"}, []),
    ("来自鞍钢的唐复平代表坦言，改革尚在爬坡过坎儿。", {"鞍钢": "ORG", "唐复平": "PERSON"}, ["唐复平"]),
    # Groups Taiwan news and CCTV shorten: 環團, 代表們.
    ("最後環團呼籲，台灣中油立即停止開發。", {}, ["環團"]),
    ("代表们认为，党中央彻查辽宁拉票贿选案。", {}, ["代表们"]),
    # A bare 今 and 在臉書 stand between a speaker and the cue; diplomats, institutional
    # investors, a verbal noun modifying a group (企業經營高層); a document's publisher named
    # in it (中選會內部評估報告); a report published is an object, not the cue's subject.
    ("當天節目主持人的黃光芹今在臉書指出，趙怡翔也坦承錯了。", {"黃光芹": "PERSON", "趙怡翔": "PERSON"},
     ["黃光芹"]),
    ("另一名北約外交官指出：「這是非常艱困時期。」", {"北約": "ORG"}, ["一名北約外交官"]),
    ("投信法人認為，台股大盤今年不斷創高。", {}, ["投信法人"]),
    ("日本企業經營高層也普遍認為，進口物價揚升的影響越來越大。", {"日本": "GPE"}, ["日本企業經營高層"]),
    ("中選會內部評估報告指出，此次公投投票權人預估超過1980萬人。", {}, ["中選會內部評估報告"]),
    ("共和黨緊咬移民議題，近日公佈報告稱，無證移民人數將破千萬。", {"共和黨": "ORG"}, ["共和黨"]),
    # A modal is no organisation ending in 會; a cue word opening a noun for a speaker
    # (分析人士) is no cue; a 昨 the NER takes into a name is left out of it.
    ("有人失望，可能會認為投了也沒有用。", {}, []),
    ("政治分析人士指出，這些安保措施是對大選風波的應對。", {}, ["政治分析人士"]),
    ("游淑慧昨（30日）在臉書發文指出，美國自己都退出CPTPP。", {"游淑慧昨": "PERSON"}, ["游淑慧"]),
    # A one-character country and one more character abbreviate who speaks (美媒, 日媒, 以軍,
    # 紐時); a programme's name in 《》 tagged ORG is no subject.
    ("美媒報導，川普將在下周訪問台灣。", {"美": "GPE", "川普": "PERSON"}, ["美媒"]),
    ("日媒指出，石破茂將解散眾議院。", {"石破茂": "PERSON"}, ["日媒"]),
    ("同時，紐時稱共和黨只不過是川普的「工具」。", {"紐": "GPE", "共和黨": "ORG", "川普": "PERSON"}, ["紐時"]),
    ("《ABC》主持人戴維斯立即糾正川普的用詞，強調沒有任何一州可以合法殺害嬰兒。",
     {"ABC": "ORG", "戴維斯": "PERSON", "川普": "PERSON"}, ["戴維斯"]),
    # 沒想到 is the writer's surprise, and a place word may stand inside a noun phrase
    # after a country (中共東部戰區).
    ("沒想到中共東部戰區2日再宣布，針對台灣中部、南部海域進行操演。", {"中共": "GPE"}, ["中共東部戰區"]),
    # A headline 'name：' list of figures holds no claim.
    ("選舉人票分布\n內布拉斯加州：1張選舉人票", {"內布拉斯加州": "ORG"}, []),
    # Round 7 (statements_audit_f): a manner adverbial closed by 地 stands between the speaker
    # and the cue, after a clause opened by a modifier (一手打造核四前廠長…).
    ("昨天演講上，一手打造核四前廠長王伯輝激動地告訴大家：「核四絕對沒有問題，核四值得開起來。」",
     {"王伯輝": "PERSON"}, ["王伯輝"]),
])
def test_subjects_objects_and_words_holding_pronouns(builder, resources, text, names, speakers):
    article = prepare(builder, resources, text, names)
    assert [s.speaker for s in article.statements] == speakers


def test_person_introduced_with_a_title_takes_the_turn(builder, resources):
    """川普受訪表示…，軍事專家揭仲指出，…，「…」: the expert brought in with a description ends
    Trump's clause, so the quote after his cue is his, not Trump's."""
    text = "川普受訪表示台灣國防經費應占GDP百分之十，軍事專家揭仲指出，GDP十％約二兆六四一○億元，「連軍國主義極權國家都做不到」。"
    article = prepare(builder, resources, text, {"川普": "PERSON", "揭仲": "PERSON"})
    assert rows(article) == [
        ("indirect", "川普", "表示", "台灣國防經費應占GDP百分之十"),
        ("indirect", "揭仲", "指出", "GDP十％約二兆六四一○億元，「連軍國主義極權國家都做不到」"),
        ("direct", "揭仲", "指出", "連軍國主義極權國家都做不到")]


def test_set_phrase_tagged_as_a_name_is_no_speaker(builder, resources):
    """jieba's HMM tags 殷切期望 a person name: four characters without a middle dot are no
    name it missed, so 他 is 习近平."""
    text = "习近平总书记的重要讲话对艺术家提出了明确要求和殷切期望，他指出，文艺工作者要坚守艺术理想。"
    article = prepare(builder, resources, text, {"习近平": "PERSON"})
    assert [s.speaker for s in article.statements] == ["习近平"]


def test_pronoun_finds_the_person_an_outlet_reported(builder, resources):
    """亞當斯說，…。華盛頓郵報報導，…。報導說，勞斯曾出版一本書。他寫道，「…」: names inside an
    outlet's report stay antecedents (a person's reported clause hides its names)."""
    text = ("亞當斯說，他曾向國務院回報。華盛頓郵報報導，一個網站將勞斯列為協調員。報導說，勞斯曾出版一本關於烏克蘭的書，"
            "提到他對台灣的看法。他寫道，「我們應該用軍艦圍繞台灣，這將是一場十分鐘的戰爭」。")
    article = prepare(builder, resources, text, {"亞當斯": "PERSON", "華盛頓郵報": "ORG", "勞斯": "PERSON", "國務院": "ORG"})
    assert [s.speaker for s in article.statements if s.kind == "direct"] == ["勞斯"]


def test_time_tagged_as_a_name_is_no_speaker(builder, resources):
    """jieba tags 今天上午 a person name; the time expression covers it, so the speaker is 林佳龍."""
    article = prepare(builder, resources, "林佳龍今天上午在立法院受訪時表示，台美關係穩固。", {"林佳龍": "PERSON"},
                      published="2024-10-24")
    assert [(s.speaker, s.said_on) for s in article.statements] == [("林佳龍", "2024-10-24")]


ENGLISH = [
    ('"We will get a better deal," said Donald Trump.', [("direct", "Donald Trump", "We will get a better deal,")]),
    ('Mr. Obama said, "And they are terrifying to me."', [("direct", "Obama", "And they are terrifying to me.")]),
    ("Donald Trump said that the treaty would simply expire.", [("indirect", "Donald Trump", "the treaty would simply expire")]),
    ('The treaty expired. Officials said in an interview nothing.', []),
    ("O'Neill said Friday that the video would be released soon.", [("indirect", "O'Neill", "the video would be released soon")]),
    ("Tapper told host Larry O'Connor that the evidence was damning.", [("indirect", "Tapper", "the evidence was damning")]),
    ("Schiff told Capital Download on Wednesday.", []),
]


@pytest.mark.parametrize("text,expected", ENGLISH)
def test_english(builder, resources, text, expected):
    article = make_article(builder, text)
    for stage in (normalize.build_view, sentences.split_sentences, segment.segment):
        article = stage(article, resources)
    assert article.lang == "en"
    article = find_statements(article, resources)
    assert [(s.kind, s.speaker, s.text) for s in article.statements] == expected


@pytest.mark.parametrize("text", ["", " ", "「", "」他說：", "他說：「", "說", "\n\n「」\n", "Said.", '"'])
def test_never_crashes(builder, resources, text):
    article = Article(article_id="x", lang="zh-Hant", text=text, content_hash="h")
    for stage in (normalize.build_view, sentences.split_sentences, segment.segment):
        article = stage(article, resources)
    find_statements(article, resources)


# ---------------------------------------------------------------------------------------
# The sample articles (whole pipeline)


def find(article: Article, kind: str, text_part: str):
    return next((s for s in article.statements if s.kind == kind and text_part in s.text), None)


@pytest.mark.parametrize("kind,text_part,speaker,cue,said_on", [
    ("direct", "如果它到期了，那就到期吧。", "川普", "表示", None),
    ("direct", "中美核力量根本不在一個量級", "郭嘉昆", "說", "2025-08"),
    ("indirect", "川普4月訪問中國的計畫保持不變", "盧特尼克", "表示", "2026-01"),
    ("direct", "國際軍控界都有個疑問", "陸慷", "說", "2019-05"),
    ("indirect", "希望跟俄羅斯和中國就削減核武庫存進行商談", "川普", "表示", "2025-01-23"),
])
def test_trump_article(trump_article, kind, text_part, speaker, cue, said_on):
    s = find(trump_article, kind, text_part)
    assert s is not None, text_part
    assert (s.speaker, s.cue) == (speaker, cue)
    assert s.said_on == said_on
    if speaker == "川普":
        assert s.speaker_title == "總統" and s.speaker_entity_id


@pytest.mark.parametrize("kind,text_part,speaker,cue,said_on", [
    ("indirect", "若美方不作出破壞現有平衡的舉動", "普京", "表示", "2025-09"),
    ("indirect", "雙方原則上可自由選擇後續行動", "俄外交部", "表示", "2026-02-03"),
    ("indirect", "在2018年2月5日前", "美國國務院", "聲明", None),
    ("direct", "我們會達成一項更好的協議", "特朗普", "聲言", "2026-01"),
    ("indirect", "中方對美俄《新削減戰略武器條約》失效表示遺憾", "林劍", "表示", None),
])
def test_treaty_article(treaty_article, kind, text_part, speaker, cue, said_on):
    s = find(treaty_article, kind, text_part)
    assert s is not None, text_part
    assert (s.speaker, s.cue, s.said_on) == (speaker, cue, said_on)


def test_said_on_follows_the_narrative(trump_article):
    """兩天後，…郭嘉昆再次回絕…。他說：「…」: the date of the sentence before, which names him
    (timex anchors 兩天後 on the narrated 去年8月)."""
    assert find(trump_article, "direct", "中美核力量根本不在一個量級").said_on == "2025-08"


def test_sample_rows_are_well_formed(trump_article, treaty_article):
    total = 0
    for article in (trump_article, treaty_article):
        starts = [s.start for s in article.statements]
        assert starts == sorted(starts)
        for n, s in enumerate(article.statements):
            assert s.statement_id == f"{article.article_id}:st{n}"
            assert article.text[s.start:s.end] == s.text
            assert s.speaker, s
            if s.speaker_start is not None:
                assert article.text[s.speaker_start:s.speaker_end] == s.speaker
        total += len(article.statements)
    assert total >= 10
    # No scare quote or title became a statement.
    texts = {s.text for a in (trump_article, treaty_article) for s in a.statements}
    assert not texts & {"新戰略武器裁減條約", "評估", "過時", "中國軍力報告", "無核化", "威脅"}


def score(pred: list, gold: list, kind: str) -> tuple[int, int, int]:
    gold = [g for g in gold if g["kind"] == kind]
    pred = [p for p in pred if p.kind == kind]
    used, tp = set(), 0
    for g in gold:
        for i, p in enumerate(pred):
            same = p.speaker and g["speaker"] and (p.speaker in g["speaker"] or g["speaker"] in p.speaker)
            if i not in used and p.start < g["end"] and g["start"] < p.end and same:
                used.add(i)
                tp += 1
                break
    return tp, len(pred), len(gold)


@pytest.mark.skipif(not GOLD.exists(), reason="tests/gold/articles.json not present")
def test_sample_gold_f1(annotated_samples):
    """Overlap plus speaker against the hand-annotated sample articles: direct ≥ 0.95, indirect ≥ 0.80."""
    gold = {g["id"]: g for g in json.loads(GOLD.read_text(encoding="utf-8"))}
    for kind, floor in (("direct", 0.95), ("indirect", 0.80)):
        tp = n_pred = n_gold = 0
        for article_id, article in annotated_samples.items():
            if article_id not in gold:
                continue
            t, p, g = score(article.statements, gold[article_id]["statements"], kind)
            tp, n_pred, n_gold = tp + t, n_pred + p, n_gold + g
        f1 = 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 1.0
        assert f1 >= floor, (kind, tp, n_pred, n_gold)


@pytest.mark.parametrize("fixture,floors", [
    ("statements_unseen.json", {"statements": 0.93, "statements.direct": 0.93, "said_on": 0.85}),
    ("statements_unseen_b.json", {"statements": 0.83, "statements.direct": 0.74, "said_on": 0.9}),
    ("statements_unseen_c.json", {"statements": 0.79, "statements.direct": 0.74, "said_on": 0.9}),
    # Set D has 8 direct rows: one flip moves direct by 0.11, so its floor leaves room for one
    # (the NER models change under it).
    ("statements_unseen_d.json", {"statements": 0.8, "statements.direct": 0.75, "said_on": 0.85}),
])
def test_statements_on_unseen_articles(fixture, floors, annotate_fn):
    """Statements on articles drawn by tests/cases/statements_unseen_draw.py (seeded, outside both
    gold sets), annotated by reading before the pipeline ran on them.  Set A (8 articles): first
    run F1 0.857 (direct 0.786), said_on 0.57 of matched; round 3 fixed what it showed (F1 0.968,
    direct 0.966, said_on 0.92).  Set B (6 articles, drawn after those fixes): F1 0.667 (direct
    0.471) on arrival, 0.78 (direct 0.64, precision 0.94) after fixing what it showed.  Set C (6
    articles with quotes, round 4): F1 0.667 (direct 0.467) on arrival, 0.745 (direct 0.710) after
    round 4.  Set D (6 articles of ordinary reported speech, round 5): F1 0.825 (P 0.868 R 0.786;
    direct 0.889, indirect 0.774), said_on 15 of 33 matched on arrival; round 5 (rules from set D
    and from a corpus sample, not from B-D's rows alone) brought B to 0.860 (direct 0.774), C to
    0.812 (direct 0.774) and D to 0.854 (said_on 32 of 35).  All four sets are tuned on now; the floors sit a little under the fixed figures to catch a regression."""
    from pipeline.evaluate.articles import evaluate_articles

    report = evaluate_articles(Path(__file__).parent / "cases" / fixture, annotate_fn)
    assert not report["errors"], report["errors"]
    assert report["statements"]["f1"] >= floors["statements"], report["statements"]
    assert report["statements.direct"]["f1"] >= floors["statements.direct"], report["statements.direct"]
    said_on = report["statements"]["attributes"]["said_on"]
    assert said_on["correct"] / said_on["total"] >= floors["said_on"], said_on


AUDIT_E = Path(__file__).resolve().parent / "cases" / "statements_audit_e.jsonl"
AUDIT_F = Path(__file__).resolve().parent / "cases" / "statements_audit_f.jsonl"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def assert_audit(path, floors, min_found, max_flipped=2):
    """Scores a broad audit (tests/cases/statements_audit_*.jsonl) with
    statements_audit_e_score.py: every field at or above its floor, at least `min_found` of
    the misses found, and at most `max_flipped` fields judged right at the audit now wrong
    (the NER models change under the test)."""
    import sys

    sys.path.insert(0, str(path.parent))
    from statements_audit_e_score import annotate_articles, judge, load_articles, load_audit, score

    audit = load_audit(path)
    statements = annotate_articles(load_articles({item["id"] for item in audit}))
    report = score(audit, statements)
    for field, floor in floors.items():
        right, total = report["drawn"][field]
        assert right / total >= floor, (field, right, total)
    assert report["missed"][0] >= min_found, report["missed"]
    flipped = [(item["row"], field) for item in audit if item["audit"] == "drawn"
               for field, right in judge(item, statements[item["id"]]).items()
               if not right and item["verdict"].get(field) == "ok"]
    assert len(flipped) <= max_flipped, flipped


@pytest.mark.skipif(not (CORPUS / "tw_politics_zh_hant.jsonl.gz").exists(), reason="../shared/corpus not present")
def test_statements_audit_e():
    """The broad audit of round 6 (tests/cases/statements_audit_e.jsonl: 150 output rows drawn
    from 300 corpus articles outside every gold set and fixture, judged by reading before the
    code changed, plus the statements missed in the paragraphs read).  First pass, scored by
    tests/cases/statements_audit_e_score.py with the final verdicts: statement 140/155, span
    127/135, speaker 119/135, said_on 115/135, misses found 0/21; after round 6: 144, 131, 125,
    118 and 5.  Rows judged right must stay right (the NER models change under the test, so two
    may flip); the floors sit a little under the figures after round 6."""
    assert_audit(AUDIT_E, {"statement": 0.9, "span": 0.95, "speaker": 0.9, "said_on": 0.85}, min_found=4)


@pytest.mark.skipif(not (CORPUS / "tw_politics_zh_hant.jsonl.gz").exists(), reason="../shared/corpus not present")
def test_statements_audit_f():
    """The fresh audit of round 7 (tests/cases/statements_audit_f.jsonl: 60 rows from 300 new
    articles, audit E's among the excluded, judged before any code changed), which measures how
    the rules fixed on audit E generalise.  First pass: statement 56/60, span 50/56, speaker
    46/56, said_on 42/56, misses 0/2; after the manner-adverbial rule (王伯輝激動地告訴大家)
    speaker 47 and said_on 43.  The floors sit a little under those figures: they are measured
    on rows no rule was tuned on, except that one."""
    assert_audit(AUDIT_F, {"statement": 0.9, "span": 0.85, "speaker": 0.8, "said_on": 0.72}, min_found=0)


# -- fresh gold (tests/gold_fresh/statements): classes of misses found on its first pass ----------
def test_name_the_ner_missed_elsewhere_in_the_article(builder, resources):
    """經濟部 tagged once (經濟部指出) and missed at the start of the article: the other
    occurrence is the same name and speaks (tests/gold_fresh/statements, ct-f8edf55d)."""
    text = "經濟部今（11日）發布新聞稿時表示，三接只使用18年前完成的填地。經濟部指出，碩士論文的調查地點為白玉藻礁。"
    article = prepare(builder, resources, text, {"經濟部指出": "ORG"})
    second = text.index("經濟部指出")
    article.mentions = [m.model_copy(update={"end": second + 3, "text": "經濟部"}) for m in article.mentions]
    article = find_statements(article, resources)
    assert [(s.speaker, s.cue, s.text) for s in article.statements] == [
        ("經濟部", "表示", "三接只使用18年前完成的填地"), ("經濟部", "指出", "碩士論文的調查地點為白玉藻礁")]


@pytest.mark.parametrize("text,expected", [
    # A one-character cue followed by a quote reports it, even inside another's clause.
    ("許舒博表示，美國是台灣很重要的貿易夥伴，尤其是川普稱「台灣搶走晶片生意」，對台積電有所誤解。",
     [("indirect", "許舒博", "表示", "美國是台灣很重要的貿易夥伴，尤其是川普稱「台灣搶走晶片生意」，對台積電有所誤解"),
      ("direct", "川普", "稱", "台灣搶走晶片生意")]),
    # 去 + cue: what someone should go and do (去解釋) reports nothing.
    ("許舒博表示，若雙方有誤解，可能需要透過相關人員去解釋，否則可能對企業會造成很大的打擊。",
     [("indirect", "許舒博", "表示", "若雙方有誤解，可能需要透過相關人員去解釋，否則可能對企業會造成很大的打擊")]),
    # jieba glues 上 to the cue after 發布會 (發布會|上稱).
    ("美国总统特朗普9日在新闻发布会上称，对伊朗的战事“很快”会结束，但“不会”在本周结束。",
     [("indirect", "特朗普", "称", "对伊朗的战事“很快”会结束，但“不会”在本周结束")]),
])
def test_fresh_gold_cues(builder, resources, text, expected):
    names = {"許舒博": "PERSON", "川普": "PERSON", "特朗普": "PERSON", "伊朗": "GPE", "台灣": "GPE", "美國": "GPE"}
    assert rows(prepare(builder, resources, text, names)) == expected


@pytest.mark.parametrize("text,expected", [
    # An age before the name describes the speaker (78歲的川普…告訴集會群眾：「…」).
    ("78歲的川普上月在密西根州告訴集會群眾：「如果我輸了，有可能是因為他們作弊。」",
     [("direct", "川普", "告訴", "如果我輸了，有可能是因為他們作弊。")]),
    # A cue with 了 and a noun object reports nothing (分析了…新形势).
    ("习近平总书记肯定了建设取得的成就，分析了当前面临的新形势，并提出继续推动高质量共建的着力点。", []),
    # 加強說明 is what should be done, not what was said.
    ("許舒博表示，川普對台積電有所誤解，應該對此加強說明，否則可能對企業會造成很大的打擊。",
     [("indirect", "許舒博", "表示", "川普對台積電有所誤解，應該對此加強說明，否則可能對企業會造成很大的打擊")]),
    # 报道进一步指出 goes back to the media that reported, though no name was tagged there.
    ("据美国媒体报道，小学遭袭视频中显示的导弹特征与美制导弹高度吻合。报道进一步指出，在此次冲突中，美军是唯一使用该型导弹的部队。",
     [("indirect", "美国媒体", "报道", "小学遭袭视频中显示的导弹特征与美制导弹高度吻合"),
      ("indirect", "美国媒体", "指出", "在此次冲突中，美军是唯一使用该型导弹的部队")]),
])
def test_fresh_gold_speakers(builder, resources, text, expected):
    names = {"川普": "PERSON", "许舒博": "PERSON", "許舒博": "PERSON", "习近平": "PERSON", "美国": "GPE", "台積電": "ORG"}
    assert rows(prepare(builder, resources, text, names)) == expected


def test_surname_and_title_speak_as_written(builder, resources):
    """蔡總統 (an officials frame whose name is the surname alone) speaks as 蔡總統, not 蔡."""
    text = "去年環團會見時，蔡總統拿著三接開發案地圖後沈思長達5分鐘，最後說跟她得到資訊有很大出入。"
    article = prepare(builder, resources, text, {}, [("蔡總統", "總統", "蔡")])
    assert [(s.speaker, s.cue) for s in article.statements] == [("蔡總統", "說")]


@pytest.mark.parametrize("text,expected", [
    # A study's finding is reported for the organisation named (顯示 needs a comma and a named author);
    # 分析公司 is the company, not its analysing.
    ("美國社群媒體帳戶分析公司Graphika最新研究顯示，中國在網路社群發動認知作戰。",
     [("indirect", "Graphika", "顯示", "中國在網路社群發動認知作戰")]),
    ("數據顯示，中國在網路社群發動認知作戰。", []),
    # 釐清 clarifies like 澄清; 高喊「…」 shouts a slogan.
    ("經濟部並進一步釐清，潮間帶與海底大不同，泥沙生態不是藻礁生態。",
     [("indirect", "經濟部", "釐清", "潮間帶與海底大不同，泥沙生態不是藻礁生態")]),
    ("顏寬恒站上宣傳車，高喊「4個都同意，台灣更美麗」。", [("direct", "顏寬恒", "高喊", "4個都同意，台灣更美麗")]),
    # A title chain before a name is no group speaker (立委補選候選人顏寬恒).
    ("台中二選區立委補選候選人顏寬恒說，宣講是希望民眾利用選票表態。",
     [("indirect", "顏寬恒", "說", "宣講是希望民眾利用選票表態")]),
])
def test_fresh_gold_findings_and_slogans(builder, resources, text, expected):
    names = {"Graphika": "ORG", "經濟部": "ORG", "顏寬恒": "PERSON", "中國": "GPE"}
    assert rows(prepare(builder, resources, text, names)) == expected


@pytest.mark.parametrize("text,expected", [
    # The speaker named again with a cue of his own starts a new statement.
    ("許舒博表示，川普言行較不可控，可能帶來較大衝擊：至於川普的說法，許舒博認為，是對台積電有所誤解。",
     [("indirect", "許舒博", "表示", "川普言行較不可控，可能帶來較大衝擊：至於川普的說法"),
      ("indirect", "許舒博", "認為", "是對台積電有所誤解")]),
    # A report set up as a topic (至於…稱) is answered by the next speaker, not quoted by it.
    ("至於藻礁公投聯盟稱中油的報告顯示有生物礁，經濟部也澄清表示，生物礁未必是藻礁。",
     [("indirect", "藻礁公投聯盟", "稱", "中油的報告顯示有生物礁"), ("indirect", "經濟部", "表示", "生物礁未必是藻礁")]),
    # 蘇揆 (the premier by surname) is the 蘇貞昌 named before.
    ("行政院長蘇貞昌明天拜會黨團。蘇揆去年接受質詢時，說他一定站在台灣永續角度決斷事情。",
     [("indirect", "蘇貞昌", "說", "他一定站在台灣永續角度決斷事情")]),
])
def test_fresh_gold_splits_and_surnames(builder, resources, text, expected):
    names = {"許舒博": "PERSON", "川普": "PERSON", "藻礁公投聯盟": "ORG", "經濟部": "ORG", "中油": "ORG",
             "蘇貞昌": "PERSON", "蘇揆": "PERSON"}
    assert rows(prepare(builder, resources, text, names)) == expected


@pytest.mark.parametrize("text,published,expected", [
    # An outlet in title marks reports; undated, its report takes no date while the words it
    # carries are dated by the occasion narrated (the 19日 proposal).
    ("美國參議員魯比歐週四（19日）提案，擬禁止中國製造商規避關稅。《路透》報導，魯比歐指出，中企將生產轉移到關稅較低的國家。",
     "2024-09-20",
     [("路透", "報導", None), ("魯比歐", "指出", "2024-09-19")]),
    # 從未承認 denies the speech act.
    ("法新社報導，從2016年到2020年大選，前總統川普從未承認過自己選舉挫敗的合法性。", "2024-10-28",
     [("法新社", "報導", None)]),
])
def test_fresh_gold_outlet_reports(builder, resources, text, published, expected):
    names = {"魯比歐": "PERSON", "川普": "PERSON", "法新社": "ORG", "中國": "GPE", "美國": "GPE"}
    article = prepare(builder, resources, text, names, published=published)
    assert [(s.speaker, s.cue, s.said_on) for s in article.statements] == expected


@pytest.mark.parametrize("text,expected", [
    # 該聯盟 is the organisation named last that ends in 聯盟, not the last one at all.
    ("大潭藻礁行動聯盟今天舉行記者會。行政院尚未回應。該聯盟表示，該工程將使300公頃藻礁被破壞。",
     [("indirect", "大潭藻礁行動聯盟", "表示", "該工程將使300公頃藻礁被破壞")]),
    # A quote read on a sticker or a sign is no one's words.
    ("吳國勝表示，未來會鼓勵店家推動「本店食材不含萊豬、核食」貼紙標章等。",
     [("indirect", "吳國勝", "表示", "未來會鼓勵店家推動「本店食材不含萊豬、核食」貼紙標章等")]),
])
def test_fresh_gold_orgs_and_labels(builder, resources, text, expected):
    names = {"大潭藻礁行動聯盟": "ORG", "行政院": "ORG", "吳國勝": "PERSON"}
    assert rows(prepare(builder, resources, text, names)) == expected


@pytest.mark.parametrize("text,published,expected", [
    # A summing-up lead with no day; the next sentence dates the occasion of the one it names first.
    ("國民黨總統參選人侯友宜公布能源政策，提倡以核減煤。侯友宜今天與國民黨智庫執行長柯志恩共同舉行記者會，公布能源政策。"
     "侯友宜強調，他非常重視核能安全，沒有反對過核電。", "2023-08-09",
     [("侯友宜", "強調", "2023-08-09")]),
])
def test_fresh_gold_scene_days(builder, resources, text, published, expected):
    names = {"侯友宜": "PERSON", "柯志恩": "PERSON", "國民黨": "ORG"}
    article = prepare(builder, resources, text, names, published=published)
    assert [(s.speaker, s.cue, s.said_on) for s in article.statements] == expected


@pytest.mark.parametrize("text,expected", [
    # 揚言 / 誇口 / 堅稱 report (batch 2 of the fresh gold).
    ("川普再度揮舞關稅大刀，揚言要對墨西哥和中國產品課徵25%的關稅。",
     [("indirect", "川普", "揚言", "要對墨西哥和中國產品課徵25%的關稅")]),
    ("榮科堅稱，如果川普再次當選，歐盟必須結合外交與實力。",
     [("indirect", "榮科", "堅稱", "如果川普再次當選，歐盟必須結合外交與實力")]),
    # 問說 is one cue (jieba cuts 問|說), not a question and a saying.
    ("主持人問說，立場反覆下，美國人是否可以信任范斯若當上副總統。",
     [("indirect", "主持人", "說", "立場反覆下，美國人是否可以信任范斯若當上副總統")]),
])
def test_fresh_gold_batch2_cues(builder, resources, text, expected):
    names = {"川普": "PERSON", "榮科": "PERSON", "范斯": "PERSON", "主持人": "PERSON"}
    assert rows(prepare(builder, resources, text, names)) == expected


@pytest.mark.parametrize("text,published,expected", [
    # 此前 dates nothing (the time stage leaves it untagged); the lead's scene stays with the lead.
    ("俄罗斯国防部20日称，俄军击退乌军多次进攻。美国方面20日称，美国会继续向乌克兰提供武器。"
     "而德国财政部长林德纳此前表示，德国预算紧张。", "2023-06-21",
     [("俄罗斯国防部", "称", "2023-06-20"), ("美国方面", "称", "2023-06-20"), ("林德纳", "表示", None)]),
    # A sub-heading opens another item: the lead's day does not reach past it.
    ("央视网消息（新闻联播）：俄罗斯国防部20日称，俄军击退乌军多次进攻。\n国际人士：美国不断拱火导致冲突持续\n"
     "国际人士指出，美西方持续向乌克兰提供武器只会使冲突不断延长。", "2023-06-21",
     [("俄罗斯国防部", "称", "2023-06-20"), ("国际人士", None, None), ("国际人士", "指出", None)]),
])
def test_fresh_gold_batch2_said_on(builder, resources, text, published, expected):
    names = {"俄罗斯国防部": "ORG", "美国方面": "ORG", "林德纳": "PERSON", "国际人士": "ORG"}
    article = prepare(builder, resources, text, names, published=published)
    assert [(s.speaker, s.cue, s.said_on) for s in article.statements] == expected


@pytest.mark.parametrize("text,expected", [
    # The pronoun right after a question is the one asked, and the question with no words goes.
    ("華茲避重就輕不直接答題之下，主持人進一步追問，他這才說：「我是在那年夏天到中國，我在這點是口誤了。」",
     [("direct", "華茲", "說", "我是在那年夏天到中國，我在這點是口誤了。")]),
    # A short quote opening with a modal inside a clause is a predicate: direct as well.
    ("華茲補充說，有時候他講了很多，「會語無倫次」。",
     [("indirect", "華茲", "補充說", "有時候他講了很多，「會語無倫次」"), ("direct", "華茲", "補充說", "會語無倫次")]),
])
def test_fresh_gold_batch2_quotes(builder, resources, text, expected):
    names = {"華茲": "PERSON", "主持人": "PERSON"}
    assert rows(prepare(builder, resources, text, names)) == expected


@pytest.mark.parametrize("text,expected", [
    # A law's article quoted word for word speaks for the law, inside the clause that cites it.
    ("邱文彥說，《公民投票法》第一條開宗明義指出「依據憲法主權在民之原則，特制定本法。」理當中立的行政院怎麼會成為反方？",
     [("indirect", "邱文彥", "說", "《公民投票法》第一條開宗明義指出「依據憲法主權在民之原則，特制定本法。」"),
      ("direct", "公民投票法", "指出", "依據憲法主權在民之原則，特制定本法。")]),
    # 報導接著…直指: the report is the outlet that reported, with its own day between name and cue.
    ("MPR新聞上個月30日報導，華茲當時還在軍械庫工作。報導接著援引另一份報紙，直指華茲「星期天將動身前往中國」。",
     [("indirect", "MPR新聞", "報導", "華茲當時還在軍械庫工作"),
      ("indirect", "MPR新聞", "直指", "華茲「星期天將動身前往中國」"),
      ("direct", "MPR新聞", "直指", "星期天將動身前往中國")]),
])
def test_fresh_gold_documents_and_reports(builder, resources, text, expected):
    names = {"邱文彥": "PERSON", "行政院": "ORG", "MPR新聞": "ORG", "華茲": "PERSON"}
    assert rows(prepare(builder, resources, text, names)) == expected


def test_date_beside_a_speaker_inside_another_clause(builder, resources):
    """張譽尹表示，…，蘇揆去年接受…質詢時，說…: the 去年 next to 蘇揆 dates 蘇揆's words, though it
    sits in 張譽尹's clause (fresh statements gold, ct-44ef336d)."""
    text = "理事長張譽尹表示，行政院長蘇貞昌明天拜會黨團，蘇揆去年接受前立委陳學聖質詢時，說他一定站在台灣永續角度決斷事情。"
    article = prepare(builder, resources, text, {"張譽尹": "PERSON", "蘇貞昌": "PERSON", "蘇揆": "PERSON", "陳學聖": "PERSON"},
                      published="2020-02-17")
    assert [(s.speaker, s.cue, s.said_on) for s in article.statements][-1] == ("蘇貞昌", "說", "2019")


@pytest.mark.parametrize("text,expected", [
    # Batch C of the fresh gold: 譏諷道 / 宣講「…」、「…」 / 舉例， / 告誡 + the one warned.
    ("川普在他自創的「真實社群」平台上譏諷道：「我的紅色按鈕更大、更好。」",
     [("direct", "川普", "譏諷", "我的紅色按鈕更大、更好。")]),
    ("蘇偉碩頻頻在立法院公聽會宣講「呼吸就可能吸到萊劑」、「可能與自閉症有關」。",
     [("direct", "蘇偉碩", "宣講", "呼吸就可能吸到萊劑"), ("direct", "蘇偉碩", "宣講", "可能與自閉症有關")]),
    ("黃士修表示，民進黨政府辦了數千場公投說明會；他舉例，如有團體將在校內舉辦公投節，卻邀請反方代表。",
     [("indirect", "黃士修", "表示", "民進黨政府辦了數千場公投說明會"),
      ("indirect", "黃士修", "舉例", "如有團體將在校內舉辦公投節，卻邀請反方代表")]),
    ("在2021年1月1日當天，川普告誡彭斯，如果他沒有阻擋認證程序，民眾會對他失望。",
     [("indirect", "川普", "告誡", "如果他沒有阻擋認證程序，民眾會對他失望")]),
    # 舉例來說 (for example) / 政策宣講會 are no speech.
    ("舉例來說，在與律師通電話時，川普把電話轉成靜音。", []),
])
def test_fresh_gold_batch_c_cues(builder, resources, text, expected):
    names = {"川普": "PERSON", "蘇偉碩": "PERSON", "黃士修": "PERSON", "彭斯": "PERSON", "民進黨": "ORG"}
    assert rows(prepare(builder, resources, text, names)) == expected


def test_pronoun_back_to_a_surname_is_the_full_name(builder, resources):
    """呂秀蓮…。呂痛批，…。她並質疑，…: the pronoun's antecedent is the surname alone, which stands
    for the full name before it (fresh statements gold, batch C, ct-f7029c3b)."""
    text = ("呂秀蓮今則召開記者會反駁。呂痛批，這案子絕對合乎公投條件，但中選會不針對實質問題回應。"
            "她並質疑，中選會人才濟濟，「沒這麼笨吧？一定是政治力在操作！」")
    article = prepare(builder, resources, text, {"呂秀蓮": "PERSON", "呂": "PERSON", "中選會": "ORG"})
    assert [(s.speaker, s.cue, s.kind) for s in article.statements] == [
        ("呂秀蓮", "痛批", "indirect"), ("呂秀蓮", "質疑", "indirect"), ("呂秀蓮", "質疑", "direct")]


@pytest.mark.parametrize("text,expected", [
    # 宣布 + a verb phrase announces a decision: a statement (batch C; 特朗普宣布承认… in the dev gold).
    ("10月30日，军方宣布解散国民议会和政府，全国进入“和平过渡期”。",
     [("indirect", "军方", "宣布", "解散国民议会和政府，全国进入“和平过渡期”")]),
    ("繼紐約時報後，華盛頓郵報也宣布今年大選前不表態支持特定候選人。",
     [("indirect", "華盛頓郵報", "宣布", "今年大選前不表態支持特定候選人")]),
    # A decision of one verb is a statement too (an outer clause needs 4 characters).
    ("布基纳法索总统孔波雷10月31号宣布辞职，并称布基纳法索总统职位出现空缺。",
     [("indirect", "孔波雷", "宣布", "辞职"), ("indirect", "孔波雷", "称", "布基纳法索总统职位出现空缺")]),
    # … a noun object, a candidacy (an act, like 宣布退出), 由 + the announcer, or a time clause do not.
    ("中選會預估凌晨2點前可宣布結果。", []),
    ("兩條約已經失效，且均由美國率先宣布不再遵守。", []),
    ("郭台銘宣布參選總統。", []),
    ("貝佐斯說，當華郵宣布決定當天，藍源執行長會晤川普，而他事先毫不知情。",
     [("indirect", "貝佐斯", "說", "當華郵宣布決定當天，藍源執行長會晤川普，而他事先毫不知情")]),
])
def test_fresh_gold_batch_c_announcements(builder, resources, text, expected):
    names = {"孔波雷": "PERSON", "军方": "ORG", "華盛頓郵報": "ORG", "紐約時報": "ORG", "中選會": "ORG", "美國": "GPE", "郭台銘": "PERSON",
             "貝佐斯": "PERSON", "華郵": "ORG", "川普": "PERSON"}
    assert rows(prepare(builder, resources, text, names)) == expected


@pytest.mark.parametrize("text,expected", [
    # A cue word with 也 after it is a noun topic, not a second cue splitting the clause (batch C).
    ("刘云山说，问题查找出来，承诺也已做过，广大群众在热切等待。",
     [("indirect", "刘云山", "说", "问题查找出来，承诺也已做过，广大群众在热切等待")]),
    # … and after 許下 it is the promise made.
    ("青年挺藻礁表示，他們邀請鄭運鵬簽署承諾書，對守護桃園的海岸許下承諾，為桃園的未來加油。",
     [("indirect", "青年挺藻礁", "表示", "他們邀請鄭運鵬簽署承諾書，對守護桃園的海岸許下承諾，為桃園的未來加油")]),
])
def test_fresh_gold_batch_c_cue_nouns(builder, resources, text, expected):
    names = {"刘云山": "PERSON", "青年挺藻礁": "ORG", "鄭運鵬": "PERSON"}
    assert rows(prepare(builder, resources, text, names)) == expected


@pytest.mark.parametrize("text,expected", [
    # A group named in quotes with its head after (「青年挺藻礁」團體) speaks as the name, and so do
    # its bare mentions before a cue later on (batch C, udn-bcc18346; the NER tags none of them).
    ("對此，「青年挺藻礁」團體今天向本報表示，他們昨立即將承諾書送到競選總部。"
     "青年挺藻礁表示，他們心繫藻礁，更擔憂桃園將來所有的大型建設都會像藻礁的事一樣。",
     [("indirect", "青年挺藻礁", "表示", "他們昨立即將承諾書送到競選總部"),
      ("indirect", "青年挺藻礁", "表示", "他們心繫藻礁，更擔憂桃園將來所有的大型建設都會像藻礁的事一樣")]),
    # Quotes that 這類事情 turns into kinds of events are terms, not the speaker's words.
    ("環團表示，盼望未來的桃園政府不要再發生「環評過程中拋棄程序正義」或「造謠稱三接沒有蓋在藻礁上」，"
     "甚至「執政黨投入鉅額經費來阻擋公投」這類事情發生。",
     [("indirect", "環團", "表示", "盼望未來的桃園政府不要再發生「環評過程中拋棄程序正義」或「造謠稱三接沒有蓋在藻礁上」，"
       "甚至「執政黨投入鉅額經費來阻擋公投」這類事情發生")]),
])
def test_fresh_gold_batch_c_quoted_groups_and_kinds(builder, resources, text, expected):
    names = {"環團": "ORG"}
    assert rows(prepare(builder, resources, text, names)) == expected


def test_transliterated_name_with_a_dot_is_one_clause(builder, resources):
    """川普發言人史蒂文．張（Steven Cheung）…稱「…」: ． (. in the view) between two Chinese characters
    joins a transliterated name; it must not cut the clause and hand the words to 川普 (batch C)."""
    text = "川普發言人史蒂文．張（Steven Cheung）抨擊檢方公布這份法庭文件，稱「這整個案件是一場黨派之爭、違反憲法的獵巫行動」。"
    article = prepare(builder, resources, text, {"川普": "PERSON", "史蒂文．張": "PERSON", "Cheung": "PERSON"},
                      [("發言人史蒂文．張", "發言人", "史蒂文．張")])
    assert [s.speaker for s in article.statements] == ["史蒂文．張"]


@pytest.mark.parametrize("text,published,expected", [
    # A lead that is one speaker's dated words: someone it does not name, in a new paragraph
    # (batch C, c08) or after it in the same one (batch 2, 乌方称), was not there.
    ("鮑爾23日明確表示，調整政策的時機到了。\n國際貨幣基金首席經濟學家古蘭沙指出，Fed即將降息的計畫符合IMF的建議。", "2024-08-25",
     [("鮑爾", "表示", "2024-08-23"), ("古蘭沙", "指出", None)]),
    ("俄罗斯国防部20日称，俄军击退乌军多次进攻。乌方称，乌军继续打击俄军人力和装备集中区等目标。", "2023-06-21",
     [("俄罗斯国防部", "称", "2023-06-20"), ("乌方", "称", None)]),
    # A short form of the lead's speaker (紐時 for 「紐約時報」編輯委員會) and a title frame naming it
    # (國民黨團總召費鴻泰 after 國民黨團15日表示) are the lead's side: they keep its day.
    ("「紐約時報」編輯委員會今天表態支持賀錦麗。\n紐時強調，這場大選攸關更根本的東西。", "2024-10-01",
     [("編輯委員會", "表態", "2024-10-01"), ("紐時", "強調", "2024-10-01")]),
    ("國民黨團15日表示，嚴正要求總統蔡英文不要白天一副誠懇。\n國民黨團總召費鴻泰表示，呼籲臉書不要介入台灣的政治。", "2021-03-15",
     [("國民黨團", "表示", "2021-03-15"), ("費鴻泰", "表示", "2021-03-15")]),
    # A lead with a venue is a gathering: every speaker at it shares its day.
    ("立委林思銘今日於立院內政委員會追問中選會。\n中選會主委李進勇表示，會再研究。", "2021-12-06",
     [("李進勇", "表示", "2021-12-06")]),
])
def test_scene_of_one_speakers_words(builder, resources, text, published, expected):
    names = {"鮑爾": "PERSON", "古蘭沙": "PERSON", "俄罗斯国防部": "ORG", "乌方": "ORG", "編輯委員會": "ORG",
             "紐時": "ORG", "國民黨團": "ORG", "費鴻泰": "PERSON", "蔡英文": "PERSON", "林思銘": "PERSON",
             "中選會": "ORG", "李進勇": "PERSON"}
    article = prepare(builder, resources, text, names, published=published)
    assert [(s.speaker, s.cue, s.said_on) for s in article.statements] == expected


@pytest.mark.parametrize("text,published,expected", [
    # A span of days (6月22日至24日) does not say which day anything was said: its month dates the
    # lead and carries to the tour's later statements (batch D, d10).
    ("央视网消息：刘云山6月22日至24日，在辽宁营口、锦州调研。他强调，要强化大抓基层的工作导向。"
     "在朝阳，刘云山说，注重基层基础是我们党的传家宝。", "2017-06-24",
     [("刘云山", "强调", "2017-06"), ("刘云山", "说", "2017-06")]),
])
def test_said_on_span_of_days(builder, resources, text, published, expected):
    article = prepare(builder, resources, text, {"刘云山": "PERSON"}, published=published)
    assert [(s.speaker, s.cue, s.said_on) for s in article.statements] == expected


@pytest.mark.parametrize("text,expected", [
    # A conditional right after a cue that needs a comma opens the clause it reports, here a
    # report nested in another's clause (batch C, c06) ...
    ("李文忠表示，川普曾提到若中國侵台將轟炸北京，要對中國徵收關稅。",
     [("indirect", "李文忠", "表示", "川普曾提到若中國侵台將轟炸北京，要對中國徵收關稅"),
      ("indirect", "川普", "提到", "若中國侵台將轟炸北京，要對中國徵收關稅")]),
    # ... but 若干 is a quantity, and 發現若干問題 has a noun object.
    ("陳英鈐認為，公投連署的查對，發現若干問題，但迄今還沒有處理方法。",
     [("indirect", "陳英鈐", "認為", "公投連署的查對，發現若干問題，但迄今還沒有處理方法")]),
])
def test_conditional_after_a_comma_cue(builder, resources, text, expected):
    names = {"李文忠": "PERSON", "川普": "PERSON", "陳英鈐": "PERSON"}
    assert rows(prepare(builder, resources, text, names)) == expected


@pytest.mark.parametrize("text,expected", [
    # 遭 + a name the NER does not tag + a cue: the agent spoke, and its clause ends at the comma
    # where the sentence goes on about its subject (batch D, d04); the later speakers keep the
    # press conference's day (上午) the clause no longer swallows.
    ("基隆護海公投遭中選會指控違反地方公投自治條例，國民黨上午舉行記者會，呼籲蔡政府不要一錯再錯。國民黨發言人林家興表示，中選會要沒收地方公投。",
     [("中選會", "指控", "違反地方公投自治條例", None), ("國民黨", "呼籲", "蔡政府不要一錯再錯", "2023-04-06"),
      ("林家興", "表示", "中選會要沒收地方公投", "2023-04-06")]),
])
def test_passive_agent_speaks(builder, resources, text, expected):
    names = {"基隆護海": "ORG", "國民黨": "ORG", "林家興": "PERSON"}
    article = prepare(builder, resources, text, names, [("國民黨發言人林家興", "發言人", "林家興")], published="2023-04-06")
    assert [(s.speaker, s.cue, s.text, s.said_on) for s in article.statements] == expected


@pytest.mark.parametrize("text,expected", [
    # Cues of batch D: 反譏 / 譏笑 take a clause; 回擊 / 酸 a comma or the one targeted and a quote;
    # 寫下 the words written, not a quoted label (寫下「藻礁永存」的字條).
    ("趙少康反譏總統蔡英文是網軍頭頭。", [("indirect", "趙少康", "反譏", "總統蔡英文是網軍頭頭")]),
    ("朱立倫回擊，台灣基進和民進黨都是同路人。", [("indirect", "朱立倫", "回擊", "台灣基進和民進黨都是同路人")]),
    ("馬斯克僅寫下「這太讚了！」並附上影片。", [("direct", "馬斯克", "寫下", "這太讚了！")]),
    ("蔡英文在2016年寫下「藻礁永存」的字條。", []),
    ("家人作為回擊。經濟部次長心酸。", []),
])
def test_fresh_gold_batch_d_cues(builder, resources, text, expected):
    names = {"趙少康": "PERSON", "蔡英文": "PERSON", "朱立倫": "PERSON", "台灣基進": "ORG", "國民黨": "ORG",
             "民進黨": "ORG", "馬斯克": "PERSON"}
    assert rows(prepare(builder, resources, text, names)) == expected


@pytest.mark.parametrize("text,published,expected", [
    # A dated outlet report after the lead opens the outlet's story: the expert quoted after it is
    # not at the lead's occasion (batch D, d07) ...
    ("小羅勃甘迺迪廿三日在鳳凰城宣布暫停競選。\n華爾街日報廿三日報導，小羅勃甘迺迪退出對川普有利。民調專家朗威爾說，川普能吸納這些選民。",
     "2024-08-25",
     [("小羅勃甘迺迪", "宣布", "2024-08-23"), ("華爾街日報", "報導", "2024-08-23"), ("朗威爾", "說", None)]),
    # ... but the lead's own speaker keeps its day after the report (batch C, c14).
    ("貝佐斯廿八日在鳳凰城投書表示，華郵不支持特定候選人。\nＮＰＲ廿八日報導，超過廿萬人取消訂閱。\n貝佐斯說，大部分人相信媒體帶有偏見。",
     "2024-10-30",
     [("貝佐斯", "表示", "2024-10-28"), ("ＮＰＲ", "報導", "2024-10-28"), ("貝佐斯", "說", "2024-10-28")]),
])
def test_said_on_after_a_dated_outlet_report(builder, resources, text, published, expected):
    names = {"小羅勃甘迺迪": "PERSON", "華爾街日報": "ORG", "朗威爾": "PERSON", "貝佐斯": "PERSON", "ＮＰＲ": "ORG"}
    article = prepare(builder, resources, text, names, published=published)
    assert [(s.speaker, s.cue, s.said_on) for s in article.statements] == expected


def test_document_far_back_nested_report_and_its_quotes(builder, resources):
    """這份文件也聲稱 points back to the one 檢方 published paragraphs before; a date opening the
    nested report dates it, and quotes glued into its words (民眾「…」、「…」) are the nested
    speaker's (batch C, c07; 习近平…强调要“…” inside 文章指出 in batch D is the same frame)."""
    filler = "法院不會進行審理。" * 50
    text = ("（中央社華盛頓2日綜合外電報導）美國聯邦檢察官今天在法庭文件中說，川普企圖推翻選舉結果。\n"
            "而檢方公布這份文件是為了繼續推動此案。\n" + filler + "\n"
            "這份文件也聲稱，在2021年1月1日當天，川普告誡彭斯，如果他沒有阻擋認證程序，民眾「將對你恨之入骨」、「覺得你很愚蠢」。")
    names = {"中央社": "ORG", "美國聯邦檢察官": "ORG", "檢方": "ORG", "川普": "PERSON", "彭斯": "PERSON"}
    article = prepare(builder, resources, text, names, published="2024-10-03")
    got = [(s.kind, s.speaker, s.cue, s.said_on) for s in article.statements if s.start > len(text) - 80]
    assert got == [("indirect", "檢方", "聲稱", "2024-10-02"), ("indirect", "川普", "告誡", "2021-01-01"),
                   ("direct", "川普", "告誡", "2021-01-01"), ("direct", "川普", "告誡", "2021-01-01")]


@pytest.mark.parametrize("text,expected", [
    # An organisation the NER misses, after a modifier closed by 的 and before 竟然 + a one-character
    # cue whose object has a predicate (行政院是…): a nested report of its own (batch C, c05).
    ("江啟臣則說，行政院甚至逼迫公務員為政黨政策辯護，而應中立的中選會竟然稱行政院是當然反方。",
     [("indirect", "江啟臣", "說", "行政院甚至逼迫公務員為政黨政策辯護，而應中立的中選會竟然稱行政院是當然反方"),
      ("indirect", "中選會", "稱", "行政院是當然反方")]),
    # 是指 defines a term, it reports nobody; 說核武器都提中國 still talks about a noun.
    ("李文忠指出，川普所說的保護費，應該是指台灣要提升國防預算。",
     [("indirect", "李文忠", "指出", "川普所說的保護費，應該是指台灣要提升國防預算")]),
])
def test_nested_reports_of_unknown_organisations(builder, resources, text, expected):
    names = {"江啟臣": "PERSON", "行政院": "ORG", "李文忠": "PERSON", "川普": "PERSON"}
    assert rows(prepare(builder, resources, text, names)) == expected


@pytest.mark.parametrize("text,expected", [
    # The writer's gloss right after the quote is not the speaker's (batch C, c01) ...
    ("馬斯克在X貼文中表示，「X似乎遭遇大規模分散式阻斷服務攻擊」，這種網攻方式企圖以大量流量癱瘓伺服器。",
     [("direct", "馬斯克", "表示", "X似乎遭遇大規模分散式阻斷服務攻擊")]),
    # ... while words that go on reporting the speaker are (森高宏表示，「…」，為了…).
    ("森高宏表示，「收購是成長投資」，為了完成收購，將開展投資。",
     [("direct", "森高宏", "表示", "收購是成長投資"), ("indirect", "森高宏", "表示", "為了完成收購，將開展投資")]),
])
def test_writers_gloss_after_a_quote(builder, resources, text, expected):
    names = {"馬斯克": "PERSON", "森高宏": "PERSON"}
    assert sorted(rows(prepare(builder, resources, text, names))) == sorted(expected)


def test_quote_opening_with_pronoun_and_verb_is_speech(builder, resources):
    """「他提出美國長期忽視的關鍵議題」 ends in a noun after 的, but a pronoun subject and a verb open
    it: a clause, the speaker's words (batch D, d07); 「政治和原則上的競爭」 stays a term."""
    text = "川普說，小羅勃甘迺迪的競選激勵數百萬名美國人，「他提出美國長期忽視的關鍵議題」，並非「政治和原則上的競爭」。"
    article = prepare(builder, resources, text, {"川普": "PERSON", "小羅勃甘迺迪": "PERSON"})
    assert [s.text for s in article.statements if s.kind == "direct"] == ["他提出美國長期忽視的關鍵議題"]


def test_summing_up_lead_dated_by_the_occasion_after_it(builder, resources):
    """A lead with no day that sums up the occasion the next sentence dates: the words it gives
    the one holding that occasion are said there too (batch 2, udn-35a23035)."""
    text = ("國民黨總統參選人侯友宜公布能源政策，侯友宜表示，他的能源政策與柯文哲的主張只是在核電延役上相近。"
            "侯友宜今天與柯志恩共同舉行記者會，公布能源政策。侯友宜強調，他非常重視核能安全。")
    article = prepare(builder, resources, text, {"侯友宜": "PERSON", "柯文哲": "PERSON", "柯志恩": "PERSON", "國民黨": "ORG"},
                      published="2023-08-09")
    assert [(s.speaker, s.cue, s.said_on) for s in article.statements] == [
        ("侯友宜", "表示", "2023-08-09"), ("侯友宜", "強調", "2023-08-09")]


def test_group_owned_by_a_pronoun_speaks_as_its_head(builder, resources):
    """他的支持者認為: the supporters speak, written 支持者 as in the text, not 他 read as the one
    named before (batch C, c07; audit E gains a speaker with it)."""
    text = "川普發表演說。他的支持者認為，選舉被偷走了。"
    article = prepare(builder, resources, text, {"川普": "PERSON"})
    assert [(s.speaker, s.cue) for s in article.statements] == [("支持者", "認為")]


@pytest.mark.parametrize("text,expected", [
    # A quote glued to its cue, then the speaker as a pronoun: the sentence goes on reporting him
    # (batch C, c14) ...
    ("貝佐斯在華盛頓郵報投書稱「沒有任何交換條件」，他並未事先告知特定候選人。",
     [("direct", "貝佐斯", "稱", "沒有任何交換條件"), ("indirect", "貝佐斯", "稱", "他並未事先告知特定候選人")]),
    # ... not when the cue is inside another's clause: the pronoun's sentence is the outer speaker's.
    ("柯志恩說，對手陳其邁曾說「萊豬進口總統下台」，他怎麼現在不講了。",
     [("indirect", "柯志恩", "說", "對手陳其邁曾說「萊豬進口總統下台」，他怎麼現在不講了"),
      ("direct", "陳其邁", "說", "萊豬進口總統下台")]),
])
def test_report_going_on_after_a_glued_quote(builder, resources, text, expected):
    names = {"貝佐斯": "PERSON", "柯志恩": "PERSON", "陳其邁": "PERSON"}
    assert sorted(rows(prepare(builder, resources, text, names))) == sorted(expected)


@pytest.mark.parametrize("text,direct", [
    # A noun phrase after 是 names what something is, though 我們 sits inside it (batch D, d07) ...
    ("凱麗甘迺迪指出，其兄長改挺川普是「對我們父親和家人最珍惜價值觀的背叛」。", []),
    # ... a first person in words that are a clause is speech as before.
    ("凱麗甘迺迪指出，她的回答是「我們不會放棄」。", ["我們不會放棄"]),
])
def test_noun_phrase_after_copula_with_first_person(builder, resources, text, direct):
    article = prepare(builder, resources, text, {"凱麗甘迺迪": "PERSON", "川普": "PERSON"})
    assert [s.text for s in article.statements if s.kind == "direct"] == direct


@pytest.mark.parametrize("text,speaker", [
    # A leader's government or team speaks as the name with its head, not the leader (batch D, d02).
    ("蔡政府近期對外一再宣稱，中油天然氣第三接收站沒有蓋在藻礁上。", "蔡政府"),
    ("川普政府表示，將對中國加徵關稅。", "川普政府"),
    ("川普表示，將對中國加徵關稅。", "川普"),
])
def test_leader_government_speaks(builder, resources, text, speaker):
    article = prepare(builder, resources, text, {"蔡": "PERSON", "川普": "PERSON"})
    assert [s.speaker for s in article.statements] == [speaker]


@pytest.mark.parametrize("text,expected", [
    # A surname alone with 再 before the cue is the person named before (batch D, d04) ...
    ("簡榮宗指出，去年內政部駁回。簡再指出，今年二月媒體披露內政部沒收公投。",
     [("簡榮宗", "指出"), ("簡榮宗", "指出")]),
    # ... and a longer adverb jieba knows (再三) still sits between speaker and cue.
    ("統神再三強調並非質疑林郁婷，而是認為標準須公開。", [("統神", "強調")]),
])
def test_adverbs_between_speaker_and_cue(builder, resources, text, expected):
    article = prepare(builder, resources, text, {"簡榮宗": "PERSON", "統神": "PERSON", "林郁婷": "PERSON"})
    assert [(s.speaker, s.cue) for s in article.statements][:len(expected)] == expected


@pytest.mark.parametrize("text,expected", [
    # 回憶 before a comma reports (batch 1, ct-46dd04ee); 美好回憶 is a noun.
    ("何宗勳回憶，去年環團於總統府會見蔡總統時，蔡總統沈思長達5分鐘。",
     [("indirect", "何宗勳", "回憶", "去年環團於總統府會見蔡總統時，蔡總統沈思長達5分鐘")]),
    ("何宗勳留下美好回憶。", []),
])
def test_recalling_reports(builder, resources, text, expected):
    assert rows(prepare(builder, resources, text, {"何宗勳": "PERSON", "蔡總統": "PERSON"})) == expected


def test_unnamed_lead_speaker_does_not_close_the_scene(builder, resources):
    """民團人士今(1)日受訪回憶 may be the person the next sentence names (何宗勳): an unnamed lead
    speaker leaves the scene's day to the others (batch 1)."""
    text = "民團人士今(1)日受訪回憶，會舉辦公投連署就是因為忍無可忍。\n何宗勳說，整個公投過程環團都十分理性。"
    article = prepare(builder, resources, text, {"何宗勳": "PERSON"}, published="2021-03-01")
    assert [(s.speaker, s.said_on) for s in article.statements][-1] == ("何宗勳", "2021-03-01")


@pytest.mark.parametrize("text,expected", [
    # 誓言 pledges a clause (batch D); 就職誓言 is a noun.
    ("川普誓言不再給烏克蘭任何援助。", [("indirect", "川普", "誓言", "不再給烏克蘭任何援助")]),
    ("川普違反了就職誓言。", []),
])
def test_pledges(builder, resources, text, expected):
    assert rows(prepare(builder, resources, text, {"川普": "PERSON"})) == expected


def test_pronoun_and_belief_cue_start_a_new_statement(builder, resources):
    """應曉薇直言…，她認為… : a second cue of the same speaker after a pronoun starts a new statement
    (batch D, d06; gold guideline 2); …，他相信… still goes on with the first."""
    text = "應曉薇直言，公投未綁大選導致投票率低，她認為國民黨不能逃避責任。"
    article = prepare(builder, resources, text, {"應曉薇": "PERSON", "國民黨": "ORG"})
    assert [(s.cue, s.text) for s in article.statements] == [
        ("直言", "公投未綁大選導致投票率低"), ("認為", "國民黨不能逃避責任")]


def test_arguing_cue_ends_a_noun_object_before_it(builder, resources):
    """蘇貞昌卻駁斥假消息，強辯「…」: 強辯 argues the quote; 駁斥's noun object is no clause (batch D)."""
    text = "蘇貞昌卻駁斥假消息，強辯「棧橋是在礁石上，不是藻礁上」。"
    assert rows(prepare(builder, resources, text, {"蘇貞昌": "PERSON"})) == [
        ("direct", "蘇貞昌", "強辯", "棧橋是在礁石上，不是藻礁上")]


@pytest.mark.parametrize("text,published,expected", [
    # A lead whose day dates one side's act leaves the reactions after it undated (batch D2) ...
    ("行政院昨日提出三接的外推方案，將工業港再外推455公尺。珍愛藻礁公投領銜人潘忠政表示，外推方案不會浚挖是騙人的。",
     "2021-05-04", [("潘忠政", "表示", None)]),
    # ... a gathering's day is everyone's who speaks at it (batch D, d04) ...
    ("國民黨上午舉行記者會，質疑中選會打壓民意。國民黨發言人林家興表示，中選會要沒收地方公投。",
     "2023-04-06", [("林家興", "表示", "2023-04-06")]),
    # ... and so is the day of an event the reactions answer (audit F: 古巴…發生全國大停電).
    ("古巴18日發生全國大停電，超過1000萬人無電可用。古巴總理馬雷羅說，將考慮收取更高額的電費。",
     "2024-10-19", [("馬雷羅", "說", "2024-10-18")]),
])
def test_said_on_after_an_act_a_gathering_or_an_event(builder, resources, text, published, expected):
    names = {"行政院": "ORG", "潘忠政": "PERSON", "國民黨": "ORG", "林家興": "PERSON", "古巴": "GPE", "馬雷羅": "PERSON"}
    officials = [("國民黨發言人林家興", "發言人", "林家興")] if "林家興" in text else []
    article = prepare(builder, resources, text, names, officials, published=published)
    assert [(s.speaker, s.cue, s.said_on) for s in article.statements if s.speaker != "國民黨"] == expected

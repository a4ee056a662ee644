"""Builds `numbers_quantity_cases.jsonl`: what a number counts (quantity) and whose it is
(holder), on corpus sentences that are NOT in tests/gold.

Run from the repository root: `.venv/bin/python tests/cases/numbers_quantity_build.py`.
The sentences were drawn from ../shared/corpus/tw_politics_zh_hant.jsonl.gz and
cctv_xwlb_zh_hans.jsonl.gz (every 7th / 37th record, gold article ids excluded, shuffled with a
fixed seed, sentences with a number and a unit; some cut to the clause that matters), then the expected quantity and holder were
written by reading each sentence, before looking at the system's answer, following the
guidelines in tests/gold/README.md ("quantity: what is counted, in a few words from the text";
holder null for counts of victims and events).  A case leaves out `holder` (or `quantity`)
where a reader could not decide; that field is then not scored.

Fields: text (the sentence), number (the claim's surface: the case matches the predicted
claim whose span overlaps its first occurrence), quantity, holder, source (corpus record id).
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).with_name("numbers_quantity_cases.jsonl")
N = None  # "no holder"

# (source id, sentence, [(number, quantity, holder)]); "-" = not scored.
CASES = [
    ("ct-91d3d5f9957a5667", "蘇貞昌也提及，CPTPP的11個會員國都准許萊豬進口，只有台灣不准許。", [("11個", "會員國", "CPTPP")]),
    ("udnp-f33ab685-489d-4317-97b5-49a3822da4ec", "這些改變是滙豐整體公司裁員2萬個職位的一部分。", [("2萬個", "職位", "滙豐")]),
    ("udn-19cc8d37949fe7d7", "若廠商使用混充或假冒產品，最重立即終止契約並罰違約金10萬元。", [("10萬元", "違約金", N)]),
    ("ndc-news_3ebc18ca9628ad9bdff728e673645c06", "根據學校介紹，霍華德大學成立至今已頒發超過10萬個學位，也是美國授予非裔博士學生數量最多的學校。",
     [("10萬個", "學位", "霍華德大學")]),
    ("ndc-news_c9e18406de2c59a0de1907858c73a301", "隨後美國司法部指控伊朗伊斯蘭革命衛隊（IRGC）3名成員是幕後黑手，企圖破壞11月5日總統大選。",
     [("3名", "成員", "伊朗伊斯蘭革命衛隊")]),
    ("ct-1b3adf5d8d3ea030", "第15屆總統、副總統選舉人數為1931萬1105人，若公投案要通過，至少要有482萬7776人投同意票。",
     [("1931萬1105人", "選舉人數", N), ("482萬7776人", "投同意票", N)]),
    ("ndc-news_b893aa8d3bff6274f123fcd240f9825f", "根據Coinspeaker，馬斯克發文後，狗狗幣已上漲6%。", [("6%", "狗狗幣上漲", "-")]),
    ("ndc-news_98d0fd941f2953f43c3329d1eeb1c18e", "在加州有地主優勢的賀錦麗7月挾接棒氣勢募得約2.04億美元；川普陣營募集4750萬美元。",
     [("2.04億美元", "-", "賀錦麗"), ("4750萬美元", "-", "川普陣營")]),
    ("ndc-news_1e2e0f8d5b54f66ec4f5ba98d933b7f2", "他支持對所有銷美商品加徵20%關稅。", [("20%", "關稅", N)]),
    ("ct-59555e4ea2b5dd04", "對於監委說公投各階段作業共需投入人力超過22萬人，總經費亦高達10億元以上，中選會應該嚴格把關。",
     [("22萬人", "人力", N), ("10億元", "總經費", N)]),
    ("ndc-news_22205296deef29b1c603579a3b3fdb96", "漢特拉姆克市是美國唯一一個完全由穆斯林治理的城市，超過40%的人口是外國出生。",
     [("40%", "人口", "漢特拉姆克市")]),
    ("ndc-news_92dfff043b2e7a2eb868e987d273c874", "益普索於7月31日至8月7日隨機抽樣搖擺州的2045名成人進行民調，正負誤差為3.1個百分點。",
     [("2045名", "成人", "-"), ("3.1個百分點", "正負誤差", N)]),
    ("udnp-b5f56044-0c67-41e5-8a88-42d6267ae6d4", "僅金融保線類股表現突出，類股指數逆勢上漲3.22%。", [("3.22%", "類股指數上漲", "-")]),
    ("ct-9ca62e120fe82498", "同年八月高雄市長補選，投票人數96萬2826人，投票率為41.83％。",
     [("96萬2826人", "投票人數", N), ("41.83％", "投票率", N)]),
    ("udn-d69876099b607c56", "他指出，估計還要1000公頃用地滿足投資需求。", [("1000公頃", "用地", N)]),
    ("udnp-c1a49585-fdcb-4f2c-990d-cf90cd18ab69", "台積電傳出明年可能再調漲晶圓代工價格，3奈米和5奈米報價漲幅3~8%，激勵台積電ADR勁揚。",
     [("3~8%", "報價漲幅", "-")]),
    ("pts-29d809d11ff18d61", "中選會1日表示，近期全台各地掀起的罷免潮，目前共收到64件罷免案提議。", [("64件", "罷免案提議", "-")]),
    ("ndc-news_4923f7aa55655c19124b2161ffe6fc81", "在點擊泰勒絲在Instagram上分享的客製化連結後，共有33萬7826名訪客訪問了vote.gov。",
     [("33萬7826名", "訪客", N)]),
    ("ndc-news_f6bf101b7da4162596d6ba876332a951", "美國共和黨總統候選人川普奪下擁有19張選舉人票的賓州並發表勝選談話。", [("19張", "選舉人票", "賓州")]),
    # CCTV (Simplified)
    ("xwlb-VIDEPhyCYR92TUicoygUIFx0220905", "截至今天，本届服贸会共达成各类成果1339个，其中成交项目类513个。", [("1339个", "成果", "服贸会")]),
    ("xwlb-VIDEEH3grWkhQiL037JgKAXf220903", "2022世界人工智能大会在上海闭幕，25个人工智能代表性产业项目签约，总投资近150亿元。",
     [("25个", "人工智能代表性产业项目", N), ("150亿元", "总投资", "-")]),
    ("xwlb-VIDEk7KrLQUyYpK63PEJPLrJ200318", "截至3月16日，全国已经有28个省（区、市）3714家A级旅游景区恢复对外营业，复工率已超过了30%。",
     [("3714家", "A级旅游景区", "-"), ("30%", "复工率", "-")]),
    ("xwlb-VIDEw3SZFlkqV1DVwZPNMJn8250907", "当天以色列国防军对加沙地带多地的袭击造成67人死亡。", [("67人", "死亡", N)]),
    ("xwlb-VIDE1426850160239514", "经过棚户区改造，他们都住进了新楼房，国家每户补贴2万元。", [("2万元", "补贴", "国家")]),
    ("xwlb-VIDEvsipahwdWiVdQs9W4JvN220605", "俄方称，在争夺北顿涅茨克市的战斗中，乌克兰一些部队的战损率达到90%。", [("90%", "战损率", "乌克兰")]),
    ("xwlb-VIDE1361100062414449", "黑龙江也将大力推广这些做法，再建设2000个千万规模的大型农机合作社。", [("2000个", "大型农机合作社", "黑龙江")]),
    ("xwlb-VIDE9BTKDnJisVrYxFiHTO3i231115", "在19个展区，一批前沿技术和产品首次亮相，新产品新成果达到681项。",
     [("19个", "展区", N), ("681项", "新产品新成果", N)]),
    ("xwlb-VIDE1Rirm9aclvAYprEqPKxq161018", "前三季度对实体经济发放人民币贷款增加10万亿元，同比多增1万亿元。", [("10万亿元", "人民币贷款", N)]),
    ("xwlb-VIDE1446289922594640", "到2020年，7000万农村人口将全部脱贫，592个国家贫困县全部摘帽。",
     [("7000万", "农村人口", N), ("592个", "国家贫困县", N)]),
    ("xwlb-VIDEMcDGslra5UkjcXya9PRL230203", "今年，山东启动实施“万企转型”，其中500万元以上的技改项目1万个左右。", [("1万个左右", "技改项目", "山东")]),
    ("xwlb-VIDE1423308239187891", "截至2014年底，青海省城乡低保对象由2012年的63.5万人减少到56.7万人。", [("56.7万人", "城乡低保对象", "青海省")]),
    ("xwlb-VIDEuzrftXwPlJlNOmMjsNKe200825", "2018年以来，已累计救助39.2万名残疾儿童。", [("39.2万名", "残疾儿童", N)]),
    ("xwlb-VIDE4iX82WYw9zAMWqChDqqt220331", "统一组织市纪检、政法、信访、审计等15个部门进行联审。", [("15个", "部门", N)]),
    ("xwlb-VIDED6AV7JAR1PgDDnS7c0Gk191107", "《意见》从深化对外开放等4个方面提出了20条政策措施。", [("4个", "方面", N), ("20条", "政策措施", N)]),
    ("xwlb-VIDECfOv9SBvNH6YASrpzvKa170603", "她在家乡组建了一支特奥短道速滑队，成了26个特殊孩子的“教练妈妈”。", [("26个", "特殊孩子", N)]),
    ("xwlb-VIDE1371294962065688", "团组织先后建立了近6万个“青年就业创业见习基地”，组织120多万青年上岗见习，帮助1160万青年参加了就业创业技能的培训。",
     [("120多万", "青年", "-"), ("1160万", "青年", "-")]),
    ("xwlb-VIDEZi875VJXjr618an8rEbA220725", "作为本届消博会的主宾国，法国这次带来50家企业244个品牌参展。",
     [("50家", "企业", "法国"), ("244个", "品牌", "法国")]),
    ("xwlb-VIDE1413811836729434", "由20名知名律师组成的演讲团以案说法。", [("20名", "知名律师", N)]),
    ("xwlb-VIDE2UvoI1Kn0so40vv25LsG171123", "本届大赛有68个国家和地区千余名选手参赛。", [("68个", "国家和地区", N)]),
    ("xwlb-VIDEI35jPgJ4sWRZ8tHKAIB4251229", "截至目前，已有8家央企总部、400多家央企分支机构疏解落户雄安。",
     [("8家", "央企总部", N), ("400多家", "央企分支机构", N)]),
    ("xwlb-VIDE1386588728542710", "民主党领导人阿披实8号带领国会的153名民主党议员集体辞职。", [("153名", "民主党议员", "-")]),
    ("xwlb-VIDEkheXbQli1akfnc0V9WIN170825", "太湖流域关停化工企业多达5336家；环湖新建污水处理管网24500公里。",
     [("5336家", "化工企业", "-"), ("24500公里", "污水处理管网", N)]),
    ("xwlb-VIDE1409570759001811", "今天，甘肃岷县梅川镇车路小学的101名学生告别了帐篷学校。", [("101名", "学生", "车路小学")]),
    ("xwlb-VIDE1355098157024210", "5天角逐共决出12枚金牌，中国军团以6枚金牌位列榜首。", [("12枚", "金牌", N), ("6枚", "金牌", "中国军团")]),
    ("xwlb-VIDE2euV2QK5uHlqDAz48qJL180208", "当兵11年累计完成109次长线巡逻任务。", [("109次", "长线巡逻任务", "-")]),
    ("xwlb-VIDEOnZHz8AXJF3w6Vp42pVH241003", "欧洲央行最新预测显示，2024年欧元区经济将增长0.8%，2025年增长1.3%。",
     [("0.8%", "经济增长", "欧元区"), ("1.3%", "经济增长", "欧元区")]),
    ("xwlb-VIDE6Kday2DnqO8qiYVGfIjT200128", "中央财政对就医地财政按实际发生费用的60%予以补助。", [("60%", "实际发生费用", "-")]),
    ("xwlb-VIDErqwRlwQ3R01G43l3TTOh230927", "至此，亚投行成员数量由创始之初的57个增至109个。", [("109个", "成员", "亚投行")]),
    ("xwlb-VIDEgElCYjOuKdWFVFVuWXYN240305", "去年我国水利建设全面提速，全年完成水利建设投资11996亿元，创下了历史最高纪录。",
     [("11996亿元", "水利建设投资", "我国")]),
    ("xwlb-VIDE6OgQER4kBtROCBcjTyRh231222", "中央政治局同志的发言，聚焦6个重点。", [("6个", "重点", N)]),
    ("xwlb-VIDE1434194818851638", "经有关方面反复核实确认，“东方之星”号客轮上共有454人，其中成功获救12人，遇难442人。",
     [("454人", "-", N)]),
    ("xwlb-VIDE1405250280818130", "目前我国的高速公路网中，共有断头路项目46个，总里程近4000公里。",
     [("46个", "断头路项目", "我国"), ("4000公里", "总里程", "我国")]),
    ("xwlb-VIDE1420975076254783", "目前，我国科技型中小企业总数已超过30万家，拥有全国约65%的发明专利。",
     [("30万家", "科技型中小企业", "我国"), ("65%", "发明专利", "-")]),
    ("xwlb-VIDE1385207885670250", "2013年大陆和港澳地区共有89家企业进入《财富》世界500强。", [("89家", "企业", "-")]),
]


def main() -> None:
    rows = []
    for source, text, numbers in CASES:
        for number, quantity, holder in numbers:
            assert number in text, (number, text)
            row = {"text": text, "number": number, "source": source}
            if quantity != "-":
                row["quantity"] = quantity
            if holder != "-":
                row["holder"] = holder
            rows.append(row)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    print(f"{len(rows)} cases → {OUT}")


if __name__ == "__main__":
    main()

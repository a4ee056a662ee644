"""中時 (2022-02-09): reactions to the opening of Fukushima food imports (昨天 = 2022-02-08).

蔡英文's two 表示 and the KMT's reactions (國民黨昨抨擊 / 昨召開記者會, with 李貴敏 and 朱立倫 speaking in the same
piece on the same day) are dated 2022-02-08; 民眾黨、時代力量昨均表態 too.  行政院宣布將開放… (宣布 + a verb phrase) is
undated; 台灣也宣布全面禁止… is dated by its sentence's 2011年.  痛批政院開放福島食品進口 criticises an act (a noun
object, as 抨擊檢方公布這份法庭文件 in batch C): no row; the 指 after it opens the clause.  The glued sub-headings
藍委痛罵突襲囂張跋扈 and 朱批違逆民意要付代價 are headings with a speaker and a cue: statements with no said_on (batch 1);
民進黨換位置就換腦袋 has no cue: no row.  表態不反對 is a stance with a verb (a row, joint speakers).
「福島縣食品禁止進口」等四項禁止原則 names principles (a term).
"""
from build_gold import S

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-8a4b17f0dcf2026a"}

DAY = "2022-02-08"

STATEMENTS = [
    S("indirect", "行政院", "宣布", "將開放日本福島食品進口"),
    S("indirect", "蔡英文", "表示", a="從去年的公投，台灣已向世界展現", b="現在要充滿自信進一步參與CPTPP", said_on=DAY),
    S("indirect", "國民黨", "抨擊", a="民進黨拿反萊豬公投結果來認證開放「核食」，是張冠李戴", b="也踐踏了2018年通過的「反核食公投」779萬民意", said_on=DAY),
    S("indirect", "台灣", "宣布", "全面禁止福島及日本部分食品進口", said_on="2011"),
    S("indirect", "蔡英文", "表示", a="日本東北大地震發生10年多來", b="只剩下台灣和中國", said_on=DAY),
    S("indirect", "國民黨", "指", a="多位民進黨政治人物在2016年表達反對核食進口", b="簡直是扭曲民意、張冠李戴", said_on=DAY),
    S("indirect", "藍委", "痛罵", "突襲囂張跋扈"),
    S("indirect", "國民黨", "批評", a="民進黨此舉是踐踏2018年通過", b="的公投案所傳達的民意", said_on=DAY),
    S("indirect", "國民黨", "稱", "民進黨急著開放，全是選舉考量，只為提前清理戰場、趁勝追擊", said_on=DAY),
    S("indirect", "李貴敏", "說", a="反核食明明是經過779萬票民意通過的重大宣示", b="突然開放福島核食嗎", said_on=DAY),
    S("indirect", "朱立倫", "批", "違逆民意要付代價"),
    S("indirect", "朱立倫", "表示", a="2018年反核食公投過關，當時有779萬人", b="共同捍衛食安", said_on=DAY),
    S("indirect", "朱立倫", "痛批", a="當民進黨敢草率突襲開放核食", b="就要付出代價", said_on=DAY),
    S("indirect", "民眾黨、時代力量", "表態", "不反對", at="表態不反對", said_on=DAY),
    S("indirect", "民眾黨、時代力量", "強調", a="開放前應落實禁止高風險項目輸台", b="即可同意解禁", said_on=DAY),
]

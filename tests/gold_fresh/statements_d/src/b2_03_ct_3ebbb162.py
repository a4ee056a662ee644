"""中時 (2018-09-07): the nuclear referendum's signatures delivered 昨天 (9月6日); 李柏毅 and 中選會.

No statement is dated: 李柏毅指出 / 強調 are a candidate's release (no day), 根據報載 the denial, 陳朝建表示 undated.
Nested reports (guideline 5): 陳英鈐一再放話，謊稱9月6日是… (up to the rebuttal 但…); 陳朝建否認曾宣告… is a denial with
a clause (a speech act: a row).  陳朝建證實的9月14日 and 蔡英文政府宣示2025非核家園的前提下 are noun phrases: no rows.
據查 is anonymous.  「人手不足」 used as 當藉口 is a term.
"""
from build_gold import S

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-3ebbb162ff36258b"}

STATEMENTS = [
    S("indirect", "李柏毅", "指出", a="中選會主委陳英鈐一再放話", b="不會讓中選會找到任何藉口違法濫權"),
    S("indirect", "陳英鈐", "謊稱", "9月6日是公投綁大選的最後期限"),
    S("indirect", "陳朝建", "否認", "曾宣告遞件期限為九月六日"),
    S("indirect", "陳朝建", "表示", a="愈早送件者，愈有機會合併辦理", b="有一定難度"),
    S("indirect", "李柏毅", "強調", a="根據《公投法》規定，法律保障的真正期限", b="陳朝建證實的9月14日"),
    S("indirect", "李柏毅", "強調", a="在蔡英文政府宣示2025非核家園的前提下", b="想盡辦法讓該公投案無法成立"),
]

"""中時 (2021-12-05): KMT referendum rally in 鳳山 (5日下午); 馬英九, 朱立倫, 趙少康 and 台灣基進's 張博洋.

Every statement is made at the 5日 rally or in the exchange with 台灣基進 the same afternoon: 2021-12-05.
The rally's slogan 「4個都同意，台灣更美麗」 is an event name (no row); 「2024非核家園」, 「網軍頭頭」 are terms.
台灣基進's balloon 酸國民黨「別再亂下去」 is a cue + object + quote (direct, as 質疑中選會「…」 in batch C).
The rumours 「比搖頭丸毒250倍」… are quoted by 張博洋 as others' words with no speaker: no row.  馬英九's
continued speech (各縣市都有…) has no cue: not added (guideline 2); inside it 蔡誓言2025年要到20％ is a nested
report of 蔡英文 (guideline 5; the surname alone stands for the full name), up to 馬's rebuttal 根本不可能.
"""
from build_gold import S

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-9769f0aed3231950"}

DAY = "2021-12-05"

STATEMENTS = [
    S("indirect", "馬英九", "強調", "重啟核四和保護藻礁議題息息相關", said_on=DAY),
    S("indirect", "朱立倫", "痛批", "「2024非核家園」是企圖把用電問題丟給下一任政府", said_on=DAY),
    S("indirect", "趙少康", "反譏", "總統蔡英文是網軍頭頭", said_on=DAY),
    S("indirect", "趙少康", "呼籲", "立院刪掉20億大內宣預算", at="呼籲立院刪掉20億大內宣預算。", said_on=DAY),
    S("indirect", "朱立倫", "強調", "國民黨不論在公投、中二補選都是團結一致", said_on=DAY),
    S("direct", "台灣基進", "酸", "別再亂下去", said_on=DAY),
    S("indirect", "張博洋", "批評", a="四個議題中，萊豬", b="台灣經濟也會大受影響", said_on=DAY),
    S("indirect", "朱立倫", "回擊", "台灣基進和民進黨不斷在搶深綠的基本盤，彼此競爭他沒有意見", said_on=DAY),
    S("indirect", "馬英九", "強調", "核四重啟議題和保護藻礁息息相關", said_on=DAY),
    S("indirect", "蔡英文", "誓言", "2025年要到20％"),
    S("indirect", "趙少康", "譏笑", a="蔡英文是「網軍頭頭」，柯文哲", b="這才最實際有用", said_on=DAY),
    S("direct", "趙少康", "呼籲", "不要相信政府！", said_on=DAY),
    S("indirect", "趙少康", "呼籲", a="這次公投既然是蔡英文所說的期中考", b="讓她不及格", said_on=DAY),
]

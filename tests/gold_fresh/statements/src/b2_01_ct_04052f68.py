"""中時新聞網 (2021-02-23): the DPP's 中評會 takes up the three legislators who broke ranks on 萊豬.

康裕成今表示 is dated (今); the earlier meeting's 陳明文 / 當時康裕成 and 段宜康's post are not.  質疑程序問題 takes a
noun (no clause); 據瞭解 / 據了解 name no source; 決議 is no cue.  蔡英文…要求段宜康刪文 (through staff) reports a demand.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-04052f688b0ffe57"}

STATEMENTS = [
    S("indirect", "康裕成", "表示", a="中評會本週四開會", b="至於是否都會出席", said_on="2021-02-23"),
    S("indirect", "陳明文", "認為", "黨團當初的公文語意不清"),
    S("indirect", "康裕成", "認為", a="之前黨團處理的是", b="不要再拖"),
    S("indirect", "段宜康", "暗諷", "蔡英文把「這隻看門狗」寵成「惡犬」"),
    S("indirect", "蔡英文", "要求", "段宜康刪文"),
]

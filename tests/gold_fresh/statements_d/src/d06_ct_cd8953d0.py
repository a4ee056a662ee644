"""中時 (2021-12-19): KMT councillor 應曉薇's post after the referendum (今發文 → 2021-12-19).

Every statement is from the same post: 2021-12-19.  狠批自家政黨 takes a noun object: no row; 直言 and 她認為 in the
first sentence are two statements (guideline 2).  應曉薇直言，她認為… has no words between the two cues: one row,
cue 認為 (the cue that opens the clause).  The rhetorical questions after it (還侈言要爭取年輕人？戰犯又是誰？…) have
no named speaker of their own and no cue of hers: not added.  The lyric 「千山萬水我獨行不必相送」 holds a predicate
(direct, hers); 「朱墨爛然」 is an idiom (a term).
"""
from build_gold import S

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-cd8953d097d6f0ec"}

DAY = "2021-12-19"

STATEMENTS = [
    S("indirect", "應曉薇", "直言", "公投未綁大選票數難達門檻本是必然，唯獨萊豬公投也未獲支持", said_on=DAY),
    S("indirect", "應曉薇", "認為", "國民黨不能逃避責任、怪罪諸多理由，應即刻檢討", said_on=DAY),
    S("indirect", "應曉薇", "認為", a="黨漸漸沒有主義", b="卻不問是什麼樣的戰友", said_on=DAY),
    S("indirect", "應曉薇", "提到", "未來黨員「千山萬水我獨行不必相送」，這是國民黨要的", said_on=DAY),
    S("direct", "應曉薇", "提到", "千山萬水我獨行不必相送", said_on=DAY),
    S("indirect", "應曉薇", "表示", a="她身為中央常務委員和台北市議員", b="看穿一呼百諾的能量真偽", said_on=DAY),
    S("indirect", "應曉薇", "提醒", a="今天的中國國民黨艱困時刻", b="最無私無我的後盾嗎？」", said_on=DAY),
    S("direct", "應曉薇", "提醒", "我們能擦乾眼淚一心一意繼續向前行，而黨又能當我們最無私無我的後盾嗎？", said_on=DAY),
    S("indirect", "應曉薇", "說", a="國民黨當自強首重「朱墨爛然」", b="用對的理念罷免立委林昶佐", said_on=DAY),
]

"""中時 (2018-09-18): 台灣民意基金會's poll on the same-sex marriage referendums, published 昨天 (2018-09-17).

The survey question 詢問民眾「…？」 is the foundation's own words (a quote with predicates, cue 詢問; asked during the
survey, undated).  結果顯示 speaks for the named pollster (batch 1: a poll speaks for whoever ran it), dated by its
publication 昨天; the respondents' answers inside it (民眾表示「一定會去投」…) are findings, not statements.  他說 opens a
paragraph before any person is named: it is 游盈隆 (the foundation's chairman, named in the next sentence; as the
lead given to 何宗勳 in batch 1), at the same release (2018-09-17).  游盈隆分析認為: one cue, 認為 (分析 qualifies it).
The referendum titles (「婚姻定義」…) and 「公投綁大選」 are terms.
"""
from build_gold import S

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-8ebfd6208190e359"}

DAY = "2018-09-17"

STATEMENTS = [
    S("direct", "台灣民意基金會", "詢問", a="同性婚姻合法化近年來成為台灣社會關心的議題", b="去投公投票？"),
    S("indirect", "台灣民意基金會", "顯示", a="有28.2％民眾表示", b="另有3.7％沒意見或不知道", said_on=DAY),
    S("indirect", "游盈隆", "說", a="換言之，對11月底", b="選民參與將相當踴躍", said_on=DAY),
    S("indirect", "游盈隆", "認為", a="很可能因而增強地方選舉投票的意願", b="對選情也會帶來意想不到的衝擊", said_on=DAY),
]

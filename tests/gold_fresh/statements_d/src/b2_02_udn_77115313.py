"""聯合新聞網 (2021-11-08): 考選部 answers 羅智強 on the civil-service exam questions (今晚發布聲明 → 2021-11-08).

Every 考選部 statement comes from tonight's release (the lead's 回應表示 sums it up, same day).  羅智強質疑 is undated;
「東廠打手」 is a term; 社群媒體…部分媒體引述報導 names no outlet.  考選部說，…命題大綱重點為：(一)…。(二)… ends at the
first 。 (guideline 2: the list items after it are later sentences).  The exam questions quoted at the end
(第二題題目為：「…？」第三題為「…」) are a document quoted as the article's object, with no cue and no one asserting
them: no rows.  The 【文教熱話題】 link list (考生：…, 高中師指「這1題」有爭議) is other articles' unnamed people: no rows.
"""
from build_gold import S

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udn-7711531349207907"}

DAY = "2021-11-08"

STATEMENTS = [
    S("indirect", "羅智強", "質疑", "民進黨招考「東廠打手」"),
    S("indirect", "考選部", "表示", a="題目皆符合命題大綱", b="核心能力範圍", said_on=DAY),
    S("indirect", "考選部", "指出", a="今有社群媒體發布及部分媒體引述報導", b="予以回應及說明", said_on=DAY),
    S("indirect", "考選部", "表示", a="各項國家考試依典試法", b="依法無權參與或加以干涉", said_on=DAY),
    S("indirect", "考選部", "說", a="公務人員高考三級各類科的應試科目訂有命題大綱", b="(一)認識民意和民主政治", said_on=DAY),
    S("indirect", "考選部", "指出", a="此次考試該科目各題題目均符合", b="核心能力範圍", said_on=DAY),
    S("indirect", "考選部", "表示", a="另參考以往此科目的考畢試題", b="相關報導實過度臆測與連結", said_on=DAY),
]

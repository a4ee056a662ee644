"""自由時報/中央社 (2024-09-04): Graphika's study of a Chinese influence operation posing as US voters.

The photo caption (…研究顯示，…) is an attribution too.  A study speaks for its author (Graphika).  根據Graphika強調的
一個例子，X: X is Graphika's account (cue 強調).  Not statements: 根據專家 / 據報導 (no source named), 分析家稱之為
(naming), 各自發現15個及1個…帳號 (發現 with a noun object, no clause), the meme's 稱拜登是「懦夫」 (a picture).
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_1ee60e94f0a5c380c1903bbab248a835"}

STATEMENTS = [
    S("indirect", "Graphika", "顯示", "中國在網路社群發動認知作戰，冒充美國選民企圖影響美總統大選"),
    S("indirect", "Graphika", "顯示", a="在11月5日美國總統大選前", b="並推送造成分裂的資訊"),
    S("indirect", "路透社", "報導", a="這是已知中國政府有關行動的一部分", b="針對性宣傳推送至網路上"),
    S("indirect", "Graphika", "強調", a="在YouTube及Instagram上", b="他們已被停權"),
    S("indirect", "Graphika", "強調", a="中國影響力行動冒充成美國反戰人士", b="拜登是「懦夫」"),
    S("indirect", "史塔布斯", "指出", a="這份報告主要重點是", b="變得更具侵略性"),
    S("indirect", "史塔布斯", "表示", a="這很重要，因為這顯示", b="高度敏感的裂痕"),
]

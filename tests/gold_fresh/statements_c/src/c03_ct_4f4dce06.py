"""中時新聞網 (2022-06-25): prosecutors do not indict 蘇偉碩 over his claims on ractopamine.

認定 is a judgement cue (as 認為): the 高雄地檢署 prosecutor's finding, and the 衛福部's (遭衛福部認定…), are
statements; 告發 reports an accusation with a clause (as 指控 / 檢舉).  The prosecutor's finding ends before
24日偵結處分不起訴 (narration); it and 檢方表示 (the reasons of the same decision) are dated 24日.  蘇偉碩's three
quoted claims of 2020年10月 are direct.  In 蘇辯稱 the nested 他雖曾說過 is a report of his own earlier words
(its own row, undated); the sentences after 辯稱's are not added (guideline 2).
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-4f4dce06e7cb26fa"}

STATEMENTS = [
    S("indirect", "衛福部", "告發", "涉嫌違反《食品安全衛生管理法》散布不實訊息", at="衛福部告發涉嫌違反《食品安全衛生管理法》散布不實訊息"),
    S("indirect", "高雄地檢署檢察官", "認定", a="蘇的言論縱有聳動不實", b="不構成犯罪", said_on="2022-06-24"),
    S("direct", "蘇偉碩", "宣講", "人體食用萊克多巴安殘留豬肉有影響精神健康的風險，會影響腦部及胎兒發育", said_on="2020-10"),
    S("direct", "蘇偉碩", "宣講", "呼吸就可能吸到萊劑", said_on="2020-10"),
    S("direct", "蘇偉碩", "宣講", "可能與自閉症有關", said_on="2020-10"),
    S("indirect", "衛福部", "認定", "散布不實訊息", at="遭衛福部認定散布不實訊息"),
    S("indirect", "蘇偉碩", "辯稱", a="他雖曾說過萊劑", b="誤植錯誤資訊的文獻"),
    S("indirect", "蘇偉碩", "說過", "萊劑活毒性是搖頭丸的250倍"),
    # Added after the first pass (README, "Corrections"): a nested report inside the prosecutors' later sentence.
    S("indirect", "蘇偉碩", "坦承", "部分引用數據錯誤", at="公開坦承部分引用數據錯誤"),
    S("indirect", "檢方", "表示", a="蘇所發表的言論，客觀上", b="未盡嚴謹之處", said_on="2022-06-24"),
]

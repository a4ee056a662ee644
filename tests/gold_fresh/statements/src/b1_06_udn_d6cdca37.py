"""聯合新聞網 (2022-09-16): 國民黨基隆市黨部 puts up a 食安 billboard for 謝國樑 今天; 吳國勝 and 馬仲豪 speak.

The poll widget left in the text (指揮中心表示，…不得投票) is a real attribution: kept, undated.  The sticker
label 「本店食材不含萊豬、核食」 is a quoted label, not speech.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udn-d6cdca379fdf3a7a"}

DAY = "2022-09-16"

STATEMENTS = [
    S("indirect", "國民黨基隆市黨部", "表示", a="市長參選人謝國樑將捍衛", b="疑慮食品進入基隆", said_on=DAY),
    S("indirect", "國民黨基隆市黨部", "表示", a="去年底四大公投結果", b="相差1萬6千多票", said_on=DAY),
    S("indirect", "市黨部", "說", a="基隆不僅是美食之都", b="基隆市民生計的根基", said_on=DAY),
    S("indirect", "吳國勝", "表示", a="謝國樑過去曾經針對", b="貼紙標章等", said_on=DAY),
    S("indirect", "馬仲豪", "說", a="政策制定最重要的還是", b="安全和健康的食安環境", said_on=DAY),
    S("indirect", "指揮中心", "表示", "確診未解隔、居隔檢疫者皆不得投票"),
]

"""中時新聞網 (2021-09-17): 李貴敏's Facebook post (昨日, 16日) on the session's budget fight.

The lead's 強調 sums up the same post, so it takes its date (2021-09-16), as does every later 李 statement.
田中光坦承 (in a relative clause about past questioning) is a report, undated; 蕭美琴所言 is a noun.
The closing 強調自己會以「戰鬥意志」… has 大家 (the legislators smiling in the photos) as its grammatical
subject, but the words are the post's: given to 李貴敏.  「千瘡百孔」 「戰友」 「戰鬥意志」 are terms.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-2e55615a647a10f3"}

POST = "2021-09-16"

STATEMENTS = [
    S("indirect", "田中光", "坦承", "反萊豬公投不至於影響台美雙邊關係"),
    S("indirect", "李貴敏", "強調", a="本會期將聚焦政府", b="不讓民進黨為所欲為", said_on=POST),
    S("indirect", "李貴敏", "表示", a="立法院開議前一日下午", b="優先法案凝聚共識", said_on=POST),
    S("indirect", "李貴敏", "指出", a="本會期是預算會期", b="未來不容樂觀", said_on=POST),
    S("indirect", "李貴敏", "強調", a="佔國會多數的民進黨", b="絕不讓民進黨為所欲為", said_on=POST),
    S("indirect", "李貴敏", "強調", a="自己會以「戰鬥意志」", b="監督蔡政府施政不懈怠", said_on=POST),
]

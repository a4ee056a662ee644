"""中央社 (2024-11-05, 布魯塞爾4日): 榮科 (Juncker) tells 法新社 Europe must not be timid, whoever wins.

The interview is not dated (the dateline dates the wire story): said_on null throughout.  The lone quote
paragraph 「他總是把歐洲…」 goes on with 榮科 (cue null).  In 榮科說，川普「只在…意見」 the quote holds a predicate.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_631c26d1179c22c97e90f7428ccfb3db"}

STATEMENTS = [
    S("indirect", "榮科", "警告", a="無論誰贏得美國總統大選", b="都不應「顯得畏怯」"),
    S("indirect", "法新社", "報導", a="榮科在美國共和黨總統候選人", b="因此很瞭解川普"),
    S("direct", "榮科", "告訴", "歐洲人對這場選舉沒有影響力，但我們必須冷靜做出反應。"),
    S("direct", "榮科", "說", "歐洲與美國打交道時不應顯得畏怯。歐洲已經成年了。"),
    S("indirect", "榮科", "堅稱", "如果川普再次當選，歐盟必須結合外交與實力"),
    S("direct", "榮科", "說", a="面對川普，我們與他談話時", b="平等的關係。"),
    S("indirect", "榮科", "說", a="川普「只在歐洲人", b="傾聽他們的意見」"),
    S("direct", "榮科", "說", "只在歐洲人以清晰方式提出明確想法和要求時，才會傾聽他們的意見"),
    S("direct", "榮科", "說", "令我訝異的是，他與歐洲沒有情感或理智上的連結。"),
    S("direct", "榮科", None, a="他總是把歐洲、歐盟視為", b="尤其是美國的影響力。"),
    S("indirect", "榮科", "提醒", "賀錦麗若當選，或許不會讓歐盟太好過"),
    S("direct", "榮科", "說", a="賀錦麗若當選總統，將堅決捍衛", b="但不會沒有衝突。"),
]

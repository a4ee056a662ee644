"""公視 (2024-11-06): Nevada voters before the election.

美國媒體認為 (a country's media speak, batch 1) is undated.  The reporter's stand-up quoted as 記者張瀚報導，「…」 is his
direct statement.  The voters are named (in Latin script, written as in the text); none is dated.  Jen Hines's quote
is never closed: it ends where her words end (我很擔心。), before the writer's next paragraph.
"""
from build_gold import S

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_02e3983330c40d5545c681f4059e1194"}

STATEMENTS = [
    S("indirect", "美國媒體", "認為", a="經過選舉人制度放大", b="是美國大選少數可能決定多數的觀察窗口"),
    S("direct", "張瀚", "報導", a="提到內華達州，很多人的印象", b="明顯感受到大戰前夕凝重氣氛。"),
    S("direct", "Adam Levenberg", "說", a="通膨影響家庭", b="很有可能會對這次選舉造成影響。"),
    S("direct", "Aaron Kelley", "說", a="過去幾年，食品雜貨價格在漲", b="這些一般民眾都可以感受到。"),
    S("direct", "Jen Hines", "說道", a="我非常擔憂，身為女性", b="我很擔心。"),
]

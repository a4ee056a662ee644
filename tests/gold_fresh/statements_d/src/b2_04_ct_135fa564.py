"""中時 (2018-10-06): 陳學聖 attacks 鄭文燦 over the algal reef (陳學聖6日出席眷村活動時 → 2018-10-06).

陳學聖's statements are all from the 6日 event (the scene carries through the article, his paragraphs); 賴清德5日表示
is 2018-10-05, its clause ending before the writer's 掀起「深澳下、觀塘上」討論.  鄭文燦聲明「…」 is his quoted statement
(undated).  直言「…」，是標準的「政客」，沒想到… goes on reporting after the quote: indirect and direct (batch C).
The name misspelt once as 陳學生 is 陳學聖 (the same person, not another speaker).  鄭文燦…競選前承諾要劃設保護區
inside 陳's uncued continuation is a nested promise (guideline 5; undated).  「政客」, 「英雄」…, 「觀塘換深澳」,
「觀塘工業港區環差案」 are terms; the quote inside his quote (『安搭』) stays in it.
"""
from build_gold import S

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-135fa564c1c459b1"}

DAY = "2018-10-06"

STATEMENTS = [
    S("direct", "鄭文燦", "聲明", "中油三接如果環評不過，則應該放棄，如果環評通過，應該以生態保育原則審視其工程。"),
    S("indirect", "陳學聖", "直言", a="「鄭文燦為了選舉可以背信忘義」，是標準的", b="還是「梟雄」", said_on=DAY),
    S("direct", "陳學聖", "直言", "鄭文燦為了選舉可以背信忘義", said_on=DAY),
    S("indirect", "賴清德", "表示", "若觀塘中油天然氣第三接收站可滿足電力需求，可重新評估深澳電廠是否停止興建", said_on="2018-10-05"),
    S("direct", "陳學聖", "痛批", "根本是選舉考量，賴揆的眼裡桃園人就是二等公民？", said_on=DAY),
    S("indirect", "陳學聖", "說", a="「觀塘換深澳」的主張，就不是", b="會叫不會咬人的貓』呢？」", said_on=DAY),
    S("direct", "陳學聖", "說", a="拯救蘇貞昌，認為鄭文燦已經", b="會叫不會咬人的貓』呢？", said_on=DAY),
    S("indirect", "陳學聖", "說", a="鄭文燦的聲明，不僅推責、切割", b="一場騙選票的政治操作", said_on=DAY),
    S("indirect", "鄭文燦", "承諾", "要劃設保護區"),
    S("indirect", "陳學聖", "重申", a="「觀塘工業港區環差案」即便通過", b="也是給桃園市民一個承諾", said_on=DAY),
]

"""中時新聞網 (2021-12-12): scholars back the 藻礁 referendum at a press event 今(12); 邱文彥 and 劉小如 speak.

Decisions: 學者 (the 多位各界學者 of the event) is an unnamed-but-specific group.  The laws quoted word for word
(《公民投票法》…指出「…」, 《行政院組織法》…寫出「…」) speak for their text: direct.  經濟部聲稱X / 又稱Y inside 邱文彥's
clauses are nested reports (guideline 5), each up to the rebuttal that follows it; they are not dated.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-e2c530246e254bff"}

DAY = "2021-12-12"

STATEMENTS = [
    S("indirect", "學者", "表示", a="公投是直接民權的展現", b="已背離了當年的黨外精神", said_on=DAY),
    S("indirect", "邱文彥", "指出", a="面對這次中油三接工程", b="卻認為理所當然？」", said_on=DAY),
    S("direct", "邱文彥", "指出", "政府承認0.4公頃被破壞，卻認為理所當然？", said_on=DAY),
    S("indirect", "邱文彥", "說", a="「不破壞藻礁」的說法", b="推論「未來」", said_on=DAY),
    S("indirect", "經濟部", "聲稱", "三接施工後柴山多杯孔珊瑚增加"),
    S("indirect", "經濟部", "稱", "三接蓋在岩石而不是藻礁上"),
    S("indirect", "邱文彥", "說", a="《公民投票法》第一條", b="成為「當然反方」", said_on=DAY),
    S("direct", "公民投票法", "指出", "依據憲法主權在民之原則，為確保國民直接民權之行使，特制定本法。"),
    S("direct", "行政院組織法", "寫出", "行政院行使憲法所賦予之職權。"),
    S("indirect", "劉小如", "表示", a="沒有人否定藻礁", b="局部的利益", said_on=DAY),
]

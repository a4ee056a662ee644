"""聯合新聞網 (2022-11-08): 鄭運鵬 and the 藻礁 pledge; the 青年挺藻礁 group delivers it.

昨 = 2022-11-07 (鄭運鵬, the 桃園青年 appeal, 環團); 今天向本報表示 = 2022-11-08 carries to every later 青年挺藻礁
statement (the same interview).  有桃園青年…呼籲 is the group named later (specific, written as 桃園青年 there).
藻礁公投推動聯盟昨提「…承諾書」 takes a noun.  環團's 呼籲 ends before 也邀… (an act, not a report).  The quoted
「環評過程中拋棄程序正義」 / 「造謠稱三接…」 / 「執政黨投入…」 name kinds of events (「…」這類事情): terms, not quotes.
擔憂 stays inside its clause.  The 延伸閱讀 links are no text.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udn-bcc183463edbb88d"}

YESTERDAY, TODAY = "2022-11-07", "2022-11-08"

STATEMENTS = [
    S("indirect", "鄭運鵬", "表示", "尚未看到承諾書，無法回應", at="昨表示尚未看到承諾書，無法回應", said_on=YESTERDAY),
    S("indirect", "桃園青年", "呼籲", "鄭運鵬還是可以在10日前簽署承諾書，對守護桃園的海岸許下承諾", said_on=YESTERDAY),
    S("indirect", "環團", "質疑", a="桃園市長鄭文燦「畫設", b="的承諾可能將跳票", said_on=YESTERDAY),
    S("indirect", "環團", "呼籲", "鄭文燦卸任前應兌現支票", said_on=YESTERDAY),
    S("indirect", "鄭運鵬", "說", a="尚未看到承諾書，無法回應是否簽署", b="他對成績非常驕傲", said_on=YESTERDAY),
    S("indirect", "青年挺藻礁", "表示", a="得知鄭運鵬回應後", b="南區競選總部", said_on=TODAY),
    S("direct", "青年挺藻礁", "表示", "鄭運鵬先生，您收到來自桃園青年的愛了嗎？", said_on=TODAY),
    S("indirect", "青年挺藻礁", "表示", a="他們心繫藻礁", b="任意行事", said_on=TODAY),
    S("indirect", "青年挺藻礁", "表示", a="盼望未來的桃園政府", b="也應重新謹慎評估", said_on=TODAY),
    S("indirect", "青年挺藻礁", "表示", a="他們誠摯邀請鄭運鵬", b="為桃園的未來加油", said_on=TODAY),
]

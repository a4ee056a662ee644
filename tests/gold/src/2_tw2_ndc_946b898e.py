"""CNA (2024-11-06): German politicians react to Trump's election."""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_946b898ef75333ba757774bf11a07a97"}

OFFICIALS = [
    O("川普", "總統", "美國", "US", at="美國前總統川普", status="former"),
    O("史坦麥爾", "總統", "德國", "DE", at="德國總統史坦麥爾"),
    O("蕭茲", "總理", "德國", "DE", at="與總理蕭茲"),
    O("馬克宏", "總統", "法國", "FR", at="法國總統馬克宏"),
    O("貝爾伯克", "外交部長", "外交部", "DE", at="德國外交部長貝爾伯克"),
]

STATEMENTS = [
    S("indirect", "蕭茲", "呼籲", "歐洲各國團結與川普合作，以維護大西洋兩方的繁榮與自由", said_on="2024-11-06"),
    S("direct", "蕭茲", "說", "身為德國總理我正在為此努力。", said_on="2024-11-06"),
    S("indirect", "貝爾伯克", "坦言", "與川普合作不是一件容易的事"),
    S("direct", "貝爾伯克", "說", a="如同所有良好的夥伴關係", b="在此刻尤為重要。"),
    S("indirect", "貝爾伯克", "呼籲", a="歐洲當前必須承擔", b="維護歐盟區域自主安全性"),
    S("direct", "貝爾伯克", "說", "我們必須擺脫我們給自己的束縛，特別是解放我們對德國和歐盟的安全投資。"),
]

DATES = [
    D("6日", "DATE", "2024-11-06", at="柏林6日專電"),
    D("6日上午", "TIME", "2024-11-06TMO"),
    D("上午", "TIME", "2024-11-06TMO", at="他也在上午"),
    D("此刻", "DATE", "PRESENT_REF"),
    D("現在", "DATE", "PRESENT_REF", at="柏林現在擔心"),
    D("當前", "DATE", "PRESENT_REF"),
    D("近年", "DATE", "PAST_REF"),
]

NUMBERS = []

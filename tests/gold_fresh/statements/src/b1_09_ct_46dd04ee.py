"""中時新聞網 (2021-03-01): 何宗勳 (珍愛藻礁公投 co-initiator), interviewed 今(1)日, recalls the broken promise of a hearing.

Decisions: the lead's 民團人士…受訪回憶 is 何宗勳's interview (the article names him next): speaker 何宗勳; its
呼籲 starts a new statement.  Nested reports with their own cue: 總統府方答應 (2020-06-05), 蔡總統…說 and
環團質疑 (去年 → 2020), 政府…說願意溝通 (undated), 李俊俋表示 (今年1月15日).
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-46dd04ee29f939c0"}

DAY = "2021-03-01"

STATEMENTS = [
    S("indirect", "何宗勳", "回憶", a="會舉辦珍愛藻礁公投連署", b="人士在帶刻意風向", said_on=DAY),
    S("indirect", "何宗勳", "呼籲", "民進黨應該負起責任約制網軍", at="呼籲民進黨應該負起責任約制網軍", said_on=DAY),
    S("indirect", "何宗勳", "表示", a="去年6月5日總統府方答應", b="發起公投來做直球對決", said_on=DAY),
    S("indirect", "總統府", "答應", "環團要針對中油三接於大潭藻礁動工議題召開「類聽證會」", said_on="2020-06-05"),
    S("indirect", "何宗勳", "說", a="整個公投過程環團都十分理性", b="並深深檢討", said_on=DAY),
    S("indirect", "何宗勳", "回憶", a="去年環團於總統府會見蔡總統時", b="刻意隱瞞資訊", said_on=DAY),
    S("indirect", "蔡總統", "說", "跟她得到資訊有很大出入", said_on="2020"),
    S("indirect", "環團", "質疑", "經濟部與中油刻意隱瞞資訊", said_on="2020"),
    S("indirect", "何宗勳", "指出", a="為了釐清經濟部與中油蒙蔽的資訊", b="扛下主辦之責", said_on=DAY),
    S("indirect", "何宗勳", "說", a="總統府副秘書長李俊俋在去年6月5日", b="因此拒絕出席", said_on=DAY),
    S("indirect", "政府", "說", "願意溝通", at="帶著誠意說願意溝通"),
    S("indirect", "李俊俋", "表示", "既然已經進入公投程序，為保持行政中立於是就決定不開了", said_on="2021-01-15"),
]

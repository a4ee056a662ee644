"""中時新聞網 (2021-12-15): 顏寬恒 (with 江啟臣, 許淑華) campaigns in 烏日 on the 14th; 林靜儀 films in 龍井 (昨 = 14th).

Decisions: the slogan shouted from the truck (高喊「4個都同意，台灣更美麗」) holds a predicate: direct.  In 顏寬恒's
clause, 「這個政策是錯誤的」 is his wording of the voters' message (direct, 顏寬恒), and 「藻礁公投過、中火每年要多燒
500萬噸煤炭」 is the government's threat as he quotes it (direct, speaker 政府, cue 威脅).  顏寬恒指控「議顏堂」 names a
term only (no clause).  陳柏惟's post and 顏寬恒's rebuttal are not dated.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-4940219c0c869438"}

DAY = "2021-12-14"

STATEMENTS = [
    S("indirect", "顏寬恒、江啟臣、許淑華", "呼籲", "民眾支持「4個都同意」", said_on=DAY),
    S("direct", "顏寬恒、江啟臣、許淑華", "高喊", "4個都同意，台灣更美麗", said_on=DAY),
    S("indirect", "江啟臣", "說", "把握最後幾天，在北、中、南宣講，透過沿街宣傳方式盼鼓勵大家出來投票", said_on=DAY),
    S("indirect", "顏寬恒", "說", a="宣講是希望民眾利用選票", b="讓選民生活在恐懼中", said_on=DAY),
    S("direct", "顏寬恒", "說", "這個政策是錯誤的", said_on=DAY),
    S("direct", "政府", "威脅", "藻礁公投過、中火每年要多燒500萬噸煤炭"),
    S("indirect", "林靜儀", "表示", a="能源政策是連貫性的", b="也應提出主張與替代方案", said_on=DAY),
    S("indirect", "陳柏惟", "表示", a="自己在罷免前被節目罵", b="是「草莓冬瓜」"),
    S("indirect", "顏寬恒", "說", a="從陳低下的言論就可知", b="光怪陸離的言論嗎"),
]

"""中央社 (2024-08-13, 洛杉磯12日): 馬斯克 says his X talk with 川普 was hit by a DDoS attack.

今天 is the dateline's day (12日), as in the earlier batches' CNA articles; the 晚間8時18分 post is that day.
綜合法新社和路透社報導 names two outlets (they speak, as 路透 does in batch 1).  The quote after 表示 is direct
only: what follows it (這種網攻方式…) is the writer's gloss.  自稱先前投給民主黨人 modifies a noun (no row).
川普's 譏諷 is dated by 當時 = 2023年5月.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_157ccca5ec820f2dab1e0b2394ab368f"}

STATEMENTS = [
    S("indirect", "馬斯克", "表示", "他與共和黨籍總統候選人川普在社群媒體平台X上的訪談遭遇網路攻擊", said_on="2024-08-12"),
    S("indirect", "法新社和路透社", "報導", a="世界首富馬斯克在晚間", b="企圖以大量流量癱瘓伺服器或網路"),
    S("direct", "馬斯克", "表示", "X似乎遭遇大規模分散式阻斷服務（DDoS）攻擊", said_on="2024-08-12"),
    S("direct", "川普", "譏諷", a="我的紅色按鈕更大", b="你的就不是。", said_on="2023-05"),
]

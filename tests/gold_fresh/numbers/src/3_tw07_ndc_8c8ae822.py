"""ETtoday 2024-07-30: 100 days before the US election (batch 3, annotated by reading).
18到29歲 defines the group polled (a definition, like FEU（40呎櫃）): left out.  倒數100天 / 倒數百日
and 再4年的時間 are bare durations (holder null); 24小時 in 24小時基層募款成績 names the record's
window, a duration too.  A campaign's money and volunteers are the candidate's (賀錦麗, 她的陣營).
1千多萬非法外國人 are counted as an event (entries), no holder."""
from build_gold import N

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_8c8ae82296b99cf199dd6c934d9b4a0f"}

NUMBERS = [
    N("100天", 100, "天", "大選倒數"),
    N("2億美元", 200000000, "美元", "政治捐款", "=", "賀錦麗", at="就募得破紀錄的2億美元政治捐款，在"),
    N("47%", 47, "%", "支持率", "=", "賀錦麗", at="以47%支持率勝過川普的34%。 大選"),
    N("34%", 34, "%", "支持率", "=", "川普", at="川普的34%。 大選"),
    N("百日", 100, "日", "大選投票倒數"),
    N("1千多萬", 10000000, None, "非法外國人", ">"),
    N("4年", 4, "年", "時間", at="再4年的時間"),
    N("2億美元", 200000000, "美元", "政治捐款", "=", "賀錦麗", at="就募得破紀錄的2億美元政治捐款，吸引"),
    N("超過17萬", 170000, None, "新義工", ">", "賀錦麗"),
    N("47%", 47, "%", "支持率", "=", "賀錦麗", at="賀錦麗以47%支持率勝過川普的34%。而"),
    N("34%", 34, "%", "支持率", "=", "川普", at="川普的34%。而"),
    N("36%", 36, "%", "支持率", "=", "川普", at="川普是以36%"),
    N("27%", 27, "%", "支持率", "=", "拜登"),
    N("24小時", 24, "小時", "基層募款"),
    N("35%", 35, "%", "好感度", "=", "賀錦麗"),
    N("43%", 43, "%", "好感度", "=", "賀錦麗"),
    N("40%", 40, "%", "好感度", "=", "川普"),
    N("36%", 36, "%", "好感度", "=", "川普", at="下滑到36%"),
]

"""中時 2021-11-28: 吳子嘉 on the 美麗島 referendum polls (batch 3, annotated by reading).
四大公投案 is kept once, at its first mention (as 四大主要航線); the later 4大公投案 / 四個公投案
/ 四大公投案 point back to it.  A referendum option's share (同意 / 不同意) has no holder (an option
is not a country, body or person); a camp's turnout rate (綠營…7成) is the camp's.  投下4個同意 is
張麗善's.  五五波 is an idiom; 一個讚 indefinite."""
from build_gold import N

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-6cbdf9046e9f74a9"}

NUMBERS = [
    N("四大", 4, None, "公投案", at="四大公投案將於"),
    N("4個", 4, "個", "同意", "=", "張麗善", at="投下4個同意"),
    N("55.4%", 55.4, "%", "反萊豬進口公投同意"),
    N("37.9%", 37.9, "%", "反萊豬進口公投不同意"),
    N("將近16個百分點", 16, "個百分點", "差距", "~"),
    N("6.4個百分點", 6.4, "個百分點", "同意贏不同意"),
    N("46.1%", 46.1, "%", "公投綁大選同意"),
    N("41.7%", 41.7, "%", "公投綁大選不同意"),
    N("不到5個百分點", 5, "個百分點", "差距", "<"),
    N("7成", 70, "%", "一定去投票的比率", "=", "綠營"),
    N("6成", 60, "%", "一定去投票的比率", "=", "藍營"),
    N("47.9%", 47.9, "%", "珍愛藻礁公投同意"),
    N("24.3%", 24.3, "%", "珍愛藻礁公投不同意"),
    N("35%", 35, "%", "珍愛藻礁公投同意"),
    N("41.1%", 41.1, "%", "珍愛藻礁公投不同意"),
    N("37.8%", 37.8, "%", "重啟核四公投同意"),
    N("51.9%", 51.9, "%", "重啟核四公投不同意"),
    N("16個百分點", 16, "個百分點", "輸", at="輸了16個百分點"),
]

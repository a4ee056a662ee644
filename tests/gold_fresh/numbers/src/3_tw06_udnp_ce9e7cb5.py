"""經濟日報 2024-10-26: ETN weekly performance (batch 3, annotated by reading).
(020023) is a stock code; 10日線, 10年期公債, 正二, 高息20N, 成長30N are names; 連二紅 an idiom
(as 连二漲); 兩市 points back; 二、三 are ranks.  近三個月高點 is kept as 半年来新低 was (3 個月, ~).
A range over a list of funds belongs to them jointly."""
from build_gold import N

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udnp-ce9e7cb5-aecf-417e-adc3-2bdedbe3f23f"}

NUMBERS = [
    N("2.94%", 2.94, "%", "單周上揚", "=", "元大櫃買半導體N", at="單周上揚2.94%"),
    N("近三個月", 3, "個月", None, "~", "美元指數/10年期公債殖利率"),
    N("138點", 138, "點", "單周跌", "=", "集中市場"),
    N("0.59%", 0.59, "%", "單周跌", "=", "集中市場"),
    N("1.42點", 1.42, "點", "周線漲", "=", "櫃買市場"),
    N("0.52%", 0.52, "%", "周線漲", "=", "櫃買市場"),
    N("25檔", 25, "檔", "追蹤台股標的為主的ETN"),
    N("十檔", 10, "檔", "績效打敗兩市大盤的ETN"),
    N("2.94%", 2.94, "%", "單周漲幅", "=", "元大櫃買半導體N", at="單周漲幅達2.94%"),
    N("2.85%", 2.85, "%", "漲幅", "=", "元大IC設計N"),
    N("2.66%", 2.66, "%", "漲幅", "=", "統一IC設計臺灣N"),
    N("0.65%至2.42%", None, "%", "本周漲幅",
      holder="富邦蘋果正二N/富邦行動通訊N/統一微波高息20N/富邦特選蘋果N/統一價值成長30N/統一智慧電動車N/元大ESG高股息N",
      low=0.65, high=2.42),
]

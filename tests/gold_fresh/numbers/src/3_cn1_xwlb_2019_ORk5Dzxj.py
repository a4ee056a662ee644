"""CCTV 2019-12-13: foreign investment, Jan-Nov (batch 3, annotated by reading).
全国 is named in the first sentence (全国新设立…): holder of the national totals there.  Sector
growth rates (高技术产业…) name no country, body or person: null.  Regions (东、中、西部地区) and the
pilot free trade zones are places: holders.  亿元人民币: the currency named is the unit (as
新台幣…元 → 新台幣).  1到11月 is a period (a date)."""
from build_gold import N

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEORk5Dzxj6cCKeVycJYk1191213"}

NUMBERS = [
    N("36747家", 36747, "家", "新设立外商投资企业", "=", "全国"),
    N("8459.4亿元人民币", 845940000000, "人民币", "实际使用外资", "=", "全国"),
    N("6%", 6, "%", "实际使用外资同比增长", "=", "全国", at="同比增长6%。"),
    N("27.6%", 27.6, "%", "高技术产业实际使用外资同比增长"),
    N("5.7%", 5.7, "%", "高技术制造业实际使用外资同比增长"),
    N("43.9%", 43.9, "%", "医药制造业实际使用外资同比增长"),
    N("10.6%", 10.6, "%", "电子及通信设备制造业实际使用外资同比增长"),
    N("43.4%", 43.4, "%", "高技术服务业实际使用外资同比增长"),
    N("六成以上", 60, "%", "实际使用外资同比增幅", ">"),
    N("6%", 6, "%", "实际使用外资同比增长", "=", "东部地区", at="分别增长6%"),
    N("5.6%", 5.6, "%", "实际使用外资同比增长", "=", "中部地区"),
    N("7.3%", 7.3, "%", "实际使用外资同比增长", "=", "西部地区"),
    N("1212.6亿元人民币", 121260000000, "人民币", "实际使用外资", "=", "自贸试验区"),
    N("14.3%", 14.3, "%", "占比", "=", "自贸试验区"),
]

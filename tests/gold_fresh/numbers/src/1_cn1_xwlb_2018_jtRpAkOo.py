"""CCTV 2018-06-18: China's economy in May (batch 1, annotated by reading).
今年前5个月 / 一季度 are periods (dates), not claims.  National statistics whose clause names no
country or body have holder null; the growth range 6.7%到6.9% is 中国经济's."""
from build_gold import N

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEjtRpAkOobCeiThvzOyhz180618"}

NUMBERS = [
    N("11.4%", 11.4, "%", "全社会用电量同比增长"),
    N("6.4个百分点", 6.4, "个百分点", "增速提高"),
    N("6.9%", 6.9, "%", "国家铁路货物发送量同比增长", at="同比增长6.9%"),
    N("4031亿元", 403100000000, "元", "中长期贷款增加"),
    N("3500多家", 3500, "家", "上市公司", ">", "沪深股市"),
    N("6成多", 60, "%", "一季度业绩同比增长的上市公司", ">"),
    N("三成多", 30, "%", "业绩同比下降的上市公司", ">"),
    N("超过100%", 100, "%", "净利润增长率", ">"),
    N("11个季度", 11, "个季度", None),
    N("6.7%到6.9%", None, "%", "经济增速", "=", "中国", low=6.7, high=6.9),
    N("40.1%", 40.1, "%", "企业家宏观经济热度指数"),
    N("75.8%", 75.8, "%", "企业家信心指数"),
]

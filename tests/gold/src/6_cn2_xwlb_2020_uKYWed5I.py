"""CCTV 新闻联播 (2020-08-12, a Wednesday): 国内联播快讯 (parcels, marine ranches, peacekeepers, grassland).

Drawn for issue 5 with the seeded draw described in 6_tw1_ct_fe411e6e.py (second CCTV pick).
Annotated by reading the text before the pipeline was run on it.
"""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEuKYWed5I6FWEnKfVw9yp200812"}

OFFICIALS = []

STATEMENTS = [
    S("indirect", "国家邮政局", "发布", a="今年1至7月全国快递业务量", b="增长13.53%", said_on="2020-08-12"),
    S("indirect", "农业农村部", "发布", a="为引领带动海洋牧场建设", b="推动渔业高质量发展", said_on="2020-08-12"),
]

DATES = [
    D("1至7月", "DATE", "2020-01/2020-07", at="1至7月全国快递业务量累计超"),
    D("今天（8月12日）", "DATE", "2020-08-12", at="国家邮政局今天（8月12日）"),
    D("今年1至7月", "DATE", "2020-01/2020-07"),
    D("今天（8月12日）", "DATE", "2020-08-12", at="农业农村部今天（8月12日）"),
    D("目前", "DATE", "PRESENT_REF"),
    D("昨天（8月11日）", "DATE", "2020-08-11"),
    D("5个月", "DURATION", "P5M"),
    D("8月下旬", "DATE", "2020-08", "END"),
    D("日前", "DATE", "PAST_REF"),
    D("今天（8月12日）", "DATE", "2020-08-12", at="演出今天（8月12日）"),
]

NUMBERS = [
    N("超400亿件", 40000000000, "件", "快递业务量", ">", "全国"),
    N("408.2亿件", 40820000000, "件", "快递业务量", holder="全国"),
    N("4547.1亿元", 454710000000, "元", "快递业务收入", holder="全国"),
    N("13.53%", 13.53, "%", "快递业务收入增长", holder="全国"),
    N("超过42%", 42, "%", "快递服务直投到村的建制村", ">"),
    N("110个", 110, "个", "海洋牧场示范区", holder="全国", at="示范区110个\n"),
    N("110个", 110, "个", "海洋牧场示范区", holder="全国", at="示范区110个，"),
    N("44处", 44, "处", "示范区", holder="山东"),
    N("110名", 110, "名", "官兵", holder="维和工兵分队"),
    N("5个月", 5, "个月", "维和任务"),
    N("5200万亩", 52000000, "亩", "天然草场", holder="新疆伊犁", at="伊犁5200万亩"),
    N("5200万亩", 52000000, "亩", "天然草场", holder="新疆伊犁河谷", at="河谷5200万亩"),
    N("340公斤", 340, "公斤", "每亩鲜草产量"),
    N("1200多种", 1200, "种", "植物种类", ">"),
    N("70%", 70, "%", "一级牧草"),
]

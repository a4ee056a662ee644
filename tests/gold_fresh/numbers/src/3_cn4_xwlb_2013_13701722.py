"""CCTV 2013-06-02: WeChat and cross-border e-commerce in 义乌 (batch 3, annotated by reading).
WeChat's users are 微信's.  几张, 几个, 两个可爱的小脑袋 are vague or point back; 千万里,
千家万户 idioms; 前4个月 a period.  才15美元: 才 ("only") → = as 僅."""
from build_gold import N

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1370172242676767"}

NUMBERS = [
    N("9000多万个", 90000000, "个", "用户", ">", "微信"),
    N("超过一千万", 10000000, None, "境外在线用户", ">", "微信"),
    N("15美元", 15, "美元", "B2C小订单平均每单"),
    N("超过10万单", 100000, "单", "每天从义乌发往世界各地的B2C包裹", ">", "义乌"),
    N("4.05亿美元", 405000000, "美元", "跨境电子商务出口", "=", "义乌"),
    N("30%以上", 30, "%", "同比增长", ">", "义乌"),
    N("13个百分点", 13, "个百分点", "比全国外贸出口增速高出", "=", "义乌"),
]

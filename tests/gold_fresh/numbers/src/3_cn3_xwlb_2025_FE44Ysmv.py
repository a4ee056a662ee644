"""CCTV 2025-04-03: culture and tourism spending in 陕西 and 山西 (batch 3, annotated by reading).
A place's tourist arrivals (人次) are the place's, as a hospital's outpatient volume is the
hospital's.  长安十二时辰 and 千年古寺 are a name and an epithet; 1—2月 is a period."""
from build_gold import N

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEFE44YsmvgWOzgayOc6qy250403"}

NUMBERS = [
    N("近6000万人次", 60000000, "人次", "接待游客", "~", "西安"),
    N("超700亿元", 70000000000, "元", "总消费额", ">", "西安"),
    N("17家", 17, "家", "省级部门", "=", "陕西"),
    N("600多个", 600, "个", "省级重点项目", ">", "陕西"),
    N("2.8万亿元", 2800000000000, "元", "总投资", "=", "陕西"),
    N("超400万人次", 4000000, "人次", "吸引", ">", "大同"),
    N("66个", 66, "个", "重点景区", "=", "山西"),
    N("超1700万人次", 17000000, "人次", "累计接待游客", ">", "山西"),
    N("20.43%", 20.43, "%", "同比增长", "=", "山西"),
]

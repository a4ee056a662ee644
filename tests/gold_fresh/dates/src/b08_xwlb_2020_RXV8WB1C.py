"""CCTV 新闻联播 2020-02-08 (Saturday): party members in Wuhan's hospitals (second batch)."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDERXV8WB1Chz87D5LPD0gw200208"}

DATES = [
    D("3日早上", "TIME", "2020-02-03TMO"),
    D("每天", "SET", "P1D", at="丁文博每天"),
    D("17年", "DURATION", "P17Y"),                # 17年党龄: a length of membership
    # 疫情发生以来 ×2: event-relative, not annotated; 夜以继日 / 日夜 (idioms) neither
    D("每天", "SET", "P1D", at="从每天2000多"),
    D("每天", "SET", "P1D", at="每天做核酸检测"),
    D("凌晨4点", "TIME", "XXXX-XX-XXT04:00", at="有时候做到凌晨4点"),   # habitual: no day
    D("每天", "SET", "P1D", at="诊断医生每天"),
    D("12月底", "DATE", "2019-12", "END"),
    D("春节", "DATE", "2020-01-25"),
    D("1月30日", "DATE", "2020-01-30"),
    D("1月18日", "DATE", "2020-01-18"),
    D("至今", "DATE", "PRESENT_REF"),
]

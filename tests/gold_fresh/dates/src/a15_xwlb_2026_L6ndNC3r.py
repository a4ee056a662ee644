"""CCTV 新闻联播 2026-02-02 (Monday): World Wetlands Day."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEL6ndNC3rjhEgiyHGiWju260202"}

DATES = [
    D("今天（2026年2月2日）", "DATE", "2026-02-02"),
    D("世界湿地日", "DATE", "2026-02-02"),          # a named day, like 春节 in the dev gold
    # 党的十八大以来 (an era), 隆冬时节 (a season with no year), “十五五” (a plan's name): not annotated
    D("如今", "DATE", "PRESENT_REF", at="如今，我国已基本"),
    D("多年", "DURATION", "PXY", at="多年来累计"),
    D("2025年底", "DATE", "2025", "END"),
    D("如今", "DATE", "PRESENT_REF", at="如今，我国已建立"),
    D("如今", "DATE", "PRESENT_REF", at="如今，现代科技"),
]

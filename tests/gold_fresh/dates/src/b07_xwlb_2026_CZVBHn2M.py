"""CCTV 新闻联播 2026-02-23 (Monday): international briefs (second batch)."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDECZVBHn2MImSZ7yIE1ofK260223"}

DATES = [
    D("22日", "DATE", "2026-02-22", at="墨西哥国防部22日"),
    D("当天", "DATE", "2026-02-22"),
    # 此后: event-relative, not annotated
    D("22日", "DATE", "2026-02-22", at="俄罗斯国防部22日"),
    D("今天（2月23日）", "DATE", "2026-02-23"),
    D("祖国保卫者日", "DATE", "2026-02-23"),       # Russia's Defender of the Fatherland Day, a named day
    D("22日", "DATE", "2026-02-22", at="乌克兰方面22日"),
    D("22日", "DATE", "2026-02-22", at="朗格22日"),
    D("23日", "DATE", "2026-02-23", at="将于23日"),
    D("同一天", "DATE", "2026-02-22"),
    D("22日", "DATE", "2026-02-22", at="22日，美国东北部"),
    # 冬季风暴: a season as a noun modifier, no year: not annotated
]

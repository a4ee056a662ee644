"""中時 2021-04-19: 陳吉仲 on pork imports (batch 1, annotated by reading).
沒有1公克 (twice) is the idiom "not a single gram" (zero), not a claim of one gram: left out.
國人1年食用豬肉量 / 1公斤65～80元: 1年 and 1公斤 are the per-unit of a rate, not claims."""
from build_gold import N

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ct-02639e83889505f6"}

NUMBERS = [
    N("93％", 93, "%", "國產豬肉的自給率"),
    N("約為2萬公噸", 20000, "公噸", "進口豬肉", "~"),
    N("約1千公噸", 1000, "公噸", "美豬進口量", "~"),
    N("約90萬公噸", 900000, "公噸", "食用豬肉量", "~", "國人"),
    N("9成", 90, "%", "國產豬占比"),
    N("只有1成", 10, "%", "進口豬占比"),
    N("6到7成", None, "%", "進口豬肉加工占比", low=60, high=70),
    N("2到3成", None, "%", "進口豬肉到市場通路占比", low=20, high=30),
    N("65～80元", None, "元", "毛豬每日價格", low=65, high=80),
    N("1,041公噸", 1041, "公噸", "豬肉及相關產品出口量", "=", "我國"),
    N("684噸", 684, "噸", "豬肉及相關產品出口量", "=", "我國"),
    N("52.1％", 52.1, "%", "出口量成長幅度", "=", "我國"),
]

"""自由時報 2024-07-31: Taiwan's second-quarter GDP (batch 2, annotated by reading).
National figures whose clause names no country are null; a forecast is its forecaster's
(主計總處預期的14.45%).  倍增 is ×2 (unit 倍), as 倍翻."""
from build_gold import N

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_258f49294e1e2dea380da5bc5ccbe350"}

NUMBERS = [
    N("5%上下", 5, "%", "第二季GDP", "~"),
    N("2年半", 2.5, "年", None),
    N("6.56%", 6.56, "%", "第一季GDP成長"),
    N("11季", 11, "季", None),
    N("9.9%", 9.9, "%", "第二季出口年增"),
    N("14.45%", 14.45, "%", "出口年增預期", "=", "主計總處"),
    N("倍增", 2, "倍", "資通及視聽產品出口"),
    N("2.2%", 2.2, "%", "第二季CPI年增"),
    N("2.25%", 2.25, "%", "CPI年增預期", "=", "主計總處"),
]

"""自由時報 2024-09-24: 川普 threatens 強鹿 with tariffs (batch 1, annotated by reading).
百年農機巨頭 is an epithet, not a claim.  A threatened tariff belongs to who announces it (川普),
as claims audit round 6 decided."""
from build_gold import N

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_83962389a1e37946dd212289d81efd43"}

NUMBERS = [
    N("200％", 200, "%", "關稅", "=", "川普", at="川普威脅徴收200％關稅"),
    N("200%", 200, "%", "關稅", "=", "川普", at="徵收200%關稅"),
    N("逾600人", 600, "人", "裁員", ">", "強鹿"),
    N("200％", 200, "%", "關稅", "=", "川普", at="被課200％的關稅"),
    N("1.7％", 1.7, "%", "股價下跌", "=", "強鹿"),
    N("408.95美元", 408.95, "美元", "股價", "=", "強鹿"),
    N("0.75%", 0.75, "%", "股價漲幅", "=", "強鹿"),
]

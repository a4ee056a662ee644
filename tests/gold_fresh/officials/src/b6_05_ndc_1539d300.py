"""中央通訊社 (2024-09-23): leaders at the UN General Assembly.

Batch 6 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112606).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_1539d300b362838257bc7a75b8a57531"}

OFFICIALS = [
    O("拜登", "總統", "美國", "US", at="美國總統拜登（Joe"),
    O("施凱爾", "首相", "英國", "GB", at="英國首相施凱爾"),
    O("馬克宏", "總統", "法國", "FR", at="法國總統馬克宏"),
    O("岸田文雄", "首相", "日本", "JP", at="日本首相岸田文雄"),
    O("莫迪", "總理", "印度", "IN", at="印度總理莫迪"),
    O("澤倫斯基", "總統", "烏克蘭", "UA", at="烏克蘭總統澤倫斯基"),
    O("米卡提", "總理", "黎巴嫩", "LB", at="黎巴嫩總理米卡提"),
    O("尼坦雅胡", "總理", "以色列", "IL", at="以色列總理尼坦雅胡（Benjamin"),
    O("賀錦麗", "候選人", "民主黨", "US", at="民主黨候選人、副總統賀錦麗"),
    O("賀錦麗", "副總統", None, "US", at="民主黨候選人、副總統賀錦麗"),
    O("川普", "候選人", "共和黨", "US", at="共和黨候選人川普"),
    # 美國駐聯大使: the posting as the body (驻瑞士 in batch 1).
    O("湯瑪斯-葛林斐德", "大使", "駐聯", "US", at="駐聯大使湯瑪斯-葛林斐德"),
    O("蒲亭", "總統", "俄羅斯", "RU", at="俄羅斯總統蒲亭"),
    O("習近平", "國家主席", "中國", "CN", at="中國國家主席習近平"),
]

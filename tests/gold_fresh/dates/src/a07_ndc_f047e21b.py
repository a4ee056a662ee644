"""自由時報 2024-08-22 (Thursday): Obama's DNC speech on the 20th, the 2016 'hand size' spat."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_f047e21bcaa42b3ed8eef44b56167a09"}

DATES = [
    D("20日", "DATE", "2024-08-20"),
    D("2016年", "DATE", "2016", at="在2016年美國"),
    # 當時 ×2 not annotated (README)
    D("2016年2月", "DATE", "2016-02"),
    D("2016年", "DATE", "2016", at="2016年初選"),
    D("2016年", "DATE", "2016", at="2016年共和黨總統初選期間，川普與"),
    D("現在", "DATE", "PRESENT_REF", at="現在用APP看新聞"),
    D("天天", "SET", "P1D", at="保證天天中獎"),
]

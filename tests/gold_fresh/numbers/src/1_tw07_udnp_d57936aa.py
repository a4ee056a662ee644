"""經濟日報 2024-11-02: SCFI freight index and container shipping stocks (batch 1, by reading).
連二漲 (a headline idiom without a unit), 40呎櫃/20呎櫃 (a definition of FEU/TEU), 貨櫃三雄 (a name)
and 這兩家公司 (points back) are not claims.  An index or a route's freight rate belongs to no
actor: holder null; a company's share price belongs to the company."""
from build_gold import N

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udnp-d57936aa-6c4f-4c8d-a591-7fdf00c49677"}

NUMBERS = [
    N("118.11點", 118.11, "點", "SCFI運價指數上漲"),
    N("2,303.44點", 2303.44, "點", "SCFI運價指數"),
    N("5.4%", 5.4, "%", "SCFI周漲幅", at="周漲幅5.4%，四大"),
    N("四大", 4, None, "主要航線"),
    N("逾一成", 10, "%", "運價漲幅", ">"),
    N("94.2元", 94.2, "元", "股價", "=", "萬海"),
    N("213元", 213, "元", "股價", "=", "長榮海運"),
    N("3.65%", 3.65, "%", "股價漲幅", "=", "長榮海運"),
    N("70元", 70, "元", "股價", "=", "陽明"),
    N("5.4%", 5.4, "%", "股價漲幅", "=", "陽明", at="漲幅為5.4%；"),
    N("4,826美元", 4826, "美元", "遠東到美西運價"),
    N("43美元", 43, "美元", "運價上漲"),
    N("0.89%", 0.89, "%", "運價漲幅"),
    N("5,258美元", 5258, "美元", "遠東到美東運價"),
    N("159美元", 159, "美元", "運價上漲"),
    N("3.11%", 3.11, "%", "運價漲幅"),
    N("2,442美元", 2442, "美元", "遠東到歐洲運價"),
    N("216美元", 216, "美元", "運價上漲"),
    N("9.7%", 9.7, "%", "運價周漲幅"),
    N("2,907美元", 2907, "美元", "遠東到地中海運價"),
    N("352美元", 352, "美元", "運價上漲"),
    N("13.77%", 13.77, "%", "運價漲幅"),
]

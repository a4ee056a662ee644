"""CCTV 新闻联播 (2023-01-20, a Friday): interview with 赵一德, Party secretary of Shaanxi."""
from build_gold import D, N, O, S

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE6gg0WByBEjTyb4LjcnXj230120"}

OFFICIALS = [
    O("赵一德", "书记", "陕西省委", "CN", at="陕西省委书记赵一德"),
]

STATEMENTS = [
    # A document speaks for its author: 党的二十大报告提出 → 党的二十大.
    S("indirect", "党的二十大", "提出", "推动共建“一带一路”高质量发展"),
    # The interview is aired today; the text does not date when it was recorded.
    S("indirect", "赵一德", "表示", a="陕西县域经济总体不强", b="服务体系上持续用力"),
]

DATES = [
    D("2023年", "DATE", "2023"),
    D("今天（1月20日）", "DATE", "2023-01-20"),
    D("2022年", "DATE", "2022", at="2022年，陕西通过"),
    D("2022年", "DATE", "2022", at="2022年，中欧班列"),
    D("新的一年", "DATE", "2023"),
    D("今年", "DATE", "2023"),
]

NUMBERS = [
    N("110多所", 110, "所", "高校", ">", "陕西"),
    N("1800多家", 1800, "家", "科研机构", ">", "陕西"),
    N("百万人以上", 1000000, "人", "专业技术人才", ">=", "陕西"),
    N("40%以上", 40, "%", "入库科技型中小企业同比增长", ">=", "陕西"),
    N("34%以上", 34, "%", "技术合同交易额同比增长", ">=", "陕西"),
    N("4600多列", 4600, "列", "中欧班列长安号开行", ">", "中欧班列长安号"),
    N("20.8%", 20.8, "%", "开行同比增长", "=", "中欧班列长安号"),
]

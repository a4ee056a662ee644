"""CCTV 新闻联播 (2022-05-23): five years of the police under 习近平's guidance.

向人民警察队伍提出了…的总要求 takes a noun object: no row.  The two 习近平总书记强调 are undated (the 2017年5月 meeting
is another paragraph's, and the text does not say these words were said there).  Quoted names and slogans
(“团圆行动”, “跨省通办”, “只跑一次”, “一站式”) are terms.
"""
from build_gold import S

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEkbzLHzKwjvsRpa5XIm8b220523"}

STATEMENTS = [
    S("indirect", "习近平", "强调", a="人民警察要坚持党的绝对领导", b="确保绝对忠诚、绝对纯洁、绝对可靠"),
    S("indirect", "习近平", "强调", a="要坚持以人民为中心，做到", b="安全感而努力工作"),
]

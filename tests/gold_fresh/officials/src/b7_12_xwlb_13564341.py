"""CCTV 新闻联播 (2012-12-25): the 30th session of the 11th NPC Standing Committee.

Batch 7 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112607).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1356434106726906"}

OFFICIALS = [
    O("吴邦国", "委员长", "全国人大常委会", "CN", at="委员长吴邦国"),
    O("周铁农", "副委员长", None, "CN", at="周铁农副委员长"),
    O("徐绍史", "部长", "国土资源部", "CN", at="国土资源部部长徐绍史"),
    O("王胜俊", "院长", "最高人民法院", "CN", at="最高人民法院院长王胜俊"),
    O("曹建明", "检察长", "最高人民检察院", "CN", at="最高人民检察院检察长曹建明"),
]

"""CCTV 新闻联播 (2016-12-23): 刘云山 at the veteran-cadre work awards.

Batch 7 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112607).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEuul2EC7zBM5mdEGSvYzy161223"}

OFFICIALS = [
    O("刘云山", "政治局常委", "中共中央", "CN", at="中共中央政治局常委、中央书记处书记刘云山"),
    O("刘云山", "书记", "中央书记处", "CN", at="中央书记处书记刘云山"),
    O("习近平", "总书记", None, "CN", at="指出，习近平总书记"),
    O("习近平", "总书记", None, "CN", at="贯彻习近平总书记"),
    O("赵乐际", "政治局委员", "中共中央", "CN", at="中共中央政治局委员、中央组织部部长赵乐际"),
    O("赵乐际", "部长", "中央组织部", "CN", at="中央组织部部长赵乐际"),
    # 先进工作者代表 (an awardee's representative) is no post; the body is written in full.
    O("岳春华", "副局长", "四川省阆中市委老干部局", "CN", at="副局长岳春华"),
    O("齐跃明", "副主任", "浙江省公安厅政治部", "CN", at="副主任齐跃明"),
]

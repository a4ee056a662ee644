"""CCTV 新闻联播 (2013-06-19): 刘云山 at the mass-line campaign work meeting.

Batch 7 of the fresh officials gold (tests/gold_fresh/officials/draw.py, seed 2026112607).
Annotated by reading, before the pipeline was run on it (tests/gold/README.md, Officials).
"""
from build_gold import O  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1371640920750861"}

OFFICIALS = [
    # as batch 4 (b4_11): 政治局常委/政治局委员 with 中共中央; 同志 is no post.
    O("刘云山", "政治局常委", "中共中央", "CN", at="中共中央政治局常委、中央党的群众路线教育实践活动领导小组组长刘云山"),
    O("刘云山", "组长", "中央党的群众路线教育实践活动领导小组", "CN", at="领导小组组长刘云山"),
    O("习近平", "总书记", None, "CN", at="学习贯彻习近平总书记在会议上"),
    O("赵乐际", "政治局委员", "中共中央", "CN", at="中共中央政治局委员、中央党的群众路线教育实践活动领导小组副组长赵乐际"),
    O("赵乐际", "副组长", "中央党的群众路线教育实践活动领导小组", "CN", at="领导小组副组长赵乐际"),
    O("习近平", "总书记", None, "CN", at="贯彻习近平总书记、刘云山同志"),
    O("赵洪祝", "书记", "中共中央书记处", "CN", at="中共中央书记处书记、中央党的群众路线教育实践活动领导小组副组长赵洪祝"),
    O("赵洪祝", "副组长", "中央党的群众路线教育实践活动领导小组", "CN", at="领导小组副组长赵洪祝"),
    O("习近平", "总书记", None, "CN", at="领会习近平总书记"),
]

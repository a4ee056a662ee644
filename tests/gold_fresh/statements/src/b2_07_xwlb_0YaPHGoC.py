"""CCTV 新闻联播 (2018-05-15): Hong Kong academicians on 习近平's instruction answering their letter.

No statement is dated (消息传出后).  多位香港科学家 (those who wrote the letter) is a specific group.  他发现 inside 陈清泉's
clause is his own; 香港科技届期待 is a wish.
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE0YaPHGoCbpVCOJZ6d0X3180515"}

STATEMENTS = [
    S("indirect", "多位香港科学家", "表示", "习主席的重要指示体现了国家对香港的关怀和重视，令香港科技界十分鼓舞"),
    S("indirect", "陈清泉", "说", a="香港回归祖国20多年", b="仍存在一些障碍"),
    S("indirect", "叶玉如", "表示", a="国家资源陆续开放给香港科学家", b="历史性突破"),
]

"""CCTV 新闻联播 (2015-12-20): the revival of the opera 《白毛女》.

No statement: the quoted stretches are titles and terms (“白毛仙姑”, “喜儿哭爹”, the theme
“旧社会把人变成鬼，新社会把鬼变成人”的主题思想, a slogan used as a noun modifier with no speaker), 老乡们就会提出建议
takes a noun object, and 在说“喜儿哭爹”一场戏时 is coaching a scene, not reporting a clause.  The empty list is scored
(every predicted row is spurious).
"""
from build_gold import S  # noqa: F401

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDE1450610456591496"}

STATEMENTS = []

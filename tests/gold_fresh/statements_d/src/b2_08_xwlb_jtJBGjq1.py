"""CCTV 新闻联播 (2017-11-02): “构建人类命运共同体” in two UN First Committee resolutions (adopted 10月30日).

决议表示 is a document speaking for its author (guideline 7), the First Committee that adopted it on 10月30日
(2017-10-30).  The resolutions' titles (“不首先在外空放置武器”…) and the concept's name are terms; 中国领导人提出…理念
takes a noun object.  The chairman 阿鲁罗姆也强调 is undated.
"""
from build_gold import S

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEjtJBGjq1GDrrIMBDmHXx171102"}

STATEMENTS = [
    S("indirect", "第一委员会", "表示", a="联合国和各成员国应本着", b="促进和加强以和平为目的的外层空间国际合作", said_on="2017-10-30"),
    S("indirect", "阿鲁罗姆", "强调", a="“构建人类命运共同体”理念具有前瞻性", b="应该在多边领域加以推广"),
]

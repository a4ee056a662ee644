"""ETtoday (2024-11-06, a Wednesday): Donald Trump Jr. jokes on TikTok on US election day."""
from build_gold import D, N, O, S  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_4447c880623c5aee56be2c28385c0753"}

OFFICIALS = [
    O("川普", "候選人", "共和黨", "US", at="共和黨候選人川普"),
    # 德州眾議院保羅（Ron Paul）: 眾議院 is written, a chamber and not a post, so no row.
    O("加巴德", "議員", "眾議院", "US", at="美國眾議院議員加巴德"),
]

STATEMENTS = [
    S("indirect", "小唐納德", "稱", "如果川普敗選，他可能會逃往沒有引渡的國家，以免被民主黨關進勞改營"),
    S("indirect", "小唐納德", "表示", "如果川普在選舉中落敗，他可能會逃往沒有引渡的國家，以免被「關進勞改營」",
      said_on="2024-11-05"),
    S("indirect", "每日郵報", "報導", a="小唐納德在直播中笑稱", b="一起被關進「勞改營」"),
    S("indirect", "小唐納德", "笑稱", a="如果他的父親敗選，自己", b="一起被關進「勞改營」", said_on="2024-11-05"),
    S("indirect", "小唐納德", "表示", "他的這番話只是個玩笑", said_on="2024-11-05"),
    S("indirect", "小唐納德", "強調", a="如果川普勝選的話", b="不受這些非選舉官員的影響", said_on="2024-11-05"),
    S("indirect", "小唐納德", "強調", a="自己要為像馬斯克", b="創造更多發展空間", said_on="2024-11-05"),
]

DATES = [
    D("當天", "DATE", "2024-11-05", at="選舉日當天"),
    D("目前", "DATE", "PRESENT_REF"),
]

NUMBERS = []

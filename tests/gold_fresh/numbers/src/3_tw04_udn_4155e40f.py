"""聯合報 2023-04-06: 中彰 councillors back 侯友宜, with an online poll at the end (batch 3,
annotated by reading).  其公職生涯40年: 其 is 侯友宜.  The poll widget writes each option's share and
vote count run together (侯友宜 17%6332): both are claims, the share and count belong to the
candidate; 其他 and 不知道／沒意見 have no holder.  1天一次 (voting frequency) is a rate's
per-unit with indefinite 一: left out; 3不3要 is a slogan."""
from build_gold import N

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udn-4155e40f3c3055fa"}

NUMBERS = [
    N("七", 7, None, "議員", at="中彰七議員"),
    N("40年", 40, "年", "公職生涯", "=", "侯友宜"),
    N("2300萬", 23000000, None, "國人"),
    N("17%", 17, "%", "得票率", "=", "侯友宜"),
    N("6332", 6332, None, "票數", "=", "侯友宜"),
    N("71%", 71, "%", "得票率", "=", "郭台銘"),
    N("25950", 25950, None, "票數", "=", "郭台銘"),
    N("2%", 2, "%", "得票率", "=", "朱立倫", at="朱立倫 2%"),
    N("871", 871, None, "票數", "=", "朱立倫"),
    N("4%", 4, "%", "得票率", "=", "盧秀燕", at="盧秀燕 4%"),
    N("1478", 1478, None, "票數", "=", "盧秀燕"),
    N("4%", 4, "%", "得票率", at="其他 4%"),
    N("1296", 1296, None, "票數"),
    N("2%", 2, "%", "得票率", at="沒意見 2%"),
    N("808", 808, None, "票數"),
    N("36735", 36735, None, "投票總數"),
]

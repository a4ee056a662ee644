"""聯合新聞網 2023-06-03 (Saturday): little terns on the 桃園 coast (third batch)."""
from build_gold import D  # noqa: F401

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "udn-418820fcf310fd02"}

DATES = [
    D("今天下午", "TIME", "2023-06-03TAF"),
    # 「2023候鳥漫波 啾一夏！」 ×2: a year inside a quoted event title, not annotated
    D("每年夏季5到7月", "SET", "P1Y"),     # every year, May to July: one recurring period
    D("未來", "DATE", "FUTURE_REF", at="未來市府"),
    D("目前", "DATE", "PRESENT_REF"),
    D("每年", "SET", "P1Y", at="目前每年平均"),
    D("17年前", "DATE", "2006", "APPROX"),
    D("這些年來", "DATE", "PAST_REF"),
    D("每年4月", "SET", "XXXX-04"),
    D("7、8月", "DATE", "XXXX-07", "APPROX"),   # the yearly return, July or August: no year
    D("今年6月3日", "DATE", "2023-06-03"),
    D("25日", "DATE", "2023-06-25"),
    D("每周", "SET", "P1W"),
    D("下午1點", "TIME", "XXXX-XX-XXT13:00"),
    D("5點", "TIME", "XXXX-XX-XXT17:00", at="到5點提供"),
    D("今天", "DATE", "2023-06-03", at="今天起舉辦"),
    D("未來", "DATE", "FUTURE_REF", at="未來如何整合"),   # the udn footer's link, as in the dev gold
]

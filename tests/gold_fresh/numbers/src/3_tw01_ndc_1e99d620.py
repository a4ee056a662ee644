"""ETtoday 2024-08-08: swing-state polls, 川普 vs 賀錦麗 (batch 3, annotated by reading).
7個(關鍵)州 is stated three times (caption, body, the list of states): each states the count, no
demonstrative points back, so all three are kept.  A lead belongs to the candidate leading, a
deficit (落後) to the one behind; the margin of error to the poll's reporter (華盛頓郵報)."""
from build_gold import N

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_1e99d62025c605f2be4435b977cc06ea"}

NUMBERS = [
    N("7個", 7, "個", "關鍵搖擺州", at="川普在7個關鍵搖擺州"),
    N("7個", 7, "個", "關鍵州", at="指出7個關鍵州中"),
    N("4個", 4, "個", "明確領先的關鍵州", "=", "川普", at="明確領先的到4個"),
    N("正負3個百分點", 3, "個百分點", "抽樣誤差", "=", "華盛頓郵報"),
    N("7個", 7, "個", "關鍵州", at="美國總統選舉的7個關鍵州"),
    N("5個百分點", 5, "個百分點", "支持度領先", "=", "川普"),
    N("4個百分點", 4, "個百分點", "領先", "=", "川普", at="領先也到4個百分點"),
    N("3個", 3, "個", "呈現拉鋸戰的州", at="另外3個州"),
    N("不到一個百分點", 1, "個百分點", "領先", "<", "賀錦麗"),
    N("2個百分點", 2, "個百分點", "落後", "=", "賀錦麗", at="落後川普2個百分點"),
    N("約1個百分點", 1, "個百分點", "搖擺州平均成長", "~", "賀錦麗"),
    N("2次", 2, "次", "民調", at="近期2次民調"),
    N("51％", 51, "%", "支持度", "=", "賀錦麗"),
    N("48％", 48, "%", "支持度", "=", "川普"),
    N("50％", 50, "%", "支持度", "=", "賀錦麗"),
    N("49％", 49, "%", "支持度", "=", "川普"),
]

"""ETtoday 2024-10-30: 郭智輝 on green power for NVIDIA (batch 3, annotated by reading).
他 (那他只要100億度) is NVIDIA, resolved.  550億度的容量 in the same quote names no owner in its
clause: null.  約買現在的50％綠電: 約 is separated from the number by the verb; the span is 50％,
qualifier ~."""
from build_gold import N

ARTICLE = {"corpus": "tw_politics_zh_hant", "id": "ndc-news_1522fc44354b5036665e9ce73fd574ab"}

NUMBERS = [
    N("100億度", 10000000000, "度", "綠電需求", "=", "NVIDIA", at="回台投資需要100億度"),
    N("550億度", 55000000000, "度", "綠電", "=", "台灣", at="2026年台灣會有550億度"),
    N("100億度", 10000000000, "度", "綠電需求", "=", "NVIDIA", at="NVIDIA不是今天就要100億度"),
    N("200億度", 20000000000, "度", "現在綠電", "=", "台灣"),
    N("550億度", 55000000000, "度", "綠電", "=", "台灣", at="2026年台灣的綠電會有550億度"),
    N("50％", 50, "%", "購買綠電占比", "~", "台積電"),
    N("550億度", 55000000000, "度", "容量", at="550億度的容量"),
    N("100億度", 10000000000, "度", "綠電需求", "=", "NVIDIA", at="那他只要100億度"),
]

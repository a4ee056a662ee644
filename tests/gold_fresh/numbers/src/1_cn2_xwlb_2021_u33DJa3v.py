"""CCTV 2021-07-25: Covid in the US and Tokyo (batch 1, annotated by reading).
Case and death counts are counts of victims: holder null.  A share of a named group (93%的民主党人,
共和党人的这一数据) belongs to that group."""
from build_gold import N

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEu33DJa3vqfKf5wygEfxW210725"}

NUMBERS = [
    N("超过3443万例", 34430000, "例", "累计确诊病例", ">"),
    N("超过61万例", 610000, "例", "死亡病例", ">"),
    N("超过49000例", 49000, "例", "平均日增病例", ">"),
    N("60%", 60, "%", "病例增幅"),
    N("半年", 0.5, "年", None, at="半年来新低"),
    N("93%", 93, "%", "已经或正准备接种新冠疫苗", "=", "民主党人"),
    N("只有49%", 49, "%", "已经或正准备接种新冠疫苗", "=", "共和党人"),
    N("137人", 137, "人", "奥运相关人员确诊人数", at="确诊人数增至137人"),
    N("1763例", 1763, "例", "单日新增病例"),
    N("10名", 10, "名", "新冠检测呈阳性的奥运相关人士"),
    N("2名", 2, "名", "奥运选手"),
    N("137人", 137, "人", "奥运相关人士新冠检测阳性人数", at="达到137人"),
]

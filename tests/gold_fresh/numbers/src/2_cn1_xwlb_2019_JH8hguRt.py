"""CCTV 2019-11-25: landslide, crash, Venice floods (batch 2, annotated by reading).
Deaths and passengers are victims: holder null."""
from build_gold import N

ARTICLE = {"corpus": "cctv_xwlb_zh_hans", "id": "xwlb-VIDEJH8hguRtyT7EMptZ2mSc191125"}

NUMBERS = [
    N("56人", 56, "人", "死亡", at="滑坡致56人死亡"),
    N("56人", 56, "人", "死亡", at="已造成56人死亡"),
    N("29人", 29, "人", "死亡", at="坠毁 29人死亡"),
    N("19人", 19, "人", "机上人数"),
    N("29人", 29, "人", "遇难", at="总计29人遇难"),
    N("超过50座", 50, "座", "机场", ">", "刚果（金）"),
    N("1.3米", 1.3, "米", "最高水位", "=", "圣马可广场"),
    N("85%", 85, "%", "遭洪水侵袭面积", "=", "威尼斯"),
    N("1.87米", 1.87, "米", "城内最高水位", "=", "威尼斯"),
]

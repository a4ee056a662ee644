"""Builds `numbers_cases.jsonl`: numbers as Chinese news writes them, {"text", "value"}.

Run from the repository root: `.venv/bin/python tests/cases/numbers_build_cases.py`.
Expected values are computed here, independently of cn2an: Chinese numerals are *spelled*
by `spell` below (int → 六千三百零五), so reading them back with cn2an in pipeline.numbers is
a real check of the library, not a round trip through it.  Hand-written cases cover what
news adds around a number (units, 約/逾, 1.5萬, 三分之一, 兩成, 百分之三十).  Every case is also
written in Traditional (OpenCC s2tw), and some with full-width digits.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import opencc

OUT = Path(__file__).with_name("numbers_cases.jsonl")
DIGITS = "零一二三四五六七八九"
SMALL_UNITS = ["", "十", "百", "千"]


def spell_below_10000(n: int, leading: bool = True) -> str:
    """0 < n < 10000 → Chinese (一千零五, 三百二十, 十五 when leading)."""
    out, zero = [], False
    text = str(n).rjust(4, "0")
    started = False
    for i, ch in enumerate(text):
        d = int(ch)
        unit = SMALL_UNITS[3 - i]
        if d == 0:
            if started:
                zero = True
            continue
        if zero:
            out.append("零")
            zero = False
        if d == 1 and unit == "十" and not started and leading:
            out.append("十")
        else:
            out.append(DIGITS[d] + unit)
        started = True
    return "".join(out)


def spell(n: int) -> str:
    """Any 0 < n < 10**12 in Chinese numerals (一億二千萬, 三萬零五百)."""
    parts = []
    yi, rest = divmod(n, 10**8)
    wan, ones = divmod(rest, 10**4)
    if yi:
        parts.append(spell_below_10000(yi) + "亿")
    if wan:
        if yi and wan < 1000:
            parts.append("零")
        parts.append(spell_below_10000(wan, leading=not yi) + "万")
    if ones:
        if (yi or wan) and ones < 1000:
            parts.append("零")
        parts.append(spell_below_10000(ones, leading=not (yi or wan)))
    return "".join(parts)


def with_commas(n: int) -> str:
    return f"{n:,}"


def hand_written() -> list[tuple[str, float]]:
    return [
        # SPEC and issue examples.
        ("1,550枚", 1550), ("超过600枚", 600), ("1.5万", 15000), ("3,000亿", 3e11), ("六百", 600),
        ("三分之一", 0.3333), ("两成", 20), ("六成五", 65), ("百分之三十", 30), ("五、六年", 5),
        ("3分之1弱", 0.3333), ("5459枚", 5459), ("6,000枚", 6000), ("不得超过700件", 700),
        # Units and qualifiers around the number.
        ("约1.2亿人", 1.2e8), ("逾50年", 50), ("近百人", 100), ("至少3人", 3), ("超过1000枚", 1000),
        ("不到1%", 1), ("30%左右", 30), ("5.25%", 5.25), ("0.4公顷", 0.4), ("141亿美元", 1.41e10),
        ("新台币4449亿元", 4.449e11), ("每股55美元", 55), ("85万名", 850000), ("1万人", 10000),
        ("16474亿元", 1.6474e12), ("337.6亿人次", 3.376e10), ("280.3亿吨", 2.803e10), ("1.7亿标箱", 1.7e8),
        ("45万多亩", 450000), ("93%左右", 93), ("51.8％", 51.8), ("3个百分点", 3), ("0.25个百分点", 0.25),
        ("两名", 2), ("九名", 9), ("三个", 3), ("十三个", 13), ("四项", 4), ("36个代表团", 36),
        ("上百人", 100), ("超过一万人", 10000), ("1万5千", 15000), ("5千万", 5e7), ("两千", 2000),
        ("一百零五", 105), ("三点五", 3.5), ("百分之三点五", 3.5), ("百分之十五", 15), ("百分之一百", 100),
        ("四分之三", 0.75), ("二分之一", 0.5), ("十分之一", 0.1), ("五分之二", 0.4), ("八成", 80), ("九成九", 99),
        ("一成", 10), ("三成", 30), ("七成", 70), ("两百万", 2e6), ("三千万", 3e7), ("十亿", 1e9), ("一百亿", 1e10),
        ("二十五", 25), ("四十五万", 450000), ("一万二千", 12000), ("一亿五千万", 1.5e8), ("六千三百零五", 6305),
        ("一千零五十", 1050), ("五十", 50), ("十", 10), ("十一", 11), ("两", 2), ("二〇二六", 2026),
        ("2.5万亿元", 2.5e12), ("1.3万亿美元", 1.3e12), ("500亿", 5e10), ("8000万", 8e7), ("12万余人", 120000),
        ("4.2%", 4.2), ("-3.5%", -3.5), ("增长-2.1%", -2.1), ("1,000,000", 1000000), ("12,345.67", 12345.67), ("0.75%", 0.75),
        ("一半", 0.5), ("翻一番", 2), ("八九吨", 8), ("三四天", 3), ("5至6年", 5), ("5-6%", 5),
        ("1至2％", 1), ("20余年", 20), ("100多起", 100), ("10多位", 10), ("约38万户", 380000),
        ("超过57000户", 57000), ("1,131亿新台币", 1.131e11), ("25000亿元", 2.5e12), ("2万多名", 20000),
        ("20多万公里", 200000), ("200多万", 2e6), ("1500多种", 1500), ("6.2级", 6.2), ("数十亿美元", 1e9),
        ("六百枚", 600), ("五百枚", 500), ("一千五百枚", 1500), ("三百六十五天", 365), ("七十二小时", 72),
        # The variety of numeral forms a numeral test suite covers (issue 5): 两 and 零, tens and
        # magnitudes left bare, decimals and percentages in words, per mille, tenths, digit-by-digit
        # years, financial (大写) numerals, 廿/卅, mixed Arabic and Chinese magnitudes, signs,
        # mixed fractions, pairs with a magnitude (七八十: a range, its low end is the value).
        ("两千零五", 2005), ("十万八千", 108000), ("一点五", 1.5), ("1.2亿", 1.2e8), ("3千万", 3e7),
        ("负五", -5), ("负3.5", -3.5), ("-3.5", -3.5), ("零下5度", -5), ("零下五度", -5), ("零下十二度", -12), ("百分之五点五", 5.5), ("百分之零点五", 0.5),
        ("百分之一百二十", 120), ("千分之三", 0.003), ("千分之五点五", 0.0055), ("万分之五", 0.0005),
        ("三成五", 35), ("二〇二六", 2026), ("一九四九", 1949), ("二〇〇八", 2008), ("壹佰贰拾", 120),
        ("贰仟零壹拾", 2010), ("壹万", 10000), ("壹仟贰佰叁拾肆元", 1234), ("伍佰", 500), ("陆拾", 60),
        ("柒", 7), ("玖拾玖", 99), ("叁万伍仟", 35000), ("廿", 20), ("卅", 30), ("廿五", 25), ("卅一", 31),
        ("5万3千", 53000), ("1万2千3百", 12300), ("3千5百", 3500), ("2亿3千万", 2.3e8), ("4千", 4000),
        ("5百", 500), ("百万", 1e6), ("千万", 1e7), ("亿", 1e8), ("十万", 1e5), ("百", 100), ("千", 1000),
        ("一又二分之一", 1.5), ("三又四分之三", 3.75), ("1/3", 0.3333), ("3/4", 0.75), ("2/5", 0.4),
        ("七八十", 70), ("三四百", 300), ("五六千", 5000), ("七八万", 70000), ("三四百万", 3e6),
        ("两万", 20000), ("两亿", 2e8), ("两百", 200), ("两千八", 2800), ("一千二", 1200), ("三万五", 35000),
        ("一万零一", 10001), ("一百零一", 101), ("一千零一", 1001), ("十万零五", 100005), ("二十万零五百", 200500),
        ("零点零五", 0.05), ("零", 0), ("〇", 0), ("三十多", 30), ("五千余", 5000), ("1.5倍", 1.5),
        ("4.5%", 4.5), ("5‰", 5), ("３．５％", 3.5), ("１２３", 123),
        ("一百二十三万四千五百六十七", 1234567), ("九千九百九十九万", 99990000), ("一万亿", 1e12),
        ("三千六百万", 3.6e7), ("四十五亿", 4.5e9), ("一百零五万", 1050000), ("十二万三千", 123000),
        ("1兆2000亿", 1.2e12), ("二兆五千亿", 2.5e12), ("3.5兆", 3.5e12), ("一个半", 1.5), ("三个半小时", 3.5),
        ("两个半月", 2.5), ("一万五", 15000), ("两万三", 23000), ("一百五", 150), ("二百五", 250),
        ("十二点三四万", 123400), ("负百分之三", -3), ("二点五倍", 2.5), ("百分之百", 100), ("万分之一", 0.0001),
        # Session 10's probe of spoken forms: 多/余 before 万 scales, 成半 and 倍半 add a half, 个亿.
        ("三十多万", 300000), ("二十余万", 200000), ("一成半", 15), ("近一成半", 15), ("两倍半", 2.5),
        ("2倍半", 2.5), ("一个亿", 1e8), ("两个亿", 2e8),
    ]


def generated(rng: random.Random) -> list[tuple[str, float]]:
    cases = []
    for _ in range(120):  # Chinese numerals of every size, spelled independently of cn2an
        n = rng.choice([rng.randint(1, 99), rng.randint(100, 9999), rng.randint(10**4, 10**8 - 1),
                        rng.randint(10**8, 10**11)])
        cases.append((spell(n) + rng.choice(["", "人", "枚", "元", "件"]), n))
    for _ in range(60):  # Arabic with thousands separators
        n = rng.randint(1000, 10**9)
        cases.append((with_commas(n) + rng.choice(["", "人", "美元", "吨"]), n))
    for _ in range(40):  # decimal + 万/亿
        whole = rng.randint(1, 999)
        frac = rng.randint(1, 9)
        mag, factor = rng.choice([("万", 10**4), ("亿", 10**8), ("万亿", 10**12)])
        cases.append((f"{whole}.{frac}{mag}", round((whole + frac / 10) * factor, 4)))
    for _ in range(30):  # percentages
        whole = rng.randint(0, 99)
        frac = rng.randint(0, 9)
        cases.append((f"{whole}.{frac}%", whole + frac / 10))
        cases.append((f"百分之{spell(whole) if whole else '零'}", whole))
    return cases


FINANCIAL = str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟")


def with_liang(text: str) -> str:
    """二百 / 二千 / 二万 / 二亿 at the start are said 两 (两千零五); 二十 stays 二十."""
    return "两" + text[1:] if text[:2] in ("二百", "二千", "二万", "二亿") else text


def generated_forms(rng: random.Random) -> list[tuple[str, float]]:
    """More forms, spelled here: financial numerals, 两, Chinese decimals, fractions, 成, mixed."""
    cases = []
    for _ in range(40):  # 大写: the financial spelling of the same numeral (壹万贰仟零伍)
        n = rng.choice([rng.randint(11, 99), rng.randint(100, 9999), rng.randint(10**4, 10**8 - 1)])
        cases.append((spell_below_10000(n, leading=False).translate(FINANCIAL) if n < 10**4
                      else spell(n).translate(FINANCIAL) + rng.choice(["", "元", "圆"]), n))
    for _ in range(30):  # 两 where speech uses it
        n = rng.choice([rng.randint(200, 299), rng.randint(2000, 2999), rng.randint(20000, 29999),
                        rng.randint(2 * 10**8, 3 * 10**8 - 1)])
        cases.append((with_liang(spell(n)) + rng.choice(["", "人", "吨"]), n))
    for _ in range(30):  # Chinese decimals (三点一四), and with a magnitude (一点五亿)
        whole, frac = rng.randint(0, 999), rng.randint(1, 99)
        digits = "".join(DIGITS[int(c)] for c in str(frac))
        mag, factor = rng.choice([("", 1), ("万", 10**4), ("亿", 10**8)])
        head = spell(whole) if whole else "零"
        cases.append((f"{head}点{digits}{mag}", round(float(f"{whole}.{frac}") * factor, 4)))
    for _ in range(30):  # fractions and percentages in words (五分之二, 百分之十二点五, 千分之八)
        den = rng.randint(2, 12)
        num = rng.randint(1, den - 1)
        cases.append((f"{spell(den)}分之{spell(num)}", round(num / den, 4)))
        pct, tenth = rng.randint(1, 99), rng.randint(1, 9)
        cases.append((f"百分之{spell(pct)}点{DIGITS[tenth]}", pct + tenth / 10))
        permille = rng.randint(1, 9)
        cases.append((f"千分之{DIGITS[permille]}", permille / 1000))
    for _ in range(20):  # 成 (tenths read as percent): 七成, 六成五
        tens, ones = rng.randint(1, 9), rng.randint(0, 9)
        cases.append((f"{DIGITS[tens]}成{DIGITS[ones] if ones else ''}", tens * 10 + ones))
    for _ in range(30):  # Arabic digits with Chinese magnitudes (5万3千, 1亿2000万, 96万2826人)
        wan, rest = rng.randint(1, 9999), rng.randint(1, 9999)
        cases.append((f"{wan}万{rest}" + rng.choice(["", "人"]), wan * 10**4 + rest))
        yi, wan2 = rng.randint(1, 99), rng.randint(1, 9999)
        cases.append((f"{yi}亿{wan2}万", yi * 10**8 + wan2 * 10**4))
    return cases


EN_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell_en_below_1000(n: int) -> str:
    """0 < n < 1000 → English (two hundred and forty-one), spelled here, not by the pipeline."""
    hundreds, rest = divmod(n, 100)
    words = [f"{EN_SMALL[hundreds]} hundred"] if hundreds else []
    if rest:
        tens, ones = divmod(rest, 10)
        tail = EN_SMALL[rest] if rest < 20 else EN_TENS[tens] + (f"-{EN_SMALL[ones]}" if ones else "")
        words.append(("and " if hundreds else "") + tail)
    return " ".join(words)


def english_forms(rng: random.Random) -> list[tuple[str, float]]:
    """English numerals (issue 5): spelled-out cardinals, digits with million/billion, money."""
    cases = [("three", 3), ("1.2 million", 1.2e6), ("$3.5 billion", 3.5e9), ("a dozen", 12),
             ("twenty-five soldiers", 25), ("more than 600 warheads", 600), ("1,550 deployed warheads", 1550),
             ("two hundred and forty", 240), ("three thousand five hundred", 3500), ("5.2 percent", 5.2),
             ("Three and four", 3), ("a hundred people", 100), ("forty-two percent", 42)]
    for _ in range(25):
        n = rng.randint(1, 999)
        cases.append((spell_en_below_1000(n) + rng.choice(["", " people", " percent"]), n))
    for _ in range(15):  # thousands: two thousand and five, forty-one thousand three hundred
        high, low = rng.randint(1, 999), rng.randint(0, 999)
        text = spell_en_below_1000(high) + " thousand" + (
            (" and " if low < 100 else " ") + spell_en_below_1000(low) if low else "")
        cases.append((text, high * 1000 + low))
    for _ in range(10):  # digits with a scale word
        whole, frac = rng.randint(1, 999), rng.randint(1, 9)
        scale, factor = rng.choice([("million", 10**6), ("billion", 10**9), ("trillion", 10**12)])
        cases.append((f"{whole}.{frac} {scale}", round((whole + frac / 10) * factor, 1)))
    return cases


def main() -> None:
    rng = random.Random(5)
    t2s = opencc.OpenCC("s2tw")
    out, seen = [], set()
    for i, (text, value) in enumerate(hand_written() + generated(rng) + generated_forms(rng)):
        variants = [text, t2s.convert(text)]
        if i % 5 == 0:
            variants.append("".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in variants[1]))
        for variant in variants:
            if variant not in seen:
                seen.add(variant)
                out.append({"text": variant, "value": value})
    tenths_after_digits = [("3成", 30), ("4.5成", 45), ("約4成", 40), ("5成員", 5)]  # as Taiwan writes 成
    for text, value in tenths_after_digits + english_forms(random.Random(6)):  # a stream of its own: the cases above stay as they were
        if text not in seen:
            seen.add(text)
            out.append({"text": text, "value": value})
    OUT.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out), "utf-8")
    print(f"{len(out)} cases → {OUT}")


if __name__ == "__main__":
    main()

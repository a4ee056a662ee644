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


def main() -> None:
    rng = random.Random(5)
    t2s = opencc.OpenCC("s2tw")
    out, seen = [], set()
    for i, (text, value) in enumerate(hand_written() + generated(rng)):
        variants = [text, t2s.convert(text)]
        if i % 5 == 0:
            variants.append("".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in variants[1]))
        for variant in variants:
            if variant not in seen:
                seen.add(variant)
                out.append({"text": variant, "value": value})
    OUT.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out), "utf-8")
    print(f"{len(out)} cases → {OUT}")


if __name__ == "__main__":
    main()

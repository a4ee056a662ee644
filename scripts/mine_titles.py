"""Mine office/role titles from the annotated training corpora into `pipeline/resources/titles_mined.txt`.

    .venv/bin/python -m scripts.mine_titles [--min-count 2] [--min-len 2] [--max-len 8]

Sources (training splits only, see /work/shared/data/README.md):
  * CLUENER2020 train (`cluener/train.jsonl`), `position` spans
  * Resume NER train (`resume/train.jsonl`), `TITLE` spans
Each span is converted to the Simplified view form (`pipeline.normalize.make_view`) and counted.
A title is kept when it is seen at least --min-count times, is --min-len..--max-len characters of
Chinese script, is not already in `titles*.txt`, is not in STOP and is not an
organisation-or-field + title compound (财务部经理, 重庆市市长, 会计学教授): officials.py finds the
organisation itself, and a compound title would swallow it.
Class: `role` for occupations and qualifications (…师, …家, …员 …), `office` otherwise.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from pipeline.normalize import Converters, make_view

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "pipeline" / "resources"
OUTPUT = RESOURCES / "titles_mined.txt"
SOURCES = [
    ("cluener/train.jsonl", "position"),
    ("resume/train.jsonl", "TITLE"),
]


def words(text: str) -> set[str]:
    return set(text.split())


def tuple_words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Generic words, party membership, sports positions, verbs and words that are no title of office.
STOP = words("""
学生 大学生 中小学生 留学生 研究生 硕士生 实习生 员工 职工 工人 农民 白领 小贩 司机 保安 客服 老板 老师 教师 教员
主持人 主持 嘉宾 明星 球星 球员 选手 职业选手 职业玩家 运动员 队员 主力 中场 前锋 门将 后卫 中卫 主帅 兵王 影帝
中共党员 党员 劳动模范 公务员 干部 领导 官员 成员 会员 高级会员 资深会员 社员 股东 投资者 战略投资者 开发商 供应商 片商 庄家 中介
代表 代理人 法人 法定代表人 负责人 相关负责人 有关负责人 项目负责人 技术负责人 财务负责人 管理者代表 高级管理人员 高管 销售人员
作者 笔者 译者 组织者 设计者 收藏者 收藏家 藏家 鉴赏家 名家 大师 艺术大师 鉴宝大师 电影人
摄影 设计 解说 监制 主演 主角 男主角 女主角 男配角 模特 黑客 魔兽 站主 小编 报分员
皇帝 太子 长老 兵部尚书 将军 大将 元帅 士兵 战士 二等兵
财务管理 财务主办 副总 资深副总 财务副总 付总经理 博士 博士后 博导 助研 副秘书 主考官 专家委员
警察 飞机分党组成员 分党组成员 副班长 班主任 心理辅导老师 会计 编辑 副译审
""")

# Prefixes that make no organisation of their own: rank, seniority, deputy and the bodies every
# organisation has (党委书记 is already in titles.txt).  纪委, 政法委, 团委 and 工会 are bodies
# with a name of their own (中央政法委书记 → 书记 of 中央政法委), so their compounds are dropped.
MODIFIERS = tuple_words(
    "副 正 总 常务 执行 非执行 独立 独立非执行 外部 职工 职工代表 高级 资深 首席 助理 名誉 "
    "荣誉 特约 特聘 客座 兼职 代理 第一 主任 注册 中国注册 教授级 党委 党组 党支部 "
    "党总支 支部 监事会 董事会 董事局 见习 实习 执业 一级 二级 三级 四星"
)
MODIFIER_RE = re.compile("(?:{})+".format("|".join(sorted(map(re.escape, MODIFIERS), key=len, reverse=True))))

# Heads that end an organisation/field + title compound.
HEADS = words(
    "经理 总经理 副总经理 主任 副主任 部长 副部长 处长 副处长 科长 副科长 院长 副院长 所长 "
    "厂长 市长 县长 省长 局长 总统 总理 书记 副书记 董事 监事 会计 教授 副教授 秘书 主管 "
    "总监 副总裁 总裁 工程师 技术员 委员 主席 副主席 院士 研究员 分析师 设计师 总经济师 "
    "总会计师 部长助理 组长 馆长 校长 系主任"
)

ROLE_SUFFIXES = tuple_words(
    "师 家 者 记者 编辑 作家 演员 导演 编剧 制片人 制作人 院士 讲师 助教 医生 大夫 "
    "合伙人 经纪人 学者"
)
ROLE_WORDS = words(
    "科员 主任科员 助理教练 技术员 业务员 营业员 售货员 通讯员 飞行员 驾驶员 交易员 信贷员 分析员 仲裁员 仓管员 会计员 会计 "
    "环卫工 民警 交警 警察 导师 领队 店长 船长 主编 车间技术员 理财经理 客户经理"
)
# Field + title compounds that are titles of their own (CFO, CTO).
KEEP = {"财务总监", "技术总监"}
# Words that contain a mined title but are none (董事会: a board, 经理人: a manager in general).
BLOCKS = ("董事会", "监事会", "理事会", "理事国", "经理人", "秘书处", "警察局")
CJK = re.compile(r"^[\u4e00-\u9fff]+$")


def existing_titles(converters: Converters) -> set[str]:
    titles = set()
    for path in sorted(RESOURCES.glob("titles*.txt")):
        if path == OUTPUT:
            continue
        for line in path.read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                titles.add(make_view(line.split("\t")[0].strip(), converters))
    return titles


def is_compound(title: str, heads: set[str]) -> bool:
    """财务部经理 = 财务部 + 经理: the first part is an organisation or field, not a modifier."""
    for k in range(2, len(title) - 1):
        prefix, head = title[:k], title[k:]
        if head in heads and not MODIFIER_RE.fullmatch(prefix):
            return True
    return False


def title_class(title: str) -> str:
    if title in ROLE_WORDS or title.endswith(ROLE_SUFFIXES):
        return "role"
    return "office"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="/work/shared/data")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--min-len", type=int, default=2)
    parser.add_argument("--max-len", type=int, default=8)
    args = parser.parse_args()
    converters = Converters()
    counts: Counter[str] = Counter()
    for name, label in SOURCES:
        for line in (Path(args.data) / name).read_text("utf-8").splitlines():
            record = json.loads(line)
            for start, end, kind in record["entities"]:
                if kind == label:
                    counts[make_view(record["text"][start:end], converters).strip()] += 1
    known = existing_titles(converters)
    heads = set(HEADS) | known
    kept = []
    for title, n in counts.most_common():
        if n < args.min_count or not args.min_len <= len(title) <= args.max_len:
            continue
        if not CJK.match(title) or title in known or title in STOP or (is_compound(title, heads) and title not in KEEP):
            continue
        kept.append((title, n))
    kept.sort(key=lambda item: (-item[1], item[0]))
    header = [
        "# Titles mined from annotated training corpora, for pipeline/officials.py (same format as titles.txt).",
        "# Sources: CLUENER2020 train (/work/shared/data/cluener/train.jsonl, `position` spans) and",
        "#          Resume NER train (/work/shared/data/resume/train.jsonl, `TITLE` spans); no dev/test data.",
        (
            "# Command: .venv/bin/python -m scripts.mine_titles"
            f" --min-count {args.min_count} --min-len {args.min_len} --max-len {args.max_len}"
        ),
        (
            f"# Thresholds: seen >= {args.min_count} times (summed over both corpora, Simplified view form),"
            f" {args.min_len}-{args.max_len} Chinese characters;"
        ),
        "#   dropped: titles already in titles*.txt, the STOP list in scripts/mine_titles.py (generic words,",
        "#   sports positions, verbs) and organisation/field + title compounds (财务部经理, 会计学教授).",
        "# Class: role for occupations/qualifications (…师, …家, …员), office otherwise. Do not edit by hand:",
        "#   add a false title to STOP and rerun. Columns: title  class  implied_organization  implied_country",
    ]
    lines = header + [f"{title}\t{title_class(title)}" for title, _ in kept]
    lines += ["# Block words: they contain a title above but are none."]
    lines += [f"{word}\tblock" for word in BLOCKS if word not in known]
    OUTPUT.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(kept)} titles ({sum(title_class(t) == 'office' for t, _ in kept)} office) -> {OUTPUT}")


if __name__ == "__main__":
    main()

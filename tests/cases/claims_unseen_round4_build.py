"""Builds tests/cases/claims_unseen_round4.json: the numbers table of the 6 articles drawn by
claims_unseen_draw.draw_round4() (3 Taiwan, 3 CCTV; outside both gold sets and every earlier
unseen fixture), annotated by reading (tests/gold/README.md "Guidelines applied → Numbers")
BEFORE the pipeline ran on them.  Only numbers are annotated, so the fixture is scored for the
numbers table alone.  Reading choices, made before the first run:
  - an age bound that only defines a group (六十岁以上的老年人, 65岁以上) is a number with no
    holder, like a legal age;
  - counts of victims, of events (两度环评, an earthquake's magnitude) and of people at an
    event, and bare durations of an event, have no holder;
  - 3，5，7奈米 names process nodes; 四大公投案 / 4個不同意 / 3家 / 三项倡议 point back to a
    set already named; these are not numbers.
`claimant` is recorded as read (the SPEC names it) although the scorer does not check it.
Run: .venv/bin/python tests/cases/claims_unseen_round4_build.py
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixture_text import at, load_corpus

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "cases" / "claims_unseen_round4.json"
IDS = ('ndc-news_c74f8913e47a1cc8abee6e340bc53b86', 'ct-828c8ee6ba67a389', 'ct-6b57bee8cedc24c7',
       'xwlb-VIDESm6l8MsFGQIPYdnr3tW7180416', 'xwlb-VIDE1412249040432940',
       'xwlb-VIDEttrZ8eE8iwu5BiSnuWcp181227')


def N(text, s, value, unit, quantity, qualifier, holder, claimant=None, nth=1, after=None,
      low=None, high=None):
    st = at(text, s, nth, after)
    row = {'text': s, 'value': value, 'unit': unit, 'quantity': quantity, 'qualifier': qualifier,
           'holder': holder, 'claimant': claimant, 'start': st, 'end': st + len(s)}
    if low is not None:  # a range: value stays null, the ends are given (README guideline 3)
        row.update(value_low=low, value_high=high)
    return row


def numbers_by_article(texts):
    t1, t2, t3, t4, t5, t6 = (texts[i]['text'] for i in IDS)
    xie = '謝金河'
    return {
        IDS[0]: [
            N(t1, '11.75', 11.75, '美元', '股價', '=', '川普媒體科技公司', xie),
            N(t1, '51.51美元', 51.51, '美元', '股價', '=', '川普媒體科技公司', xie),
            N(t1, '7萬美元以上', 70000, '美元', '比特幣價格', '>', None, xie),
            N(t1, '66億美元', 6600000000, '美元', '補貼金', '=', '台積電', xie),
            N(t1, '69%', 69, '%', '占營收', '=', '台積電', xie),
            N(t1, '85億美元', 8500000000, '美元', '補助', '=', 'InTel', xie),
            N(t1, '66億美元', 6600000000, '美元', '補助', '=', '台積電', xie, after='InTel'),
            N(t1, '64億美元', 6400000000, '美元', '補助', '=', '三星', xie),
        ],
        IDS[1]: [
            N(t2, '不到5%', 5, '%', '同意和不同意差距', '<', None, '林濁水'),
            N(t2, '只有1%', 1, '%', '同意和不同意差距', '=', None, '林濁水'),
            N(t2, '頂多45%', 45, '%', '投票率', '<=', None, '林濁水'),
        ],
        IDS[2]: [
            N(t3, '逾350位', 350, '位', '市民', '>', None),
            N(t3, '長達10年', 10, '年', '守護藻礁', '=', '陳學聖', '陳學聖'),
            N(t3, '27公里', 27, '公里', '海岸線', '=', '鄭文燦', '陳學聖'),
            N(t3, '兩次', 2, '次', '道歉', '=', '鄭文燦', '魯明哲'),
            N(t3, '2度', 2, '度', '環評', '=', None, '魯明哲'),
            N(t3, '逾350人', 350, '人', '參與', '>', None),
            N(t3, '約1小時', 1, '小時', '路過行動', '~', None),
        ],
        IDS[3]: [
            N(t4, '6.4万亿元', 6400000000000, '元', '营业收入', '=', '中央企业', '国新办'),
            N(t4, '8.7%', 8.7, '%', '营业收入同比增长', '=', '中央企业', '国新办'),
            N(t4, '超过30%', 30, '%', '新领域收入占总收入的比重', '>', '军工企业', '国新办'),
            N(t4, '65.9%', 65.9, '%', '平均资产负债率', '=', '中央企业', '国新办'),
            N(t4, '0.4个百分点', 0.4, '个百分点', '资产负债率下降', '=', '中央企业', '国新办'),
            N(t4, '0.5个百分点', 0.5, '个百分点', '成本费用占收比下降', '=', '央企', '国新办'),
            N(t4, '8.2%', 8.2, '%', '人均劳动生产总值提高', '=', '央企', '国新办'),
        ],
        IDS[4]: [
            N(t5, '六十岁以上', 60, '岁', '年龄', '>', None),
            N(t5, '超过两亿', 200000000, None, '六十岁以上的老年人', '>', '我国'),
            N(t5, '30多万人', 300000, '人', '死于跌倒', '>', None, '世界卫生组织'),
            N(t5, '60岁以上', 60, '岁', '年龄', '>', None, '世界卫生组织'),
            N(t5, '一半以上', 0.5, None, '死于跌倒', '>', None, '世界卫生组织'),
            N(t5, '60岁以上', 60, '岁', '年龄', '>', None, '中国疾控中心', after='2013年度'),
            N(t5, '一半以上', 0.5, None, '跌倒发生在家中', '>', '我国', '中国疾控中心', after='2013年度'),
            N(t5, '55%', 55, '%', '跌倒发生在家中', '=', '我国', '中国疾控中心'),
            N(t5, '30.24%', 30.24, '%', '跌倒造成骨折', '=', '我国', '中国疾控中心'),
            N(t5, '40%-70%', None, '%', '发生伤害', '~', None, low=40, high=70),
            N(t5, '5-10年', None, '年', '健康期望寿命', '=', None, low=5, high=10),
            N(t5, '58.8%', 58.8, '%', '跌倒恐惧症', '=', None),
            N(t5, '65岁以上', 65, '岁', '年龄', '>', None),
            N(t5, '一千多套', 1000, '套', '防跌倒爱心辅具包', '>', '“我的父亲母亲”公益行动'),
            N(t5, '超过一亿', 100000000, None, '受益老年人', '>', '我国'),
        ],
        IDS[5]: [
            N(t6, '4.8级', 4.8, '级', '地震', '=', None),
            N(t6, '大约30人', 30, '人', '轻伤', '~', None, '意大利民防部门'),
            N(t6, '10人', 10, '人', '入院治疗', '=', None, '意大利民防部门'),
        ],
    }


def build():
    return write_fixture(IDS, numbers_by_article, OUT)


def write_fixture(ids, numbers_by_article, out_path):
    """Write the articles `ids` with their annotated numbers (the other tables empty)."""
    texts = load_corpus(ids)
    numbers = numbers_by_article(texts)
    out = []
    for key in ids:
        a = texts[key]
        for row in numbers[key]:
            assert a['text'][row['start']:row['end']] == row['text'], row
        out.append({'id': a['id'], 'published': a['published'], 'text': a['text'],
                    'officials': [], 'statements': [], 'dates': [], 'numbers': numbers[key]})
    out_path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
    return out


if __name__ == '__main__':
    print(sum(len(a['numbers']) for a in build()), 'numbers written to', OUT)

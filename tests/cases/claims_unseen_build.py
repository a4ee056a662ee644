"""Builds tests/cases/claims_unseen.json: dates and numbers of the articles drawn by
claims_unseen_draw.py, annotated by reading (tests/gold/README.md "Guidelines applied")
before the pipeline ran on them.  Offsets are found from the surface (nth / after), so
the rows stay true to the corpus text.  Round 2 annotated 2 of the 8 drawn CCTV/TW
articles; round 3 (issue 5) the other 6, again by reading before running the pipeline.
A change in percent is described as dev gold does it, the noun with its change word
(国内生产总值增长6.6% → 国内生产总值增长): three round-3 rows were first written without it
and aligned to that convention afterwards (8.1%, 3成, 約4成).
Run: .venv/bin/python tests/cases/claims_unseen_build.py
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixture_text import at, load_corpus

ids = {'xwlb-VIDE1368616562185498', 'xwlb-VIDE1442489576434508',
       'udnp-256f2fa5-00bd-4e84-8968-6e8fc985d41d', 'ct-87162990d9f7ed1c',
       'ndc-news_e03475a4a7cd204ab94b129cd69eeddd', 'ct-03534998ac81fb3c',
       'xwlb-VIDE4JIWtRMiJsupS7AUZyK2250323', 'xwlb-VIDE0QZmZrvtIeMc4rmx7QM3190728',
       # round 3 extra Taiwan draw (claims_unseen_draw.draw_round3)
       'ndc-news_aa0ff8a6989f0dfa5711c4f082240602', 'ct-cb24ec433aa6105f', 'ct-1e163559cf828c0e'}
texts = load_corpus(ids)

def D(text, s, typ, value, mod=None, nth=1, after=None):
    st = at(text, s, nth, after); return {'text': s, 'type': typ, 'value': value, 'mod': mod, 'start': st, 'end': st + len(s)}

def N(text, s, value, unit, quantity, qualifier, holder, nth=1, after=None, low=None, high=None):
    st = at(text, s, nth, after)
    row = {'text': s, 'value': value, 'unit': unit, 'quantity': quantity, 'qualifier': qualifier, 'holder': holder, 'start': st, 'end': st + len(s)}
    if low is not None:  # a range: value stays null, the ends are given (README guideline 3)
        row.update(value_low=low, value_high=high)
    return row


def article(key, dates, numbers):
    a = texts[key]
    return {'id': a['id'], 'published': a['published'], 'text': a['text'], 'officials': [],
            'statements': [], 'dates': dates, 'numbers': numbers}

out = []
a = texts['xwlb-VIDE1442489576434508']; t = a['text']
out.append({'id': a['id'], 'published': a['published'], 'text': t, 'officials': [], 'statements': [],
 'dates': [D(t, '2014年', 'DATE', '2014'), D(t, '今天', 'DATE', '2015-09-17'),
           D(t, '2014年', 'DATE', '2014', after='显示，'), D(t, '2003年', 'DATE', '2003'),
           D(t, '连续12年', 'DURATION', 'P12Y'), D(t, '16日', 'DATE', '2015-09-16'),
           D(t, '昨天', 'DATE', '2015-09-16'), D(t, '4天', 'DURATION', 'P4D'),
           D(t, '19日晚', 'TIME', '2015-09-19TEV')],
 'numbers': [N(t, '1231.2亿美元', 123120000000, '美元', '对外直接投资', '=', '我国'),
             N(t, '连续12年', 12, '年', '增长', '=', '我国'),
             N(t, '翻一番', 2, '倍', '用电人口', '=', '非洲撒哈拉以南地区'),
             N(t, '4天', 4, '天', '电影节', '=', None)]})
a = texts['xwlb-VIDE1368616562185498']; t = a['text']
out.append({'id': a['id'], 'published': a['published'], 'text': t, 'officials': [], 'statements': [],
 'dates': [D(t, '15日', 'DATE', '2013-05-15'), D(t, '今年', 'DATE', '2013', nth=1),
           D(t, '目前', 'DATE', 'PRESENT_REF'), D(t, '今年', 'DATE', '2013', after='会议指出'),
           D(t, '今年', 'DATE', '2013', after='从今年起'), D(t, '今年', 'DATE', '2013', after='今年要扩大'),
           D(t, '去年', 'DATE', '2012'), D(t, '今年', 'DATE', '2013', after='将今年新增')],
 'numbers': [N(t, '79.7万人', 797000, '人', '安置', '=', '四川省/国务院有关部门'),
             N(t, '699万人', 6990000, '人', '高校应届毕业生', '=', None),
             N(t, '1万名', 10000, '名', '重点高校招生计划', '=', '重点高校'),
             N(t, '3万名', 30000, '名', '重点高校招生计划', '=', '重点高校'),
             N(t, '18.5万个', 185000, '个', '名额', '=', '全国高校')]})
# -- round 3 (issue 5): the remaining 6 drawn ids --------------------------------------
t = texts['udnp-256f2fa5-00bd-4e84-8968-6e8fc985d41d']['text']
out.append(article('udnp-256f2fa5-00bd-4e84-8968-6e8fc985d41d',
 [D(t, '15日下午約1時', 'TIME', '2024-09-15T13:00', 'APPROX'), D(t, '近九周', 'DURATION', 'P9W'),
  D(t, '兩個月', 'DURATION', 'P2M'), D(t, '數十年', 'DURATION', 'PXY'),
  D(t, '如今', 'DATE', 'PRESENT_REF'), D(t, '兩個月', 'DURATION', 'P2M', after='如今')],
 [N(t, '近九周內', 9, '周', None, '<=', None),
  N(t, '兩個月內', 2, '個月', None, '<=', None),
  N(t, '兩個月內', 2, '個月', None, '<=', None, after='如今'),
  N(t, '兩次', 2, '次', '暗殺企圖', '=', None),
  N(t, '58歲', 58, '歲', '年齡', '=', '勞斯')]))
t = texts['ct-87162990d9f7ed1c']['text']
out.append(article('ct-87162990d9f7ed1c',
 [D(t, '去年底', 'DATE', '2018', 'END'), D(t, '昨', 'DATE', '2019-04-11', after='行政院會'),
  D(t, '如今', 'DATE', 'PRESENT_REF'), D(t, '去年11月24日', 'DATE', '2018-11-24'),
  D(t, '去年', 'DATE', '2018', after='從去年'), D(t, '至今', 'DATE', 'PRESENT_REF')],
 []))  # no numeric claim: 多次 is vague, 一套 an idiom
t = texts['ndc-news_e03475a4a7cd204ab94b129cd69eeddd']['text']
out.append(article('ndc-news_e03475a4a7cd204ab94b129cd69eeddd',
 [D(t, '5日', 'DATE', '2024-11-05'), D(t, '2008年', 'DATE', '2008'),
  D(t, '2020年', 'DATE', '2020'), D(t, '2020年', 'DATE', '2020', nth=2),
  D(t, '目前', 'DATE', 'PRESENT_REF'), D(t, '2020年', 'DATE', '2020', nth=3),
  D(t, '現在', 'DATE', 'PRESENT_REF'), D(t, '過去', 'DATE', 'PAST_REF'),
  D(t, '10月26日', 'DATE', '2024-10-26'), D(t, '10月31日', 'DATE', '2024-10-31'),
  D(t, '目前', 'DATE', 'PRESENT_REF', nth=2)],
 [N(t, '1300張', 1300, '張', '票', '=', '拜登'),
  N(t, '2份', 2, '份', '差', '=', '迪馬可'),
  N(t, '4次', 4, '次', '美國總統大選', '=', '伊利')]))
t = texts['ct-03534998ac81fb3c']['text']
out.append(article('ct-03534998ac81fb3c',
 [D(t, '今天下午5時', 'TIME', '2020-08-20T17:00'), D(t, '本周六（22日）', 'DATE', '2020-08-22'),
  D(t, '9月5日', 'DATE', '2020-09-05'), D(t, '今天', 'DATE', '2020-08-20', after='羅智強今天'),
  D(t, '今天下午5點', 'TIME', '2020-08-20T17:00'), D(t, '18日', 'DATE', '2020-08-18'),
  D(t, '這星期六', 'DATE', '2020-08-22'), D(t, '2週', 'DURATION', 'P2W'),
  D(t, '9月5日', 'DATE', '2020-09-05', nth=2)],
 [N(t, '3000份', 3000, '份', '連署書', '=', '國民黨'),
  N(t, '2週', 2, '週', '環島連署之旅', '=', None),
  N(t, '1至2個', None, '個', '縣市黨部', '=', '革實院團隊', low=1, high=2)]))
t = texts['xwlb-VIDE4JIWtRMiJsupS7AUZyK2250323']['text']
out.append(article('xwlb-VIDE4JIWtRMiJsupS7AUZyK2250323',
 [D(t, '今天（3月23日）', 'DATE', '2025-03-23'), D(t, '22日午夜', 'TIME', '2025-03-22T24:00'),
  D(t, '今天', 'DATE', '2025-03-23', after='据以色列媒体'), D(t, '22日晚', 'TIME', '2025-03-22TEV'),
  D(t, '22日', 'DATE', '2025-03-22', after='据媒体'), D(t, '40天', 'DURATION', 'P40D'),
  D(t, '22日晚', 'TIME', '2025-03-22TEV', after='40天')],
 [N(t, '至少20人', 20, '人', '死亡', '>=', None),
  N(t, '两阶段', 2, '阶段', '释放以方被扣押人员的计划', '=', '以色列'),
  N(t, '11名', 11, '名', '以方存活被扣押人员', '=', '哈马斯'),
  N(t, '16名', 16, '名', '已死亡被扣押人员的遗体', '=', '哈马斯'),
  N(t, '40天', 40, '天', '休战', '=', None)]))
t = texts['xwlb-VIDE0QZmZrvtIeMc4rmx7QM3190728']['text']
out.append(article('xwlb-VIDE0QZmZrvtIeMc4rmx7QM3190728',
 [D(t, '今年上半年', 'DATE', '2019-H1'), D(t, '6月28日', 'DATE', '2019-06-28'),
  D(t, '今年10月', 'DATE', '2019-10'), D(t, '今年', 'DATE', '2019', after='投融资服务'),
  D(t, '今年以来', 'DATE', '2019'), D(t, '今年上半年', 'DATE', '2019-H1', after='据统计')],
 [N(t, '500亿至600亿元', None, '元', '年产值', '=', '上汽宁德基地', low=50000000000, high=60000000000),
  N(t, '最高5%', 5, '%', '补助', '<=', '福建'),
  N(t, '最高500万元', 5000000, '元', '奖励', '<=', '福建'),
  N(t, '120亿元', 12000000000, '元', '投放规模', '=', '企业技术改造投资基金'),
  N(t, '一半以上', 0.5, None, '审批时间', '>', '福建'),
  N(t, '近1800项', 1800, '项', '民营企业产业项目', '~', '福建'),
  N(t, '16个', 16, '个', '产业集群', '=', '福建'),
  N(t, '16640.15亿元', 1664015000000, '元', '生产总值', '=', '福建省'),
  N(t, '8.1%', 8.1, '%', '生产总值同比增长', '=', '福建省')]))
# -- round 3 extra Taiwan draw --------------------------------------------------------------
t = texts['ndc-news_aa0ff8a6989f0dfa5711c4f082240602']['text']
out.append(article('ndc-news_aa0ff8a6989f0dfa5711c4f082240602',
 [D(t, '5日', 'DATE', '2024-11-05'), D(t, '今天', 'DATE', '2024-11-05'),
  D(t, '今天', 'DATE', '2024-11-05', nth=2), D(t, '1960年', 'DATE', '1960'),
  D(t, '午夜', 'TIME', '2024-11-05T00:00')],  # the footer code 1131105 is not a date
 [N(t, '3票', 3, '票', '票', '=', '賀錦麗/川普'),
  N(t, '4名', 4, '名', '共和黨人', '=', '迪斯維爾諾契鎮'),
  N(t, '2名', 2, '名', '未宣布意向的選民', '=', '迪斯維爾諾契鎮'),
  N(t, '3票', 3, '票', '票', '=', '賀錦麗/川普', nth=2)]))
t = texts['ct-cb24ec433aa6105f']['text']
out.append(article('ct-cb24ec433aa6105f',
 [D(t, '日前', 'DATE', 'PAST_REF'), D(t, '明天', 'DATE', '2021-08-23'),
  D(t, '8月27日', 'DATE', '2021-08-27'), D(t, '隔天', 'DATE', '2021-08-28'),
  D(t, '12月18日', 'DATE', '2021-12-18'), D(t, '日前', 'DATE', 'PAST_REF', nth=2),
  D(t, '明天', 'DATE', '2021-08-23', nth=2), D(t, '10天', 'DURATION', 'P10D'),
  D(t, '明天', 'DATE', '2021-08-23', nth=3), D(t, '8月27日', 'DATE', '2021-08-27', nth=2),
  D(t, '8月28日', 'DATE', '2021-08-28'), D(t, '12月18日', 'DATE', '2021-12-18', nth=2),
  D(t, '隔天', 'DATE', '2021-08-28', nth=2), D(t, '當天', 'DATE', '2021-08-28'),
  D(t, '8月28日', 'DATE', '2021-08-28', nth=2)],  # 「1218重新出發」 is a name
 [N(t, '4項', 4, '項', '公投', '=', None),
  N(t, '10天', 10, '天', '環島街講宣傳', '=', None)]))  # 等4位黨主席候選人 points back to the names listed
t = texts['ct-1e163559cf828c0e']['text']
out.append(article('ct-1e163559cf828c0e',
 [D(t, '2030年', 'DATE', '2030'), D(t, '目前', 'DATE', 'PRESENT_REF'), D(t, '未來', 'DATE', 'FUTURE_REF'),
  D(t, '5月份', 'DATE', '2021-05'), D(t, '2050', 'DATE', '2050')],  # 一年要吃 is a rate (SET-like)
 [N(t, '38公斤', 38, '公斤', '豬肉', '=', '台灣人'),
  N(t, '90.7％', 90.7, '%', '市占率', '=', '國產豬'),
  N(t, '100元', 100, '元', '購買豬肉', '=', None),
  N(t, '4.1元', 4.1, '元', '加拿大豬', '=', '加拿大'),
  N(t, '1.5元', 1.5, '元', '西班牙豬', '=', '西班牙'),
  N(t, '1.2元', 1.2, '元', '美豬', '=', '美'),
  N(t, '100多國', 100, '國', '國', '>', None),
  N(t, '3成', 30, '%', '甲烷排放量減少', '=', None),
  N(t, '約4成', 40, '%', '天然氣需求量增加', '~', None)]))
for item in out:
    for table in ('dates', 'numbers'):
        for row in item[table]:
            assert item['text'][row['start']:row['end']] == row['text'], row
    item['dates'].sort(key=lambda r: r['start']); item['numbers'].sort(key=lambda r: r['start'])
with open('tests/cases/claims_unseen.json', 'w') as handle:
    json.dump(out, handle, ensure_ascii=False, indent=1)

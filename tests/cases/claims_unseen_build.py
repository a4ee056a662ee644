"""Builds tests/cases/claims_unseen.json: dates and numbers of the articles drawn by
claims_unseen_draw.py, annotated by reading (tests/gold/README.md "Guidelines applied")
before the pipeline ran on them.  Offsets are found from the surface (nth / after), so
the rows stay true to the corpus text.  So far 2 of the 8 drawn CCTV/TW articles.
Run: .venv/bin/python tests/cases/claims_unseen_build.py
"""
import gzip, json
ids = {'xwlb-VIDE1368616562185498', 'xwlb-VIDE1442489576434508'}
texts = {}
for r in map(json.loads, gzip.open('../shared/corpus/cctv_xwlb_zh_hans.jsonl.gz', 'rt')):
    if r['id'] in ids: texts[r['id']] = r

def at(text, surface, nth=1, after=None):
    pos = text.index(after) if after else 0
    for _ in range(nth):
        pos = text.index(surface, pos) + (0 if _ == nth - 1 else 1)
    return pos

def D(text, s, typ, value, mod=None, nth=1, after=None):
    st = at(text, s, nth, after); return {'text': s, 'type': typ, 'value': value, 'mod': mod, 'start': st, 'end': st + len(s)}

def N(text, s, value, unit, quantity, qualifier, holder, nth=1, after=None):
    st = at(text, s, nth, after); return {'text': s, 'value': value, 'unit': unit, 'quantity': quantity, 'qualifier': qualifier, 'holder': holder, 'start': st, 'end': st + len(s)}

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
for item in out:
    for table in ('dates', 'numbers'):
        for row in item[table]:
            assert item['text'][row['start']:row['end']] == row['text'], row
    item['dates'].sort(key=lambda r: r['start']); item['numbers'].sort(key=lambda r: r['start'])
json.dump(out, open('tests/cases/claims_unseen.json', 'w'), ensure_ascii=False, indent=1)

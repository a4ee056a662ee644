"""Builds tests/cases/claims_unseen_round5.json: the numbers table of the 6 articles drawn by
claims_unseen_draw.draw_round5() (3 Taiwan, 3 CCTV; outside both gold sets, every earlier draw
and every unseen fixture that existed at the draw), annotated by reading
(tests/gold/README.md "Guidelines applied → Numbers") BEFORE the pipeline ran on them.  Only
numbers are annotated, so the fixture is scored for the numbers table alone.  Reading choices,
made before the first run:
  - a count that sizes a list named right before or after it (三項公投, 等3個, 兩項減稅措施，
    一是…二是…, 2人 for the two debaters, 四大全球倡议) points to a set, it is no claim;
    4個通過3個 reads "of the 4 (named) referendums, 3 pass": 3個 is a (hypothetical) count;
  - counts of victims and events, the size of a building, an age bound that defines a group
    (0至14岁, 60岁及以上) and bare durations (最近五年, 4年来, 整場90分鐘) have no holder;
  - the population figures of a national statistics release belong to the scope word the
    sentence names (全国人口 → 全国) or to 中国 where the paragraph names the country;
  - 每10万人 is the base of a rate, no claim; 1130817 is a story code;
  - 賀錦麗這6000美元 / 拜登喊造200萬棟: a plan's figure belongs to whoever proposes it;
    幾乎…兩倍 (almost twice) is about (~), 近半數 is about (~), 才贏…兩次 is exactly (=).
`claimant` is recorded as read (the SPEC names it) although the scorer does not check it.
Run: .venv/bin/python tests/cases/claims_unseen_round5_build.py
"""
from claims_unseen_round4_build import ROOT, N, write_fixture  # same corpus, row helper and writer

OUT = ROOT / "tests" / "cases" / "claims_unseen_round5.json"
IDS = ('ct-1c96a77c5e3b92d3', 'ndc-news_a7fcd16858017b3ed656b06728c092a1',
       'ndc-news_3e9b16613434de3a35b550fe06e5b631', 'xwlb-VIDE1355098162138483',
       'xwlb-VIDEPIfsB1MgGnwyDFupo8vn260414', 'xwlb-VIDEnZhNQv5UbzBoX43I0s4T160421')




def numbers_by_article(texts):
    t1, t2, t3, t4, t5, t6 = (texts[i]['text'] for i in IDS)
    bao, harris, nbs = '包正豪', '賀錦麗', '国家统计局'
    return {
        IDS[0]: [
            N(t1, '3個', 3, '個', '通過的公投', '=', None, bao),
            N(t1, '0.5％', 0.5, '%', '領先幅度', '=', '民進黨', bao),
            N(t1, '4個公投', 4, '個', '公投', '=', None, bao, after='8月份'),
            N(t1, '近半數', 0.5, None, '不贊同該政黨政策的支持者', '~', '民進黨支持者', bao),
            N(t1, '3個', 3, '個', '通過的公投', '=', None, bao, after='一樣，'),
        ],
        IDS[1]: [
            N(t2, '僅此一場', 1, '場', '辯論', '=', None),
            N(t2, '90分鐘', 90, '分鐘', '辯論會時長', '=', None),
            N(t2, '52年', 52, '年', '墮胎議題撕裂美國', '=', None, '川普'),
            N(t2, '8、9月', None, '月', '懷孕月數', '=', None, '川普', low=8, high=9),
        ],
        IDS[2]: [
            N(t3, '50%', 50, '%', '麵包價格漲幅', '=', None, harris),
            N(t3, '超過1億', 100000000, None, '享有減稅的美國人', '>', '美國', harris),
            N(t3, '6000美元', 6000, '美元', '育兒稅抵免補助', '=', harris),
            N(t3, '約新台幣19萬3300元', 193300, '新台幣', '育兒稅抵免補助', '~', harris),
            N(t3, '兩倍', 2, '倍', '育兒補助相較拜登上任首年', '~', harris),
            N(t3, '5000美元', 5000, '美元', '育兒稅抵免', '=', '范斯', '范斯'),
            N(t3, '6000美元', 6000, '美元', '育兒稅抵免', '=', harris, after='范斯'),
            N(t3, '300萬棟', 3000000, '棟', '中產階級能負擔的住房', '=', harris, harris),
            N(t3, '200萬棟', 2000000, '棟', '住房', '=', '拜登', 'Politico'),
            N(t3, '300萬棟', 3000000, '棟', '住房', '=', harris, 'Politico', after='200萬棟'),
            N(t3, '2.5萬美元', 25000, '美元', '頭期款補助', '=', harris),
            N(t3, '半個世紀', 0.5, '個世紀', '時間', '=', None),
            N(t3, '兩次', 2, '次', '贏北卡', '=', '民主黨'),
            N(t3, '48%', 48, '%', '民調支持度', '=', harris),
            N(t3, '47%', 47, '%', '民調支持度', '=', '川普'),
            N(t3, '1個百分點', 1, '個百分點', '領先川普', '=', harris),
        ],
        IDS[3]: [
            N(t4, '34人', 34, '人', '死亡', '=', None),
            N(t4, '十多起', 10, '起', '暴力袭击事件', '>', None),
            N(t4, '至少34人', 34, '人', '死亡', '>=', None),
            N(t4, '100多人', 100, '人', '受伤', '>', None),
            N(t4, '三层', 3, '层', '化工厂楼高', '=', None),
        ],
        IDS[4]: [
            N(t5, '4年', 4, '年', '时间', '=', None, '桑切斯'),
            N(t5, '4次', 4, '次', '访华', '=', '桑切斯', '桑切斯'),
        ],
        IDS[5]: [
            N(t6, '五年', 5, '年', '时间', '=', None, nbs),
            N(t6, '3377万', 33770000, None, '人口增加', '=', '全国', nbs),
            N(t6, '13.73亿人', 1373000000, '人', '人口', '=', '全国', nbs),
            N(t6, '五年', 5, '年', '时间', '=', None, nbs, after='普查时相比'),
            N(t6, '3377万', 33770000, None, '人口增加', '=', '全国', nbs, after='普查时相比'),
            N(t6, '2.52%', 2.52, '%', '人口增长', '=', '全国', nbs),
            N(t6, '0.5%', 0.5, '%', '人口年平均增长率', '=', '全国', nbs),
            N(t6, '0至14岁', None, '岁', '年龄', '=', None, nbs, low=0, high=14),
            N(t6, '16.52%', 16.52, '%', '0至14岁人口占比', '=', '中国', nbs),
            N(t6, '15至59岁', None, '岁', '年龄', '=', None, nbs, low=15, high=59),
            N(t6, '67.33%', 67.33, '%', '15至59岁人口占比', '=', '中国', nbs),
            N(t6, '60岁及以上', 60, '岁', '年龄', '>=', None, nbs),
            N(t6, '2亿2182万', 221820000, None, '60岁及以上人口', '=', '中国', nbs),
            N(t6, '16.15%', 16.15, '%', '60岁及以上人口占比', '=', '中国', nbs),
            N(t6, '15至59岁', None, '岁', '年龄', '=', None, nbs, low=15, high=59,
              after='同2010年'),
            N(t6, '2.81个百分点', 2.81, '个百分点', '15至59岁人口比重下降', '=', '中国', nbs),
            N(t6, '60岁及以上', 60, '岁', '年龄', '>=', None, nbs, after='同2010年'),
            N(t6, '2.89个百分点', 2.89, '个百分点', '60岁及以上人口比重上升', '=', '中国', nbs),
            N(t6, '51.22%', 51.22, '%', '男性占比', '=', '中国', nbs),
            N(t6, '48.78%', 48.78, '%', '女性占比', '=', '中国', nbs),
            N(t6, '1亿7093万人', 170930000, '人', '具有大学以上教育程度人口', '=', '全国', nbs),
            N(t6, '8930人', 8930, '人', '每10万人中具有大学教育程度人口', '=', '全国', nbs),
            N(t6, '12445人', 12445, '人', '每10万人中具有大学教育程度人口', '=', '全国', nbs),
        ],
    }


def build():
    return write_fixture(IDS, numbers_by_article, OUT)


if __name__ == '__main__':
    print(sum(len(a['numbers']) for a in build()), 'numbers written to', OUT)

import { describe, expect, it } from 'vitest';
import { extractTargets, type SourceBlock } from '../../electron/core/tables/extract-targets';
import type { TargetRow } from '../../electron/shared/table-types';

// A made-up county plan: every sentence below is written for these tests.
let nextId = 1;
const h = (level: number, text: string): SourceBlock => ({ id: nextId++, kind: 'heading', level, text });
const p = (text: string): SourceBlock => ({ id: nextId++, kind: 'paragraph', level: 0, text });

function rows(blocks: SourceBlock[], issuedYear: number | null = 2024): TargetRow[] {
  return extractTargets(blocks, issuedYear);
}

function find(list: TargetRow[], indicator: string): TargetRow {
  const row = list.find((r) => r.indicator === indicator);
  if (!row) throw new Error(`no row for ${indicator} among ${list.map((r) => r.indicator).join(' | ')}`);
  return row;
}

describe('targets: comparators', () => {
  const list = rows([
    h(1, '第二章 主要目标'),
    p('到2030年，全县农产品加工产值突破480亿元，旅游接待人次达到1200万人次以上。'),
    p('生活垃圾填埋量不超过12万吨，重点河湖水质优良率不低于95%，农村道路硬化率超过98%。'),
    p('万元工业增加值用水量低于18立方米，秸秆综合利用率约92%，规模以上工业企业数量达到640家左右，乡镇卫生院数量为21所。'),
  ]);

  it('reads 突破/以上/不低于 as >=, 不超过 as <=, 超过 as >, 低于 as <, 约/左右 as ~, and plain values as =', () => {
    expect(find(list, '农产品加工产值')).toMatchObject({ value: '480', unit: '亿元', comparator: '>=' });
    expect(find(list, '旅游接待人次')).toMatchObject({ value: '1200', unit: '万人次', comparator: '>=' });
    expect(find(list, '生活垃圾填埋量')).toMatchObject({ value: '12', unit: '万吨', comparator: '<=' });
    expect(find(list, '重点河湖水质优良率')).toMatchObject({ value: '95', unit: '%', comparator: '>=' });
    expect(find(list, '农村道路硬化率')).toMatchObject({ value: '98', unit: '%', comparator: '>' });
    expect(find(list, '万元工业增加值用水量')).toMatchObject({ value: '18', unit: '立方米', comparator: '<' });
    expect(find(list, '秸秆综合利用率')).toMatchObject({ value: '92', unit: '%', comparator: '~' });
    expect(find(list, '规模以上工业企业数量')).toMatchObject({ value: '640', unit: '家', comparator: '~' });
    expect(find(list, '乡镇卫生院数量')).toMatchObject({ value: '21', unit: '所', comparator: '=' });
  });

  it('gives one row per target of a sentence that lists several, each pointing at its paragraph', () => {
    const third = list.filter((r) => r.text.startsWith('万元工业增加值用水量'));
    expect(third.map((r) => r.indicator)).toEqual(['万元工业增加值用水量', '秸秆综合利用率', '规模以上工业企业数量', '乡镇卫生院数量']);
    expect(new Set(third.map((r) => r.blockId)).size).toBe(1);
    expect(third[0]!.blockId).not.toBe(list[0]!.blockId);
  });
});

describe('targets: units', () => {
  const list = rows([
    h(1, '三、生态目标'),
    p('到2028年，臭氧日最大8小时平均浓度控制在150μg/m³以内，二氧化氮年均浓度下降到28μg/m3，城区道路网密度提高到8.5公里/平方公里。'),
    p('人均公园绿地面积达到16.2m²，单位地区生产总值二氧化碳排放下降到0.62吨/万元，污水处理能力达到45万m3/日。'),
  ]);

  it('keeps units with slashes and superscripts as written', () => {
    expect(find(list, '臭氧日最大8小时平均浓度')).toMatchObject({ value: '150', unit: 'μg/m³', comparator: '<=' });
    expect(find(list, '二氧化氮年均浓度')).toMatchObject({ value: '28', unit: 'μg/m3' });
    expect(find(list, '城区道路网密度')).toMatchObject({ value: '8.5', unit: '公里/平方公里' });
    expect(find(list, '人均公园绿地面积')).toMatchObject({ value: '16.2', unit: 'm²' });
    expect(find(list, '单位地区生产总值二氧化碳排放')).toMatchObject({ value: '0.62', unit: '吨/万元' });
  });

  it('does not read numbers inside names (8小时 in the indicator, PM2.5, 5G) as values of their own', () => {
    const more = rows([p('到2028年，PM2.5浓度降至30μg/m3，建成5G基站1800个。')]);
    expect(more.map((r) => [r.indicator, r.value, r.unit])).toEqual([
      ['PM2.5浓度', '30', 'μg/m3'],
      ['5G基站', '1800', '个'],
    ]);
    expect(list.some((r) => r.value === '8' && r.unit === '小时')).toBe(false);
    // A range with its unit written twice is one value.
    const range = rows([p('到2028年，县域经济增长6.5%－7%，粮食产量8～9万吨。')]);
    expect(range.map((r) => [r.indicator, r.value, r.unit])).toEqual([
      ['县域经济增长', '6.5－7', '%'],
      ['粮食产量', '8～9', '万吨'],
    ]);
    // Periods and numbers inside titles are not values either.
    const titled = rows([p('印发《县城建设三年行动方案（2024—2026年）》，实施项目36个，规划期2024—2026年。')]);
    expect(titled.map((r) => [r.indicator, r.value, r.unit])).toEqual([['实施项目', '36', '个']]);
  });
});

describe('targets: year and kind', () => {
  const list = rows([
    h(1, '第一章 发展基础'),
    p('2023年，全县常住人口达到48.6万人，城镇化率达到57.3%。森林覆盖率达到61%。'),
    h(1, '第二章 发展目标'),
    p('到2030年，全县地区生产总值达到600亿元。'),
    p('民生福祉更加殷实。城乡居民人均可支配收入达到4.2万元，城镇化率达到65%左右。'),
    p('到2035年，人均预期寿命达到80岁。'),
    h(1, '第三章 重点任务'),
    p('新建农村公路120公里。'),
  ]);

  it('carries 到2030年 over the following sentences and paragraphs it governs, until a new year or heading', () => {
    expect(find(list, '地区生产总值')).toMatchObject({ year: 2030, kind: 'target' });
    expect(find(list, '城乡居民人均可支配收入')).toMatchObject({ year: 2030, kind: 'target', value: '4.2', unit: '万元' });
    expect(list.find((r) => r.indicator === '城镇化率' && r.kind === 'target')).toMatchObject({ year: 2030, value: '65', comparator: '~' });
    expect(find(list, '人均预期寿命')).toMatchObject({ year: 2035, unit: '岁' });
    expect(list.find((r) => r.unit === '公里')).toMatchObject({ year: null, kind: 'target' });
  });

  it('tells present facts (发展基础, a past year) from targets', () => {
    expect(find(list, '常住人口')).toMatchObject({ year: 2023, kind: 'baseline', value: '48.6', unit: '万人' });
    expect(list.find((r) => r.indicator === '城镇化率' && r.kind === 'baseline')).toMatchObject({ year: 2023, value: '57.3' });
    expect(find(list, '森林覆盖率')).toMatchObject({ kind: 'baseline', year: 2023 });
  });

  it('reads 由…提高到… as a baseline and a target, and 较2020年下降 as a change', () => {
    const more = rows([
      h(1, '二、目标'),
      p('到2027年，公共图书馆数量由2022年的9个增加到15个，单位地区生产总值能耗较2020年下降13.5%。'),
    ]);
    expect(more.map((r) => [r.indicator, r.value, r.kind, r.year])).toEqual([
      ['公共图书馆数量', '9', 'baseline', 2022],
      ['公共图书馆数量', '15', 'target', 2027],
      ['单位地区生产总值能耗下降', '13.5', 'target', 2027],
    ]);
  });

  it('takes a bare year after the year of issue as a target year', () => {
    const more = rows([p('2026年，县城污水集中收集率达到75%。')], 2024);
    expect(more[0]).toMatchObject({ year: 2026, kind: 'target' });
    const past = rows([p('2026年，县城污水集中收集率达到75%。')], 2027);
    expect(past[0]).toMatchObject({ year: 2026, kind: 'baseline' });
  });

  it('splits 甲、乙和丙分别达到 x、y、z into one row each', () => {
    const more = rows([p('2023年，粮食、油料和蔬菜产量分别达到52万吨、3.1万吨、88万吨。')]);
    expect(more.map((r) => [r.indicator, r.value, r.unit])).toEqual([
      ['粮食', '52', '万吨'],
      ['油料', '3.1', '万吨'],
      ['蔬菜产量', '88', '万吨'],
    ]);
  });

  it('keeps a name with 及 whole when its values are a change from one level to another, not a list', () => {
    const more = rows([h(1, '一、工作回顾'), p('全县地级及以上道路优良率从71%提高到88%，乡镇污水处理率达到64%、上升9个百分点。')]);
    expect(more.map((r) => [r.indicator, r.value, r.unit])).toEqual([
      ['地级及以上道路优良率', '71', '%'],
      ['地级及以上道路优良率', '88', '%'],
      ['乡镇污水处理率', '64', '%'],
      ['乡镇污水处理率上升', '9', '个百分点'],
    ]);
  });

  it('gives each item of a list its change word, and reads a bare 万/亿 as the unit', () => {
    const more = rows([p('2023年，县域工业、服务业投资分别增长6.2%、8.4%，常住人口达到52.3万，参保人数增加1.2万。')]);
    expect(more.map((r) => [r.indicator, r.value, r.unit])).toEqual([
      ['县域工业增长', '6.2', '%'],
      ['服务业投资增长', '8.4', '%'],
      ['常住人口', '52.3', '万'],
      ['参保人数增加', '1.2', '万'],
    ]);
  });

  it('carries a year set in a heading over its whole section, sub-headings included, and not past it', () => {
    const more = rows([
      h(1, '第三章 到2030年主要目标'),
      h(2, '一、经济发展'),
      p('县域经济总量达到350亿元。'),
      h(2, '二、生态环境'),
      p('森林蓄积量达到900万立方米。'),
      h(1, '第四章 重点任务'),
      p('新建标准化厂房40万平方米。'),
    ]);
    expect(more.map((r) => [r.indicator, r.year, r.kind])).toEqual([
      ['县域经济总量', 2030, 'target'],
      ['森林蓄积量', 2030, 'target'],
      ['新建标准化厂房', null, 'target'],
    ]);
  });

  it('names what a counting verb counts after the value, else before the verb; drops one-character names', () => {
    const more = rows([p('今年推进300个行政村通光纤，中央财政安排120亿元，二是新建养老床位1500张。有5%。')]);
    expect(more.map((r) => [r.indicator, r.value, r.unit])).toEqual([
      ['行政村通光纤', '300', '个'],
      ['中央财政安排', '120', '亿元'],
      ['新建养老床位', '1500', '张'],
    ]);
  });

  it('carries the year of a heading of goals (2030年主要目标) and, after a fact and a goal in one sentence, the year of the goal', () => {
    const more = rows(
      [
        h(1, '二、2030年主要指标'),
        p('城区绿化覆盖率达到45%。'),
        h(1, '三、专项指标'),
        p('2022年污水处理率为91%，到2029年达到97%。再生水利用率达到25%。'),
      ],
      null,
    );
    expect(more.map((r) => [r.indicator, r.value, r.year, r.kind])).toEqual([
      ['城区绿化覆盖率', '45', 2030, 'target'],
      ['污水处理率', '91', 2022, 'baseline'],
      ['污水处理率', '97', 2029, 'target'],
      ['再生水利用率', '25', 2029, 'target'],
    ]);
  });
});

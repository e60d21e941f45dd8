import { describe, expect, it } from 'vitest';
import { extractTasks } from '../../electron/core/tables/extract-tasks';
import type { SourceBlock } from '../../electron/core/tables/extract-targets';
import { blocksInOrder } from '../../electron/core/data/blocks';
import { closingLibraries, docIdByTitle } from '../helpers/library';

// A made-up work plan: headings and paragraphs as the importer gives them.
let nextId = 1;
const h = (level: number, text: string): SourceBlock => ({ id: nextId++, kind: 'heading', level, text });
const p = (text: string): SourceBlock => ({ id: nextId++, kind: 'paragraph', level: 0, text });

describe('tasks', () => {
  const blocks = [
    h(1, '一、总体目标'),
    p('到2027年，建成现代物流体系，物流总额达到3000亿元。'),
    h(1, '二、主要任务'),
    h(2, '（一）完善物流枢纽布局'),
    p('1.建设县域物流中心。在县城规划建设一处综合物流中心，配套冷链仓储设施。（县发展改革局牵头，县交通运输局、县商务局配合，2025年底前完成）'),
    p('2.完善乡村配送网络。推动快递进村，整合乡镇站点。'),
    p('（1）推进站点共建。鼓励多家快递企业共用网点。'),
    p('3 提升冷链能力。新建冷库5万吨。（责任单位：县农业农村局、县市场监管局；完成时限：2026年6月底前）'),
    h(2, '（二）培育物流市场主体'),
    h(3, '1. 引进龙头企业'),
    p('面向全国引进物流龙头企业。'),
    h(3, '2.扶持本地企业'),
    p('对新评定的A级物流企业给予奖励（县财政局负责），3家以上企业联合申报的优先支持。'),
  ];
  const tasks = extractTasks(blocks);

  it('lists every numbered item under its action with the numbering path and first sentence as title', () => {
    expect(tasks.map((t) => [t.path, t.title])).toEqual([
      ['（一）1.', '建设县域物流中心'],
      ['（一）2.', '完善乡村配送网络'],
      ['（一）3.', '提升冷链能力'],
      ['（二）1.', '引进龙头企业'],
      ['（二）2.', '扶持本地企业'],
    ]);
  });

  it('accepts an item whose number lost its dot, where the count goes on', () => {
    const third = tasks.find((t) => t.path === '（一）3.')!;
    expect(third.blockId).toBe(blocks[7]!.id);
    // 3家以上企业 is a quantity, not item 3.
    expect(tasks.filter((t) => t.path.startsWith('（二）')).length).toBe(2);
  });

  it('reads lead units, partners and the deadline where the text names them', () => {
    const first = tasks[0]!;
    expect(first.lead).toEqual(['县发展改革局']);
    expect(first.partners).toEqual(['县交通运输局', '县商务局']);
    expect(first.deadline).toBe('2025年底前');
    const third = tasks[2]!;
    expect(third.lead).toEqual(['县农业农村局', '县市场监管局']);
    expect(third.partners).toEqual([]);
    expect(third.deadline).toBe('2026年6月底前');
    expect(tasks[4]!.lead).toEqual(['县财政局']);
  });

  it('leaves lead, partners and deadline empty when the text names none', () => {
    const second = tasks[1]!;
    expect(second).toMatchObject({ lead: [], partners: [], deadline: null });
    expect(tasks[3]).toMatchObject({ lead: [], partners: [], deadline: null });
  });

  it('takes the paragraphs under a task into its text, up to the next task or heading', () => {
    expect(tasks[1]!.text).toBe('2.完善乡村配送网络。推动快递进村，整合乡镇站点。\n（1）推进站点共建。鼓励多家快递企业共用网点。');
    expect(tasks[3]!.text).toBe('1. 引进龙头企业\n面向全国引进物流龙头企业。');
    expect(tasks[3]!.blockId).toBe(blocks[9]!.id);
  });

  it('does not take a paragraph that starts with a quantity for a task', () => {
    const more = extractTasks([h(2, '（一）目标'), p('1.完成改造。'), p('2个示范区建成投用。'), p('3年内全部完成。')]);
    expect(more.map((t) => t.path)).toEqual(['（一）1.']);
  });
});

describe('tasks without item numbers', () => {
  it('takes a numbered section for a task where it names who leads, and leaves the other sections out', () => {
    const tasks = extractTasks([
      h(1, '三、保障措施'),
      p('（一）加强组织领导。成立工作专班，统筹推进各项工作。（县委办、县政府办牵头，各乡镇配合）'),
      p('（二）强化宣传引导。广泛宣传政策。'),
      p('（三）严格督查考核。将任务落实情况纳入年度考核。（县督查室负责，2024年12月底前）'),
    ]);
    expect(tasks.map((t) => [t.path, t.title, t.lead, t.partners, t.deadline])).toEqual([
      ['（一）', '加强组织领导', ['县委办', '县政府办'], ['各乡镇'], null],
      ['（三）', '严格督查考核', ['县督查室'], [], '2024年12月底前'],
    ]);
  });
});

describe('task numbering and units written out', () => {
  it('reads 1、 items and 由…牵头，…配合 in a sentence', () => {
    const tasks = extractTasks([
      h(2, '（二）改善营商环境'),
      p('1、推行“一网通办”。由县政务服务中心牵头，县数据局、县司法局配合，2025年6月底前实现高频事项全程网办。'),
      p('2、清理涉企收费。支持商会牵头组建调解组织。'),
    ]);
    expect(tasks.map((t) => [t.path, t.title, t.lead, t.partners, t.deadline])).toEqual([
      ['（二）1.', '推行“一网通办”', ['县政务服务中心'], ['县数据局', '县司法局'], '2025年6月底前'],
      ['（二）2.', '清理涉企收费', [], [], null],
    ]);
  });
});

describe('numbering paths', () => {
  it('names the chapter too where the same section numbers come back under another chapter', () => {
    const tasks = extractTasks([
      h(1, '二、重点任务'),
      h(2, '（一）基础设施'),
      p('1.建设环线。'),
      h(1, '三、保障措施'),
      h(2, '（一）资金保障'),
      p('1.设立专项资金。'),
      p('2.引导社会资本。'),
    ]);
    expect(tasks.map((t) => t.path)).toEqual(['二、（一）1.', '三、（一）1.', '三、（一）2.']);
  });

  it('numbers items directly under 第X章 without a section', () => {
    const tasks = extractTasks([h(1, '第五章 重点工程'), p('1.实施城区排水管网改造。'), p('2.建设污水处理厂。'), h(1, '第六章 保障')]);
    expect(tasks.map((t) => [t.path, t.title])).toEqual([
      ['1.', '实施城区排水管网改造'],
      ['2.', '建设污水处理厂'],
    ]);
  });
});

describe('tasks of the seed action plan', () => {
  const libs = closingLibraries();
  it('are the same list in the PDF extraction (000) and in the clean newspaper copy (002)', () => {
    const lib = libs.temp({ seeds: true });
    const read = (titlePart: string) =>
      extractTasks(blocksInOrder(lib.db, docIdByTitle(lib, titlePart))).map((t) => `${t.path} ${t.title.normalize('NFKC').replace(/\s+/g, '')}`);
    const pdf = read('报纸版面PDF提取');
    const paper = read('报纸电子版');
    expect(pdf.length).toBeGreaterThanOrEqual(25);
    expect(pdf).toEqual(paper);
    // Nine actions, with the item printed without its dot in 000 (（八）3.) among them.
    expect(new Set(pdf.map((t) => t.slice(0, 3))).size).toBe(9);
    expect(pdf).toContain('（八）3. 推进营商环境一体');
  });
});

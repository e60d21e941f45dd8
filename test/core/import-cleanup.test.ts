import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { parseStructure } from '../../electron/core/import/parse-structure';
import { CLEANUP_LABELS_ZH } from '../../electron/shared/import-types';
import { closingLibraries, docIdByTitle } from '../helpers/library';
import { SEEDS, seedsDir } from '../helpers/paths';

const seed = (file: string) => fs.readFileSync(path.join(seedsDir, file), 'utf8');
const reading = (file: string) => parseStructure(seed(file), 'x').blocks.map((b) => b.text);
const codes = (file: string) => Object.fromEntries(parseStructure(seed(file), 'x').cleanups.map((c) => [c.code, c.count]));

describe('rejoining lines broken by layout', () => {
  it('rebuilds the PDF copy’s paragraphs exactly as the web copy prints them, one line each', () => {
    const pdf = reading(SEEDS.pdfActionPlan);
    const web = reading(SEEDS.webActionPlan);
    // Paragraphs both copies print the same way (the web copy never broke them).
    const shared = web.filter((p) => /^(经济人口承载力更强|科创产业融合度更深|中心区：|都市圈：|城市群：)/.test(p));
    expect(shared).toHaveLength(5);
    for (const p of shared) expect(pdf).toContain(p);
  });

  it('does not glue a paragraph to the next one when the last line of the first happens to be nearly full', () => {
    const pdf = reading(SEEDS.pdfActionPlan);
    const i = pdf.indexOf('经济人口承载力更强。城镇居民人均可支配收入突破6.8万元，城镇化率达到80%。');
    expect(i).toBeGreaterThan(0);
    expect(pdf[i - 1]!.endsWith('充满活力和开放包容的现代化城市群。')).toBe(true);
    expect(pdf[i + 1]!.startsWith('科创产业融合度更深。')).toBe(true);
  });

  it('joins the web copy’s line broken mid-sentence', () => {
    const metro = reading(SEEDS.metroPlan);
    expect(metro.some((p) => p.endsWith('着力建设全国性综合交通物流枢纽。'))).toBe(true);
    expect(metro).not.toContain('物流枢纽。');
    expect(metro.some((p) => p.includes('强化重污染天气应急响应。'))).toBe(true);
  });

  it('joins fixed-width newspaper lines and keeps each bullet item whole', () => {
    const feature = reading(SEEDS.xiangtanFeature);
    expect(feature).toContain('●配合省级层面编制《长株潭都市圈建设实施方案（2022—2026年）》；');
    expect(feature).toContain('新的起点，新的奋斗。');
    expect(feature).toContain(
      '为贯彻落实习近平总书记考察湖南重要讲话精神，市委、市政府主动作为，成立了高规格的长株潭一体化发展领导小组及办公室，湘潭市两型社会建设服务中心更名为湘潭市长株潭一体化发展事务中心，承担长株潭一体化发展事务性工作。',
    );
    expect(feature.some((p) => p.startsWith('●成功打造湖南神龙万里行') && p.endsWith('公铁空多式联运示范工程，'))).toBe(true);
  });
});

describe('spacing added by layout', () => {
  it('collapses justified characters and the spaces a PDF puts around numbers', () => {
    const pdf = reading(SEEDS.pdfActionPlan).join('\n');
    expect(pdf).toContain('科创产业融合度更深。研究与试验发展（R&D）经费占地区生产总值3%左右');
    expect(pdf).toContain('开通至北部湾、粤港澳水运口岸铁海联运“五定班列”');
    expect(pdf).toContain('到2025年，地区生产总值达到2.5万亿元以上');
    expect(pdf).not.toMatch(/[\u4E00-\u9FFF] [\u4E00-\u9FFF]/);
    expect(codes(SEEDS.pdfActionPlan)).toMatchObject({ justified_spacing: 18 });
  });

  it('leaves real spaces alone: between Latin words, between numbers, in a quoted slogan', () => {
    const text = '支持 Policy Reader 项目，编号 10 20 保持不变。\n举行“湘约未来 价值莲城”推介会。';
    const blocks = parseStructure(text, 'x').blocks.map((b) => b.text);
    expect(blocks[0]).toContain('Policy Reader');
    expect(blocks[0]).toContain('10 20');
    expect(blocks[1]).toBe('举行“湘约未来 价值莲城”推介会。');
  });
});

describe('page furniture', () => {
  it('sets apart the PDF page’s ▲ ▲ mark, its jump line and the headline repeated beside them', () => {
    const pdf = reading(SEEDS.pdfActionPlan).join('\n');
    expect(pdf).not.toMatch(/下转|▲|充分发挥长株潭的核心引擎和辐射带动作用/);
    expect(pdf.endsWith('加快“3+5”城市群联动发展。')).toBe(true);
    expect(codes(SEEDS.pdfActionPlan)).toMatchObject({ jump_line: 1, photo_mark: 1, jump_headline: 1 });
  });

  it('sets apart the digital edition’s ◀◀(上接1版) and ▶▶(下转5版)', () => {
    const paper = reading(SEEDS.newspaperActionPlan);
    expect(paper.join('\n')).not.toMatch(/上接|下转|◀|▶/);
    expect(paper[0]).toBe('(二)行动目标');
    expect(codes(SEEDS.newspaperActionPlan)).toMatchObject({ jump_line: 2 });
  });

  it('sets apart the hosting site’s 预览已结束 banner and its link', () => {
    const web = reading(SEEDS.webActionPlan).join('\n');
    expect(web).not.toMatch(/预览已结束|yunbaogao/);
    expect(codes(SEEDS.webActionPlan)).toMatchObject({ site_banner: 1, link_line: 1 });
  });

  it('sets apart the web page’s own header (title and 发布日期 above the document)', () => {
    const metro = reading(SEEDS.metroPlan);
    expect(metro.filter((p) => p === '湖南省人民政府关于印发《长株潭都市圈发展规划》的通知')).toHaveLength(1);
    expect(metro.some((p) => p.startsWith('发布日期'))).toBe(false);
    expect(codes(SEEDS.metroPlan)).toMatchObject({ page_header: 2 });
  });

  it('drops running headers and page numbers repeated on every page of a long extraction', () => {
    const page = (n: number) =>
      [
        '长株潭一体化发展五年行动计划',
        ...Array.from({ length: 24 }, (_, i) => `第${n}页第${i + 1}段：${'推进规划同图、设施同网，'.repeat((i % 6) + 1)}三市同城。`),
        `- ${n} -`,
      ].join('\n');
    const text = [1, 2, 3, 4].map(page).join('\n');
    const { blocks, cleanups } = parseStructure(text, 'x');
    expect(blocks.some((b) => b.text.includes('长株潭一体化发展五年行动计划'))).toBe(false);
    expect(blocks.some((b) => /^- \d -$/.test(b.text))).toBe(false);
    expect(blocks).toHaveLength(96);
    expect(Object.fromEntries(cleanups.map((c) => [c.code, c.count]))).toMatchObject({ running_header: 4, page_number: 4 });
  });
});

describe('clean-ups are named for the reader', () => {
  it('every clean-up the seeds and a paged extraction report has a Chinese name', () => {
    const paged = Array.from({ length: 4 }, (_, n) => ['页眉文字示例标题', '正文第一段，内容较长一些。', '第二段。', `- ${n + 1} -`].join('\n')).join('\n').repeat(20);
    const reported = new Set<string>();
    for (const text of [...Object.values(SEEDS).map(seed), paged]) for (const c of parseStructure(text, 'x').cleanups) reported.add(c.code);
    expect(reported.size).toBeGreaterThanOrEqual(10);
    for (const code of reported) expect(CLEANUP_LABELS_ZH[code], code).toMatch(/[\u4E00-\u9FFF]/);
  });
});

describe('in the library', () => {
  const { temp } = closingLibraries();

  it('keeps the original intact, shows which clean-ups were applied, and finds phrases the PDF broke across lines', async () => {
    const lib = temp({ seeds: true });
    const docId = docIdByTitle(lib, '报纸版面PDF提取');
    const original = await dispatch(lib.handlers, 'getOriginal', { docId });
    expect(original.text).toBe(seed(SEEDS.pdfActionPlan));
    expect(original.text).toContain('（下转5版）');
    const doc = await dispatch(lib.handlers, 'getDocument', { docId });
    expect(doc.cleanups.map((c) => c.code)).toEqual(
      expect.arrayContaining(['jump_line', 'photo_mark', 'justified_spacing', 'line_breaks_joined', 'heading_split']),
    );
    // "人与自然和谐共生" and "国际消费中心城市" are each split across two lines in the PDF.
    for (const phrase of ['人与自然和谐共生', '支持长沙创建国际消费中心城市', '长株潭国家综合交通枢纽']) {
      const result = await dispatch(lib.handlers, 'search', { query: phrase, docId });
      expect(result.total, phrase).toBeGreaterThan(0);
    }
  });
});

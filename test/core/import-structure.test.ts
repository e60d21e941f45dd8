import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { parseStructure } from '../../electron/core/import/parse-structure';
import { closingLibraries, docIdByTitle } from '../helpers/library';
import { corporaDir, SEEDS, seedsDir } from '../helpers/paths';

/** A chapter list as a reader writes it: one "level title" per heading, indented by level. */
function chapterList(text: string, layout: 'plain' | 'markdown' = 'plain'): string[] {
  return parseStructure(text, 'untitled', layout)
    .blocks.filter((b) => b.kind === 'heading')
    .map((b) => `${b.level} ${b.text}`);
}

const seed = (file: string) => fs.readFileSync(path.join(seedsDir, file), 'utf8');

// Written by hand after reading each seed: every heading, at its level, in order.
describe('chapter lists of the seeds', () => {
  it('metro plan (web copy with its issuing notice): notice, plan title, 前言, 9 chapters with their 节, figures', () => {
    expect(chapterList(seed(SEEDS.metroPlan))).toEqual([
      '1 湖南省人民政府关于印发《长株潭都市圈发展规划》的通知',
      '1 长株潭都市圈发展规划',
      '2 前言',
      '2 第一章规划背景',
      '3 第一节发展基础',
      '3 第二节机遇挑战',
      '2 第二章总体要求',
      '3 第一节指导思想',
      '3 第二节基本原则',
      '3 第三节发展目标',
      '2 第三章一体化优化都市圈发展布局',
      '3 第一节促进大中小城市和小城镇协调发展',
      '3 第二节优化都市圈空间结构',
      '3 第三节促进城乡融合发展和乡村振兴',
      '2 第四章一体化推动基础设施互联互通',
      '3 第一节构建一体化综合交通网络',
      '3 第二节促进物流枢纽共建共用',
      '3 第三节建立安全可靠能源保障体系',
      '3 第四节提升一体化水利设施效能',
      '2 第五章一体化打造科技创新产业体系',
      '3 第一节推进先进制造业高质量发展',
      '3 第二节深化科技创新协同发展',
      '3 第三节推动全方位高层次改革开放',
      '2 第六章一体化推动生态环境共保共治',
      '3 第一节依托绿心打造城市中央公园',
      '3 第二节加强生态同保共育',
      '3 第三节加强环境联防共治',
      '3 第四节推进绿色低碳发展',
      '3 第五节加强环境影响评价',
      '2 第七章一体化推动公共服务共建共享',
      '3 第一节推进基本公共服务均等化',
      '3 第二节共享教育现代化成果',
      '3 第三节集聚医疗卫生服务资源',
      '3 第四节建设知名文化旅游目的地',
      '3 第五节健全城市安全防控体系',
      '2 第八章一体化推进高标准市场体系建设',
      '3 第一节推进要素市场化高效配置',
      '3 第二节推进统一有序市场建设',
      '3 第三节打造全国一流营商环境',
      '2 第九章推进规划实施',
      '3 第一节加强组织领导',
      '3 第二节强化责任分工',
      '3 第三节夯实项目支撑',
      '3 第四节抓好督促落实',
      '2 图1长株潭都市圈区域范围',
      '2 图2长株潭都市圈空间格局示意图',
      '2 图3铁路规划示意图',
      '2 图4高速公路规划示意图',
      '2 图5航道和港口规划示意图',
    ]);
  });

  it('action plan, PDF extraction of the newspaper page: from （二）行动目标 to the first task of （九）', () => {
    expect(chapterList(seed(SEEDS.pdfActionPlan))).toEqual([
      '2 （二）行动目标',
      '2 （三）实施范围',
      '1 二、重点任务',
      '2 （一）围绕“三化”提质，实施规划同图行动。',
      '3 1.推进规划一体化。',
      '3 2.加快城市智慧化。',
      '3 3. 促进品质国际化。',
      '2 （二）打造“两枢纽一中心”，实施设施同网行动。',
      '3 1.建设国家综合交通枢纽',
      '3 2. 建设国家综合物流枢纽。',
      '3 3. 建设国家智慧能源（储能）中心。',
      '2 （三）优化“三大服务”，实施三市同城行动。',
      '3 1.加快生活服务同城。',
      '3 2. 加快公共服务同城。',
      '3 3.加快政务服务同城。',
      '2 （四）推进“三大改革”，实施市场同治行动。',
      '3 1. 推进要素市场化配置改革。',
      '3 2. 推进市场治理改革。',
      '3 3.推进合作模式改革。',
      '2 （五）打造“3+N”先进产业集群，实施产业同兴行动。',
      '3 1.打造三大世界级产业集群。',
      '3 2. 培育壮大若干一流优势产业。',
      '3 3. 着力构建差异化产业布局。',
      '3 4. 推动服务业与制造业深度融合。',
      '2 （六）聚焦“一江一心两岸”重点区域，实施生态同建行动。',
      '3 1. 深化“一江”同治。',
      '3 2. 严格“一心”保护。',
      '3 3. 强化“两岸”修复。',
      '3 4. 建设长株潭低碳城市群。',
      '3 5. 强化生态环境协同执法。',
      '2 （七）依托“两区两山三谷”，实施创新同为行动。',
      '3 1. 打造国家战略科技力量重要支撑。',
      '3 2. 充分发挥科技创新平台作用。',
      '3 3. 建立科技创新联盟。',
      '3 4.强化产学研用协同创新。',
      '3 5. 加快建设人才集聚中心。',
      '2 （八）推进“三个一体”，实施开放同步行动。',
      '3 1. 推进开放平台一体。',
      '3 2. 推进招商引资一体。',
      // The PDF lost the dot of "3."; the number still continues the list.
      '3 3 推进营商环境一体。',
      '2 （九）提升“四区”效能，实施平台同体行动。',
      '3 1. 强化长株潭中心区带动能力。',
    ]);
  });

  it('action plan, newspaper digital edition: the same list with half-width brackets', () => {
    expect(chapterList(seed(SEEDS.newspaperActionPlan))).toEqual([
      '2 (二)行动目标',
      '2 (三)实施范围',
      '1 二、重点任务',
      '2 (一)围绕“三化”提质,实施规划同图行动。',
      '3 1.推进规划一体化。',
      '3 2.加快城市智慧化。',
      '3 3.促进品质国际化。',
      '2 (二)打造“两枢纽一中心”,实施设施同网行动。',
      '3 1.建设国家综合交通枢纽',
      '3 2.建设国家综合物流枢纽。',
      '3 3.建设国家智慧能源(储能)中心。',
      '2 (三)优化“三大服务”,实施三市同城行动。',
      '3 1.加快生活服务同城。',
      '3 2.加快公共服务同城。',
      '3 3.加快政务服务同城。',
      '2 (四)推进“三大改革”,实施市场同治行动。',
      '3 1.推进要素市场化配置改革。',
      '3 2.推进市场治理改革。',
      '3 3.推进合作模式改革。',
      '2 (五)打造“3+N”先进产业集群,实施产业同兴行动。',
      '3 1.打造三大世界级产业集群。',
      '3 2.培育壮大若干一流优势产业。',
      '3 3.着力构建差异化产业布局。',
      '3 4.推动服务业与制造业深度融合。',
      '2 (六)聚焦“一江一心两岸”重点区域,实施生态同建行动。',
      '3 1.深化“一江”同治。',
      '3 2.严格“一心”保护。',
      '3 3.强化“两岸”修复。',
      '3 4.建设长株潭低碳城市群。',
      '3 5.强化生态环境协同执法。',
      '2 (七)依托“两区两山三谷”,实施创新同兴行动。',
      '3 1.打造国家战略科技力量重要支撑。',
      '3 2.充分发挥科技创新平台作用。',
      '3 3.建立科技创新联盟。',
      '3 4.强化产学研用协同创新。',
      '3 5.加快建设人才集聚中心。',
      '2 (八)推进“三个一体”,实施开放同步行动。',
      '3 1.推进开放平台一体。',
      '3 2.推进招商引资一体。',
      '3 3.推进营商环境一体。',
      '2 (九)提升“四区”效能,实施平台同体行动。',
      '3 1.强化长株潭中心区带动能力。',
    ]);
  });

  it('action plan, partial web reprint: 一、总体要求 and the beginning of 二、重点任务', () => {
    expect(chapterList(seed(SEEDS.webActionPlan))).toEqual([
      '1 一、总体要求',
      '2 （一）指导思想。',
      '2 （二）行动目标',
      '2 （三）实施范围',
      '1 二、重点任务',
      '2 （一）围绕“三化”提质，实施规划同图行动。',
      '3 1.推进规划一体化。',
      '3 2.加快城市智慧化。',
      '3 3.促进品质国际化。',
      '2 (二) 打造“两枢纽一中心”，实施设施同网行动。',
    ]);
  });

  it('Xiangtan newspaper feature: the three 关键词 boxes and the ★ themes of 重点突破, no numbered structure', () => {
    expect(chapterList(seed(SEEDS.xiangtanFeature))).toEqual([
      '1 关键词 凝聚共识',
      '1 关键词 谋划部署',
      '1 关键词 重点突破',
      '2 ★抓规划体系统一构建',
      '2 ★抓产业发展梯次配套',
      '2 ★抓交通设施高效通达',
      '2 ★抓公共服务共建共享',
      '2 ★抓科技发展协同创新',
      '2 ★抓重点改革落实落地',
      '2 ★抓生态环境联防联治',
      '2 ★抓融城片区规划设计',
    ]);
  });
});

describe('headings in running text', () => {
  it('splits a heading that runs into its body into heading and paragraph', () => {
    const { blocks } = parseStructure('二、重点任务\n（三）优化“三大服务”，实施三市同城行动。坚持以人民为中心，加快推进长株潭生活服务。\n', 'x');
    expect(blocks).toEqual([
      expect.objectContaining({ kind: 'heading', level: 1, text: '二、重点任务' }),
      expect.objectContaining({ kind: 'heading', level: 2, text: '（三）优化“三大服务”，实施三市同城行动。' }),
      expect.objectContaining({ kind: 'paragraph', text: '坚持以人民为中心，加快推进长株潭生活服务。' }),
    ]);
  });

  it('joins a heading the PDF broke across two lines before splitting off its body', () => {
    const blocks = parseStructure(seed(SEEDS.pdfActionPlan), 'x').blocks;
    const i = blocks.findIndex((b) => b.text === '（二）打造“两枢纽一中心”，实施设施同网行动。');
    expect(blocks[i]!.kind).toBe('heading');
    expect(blocks[i + 1]!.text.startsWith('以整体优化、协同融合为导向，打造互联互通')).toBe(true);
  });

  it('joins a heading a web copy broke across lines, but not a heading followed by its first sentence', () => {
    const text = '二、重点任务\n（二）打造“两枢纽一中心”，实施设施同网行\n动。以整体优化、协同融合为导向。\n（三）实施范围\n到2025年，形成核心增长极。';
    expect(chapterList(text)).toEqual(['1 二、重点任务', '2 （二）打造“两枢纽一中心”，实施设施同网行动。', '2 （三）实施范围']);
  });

  it('joins a title broken inside its 《》 and keeps the lines under it apart', () => {
    const text = '湖南省人民政府办公厅关于印发《长株潭一体化发展\n五年行动计划》的通知\n湘政办发〔2021〕1号\n各市州人民政府：\n现将计划印发给你们。';
    expect(chapterList(text)).toEqual(['1 湖南省人民政府办公厅关于印发《长株潭一体化发展五年行动计划》的通知']);
  });

  it('keeps list items inside a paragraph and numbers that start a sentence out of the chapter list', () => {
    const text = [
      '一、主要目标',
      '到2025年，实现以下目标：',
      '1.地区生产总值年均增长7%以上，城镇化率达到80%，常住人口达到1500万人左右；',
      '2.研发经费投入强度达到3%，高新技术企业数量翻一番，形成3个世界级产业集群；',
      '3.单位GDP能耗下降10%，空气质量优良天数比率保持在85%以上，跨界河流断面水质稳定达标。',
      '2023年底，全面消除城中村生活污水收集处理设施空白区。',
      '10%的资金用于奖补。',
    ].join('\n');
    expect(chapterList(text)).toEqual(['1 一、主要目标']);
  });

  it('reads 编/章/节/条 of a law and keeps 条 separate from its text', () => {
    const law = [
      '# 中华人民共和国示例法',
      '## 第一编 总则',
      '### 第一章 基本规定',
      '第一条　为了规范示例活动，制定本法。',
      '第二条　本法适用于下列活动：',
      '（一）示例活动；',
      '（二）其他活动。',
      '### 第二章 管理',
      '#### 第一节 一般规定',
      '第三条　国家加强管理。',
    ].join('\n\n');
    const { blocks } = parseStructure(law, 'x', 'markdown');
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => `${b.level} ${b.text}`)).toEqual([
      '1 中华人民共和国示例法',
      '2 第一编 总则',
      '3 第一章 基本规定',
      '4 第一条',
      '4 第二条',
      '3 第二章 管理',
      '4 第一节 一般规定',
      '5 第三条',
    ]);
    expect(blocks.find((b) => b.text.startsWith('（一）'))?.kind).toBe('paragraph');
    expect(blocks.find((b) => b.text.startsWith('为了规范'))?.kind).toBe('paragraph');
  });

  it('reads law Markdown as published in law collections: comments, bold article numbers, ordered lists', () => {
    const law = [
      '# 中华人民共和国示例法',
      '<!-- INFO END -->',
      '## 第一章 总则',
      '**第一条**　为了规范示例活动，制定本法。',
      '第二条　示例活动应当遵循下列原则：',
      '1. 依法进行；',
      '2. 公开透明。',
    ].join('\n\n');
    const { blocks, cleanups } = parseStructure(law, 'x', 'markdown');
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => `${b.level} ${b.text}`)).toEqual([
      '1 中华人民共和国示例法',
      '2 第一章 总则',
      '3 第一条',
      '3 第二条',
    ]);
    expect(blocks.some((b) => b.text.includes('INFO END'))).toBe(false);
    expect(blocks.filter((b) => /^\d\. /.test(b.text)).map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(cleanups).toEqual([
      { code: 'markup_comment', count: 1 },
      { code: 'heading_split', count: 2 },
    ]);
    expect(blocks.find((b) => b.text.startsWith('为了规范'))?.kind).toBe('paragraph');
  });

  it('finds 前言, 附件, 专栏 and 表 captions at the right places', () => {
    const text = [
      '某某市发展规划',
      '前言',
      '本规划依据有关文件编制。',
      '第一章 发展基础',
      '第一节 现状',
      '发展基础较好。',
      '专栏1 重大工程',
      '建设一批重大工程。',
      '表1 主要指标',
      '第二章 总体要求',
      '总体要求如下。',
      '附件',
    ].join('\n');
    expect(chapterList(text)).toEqual([
      '1 某某市发展规划',
      '2 前言',
      '2 第一章 发展基础',
      '3 第一节 现状',
      '4 专栏1 重大工程',
      '4 表1 主要指标',
      '2 第二章 总体要求',
      '2 附件',
    ]);
  });
});

describe('annexes', () => {
  it('an annex holds its own structure one level below it', () => {
    const text = [
      '湖南省人民政府关于印发示例方案的通知',
      '各市州人民政府：',
      '现将方案印发给你们，请认真贯彻执行。',
      '附件：长株潭都市圈重大项目清单',
      '一、交通项目',
      '（一）城际铁路',
      '建设城际铁路。',
      '附件2：名单',
    ].join('\n');
    expect(chapterList(text)).toEqual([
      '1 湖南省人民政府关于印发示例方案的通知',
      '2 附件：长株潭都市圈重大项目清单',
      '3 一、交通项目',
      '4 （一）城际铁路',
      '2 附件2：名单',
    ]);
  });
});

describe('the corpora of government work reports and congress reports', () => {
  const report = (file: string) => chapterList(fs.readFileSync(path.join(corporaDir, 'gov-work-reports', file), 'utf8'));

  it('2018: both lists of （一）…（九） are headings, including leads of up to fifty characters', () => {
    const list = report('2018年中华人民共和国国务院政府工作报告.txt').filter((h) => /^\d （/.test(h));
    const numbers = list.map((h) => h.slice(3, 4));
    expect(numbers).toEqual([...'一二三四五六七八九', ...'一二三四五六七八九']);
    expect(list[5]).toBe('3 （六）坚持实施区域协调发展和新型城镇化战略，着力推动平衡发展，新的增长极增长带加快成长。');
  });

  it('1988: a list of measures numbered 一、…五、 inside the text stays text; the ten tasks are headings', () => {
    const list = report('1988年中华人民共和国国务院政府工作报告.txt');
    expect(list.some((h) => h.includes('加强物价管理和工商行政管理'))).toBe(false);
    expect(list.filter((h) => /^2 [一二三四五六七八九十]+、/.test(h)).map((h) => h.slice(2, 4))).toEqual([
      ...['一、', '二、', '三、', '四、', '五、'],
      ...['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、'],
    ]);
  });

  it('every document of the corpora gets a title and no heading longer than a heading can be', () => {
    for (const dir of ['gov-work-reports', 'cpc-congress-reports']) {
      for (const file of fs.readdirSync(path.join(corporaDir, dir))) {
        const { blocks } = parseStructure(fs.readFileSync(path.join(corporaDir, dir, file), 'utf8'), file);
        expect(blocks[0], file).toMatchObject({ kind: 'heading', level: 1 });
        for (const h of blocks.filter((b) => b.kind === 'heading')) expect(h.text.length, `${file}: ${h.text}`).toBeLessThanOrEqual(72);
      }
    }
  });
});

describe('the library shows the structure', () => {
  const { temp } = closingLibraries();

  it('getToc of the imported metro plan is its chapter list', async () => {
    const lib = temp({ seeds: true });
    const toc = await dispatch(lib.handlers, 'getToc', { docId: docIdByTitle(lib, '都市圈发展规划') });
    expect(toc.map((h) => `${h.level} ${h.title}`)).toEqual(chapterList(seed(SEEDS.metroPlan)));
  });

  it('government work reports: 一、二、三、 and the （一）… tasks with their bodies split off', () => {
    const file = path.join(corporaDir, 'gov-work-reports', '2024年中华人民共和国国务院政府工作报告.txt');
    const list = chapterList(fs.readFileSync(file, 'utf8'));
    expect(list.slice(0, 4)).toEqual([
      '1 2024年中华人民共和国国务院政府工作报告',
      '2 一、2023年工作回顾',
      '2 二、2024年经济社会发展总体要求和政策取向',
      '2 三、2024年政府工作任务',
    ]);
    expect(list.slice(4).map((h) => h.slice(0, 5))).toEqual(
      ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'].map((n) => `3 （${n}）`),
    );
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { dateInFileName, statedDates } from '../../electron/core/import/law-dates';
import { closingLibraries } from '../helpers/library';
import { tempDir } from '../helpers/paths';

const { temp } = closingLibraries();

async function importFile(name: string, text: string) {
  const lib = temp();
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, text);
  const [result] = await dispatch(lib.handlers, 'importPaths', { paths: [file] });
  return { lib, result: result! };
}

const regulation = [
  '# 上海市优化营商环境条例',
  '',
  '（2020年4月10日上海市第十五届人民代表大会常务委员会第二十次会议通过）',
  '',
  '## 第一章　总则',
  '',
  '第一条　为了持续优化营商环境，激发市场主体活力，根据国务院《优化营商环境条例》，结合本市实际，制定本条例。',
  '',
  '第二条　本条例适用于本市行政区域内优化营商环境的相关工作。',
  '',
  '第三条　本条例自2020年4月10日起施行。',
].join('\n');

describe('metadata from what the files say', () => {
  it('reads the date from the file name when the text states none', async () => {
    const body = ['# 某市示例办法', '', '第一条　为了规范示例工作，制定本办法。', '', '第二条　本办法适用于本市。'].join('\n');
    const { lib, result } = await importFile('某市示例办法(2024-09-27).md', body);
    expect(await dispatch(lib.handlers, 'getDocument', { docId: result.docId! })).toMatchObject({ title: '某市示例办法', issuedOn: '2024-09-27' });
    expect(['x_20231105.txt', '通知（2021年3月9日）.md', '规划(2024-9-2).md', '报告2024.md', '编号20241399.txt'].map(dateInFileName)).toEqual([
      '2023-11-05',
      '2021-03-09',
      '2024-09-02',
      null,
      null,
    ]);
    expect(
      ['刑法_20201226.txt', '民法典(2020-05-28).docx', '某条例 2019.3.2.pdf', '1954年国务院政府工作报告.txt', '000_fb8abce934723a93.txt', '编号120201226001.txt', '条例_20201345.txt'].map(dateInFileName),
    ).toEqual(['2020-12-26', '2020-05-28', '2019-03-02', null, null, null, null]);
  });

  it('reads the passing body, the date and when it takes effect from a regulation’s own lines, before the file name', async () => {
    const { lib, result } = await importFile('上海市优化营商环境条例(2024-09-27).md', regulation);
    expect(await dispatch(lib.handlers, 'getDocument', { docId: result.docId! })).toMatchObject({
      title: '上海市优化营商环境条例',
      issuer: '上海市人民代表大会常务委员会',
      issuedOn: '2020-04-10',
      effectiveOn: '2020-04-10',
    });
  });

  it('reads the date a text was passed at a 常务会议, 部务会议 or 全体会议, however the number is spaced', () => {
    const passedOn = (note: string) => statedDates(['某条例', note]).issuedOn;
    expect(passedOn('（2019年6月3日国务院第43次常务会议通过）')).toBe('2019-06-03');
    expect(passedOn('（2021年12月1日国务院第 25 次常务会议通过）')).toBe('2021-12-01');
    expect(passedOn('2016年12月9日交通运输部第30次部务会议审议通过')).toBe('2016-12-09');
    expect(passedOn('（1982年12月4日第五届全国人民代表大会第五次会议通过）')).toBe('1982-12-04');
    expect(passedOn('（2012年3月14日第十一届全国人民代表大会第五次全体会议通过）')).toBe('2012-03-14');
    expect(passedOn('（2019年6月3日某馆馆务会议讨论）')).toBeNull();
  });

  it('a 公布 date wins over the date it was passed; 自公布之日起施行 takes effect that day', async () => {
    const text = [
      '人民检察院刑事诉讼规则',
      '（2019年12月2日最高人民检察院第十三届检察委员会第二十八次会议通过　2019年12月30日公布　自公布之日起施行）',
      '第一章　通则',
      '第一条　为保证人民检察院在刑事诉讼中严格依照法定程序办案，根据《中华人民共和国刑事诉讼法》等有关规定，结合人民检察院工作实际，制定本规则。',
    ].join('\n');
    const { lib, result } = await importFile('人民检察院刑事诉讼规则.txt', text);
    expect(await dispatch(lib.handlers, 'getDocument', { docId: result.docId! })).toMatchObject({
      issuer: '最高人民检察院',
      issuedOn: '2019-12-30',
      effectiveOn: '2019-12-30',
    });
  });

  it('reports and skips a Markdown file that only lists links; a list of links with text of its own is imported', async () => {
    const index = ['# 上海市地方性法规', '', '- [上海市优化营商环境条例](上海市优化营商环境条例(2024-09-27).md)', '- [上海市数据条例](上海市数据条例.md)', '', '---', '1. <https://example.org/x>'].join('\n');
    const skipped = await importFile('README.md', index);
    expect(skipped.result).toMatchObject({ ok: false, error: { code: 'index_only' } });
    expect(await dispatch(skipped.lib.handlers, 'listDocuments', {})).toHaveLength(0);
    const annotated = await importFile('说明.md', `${index}\n\n本目录收录本市现行有效的地方性法规，按公布时间排列。`);
    expect(annotated.result.ok).toBe(true);
  });
});

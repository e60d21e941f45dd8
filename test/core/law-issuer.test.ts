import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { openLibrary } from '../../electron/core/open-library';
import { issuerOfFolder, statedIssuer } from '../../electron/core/import/law-issuer';
import { closingLibraries } from '../helpers/library';
import { repoRoot, tempDir } from '../helpers/paths';

// Issue 14 #7: 2,989 of 3,474 law texts had no issuer although each states who passed it. Short law
// texts of our own (test/fixtures/laws: texts of state organs, first articles only) with the forms a
// law states its passing body in.

const { temp, track } = closingLibraries();
const LAWS = path.join(repoRoot, 'test/fixtures/laws');

/** What a legal librarian catalogues each fixture under (see the rule in law-issuer.ts). */
const EXPECTED: Record<string, string | null> = {
  '中华人民共和国劳动合同法': '全国人民代表大会常务委员会',
  // Passed by the full congress, revised by it, amended by the standing committee since: the congress.
  '中华人民共和国刑法': '全国人民代表大会',
  // Passed by the province's standing committee, amended twice by it ("第一次修正", "第二次修正").
  '湖南省长株潭城市群生态绿心地区保护条例': '湖南省人民代表大会常务委员会',
  '优化营商环境条例': '国务院',
  // 已于…经第30次部务会议通过: the meeting names no body; the 交通运输部令 that publishes it does.
  '小微型客车租赁经营服务管理规定': '交通运输部',
  // A joint order; the 部务会议 that passed the amending 决定 is not the passing of this text.
  '道路运输车辆动态监督管理办法': '交通运输部、公安部、国家安全生产监督管理总局',
  // "市人民政府第43次常务会议": the city is named by the order.
  '长沙市城市绿化管理办法': '长沙市人民政府',
  '最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（一）': '最高人民法院',
  // States no body (馆务会议 without a number is not a passing the text records).
  '某市图书馆借阅规则': null,
};

describe('the body a law text states it was passed by', () => {
  it('is filled in on import for each form of 通过 line, 令 and 已经…通过', async () => {
    const lib = temp();
    const files = fs.readdirSync(LAWS).map((f) => path.join(LAWS, f));
    expect(files).toHaveLength(Object.keys(EXPECTED).length);
    const results = await dispatch(lib.handlers, 'importPaths', { paths: files });
    expect(results.every((r) => r.ok)).toBe(true);
    const docs = await dispatch(lib.handlers, 'listDocuments', {});
    expect(Object.fromEntries(docs.map((d) => [d.title, d.issuer]))).toEqual(EXPECTED);
  });

  it('a signature or stated issuer stays; amendments, approvals and abbreviations are read as a librarian would', () => {
    expect(statedIssuer(['某条例', '（2016年3月30日株洲市第十四届人民代表大会常务委员会第三十次会议通过　2016年5月27日湖南省第十二届人民代表大会常务委员会第二十二次会议批准）'])).toBe(
      '株洲市人民代表大会常务委员会',
    );
    // Only amendments stated: "通过的《决定》修正" is not this text's passing.
    expect(statedIssuer(['某法', '根据2015年4月24日第十二届全国人民代表大会常务委员会第十四次会议通过的《关于修改部分法律的决定》修正'])).toBeNull();
    // A text re-adopted whole, with no 通过 stated: its 修订.
    expect(statedIssuer(['某法', '（2019年4月23日第十三届全国人民代表大会常务委员会第十次会议修订）'])).toBe('全国人民代表大会常务委员会');
    // The publishing order of a law: 已由…会议于…通过.
    expect(
      statedIssuer(['中华人民共和国主席令', '第六十五号', '《中华人民共和国反垄断法》已由中华人民共和国第十届全国人民代表大会常务委员会第二十九次会议于2007年8月30日通过，现予公布。']),
    ).toBe('全国人民代表大会常务委员会');
    expect(statedIssuer(['某规定', '（2019年12月25日国家市场监督管理总局2019年第18次局务会议审议通过）'])).toBe('国家市场监督管理总局');
    expect(statedIssuer(['某市条例', '（2001年8月3日市人大常委会第28次会议通过）'], '某市条例')).toBe('某市人民代表大会常务委员会');
    // Text extracted from a PDF: spaces around the numbers.
    expect(statedIssuer(['中华人民共和国劳动合同法实施条例', '（2008 年 9 月 3 日国务院第 25 次常务会议通过 2008 年 9 月 18 日中华人民共和国国务院令第 535 号公布）'])).toBe('国务院');
    expect(statedIssuer(['河南省无障碍环境建设管理办法', '《河南省无障碍环境建设管理办法》已经2018年1月12日省政府第149次常务会议通过，现予公布。'])).toBe('河南省人民政府');
    // An abbreviation nothing completes is left empty rather than half a name.
    expect(statedIssuer(['某条例', '（2001年8月3日省人民政府第28次常务会议通过）'], '条例')).toBeNull();
  });

  it('a notice signed by its issuer keeps that issuer', async () => {
    const lib = temp();
    const text = ['# 某市人民政府关于印发某办法的通知', '', '本办法已经2019年6月3日国务院第43次常务会议通过，现印发给你们。', '', '某市人民政府', '2019年6月10日'].join('\n');
    const file = path.join(tempDir(), '通知.md');
    fs.writeFileSync(file, text);
    const [result] = await dispatch(lib.handlers, 'importPaths', { paths: [file] });
    expect(await dispatch(lib.handlers, 'getDocument', { docId: result!.docId! })).toMatchObject({ issuer: '某市人民政府' });
  });
});

describe('a library imported before issuers were read from the text', () => {
  it('gets them once on opening, for documents with none the user never edited; nothing else changes', async () => {
    const file = path.join(tempDir(), 'library.db');
    const first = openLibrary(file);
    await dispatch(first.handlers, 'importPaths', { paths: fs.readdirSync(LAWS).map((f) => path.join(LAWS, f)) });
    // As an older version left it: no issuer read from the text, one cleared by the user, one the user named.
    first.db.prepare("UPDATE documents SET issuer = NULL WHERE title <> '优化营商环境条例'").run();
    first.db.prepare("UPDATE documents SET metadata_edited = 1 WHERE title = '中华人民共和国刑法'").run();
    first.db.prepare("UPDATE documents SET issuer = '我的标注', metadata_edited = 1 WHERE title = '优化营商环境条例'").run();
    first.db.prepare("DELETE FROM settings WHERE key LIKE 'issuers_from_text%'").run();
    first.close();

    const issuers = (lib: ReturnType<typeof openLibrary>) =>
      Object.fromEntries((lib.db.prepare('SELECT title, issuer FROM documents ORDER BY id').all() as { title: string; issuer: string | null }[]).map((r) => [r.title, r.issuer]));
    const reopened = openLibrary(file);
    expect(issuers(reopened)).toEqual({ ...EXPECTED, 中华人民共和国刑法: null, 优化营商环境条例: '我的标注' });

    // Once: a later opening does not read them again (the user's clearing an issuer stays cleared).
    reopened.db.prepare("UPDATE documents SET issuer = NULL WHERE title = '中华人民共和国劳动合同法'").run();
    reopened.close();
    const again = track(openLibrary(file));
    expect(issuers(again)['中华人民共和国劳动合同法']).toBeNull();
  });
});

describe('a law library sorted into folders by issuing body', () => {
  it('names the body of the nearest such folder, never a category or a place', () => {
    expect(issuerOfFolder('/法规库/部门规章/公安部/机动车登记规定(2021-12-17).md')).toBe('公安部');
    expect(issuerOfFolder('D:\\法规库\\司法解释\\最高人民法院\\关于审理案件的解释.md')).toBe('最高人民法院');
    expect(issuerOfFolder('/法规库/行政法规/国务院/2020/优化营商环境条例.md')).toBe('国务院');
    expect(issuerOfFolder('/法规库/地方性法规/上海/上海市价格管理条例.md')).toBeNull();
    expect(issuerOfFolder('/法规库/法律/中华人民共和国刑法.md')).toBeNull();
    expect(issuerOfFolder('/部门规章/公安部/2021/12/规定.md')).toBeNull(); // only the two nearest folders
    expect(issuerOfFolder(null)).toBeNull();
  });

  it('fills the issuer of texts that state none on import; a body the text states wins over its folder', async () => {
    const lib = temp();
    const root = tempDir();
    const put = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    };
    // As many files of such libraries are: a title and articles, nothing about who made them.
    put('部门规章/公安部/机动车登记规定.md', '# 机动车登记规定\n\n<!-- INFO END -->\n\n第一条 为了规范机动车登记，制定本规定。\n\n第二条 本规定由公安机关交通管理部门负责实施。\n');
    put('地方性法规/上海/上海市价格管理条例.md', '# 上海市价格管理条例\n\n第一条 为了规范价格行为，制定本条例。\n\n第二条 本市行政区域内的价格活动，适用本条例。\n');
    put('部门规章/公安部/小微型客车租赁经营服务管理规定.md', fs.readFileSync(path.join(LAWS, '小微型客车租赁经营服务管理规定.md'), 'utf8'));
    const results = await dispatch(lib.handlers, 'importPaths', { paths: [root] });
    expect(results.every((r) => r.ok)).toBe(true);
    const issuers = Object.fromEntries((lib.db.prepare('SELECT title, issuer FROM documents').all() as { title: string; issuer: string | null }[]).map((r) => [r.title, r.issuer]));
    expect(issuers).toEqual({ 机动车登记规定: '公安部', 上海市价格管理条例: null, 小微型客车租赁经营服务管理规定: '交通运输部' });

    // A library imported before: its folders are read once on opening too.
    const file = lib.db.name;
    lib.db.prepare('UPDATE documents SET issuer = NULL').run();
    lib.db.prepare("DELETE FROM settings WHERE key LIKE 'issuers_from_text%'").run();
    lib.close();
    const reopened = track(openLibrary(file));
    expect(reopened.db.prepare("SELECT issuer FROM documents WHERE title = '机动车登记规定'").pluck().get()).toBe('公安部');
  });
});

import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import path from 'node:path';
import { dispatch } from '../../electron/core/dispatch';
import { migrations } from '../../electron/core/db/migrations';
import { importBytes } from '../../electron/core/import/import-files';
import { openLibrary, type Library } from '../../electron/core/open-library';
import { bruteForceSearch } from '../../electron/core/search/brute-force';
import { closingLibraries } from '../helpers/library';
import { tempDir } from '../helpers/paths';

const { temp, track } = closingLibraries();

/** A law-like text: a title, chapters and articles, each article its own paragraph. */
function law(title: string, articles: string[], filler = 0): Buffer {
  const lines = [title, '', '第一章 总则', ''];
  for (let i = 0; i < filler; i++) lines.push(`第${i + 1}条 本法所称的有关事项，由国务院有关部门依照职责分工负责，具体办法另行规定，并向社会公布。`, '');
  lines.push('第二章 具体规定', '');
  articles.forEach((a) => lines.push(a, ''));
  return Buffer.from(lines.join('\n'));
}

function importAll(lib: Library, docs: [string, Buffer, string?][]): Map<string, number> {
  const ids = new Map<string, number>();
  for (const [title, bytes, date] of docs) {
    const r = importBytes(lib, `${title}.txt`, bytes, null, { title, ...(date ? { issuedOn: date } : {}) });
    expect(r.ok, title).toBe(true);
    ids.set(title, r.docId!);
  }
  return ids;
}

const search = (lib: Library, args: { query: string } & Record<string, unknown>) => dispatch(lib.handlers, 'search', { limit: 100, ...args });

describe('relevance puts the main source first', () => {
  it('正当防卫: the criminal law, whose articles define it, before laws that mention it in passing', async () => {
    const lib = temp();
    const ids = importAll(lib, [
      ['治安管理处罚法', law('治安管理处罚法', ['第十二条 正当防卫的认定，依照有关法律的规定。'], 12)],
      ['人民警察法', law('人民警察法', ['第十条 人民警察依法执行职务，遇有正当防卫情形的，依照有关规定处理。'], 12)],
      [
        '中华人民共和国刑法',
        law(
          '中华人民共和国刑法',
          [
            '第二十条 为了使国家、公共利益、本人或者他人的人身、财产和其他权利免受正在进行的不法侵害，而采取的制止不法侵害的行为，对不法侵害人造成损害的，属于正当防卫，不负刑事责任。',
            '正当防卫明显超过必要限度造成重大损害的，应当负刑事责任，但是应当减轻或者免除处罚。',
            '对正在进行行凶、杀人、抢劫、强奸、绑架以及其他严重危及人身安全的暴力犯罪，采取防卫行为，造成不法侵害人伤亡的，不属于防卫过当，不负刑事责任。',
          ],
          40,
        ),
      ],
      ['枪支管理办法', law('枪支管理办法', ['第九条 持枪人员正当防卫时使用枪支的，应当及时报告。'], 12)],
      ['见义勇为奖励条例', law('见义勇为奖励条例', ['第八条 正当防卫或者紧急避险的，可以认定为见义勇为。'], 12)],
    ]);
    const result = await search(lib, { query: '正当防卫' });
    expect(result.docs).toHaveLength(5);
    expect(result.docs[0]!.docId).toBe(ids.get('中华人民共和国刑法'));
    // Hits come grouped in the same order as the documents.
    expect([...new Set(result.hits.map((h) => h.docId))]).toEqual(result.docs.map((d) => d.docId));
  });

  it('个人信息: the law named after it before a regulation that mentions it more densely', async () => {
    const lib = temp();
    const dense = Array.from({ length: 8 }, (_, i) => `第${20 + i}条 处理个人信息应当保护个人信息安全。`);
    const plain = Array.from({ length: 12 }, (_, i) => `第${30 + i}条 个人信息处理者在处理活动中，应当遵循合法、正当、必要和诚信原则，采取必要措施保障所处理的数据的安全，防止未经授权的访问以及泄露、篡改、丢失。`);
    const ids = importAll(lib, [
      ['网络数据安全管理条例', law('网络数据安全管理条例', dense, 5)],
      ['中华人民共和国个人信息保护法', law('中华人民共和国个人信息保护法', plain, 5)],
    ]);
    const result = await search(lib, { query: '个人信息' });
    expect(result.docs.map((d) => d.docId)).toEqual([ids.get('中华人民共和国个人信息保护法'), ids.get('网络数据安全管理条例')]);
    expect(result.docs.map((d) => d.count)).toEqual([13, 8]); // its title heading, and twelve articles
  });

  it('several terms: the block where they stand together comes before the one where they are far apart', async () => {
    const lib = temp();
    const { docId } = importBytes(
      lib,
      'a.txt',
      Buffer.from('规划\n\n交通方面，要加强统筹，推进城市更新，建设完善的综合枢纽和一体化设施。\n\n推进交通一体化，建设都市圈。\n'),
      null,
    );
    const result = await search(lib, { query: '交通 一体化', docId });
    expect(result.hits.map((h) => h.snippet)).toEqual(['推进交通一体化，建设都市圈。', '交通方面，要加强统筹，推进城市更新，建设完善的综合枢纽和一体化设施。']);
  });
});

describe('sort, pages, facets', () => {
  const docs = (): [string, Buffer, string][] => [
    ['乙市交通规划', Buffer.from('乙市交通规划\n\n湖南省人民政府\n\n一、交通建设\n\n推进交通建设。\n\n二、交通管理\n\n加强交通管理。\n'), '2021-03-01'],
    ['甲市交通规划', Buffer.from('甲市交通规划\n\n一、总体要求\n\n交通先行。\n'), '2024-05-10'],
    ['丙市发展纲要', Buffer.from('丙市发展纲要\n\n一、交通\n\n完善交通网络，交通便利。\n\n二、产业\n\n发展产业。\n'), '2019-01-01'],
  ];

  it('orders documents by library order or date when asked, and every page together is the whole result, once', async () => {
    const lib = temp();
    const ids = importAll(lib, docs());
    const byDoc = await search(lib, { query: '交通', sort: 'document' });
    expect(byDoc.docs.map((d) => d.docId)).toEqual([...ids.values()].sort((a, b) => a - b));
    const byDate = await search(lib, { query: '交通', sort: 'date' });
    expect(byDate.docs.map((d) => d.docId)).toEqual([ids.get('甲市交通规划'), ids.get('乙市交通规划'), ids.get('丙市发展纲要')]);
    const byDateHits = byDate.hits.filter((h) => h.docId === ids.get('乙市交通规划')).map((h) => h.blockId);
    expect(byDateHits).toEqual([...byDateHits].sort((a, b) => a - b));

    for (const sort of ['relevance', 'document', 'date'] as const) {
      const seen: number[] = [];
      const whole = await search(lib, { query: '交通', sort });
      for (let offset = 0; offset < whole.total; offset += 2) {
        const page = await search(lib, { query: '交通', sort, offset, limit: 2 });
        expect(page.offset).toBe(offset);
        seen.push(...page.hits.map((h) => h.blockId));
      }
      expect(seen, sort).toEqual(whole.hits.map((h) => h.blockId));
      expect([...seen].sort((a, b) => a - b)).toEqual(bruteForceSearch(lib.db, '交通').blockIds);
    }
  });

  it('pages through documents with many more hits than are scored, in the same order as one whole answer', async () => {
    const lib = temp({ seeds: true });
    const whole = await search(lib, { query: '的', limit: 1000 });
    expect(whole.docs[0]!.count).toBeGreaterThan(70); // far past the scored sample of a document (24 hits and 12 headings)
    for (const offset of [0, 7, 30, 41, 55, 66, 101, 160]) {
      const page = await search(lib, { query: '的', offset, limit: 7 });
      expect(page.hits.map((h) => h.blockId), `offset ${offset}`).toEqual(whole.hits.slice(offset, offset + 7).map((h) => h.blockId));
    }
  });

  it('keeps at most perDoc hits of each document on a page, with full counts', async () => {
    const lib = temp();
    importAll(lib, docs());
    const result = await search(lib, { query: '交通', perDoc: 1 });
    expect(result.hits).toHaveLength(3);
    expect(result.docs.reduce((n, d) => n + d.count, 0)).toBe(result.total);
    expect(result.total).toBe(bruteForceSearch(lib.db, '交通').total);
  });

  it('counts by year and kind, and a facet filters the result to its count', async () => {
    const lib = temp();
    importAll(lib, docs());
    const result = await search(lib, { query: '交通', facets: true });
    expect(result.facets!.year.map((f) => f.value).sort()).toEqual(['2019', '2021', '2024']);
    expect(result.facets!.year.reduce((n, f) => n + f.count, 0)).toBe(result.total);
    const y2021 = result.facets!.year.find((f) => f.value === '2021')!;
    const filtered = await search(lib, { query: '交通', year: '2021' });
    expect(filtered.total).toBe(y2021.count);
    expect(filtered.docs).toHaveLength(1);
  });

  it('exports the whole result list, with chapter paths and full paragraphs, as CSV and Word', async () => {
    const lib = temp();
    importAll(lib, docs());
    const csv = await dispatch(lib.handlers, 'exportSearchResults', { query: '交通', format: 'csv', sort: 'document' });
    const lines = Buffer.from(csv.dataBase64, 'base64').toString('utf8').replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toBe('文件,章节,段落');
    expect(lines).toHaveLength(1 + bruteForceSearch(lib.db, '交通').total);
    expect(lines).toContain('乙市交通规划,乙市交通规划 / 一、交通建设,推进交通建设。');
    expect(csv.fileName).toMatch(/\.csv$/);
    const docx = await dispatch(lib.handlers, 'exportSearchResults', { query: '交通', format: 'docx' });
    const bytes = Buffer.from(docx.dataBase64, 'base64');
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(docx.count).toBe(lines.length - 1);
  });
});

describe('migration 008', () => {
  it('indexes the documents of a library written before it, and finds them', async () => {
    const file = path.join(tempDir(), 'old.db');
    const db = new Database(file);
    for (const m of migrations.filter((m) => m.version < 8)) db.exec(m.sql);
    const previous = Math.max(...migrations.filter((m) => m.version < 8).map((m) => m.version));
    db.pragma(`user_version = ${previous}`);
    db.prepare("INSERT INTO documents (id, title, source_name, content_hash, format, encoding) VALUES (1, '旧文库', 'old.txt', 'h1', 'txt', 'utf-8')").run();
    const insert = db.prepare("INSERT INTO blocks (doc_id, seq, kind, level, text) VALUES (1, ?, ?, ?, ?)");
    insert.run(0, 'heading', 1, '旧文库');
    insert.run(1, 'paragraph', 0, '升级前写入的段落，含ＰＭ２．５和绿心。');
    insert.run(2, 'paragraph', 0, '另一段。');
    db.close();
    const lib = track(openLibrary(file));
    expect(lib.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(8);
    for (const q of ['绿心', 'pm2.5', '绿', '段落', '升级前写入']) {
      const r = await search(lib, { query: q });
      expect(r.total, q).toBe(1);
      expect(r.hits[0]!.path).toEqual(['旧文库']);
    }
    expect((await search(lib, { query: '段' })).total).toBe(2);
    expect(lib.db.prepare('SELECT count(*) FROM search_dirty').pluck().get()).toBe(0);
  });
});

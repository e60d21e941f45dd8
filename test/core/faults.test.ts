// Fault injection (issue 17): hostile files, a symlink cycle, a second writer, a read-only medium, a
// full disk, a damaged page, and a process killed in the middle of each kind of write. Every case checks
// the library's integrity and exactly which documents and annotations are there afterwards.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { migrations } from '../../electron/core/db/migrations';
import { SCHEMA_VERSION } from '../../electron/core/db/migrate';
import { MAX_PARAGRAPH_CHARS } from '../../electron/core/import/structure/split-long-paragraphs';
import { openLibrary } from '../../electron/core/open-library';
import { checkIntegrity } from '../../electron/core/safety/integrity';
import { listBackups } from '../../electron/core/safety/backups';
import { toErrorInfo } from '../../electron/shared/errors';
import { startServer, stopServer } from '../helpers/browser-mode-server';
import { runCli } from '../helpers/cli';
import { closingLibraries, damagePages, docIdByTitle, seededLibraryFile, sortedTitles } from '../helpers/library';
import { cliPath, repoRoot, SEEDS, seedsDir, tempDir } from '../helpers/paths';
import { highlight } from './annotations-helpers';

const { track, untrack } = closingLibraries();
const titles = sortedTitles;

function fullCheck(file: string): void {
  expect(checkIntegrity(file, 'full')).toEqual({ ok: true });
}

/** What the library file holds, read directly: document titles and annotation uuids. */
function contents(file: string): { documents: string[]; annotations: string[] } {
  const db = new Database(file, { readonly: true });
  try {
    return {
      documents: (db.prepare('SELECT title FROM documents WHERE deleted_at IS NULL ORDER BY title').pluck().all() as string[]),
      annotations: (db.prepare('SELECT uuid FROM annotations WHERE deleted_at IS NULL ORDER BY uuid').pluck().all() as string[]),
    };
  } finally {
    db.close();
  }
}


// ---- zip packages built by the test ------------------------------------------------------------------

interface RawEntry {
  name: string;
  /** Raw deflate data (method 8). */
  data: Buffer;
  /** The uncompressed size the headers declare (true or not). */
  size: number;
  crc?: number;
}

function entry(name: string, text: string): RawEntry {
  const bytes = Buffer.from(text);
  return { name, data: zlib.deflateRawSync(bytes), size: bytes.length, crc: zlib.crc32(bytes) };
}

function zip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc ?? 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc ?? 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const DOC_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>`;
const DOC_TAIL = '</w:body></w:document>';
const para = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

function docxParts(documentXml: RawEntry): RawEntry[] {
  return [
    entry(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    entry(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    documentXml,
  ];
}

/**
 * A document.xml of `megabytes` MB that compresses to about a thousandth of that: one 1 MB block of
 * paragraphs deflated once and repeated (each piece ends with a full flush, so the pieces chain into one
 * valid deflate stream). Built in milliseconds, whatever the size.
 */
function hugeDocumentXml(megabytes: number): { data: Buffer; size: number } {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH };
  const head = Buffer.from(DOC_HEAD);
  const tail = Buffer.from(DOC_TAIL);
  const unit = para('长株潭都市圈推进同城化发展，建设现代化产业体系。');
  const block = Buffer.from(unit.repeat(Math.floor((1024 * 1024) / Buffer.byteLength(unit))));
  const middle = zlib.deflateRawSync(block, flush);
  const data = Buffer.concat([
    zlib.deflateRawSync(head, flush),
    ...Array.from({ length: megabytes }, () => middle),
    zlib.deflateRawSync(tail, flush),
    zlib.deflateRawSync(Buffer.alloc(0)), // the final block
  ]);
  return { data, size: head.length + block.length * megabytes + tail.length };
}

// ---- the cases ---------------------------------------------------------------------------------------

describe('hostile files fail alone, with a clear reason, and the batch goes on', () => {
  it('Word files that unpack to 400 MB, lie about their sizes or hold 6,000 entries are refused before inflating', async () => {
    const dir = tempDir();
    const huge = hugeDocumentXml(400);
    expect(huge.data.length).toBeLessThan(2 * 1024 * 1024);
    const write = (name: string, bytes: Buffer | string) => fs.writeFileSync(path.join(dir, name), bytes);
    write('01-好文件.docx', zip(docxParts(entry('word/document.xml', DOC_HEAD + para('第一章 总则') + para('好文件的正文。') + DOC_TAIL))));
    // Honest headers: 400 MB declared. Refused from the directory; the message names the declared size.
    write('02-四百兆.docx', zip(docxParts({ name: 'word/document.xml', data: huge.data, size: huge.size })));
    // Lying headers: 4 kB declared, 400 MB inside. Inflation stops at the declared size.
    write('03-谎报大小.docx', zip(docxParts({ name: 'word/document.xml', data: huge.data, size: 4096 })));
    write('04-六千条目.docx', zip([...docxParts(entry('word/document.xml', DOC_HEAD + para('x') + DOC_TAIL)), ...Array.from({ length: 6000 }, (_, i) => entry(`word/media/${i}.xml`, 'x'))]));
    // HTML with 20,000 unclosed <script> and <h1> tags (quadratic before), and a character reference to no character.
    write('05-未闭合标签.html', `<p>开头段落。</p>${'<script>var a = 1;<h1>标题'.repeat(20_000)}<p>结尾段落&#99999999;。</p>`);
    // Valid UTF-8 with a NUL near the start, and one 300,000-character paragraph without a line break.
    write('06-含空字符.txt', `关于\u0000加强管理的通知\n\n一、总体要求\n\n正文。`);
    const sentence = '推进长株潭都市圈轨道交通建设，完善综合交通运输体系。';
    write('07-超长段落.txt', `超长段落测试\n\n${sentence.repeat(12_000)}末尾独有词语。`);

    const lib = track(openLibrary(path.join(tempDir(), 'library.db')));
    const results = await dispatch(lib.handlers, 'importPaths', { paths: [dir] });
    const byName = Object.fromEntries(results.map((r) => [path.basename(r.file), r]));
    expect(byName['01-好文件.docx']!.ok).toBe(true);
    expect(byName['02-四百兆.docx']!.error?.code).toBe('too_large');
    expect(byName['02-四百兆.docx']!.error?.message).toMatch(/Refused before unpacking: word\/document\.xml unpacks to 400 MB/);
    expect(byName['03-谎报大小.docx']!.error?.code).toBe('too_large');
    expect(byName['03-谎报大小.docx']!.error?.message).toMatch(/more than the 4096 bytes its header declares/);
    expect(byName['04-六千条目.docx']!.error?.message).toMatch(/6003 entries/);
    for (const name of ['05-未闭合标签.html', '06-含空字符.txt', '07-超长段落.txt']) expect(byName[name]!.ok, name).toBe(true);

    fullCheck(lib.file);
    expect(contents(lib.file).documents).toHaveLength(4);
    const html = await dispatch(lib.handlers, 'getBlocks', { docId: byName['05-未闭合标签.html']!.docId! });
    expect(html[0]!.text).toBe('开头段落。');
    expect(html.at(-1)!.text).toMatch(/标题结尾段落\uFFFD。$/);
    const nul = await dispatch(lib.handlers, 'getBlocks', { docId: byName['06-含空字符.txt']!.docId! });
    expect(nul[0]!.text).toBe('关于加强管理的通知');
    // The long paragraph is cut at sentence ends into paragraphs under the cap, none of its text lost.
    const long = (await dispatch(lib.handlers, 'getBlocks', { docId: byName['07-超长段落.txt']!.docId! })).filter((b) => b.kind === 'paragraph');
    expect(long.length).toBeGreaterThan(60);
    expect(Math.max(...long.map((b) => b.text.length))).toBeLessThanOrEqual(MAX_PARAGRAPH_CHARS);
    expect(long.slice(0, -1).every((b) => b.text.endsWith('。'))).toBe(true);
    expect(long.map((b) => b.text).join('')).toBe(`${sentence.repeat(12_000)}末尾独有词语。`);
    const found = await dispatch(lib.handlers, 'search', { query: '末尾独有词语' });
    expect(found.hits.map((h) => h.docId)).toEqual([byName['07-超长段落.txt']!.docId]);
  });

  it('a Word file that this process has no memory for is refused before parsing; the process lives and the batch goes on', () => {
    const dir = tempDir();
    const paragraphs = Array.from({ length: 16_000 }, (_, i) => para(`推进长株潭都市圈同城化发展第${i}段。`)).join('');
    fs.writeFileSync(path.join(dir, 'a-大文件.docx'), zip(docxParts(entry('word/document.xml', DOC_HEAD + paragraphs + DOC_TAIL))));
    fs.copyFileSync(path.join(seedsDir, SEEDS.metroPlan), path.join(dir, 'b-metro.txt'));
    // A small heap, as on a small laptop: the 1.2 MB document.xml would need about 100 MB to parse.
    const r = spawnSync(process.execPath, ['--max-old-space-size=64', cliPath, '--db', path.join(tempDir(), 'library.db'), 'import', dir, '--json'], { encoding: 'utf8' });
    expect(r.signal).toBeNull();
    const results = JSON.parse(r.stdout) as { file: string; ok: boolean; error?: { code: string; message: string } }[];
    expect(results.map((x) => [path.basename(x.file), x.ok, x.error?.code])).toEqual([
      ['a-大文件.docx', false, 'too_large'],
      ['b-metro.txt', true, undefined],
    ]);
    expect(results[0]!.error!.message).toMatch(/Not enough memory to read this Word file now/);
  });

  it('a folder with a symlink cycle is walked once: every real folder entered once, each file imported once', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'loop', 'deeper'), { recursive: true });
    fs.copyFileSync(path.join(seedsDir, SEEDS.metroPlan), path.join(dir, 'loop', 'metro.txt'));
    fs.copyFileSync(path.join(seedsDir, SEEDS.xiangtanFeature), path.join(dir, 'loop', 'deeper', 'xiangtan.txt'));
    fs.symlinkSync('.', path.join(dir, 'loop', 'a'));
    fs.symlinkSync('..', path.join(dir, 'loop', 'deeper', 'up'));
    fs.symlinkSync(dir, path.join(dir, 'loop', 'deeper', 'root'));
    // A file whose name is not valid UTF-8 (Latin-1 bytes from an old archive) is named as such, not "not found".
    fs.writeFileSync(Buffer.concat([Buffer.from(path.join(dir, 'loop', 'caf')), Buffer.from([0xe9]), Buffer.from('.txt')]), '长株潭');
    const lib = track(openLibrary(path.join(tempDir(), 'library.db')));
    const results = await dispatch(lib.handlers, 'importPaths', { paths: [dir] });
    const imported = results.filter((r) => r.ok);
    expect(imported.map((r) => path.relative(dir, r.file)).sort()).toEqual(['loop/deeper/xiangtan.txt', 'loop/metro.txt']);
    expect(imported.every((r) => !r.duplicateOf)).toBe(true);
    expect(results.filter((r) => !r.ok).map((r) => r.error!.code)).toEqual(['bad_file_name']);
    fullCheck(lib.file);
  });
});

describe('other processes on the same library', () => {
  it('a second writer waits for the lock instead of failing: every file of the batch is imported', async () => {
    const lib = track(openLibrary(path.join(tempDir(), 'library.db')));
    // Another process takes the write lock and holds it for 1.5 s.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D = require(${JSON.stringify(path.join(repoRoot, 'node_modules', 'better-sqlite3'))});
         const db = new D(${JSON.stringify(lib.file)}); db.exec('BEGIN IMMEDIATE');
         db.prepare("INSERT INTO settings (key, value) VALUES ('other-writer', 'was here')").run();
         console.log('locked'); setTimeout(() => { db.exec('COMMIT'); db.close(); }, 1500);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
    const files = Object.values(SEEDS).map((f) => path.join(seedsDir, f));
    const results = await dispatch(lib.handlers, 'importPaths', { paths: files });
    await new Promise((resolve) => holder.once('exit', resolve));
    expect(results.map((r) => r.error?.code ?? 'ok')).toEqual(files.map(() => 'ok'));
    expect(contents(lib.file).documents).toHaveLength(5);
    expect(lib.db.prepare("SELECT value FROM settings WHERE key = 'other-writer'").pluck().get()).toBe('was here');
  });

  it('the automatic restore never replaces a library another process has open; the CLI says who holds it', async () => {
    const file = seededLibraryFile();
    const server = await startServer({ dbPath: file, seed: false });
    try {
      expect(server.url).toMatch(/token=/);
      // Sharing is fine, and the CLI says who else has the library open.
      const shared = runCli(['--db', file, 'list', '--json']);
      expect(shared.status).toBe(0);
      expect(JSON.parse(shared.stdout)).toHaveLength(5);
      expect(shared.stderr).toMatch(/the library is also open in browser mode, pid \d+/);
      const inode = fs.statSync(file).ino;
      // Another program spoils the file's first page while browser mode has it open.
      const fd = fs.openSync(file, 'r+');
      fs.writeSync(fd, Buffer.alloc(4096, 0x20), 0, 4096, 0);
      fs.closeSync(fd);
      const cli = runCli(['--db', file, 'list', '--json']);
      expect(cli.status).toBe(1);
      expect(JSON.parse(cli.stdout).error.code).toBe('locked');
      expect(cli.stderr).toMatch(/open elsewhere \(browser mode, pid \d+\)/);
      // Nothing was moved or replaced under the server.
      expect(fs.statSync(file).ino).toBe(inode);
      expect(fs.readdirSync(path.dirname(file)).filter((n) => n.includes('.damaged-'))).toEqual([]);
    } finally {
      await stopServer(server);
    }
  });
});

describe('the medium', () => {
  it('a library on a read-only medium opens read-only: listing and searching work, changes say why not', async () => {
    const file = seededLibraryFile();
    const before = contents(file);
    const mount = path.join(tempDir(), 'medium');
    fs.mkdirSync(mount);
    // A read-only mount where the system allows it (root); otherwise a folder without write permission.
    const mounted = process.getuid?.() === 0 && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mount]).status === 0;
    if (!mounted && process.getuid?.() === 0) return; // root without mount rights: permissions would not stop it
    try {
      fs.copyFileSync(file, path.join(mount, 'library.db'));
      if (mounted) expect(spawnSync('mount', ['-o', 'remount,ro', mount]).status).toBe(0);
      else fs.chmodSync(mount, 0o555);
      const lib = track(openLibrary(path.join(mount, 'library.db'), { seedsDir }));
      expect(lib.readOnly).toBe(true);
      expect(await titles(lib)).toEqual(before.documents);
      expect((await dispatch(lib.handlers, 'search', { query: '长株潭' })).total).toBeGreaterThan(10);
      const docId = docIdByTitle(lib, '都市圈发展规划');
      expect(toErrorInfo(await highlight(lib, docId, '长株潭').catch((e: unknown) => e)).code).toBe('read_only');
      const cli = runCli(['--db', path.join(mount, 'library.db'), 'import', path.join(seedsDir, SEEDS.metroPlan), '--json']);
      expect(JSON.parse(cli.stdout)[0].error.code).toBe('read_only');
      expect(cli.stderr).toContain('opened read-only');
      lib.close();
      untrack(lib);
      expect(fs.readdirSync(mount)).toEqual(['library.db']);
    } finally {
      if (mounted) spawnSync('umount', [mount]);
      else fs.chmodSync(mount, 0o755);
    }
  });

  it('a full disk is a clear disk_full error; the library keeps exactly what was committed', async () => {
    const lib = track(openLibrary(path.join(tempDir(), 'library.db')));
    const first = fs.readFileSync(path.join(seedsDir, SEEDS.xiangtanFeature));
    expect((await dispatch(lib.handlers, 'importUploads', { files: [{ name: '湘潭.txt', dataBase64: first.toString('base64') }] }))[0]!.ok).toBe(true);
    // SQLite's own size limit stands in for a full disk: a few pages left.
    const pages = lib.db.pragma('page_count', { simple: true }) as number;
    lib.db.pragma(`max_page_count = ${pages + 8}`);
    const big = fs.readFileSync(path.join(seedsDir, SEEDS.metroPlan));
    const [result] = await dispatch(lib.handlers, 'importUploads', { files: [{ name: '都市圈.txt', dataBase64: big.toString('base64') }] });
    expect(result!.ok).toBe(false);
    expect(result!.error).toMatchObject({ code: 'disk_full' });
    expect(result!.error!.messageZh).toContain('磁盘已满');
    lib.db.pragma(`max_page_count = ${lib.db.pragma('page_count', { simple: true }) as number}`);
    const failed = await highlight(lib, docIdByTitle(lib, '湘潭'), '湘潭', { note: 'x'.repeat(20_000) }).catch((e: unknown) => e);
    expect(toErrorInfo(failed).code).toBe('disk_full');
    fullCheck(lib.file);
    expect(contents(lib.file)).toEqual({ documents: await titles(lib), annotations: [] });
    expect(contents(lib.file).documents).toHaveLength(1);
  });

  it('a disk that fills during a folder import: every file reported imported is in the library under its id, no other', async () => {
    // 350 regulations of our own: the first batch (256 short files) is committed, the disk fills in the next one (longer files).
    const dir = path.join(tempDir(), 'rules');
    fs.mkdirSync(dir);
    for (let n = 1; n <= 350; n++) {
      const articles = Array.from({ length: n <= 256 ? 12 : 80 }, (_, k) => `第${k + 1}条 第${n}号规定的第${k + 1}项内容：加强区域协同，推进第${n * 7 + k}项重点工程建设。`);
      fs.writeFileSync(path.join(dir, `规定${String(n).padStart(3, '0')}.txt`), `第${n}号管理规定\n\n${articles.join('\n\n')}\n`);
    }
    const pagesAfter = async (count: number) => {
      const scratch = track(openLibrary(path.join(tempDir(), 'scratch.db')));
      const all = fs.readdirSync(dir).sort().map((f) => path.join(dir, f));
      await dispatch(scratch.handlers, 'importPaths', { paths: all.slice(0, count) });
      return scratch.db.pragma('page_count', { simple: true }) as number;
    };
    const [firstBatch, all] = [await pagesAfter(256), await pagesAfter(350)];
    expect(all).toBeGreaterThan(firstBatch + 100);
    const limit = Math.round((firstBatch + all) / 2);
    // In the second batch, a copy of a file the first batch committed: it is in the library whatever becomes of its batch.
    fs.copyFileSync(path.join(dir, '规定001.txt'), path.join(dir, '规定257-副本.txt'));

    const lib = track(openLibrary(path.join(tempDir(), 'library.db')));
    lib.db.pragma(`max_page_count = ${limit}`);
    const results = await dispatch(lib.handlers, 'importPaths', { paths: [dir] });
    const copy = results.find((r) => r.file.endsWith('规定257-副本.txt'))!;
    const original = results.find((r) => r.file.endsWith('规定001.txt'))!;
    expect(copy).toMatchObject({ ok: true, docId: original.docId, duplicateOf: original.docId });
    const imported = results.filter((r) => r.ok && r.duplicateOf === undefined);
    const refused = results.filter((r) => !r.ok);
    expect(imported.length).toBeGreaterThanOrEqual(256);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect(r.error).toMatchObject({ code: 'disk_full' });
    const stored = lib.db.prepare('SELECT id, title FROM documents ORDER BY id').all() as { id: number; title: string }[];
    expect(stored).toEqual(imported.map((r) => ({ id: r.docId, title: r.title })).sort((a, b) => a.id! - b.id!));
    fullCheck(lib.file);

    // With room again, nothing reported before is given to another document, not even after a purge.
    lib.db.pragma('max_page_count = 1073741823');
    const last = stored.at(-1)!;
    await dispatch(lib.handlers, 'deleteDocument', { docId: last.id });
    await dispatch(lib.handlers, 'purgeDocument', { docId: last.id });
    const [again] = await dispatch(lib.handlers, 'importPaths', { paths: [path.join(dir, '规定350.txt')] });
    expect(again!.ok).toBe(true);
    expect(again!.docId).toBeGreaterThan(last.id);
  });

  it('a damaged page is noticed on opening even when the backup is recent, and the backup restored', async () => {
    const file = seededLibraryFile();
    const lib = openLibrary(file); // the daily backup is taken now
    const before = await titles(lib);
    lib.close();
    expect(listBackups(file)).toHaveLength(1);
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096 * 8, 0x5a), 0, 4096 * 8, Math.floor(size / 2 / 4096) * 4096);
    fs.closeSync(fd);
    const reopened = track(openLibrary(file));
    expect(reopened.safety.checked).toBe('full');
    expect(reopened.safety.restored).not.toBeNull();
    expect(await titles(reopened)).toEqual(before);
    expect((await dispatch(reopened.handlers, 'search', { query: '绿心' })).total).toBeGreaterThan(0);
  });
});

describe('damage met while the library is open', () => {
  it('answers damaged (not internal), and the next opening runs the full check and restores the backup', async () => {
    const file = seededLibraryFile();
    const first = openLibrary(file); // takes the daily backup
    const before = await titles(first);
    first.close();
    const lib = openLibrary(file);
    expect(lib.safety.checked).toBe('structure');
    // Garbage over pages of the documents' text (wherever the layout put them), as a failing disk would.
    const peek = new Database(file, { readonly: true });
    const pageSize = peek.pragma('page_size', { simple: true }) as number;
    const pages = peek.prepare("SELECT pageno FROM dbstat WHERE name = 'blocks' AND pagetype = 'leaf' ORDER BY pageno").pluck().all() as number[];
    peek.close();
    const fd = fs.openSync(file, 'r+');
    for (const page of pages.filter((_, i) => i % 3 === 1)) fs.writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (page - 1) * pageSize);
    fs.closeSync(fd);
    const codes = new Set<string>();
    for (const docId of (await dispatch(lib.handlers, 'listDocuments', {})).map((d) => d.id)) {
      for (const method of ['getBlocks', 'getOriginal'] as const) {
        await dispatch(lib.handlers, method, { docId }).catch((e: unknown) => codes.add(toErrorInfo(e).code));
      }
    }
    expect([...codes]).toEqual(['damaged']);
    lib.close();
    const reopened = track(openLibrary(file));
    expect(reopened.safety.checked).toBe('full');
    expect(reopened.safety.restored).not.toBeNull();
    expect(await titles(reopened)).toEqual(before);
  });
});

describe('killed in the middle of a write', () => {
  function killedAt(point: string, args: string[]): void {
    const r = spawnSync(process.execPath, [cliPath, ...args], { env: { ...process.env, POLICY_READER_KILL_AT: point }, encoding: 'utf8' });
    expect(r.signal, `${point}: ${r.stderr}`).toBe('SIGKILL');
  }

  it('importing: the half-written document is not there, everything before it is', () => {
    const file = seededLibraryFile();
    const before = contents(file);
    const extra = path.join(tempDir(), '补充文件.txt');
    fs.writeFileSync(extra, '关于补充事项的通知\n\n一、总体要求\n\n推进长株潭都市圈建设。');
    killedAt('import', ['--db', file, 'import', extra]);
    fullCheck(file);
    expect(contents(file)).toEqual(before);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM blocks WHERE doc_id NOT IN (SELECT id FROM documents)').pluck().get()).toBe(0);
    db.close();
    expect(runCli(['--db', file, 'import', extra]).status).toBe(0);
    expect(contents(file).documents).toEqual([...before.documents, '关于补充事项的通知'].sort());
  });

  it('opening an annotation pack: all of it or nothing', async () => {
    const source = track(openLibrary(path.join(tempDir(), 'library.db'), { seedsDir }));
    const metro = docIdByTitle(source, '都市圈发展规划');
    const made = [await highlight(source, metro, '打造轨道上的长株潭', { note: '重点' }), await highlight(source, metro, '绿心', { tags: ['生态'] })];
    const pack = await dispatch(source.handlers, 'exportAnnotations', { format: 'json' });
    const packFile = path.join(tempDir(), 'pack.json');
    fs.writeFileSync(packFile, Buffer.from(pack.dataBase64, 'base64'));
    const target = seededLibraryFile();
    const documents = contents(target).documents;

    killedAt('annotation-pack', ['--db', target, 'import-annotations', packFile]);
    fullCheck(target);
    expect(contents(target)).toEqual({ documents, annotations: [] });
    expect(runCli(['--db', target, 'import-annotations', packFile]).status).toBe(0);
    expect(contents(target)).toEqual({ documents, annotations: made.map((a) => a.uuid).sort() });
  });

  it('restoring a backup: whatever the moment, the next opening has the whole backup and the damaged file kept', async () => {
    for (const point of ['restore-staged', 'restore-moved-aside']) {
      const file = seededLibraryFile();
      const lib = openLibrary(file);
      const before = await titles(lib);
      lib.close();
      const fd = fs.openSync(file, 'r+');
      fs.writeSync(fd, Buffer.alloc(4096, 0x20), 0, 4096, 0);
      fs.closeSync(fd);
      killedAt(point, ['--db', file, 'list']);
      const after = runCli(['--db', file, 'list', '--json']);
      expect(after.status, after.stderr).toBe(0);
      expect(JSON.parse(after.stdout).map((d: { title: string }) => d.title).sort()).toEqual(before);
      fullCheck(file);
      const names = fs.readdirSync(path.dirname(file));
      expect(names.filter((n) => n.includes('.damaged-') && !/-(wal|shm)$/.test(n)).length, point).toBeGreaterThanOrEqual(1);
      expect(names.filter((n) => n.endsWith('.restoring') || n.endsWith('.opening'))).toEqual([]);
    }
  });

  it('upgrading the schema: the library stays at its old version with its data, and the next opening upgrades it', () => {
    if (SCHEMA_VERSION === migrations[0]!.version) return;
    const file = path.join(tempDir(), 'library.db');
    const db = new Database(file);
    db.exec(migrations[0]!.sql);
    db.pragma(`user_version = ${migrations[0]!.version}`);
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('marker', 'old library');
    db.close();

    killedAt('migration', ['--db', file, 'list']);
    fullCheck(file);
    const old = new Database(file, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(migrations[0]!.version);
    expect(old.prepare("SELECT value FROM settings WHERE key = 'marker'").pluck().get()).toBe('old library');
    old.close();

    expect(runCli(['--db', file, 'list', '--json']).status).toBe(0);
    const upgraded = new Database(file, { readonly: true });
    expect(upgraded.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(upgraded.prepare("SELECT value FROM settings WHERE key = 'marker'").pluck().get()).toBe('old library');
    upgraded.close();
  });
});

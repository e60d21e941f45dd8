import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { loadMigrations } from '../../electron/core/db/migrations';

it('016 marks the indexed documents that hold a character normalising into Han, and only those', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  db.transaction(() => {
    for (const m of loadMigrations().filter((m) => m.version <= 15)) db.exec(m.sql);
    db.pragma('user_version = 15');
  })();
  const addDocument = (title: string, texts: string[]) => {
    const docId = Number(
      db
        .prepare("INSERT INTO documents (title, source_name, content_hash, format, encoding, chars) VALUES (?, ?, ?, 'txt', 'utf-8', 1)")
        .run(title, `${title}.txt`, title).lastInsertRowid,
    );
    texts.forEach((text, seq) => db.prepare("INSERT INTO blocks (doc_id, seq, kind, level, text) VALUES (?, ?, 'paragraph', 0, ?)").run(docId, seq, text));
    db.prepare('INSERT INTO search_docs (doc_id, seq_end, id_base, blocks, chars) VALUES (?, ?, NULL, ?, 1)').run(docId, texts.length, texts.length);
    return docId;
  };
  const plain = addDocument('规划', ['一体化发展。', 'PM2.5 与 ㄅ 注音。']);
  const kangxi = addDocument('意见', ['总则。', '推进⼀体化。']);
  const enclosed = addDocument('方案', ['㈠总则']);
  const supplement = addDocument('条例', ['🈚条件']);
  migrate(db);
  const folds = (docId: number) => db.prepare('SELECT folds FROM search_docs WHERE doc_id = ?').pluck().get(docId);
  expect([plain, kangxi, enclosed, supplement].map(folds)).toEqual([0, 1, 1, 1]);
  // A row written without the flag is assumed to need the full check.
  const later = Number(
    db.prepare("INSERT INTO documents (title, source_name, content_hash, format, encoding, chars) VALUES ('通知', '通知.txt', 'n', 'txt', 'utf-8', 1)").run().lastInsertRowid,
  );
  db.prepare('INSERT INTO search_docs (doc_id, seq_end, id_base, blocks, chars) VALUES (?, 0, NULL, 0, 0)').run(later);
  expect(folds(later)).toBe(1);
});

import { expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { addDocument, libraryAt } from '../helpers/migrations';

it('016 marks the indexed documents that hold a character normalising into Han, and only those', () => {
  const db = libraryAt(15);
  const addIndexedDocument = (title: string, texts: string[]) => {
    const docId = addDocument(db, title, texts);
    db.prepare('INSERT INTO search_docs (doc_id, seq_end, id_base, blocks, chars) VALUES (?, ?, NULL, ?, 1)').run(docId, texts.length, texts.length);
    return docId;
  };
  const plain = addIndexedDocument('规划', ['一体化发展。', 'PM2.5 与 ㄅ 注音。']);
  const kangxi = addIndexedDocument('意见', ['总则。', '推进⼀体化。']);
  const enclosed = addIndexedDocument('方案', ['㈠总则']);
  const supplement = addIndexedDocument('条例', ['🈚条件']);
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

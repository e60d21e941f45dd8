import { expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { libraryAt } from '../helpers/migrations';

it('014 adds doc_images to a library at 013, keeps its documents, queues Word/PDF originals for a scan, and pictures go with their document', () => {
  const db = libraryAt(13);
  const docId = Number(
    db.prepare("INSERT INTO documents (title, source_name, content_hash, format, encoding, chars) VALUES ('规划', '规划.docx', 'h', 'docx', 'docx', 4)").run().lastInsertRowid,
  );
  db.prepare("INSERT INTO blocks (doc_id, seq, kind, level, text) VALUES (?, 0, 'paragraph', 0, '图1 示意')").run(docId);
  const textOnly = Number(
    db.prepare("INSERT INTO documents (title, source_name, content_hash, format, encoding, chars) VALUES ('通知', '通知.txt', 't', 'txt', 'utf-8', 2)").run().lastInsertRowid,
  );
  db.prepare("INSERT INTO originals (doc_id, text, bytes) VALUES (?, '', x'504b0304'), (?, '通知', NULL)").run(docId, textOnly);
  migrate(db);
  // The Word document's original is waiting to be read for pictures; the text file has none to read.
  expect(db.prepare('SELECT doc_id FROM doc_images_pending').pluck().all()).toEqual([docId]);
  expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(14);
  expect(db.prepare('SELECT title FROM documents ORDER BY id').pluck().all()).toEqual(['规划', '通知']);
  const insert = db.prepare("INSERT INTO doc_images (doc_id, seq, block_seq, placement, mime, width, height, bytes) VALUES (?, ?, 0, ?, 'image/png', 2, 2, x'89504e47')");
  insert.run(docId, 1, 'before');
  expect(() => insert.run(docId, 1, 'before')).toThrow(/UNIQUE/);
  expect(() => insert.run(docId, 2, 'beside')).toThrow(/CHECK/);
  expect(() => insert.run(9999, 1, 'before')).toThrow(/FOREIGN KEY/);
  db.prepare('DELETE FROM documents WHERE id = ?').run(docId);
  expect(db.prepare('SELECT count(*) FROM doc_images').pluck().get()).toBe(0);
  expect(db.prepare('SELECT count(*) FROM doc_images_pending').pluck().get()).toBe(0);
});

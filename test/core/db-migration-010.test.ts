import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { libraryAt, versionBefore } from '../helpers/migrations';

const libraryBefore010 = () => libraryAt(versionBefore(10));

describe('migration 010: source kind apart from 文种, bookmarks, collections', () => {
  it('moves source codes out of kind into source_kind and keeps a real 文种 where it is', () => {
    const db = libraryBefore010();
    const insert = db.prepare("INSERT INTO documents (title, source_name, content_hash, format, encoding, kind) VALUES (?, ?, ?, 'txt', 'utf-8', ?)");
    const paper = Number(insert.run('行动计划（报纸电子版）', 'a.txt', 'h1', 'newspaper').lastInsertRowid);
    const pdf = Number(insert.run('行动计划（PDF）', 'b.txt', 'h2', 'pdf-extraction').lastInsertRowid);
    const plan = Number(insert.run('都市圈发展规划', 'c.txt', 'h3', '规划').lastInsertRowid);
    const none = Number(insert.run('无文种', 'd.txt', 'h4', null).lastInsertRowid);
    migrate(db);
    const row = (id: number) => db.prepare('SELECT kind, source_kind AS sourceKind FROM documents WHERE id = ?').get(id);
    expect(row(paper)).toEqual({ kind: null, sourceKind: 'newspaper' });
    expect(row(pdf)).toEqual({ kind: null, sourceKind: 'pdf-extraction' });
    expect(row(plan)).toEqual({ kind: '规划', sourceKind: null });
    expect(row(none)).toEqual({ kind: null, sourceKind: null });
  });

  it('adds bookmarks that go with their document and fall back to its top when their block goes', () => {
    const db = libraryBefore010();
    migrate(db);
    db.pragma('foreign_keys = ON');
    const docId = Number(db.prepare("INSERT INTO documents (title, source_name, content_hash, format, encoding) VALUES ('规划', 'a.txt', 'h', 'txt', 'utf-8')").run().lastInsertRowid);
    const blockId = Number(db.prepare("INSERT INTO blocks (doc_id, seq, kind, level, text) VALUES (?, 0, 'paragraph', 0, '第一段')").run(docId).lastInsertRowid);
    db.prepare('INSERT INTO bookmarks (doc_id, block_id, label) VALUES (?, ?, ?)').run(docId, blockId, '第一段');
    db.prepare('DELETE FROM blocks WHERE id = ?').run(blockId);
    expect(db.prepare('SELECT doc_id AS docId, block_id AS blockId FROM bookmarks').all()).toEqual([{ docId, blockId: null }]);
    db.prepare('DELETE FROM documents WHERE id = ?').run(docId);
    expect(db.prepare('SELECT count(*) AS n FROM bookmarks').get()).toEqual({ n: 0 });
  });

  it('adds collections: a document in several, leaving them when it is purged', () => {
    const db = libraryBefore010();
    migrate(db);
    db.pragma('foreign_keys = ON');
    const docId = Number(db.prepare("INSERT INTO documents (title, source_name, content_hash, format, encoding) VALUES ('规划', 'a.txt', 'h', 'txt', 'utf-8')").run().lastInsertRowid);
    const add = db.prepare('INSERT INTO document_collections (doc_id, name) VALUES (?, ?)');
    add.run(docId, '交通');
    add.run(docId, '培训');
    expect(() => add.run(docId, '交通')).toThrow();
    db.prepare('DELETE FROM documents WHERE id = ?').run(docId);
    expect(db.prepare('SELECT count(*) AS n FROM document_collections').get()).toEqual({ n: 0 });
  });
});

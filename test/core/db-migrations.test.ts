import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, SCHEMA_VERSION } from '../../electron/core/db/migrate';
import { loadMigrations } from '../../electron/core/db/migrations';
import { DEFAULT_COLORS } from '../../electron/shared/annotation-types';
import { addDocument, libraryAt, versionBefore } from '../helpers/migrations';

type Db = Database.Database;
const all = loadMigrations();

const tableExists = (db: Db, name: string) => db.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').get(name) !== undefined;

describe('migrations', () => {
  it('are read as plain .sql files, numbered without repeats, and the last is the schema version', () => {
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(all.map((m) => m.version)).toEqual([...all.map((m) => m.version)].sort((a, b) => a - b));
    expect(all.at(-1)!.version).toBe(SCHEMA_VERSION);
    for (const m of all) expect(m.sql.trim().length).toBeGreaterThan(0);
  });

  it('001 makes an empty library', () => {
    const db = libraryAt(0);
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
  });

  it('002 keeps documents and gives them no work yet', () => {
    const db = libraryAt(versionBefore(2));
    const id = addDocument(db, '规划', ['第一段', '第二段']);
    migrate(db);
    expect(db.prepare('SELECT title, work_id, fingerprint_count FROM documents WHERE id = ?').get(id)).toEqual({ title: '规划', work_id: null, fingerprint_count: 0 });
    expect(tableExists(db, 'works')).toBe(true);
  });

  it('003 drops the FTS table and queues every document for the search index', () => {
    const db = libraryAt(versionBefore(3));
    const a = addDocument(db, '甲', ['长株潭一体化']);
    const b = addDocument(db, '乙', ['绿心保护']);
    migrate(db);
    expect(tableExists(db, 'blocks_fts')).toBe(false);
    expect((db.prepare('SELECT doc_id FROM search_dirty ORDER BY doc_id').all() as { doc_id: number }[]).map((r) => r.doc_id)).toEqual([a, b]);
    expect(db.prepare('SELECT count(*) AS n FROM blocks').get()).toEqual({ n: 2 });
  });

  it('004 adds the five colours with their default meanings, documents untouched', () => {
    const db = libraryAt(versionBefore(4));
    const id = addDocument(db, '规划', ['第一段']);
    migrate(db);
    expect(db.prepare('SELECT color, hex, meaning FROM annotation_colors ORDER BY position').all()).toEqual(DEFAULT_COLORS);
    expect(DEFAULT_COLORS.map((c) => c.meaning)).toEqual(['重点', '目标', '任务', '存疑', '引用']);
    expect(db.prepare('SELECT title FROM documents WHERE id = ?').get(id)).toEqual({ title: '规划' });
  });

  it('006 adds reading positions, empty, and keeps deleted documents deleted', () => {
    const db = libraryAt(versionBefore(6));
    const id = addDocument(db, '规划', ['第一段']);
    db.prepare("UPDATE documents SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = ?").run(id);
    migrate(db);
    expect(db.prepare('SELECT count(*) AS n FROM reading_state').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT deleted_at FROM documents WHERE id = ?').get(id)).toEqual({ deleted_at: '2026-01-01T00:00:00.000Z' });
  });

  describe('007 change log', () => {
    function upgraded(): { db: Db; docId: number; annotationId: number } {
      const db = libraryAt(versionBefore(7));
      const docId = addDocument(db, '规划', ['第一段', '第二段', '第三段']);
      const block = db.prepare('SELECT id FROM blocks WHERE doc_id = ? ORDER BY seq').get(docId) as { id: number };
      const annotationId = Number(
        db
          .prepare(
            `INSERT INTO annotations (uuid, doc_id, doc_title, doc_hash, start_block_id, start_offset, end_block_id, end_offset, quote, color)
             VALUES ('uuid-0001', ?, '规划', 'hash-规划', ?, 0, ?, 2, '第一', 'yellow')`,
          )
          .run(docId, block.id, block.id).lastInsertRowid,
      );
      migrate(db);
      return { db, docId, annotationId };
    }
    const log = (db: Db) => db.prepare('SELECT what, doc_id, item_id FROM changes ORDER BY seq').all();

    it('starts empty and keeps what was there', () => {
      const { db, docId } = upgraded();
      expect(log(db)).toEqual([]);
      expect(db.prepare('SELECT count(*) AS n FROM blocks WHERE doc_id = ?').get(docId)).toEqual({ n: 3 });
      expect(db.prepare('SELECT quote FROM annotations').get()).toEqual({ quote: '第一' });
    });

    it('records a new document and its blocks once, not once per block', () => {
      const { db } = upgraded();
      const id = addDocument(db, '方案', ['一', '二', '三', '四', '五']);
      expect(log(db)).toEqual([
        { what: 'document', doc_id: id, item_id: null },
        { what: 'blocks', doc_id: id, item_id: null },
      ]);
    });

    it('records metadata edits, trash and restore, annotation edits and colour meanings', () => {
      const { db, docId, annotationId } = upgraded();
      db.prepare("UPDATE documents SET title = '新标题' WHERE id = ?").run(docId);
      db.prepare("UPDATE documents SET title = '新标题' WHERE id = ?").run(docId); // no change, no row
      db.prepare("UPDATE documents SET deleted_at = '2026-01-01' WHERE id = ?").run(docId);
      db.prepare('UPDATE documents SET deleted_at = NULL WHERE id = ?').run(docId);
      db.prepare("UPDATE annotations SET note = '注' WHERE id = ?").run(annotationId);
      db.prepare("UPDATE annotation_colors SET meaning = '要点' WHERE color = 'yellow'").run();
      expect(log(db)).toEqual([
        { what: 'metadata', doc_id: docId, item_id: null },
        { what: 'document', doc_id: docId, item_id: null },
        { what: 'document', doc_id: docId, item_id: null },
        { what: 'annotation', doc_id: docId, item_id: annotationId },
        { what: 'annotation', doc_id: null, item_id: null },
      ]);
    });

    it('records a purge as the document going, and its annotation losing its document', () => {
      const { db, docId, annotationId } = upgraded();
      db.prepare('DELETE FROM documents WHERE id = ?').run(docId);
      const rows = log(db);
      expect(rows).toContainEqual({ what: 'document', doc_id: docId, item_id: null });
      expect(rows).toContainEqual({ what: 'annotation', doc_id: null, item_id: annotationId });
    });
  });

  it('013 keeps the highest document id ever given, through purges', () => {
    const db = libraryAt(versionBefore(13));
    addDocument(db, '甲', ['一']);
    const second = addDocument(db, '乙', ['二']);
    migrate(db);
    const highWater = () => db.prepare("SELECT last_id FROM id_high_water WHERE name = 'documents'").pluck().get();
    expect(highWater()).toBe(second);
    db.prepare('DELETE FROM documents WHERE id = ?').run(second);
    expect(highWater()).toBe(second);
    db.prepare("INSERT INTO documents (id, title, source_name, content_hash, format, encoding) VALUES ((SELECT last_id + 1 FROM id_high_water WHERE name = 'documents'), '丙', '丙.txt', 'h', 'txt', 'utf-8')").run();
    expect(highWater()).toBe(second + 1);
    expect(db.prepare("SELECT id FROM documents WHERE title = '丙'").pluck().get()).toBe(second + 1);
  });
});

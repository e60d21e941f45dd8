-- Document ids are never reused: a purged document's id (kept in links, exports, packs and undo) must not
-- come back as another document's. SQLite reuses the largest rowid once its row is gone, so the highest id
-- ever given is kept here, and new documents take the next one (import/store-document.ts).
CREATE TABLE id_high_water (
  name    TEXT PRIMARY KEY,
  last_id INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO id_high_water (name, last_id) SELECT 'documents', coalesce(max(id), 0) FROM documents;
CREATE TRIGGER documents_id_high_water AFTER INSERT ON documents BEGIN
  UPDATE id_high_water SET last_id = max(last_id, NEW.id) WHERE name = 'documents';
END;

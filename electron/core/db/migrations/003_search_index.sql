-- Search: the trigram index of 001 cannot answer one- or two-character queries (交通, 绿) and costs
-- more to build than the whole rest of an import. It is replaced by per-document postings of character
-- pairs (core/search), kept current through the triggers below, which work on every connection.
DROP TRIGGER IF EXISTS blocks_fts_insert;
DROP TRIGGER IF EXISTS blocks_fts_delete;
DROP TABLE IF EXISTS blocks_fts;

-- One row per indexed document: its postings, and what they were built from (to detect damage).
CREATE TABLE search_segments (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  doc_id      INTEGER NOT NULL UNIQUE,
  format      INTEGER NOT NULL,
  block_count INTEGER NOT NULL,
  char_count  INTEGER NOT NULL,
  data        BLOB    NOT NULL
);

-- Documents whose blocks changed since their postings were built; indexed before the next search.
CREATE TABLE search_dirty (doc_id INTEGER PRIMARY KEY);

CREATE TRIGGER search_blocks_insert AFTER INSERT ON blocks BEGIN
  INSERT OR IGNORE INTO search_dirty (doc_id) VALUES (new.doc_id);
END;
CREATE TRIGGER search_blocks_delete AFTER DELETE ON blocks BEGIN
  INSERT OR IGNORE INTO search_dirty (doc_id) VALUES (old.doc_id);
END;
CREATE TRIGGER search_blocks_update AFTER UPDATE OF doc_id, seq, kind, level, text ON blocks BEGIN
  INSERT OR IGNORE INTO search_dirty (doc_id) VALUES (old.doc_id);
  INSERT OR IGNORE INTO search_dirty (doc_id) VALUES (new.doc_id);
END;
CREATE TRIGGER search_documents_delete AFTER DELETE ON documents BEGIN
  INSERT OR IGNORE INTO search_dirty (doc_id) VALUES (old.id);
END;

-- Existing libraries: index everything on first search.
INSERT OR IGNORE INTO search_dirty (doc_id) SELECT id FROM documents;

-- Documents, their original text exactly as read, and blocks in reading order.
CREATE TABLE documents (
  id           INTEGER PRIMARY KEY,
  title        TEXT    NOT NULL,
  source_name  TEXT    NOT NULL,
  source_path  TEXT,
  content_hash TEXT    NOT NULL,
  issuer       TEXT,
  doc_number   TEXT,
  issued_on    TEXT,
  kind         TEXT,
  format       TEXT    NOT NULL,
  encoding     TEXT    NOT NULL,
  chars        INTEGER NOT NULL DEFAULT 0,
  cleanups     TEXT    NOT NULL DEFAULT '[]',
  work_id      INTEGER,
  completeness REAL,
  imported_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at   TEXT
);
CREATE INDEX documents_content_hash ON documents (content_hash);

CREATE TABLE originals (
  doc_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  text   TEXT NOT NULL,
  bytes  BLOB
);

CREATE TABLE blocks (
  id     INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  seq    INTEGER NOT NULL,
  kind   TEXT    NOT NULL CHECK (kind IN ('heading', 'paragraph')),
  level  INTEGER NOT NULL DEFAULT 0,
  text   TEXT    NOT NULL,
  UNIQUE (doc_id, seq)
);

-- A first full-text index; exact for queries of three characters or more.
CREATE VIRTUAL TABLE blocks_fts USING fts5 (text, content = 'blocks', content_rowid = 'id', tokenize = 'trigram');
CREATE TRIGGER blocks_fts_insert AFTER INSERT ON blocks BEGIN
  INSERT INTO blocks_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER blocks_fts_delete AFTER DELETE ON blocks BEGIN
  INSERT INTO blocks_fts (blocks_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

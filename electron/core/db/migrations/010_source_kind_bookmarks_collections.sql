-- Where a copy came from (a PDF extraction, a newspaper's digital edition, a web reprint …) is not what
-- kind of document it is (规划, 实施方案 — 文种). Imports through a folder manifest wrote the former into
-- `kind`; it gets its own column, and `kind` keeps only 文种.
ALTER TABLE documents ADD COLUMN source_kind TEXT;
UPDATE documents SET source_kind = kind, kind = NULL
 WHERE kind IN ('pdf-extraction', 'newspaper', 'newspaper-feature', 'web', 'web-partial', 'scan', 'ocr', 'official');

-- Bookmarks: places in a document the reader wants to come back to. A bookmark on a block that a
-- re-import replaced keeps its document and points at its top.
CREATE TABLE bookmarks (
  id         INTEGER PRIMARY KEY,
  doc_id     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  block_id   INTEGER REFERENCES blocks (id) ON DELETE SET NULL,
  label      TEXT    NOT NULL DEFAULT '',
  created_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX bookmarks_doc ON bookmarks (doc_id);

-- Collections (文集): named groups of documents, a document in any number of them.
CREATE TABLE document_collections (
  doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  name   TEXT    NOT NULL,
  PRIMARY KEY (doc_id, name)
) WITHOUT ROWID;
CREATE INDEX document_collections_name ON document_collections (name);

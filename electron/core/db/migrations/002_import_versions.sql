-- Works: documents that are publications of the same text share a work (documents.work_id).
CREATE TABLE works (
  id    INTEGER PRIMARY KEY,
  title TEXT NOT NULL DEFAULT ''
);
CREATE INDEX documents_work ON documents (work_id);

-- A sample of each document's text shingles (hashes, Int32 little-endian), to measure how much two texts share;
-- and, for finding candidates fast, the rarer anchors among them in an index by hash.
CREATE TABLE doc_shingles (
  doc_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  hashes BLOB NOT NULL
);
CREATE TABLE doc_fingerprints (
  hash   INTEGER NOT NULL,
  doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  PRIMARY KEY (hash, doc_id)
) WITHOUT ROWID;
CREATE INDEX doc_fingerprints_doc ON doc_fingerprints (doc_id);
ALTER TABLE documents ADD COLUMN fingerprint_count INTEGER NOT NULL DEFAULT 0;

-- Set when the user corrected title, issuer, 文号 or date by hand: re-reading the text must not undo it.
ALTER TABLE documents ADD COLUMN metadata_edited INTEGER NOT NULL DEFAULT 0;

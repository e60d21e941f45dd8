-- Where each document was last read, and when it was last opened (recent documents).
CREATE TABLE reading_state (
  doc_id    INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  -- Not a foreign key: a block may disappear if the document is rebuilt; the reader then starts at the top.
  block_id  INTEGER,
  opened_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX reading_state_opened_at ON reading_state (opened_at DESC);
CREATE INDEX documents_deleted_at ON documents (deleted_at) WHERE deleted_at IS NOT NULL;

-- Where each document was last read, and when it was last opened (recent documents).
CREATE TABLE reading_state (
  doc_id    INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  -- Not a foreign key: a block may disappear if the document is rebuilt; the reader then starts at the top.
  block_id  INTEGER,
  opened_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  -- Increases with every save: orders recent documents even when two saves share a millisecond.
  touch_seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX reading_state_touch_seq ON reading_state (touch_seq DESC);
CREATE INDEX documents_deleted_at ON documents (deleted_at) WHERE deleted_at IS NOT NULL;

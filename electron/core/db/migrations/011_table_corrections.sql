-- The user's corrections to the rows of the tables read from a document (issue 15): 指标 targets and 任务 tasks.
-- A row is found again by the text of the block it is read from (spacing and widths ignored) and its place among
-- that block's rows — not by ids — so a correction outlives a re-import: it re-attaches wherever the paragraph still
-- reads the same (one made on a document of the same title wins over one made on another copy), and, for a document
-- of the same title, to the paragraph that reads nearly the same (a new edition), as annotations do.
CREATE TABLE table_corrections (
  id         INTEGER PRIMARY KEY,
  doc_title  TEXT NOT NULL,
  table_kind TEXT NOT NULL CHECK (table_kind IN ('targets', 'tasks')),
  block_text TEXT NOT NULL,
  ordinal    INTEGER NOT NULL DEFAULT 0,
  -- The corrected fields as JSON; NULL when the user took the row out of the table.
  row_json   TEXT,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (doc_title, table_kind, block_text, ordinal)
);
CREATE INDEX table_corrections_anchor ON table_corrections (table_kind, block_text);

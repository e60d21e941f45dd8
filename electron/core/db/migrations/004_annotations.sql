-- Highlights and notes (issue 7). Annotations are the user's own work, so nothing that happens to a
-- document may drop them: they point at documents and blocks with ON DELETE SET NULL, and keep the
-- quoted text, its context and the document's identity redundantly, so they can be re-attached to a
-- re-imported or new edition of the document, or listed as detached.

CREATE TABLE annotation_colors (
  color    TEXT    PRIMARY KEY CHECK (color IN ('yellow', 'green', 'blue', 'red', 'purple')),
  position INTEGER NOT NULL,
  hex      TEXT    NOT NULL,
  meaning  TEXT    NOT NULL
);
INSERT INTO annotation_colors (color, position, hex, meaning) VALUES
  ('yellow', 1, '#FFE77A', '重点'),
  ('green',  2, '#A8E6A1', '目标'),
  ('blue',   3, '#A9D4FF', '任务'),
  ('red',    4, '#FFB3B3', '存疑'),
  ('purple', 5, '#D9C2F0', '引用');

CREATE TABLE annotations (
  id             INTEGER PRIMARY KEY,
  -- Stable across libraries: annotation packs merge by it.
  uuid           TEXT    NOT NULL UNIQUE,
  doc_id         INTEGER REFERENCES documents (id) ON DELETE SET NULL,
  -- The document as it was when annotated; finds it again after a delete and re-import.
  doc_title      TEXT    NOT NULL,
  doc_hash       TEXT    NOT NULL,
  start_block_id INTEGER REFERENCES blocks (id) ON DELETE SET NULL,
  start_offset   INTEGER NOT NULL CHECK (start_offset >= 0),
  end_block_id   INTEGER REFERENCES blocks (id) ON DELETE SET NULL,
  end_offset     INTEGER NOT NULL CHECK (end_offset >= 0),
  -- The highlighted text (blocks joined by a newline) and some text before and after it.
  quote          TEXT    NOT NULL CHECK (length(quote) > 0),
  prefix         TEXT    NOT NULL DEFAULT '',
  suffix         TEXT    NOT NULL DEFAULT '',
  color          TEXT    NOT NULL REFERENCES annotation_colors (color),
  style          TEXT    NOT NULL DEFAULT 'highlight' CHECK (style IN ('highlight', 'underline')),
  note           TEXT    NOT NULL DEFAULT '',
  -- attached: at its place; fuzzy: re-attached where the wording changed a little; detached: not found.
  anchor_status  TEXT    NOT NULL DEFAULT 'attached' CHECK (anchor_status IN ('attached', 'fuzzy', 'detached')),
  created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  -- Deleting is undoable: rows are marked, not removed.
  deleted_at     TEXT
);
CREATE INDEX annotations_doc ON annotations (doc_id);
CREATE INDEX annotations_doc_hash ON annotations (doc_hash);
CREATE INDEX annotations_start_block ON annotations (start_block_id);
CREATE INDEX annotations_end_block ON annotations (end_block_id);

CREATE TABLE tags (
  id   INTEGER PRIMARY KEY,
  name TEXT    NOT NULL UNIQUE
);

CREATE TABLE annotation_tags (
  annotation_id INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
  tag_id        INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (annotation_id, tag_id)
);
CREATE INDEX annotation_tags_tag ON annotation_tags (tag_id);

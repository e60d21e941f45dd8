-- Training (issue 16): reading paths, the ordered stops a trainer walks a session through, and the
-- trainer's layer of annotations that came with a course pack (.prpack).

CREATE TABLE reading_paths (
  id         INTEGER PRIMARY KEY,
  -- Stable across libraries: a course pack opened again updates the path it brought, by this.
  uuid       TEXT    NOT NULL UNIQUE,
  title      TEXT    NOT NULL CHECK (length(title) > 0),
  -- The course pack it came from (its manifest's packId), or NULL for a path made here.
  pack_id    TEXT,
  created_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- A stop: a passage (a block, optionally a selection in it), a chapter (its heading block), or a
-- comparison of two passages side by side (block and block2). Ordered by position within its path.
CREATE TABLE reading_stops (
  id           INTEGER PRIMARY KEY,
  path_id      INTEGER NOT NULL REFERENCES reading_paths (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  kind         TEXT    NOT NULL CHECK (kind IN ('passage', 'chapter', 'comparison')),
  doc_id       INTEGER REFERENCES documents (id) ON DELETE SET NULL,
  block_id     INTEGER REFERENCES blocks (id) ON DELETE SET NULL,
  start_offset INTEGER CHECK (start_offset >= 0),
  end_offset   INTEGER CHECK (end_offset >= 0),
  doc2_id      INTEGER REFERENCES documents (id) ON DELETE SET NULL,
  block2_id    INTEGER REFERENCES blocks (id) ON DELETE SET NULL,
  title        TEXT    NOT NULL DEFAULT '',
  note         TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX reading_stops_path ON reading_stops (path_id, position);
CREATE INDEX reading_stops_block ON reading_stops (block_id);
CREATE INDEX reading_stops_block2 ON reading_stops (block2_id);

-- Annotations that belong to a trainer's layer (brought by a course pack, hideable apart from the
-- user's own). Re-opening an updated pack replaces its layer; the user's own annotations have no row.
CREATE TABLE trainer_annotations (
  annotation_id INTEGER PRIMARY KEY REFERENCES annotations (id) ON DELETE CASCADE,
  pack_id       TEXT    NOT NULL
);
CREATE INDEX trainer_annotations_pack ON trainer_annotations (pack_id);

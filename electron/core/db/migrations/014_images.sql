-- The pictures a source carries (issue 14: 图1–图5 were only captions): kept as the source had them, bytes
-- unchanged, in source order. An image sits before (or, where the source put its caption first, after) one
-- block, named by its place in the document (blocks.seq), and goes with the document when it is purged.
CREATE TABLE doc_images (
  id        INTEGER PRIMARY KEY,
  doc_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  seq       INTEGER NOT NULL,
  block_seq INTEGER NOT NULL,
  placement TEXT    NOT NULL CHECK (placement IN ('before', 'after')),
  mime      TEXT    NOT NULL,
  width     INTEGER,
  height    INTEGER,
  alt       TEXT    NOT NULL DEFAULT '',
  bytes     BLOB    NOT NULL,
  UNIQUE (doc_id, seq)
);

-- Word and PDF documents stored before pictures were kept (and those a course pack brings, with their
-- original): their originals are read again for pictures, one at a time while the library is idle
-- (images/scan-originals.ts). HTML keeps no original bytes: its pictures come back only on a new import.
CREATE TABLE doc_images_pending (
  doc_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO doc_images_pending (doc_id) SELECT doc_id FROM originals WHERE bytes IS NOT NULL;

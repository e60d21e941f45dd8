-- Search answers from the library file (issue 11): the per-document postings blobs of 003, which every
-- process had to decode into memory before its first search, give way to one FTS5 table queried in
-- place. It holds, per block, every distinct character and pair of adjacent characters of the
-- normalised text (core/search/gram-tokens.ts); its rowid is doc_id * 2^24 + seq, so a document's or a
-- chapter's blocks are one rowid range and hits count per document without a lookup.
DROP TRIGGER IF EXISTS search_blocks_insert;
DROP TRIGGER IF EXISTS search_blocks_delete;
DROP TRIGGER IF EXISTS search_blocks_update;
DROP TRIGGER IF EXISTS search_documents_delete;
DROP TABLE IF EXISTS search_segments;
DROP TABLE IF EXISTS search_dirty;

CREATE VIRTUAL TABLE search_grams USING fts5 (grams, content = '', contentless_delete = 1, tokenize = 'ascii', detail = 'none');

-- What is indexed per document: the seq range its rows occupy, its size (for ranking), and id_base when
-- its blocks' ids are id_base + seq (as an import writes them), so a hit's text is one lookup away.
CREATE TABLE search_docs (
  doc_id  INTEGER PRIMARY KEY,
  seq_end INTEGER NOT NULL,
  id_base INTEGER,
  blocks  INTEGER NOT NULL,
  chars   INTEGER NOT NULL
);

-- Chapter paths and matching headings read a document's outline: headings only, without its paragraphs.
CREATE INDEX IF NOT EXISTS search_headings ON blocks (doc_id, seq, level, text) WHERE kind = 'heading';

-- Documents whose blocks changed outside an import; brought up to date before the next search.
CREATE TABLE search_dirty (doc_id INTEGER PRIMARY KEY);

CREATE TRIGGER search_blocks_insert AFTER INSERT ON blocks BEGIN
  INSERT OR IGNORE INTO search_dirty (doc_id) VALUES (new.doc_id);
END;
CREATE TRIGGER search_blocks_delete AFTER DELETE ON blocks BEGIN
  INSERT OR IGNORE INTO search_dirty (doc_id) VALUES (old.doc_id);
END;
CREATE TRIGGER search_blocks_update AFTER UPDATE OF doc_id, seq, text ON blocks BEGIN
  INSERT OR IGNORE INTO search_dirty (doc_id) VALUES (old.doc_id);
  INSERT OR IGNORE INTO search_dirty (doc_id) VALUES (new.doc_id);
END;
CREATE TRIGGER search_documents_delete AFTER DELETE ON documents BEGIN
  INSERT OR IGNORE INTO search_dirty (doc_id) VALUES (old.id);
END;

-- Existing libraries: indexed in the background after opening, or before the first search.
INSERT OR IGNORE INTO search_dirty (doc_id) SELECT id FROM documents;

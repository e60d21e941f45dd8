-- One change log: every mutation records what changed. Derived things (annotation anchors, the
-- related-passage index, …) keep their own position in it (change_positions) and catch up from there.
CREATE TABLE changes (
  seq     INTEGER PRIMARY KEY AUTOINCREMENT,
  what    TEXT    NOT NULL CHECK (what IN ('document', 'blocks', 'annotation', 'metadata')),
  doc_id  INTEGER,
  item_id INTEGER
);
CREATE INDEX changes_doc ON changes (doc_id, seq);
CREATE INDEX changes_what ON changes (what, seq);

CREATE TABLE change_positions (
  consumer TEXT    PRIMARY KEY,
  seq      INTEGER NOT NULL
);

CREATE TRIGGER changes_document_insert AFTER INSERT ON documents BEGIN
  INSERT INTO changes (what, doc_id) VALUES ('document', new.id);
END;
CREATE TRIGGER changes_document_delete AFTER DELETE ON documents BEGIN
  INSERT INTO changes (what, doc_id) VALUES ('document', old.id);
END;
CREATE TRIGGER changes_document_trash AFTER UPDATE OF deleted_at ON documents
WHEN old.deleted_at IS NOT new.deleted_at BEGIN
  INSERT INTO changes (what, doc_id) VALUES ('document', new.id);
END;
CREATE TRIGGER changes_document_metadata AFTER UPDATE OF title, issuer, doc_number, issued_on, kind, work_id, completeness ON documents
WHEN old.title IS NOT new.title OR old.issuer IS NOT new.issuer OR old.doc_number IS NOT new.doc_number
  OR old.issued_on IS NOT new.issued_on OR old.kind IS NOT new.kind OR old.work_id IS NOT new.work_id
  OR old.completeness IS NOT new.completeness BEGIN
  INSERT INTO changes (what, doc_id) VALUES ('metadata', new.id);
END;

-- Blocks are written by the thousand in an import: a document's blocks are marked once, by the first
-- block row after any other change (the check reads only the log's last row, by its primary key).
CREATE TRIGGER changes_blocks_insert AFTER INSERT ON blocks
WHEN NOT EXISTS (SELECT 1 FROM changes WHERE seq = (SELECT max(seq) FROM changes) AND what = 'blocks' AND doc_id = new.doc_id) BEGIN
  INSERT INTO changes (what, doc_id) VALUES ('blocks', new.doc_id);
END;
CREATE TRIGGER changes_blocks_update AFTER UPDATE OF doc_id, seq, kind, level, text ON blocks
WHEN NOT EXISTS (SELECT 1 FROM changes WHERE seq = (SELECT max(seq) FROM changes) AND what = 'blocks' AND doc_id = new.doc_id) BEGIN
  INSERT INTO changes (what, doc_id) VALUES ('blocks', new.doc_id);
END;

CREATE TRIGGER changes_annotation_insert AFTER INSERT ON annotations BEGIN
  INSERT INTO changes (what, doc_id, item_id) VALUES ('annotation', new.doc_id, new.id);
END;
CREATE TRIGGER changes_annotation_update AFTER UPDATE ON annotations BEGIN
  INSERT INTO changes (what, doc_id, item_id) VALUES ('annotation', new.doc_id, new.id);
END;
CREATE TRIGGER changes_annotation_delete AFTER DELETE ON annotations BEGIN
  INSERT INTO changes (what, doc_id, item_id) VALUES ('annotation', old.doc_id, old.id);
END;
CREATE TRIGGER changes_annotation_colors AFTER UPDATE ON annotation_colors BEGIN
  INSERT INTO changes (what) VALUES ('annotation');
END;

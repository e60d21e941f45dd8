-- Where a copy came from (a PDF extraction, a newspaper's digital edition, a web reprint …) is not what
-- kind of document it is (规划, 实施方案 — 文种). Imports through a folder manifest wrote the former into
-- `kind`; it gets its own column, and `kind` keeps only 文种.
ALTER TABLE documents ADD COLUMN source_kind TEXT;
UPDATE documents SET source_kind = kind, kind = NULL
 WHERE kind IN ('pdf-extraction', 'newspaper', 'newspaper-feature', 'web', 'web-partial', 'scan', 'ocr', 'official');

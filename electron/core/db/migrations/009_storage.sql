-- Storage (issue 12): the original text is kept for fidelity but read rarely. New documents store in
-- `packed` only what their reading text cannot reproduce, deflated (core/data/original-delta.ts), and
-- leave `text` empty; documents stored before keep their text as it is and read as before.
ALTER TABLE originals ADD COLUMN packed BLOB;

-- Version matching looks anchors up by hash only (core/import/versions.ts): the index by document,
-- 3% of the text's size, goes.
DROP INDEX IF EXISTS doc_fingerprints_doc;

-- When a law or regulation takes effect (施行), where its text says (core/import/law-dates.ts).
ALTER TABLE documents ADD COLUMN effective_on TEXT;

-- Verifying a candidate of a Han-only term on the raw text (core/search/raw-verify.ts) is exact except
-- in blocks holding a character that normalises into Han (FOLDS_INTO_HAN): those alone need the slow
-- GLOB and the full check. The flag, per document, lets the GLOB run only in the documents that have
-- such a character (few do); 1 where unknown. Set by the index for every document it writes.
ALTER TABLE search_docs ADD COLUMN folds INTEGER NOT NULL DEFAULT 1;
UPDATE search_docs SET folds = EXISTS (SELECT 1 FROM blocks b WHERE b.doc_id = search_docs.doc_id AND b.text GLOB '*[⺀-⿟〸-〺㆐-㆟㈀-㏿豈-﫿🈀-🋿丽-𯨟]*');

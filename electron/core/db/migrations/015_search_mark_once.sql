-- Importing marks a document for the search index once (import/store-document.ts), not once per block:
-- the per-row insert trigger of 008 ran for every block of every import. Blocks are inserted only by
-- storeDocument (imports, course packs); deletes and updates keep their triggers, so a document whose
-- blocks change any other way is still queued.
DROP TRIGGER IF EXISTS search_blocks_insert;

-- When the feed said an entry was last updated: a later date makes newsmon fetch the page again
-- and store a new revision if its text changed.
ALTER TABLE articles ADD COLUMN entry_updated TIMESTAMP;

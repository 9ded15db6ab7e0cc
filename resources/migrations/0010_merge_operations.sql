-- SPDX-License-Identifier: GPL-3.0-or-later
-- Adhera schema, version 10: the merges of one « Fusionner » click belong together, so that the
-- history shows one line per import and can undo it whole. Steps journalled before this version
-- are grouped by the minute they were applied in (one click wrote them all within it).
-- Statements end with « ;; » (the migrator's separator).
CREATE TABLE merge_operation (
    id         INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL,
    file_names TEXT NOT NULL DEFAULT '[]' -- JSON array of the imported files' names
);;

ALTER TABLE merge_journal ADD COLUMN operation_id INTEGER REFERENCES merge_operation (id);;

INSERT INTO merge_operation (applied_at)
SELECT min(applied_at) FROM merge_journal GROUP BY substr(applied_at, 1, 16);;

UPDATE merge_journal SET operation_id =
    (SELECT o.id FROM merge_operation o WHERE substr(o.applied_at, 1, 16) = substr(merge_journal.applied_at, 1, 16));;

UPDATE merge_operation SET file_names = COALESCE((SELECT json_group_array(name) FROM (SELECT DISTINCT b.file_name AS name
    FROM merge_journal j JOIN import_row r ON r.journal_id = j.id JOIN import_batch b ON b.id = r.batch_id
    WHERE j.operation_id = merge_operation.id ORDER BY b.file_name)), '[]');;

CREATE INDEX merge_journal_operation ON merge_journal (operation_id);;

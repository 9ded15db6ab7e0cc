-- SPDX-License-Identifier: GPL-3.0-or-later
-- Adhera schema, version 2: the merge wizard. Imported files keep every row as read (provenance),
-- merges are journalled with what they changed so that each one can be undone on its own, and
-- "not a duplicate" answers are remembered across runs.

-- The column mapping a user settled on for a file layout of a club, offered again next time.
CREATE TABLE import_layout (
    id               INTEGER PRIMARY KEY,
    origin_club_id   INTEGER NOT NULL REFERENCES origin_club (id),
    header_signature TEXT NOT NULL, -- the folded headers, joined by "|"
    column_map       TEXT NOT NULL, -- "Header=field,Header=field"
    updated_at       TEXT NOT NULL,
    UNIQUE (origin_club_id, header_signature)
);;

-- One imported file.
CREATE TABLE import_batch (
    id             INTEGER PRIMARY KEY,
    origin_club_id INTEGER NOT NULL REFERENCES origin_club (id),
    file_name      TEXT NOT NULL,
    encoding       TEXT NOT NULL DEFAULT '',
    headers        TEXT NOT NULL, -- JSON array of the header cells as read
    column_map     TEXT NOT NULL, -- "Header=field,Header=field"
    content_digest TEXT NOT NULL, -- SHA-1 of the rows as read: the same export is not imported twice
    imported_at    TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'applied'))
);;

-- Every row of an imported file, as read: nothing an import brings in is ever lost.
CREATE TABLE import_row (
    id              INTEGER PRIMARY KEY,
    batch_id        INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    line            INTEGER NOT NULL, -- physical line in the file, 1-based
    cells           TEXT NOT NULL, -- JSON array of the row's cells as read
    problems        TEXT NOT NULL DEFAULT '', -- one "field: message" per line
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'created', 'merged', 'skipped')),
    person_id       INTEGER REFERENCES person (id) ON DELETE SET NULL,
    organisation_id INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
    journal_id      INTEGER REFERENCES merge_journal (id)
);;

CREATE INDEX import_row_batch ON import_row (batch_id, line);;
CREATE INDEX import_row_person ON import_row (person_id);;

-- Pairs a person said are not the same, by the fingerprints of the two records (name, employer,
-- e-mail), so that re-running the wizard on the same files does not ask again.
CREATE TABLE match_decision (
    fingerprint_a TEXT NOT NULL,
    fingerprint_b TEXT NOT NULL, -- fingerprint_a < fingerprint_b
    decision      TEXT NOT NULL CHECK (decision IN ('distinct')),
    decided_at    TEXT NOT NULL,
    PRIMARY KEY (fingerprint_a, fingerprint_b)
);;

-- One entry per member created or merged by the wizard. rows_before and rows_after hold the
-- rows of every table the step could touch, as JSON; undoing checks that the rows are still as
-- the step left them, then puts rows_before back.
CREATE TABLE merge_journal (
    id          INTEGER PRIMARY KEY,
    action      TEXT NOT NULL CHECK (action IN ('create', 'merge')),
    summary     TEXT NOT NULL, -- "Jean-Pierre DUPONT ← Connect l. 12 + Viatis l. 7"
    decision    TEXT NOT NULL, -- JSON: sources, score, the value chosen for each field
    rows_before TEXT NOT NULL,
    rows_after  TEXT NOT NULL,
    applied_at  TEXT NOT NULL,
    undone_at   TEXT
);;

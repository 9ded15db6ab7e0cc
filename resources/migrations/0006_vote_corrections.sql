-- SPDX-License-Identifier: GPL-3.0-or-later
-- Adhera schema, version 6: a vote recorded again is a correction, never an overwrite. The result
-- it replaces is kept here with the reason and the time, so that the minutes can say that a first
-- count was corrected and how (DOMAIN §1.6, §1.8). Like the votes themselves, corrections stop
-- once the minutes are locked, and a kept result never changes.
-- A member's right to vote read again during the session (dues paid at the door) says when and
-- what it became, in attendance.right_note.

CREATE TABLE vote_correction (
    id                 INTEGER PRIMARY KEY,
    agenda_item_id     INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    in_favour          INTEGER NOT NULL CHECK (in_favour >= 0),
    against            INTEGER NOT NULL CHECK (against >= 0),
    abstentions        INTEGER NOT NULL CHECK (abstentions >= 0),
    blank              INTEGER NOT NULL CHECK (blank >= 0),
    spoiled            INTEGER NOT NULL CHECK (spoiled >= 0),
    adopted            INTEGER NOT NULL CHECK (adopted IN (0, 1)),
    explanation        TEXT NOT NULL DEFAULT '',
    recorded_at        TEXT NOT NULL, -- when the replaced result had been recorded
    corrected_at       TEXT NOT NULL,
    reason             TEXT NOT NULL CHECK (trim(reason) <> '')
);;
CREATE INDEX vote_correction_item_idx ON vote_correction (agenda_item_id, corrected_at);;

CREATE TRIGGER vote_correction_frozen_by_locked_minutes BEFORE INSERT ON vote_correction
WHEN EXISTS (SELECT 1 FROM agenda_item a JOIN minutes m ON m.meeting_id = a.meeting_id
             WHERE a.id = NEW.agenda_item_id AND m.status = 'locked')
BEGIN
    SELECT RAISE(ABORT, 'the minutes of this meeting are locked: its votes are never changed');
END;;

CREATE TRIGGER vote_correction_kept BEFORE UPDATE ON vote_correction
BEGIN
    SELECT RAISE(ABORT, 'a corrected vote is kept as it was');
END;;

ALTER TABLE attendance ADD COLUMN right_note TEXT NOT NULL DEFAULT '';;

-- SPDX-License-Identifier: GPL-3.0-or-later
-- Adhera schema, version 7: the merge wizard's decisions, saved as they are made, so that a
-- review interrupted (the wizard closed, the laptop shut) is taken up where it stopped. The
-- files under review are stored as pending imports when the search starts; a key names one
-- record: "row:<import_row id>" or "person:<person id>". The merge clears them once written.
CREATE TABLE review_decision (
    record_a         TEXT NOT NULL,
    record_b         TEXT NOT NULL,
    decision         TEXT NOT NULL CHECK (decision IN ('undecided', 'accepted', 'rejected')),
    kept_values      TEXT NOT NULL DEFAULT '', -- "first_name=b,email=a": the side kept per field
    keep_both_emails INTEGER NOT NULL DEFAULT 0,
    keep_both_phones INTEGER NOT NULL DEFAULT 0,
    decided_at       TEXT NOT NULL,
    PRIMARY KEY (record_a, record_b)
);;

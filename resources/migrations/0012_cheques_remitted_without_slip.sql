-- SPDX-License-Identifier: GPL-3.0-or-later
-- Adhera schema, version 12: cheques the treasurer took to the bank without an Adhera slip —
-- those recorded before slips existed (version 9), or remitted on the bank's own form. Marked
-- so that they are no longer offered for a slip; no slip is invented for them. Statements end
-- with « ;; » (the migrator's separator).
CREATE TABLE cheque_remitted_without_slip (
    payment_id  INTEGER PRIMARY KEY REFERENCES payment (id),
    recorded_at TEXT NOT NULL
);;

-- SPDX-License-Identifier: GPL-3.0-or-later
-- Adhera schema, version 8: dues a member paid to its former club (Connect, Viatis) for a year
-- L2C covers. They are not L2C's money (no payment, no receipt, not in the receipts journal),
-- but the member is « à jour » for that year: it votes, and it gets no L2C call. Recording them
-- cancels the year's L2C call when nothing was paid on it (cancelled_call_id); removing the
-- record reopens that call.
CREATE TABLE former_club_dues (
    id                INTEGER PRIMARY KEY,
    financial_year    INTEGER NOT NULL CHECK (financial_year BETWEEN 2000 AND 2200),
    membership_id     INTEGER NOT NULL REFERENCES membership (id) ON DELETE RESTRICT,
    origin_club_id    INTEGER NOT NULL REFERENCES origin_club (id),
    amount_cents      INTEGER NOT NULL CHECK (amount_cents >= 0),
    paid_on           TEXT NOT NULL CHECK (paid_on <> ''),
    reference         TEXT NOT NULL DEFAULT '', -- the former club's receipt, « reçu Connect n° 42 »
    cancelled_call_id INTEGER REFERENCES dues_call (id),
    created_at        TEXT NOT NULL,
    UNIQUE (financial_year, membership_id)
);;

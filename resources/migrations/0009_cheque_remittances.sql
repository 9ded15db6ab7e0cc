-- SPDX-License-Identifier: GPL-3.0-or-later
-- Adhera schema, version 9: the cheques the treasurer takes to the bank together, on one
-- remittance slip (bordereau de remise de chèques). A cheque is remitted once (UNIQUE
-- payment_id); the slip keeps its number, its date and its cheques, so that it can be printed
-- again as it was. Payments themselves never change: the slip's lines point at them. Statements
-- end with « ;; » (the migrator's separator).
CREATE TABLE cheque_remittance (
    id          INTEGER PRIMARY KEY,
    number      TEXT NOT NULL UNIQUE, -- « BR-2026-0001 »
    remitted_on TEXT NOT NULL CHECK (remitted_on <> ''),
    created_at  TEXT NOT NULL
);;

CREATE TABLE cheque_remittance_line (
    remittance_id INTEGER NOT NULL REFERENCES cheque_remittance (id) ON DELETE CASCADE,
    payment_id    INTEGER NOT NULL UNIQUE REFERENCES payment (id),
    PRIMARY KEY (remittance_id, payment_id)
);;

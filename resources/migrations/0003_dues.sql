-- SPDX-License-Identifier: GPL-3.0-or-later
-- Adhera schema, version 3: dues (cotisations). Amounts are integer cents. A financial year
-- (exercice) is named by the calendar year it starts in; its first month is the setting
-- "dues.year_start_month" (1 = calendar year, the default).
-- Money rows (payments and their allocations) are never changed nor deleted: a mistake is
-- corrected by a reversing payment, so that the history always adds up. The triggers below hold
-- that rule even against other SQLite tools.

-- What a member of a category owes for a financial year, and how joining mid-year counts.
CREATE TABLE fee_schedule (
    id             INTEGER PRIMARY KEY,
    financial_year INTEGER NOT NULL CHECK (financial_year BETWEEN 2000 AND 2200),
    category_id    INTEGER NOT NULL REFERENCES membership_category (id),
    amount_cents   INTEGER NOT NULL CHECK (amount_cents >= 0),
    -- full: the whole amount whatever the joining date; pro_rata_month: the months left,
    -- the joining month included; next_year_from_september: joining from the year's 9th month
    -- on is covered by the next year's call.
    joining_rule   TEXT NOT NULL DEFAULT 'full' CHECK (joining_rule IN ('full', 'pro_rata_month', 'next_year_from_september')),
    UNIQUE (financial_year, category_id)
);;

-- A call for dues (appel de cotisation): one per membership and financial year.
CREATE TABLE dues_call (
    id             INTEGER PRIMARY KEY,
    number         TEXT NOT NULL UNIQUE, -- "AC-2026-0001", without gaps within a year
    financial_year INTEGER NOT NULL,
    membership_id  INTEGER NOT NULL REFERENCES membership (id) ON DELETE RESTRICT,
    amount_cents   INTEGER NOT NULL CHECK (amount_cents >= 0),
    label          TEXT NOT NULL, -- "Cotisation 2026 — Entreprise 50 à 199 salariés"
    issued_on      TEXT NOT NULL,
    due_on         TEXT NOT NULL,
    -- paid / partial / unpaid are computed from the allocations; these are decisions.
    state          TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'exempt', 'cancelled')),
    state_reason   TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    UNIQUE (financial_year, membership_id)
);;

CREATE INDEX dues_call_year_idx ON dues_call (financial_year, state);;

-- Money received (or, negative, a reversal of money received).
CREATE TABLE payment (
    id                  INTEGER PRIMARY KEY,
    number              TEXT NOT NULL UNIQUE, -- piece number "RE-2026-0001", without gaps within a year
    received_on         TEXT NOT NULL,
    amount_cents        INTEGER NOT NULL CHECK (amount_cents <> 0),
    method              TEXT NOT NULL CHECK (method IN ('transfer', 'cheque', 'sepa_debit', 'card', 'cash')),
    cheque_number       TEXT NOT NULL DEFAULT '',
    bank                TEXT NOT NULL DEFAULT '',
    reference           TEXT NOT NULL DEFAULT '',
    payer               TEXT NOT NULL DEFAULT '', -- as written on the payment
    reverses_payment_id INTEGER UNIQUE REFERENCES payment (id),
    note                TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    CHECK ((reverses_payment_id IS NULL) = (amount_cents > 0))
);;

CREATE INDEX payment_received_idx ON payment (received_on);;

-- Which calls a payment settles, and for how much (negative for a reversal).
CREATE TABLE payment_allocation (
    payment_id   INTEGER NOT NULL REFERENCES payment (id),
    call_id      INTEGER NOT NULL REFERENCES dues_call (id),
    amount_cents INTEGER NOT NULL CHECK (amount_cents <> 0),
    PRIMARY KEY (payment_id, call_id)
);;

CREATE INDEX payment_allocation_call_idx ON payment_allocation (call_id);;

-- The last number given in each series of documents ("AC-2026", "RE-2026"): taken inside the
-- transaction that writes the document, so a failed write gives the number back.
CREATE TABLE document_counter (
    series      TEXT PRIMARY KEY,
    last_number INTEGER NOT NULL CHECK (last_number >= 0)
);;

-- Reminders (relances) sent for a call.
CREATE TABLE dues_reminder (
    id         INTEGER PRIMARY KEY,
    call_id    INTEGER NOT NULL REFERENCES dues_call (id),
    level      INTEGER NOT NULL CHECK (level IN (1, 2, 3)),
    sent_on    TEXT NOT NULL,
    channel    TEXT NOT NULL CHECK (channel IN ('letter', 'email')),
    created_at TEXT NOT NULL,
    UNIQUE (call_id, level)
);;

CREATE TRIGGER payment_never_updated BEFORE UPDATE ON payment
BEGIN
    SELECT RAISE(ABORT, 'a payment is never changed: record a reversal');
END;;

CREATE TRIGGER payment_never_deleted BEFORE DELETE ON payment
BEGIN
    SELECT RAISE(ABORT, 'a payment is never deleted: record a reversal');
END;;

CREATE TRIGGER payment_allocation_never_updated BEFORE UPDATE ON payment_allocation
BEGIN
    SELECT RAISE(ABORT, 'an allocation is never changed: record a reversal');
END;;

CREATE TRIGGER payment_allocation_never_deleted BEFORE DELETE ON payment_allocation
BEGIN
    SELECT RAISE(ABORT, 'an allocation is never deleted: record a reversal');
END;;

CREATE TRIGGER dues_call_amount_fixed BEFORE UPDATE OF number, financial_year, membership_id, amount_cents ON dues_call
BEGIN
    SELECT RAISE(ABORT, 'an issued call keeps its number, member and amount: cancel it and issue another');
END;;

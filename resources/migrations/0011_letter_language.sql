-- SPDX-License-Identifier: GPL-3.0-or-later
-- Adhera schema, version 11: the language a person's letters are written in (dues notices,
-- receipts, reminders, convocations), French unless asked otherwise; an organisation's letters
-- follow its representative's. Statements end with « ;; » (the migrator's separator).
ALTER TABLE person ADD COLUMN letter_language TEXT NOT NULL DEFAULT 'fr' CHECK (letter_language IN ('fr', 'en'));;

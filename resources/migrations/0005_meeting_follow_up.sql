-- SPDX-License-Identifier: GPL-3.0-or-later
-- Adhera schema, version 5: what follows a meeting. The time the chair opened the session (the
-- quorum « à l'ouverture » is counted then), the date the changes an assembly decided (board,
-- statuts) were declared to the greffe or the registre des associations (DOMAIN §0.2, §1.9), and
-- who attended a meeting that has no attendance sheet (a conseil, a petit-déjeuner…).

ALTER TABLE meeting ADD COLUMN opened_at TEXT CHECK (opened_at IS NULL OR opened_at <> '');;
ALTER TABLE meeting ADD COLUMN declared_on TEXT CHECK (declared_on IS NULL OR declared_on <> '');;

-- NULL: not recorded yet; 0: absent; 1: present.
ALTER TABLE meeting_invitee ADD COLUMN attended INTEGER CHECK (attended IS NULL OR attended IN (0, 1));;

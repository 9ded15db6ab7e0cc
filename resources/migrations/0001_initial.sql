-- SPDX-License-Identifier: GPL-3.0-or-later
-- Adhera schema, version 1: the member file.
-- Plain SQLite, readable in any SQLite tool. Dates are ISO-8601 text (YYYY-MM-DD), timestamps
-- ISO-8601 UTC text, phone numbers E.164 text (+33353011234), booleans 0/1.
-- Statements are separated by a line holding only ";;" (triggers contain ";").

-- Key/value settings of this file (club name, preferences).
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);;

-- Clubs a member came from: Connect, Viatis, or L2C itself. Configurable.
CREATE TABLE origin_club (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE CHECK (code <> ''),
    name       TEXT NOT NULL CHECK (name <> ''),
    sort_order INTEGER NOT NULL DEFAULT 0
);;

-- Membership categories (company bands by headcount, individual, partner, honorary...).
-- member_kind says who may hold it: an organisation, a person, or either.
CREATE TABLE membership_category (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE CHECK (code <> ''),
    name        TEXT NOT NULL CHECK (name <> ''),
    member_kind TEXT NOT NULL DEFAULT 'any' CHECK (member_kind IN ('organisation', 'person', 'any')),
    sort_order  INTEGER NOT NULL DEFAULT 0
);;

-- Companies, institutions and other legal persons (personnes morales).
CREATE TABLE organisation (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL CHECK (trim(name) <> ''),
    legal_form     TEXT NOT NULL DEFAULT '',
    siren          TEXT CHECK (siren IS NULL OR (length(siren) = 9 AND siren NOT GLOB '*[^0-9]*')),
    siret          TEXT CHECK (siret IS NULL OR (length(siret) = 14 AND siret NOT GLOB '*[^0-9]*')),
    address        TEXT NOT NULL DEFAULT '',
    postcode       TEXT NOT NULL DEFAULT '',
    city           TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    website        TEXT NOT NULL DEFAULT '',
    headcount_band TEXT NOT NULL DEFAULT '' CHECK (headcount_band IN ('', '1-49', '50-199', '200-499', '500+')),
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);;
CREATE INDEX organisation_siren_idx ON organisation (siren);;

-- Natural persons: representatives, contacts and individual members.
CREATE TABLE person (
    id         INTEGER PRIMARY KEY,
    civility   TEXT NOT NULL DEFAULT '' CHECK (civility IN ('', 'M.', 'Mme')),
    first_name TEXT NOT NULL DEFAULT '',
    last_name  TEXT NOT NULL CHECK (trim(last_name) <> ''),
    email      TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    mobile     TEXT NOT NULL DEFAULT '',
    job_title  TEXT NOT NULL DEFAULT '',
    address    TEXT NOT NULL DEFAULT '',
    postcode   TEXT NOT NULL DEFAULT '',
    city       TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);;

-- Who works where, with history: the current employer has no end_date.
CREATE TABLE employment (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    job_title       TEXT NOT NULL DEFAULT '',
    start_date      TEXT,
    end_date        TEXT,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);;
CREATE INDEX employment_person_idx ON employment (person_id);;
CREATE INDEX employment_organisation_idx ON employment (organisation_id);;
CREATE UNIQUE INDEX employment_one_current_idx ON employment (person_id) WHERE end_date IS NULL;;

-- A membership of the club: held by exactly one organisation or one person.
CREATE TABLE membership (
    id                INTEGER PRIMARY KEY,
    organisation_id   INTEGER REFERENCES organisation (id) ON DELETE RESTRICT,
    person_id         INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    category_id       INTEGER NOT NULL REFERENCES membership_category (id),
    status            TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'pending', 'resigned', 'excluded')),
    joined_on         TEXT,
    left_on           TEXT,
    origin_club_id    INTEGER REFERENCES origin_club (id),
    representative_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
    alternate_id      INTEGER REFERENCES person (id) ON DELETE SET NULL,
    notes             TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    CHECK ((organisation_id IS NULL) <> (person_id IS NULL)),
    CHECK (person_id IS NULL OR (representative_id IS NULL AND alternate_id IS NULL)),
    CHECK (left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on)
);;
CREATE UNIQUE INDEX membership_one_per_organisation_idx ON membership (organisation_id) WHERE organisation_id IS NOT NULL;;
CREATE UNIQUE INDEX membership_one_per_person_idx ON membership (person_id) WHERE person_id IS NOT NULL;;
CREATE INDEX membership_status_idx ON membership (status);;
CREATE INDEX membership_category_idx ON membership (category_id);;
CREATE INDEX membership_origin_idx ON membership (origin_club_id);;
CREATE INDEX membership_representative_idx ON membership (representative_id);;

-- Seats on the board (bureau and conseil d'administration), with terms.
CREATE TABLE board_role (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('president', 'vice_president', 'treasurer', 'secretary', 'director')),
    start_date TEXT NOT NULL,
    end_date   TEXT,
    CHECK (end_date IS NULL OR end_date >= start_date)
);;
CREATE INDEX board_role_person_idx ON board_role (person_id);;

-- RGPD consents, one row per person and purpose, with the date it was captured.
CREATE TABLE consent (
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    purpose     TEXT NOT NULL CHECK (purpose IN ('directory', 'newsletter', 'photos')),
    granted     INTEGER NOT NULL CHECK (granted IN (0, 1)),
    captured_on TEXT NOT NULL,
    PRIMARY KEY (person_id, purpose)
);;

-- Derived, rebuildable projection of the member list (one row per membership), so that the
-- list can be searched, filtered and sorted on 100,000 members without joins: the member's
-- folded words (accents removed, lower case) for full-text search, and folded sort keys for
-- every column the list sorts on. Adhera rewrites a row whenever something it shows changes;
-- it is never the source of any fact.
CREATE TABLE member_directory (
    membership_id      INTEGER PRIMARY KEY REFERENCES membership (id) ON DELETE CASCADE,
    sort_name          TEXT NOT NULL,
    words              TEXT NOT NULL,
    member_kind        TEXT NOT NULL,
    status             TEXT NOT NULL,
    category_id        INTEGER NOT NULL,
    category_rank      INTEGER NOT NULL,
    origin_club_id     INTEGER,
    club_rank          INTEGER NOT NULL,
    city_key           TEXT NOT NULL,
    representative_key TEXT NOT NULL,
    email_key          TEXT NOT NULL,
    phone_key          TEXT NOT NULL,
    joined_on          TEXT NOT NULL
);;
CREATE INDEX member_directory_sort_idx ON member_directory (sort_name, membership_id);;
CREATE INDEX member_directory_kind_idx ON member_directory (member_kind, sort_name, membership_id);;
CREATE INDEX member_directory_status_idx ON member_directory (status, sort_name, membership_id);;
CREATE INDEX member_directory_category_idx ON member_directory (category_rank, sort_name, membership_id);;
CREATE INDEX member_directory_club_idx ON member_directory (club_rank, sort_name, membership_id);;
CREATE INDEX member_directory_city_idx ON member_directory (city_key, sort_name, membership_id);;
CREATE INDEX member_directory_representative_idx ON member_directory (representative_key, sort_name, membership_id);;
CREATE INDEX member_directory_email_idx ON member_directory (email_key, sort_name, membership_id);;
CREATE INDEX member_directory_phone_idx ON member_directory (phone_key, sort_name, membership_id);;
CREATE INDEX member_directory_joined_idx ON member_directory (joined_on, sort_name, membership_id);;

CREATE VIRTUAL TABLE member_directory_fts USING fts5 (
    words,
    content = 'member_directory',
    content_rowid = 'membership_id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);;
CREATE TRIGGER member_directory_ai AFTER INSERT ON member_directory BEGIN
    INSERT INTO member_directory_fts (rowid, words) VALUES (new.membership_id, new.words);
END;;
CREATE TRIGGER member_directory_ad AFTER DELETE ON member_directory BEGIN
    INSERT INTO member_directory_fts (member_directory_fts, rowid, words) VALUES ('delete', old.membership_id, old.words);
END;;
CREATE TRIGGER member_directory_au AFTER UPDATE ON member_directory BEGIN
    INSERT INTO member_directory_fts (member_directory_fts, rowid, words) VALUES ('delete', old.membership_id, old.words);
    INSERT INTO member_directory_fts (rowid, words) VALUES (new.membership_id, new.words);
END;;

-- The same for the people list (one row per person: names, e-mail, city, job, employer).
CREATE TABLE person_directory (
    person_id INTEGER PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    sort_name TEXT NOT NULL,
    words     TEXT NOT NULL
);;
CREATE INDEX person_directory_sort_idx ON person_directory (sort_name, person_id);;

CREATE VIRTUAL TABLE person_directory_fts USING fts5 (
    words,
    content = 'person_directory',
    content_rowid = 'person_id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);;
CREATE TRIGGER person_directory_ai AFTER INSERT ON person_directory BEGIN
    INSERT INTO person_directory_fts (rowid, words) VALUES (new.person_id, new.words);
END;;
CREATE TRIGGER person_directory_ad AFTER DELETE ON person_directory BEGIN
    INSERT INTO person_directory_fts (person_directory_fts, rowid, words) VALUES ('delete', old.person_id, old.words);
END;;
CREATE TRIGGER person_directory_au AFTER UPDATE ON person_directory BEGIN
    INSERT INTO person_directory_fts (person_directory_fts, rowid, words) VALUES ('delete', old.person_id, old.words);
    INSERT INTO person_directory_fts (rowid, words) VALUES (new.person_id, new.words);
END;;

-- The member list as the window shows it: one row per membership.
CREATE VIEW member_list AS
SELECT m.id                                          AS membership_id,
       CASE WHEN m.organisation_id IS NULL THEN 'person' ELSE 'organisation' END AS member_kind,
       m.organisation_id,
       m.person_id,
       COALESCE(o.name, p.last_name || CASE WHEN p.first_name <> '' THEN ' ' || p.first_name ELSE '' END) AS display_name,
       c.name                                        AS category,
       m.category_id,
       m.status,
       oc.name                                       AS origin_club,
       m.origin_club_id,
       COALESCE(o.city, p.city)                      AS city,
       COALESCE(o.postcode, p.postcode)              AS postcode,
       COALESCE(o.email, p.email)                    AS email,
       COALESCE(o.phone, CASE WHEN p.phone <> '' THEN p.phone ELSE p.mobile END) AS phone,
       CASE WHEN r.id IS NULL THEN '' ELSE r.first_name || ' ' || r.last_name END AS representative,
       m.joined_on,
       m.left_on,
       d.sort_name
FROM membership m
LEFT JOIN organisation o ON o.id = m.organisation_id
LEFT JOIN person p ON p.id = m.person_id
LEFT JOIN person r ON r.id = m.representative_id
JOIN membership_category c ON c.id = m.category_id
LEFT JOIN origin_club oc ON oc.id = m.origin_club_id
LEFT JOIN member_directory d ON d.membership_id = m.id;;

INSERT INTO origin_club (code, name, sort_order) VALUES
    ('CONNECT', 'Connect', 1),
    ('VIATIS', 'Viatis', 2),
    ('L2C', 'L2C (adhésion directe)', 3);;

INSERT INTO membership_category (code, name, member_kind, sort_order) VALUES
    ('ENT_S', 'Entreprise 1 à 49 salariés', 'organisation', 1),
    ('ENT_M', 'Entreprise 50 à 199 salariés', 'organisation', 2),
    ('ENT_L', 'Entreprise 200 à 499 salariés', 'organisation', 3),
    ('ENT_XL', 'Entreprise 500 salariés et plus', 'organisation', 4),
    ('PART', 'Partenaire', 'organisation', 5),
    ('INST', 'Institution', 'organisation', 6),
    ('IND', 'Membre individuel', 'person', 7),
    ('HON', 'Membre d''honneur', 'any', 8);;

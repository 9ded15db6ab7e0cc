-- SPDX-License-Identifier: GPL-3.0-or-later
-- Adhera schema, version 4: meetings and general assemblies (DOMAIN §1, §3). Meeting times are
-- ISO-8601 local date-times ("2026-06-12T18:30:00"), as the club lives them; other timestamps
-- are ISO-8601 UTC text as elsewhere. Weights are whole numbers of votes.
-- The procès-verbal is evidence: once locked (signed) it is never changed nor deleted, and the
-- votes of its meeting are frozen with it; a correction is a new version linked to the locked
-- one. The triggers below hold that rule even against other SQLite tools.

-- A meeting of any kind; the two general assembly kinds carry a convocation (first or second).
CREATE TABLE meeting (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT NOT NULL CHECK (kind IN ('general_ordinary', 'general_extraordinary', 'board', 'bureau',
                                                      'breakfast', 'afterwork', 'conference', 'site_visit')),
    title               TEXT NOT NULL DEFAULT '',
    starts_at           TEXT NOT NULL CHECK (starts_at <> ''),
    ends_at             TEXT CHECK (ends_at IS NULL OR ends_at >= starts_at),
    place               TEXT NOT NULL DEFAULT '',
    convocation         INTEGER CHECK (convocation IS NULL OR convocation IN (1, 2)),
    chair_person_id     INTEGER REFERENCES person (id) ON DELETE SET NULL,
    secretary_person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
    status              TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
    notes               TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    -- Only an assembly is convened on a first or second convocation (DOMAIN §1.4).
    CHECK ((kind IN ('general_ordinary', 'general_extraordinary')) = (convocation IS NOT NULL))
);;
CREATE INDEX meeting_starts_idx ON meeting (starts_at);;

-- Who is invited: a membership (an assembly convenes members) or a person (a guest, a speaker).
-- convened_on and channel are the proof that the convocation was sent (DOMAIN §1.2).
CREATE TABLE meeting_invitee (
    id            INTEGER PRIMARY KEY,
    meeting_id    INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    membership_id INTEGER REFERENCES membership (id) ON DELETE CASCADE,
    person_id     INTEGER REFERENCES person (id) ON DELETE CASCADE,
    reply         TEXT NOT NULL DEFAULT '' CHECK (reply IN ('', 'yes', 'no', 'maybe')),
    replied_on    TEXT,
    convened_on   TEXT,
    channel       TEXT CHECK (channel IS NULL OR channel IN ('letter', 'email', 'hand')),
    CHECK ((membership_id IS NULL) <> (person_id IS NULL)),
    CHECK ((convened_on IS NULL) = (channel IS NULL)),
    CHECK ((reply = '') = (replied_on IS NULL))
);;
CREATE UNIQUE INDEX meeting_invitee_membership_idx ON meeting_invitee (meeting_id, membership_id) WHERE membership_id IS NOT NULL;;
CREATE UNIQUE INDEX meeting_invitee_person_idx ON meeting_invitee (meeting_id, person_id) WHERE person_id IS NOT NULL;;

-- The agenda (ordre du jour): numbered items. Only a resolution or an election is voted, with
-- the majority of its resolution kind; « questions diverses » (other_business) is information
-- only, at most once and always last (DOMAIN §1.2: only what the agenda announces is voted).
CREATE TABLE agenda_item (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position >= 1),
    kind            TEXT NOT NULL CHECK (kind IN ('information', 'resolution', 'election', 'other_business')),
    title           TEXT NOT NULL CHECK (trim(title) <> ''),
    body            TEXT NOT NULL DEFAULT '',
    resolution_kind TEXT CHECK (resolution_kind IS NULL
                                OR resolution_kind IN ('ordinary', 'statutes_change', 'purpose_change', 'dissolution')),
    secret_ballot   INTEGER NOT NULL DEFAULT 0 CHECK (secret_ballot IN (0, 1)),
    UNIQUE (meeting_id, position),
    CHECK ((kind IN ('resolution', 'election')) = (resolution_kind IS NOT NULL)),
    CHECK (kind IN ('resolution', 'election') OR secret_ballot = 0)
);;
CREATE UNIQUE INDEX agenda_item_one_other_business_idx ON agenda_item (meeting_id) WHERE kind = 'other_business';;

CREATE TRIGGER agenda_other_business_last BEFORE INSERT ON agenda_item
WHEN (NEW.kind = 'other_business'
      AND EXISTS (SELECT 1 FROM agenda_item WHERE meeting_id = NEW.meeting_id AND position > NEW.position))
  OR (NEW.kind <> 'other_business'
      AND EXISTS (SELECT 1 FROM agenda_item WHERE meeting_id = NEW.meeting_id AND kind = 'other_business'
                  AND position < NEW.position))
BEGIN
    SELECT RAISE(ABORT, 'questions diverses (other_business) always come last on the agenda');
END;;

CREATE TRIGGER agenda_other_business_stays_last BEFORE UPDATE OF position, kind ON agenda_item
WHEN (NEW.kind = 'other_business'
      AND EXISTS (SELECT 1 FROM agenda_item WHERE meeting_id = NEW.meeting_id AND id <> NEW.id AND position > NEW.position))
  OR (NEW.kind <> 'other_business'
      AND EXISTS (SELECT 1 FROM agenda_item WHERE meeting_id = NEW.meeting_id AND id <> NEW.id AND kind = 'other_business'
                  AND position < NEW.position))
BEGIN
    SELECT RAISE(ABORT, 'questions diverses (other_business) always come last on the agenda');
END;;

-- The attendance sheet (feuille d'émargement): one row per membership entitled to attend, with
-- the weight and right to vote computed when the sheet was prepared (votingrights.h), and the
-- reason when it may not vote. An organisation signs through voter_person_id, its representative.
-- A proxy holder is on the same sheet (the foreign key to this table says so); chains and the cap
-- per holder depend on the statuts and are checked by Adhera (quorum.h).
CREATE TABLE attendance (
    meeting_id                 INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    membership_id              INTEGER NOT NULL REFERENCES membership (id),
    voter_person_id            INTEGER REFERENCES person (id) ON DELETE SET NULL,
    presence                   TEXT NOT NULL DEFAULT 'absent' CHECK (presence IN ('present', 'represented', 'absent')),
    proxy_holder_membership_id INTEGER,
    arrived_at                 TEXT,
    left_at                    TEXT,
    weight                     INTEGER NOT NULL DEFAULT 1 CHECK (weight >= 0),
    entitled                   INTEGER NOT NULL DEFAULT 1 CHECK (entitled IN (0, 1)),
    reason                     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, membership_id),
    FOREIGN KEY (meeting_id, proxy_holder_membership_id) REFERENCES attendance (meeting_id, membership_id),
    CHECK ((presence = 'represented') = (proxy_holder_membership_id IS NOT NULL)),
    CHECK (proxy_holder_membership_id IS NULL OR proxy_holder_membership_id <> membership_id),
    CHECK (presence = 'present' OR (arrived_at IS NULL AND left_at IS NULL)),
    CHECK (left_at IS NULL OR arrived_at IS NULL OR left_at >= arrived_at),
    CHECK (entitled = 1 OR weight = 0)
);;
CREATE INDEX attendance_membership_idx ON attendance (membership_id);;
CREATE INDEX attendance_holder_idx ON attendance (meeting_id, proxy_holder_membership_id);;

-- The result of a vote on a resolution or an election: totals only (a secret ballot never says
-- who voted what), the majority rule and the weights it was computed on, as they stood then, so
-- that the result reads the same after the statuts change (DOMAIN §1.6).
CREATE TABLE vote (
    agenda_item_id     INTEGER PRIMARY KEY REFERENCES agenda_item (id) ON DELETE CASCADE,
    in_favour          INTEGER NOT NULL CHECK (in_favour >= 0),
    against            INTEGER NOT NULL CHECK (against >= 0),
    abstentions        INTEGER NOT NULL CHECK (abstentions >= 0),
    blank              INTEGER NOT NULL CHECK (blank >= 0),
    spoiled            INTEGER NOT NULL CHECK (spoiled >= 0),
    chair_casting_vote TEXT CHECK (chair_casting_vote IS NULL OR chair_casting_vote IN ('for', 'against')),
    threshold          TEXT NOT NULL CHECK (threshold IN ('simple', 'absolute', 'two_thirds', 'three_quarters', 'unanimity')),
    basis              TEXT NOT NULL CHECK (basis IN ('all_members', 'present', 'present_and_represented',
                                                      'votes_including_blank', 'votes_cast')),
    present_weight     INTEGER NOT NULL CHECK (present_weight >= 0),
    represented_weight INTEGER NOT NULL CHECK (represented_weight >= 0),
    all_members_weight INTEGER NOT NULL CHECK (all_members_weight >= 0),
    adopted            INTEGER NOT NULL CHECK (adopted IN (0, 1)),
    explanation        TEXT NOT NULL DEFAULT '',
    recorded_at        TEXT NOT NULL
);;

-- « Questions diverses » and information items are never voted.
CREATE TRIGGER vote_only_on_resolutions BEFORE INSERT ON vote
WHEN (SELECT kind FROM agenda_item WHERE id = NEW.agenda_item_id) NOT IN ('resolution', 'election')
BEGIN
    SELECT RAISE(ABORT, 'only a resolution or an election is voted');
END;;

-- The procès-verbal (DOMAIN §1.8). Version 1 is the first; each correction is the next version,
-- linked to the locked one it corrects. At most one draft per meeting. Locking records the
-- signatories and a SHA-256 of the body, the fingerprint a certified extract can quote.
CREATE TABLE minutes (
    id                  INTEGER PRIMARY KEY,
    meeting_id          INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    version             INTEGER NOT NULL CHECK (version >= 1),
    previous_minutes_id INTEGER UNIQUE REFERENCES minutes (id),
    body                TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'locked')),
    locked_at           TEXT,
    body_sha256         TEXT,
    president_person_id INTEGER REFERENCES person (id),
    secretary_person_id INTEGER REFERENCES person (id),
    signatories         TEXT NOT NULL DEFAULT '', -- the names and roles as signed
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    UNIQUE (meeting_id, version),
    CHECK ((version = 1) = (previous_minutes_id IS NULL)),
    CHECK (status = 'draft' OR (locked_at IS NOT NULL AND body_sha256 IS NOT NULL AND trim(body) <> ''
                                AND trim(signatories) <> ''))
);;
CREATE UNIQUE INDEX minutes_one_draft_idx ON minutes (meeting_id) WHERE status = 'draft';;

-- Locking is the one update a draft gets on its way to 'locked'; after that, nothing.
CREATE TRIGGER minutes_locked_never_updated BEFORE UPDATE ON minutes
WHEN OLD.status = 'locked'
BEGIN
    SELECT RAISE(ABORT, 'a locked minute is never changed: write a new version');
END;;

CREATE TRIGGER minutes_locked_never_deleted BEFORE DELETE ON minutes
WHEN OLD.status = 'locked'
BEGIN
    SELECT RAISE(ABORT, 'a locked minute is never changed: write a new version');
END;;

-- A version after the first follows the locked version just before it, of the same meeting.
CREATE TRIGGER minutes_version_follows_locked BEFORE INSERT ON minutes
WHEN NEW.version > 1
 AND NOT EXISTS (SELECT 1 FROM minutes WHERE id = NEW.previous_minutes_id AND meeting_id = NEW.meeting_id
                 AND version = NEW.version - 1 AND status = 'locked')
BEGIN
    SELECT RAISE(ABORT, 'a new version of the minutes follows the locked version before it');
END;;

-- The votes recorded in locked minutes stay as the minutes report them.
CREATE TRIGGER vote_frozen_by_locked_minutes_insert BEFORE INSERT ON vote
WHEN EXISTS (SELECT 1 FROM agenda_item a JOIN minutes m ON m.meeting_id = a.meeting_id
             WHERE a.id = NEW.agenda_item_id AND m.status = 'locked')
BEGIN
    SELECT RAISE(ABORT, 'the minutes of this meeting are locked: its votes are never changed');
END;;

CREATE TRIGGER vote_frozen_by_locked_minutes_update BEFORE UPDATE ON vote
WHEN EXISTS (SELECT 1 FROM agenda_item a JOIN minutes m ON m.meeting_id = a.meeting_id
             WHERE a.id = OLD.agenda_item_id AND m.status = 'locked')
BEGIN
    SELECT RAISE(ABORT, 'the minutes of this meeting are locked: its votes are never changed');
END;;

CREATE TRIGGER vote_frozen_by_locked_minutes_delete BEFORE DELETE ON vote
WHEN EXISTS (SELECT 1 FROM agenda_item a JOIN minutes m ON m.meeting_id = a.meeting_id
             WHERE a.id = OLD.agenda_item_id AND m.status = 'locked')
BEGIN
    SELECT RAISE(ABORT, 'the minutes of this meeting are locked: its votes are never changed');
END;;

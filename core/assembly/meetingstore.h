// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// MeetingStore: meetings and general assemblies in the member file (schema version 4).
// Every multi-row write is one transaction; a refused write leaves the file as it was. Errors
// are InvalidInput, NotFound or Conflict with a French message naming the meeting, the item or
// the member. The rules of the statuts (proxy cap, no chains, quorum, majorities) come from the
// StatutesProfile stored in the same file, read at the time of each write, so that what is
// recorded follows the statuts the file holds.
//
// Rules enforced here and, where SQLite can, by the schema itself:
// - the agenda is numbered 1, 2…; « questions diverses » is at most once, always last, never
//   voted; it cannot change once a vote is recorded;
// - the attendance sheet is prepared by the caller (weights and rights from votingrights.h);
//   a check-in that would make a proxy invalid (cap, chain, holder not in the room, giver
//   without a vote) is refused with quorum.h's message;
// - a vote is recorded only on a resolution or an election of an assembly whose quorum is met
//   at that time; its outcome follows majority.h from the rule of the item's resolution kind;
// - minutes: one draft at a time; locking records the signatories and makes the version
//   immutable (the database refuses any change); a correction is a new, linked version;
// - a meeting with locked minutes is never removed, nor are its votes changed.

#include "assembly/meetingrecords.h"
#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace adhera {
class Database;
}

namespace adhera::assembly {

class MeetingStore final
{
public:
    explicit MeetingStore(Database &db);

    enum class Filter {
        All, // by start, most recent first
        Upcoming, // starting now or later, soonest first
        Past, // started before now, most recent first
        Assemblies, // general assemblies only, most recent first
    };

    // Creates (id 0) or updates a meeting; returns its id. The title is given a default from the
    // kind and date when empty.
    Result<qint64> saveMeeting(const Meeting &meeting);
    Result<Meeting> meeting(qint64 meetingId) const;
    Result<QList<Meeting>> meetings(Filter filter = Filter::All) const;
    // Everything about the meeting goes with it; refused once its minutes are locked.
    Result<void> removeMeeting(qint64 meetingId);

    Result<QList<AgendaItem>> agenda(qint64 meetingId) const; // by position
    // Replaces the agenda with these items in this order, numbered from 1, « questions
    // diverses » moved last; an item keeps its id when it has one of this meeting. Refused when
    // an item is invalid, for more than one « questions diverses », and once a vote is recorded.
    // Returns the stored agenda.
    Result<QList<AgendaItem>> setAgenda(qint64 meetingId, const QList<AgendaItem> &items);

    Result<QList<Invitee>> invitees(qint64 meetingId) const; // by name
    // Adds the invitees not invited yet; returns how many were added.
    Result<int> invite(qint64 meetingId, const QList<InviteeId> &who);
    // Reply::None clears the reply. The list form changes them all in one transaction, or none.
    Result<void> setReply(qint64 meetingId, const InviteeId &who, Reply reply, const QDate &on);
    Result<void> setReply(qint64 meetingId, const QList<InviteeId> &who, Reply reply, const QDate &on);
    // Records that the convocation was sent to each of them (inviting those not invited yet). An
    // invitee already convened keeps the first date and channel: the proof of the delay.
    Result<void> recordConvocation(qint64 meetingId, const QList<InviteeId> &who, const QDate &on, ConvocationChannel channel);
    // Takes them off the list; returns how many were. Refused, removing none, for a member
    // convened to an assembly: the proof of the convocation stays.
    Result<int> uninvite(qint64 meetingId, const QList<InviteeId> &who);
    // Present (true), absent (false) or not recorded (nullopt), at a meeting without an attendance
    // sheet (a conseil, a petit-déjeuner…).
    Result<void> setAttended(qint64 meetingId, const InviteeId &who, std::optional<bool> attended);
    Result<void> setAttended(qint64 meetingId, const QList<InviteeId> &who, std::optional<bool> attended);

    Result<QList<AttendanceRow>> attendance(qint64 meetingId) const; // in the order the sheet was prepared
    // Replaces the sheet with these rows (one per membership). Refused once a vote is recorded.
    Result<void> prepareAttendance(qint64 meetingId, const QList<AttendanceRow> &rows);
    // Present (arrived at `at`), represented by holderId, or absent. Refused when it would make
    // a proxy of the sheet invalid at `at` that was valid before.
    Result<void> checkIn(qint64 meetingId, qint64 membershipId, Presence presence, qint64 holderId, const QDateTime &at);
    // The right to vote of one line read again at `at` (a member who pays at the door): weight,
    // right and reason replaced, and a note of when and what it became. Refused once the
    // minutes are locked; a right taken away that would void a proxy already counted is refused.
    Result<void> reviewRight(qint64 meetingId, const AttendanceRow &reviewed, const QDateTime &at);
    // A member present leaves at `at`; their proxies no longer count from then on.
    Result<void> recordDeparture(qint64 meetingId, qint64 membershipId, const QDateTime &at);
    static QList<Attendee> toAttendees(const QList<AttendanceRow> &rows);
    // DOMAIN §1.2: a warning, not a refusal, when a convocation to an assembly sent on sentOn
    // leaves fewer days than the statuts' delay; empty otherwise (and for other meetings).
    static QString convocationWarning(const Meeting &meeting, const QDate &sentOn, const StatutesProfile &profile);
    // The chair opened the session at `at`: the quorum « à l'ouverture » is counted then and the
    // minutes say so. Refused once the minutes are locked, and on another day than the meeting's.
    Result<void> recordOpening(qint64 meetingId, const QDateTime &at);
    // The changes an assembly decided (board, statuts) were declared on `on` to the greffe or the
    // registre des associations; an invalid date clears it. Refused before the meeting.
    Result<void> recordDeclaration(qint64 meetingId, const QDate &on);
    // The quorum of an assembly at `at`, from the stored sheet and the stored statuts.
    Result<QuorumStatus> quorum(qint64 meetingId, const QDateTime &at) const;

    // Decides the item's resolution with majority.h: the rule of its resolution kind, the
    // weights present and represented at `at`, a secret ballot when the item says so, and the
    // chair's casting vote as the statuts allow. Records the totals and the outcome. A vote
    // already recorded is only replaced by a correction, with its reason: the replaced result is
    // kept (voteCorrections) for the minutes; without a reason it is refused (Conflict). No
    // vote changes once the minutes are locked.
    Result<VoteRecord> recordVote(qint64 agendaItemId, const VoteCount &count, std::optional<bool> chairCastingVoteFor, const QDateTime &at,
        const QString &correctionReason = QString());
    Result<std::optional<VoteRecord>> vote(qint64 agendaItemId) const;
    // Every result replaced by a correction at this meeting, by item position then time.
    Result<QList<VoteCorrection>> voteCorrections(qint64 meetingId) const;

    Result<QList<Minutes>> minutes(qint64 meetingId) const; // every version, oldest first
    Result<Minutes> minutesVersion(qint64 minutesId) const;
    // Creates version 1 or updates the open draft. Refused when the last version is locked
    // (write a correction instead).
    Result<Minutes> saveDraft(qint64 meetingId, const QString &body);
    // Approves and locks a draft: the signatories (president and secretary; `signatories` is
    // the names and roles as signed, composed from the two persons when empty) and the SHA-256
    // of the body. The meeting is marked held. Nothing about this version changes afterwards.
    Result<Minutes> lock(qint64 minutesId, qint64 presidentPersonId, qint64 secretaryPersonId, const QString &signatories);
    // A new draft version with this body, linked to the locked version it corrects (the latest).
    Result<Minutes> correct(qint64 minutesId, const QString &newBody);
    // Every locked version, by meeting date then version (the register of minutes).
    Result<QList<RegisterEntry>> minutesRegister() const;

private:
    Database &m_db;
};

} // namespace adhera::assembly

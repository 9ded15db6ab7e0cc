// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SessionController: one general assembly's session as the secretary runs it, without widgets.
// It holds what the session tabs show (the meeting, the attendance sheet, the agenda and its
// votes, the versions of the minutes), the time check-ins are recorded at (now, or a time typed
// on the meeting's day), and does what the buttons ask through MeetingStore, which enforces every
// rule. After each write it reads again only the part that changed and says which one through
// changed(): the sheet, the votes or the minutes. Errors come back as Result for the window to
// show; nothing here opens a dialog.

#include "assembly/meetingstore.h"
#include "common/result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <optional>

namespace adhera {

class Database;

class SessionController final : public QObject
{
    Q_OBJECT

public:
    // What a change touched, for each tab to redraw only its part.
    enum Part { MeetingPart = 0x1, SheetPart = 0x2, VotesPart = 0x4, MinutesPart = 0x8, PointingTimePart = 0x10, Everything = 0x1f };
    Q_DECLARE_FLAGS(Parts, Part)

    SessionController(Database &db, qint64 meetingId, QObject *parent = nullptr);

    // Everything read again from the file; changed(Everything) even when a part failed to load.
    Result<void> reload();

    Database &database() const { return m_db; }
    const assembly::MeetingStore &store() const { return m_store; }
    qint64 meetingId() const { return m_meetingId; }
    const assembly::Meeting &meeting() const { return m_meeting; }
    const assembly::StatutesProfile &profile() const { return m_profile; }
    const QList<assembly::AttendanceRow> &rows() const { return m_rows; }
    const QList<assembly::AgendaItem> &agenda() const { return m_agenda; }
    const QHash<qint64, assembly::VoteRecord> &votes() const { return m_votes; } // by agenda item
    std::optional<assembly::Minutes> latestMinutes() const;
    // Some version of the minutes is locked: the sheet and the votes no longer change.
    bool isLocked() const { return m_locked; }
    bool isPrepared() const { return !m_rows.isEmpty(); }

    const assembly::AttendanceRow *rowOf(qint64 membershipId) const;
    QString personName(qint64 personId) const; // « Hélène MÜLLER »; empty for 0
    // Who holds a proxy: the person voting for the member, with the member when it is an organisation.
    QString holderName(qint64 membershipId) const;

    // The time check-ins, departures and votes are recorded at: now by the database clock (to
    // the second), or the time typed on the meeting's day.
    QDateTime pointingTime() const;
    bool pointsNow() const { return !m_typedTime; }
    void pointNow();
    void pointAt(const QTime &time);
    // The quorum and each member's voices at the pointing time.
    Result<assembly::QuorumStatus> quorum() const;
    QHash<qint64, int> votesHeld() const;

    // The sheet: the active members with their right on the statutes' reference date. Fails
    // with NotFound when no member is active (the sheet would stay empty).
    Result<void> prepareSheet();
    Result<void> checkIn(qint64 membershipId, assembly::Presence presence, qint64 holderId = 0);
    Result<void> recordDeparture(qint64 membershipId);
    // The member's right read again with the payments received up to now (dues paid at the
    // door), recorded with the time; returns the row as it now is.
    Result<assembly::AttendanceRow> reviewRight(qint64 membershipId);
    // Records the opening at the pointing time.
    Result<void> openSession();

    // A vote already recorded is replaced only with a correction reason; the first result stays
    // in the minutes.
    Result<assembly::VoteRecord> recordVote(qint64 agendaItemId, const assembly::VoteCount &count,
        std::optional<bool> chairCastingVoteFor = std::nullopt, const QString &correctionReason = QString());

    // The draft written from what was recorded (attendance, quorum at the opening, votes and
    // their corrections), saved as the current draft.
    Result<void> generateDraft();
    Result<void> saveDraft(const QString &body);
    // Locks the latest draft, signed by the session's chair and secretary.
    Result<void> lockMinutes();
    // A new draft version of the locked minutes, with the same text.
    Result<void> correctMinutes();
    Result<void> writeMinutesPdf(const QString &path) const;
    // The feuille d'émargement of the prepared sheet (attendancesheetpdf.h).
    Result<void> writeSheetPdf(const QString &path) const;

signals:
    void changed(SessionController::Parts parts);

private:
    Result<void> refuseWhenLocked() const;
    Result<void> reloadMeeting();
    Result<void> reloadSheet();
    Result<void> reloadVotes();
    Result<void> reloadMinutes();
    // After a write to the sheet: the sheet read again, changed(SheetPart); the write's error as it is.
    Result<void> sheetWritten(const Result<void> &written);

    Database &m_db;
    assembly::MeetingStore m_store;
    qint64 m_meetingId;
    assembly::Meeting m_meeting;
    assembly::StatutesProfile m_profile;
    QList<assembly::AttendanceRow> m_rows;
    QList<assembly::AgendaItem> m_agenda;
    QHash<qint64, assembly::VoteRecord> m_votes;
    QList<assembly::Minutes> m_minutes;
    bool m_locked = false;
    std::optional<QTime> m_typedTime; // empty: now
    mutable QHash<qint64, QString> m_personNames;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SessionController::Parts)

} // namespace adhera

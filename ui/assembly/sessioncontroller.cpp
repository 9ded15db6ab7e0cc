// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncontroller.h"

#include "assembly/attendancesheet.h"
#include "assembly/attendancesheetpdf.h"
#include "assembly/minutesdraft.h"
#include "assembly/minutespdf.h"
#include "assembly/quorum.h"
#include "db/database.h"
#include "dues/duespdf.h"
#include "members/memberfile.h"
#include "settings/clubidentity.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace assembly;

SessionController::SessionController(Database &db, qint64 meetingId, QObject *parent)
    : QObject(parent), m_db(db), m_store(db), m_meetingId(meetingId)
{ }

Result<void> SessionController::reload()
{
    m_profile = StatutesProfile::load(m_db);
    // Each part is read even when one before it failed: the window shows what it can.
    const Result<void> results[] = {reloadMeeting(), reloadSheet(), reloadVotes(), reloadMinutes()};
    emit changed(Everything);
    for (const Result<void> &result : results)
        if (!result)
            return result;
    return {};
}

Result<void> SessionController::reloadMeeting()
{
    const auto meeting = m_store.meeting(m_meetingId);
    if (!meeting)
        return fail(meeting.error());
    m_meeting = *meeting;
    return {};
}

Result<void> SessionController::reloadSheet()
{
    const auto rows = m_store.attendance(m_meetingId);
    m_rows = rows ? *rows : QList<AttendanceRow>();
    if (!rows)
        return fail(rows.error());
    return {};
}

Result<void> SessionController::reloadVotes()
{
    const auto agenda = m_store.agenda(m_meetingId);
    m_agenda = agenda ? *agenda : QList<AgendaItem>();
    m_votes.clear();
    if (!agenda)
        return fail(agenda.error());
    for (const AgendaItem &item : std::as_const(m_agenda)) {
        const auto vote = m_store.vote(item.id);
        if (!vote)
            return fail(vote.error());
        if (*vote)
            m_votes.insert(item.id, **vote);
    }
    return {};
}

Result<void> SessionController::reloadMinutes()
{
    const auto minutes = m_store.minutes(m_meetingId);
    m_minutes = minutes ? *minutes : QList<assembly::Minutes>();
    m_locked = std::any_of(m_minutes.cbegin(), m_minutes.cend(), [](const assembly::Minutes &version) { return version.isLocked(); });
    if (!minutes)
        return fail(minutes.error());
    return {};
}

std::optional<assembly::Minutes> SessionController::latestMinutes() const
{
    if (m_minutes.isEmpty())
        return std::nullopt;
    return m_minutes.constLast();
}

const AttendanceRow *SessionController::rowOf(qint64 membershipId) const
{
    const auto found = std::find_if(
        m_rows.cbegin(), m_rows.cend(), [membershipId](const AttendanceRow &row) { return row.membershipId == membershipId; });
    return found == m_rows.cend() ? nullptr : &*found;
}

QString SessionController::personName(qint64 personId) const
{
    if (personId == 0)
        return QString();
    if (const auto found = m_personNames.constFind(personId); found != m_personNames.cend())
        return *found;
    QString name;
    if (const auto record = MemberFile(m_db).loadPerson(personId)) {
        const Person &person = record->person;
        name = person.firstName.isEmpty() ? person.lastName.toUpper() : person.firstName + u' ' + person.lastName.toUpper();
    }
    m_personNames.insert(personId, name);
    return name;
}

QString SessionController::holderName(qint64 membershipId) const
{
    // « Hélène MÜLLER (Centre Écureuil) » for an organisation's voter, the person alone otherwise.
    const AttendanceRow *row = rowOf(membershipId);
    if (!row)
        return QString();
    const QString person = personName(row->voterPersonId);
    if (person.isEmpty())
        return row->name;
    return person.compare(row->name, Qt::CaseInsensitive) == 0 ? person : tr("%1 (%2)").arg(person, row->name);
}

QDateTime SessionController::pointingTime() const
{
    if (!m_typedTime) {
        const QDateTime now = m_db.now().toLocalTime();
        return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()));
    }
    const QDate day = m_meeting.startsAt.isValid() ? m_meeting.startsAt.date() : m_db.now().toLocalTime().date();
    return QDateTime(day, *m_typedTime);
}

void SessionController::pointNow()
{
    m_typedTime.reset();
    emit changed(PointingTimePart);
}

void SessionController::pointAt(const QTime &time)
{
    m_typedTime = time;
    emit changed(PointingTimePart);
}

Result<QuorumStatus> SessionController::quorum() const
{
    return m_store.quorum(m_meetingId, pointingTime());
}

QHash<qint64, int> SessionController::votesHeld() const
{
    return assembly::votesHeld(MeetingStore::toAttendees(m_rows), m_profile, pointingTime());
}

Result<void> SessionController::refuseWhenLocked() const
{
    if (!m_locked)
        return {};
    return fail(ErrorCode::Conflict,
        tr("Le procès-verbal de la séance est verrouillé\u00a0: la feuille de présence et les votes ne changent plus."));
}

Result<void> SessionController::sheetWritten(const Result<void> &written)
{
    if (!written)
        return written;
    const auto reloaded = reloadSheet();
    emit changed(SheetPart);
    return reloaded;
}

Result<void> SessionController::prepareSheet()
{
    if (auto refused = refuseWhenLocked(); !refused)
        return refused;
    const auto rows = attendanceRowsFor(m_db, m_meetingId, m_profile, votingReferenceDate(m_store, m_meeting, m_profile));
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return fail(ErrorCode::NotFound, tr("Aucun adhérent actif\u00a0: la feuille de présence resterait vide."));
    return sheetWritten(m_store.prepareAttendance(m_meetingId, *rows));
}

Result<void> SessionController::checkIn(qint64 membershipId, Presence presence, qint64 holderId)
{
    if (auto refused = refuseWhenLocked(); !refused)
        return refused;
    return sheetWritten(m_store.checkIn(m_meetingId, membershipId, presence, holderId, pointingTime()));
}

Result<void> SessionController::recordDeparture(qint64 membershipId)
{
    if (auto refused = refuseWhenLocked(); !refused)
        return refused;
    return sheetWritten(m_store.recordDeparture(m_meetingId, membershipId, pointingTime()));
}

Result<AttendanceRow> SessionController::reviewRight(qint64 membershipId)
{
    if (auto refused = refuseWhenLocked(); !refused)
        return fail(refused.error());
    const AttendanceRow *row = rowOf(membershipId);
    if (!row)
        return fail(ErrorCode::NotFound, tr("Ce membre n'est pas sur la feuille de présence."));
    const auto reviewed = refreshedRow(m_db, *row, m_profile, votingReferenceDate(m_store, m_meeting, m_profile));
    if (!reviewed)
        return fail(reviewed.error());
    if (const auto saved = m_store.reviewRight(m_meetingId, *reviewed, pointingTime()); !saved)
        return fail(saved.error());
    const auto reloaded = reloadSheet();
    emit changed(SheetPart);
    if (!reloaded)
        return fail(reloaded.error());
    return *reviewed;
}

Result<void> SessionController::openSession()
{
    if (auto refused = refuseWhenLocked(); !refused)
        return refused;
    if (const auto opened = m_store.recordOpening(m_meetingId, pointingTime()); !opened)
        return opened;
    const auto reloaded = reloadMeeting();
    emit changed(MeetingPart);
    return reloaded;
}

Result<VoteRecord> SessionController::recordVote(
    qint64 agendaItemId, const VoteCount &count, std::optional<bool> chairCastingVoteFor, const QString &correctionReason)
{
    if (auto refused = refuseWhenLocked(); !refused)
        return fail(refused.error());
    const auto recorded = m_store.recordVote(agendaItemId, count, chairCastingVoteFor, pointingTime(), correctionReason);
    if (!recorded)
        return recorded;
    m_votes.insert(agendaItemId, *recorded);
    emit changed(VotesPart);
    return recorded;
}

Result<void> SessionController::generateDraft()
{
    MinutesInput input;
    input.meeting = m_meeting;
    input.agenda = m_agenda;
    input.attendance = m_rows;
    input.votes = m_votes;
    const auto corrections = m_store.voteCorrections(m_meetingId);
    if (!corrections)
        return fail(corrections.error());
    for (const VoteCorrection &correction : *corrections)
        input.corrections[correction.agendaItemId].append(correction);
    // The opening: the time recorded when the chair opened the session; else the time the
    // meeting was called for and, when the quorum was reached later, the first vote (the store
    // checked the quorum then).
    const bool opened = m_meeting.openedAt.isValid();
    const QDateTime opening = opened ? m_meeting.openedAt : m_meeting.startsAt;
    auto quorumThen = m_store.quorum(m_meetingId, opening);
    if (!opened && quorumThen && !quorumThen->met && !m_votes.isEmpty()) {
        QDateTime firstVote;
        for (const VoteRecord &vote : std::as_const(m_votes))
            if (!firstVote.isValid() || vote.recordedAt < firstVote)
                firstVote = vote.recordedAt;
        quorumThen = m_store.quorum(m_meetingId, firstVote.toLocalTime());
    }
    if (!quorumThen)
        return fail(quorumThen.error());
    input.quorum = *quorumThen;
    input.chairName = personName(m_meeting.chairPersonId);
    input.secretaryName = personName(m_meeting.secretaryPersonId);
    const settings::ClubIdentity club = settings::loadClubIdentity(m_db);
    input.clubName = club.name;
    input.clubAddress = club.address;
    input.regime = m_profile.regime;
    input.convenedOn = convenedOn(m_store, m_meetingId);
    // Adhera's convocations are signed by the serving president (convocationpdf.h).
    if (input.convenedOn.isValid())
        input.convener = tr("du président");
    return saveDraft(draftMinutes(input));
}

Result<void> SessionController::saveDraft(const QString &body)
{
    if (const auto saved = m_store.saveDraft(m_meetingId, body); !saved)
        return fail(saved.error());
    const auto reloaded = reloadMinutes();
    emit changed(MinutesPart);
    return reloaded;
}

Result<void> SessionController::lockMinutes()
{
    const std::optional<assembly::Minutes> latest = latestMinutes();
    if (!latest || latest->isLocked())
        return fail(ErrorCode::NotFound, tr("Aucun brouillon du procès-verbal à approuver."));
    if (const auto locked = m_store.lock(latest->id, m_meeting.chairPersonId, m_meeting.secretaryPersonId, QString()); !locked)
        return fail(locked.error());
    // Locking freezes the sheet and the votes too: every tab says so.
    const auto reloaded = reloadMinutes();
    emit changed(Everything);
    return reloaded;
}

Result<void> SessionController::correctMinutes()
{
    const std::optional<assembly::Minutes> latest = latestMinutes();
    if (!latest || !latest->isLocked())
        return fail(ErrorCode::NotFound, tr("Aucune version verrouillée du procès-verbal à corriger."));
    if (const auto corrected = m_store.correct(latest->id, latest->body); !corrected)
        return fail(corrected.error());
    const auto reloaded = reloadMinutes();
    emit changed(MinutesPart);
    return reloaded;
}

Result<void> SessionController::writeMinutesPdf(const QString &path) const
{
    const std::optional<assembly::Minutes> latest = latestMinutes();
    if (!latest)
        return fail(ErrorCode::NotFound, tr("Générez d'abord le brouillon du procès-verbal."));
    return assembly::writeMinutesPdf(*latest, m_meeting, m_rows, dues::clubHeader(m_db), path);
}

Result<void> SessionController::writeSheetPdf(const QString &path) const
{
    const auto rows = attendanceSheetRows(m_db, m_meetingId);
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return fail(ErrorCode::NotFound, tr("Aucun membre n'a le droit de vote sur la feuille de présence."));
    return writeAttendanceSheetPdf(m_meeting, *rows, dues::clubHeader(m_db), path);
}

} // namespace adhera

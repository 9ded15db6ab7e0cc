// SPDX-License-Identifier: GPL-3.0-or-later
// MeetingStore: the attendance sheet of an assembly (prepared, rights reviewed,
// check-in, departures) and the quorum it gives at a moment.
#include "meetingstore.h"

#include "assembly/minutesdraft.h"
#include "db/database.h"
#include "db/sql.h"
#include "meetingstoresupport.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera::assembly {

using namespace storesupport;

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::assembly)
};

QString problemKey(const ProxyProblem &problem)
{
    return u"%1|%2|%3"_s.arg(problem.giverId).arg(problem.holderId).arg(problem.message);
}

} // namespace

Result<QList<AttendanceRow>> MeetingStore::attendance(qint64 meetingId) const
{
    Sql query(m_db,
        u"SELECT a.membership_id, o.name, p.first_name, p.last_name, a.voter_person_id, a.presence, a.proxy_holder_membership_id, "
        "a.arrived_at, a.left_at, a.weight, a.entitled, a.reason, a.right_note FROM attendance a "
        "JOIN membership m ON m.id = a.membership_id "
        "LEFT JOIN organisation o ON o.id = m.organisation_id LEFT JOIN person p ON p.id = m.person_id "
        "WHERE a.meeting_id = :id ORDER BY a.rowid"_s);
    query.bind(u":id"_s, meetingId);
    if (auto ran = query.exec(Tr::tr("Impossible de lire la feuille de présence de la réunion n°%1").arg(meetingId)); !ran)
        return fail(ran.error());
    QList<AttendanceRow> rows;
    while (query.next()) {
        AttendanceRow row;
        row.meetingId = meetingId;
        row.membershipId = query.value(0).toLongLong();
        row.name = memberName(query.value(1), query.value(2).toString(), query.value(3).toString());
        row.voterPersonId = query.value(4).toLongLong();
        row.presence = presenceFromCode(query.value(5).toString()).value_or(Presence::Absent);
        row.proxyHolderId = query.value(6).toLongLong();
        row.arrivedAt = dateTimeFrom(query.value(7));
        row.leftAt = dateTimeFrom(query.value(8));
        row.weight = query.value(9).toInt();
        row.entitled = query.value(10).toBool();
        row.reason = query.value(11).toString();
        row.rightNote = query.value(12).toString();
        rows.append(row);
    }
    return rows;
}

namespace {

Result<void> insertAttendance(Database &db, qint64 meetingId, const AttendanceRow &row, const QString &context)
{
    return Sql(db,
        u"INSERT INTO attendance (meeting_id, membership_id, voter_person_id, presence, proxy_holder_membership_id, arrived_at, "
        "left_at, weight, entitled, reason) VALUES (:meeting, :membership, :voter, :presence, :holder, :arrived, :left, :weight, "
        ":entitled, :reason)"_s)
        .bind(u":meeting"_s, meetingId)
        .bind(u":membership"_s, row.membershipId)
        .bind(u":voter"_s, idOrNull(row.voterPersonId))
        .bind(u":presence"_s, toCode(row.presence))
        .bind(u":holder"_s, row.presence == Presence::Represented ? idOrNull(row.proxyHolderId) : QVariant())
        .bindOrNull(u":arrived"_s, row.presence == Presence::Present ? localText(row.arrivedAt) : QString())
        .bindOrNull(u":left"_s, row.presence == Presence::Present ? localText(row.leftAt) : QString())
        .bind(u":weight"_s, row.entitled ? row.weight : 0)
        .bind(u":entitled"_s, row.entitled ? 1 : 0)
        .bind(u":reason"_s, row.entitled ? QString() : row.reason)
        .exec(context);
}

} // namespace

Result<void> MeetingStore::prepareAttendance(qint64 meetingId, const QList<AttendanceRow> &given)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    auto stored = meeting(meetingId);
    if (!stored)
        return fail(stored.error());
    auto voted = hasVotes(m_db, meetingId);
    if (!voted)
        return fail(voted.error());
    if (*voted)
        return fail(ErrorCode::Conflict,
            Tr::tr("Un vote est déjà enregistré pour %1\u00a0: la feuille de présence ne se prépare plus, on y note les arrivées.")
                .arg(meetingText(*stored)));

    QList<AttendanceRow> rows;
    QSet<qint64> seen;
    for (AttendanceRow row : given) {
        auto name = membershipName(m_db, row.membershipId);
        if (!name)
            return fail(name.error());
        row.name = *name;
        if (seen.contains(row.membershipId))
            return fail(ErrorCode::InvalidInput, Tr::tr("%1 figure deux fois sur la feuille de présence.").arg(row.name));
        seen.insert(row.membershipId);
        if (row.weight < 0)
            return fail(ErrorCode::InvalidInput, Tr::tr("%1\u00a0: un nombre de voix ne peut pas être négatif.").arg(row.name));
        if (!row.entitled)
            row.weight = 0;
        rows.append(row);
    }
    // The proxies of the sheet must count (times left aside: the meeting has not begun).
    const QList<ProxyProblem> problems = proxyProblems(toAttendees(rows), StatutesProfile::load(m_db), QDateTime());
    if (!problems.isEmpty())
        return fail(ErrorCode::InvalidInput, problems.first().message);

    const QString context = Tr::tr("Impossible de préparer la feuille de présence de %1").arg(meetingText(*stored));
    if (auto cleared = Sql(m_db, u"DELETE FROM attendance WHERE meeting_id = :id"_s).bind(u":id"_s, meetingId).exec(context); !cleared)
        return cleared;
    // Holders first: a proxy refers to its holder's line.
    for (const bool represented : {false, true}) {
        for (const AttendanceRow &row : std::as_const(rows)) {
            if ((row.presence == Presence::Represented) != represented)
                continue;
            if (auto inserted = insertAttendance(m_db, meetingId, row, context); !inserted)
                return inserted;
        }
    }
    m_db.markChanged(Database::Change::Meetings);
    return transaction.commit();
}

Result<void> MeetingStore::reviewRight(qint64 meetingId, const AttendanceRow &reviewed, const QDateTime &at)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    auto stored = meeting(meetingId);
    if (!stored)
        return fail(stored.error());
    if (auto open = refuseIfSheetLocked(m_db, *stored); !open)
        return open;
    auto rows = attendance(meetingId);
    if (!rows)
        return fail(rows.error());
    const auto line
        = std::find_if(rows->begin(), rows->end(), [&](const AttendanceRow &row) { return row.membershipId == reviewed.membershipId; });
    if (line == rows->end())
        return fail(ErrorCode::NotFound, Tr::tr("L'adhésion n°%1 ne figure pas sur la feuille de présence.").arg(reviewed.membershipId));
    const QList<ProxyProblem> before = proxyProblems(toAttendees(*rows), StatutesProfile::load(m_db), at);
    line->entitled = reviewed.entitled;
    line->weight = reviewed.entitled ? std::max(0, reviewed.weight) : 0;
    line->reason = reviewed.entitled ? QString() : reviewed.reason;
    const QList<ProxyProblem> after = proxyProblems(toAttendees(*rows), StatutesProfile::load(m_db), at);
    for (const ProxyProblem &problem : after)
        if (std::none_of(before.cbegin(), before.cend(), [&](const ProxyProblem &old) { return problemKey(old) == problemKey(problem); }))
            return fail(ErrorCode::Conflict, problem.message);
    const QString time = clockTime(at.toLocalTime().time());
    line->rightNote = line->entitled ? Tr::tr("droit de vote revu à %1\u00a0: peut voter").arg(time)
                                     : Tr::tr("droit de vote revu à %1\u00a0: %2").arg(time, line->reason);
    auto updated = Sql(m_db,
        u"UPDATE attendance SET weight = :weight, entitled = :entitled, reason = :reason, right_note = :note "
        "WHERE meeting_id = :meeting AND membership_id = :membership"_s)
                       .bind(u":weight"_s, line->weight)
                       .bind(u":entitled"_s, line->entitled ? 1 : 0)
                       .bind(u":reason"_s, line->reason)
                       .bind(u":note"_s, line->rightNote)
                       .bind(u":meeting"_s, meetingId)
                       .bind(u":membership"_s, reviewed.membershipId)
                       .exec(Tr::tr("Impossible de revoir le droit de vote de %1").arg(line->name));
    if (!updated)
        return updated;
    m_db.markChanged(Database::Change::Meetings);
    return transaction.commit();
}

Result<void> MeetingStore::checkIn(qint64 meetingId, qint64 membershipId, Presence presence, qint64 holderId, const QDateTime &at)
{
    if (!at.isValid())
        return fail(ErrorCode::InvalidInput, Tr::tr("Indiquez l'heure du pointage."));
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    auto stored = meeting(meetingId);
    if (!stored)
        return fail(stored.error());
    if (auto open = refuseIfSheetLocked(m_db, *stored); !open)
        return open;
    auto rows = attendance(meetingId);
    if (!rows)
        return fail(rows.error());
    const auto byId = [&](qint64 id) {
        return std::find_if(rows->begin(), rows->end(), [id](const AttendanceRow &row) { return row.membershipId == id; });
    };
    const auto row = byId(membershipId);
    if (row == rows->end()) {
        auto name = membershipName(m_db, membershipId);
        if (!name)
            return fail(name.error());
        return fail(ErrorCode::NotFound, Tr::tr("%1 ne figure pas sur la feuille de présence de %2.").arg(*name, meetingText(*stored)));
    }
    if (presence == Presence::Represented) {
        if (holderId == 0)
            return fail(ErrorCode::InvalidInput, Tr::tr("Indiquez le mandataire qui représente %1.").arg(row->name));
        if (holderId == membershipId)
            return fail(ErrorCode::InvalidInput, Tr::tr("%1 ne peut pas détenir sa propre procuration.").arg(row->name));
        if (byId(holderId) == rows->end()) {
            auto name = membershipName(m_db, holderId);
            if (!name)
                return fail(name.error());
            return fail(
                ErrorCode::InvalidInput, Tr::tr("%1, mandataire de %2, ne figure pas sur la feuille de présence.").arg(*name, row->name));
        }
    }

    const StatutesProfile profile = StatutesProfile::load(m_db);
    QSet<QString> before;
    for (const ProxyProblem &problem : proxyProblems(toAttendees(*rows), profile, at))
        before.insert(problemKey(problem));

    AttendanceRow changed = *row;
    changed.presence = presence;
    changed.proxyHolderId = presence == Presence::Represented ? holderId : 0;
    changed.arrivedAt = presence == Presence::Present ? at : QDateTime();
    changed.leftAt = QDateTime();
    // Checked last in the sheet, so that a proxy over the cap is this one, not an earlier one.
    rows->erase(row);
    rows->append(changed);
    // DOMAIN §1.5: refuse what this check-in breaks (the cap, a chain, a holder who is not in
    // the room), not what was wrong before it.
    QStringList broken;
    for (const ProxyProblem &problem : proxyProblems(toAttendees(*rows), profile, at))
        if (!before.contains(problemKey(problem)))
            broken.append(problem.message);
    if (!broken.isEmpty())
        return fail(ErrorCode::Conflict, broken.join(u'\n'));

    auto updated = Sql(m_db,
        u"UPDATE attendance SET presence = :presence, proxy_holder_membership_id = :holder, arrived_at = :arrived, left_at = NULL "
        "WHERE meeting_id = :meeting AND membership_id = :membership"_s)
                       .bind(u":presence"_s, toCode(presence))
                       .bind(u":holder"_s, idOrNull(changed.proxyHolderId))
                       .bindOrNull(u":arrived"_s, localText(changed.arrivedAt))
                       .bind(u":meeting"_s, meetingId)
                       .bind(u":membership"_s, membershipId)
                       .exec(Tr::tr("Impossible de pointer %1").arg(changed.name));
    if (!updated)
        return updated;
    m_db.markChanged(Database::Change::Meetings);
    return transaction.commit();
}

Result<void> MeetingStore::recordDeparture(qint64 meetingId, qint64 membershipId, const QDateTime &at)
{
    if (!at.isValid())
        return fail(ErrorCode::InvalidInput, Tr::tr("Indiquez l'heure du départ."));
    auto stored = meeting(meetingId);
    if (!stored)
        return fail(stored.error());
    if (auto open = refuseIfSheetLocked(m_db, *stored); !open)
        return open;
    auto rows = attendance(meetingId);
    if (!rows)
        return fail(rows.error());
    const auto row = std::find_if(
        rows->cbegin(), rows->cend(), [membershipId](const AttendanceRow &line) { return line.membershipId == membershipId; });
    if (row == rows->cend()) {
        auto name = membershipName(m_db, membershipId);
        if (!name)
            return fail(name.error());
        return fail(ErrorCode::NotFound, Tr::tr("%1 ne figure pas sur la feuille de présence de %2.").arg(*name, meetingText(*stored)));
    }
    if (row->presence != Presence::Present)
        return fail(ErrorCode::InvalidInput, Tr::tr("%1 n'est pas noté présent\u00a0: son départ ne s'enregistre pas.").arg(row->name));
    if (row->arrivedAt.isValid() && at < row->arrivedAt)
        return fail(ErrorCode::InvalidInput,
            Tr::tr("%1 ne peut pas partir à %2, avant son arrivée à %3.").arg(row->name, timeText(at), timeText(row->arrivedAt)));
    auto updated = Sql(m_db, u"UPDATE attendance SET left_at = :left WHERE meeting_id = :meeting AND membership_id = :membership"_s)
                       .bind(u":left"_s, localText(at))
                       .bind(u":meeting"_s, meetingId)
                       .bind(u":membership"_s, membershipId)
                       .exec(Tr::tr("Impossible d'enregistrer le départ de %1").arg(row->name));
    if (!updated)
        return updated;
    m_db.markChanged(Database::Change::Meetings);
    return {};
}

QList<Attendee> MeetingStore::toAttendees(const QList<AttendanceRow> &rows)
{
    QList<Attendee> attendees;
    attendees.reserve(rows.size());
    for (const AttendanceRow &row : rows) {
        Attendee attendee;
        attendee.membershipId = row.membershipId;
        attendee.name = row.name;
        attendee.weight = row.entitled ? row.weight : 0;
        attendee.entitled = row.entitled;
        attendee.presence = row.presence;
        attendee.proxyHolderId = row.presence == Presence::Represented ? row.proxyHolderId : 0;
        attendee.arrivedAt = row.arrivedAt;
        attendee.leftAt = row.leftAt;
        attendees.append(attendee);
    }
    return attendees;
}

QString MeetingStore::convocationWarning(const Meeting &meeting, const QDate &sentOn, const StatutesProfile &profile)
{
    if (!meeting.isAssembly() || !sentOn.isValid() || !meeting.startsAt.isValid())
        return QString();
    const qint64 days = sentOn.daysTo(meeting.startsAt.date());
    if (days >= profile.convocationDelayDays)
        return QString();
    const QString delay = days > 1 ? Tr::tr("%1 jours avant").arg(days)
        : days == 1                ? Tr::tr("la veille de")
        : days == 0                ? Tr::tr("le jour de")
                                   : Tr::tr("après");
    return Tr::tr("Convocation envoyée le %1, %2 %3\u00a0: les statuts demandent au moins %4 jours.")
        .arg(dateText(sentOn), delay, meetingText(meeting))
        .arg(profile.convocationDelayDays);
}

Result<QuorumStatus> MeetingStore::quorum(qint64 meetingId, const QDateTime &at) const
{
    auto stored = meeting(meetingId);
    if (!stored)
        return fail(stored.error());
    auto rows = attendance(meetingId);
    if (!rows)
        return fail(rows.error());
    return quorumStatus(toAttendees(*rows), StatutesProfile::load(m_db), stored->assemblyKind(), stored->convocation, at);
}

} // namespace adhera::assembly

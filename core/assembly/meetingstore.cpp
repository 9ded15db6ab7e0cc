// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingstore.h"

#include "assembly/minutesdraft.h"
#include "db/database.h"
#include "db/rowwriter.h"
#include "db/sql.h"
#include "meetingstoresupport.h"

#include <QCoreApplication>
#include <QHash>
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

const QString meetingSelect = u"SELECT id, kind, title, starts_at, ends_at, place, convocation, chair_person_id, "
                              "secretary_person_id, status, notes, created_at, updated_at, opened_at, declared_on FROM meeting "_s;

Meeting meetingFrom(const Sql &row)
{
    Meeting meeting;
    meeting.id = row.value(0).toLongLong();
    meeting.kind = meetingKindFromCode(row.value(1).toString()).value_or(MeetingKind::GeneralOrdinary);
    meeting.title = row.value(2).toString();
    meeting.startsAt = dateTimeFrom(row.value(3));
    meeting.endsAt = dateTimeFrom(row.value(4));
    meeting.place = row.value(5).toString();
    meeting.convocation = row.value(6).toInt() == 2 ? Convocation::Second : Convocation::First;
    meeting.chairPersonId = row.value(7).toLongLong();
    meeting.secretaryPersonId = row.value(8).toLongLong();
    meeting.status = meetingStatusFromCode(row.value(9).toString()).value_or(MeetingStatus::Planned);
    meeting.notes = row.value(10).toString();
    meeting.createdAt = dateTimeFrom(row.value(11));
    meeting.updatedAt = dateTimeFrom(row.value(12));
    meeting.openedAt = dateTimeFrom(row.value(13));
    meeting.declaredOn = dateFrom(row.value(14));
    return meeting;
}

const QString agendaSelect = u"SELECT id, meeting_id, position, kind, title, body, resolution_kind, secret_ballot FROM agenda_item "_s;

AgendaItem agendaItemFrom(const Sql &row)
{
    AgendaItem item;
    item.id = row.value(0).toLongLong();
    item.meetingId = row.value(1).toLongLong();
    item.position = row.value(2).toInt();
    item.kind = agendaItemKindFromCode(row.value(3).toString()).value_or(AgendaItemKind::Information);
    item.title = row.value(4).toString();
    item.body = row.value(5).toString();
    item.resolutionKind = resolutionKindFromCode(row.value(6).toString()).value_or(ResolutionKind::Ordinary);
    item.secretBallot = row.value(7).toBool();
    return item;
}

QString defaultTitle(const Meeting &meeting)
{
    return Tr::tr("%1 du %2").arg(label(meeting.kind), dateText(meeting.startsAt.date()));
}

QString problemKey(const ProxyProblem &problem)
{
    return u"%1|%2|%3"_s.arg(problem.giverId).arg(problem.holderId).arg(problem.message);
}

} // namespace

MeetingStore::MeetingStore(Database &db) : m_db(db)
{ }

Result<qint64> MeetingStore::saveMeeting(const Meeting &given)
{
    if (!given.startsAt.isValid())
        return fail(ErrorCode::InvalidInput, Tr::tr("Indiquez la date et l'heure de la réunion."));
    if (given.endsAt.isValid() && given.endsAt < given.startsAt)
        return fail(ErrorCode::InvalidInput,
            Tr::tr("La réunion ne peut pas finir (%1) avant de commencer (%2).").arg(timeText(given.endsAt), timeText(given.startsAt)));
    Meeting meeting = given;
    meeting.title = meeting.title.trimmed();
    if (meeting.title.isEmpty())
        meeting.title = defaultTitle(meeting);

    Transaction transaction(m_db);
    if (!transaction.started())
        return fail(transaction.started().error());
    const QString context = Tr::tr("Impossible d'enregistrer la réunion %1").arg(meetingText(meeting));
    if (meeting.id != 0) {
        auto stored = this->meeting(meeting.id);
        if (!stored)
            return fail(stored.error());
        auto locked = hasLockedMinutes(m_db, meeting.id);
        if (!locked)
            return fail(locked.error());
        // The locked minutes say what, when and where: those no longer change.
        const bool factsChanged = stored->kind != meeting.kind || localText(stored->startsAt) != localText(meeting.startsAt)
            || stored->place != meeting.place.trimmed() || (meeting.isAssembly() && stored->convocation != meeting.convocation);
        if (*locked && factsChanged)
            return fail(ErrorCode::Conflict,
                Tr::tr("Le procès-verbal de %1 est verrouillé\u00a0: la nature, la date et le lieu de la réunion ne changent plus.")
                    .arg(meetingText(*stored)));
    }
    const ColumnValues values {{u"kind"_s, toCode(meeting.kind)}, {u"title"_s, meeting.title},
        {u"starts_at"_s, localText(meeting.startsAt)},
        {u"ends_at"_s, meeting.endsAt.isValid() ? QVariant(localText(meeting.endsAt)) : QVariant()}, {u"place"_s, meeting.place.trimmed()},
        {u"convocation"_s, meeting.isAssembly() ? QVariant(meeting.convocation == Convocation::Second ? 2 : 1) : QVariant()},
        {u"chair_person_id"_s, idOrNull(meeting.chairPersonId)}, {u"secretary_person_id"_s, idOrNull(meeting.secretaryPersonId)},
        {u"status"_s, toCode(meeting.status)}, {u"notes"_s, meeting.notes}};
    const auto saved = saveRow(m_db, u"meeting"_s, meeting.id, values, context);
    if (!saved)
        return fail(saved.error());
    const qint64 id = *saved;
    m_db.markChanged(Database::Change::Meetings);
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return id;
}

Result<Meeting> MeetingStore::meeting(qint64 meetingId) const
{
    Sql query(m_db, meetingSelect + u"WHERE id = :id"_s);
    query.bind(u":id"_s, meetingId);
    if (auto ran = query.exec(Tr::tr("Impossible de lire la réunion n°%1").arg(meetingId)); !ran)
        return fail(ran.error());
    if (!query.next())
        return fail(ErrorCode::NotFound, Tr::tr("La réunion n°%1 n'existe pas.").arg(meetingId));
    return meetingFrom(query);
}

Result<QList<Meeting>> MeetingStore::meetings(Filter filter) const
{
    QString clause;
    switch (filter) {
    case Filter::All: clause = u"ORDER BY starts_at DESC, id DESC"_s; break;
    case Filter::Upcoming: clause = u"WHERE starts_at >= :now ORDER BY starts_at, id"_s; break;
    case Filter::Past: clause = u"WHERE starts_at < :now ORDER BY starts_at DESC, id DESC"_s; break;
    case Filter::Assemblies:
        clause = u"WHERE kind IN ('general_ordinary', 'general_extraordinary') ORDER BY starts_at DESC, id DESC"_s;
        break;
    }
    Sql query(m_db, meetingSelect + clause);
    if (filter == Filter::Upcoming || filter == Filter::Past)
        query.bind(u":now"_s, localText(m_db.now()));
    if (auto ran = query.exec(Tr::tr("Impossible de lire les réunions")); !ran)
        return fail(ran.error());
    QList<Meeting> found;
    while (query.next())
        found.append(meetingFrom(query));
    return found;
}

Result<void> MeetingStore::removeMeeting(qint64 meetingId)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    auto stored = meeting(meetingId);
    if (!stored)
        return fail(stored.error());
    auto locked = hasLockedMinutes(m_db, meetingId);
    if (!locked)
        return fail(locked.error());
    if (*locked)
        return fail(ErrorCode::Conflict,
            Tr::tr("Le procès-verbal de %1 est verrouillé\u00a0: la réunion est conservée avec lui.").arg(meetingText(*stored)));
    auto removed = Sql(m_db, u"DELETE FROM meeting WHERE id = :id"_s)
                       .bind(u":id"_s, meetingId)
                       .exec(Tr::tr("Impossible de supprimer la réunion %1").arg(meetingText(*stored)));
    if (!removed)
        return removed;
    m_db.markChanged(Database::Change::Meetings);
    return transaction.commit();
}

Result<void> MeetingStore::recordOpening(qint64 meetingId, const QDateTime &at)
{
    auto stored = meeting(meetingId);
    if (!stored)
        return fail(stored.error());
    if (!at.isValid() || at.toLocalTime().date() != stored->startsAt.date())
        return fail(ErrorCode::InvalidInput, Tr::tr("La séance de %1 s'ouvre le jour de la réunion.").arg(meetingText(*stored)));
    if (auto refused = refuseIfSheetLocked(m_db, *stored); !refused)
        return refused;
    Sql update(m_db, u"UPDATE meeting SET opened_at = :at, updated_at = :now WHERE id = :id"_s);
    update.bind(u":at"_s, localText(at)).bind(u":now"_s, m_db.nowText()).bind(u":id"_s, meetingId);
    if (auto ran = update.exec(Tr::tr("Impossible d'enregistrer l'ouverture de %1").arg(meetingText(*stored))); !ran)
        return ran;
    m_db.markChanged(Database::Change::Meetings);
    return {};
}

Result<void> MeetingStore::recordDeclaration(qint64 meetingId, const QDate &on)
{
    auto stored = meeting(meetingId);
    if (!stored)
        return fail(stored.error());
    if (on.isValid() && on < stored->startsAt.date())
        return fail(ErrorCode::InvalidInput,
            Tr::tr("Les décisions de %1 ne peuvent pas être déclarées le %2, avant la réunion.").arg(meetingText(*stored), dateText(on)));
    if (on.isValid() && on > m_db.now().toLocalTime().date())
        return fail(ErrorCode::InvalidInput,
            Tr::tr("Les décisions de %1 ne peuvent pas être déclarées le %2, une date à venir.").arg(meetingText(*stored), dateText(on)));
    Sql update(m_db, u"UPDATE meeting SET declared_on = :on, updated_at = :now WHERE id = :id"_s);
    update.bindOrNull(u":on"_s, on.isValid() ? on.toString(Qt::ISODate) : QString())
        .bind(u":now"_s, m_db.nowText())
        .bind(u":id"_s, meetingId);
    if (auto ran = update.exec(Tr::tr("Impossible d'enregistrer la déclaration de %1").arg(meetingText(*stored))); !ran)
        return ran;
    m_db.markChanged(Database::Change::Meetings);
    return {};
}

Result<QList<AgendaItem>> MeetingStore::agenda(qint64 meetingId) const
{
    Sql query(m_db, agendaSelect + u"WHERE meeting_id = :id ORDER BY position"_s);
    query.bind(u":id"_s, meetingId);
    if (auto ran = query.exec(Tr::tr("Impossible de lire l'ordre du jour de la réunion n°%1").arg(meetingId)); !ran)
        return fail(ran.error());
    QList<AgendaItem> items;
    while (query.next())
        items.append(agendaItemFrom(query));
    return items;
}

Result<QList<AgendaItem>> MeetingStore::setAgenda(qint64 meetingId, const QList<AgendaItem> &given)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return fail(transaction.started().error());
    auto stored = meeting(meetingId);
    if (!stored)
        return fail(stored.error());
    auto voted = hasVotes(m_db, meetingId);
    if (!voted)
        return fail(voted.error());
    if (*voted)
        return fail(ErrorCode::Conflict,
            Tr::tr("Un vote est déjà enregistré pour %1\u00a0: l'ordre du jour ne change plus.").arg(meetingText(*stored)));
    auto current = agenda(meetingId);
    if (!current)
        return fail(current.error());
    QSet<qint64> ownIds;
    for (const AgendaItem &item : std::as_const(*current))
        ownIds.insert(item.id);

    // DOMAIN §1.2: « questions diverses » last, information only.
    QList<AgendaItem> ordered;
    std::optional<AgendaItem> otherBusiness;
    QSet<qint64> seen;
    for (int i = 0; i < given.size(); ++i) {
        AgendaItem item = given.at(i);
        item.title = item.title.trimmed();
        if (item.title.isEmpty())
            return fail(ErrorCode::InvalidInput, Tr::tr("Point %1 de l'ordre du jour\u00a0: indiquez un intitulé.").arg(i + 1));
        if (item.id != 0 && (!ownIds.contains(item.id) || seen.contains(item.id)))
            item.id = 0;
        seen.insert(item.id);
        item.meetingId = meetingId;
        if (!isVotable(item.kind)) {
            item.resolutionKind = ResolutionKind::Ordinary;
            item.secretBallot = false;
        }
        if (item.kind == AgendaItemKind::OtherBusiness) {
            if (otherBusiness)
                return fail(ErrorCode::InvalidInput,
                    Tr::tr("« %1 » et « %2 »\u00a0: les questions diverses ne figurent qu'une fois à l'ordre du jour.")
                        .arg(otherBusiness->title, item.title));
            otherBusiness = item;
        } else {
            ordered.append(item);
        }
    }
    if (otherBusiness)
        ordered.append(*otherBusiness);

    const QString context = Tr::tr("Impossible d'enregistrer l'ordre du jour de %1").arg(meetingText(*stored));
    if (auto cleared = Sql(m_db, u"DELETE FROM agenda_item WHERE meeting_id = :id"_s).bind(u":id"_s, meetingId).exec(context); !cleared)
        return fail(cleared.error());
    for (int i = 0; i < ordered.size(); ++i) {
        const AgendaItem &item = ordered.at(i);
        // An item keeps its id, so that what refers to it (a view, a later vote) still does.
        Sql insert(m_db,
            u"INSERT INTO agenda_item (id, meeting_id, position, kind, title, body, resolution_kind, secret_ballot) "
            "VALUES (:id, :meeting, :position, :kind, :title, :body, :resolution, :secret)"_s);
        insert.bind(u":id"_s, idOrNull(item.id))
            .bind(u":meeting"_s, meetingId)
            .bind(u":position"_s, i + 1)
            .bind(u":kind"_s, toCode(item.kind))
            .bind(u":title"_s, item.title)
            .bind(u":body"_s, item.body)
            .bind(u":resolution"_s, isVotable(item.kind) ? QVariant(toCode(item.resolutionKind)) : QVariant())
            .bind(u":secret"_s, item.secretBallot ? 1 : 0);
        if (auto ran = insert.exec(context); !ran)
            return fail(ran.error());
    }
    auto result = agenda(meetingId);
    if (!result)
        return fail(result.error());
    m_db.markChanged(Database::Change::Meetings);
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return result;
}

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

Result<VoteRecord> MeetingStore::recordVote(qint64 agendaItemId, const VoteCount &count, std::optional<bool> chairCastingVoteFor,
    const QDateTime &at, const QString &correctionReason)
{
    if (!at.isValid())
        return fail(ErrorCode::InvalidInput, Tr::tr("Indiquez l'heure du vote."));
    Transaction transaction(m_db);
    if (!transaction.started())
        return fail(transaction.started().error());
    Sql itemQuery(m_db, agendaSelect + u"WHERE id = :id"_s);
    itemQuery.bind(u":id"_s, agendaItemId);
    if (auto ran = itemQuery.exec(Tr::tr("Impossible de lire le point n°%1 de l'ordre du jour").arg(agendaItemId)); !ran)
        return fail(ran.error());
    if (!itemQuery.next())
        return fail(ErrorCode::NotFound, Tr::tr("Le point n°%1 de l'ordre du jour n'existe pas.").arg(agendaItemId));
    const AgendaItem item = agendaItemFrom(itemQuery);
    if (item.kind == AgendaItemKind::OtherBusiness)
        return fail(ErrorCode::InvalidInput,
            Tr::tr("« %1 »\u00a0: les questions diverses sont une information, elles ne font l'objet d'aucun vote.").arg(item.title));
    if (!isVotable(item.kind))
        return fail(
            ErrorCode::InvalidInput, Tr::tr("« %1 » est un point d'information\u00a0: il ne fait pas l'objet d'un vote.").arg(item.title));
    auto stored = meeting(item.meetingId);
    if (!stored)
        return fail(stored.error());
    if (!stored->isAssembly())
        return fail(ErrorCode::InvalidInput,
            Tr::tr("%1 n'est pas une assemblée générale\u00a0: ses votes ne suivent pas les règles des statuts pour l'AG.")
                .arg(meetingText(*stored)));
    auto locked = hasLockedMinutes(m_db, item.meetingId);
    if (!locked)
        return fail(locked.error());
    if (*locked)
        return fail(ErrorCode::Conflict,
            Tr::tr("Le procès-verbal de %1 est verrouillé\u00a0: le vote sur « %2 » ne change plus.")
                .arg(meetingText(*stored), item.title));
    auto earlier = vote(agendaItemId);
    if (!earlier)
        return fail(earlier.error());
    const QString reason = correctionReason.trimmed();
    if (*earlier && reason.isEmpty())
        return fail(ErrorCode::Conflict,
            Tr::tr("Un vote est déjà enregistré sur « %1 » à %2 (résolution %3)\u00a0: corrigez-le en indiquant pourquoi, le premier "
                   "résultat restera au procès-verbal.")
                .arg(item.title, timeText((*earlier)->recordedAt.toLocalTime()),
                    (*earlier)->adopted ? Tr::tr("adoptée") : Tr::tr("rejetée")));
    auto rows = attendance(item.meetingId);
    if (!rows)
        return fail(rows.error());

    const StatutesProfile profile = StatutesProfile::load(m_db);
    // DOMAIN §1.4: the quorum must hold whenever the assembly decides.
    const QuorumStatus status = quorumStatus(toAttendees(*rows), profile, stored->assemblyKind(), stored->convocation, at);
    if (!status.met)
        return fail(ErrorCode::Conflict, Tr::tr("Vote sur « %1 » à %2 impossible. %3").arg(item.title, timeText(at), status.text()));

    VoteRecord record;
    record.agendaItemId = agendaItemId;
    record.count = count;
    record.rule = profile.majority(item.resolutionKind);
    record.body = VotingBody {status.presentWeight, status.representedWeight, status.eligibleWeight};
    const Ballot ballot {item.secretBallot, profile.chairHasCastingVote, chairCastingVoteFor};
    auto outcome = decide(count, record.rule, record.body, ballot);
    if (!outcome)
        return fail(ErrorCode::InvalidInput, Tr::tr("« %1 »\u00a0: %2").arg(item.title, outcome.error().message));
    record.adopted = outcome->adopted;
    record.explanation = outcome->explanation;
    if (outcome->castingVoteUsed)
        record.chairCastingVoteFor = chairCastingVoteFor;
    record.recordedAt = at.toUTC(); // when the vote took place, which may be noted afterwards

    if (*earlier) {
        const VoteRecord &replaced = **earlier;
        auto kept = Sql(m_db,
            u"INSERT INTO vote_correction (agenda_item_id, in_favour, against, abstentions, blank, spoiled, adopted, explanation, "
            "recorded_at, corrected_at, reason) VALUES (:item, :for, :against, :abstentions, :blank, :spoiled, :adopted, :explanation, "
            ":recorded, :corrected, :reason)"_s)
                        .bind(u":item"_s, agendaItemId)
                        .bind(u":for"_s, replaced.count.inFavour)
                        .bind(u":against"_s, replaced.count.against)
                        .bind(u":abstentions"_s, replaced.count.abstentions)
                        .bind(u":blank"_s, replaced.count.blank)
                        .bind(u":spoiled"_s, replaced.count.spoiled)
                        .bind(u":adopted"_s, replaced.adopted ? 1 : 0)
                        .bind(u":explanation"_s, replaced.explanation)
                        .bind(u":recorded"_s, replaced.recordedAt.toUTC().toString(Qt::ISODate))
                        .bind(u":corrected"_s, m_db.now().toUTC().toString(Qt::ISODate))
                        .bind(u":reason"_s, reason)
                        .exec(Tr::tr("Impossible de garder le premier résultat du vote sur « %1 »").arg(item.title));
        if (!kept)
            return fail(kept.error());
    }

    Sql upsert(m_db,
        u"INSERT INTO vote (agenda_item_id, in_favour, against, abstentions, blank, spoiled, chair_casting_vote, threshold, basis, "
        "present_weight, represented_weight, all_members_weight, adopted, explanation, recorded_at) VALUES (:item, :for, :against, "
        ":abstentions, :blank, :spoiled, :casting, :threshold, :basis, :present, :represented, :all, :adopted, :explanation, :at) "
        "ON CONFLICT (agenda_item_id) DO UPDATE SET in_favour = excluded.in_favour, against = excluded.against, "
        "abstentions = excluded.abstentions, blank = excluded.blank, spoiled = excluded.spoiled, "
        "chair_casting_vote = excluded.chair_casting_vote, threshold = excluded.threshold, basis = excluded.basis, "
        "present_weight = excluded.present_weight, represented_weight = excluded.represented_weight, "
        "all_members_weight = excluded.all_members_weight, adopted = excluded.adopted, explanation = excluded.explanation, "
        "recorded_at = excluded.recorded_at"_s);
    upsert.bind(u":item"_s, agendaItemId)
        .bind(u":for"_s, count.inFavour)
        .bind(u":against"_s, count.against)
        .bind(u":abstentions"_s, count.abstentions)
        .bind(u":blank"_s, count.blank)
        .bind(u":spoiled"_s, count.spoiled)
        .bindOrNull(u":casting"_s, record.chairCastingVoteFor ? (*record.chairCastingVoteFor ? u"for"_s : u"against"_s) : QString())
        .bind(u":threshold"_s, toCode(record.rule.threshold))
        .bind(u":basis"_s, toCode(record.rule.basis))
        .bind(u":present"_s, record.body.presentWeight)
        .bind(u":represented"_s, record.body.representedWeight)
        .bind(u":all"_s, record.body.allMembersWeight)
        .bind(u":adopted"_s, record.adopted ? 1 : 0)
        .bind(u":explanation"_s, record.explanation)
        .bind(u":at"_s, record.recordedAt.toString(Qt::ISODate));
    if (auto ran = upsert.exec(Tr::tr("Impossible d'enregistrer le vote sur « %1 »").arg(item.title)); !ran)
        return fail(ran.error());
    m_db.markChanged(Database::Change::Meetings);
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return record;
}

Result<std::optional<VoteRecord>> MeetingStore::vote(qint64 agendaItemId) const
{
    Sql query(m_db,
        u"SELECT in_favour, against, abstentions, blank, spoiled, chair_casting_vote, threshold, basis, present_weight, "
        "represented_weight, all_members_weight, adopted, explanation, recorded_at FROM vote WHERE agenda_item_id = :id"_s);
    query.bind(u":id"_s, agendaItemId);
    if (auto ran = query.exec(Tr::tr("Impossible de lire le vote du point n°%1").arg(agendaItemId)); !ran)
        return fail(ran.error());
    if (!query.next())
        return std::optional<VoteRecord>();
    VoteRecord record;
    record.agendaItemId = agendaItemId;
    record.count = VoteCount {
        query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt(), query.value(3).toInt(), query.value(4).toInt()};
    if (!query.value(5).isNull())
        record.chairCastingVoteFor = query.value(5).toString() == u"for"_s;
    record.rule.threshold = thresholdFromCode(query.value(6).toString()).value_or(Threshold::Simple);
    record.rule.basis = majorityBasisFromCode(query.value(7).toString()).value_or(MajorityBasis::VotesCast);
    record.body = VotingBody {query.value(8).toInt(), query.value(9).toInt(), query.value(10).toInt()};
    record.adopted = query.value(11).toBool();
    record.explanation = query.value(12).toString();
    record.recordedAt = dateTimeFrom(query.value(13));
    return std::optional<VoteRecord>(record);
}

Result<QList<VoteCorrection>> MeetingStore::voteCorrections(qint64 meetingId) const
{
    Sql query(m_db,
        u"SELECT c.agenda_item_id, c.in_favour, c.against, c.abstentions, c.blank, c.spoiled, c.adopted, c.explanation, "
        "c.recorded_at, c.corrected_at, c.reason FROM vote_correction c JOIN agenda_item a ON a.id = c.agenda_item_id "
        "WHERE a.meeting_id = :id ORDER BY a.position, c.corrected_at, c.id"_s);
    query.bind(u":id"_s, meetingId);
    if (auto ran = query.exec(Tr::tr("Impossible de lire les votes corrigés de la réunion n°%1").arg(meetingId)); !ran)
        return fail(ran.error());
    QList<VoteCorrection> corrections;
    while (query.next()) {
        VoteCorrection correction;
        correction.agendaItemId = query.value(0).toLongLong();
        correction.count = VoteCount {
            query.value(1).toInt(), query.value(2).toInt(), query.value(3).toInt(), query.value(4).toInt(), query.value(5).toInt()};
        correction.adopted = query.value(6).toBool();
        correction.explanation = query.value(7).toString();
        correction.recordedAt = dateTimeFrom(query.value(8));
        correction.correctedAt = dateTimeFrom(query.value(9));
        correction.reason = query.value(10).toString();
        corrections.append(correction);
    }
    return corrections;
}

} // namespace adhera::assembly

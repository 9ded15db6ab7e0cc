// SPDX-License-Identifier: GPL-3.0-or-later
// MeetingStore: meetings and their agenda. The other jobs have their own files: invitees
// (meetinginvitees.cpp), attendance and quorum (meetingattendance.cpp), votes
// (meetingvotes.cpp), minutes (meetingminutes.cpp).
#include "meetingstore.h"

#include "assembly/minutesdraft.h"
#include "db/database.h"
#include "db/rowwriter.h"
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

QString defaultTitle(const Meeting &meeting)
{
    return Tr::tr("%1 du %2").arg(label(meeting.kind), dateText(meeting.startsAt.date()));
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

} // namespace adhera::assembly

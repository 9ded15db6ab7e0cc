// SPDX-License-Identifier: GPL-3.0-or-later
// MeetingStore: the invitees of a meeting, their replies and attendance, and the proof of their
// convocation.
#include "meetingstore.h"

#include "db/database.h"
#include "db/sql.h"
#include "meetingstoresupport.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera::assembly {

using namespace storesupport;

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::assembly)
};

// Sets `assignments` on each invitee's line, in one transaction; NotFound, naming the first who is
// not invited, and nothing changed. `context` names the invitee with %1.
Result<void> updateInvitees(Database &db, qint64 meetingId, const QList<InviteeId> &who, const QString &assignments,
    const QList<std::pair<QString, QVariant>> &values, const QString &context)
{
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    auto stored = MeetingStore(db).meeting(meetingId);
    if (!stored)
        return fail(stored.error());
    for (const InviteeId &id : who) {
        auto name = inviteeName(db, id);
        if (!name)
            return fail(name.error());
        Sql update(db,
            u"UPDATE meeting_invitee SET "_s + assignments
                + u" WHERE meeting_id = :meeting AND (membership_id = :membership OR person_id = :person)"_s);
        for (const auto &[placeholder, value] : values)
            update.bind(placeholder, value);
        update.bind(u":meeting"_s, meetingId).bind(u":membership"_s, idOrNull(id.membershipId)).bind(u":person"_s, idOrNull(id.personId));
        if (auto ran = update.exec(context.arg(*name)); !ran)
            return ran;
        if (update.rowsAffected() == 0)
            return fail(ErrorCode::NotFound, Tr::tr("%1 n'est pas invité à %2.").arg(*name, meetingText(*stored)));
    }
    db.markChanged(Database::Change::Meetings);
    return transaction.commit();
}

} // namespace

Result<QList<Invitee>> MeetingStore::invitees(qint64 meetingId) const
{
    Sql query(m_db,
        u"SELECT i.membership_id, i.person_id, o.name, COALESCE(mp.first_name, p.first_name), COALESCE(mp.last_name, p.last_name), "
        "i.reply, i.replied_on, i.convened_on, i.channel, i.attended FROM meeting_invitee i "
        "LEFT JOIN membership m ON m.id = i.membership_id LEFT JOIN organisation o ON o.id = m.organisation_id "
        "LEFT JOIN person mp ON mp.id = m.person_id LEFT JOIN person p ON p.id = i.person_id WHERE i.meeting_id = :id"_s);
    query.bind(u":id"_s, meetingId);
    if (auto ran = query.exec(Tr::tr("Impossible de lire les invités de la réunion n°%1").arg(meetingId)); !ran)
        return fail(ran.error());
    QList<Invitee> found;
    while (query.next()) {
        Invitee invitee;
        invitee.meetingId = meetingId;
        invitee.who = InviteeId {query.value(0).toLongLong(), query.value(1).toLongLong()};
        invitee.name = memberName(query.value(2), query.value(3).toString(), query.value(4).toString());
        invitee.reply = replyFromCode(query.value(5).toString()).value_or(Reply::None);
        invitee.repliedOn = dateFrom(query.value(6));
        invitee.convenedOn = dateFrom(query.value(7));
        invitee.channel = convocationChannelFromCode(query.value(8).toString());
        if (!query.value(9).isNull())
            invitee.attended = query.value(9).toInt() == 1;
        found.append(invitee);
    }
    std::sort(
        found.begin(), found.end(), [](const Invitee &a, const Invitee &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    return found;
}

namespace {

// Whether the invitee is on the list; adds them when `add` is set.
Result<bool> ensureInvited(Database &db, qint64 meetingId, const InviteeId &who, const QString &name, bool add)
{
    const QString context = Tr::tr("Impossible d'inviter %1").arg(name);
    auto found = exists(db,
        u"SELECT EXISTS (SELECT 1 FROM meeting_invitee WHERE meeting_id = :meeting AND (membership_id = :membership OR person_id = "
        ":person))"_s,
        {{u":meeting"_s, meetingId}, {u":membership"_s, idOrNull(who.membershipId)}, {u":person"_s, idOrNull(who.personId)}}, context);
    if (!found || *found || !add)
        return found;
    auto inserted = Sql(db, u"INSERT INTO meeting_invitee (meeting_id, membership_id, person_id) VALUES (:meeting, :membership, :person)"_s)
                        .bind(u":meeting"_s, meetingId)
                        .bind(u":membership"_s, idOrNull(who.membershipId))
                        .bind(u":person"_s, idOrNull(who.personId))
                        .exec(context);
    if (!inserted)
        return fail(inserted.error());
    return false;
}

} // namespace

Result<int> MeetingStore::invite(qint64 meetingId, const QList<InviteeId> &who)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return fail(transaction.started().error());
    if (auto stored = meeting(meetingId); !stored)
        return fail(stored.error());
    int added = 0;
    for (const InviteeId &id : who) {
        auto name = inviteeName(m_db, id);
        if (!name)
            return fail(name.error());
        auto already = ensureInvited(m_db, meetingId, id, *name, true);
        if (!already)
            return fail(already.error());
        if (!*already)
            ++added;
    }
    m_db.markChanged(Database::Change::Meetings);
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return added;
}

Result<void> MeetingStore::setReply(qint64 meetingId, const InviteeId &who, Reply reply, const QDate &on)
{
    return setReply(meetingId, QList<InviteeId> {who}, reply, on);
}

Result<void> MeetingStore::setReply(qint64 meetingId, const QList<InviteeId> &who, Reply reply, const QDate &on)
{
    if (reply != Reply::None && !on.isValid())
        return fail(ErrorCode::InvalidInput, Tr::tr("Indiquez la date de la réponse."));
    return updateInvitees(m_db, meetingId, who, u"reply = :reply, replied_on = :on"_s,
        {{u":reply"_s, toCode(reply)}, {u":on"_s, reply == Reply::None ? QVariant() : QVariant(on.toString(Qt::ISODate))}},
        Tr::tr("Impossible d'enregistrer la réponse de %1"));
}

Result<void> MeetingStore::recordConvocation(qint64 meetingId, const QList<InviteeId> &who, const QDate &on, ConvocationChannel channel)
{
    if (!on.isValid())
        return fail(ErrorCode::InvalidInput, Tr::tr("Indiquez la date d'envoi de la convocation."));
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    auto stored = meeting(meetingId);
    if (!stored)
        return fail(stored.error());
    if (on > stored->startsAt.date())
        return fail(ErrorCode::InvalidInput,
            Tr::tr("La convocation à %1 ne peut pas être envoyée le %2, après la réunion.").arg(meetingText(*stored), dateText(on)));
    for (const InviteeId &id : who) {
        auto name = inviteeName(m_db, id);
        if (!name)
            return fail(name.error());
        if (auto invited = ensureInvited(m_db, meetingId, id, *name, true); !invited)
            return fail(invited.error());
        auto updated = Sql(m_db,
            u"UPDATE meeting_invitee SET convened_on = COALESCE(convened_on, :on), channel = COALESCE(channel, :channel) "
            "WHERE meeting_id = :meeting "
            "AND (membership_id = :membership OR person_id = :person)"_s)
                           .bind(u":on"_s, on.toString(Qt::ISODate))
                           .bind(u":channel"_s, toCode(channel))
                           .bind(u":meeting"_s, meetingId)
                           .bind(u":membership"_s, idOrNull(id.membershipId))
                           .bind(u":person"_s, idOrNull(id.personId))
                           .exec(Tr::tr("Impossible d'enregistrer la convocation de %1").arg(*name));
        if (!updated)
            return updated;
    }
    m_db.markChanged(Database::Change::Meetings);
    return transaction.commit();
}

Result<int> MeetingStore::uninvite(qint64 meetingId, const QList<InviteeId> &who)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return fail(transaction.started().error());
    auto stored = meeting(meetingId);
    if (!stored)
        return fail(stored.error());
    int removed = 0;
    for (const InviteeId &id : who) {
        auto name = inviteeName(m_db, id);
        if (!name)
            return fail(name.error());
        if (stored->isAssembly()) {
            auto convened = exists(m_db,
                u"SELECT EXISTS (SELECT 1 FROM meeting_invitee WHERE meeting_id = :meeting AND membership_id = :membership "
                "AND convened_on IS NOT NULL)"_s,
                {{u":meeting"_s, meetingId}, {u":membership"_s, idOrNull(id.membershipId)}}, Tr::tr("Impossible de lire les invités"));
            if (!convened)
                return fail(convened.error());
            if (*convened)
                return fail(ErrorCode::Conflict,
                    Tr::tr("%1 a été convoqué à %2 : la preuve de la convocation est conservée.").arg(*name, meetingText(*stored)));
        }
        Sql remove(
            m_db, u"DELETE FROM meeting_invitee WHERE meeting_id = :meeting AND (membership_id = :membership OR person_id = :person)"_s);
        remove.bind(u":meeting"_s, meetingId).bind(u":membership"_s, idOrNull(id.membershipId)).bind(u":person"_s, idOrNull(id.personId));
        if (auto ran = remove.exec(Tr::tr("Impossible de retirer %1 des invités").arg(*name)); !ran)
            return fail(ran.error());
        removed += remove.rowsAffected();
    }
    m_db.markChanged(Database::Change::Meetings);
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return removed;
}

Result<void> MeetingStore::setAttended(qint64 meetingId, const InviteeId &who, std::optional<bool> attended)
{
    return setAttended(meetingId, QList<InviteeId> {who}, attended);
}

Result<void> MeetingStore::setAttended(qint64 meetingId, const QList<InviteeId> &who, std::optional<bool> attended)
{
    return updateInvitees(m_db, meetingId, who, u"attended = :attended"_s,
        {{u":attended"_s, attended ? QVariant(*attended ? 1 : 0) : QVariant()}}, Tr::tr("Impossible d'enregistrer la présence de %1"));
}

} // namespace adhera::assembly

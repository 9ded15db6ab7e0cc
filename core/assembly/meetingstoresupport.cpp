// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingstoresupport.h"

#include "db/database.h"
#include "db/sql.h"
#include "i18n/displayformat.h"
#include "members/personnames.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace adhera::assembly::storesupport {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::assembly)
};

} // namespace

// Meeting times are the club's local time, without an offset: "2026-06-12T18:30:00".
QString localText(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(u"yyyy-MM-ddTHH:mm:ss"_s) : QString();
}

QDateTime dateTimeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString dateText(const QDate &date)
{
    return i18n::displayDate(date);
}

QString timeText(const QDateTime &at)
{
    return i18n::displayTime(at.toLocalTime().time());
}

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
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

// "Prénom NOM" for a person, the name of an organisation as it is.
QString memberName(const QVariant &organisationName, const QString &firstName, const QString &lastName)
{
    if (!organisationName.isNull())
        return organisationName.toString();
    return letterName(firstName, lastName);
}

// « AG ordinaire 2026 » du 12/06/2026: how messages name a meeting.
QString meetingText(const Meeting &meeting)
{
    return Tr::tr("« %1 » du %2").arg(meeting.title, dateText(meeting.startsAt.date()));
}

// "Hélène MÜLLER" for a person id; NotFound when there is none.
Result<QString> personName(const Database &db, qint64 personId)
{
    Sql query(db, u"SELECT first_name, last_name FROM person WHERE id = :id"_s);
    query.bind(u":id"_s, personId);
    if (auto ran = query.exec(Tr::tr("Impossible de lire la personne n°%1").arg(personId)); !ran)
        return fail(ran.error());
    if (!query.next())
        return fail(ErrorCode::NotFound, Tr::tr("La personne n°%1 n'existe pas.").arg(personId));
    return memberName(QVariant(), query.value(0).toString(), query.value(1).toString());
}

// The name of a membership's holder, or NotFound.
Result<QString> membershipName(const Database &db, qint64 membershipId)
{
    Sql query(db,
        u"SELECT o.name, p.first_name, p.last_name FROM membership m "
        "LEFT JOIN organisation o ON o.id = m.organisation_id LEFT JOIN person p ON p.id = m.person_id WHERE m.id = :id"_s);
    query.bind(u":id"_s, membershipId);
    if (auto ran = query.exec(Tr::tr("Impossible de lire l'adhésion n°%1").arg(membershipId)); !ran)
        return fail(ran.error());
    if (!query.next())
        return fail(ErrorCode::NotFound, Tr::tr("L'adhésion n°%1 n'existe pas.").arg(membershipId));
    return memberName(query.value(0), query.value(1).toString(), query.value(2).toString());
}

Result<QString> inviteeName(const Database &db, const InviteeId &who)
{
    if ((who.membershipId == 0) == (who.personId == 0))
        return fail(ErrorCode::InvalidInput, Tr::tr("Un invité est soit une adhésion, soit une personne."));
    return who.membershipId != 0 ? membershipName(db, who.membershipId) : personName(db, who.personId);
}

Result<bool> exists(const Database &db, const QString &statement, const QList<std::pair<QString, QVariant>> &values, const QString &context)
{
    Sql query(db, statement);
    for (const auto &[placeholder, value] : values)
        query.bind(placeholder, value);
    auto found = query.scalar(context);
    if (!found)
        return fail(found.error());
    return found->toBool();
}

Result<bool> hasVotes(const Database &db, qint64 meetingId)
{
    return exists(db, u"SELECT EXISTS (SELECT 1 FROM vote v JOIN agenda_item a ON a.id = v.agenda_item_id WHERE a.meeting_id = :id)"_s,
        {{u":id"_s, meetingId}}, Tr::tr("Impossible de lire les votes de la réunion"));
}

Result<bool> hasLockedMinutes(const Database &db, qint64 meetingId)
{
    return exists(db, u"SELECT EXISTS (SELECT 1 FROM minutes WHERE meeting_id = :id AND status = 'locked')"_s, {{u":id"_s, meetingId}},
        Tr::tr("Impossible de lire le procès-verbal de la réunion"));
}

// The attendance sheet is the locked minutes' annex: once they are locked, it stays as signed.
Result<void> refuseIfSheetLocked(const Database &db, const Meeting &meeting)
{
    auto locked = hasLockedMinutes(db, meeting.id);
    if (!locked)
        return fail(locked.error());
    if (*locked)
        return fail(ErrorCode::Conflict,
            Tr::tr("Le procès-verbal de %1 est verrouillé\u00a0: sa feuille de présence ne change plus.").arg(meetingText(meeting)));
    return {};
}

} // namespace adhera::assembly::storesupport

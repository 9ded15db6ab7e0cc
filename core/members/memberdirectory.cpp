// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberdirectory.h"

#include "db/database.h"
#include "db/sql.h"
#include "members/searchindex.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace adhera {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("adhera::MemberDirectory", text);
}

const QString rowColumns = uR"(
SELECT m.id, m.organisation_id, m.person_id,
       o.name, p.last_name, p.first_name,
       c.name, m.status, oc.name,
       COALESCE(o.city, p.city), COALESCE(o.postcode, p.postcode),
       r.first_name, r.last_name,
       COALESCE(o.email, p.email),
       COALESCE(o.phone, CASE WHEN p.phone <> '' THEN p.phone ELSE p.mobile END),
       m.joined_on, m.left_on
FROM member_directory d
JOIN membership m ON m.id = d.membership_id
LEFT JOIN organisation o ON o.id = m.organisation_id
LEFT JOIN person p ON p.id = m.person_id
LEFT JOIN person r ON r.id = m.representative_id
JOIN membership_category c ON c.id = m.category_id
LEFT JOIN origin_club oc ON oc.id = m.origin_club_id
)"_s;

struct Where {
    QString clause;
    QList<std::pair<QString, QVariant>> bindings;
};

Where whereFor(const MemberFilter &filter)
{
    Where where;
    QStringList conditions;
    const QString match = ftsMatchExpression(filter.search);
    if (!match.isEmpty()) {
        conditions << u"m.id IN (SELECT rowid FROM member_directory_fts WHERE member_directory_fts MATCH :match)"_s;
        where.bindings.append({u":match"_s, match});
    }
    if (filter.status) {
        conditions << u"m.status = :status"_s;
        where.bindings.append({u":status"_s, toCode(*filter.status)});
    }
    if (filter.categoryId > 0) {
        conditions << u"m.category_id = :category"_s;
        where.bindings.append({u":category"_s, filter.categoryId});
    }
    if (filter.originClubId > 0) {
        conditions << u"m.origin_club_id = :club"_s;
        where.bindings.append({u":club"_s, filter.originClubId});
    }
    if (filter.kind)
        conditions << (*filter.kind == MemberKind::Organisation ? u"m.organisation_id IS NOT NULL"_s : u"m.person_id IS NOT NULL"_s);
    if (!conditions.isEmpty())
        where.clause = u" WHERE "_s + conditions.join(u" AND "_s);
    return where;
}

QString orderBy(const MemberSort &sort)
{
    QString key;
    switch (sort.column) {
    case MemberColumn::Name: key = u"d.sort_name"_s; break;
    case MemberColumn::Kind: key = u"(m.person_id IS NOT NULL)"_s; break;
    case MemberColumn::Category: key = u"c.sort_order"_s; break;
    case MemberColumn::Status: key = u"m.status"_s; break;
    case MemberColumn::OriginClub: key = u"oc.sort_order"_s; break;
    case MemberColumn::City: key = u"COALESCE(o.city, p.city) COLLATE NOCASE"_s; break;
    case MemberColumn::Representative: key = u"r.last_name COLLATE NOCASE"_s; break;
    case MemberColumn::Email: key = u"COALESCE(o.email, p.email)"_s; break;
    case MemberColumn::Phone: key = u"COALESCE(o.phone, p.phone)"_s; break;
    case MemberColumn::JoinedOn: key = u"m.joined_on"_s; break;
    }
    const QString direction = sort.order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    if (sort.column == MemberColumn::Name)
        return u" ORDER BY d.sort_name"_s + direction + u", m.id"_s + direction;
    return u" ORDER BY "_s + key + direction + u", d.sort_name, m.id"_s;
}

} // namespace

MemberDirectory::MemberDirectory(Database &db)
    : m_db(db)
{
}

Result<int> MemberDirectory::count(const MemberFilter &filter) const
{
    const Where where = whereFor(filter);
    Sql q(m_db, u"SELECT count(*) FROM membership m"_s + where.clause);
    for (const auto &[name, value] : where.bindings)
        q.bind(name, value);
    return q.scalar(tr("Impossible de compter les adhérents")).map([](const QVariant &v) { return v.toInt(); });
}

Result<QList<MemberRow>> MemberDirectory::page(const MemberFilter &filter, const MemberSort &sort, int offset, int limit) const
{
    const Where where = whereFor(filter);
    Sql q(m_db, rowColumns + where.clause + orderBy(sort) + u" LIMIT :limit OFFSET :offset"_s);
    for (const auto &[name, value] : where.bindings)
        q.bind(name, value);
    q.bind(u":limit"_s, limit).bind(u":offset"_s, offset);
    if (auto ran = q.exec(tr("Impossible de lire la liste des adhérents")); !ran)
        return fail(ran.error());
    QList<MemberRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        MemberRow row;
        row.membershipId = q.value(0).toLongLong();
        row.organisationId = q.value(1).toLongLong();
        row.personId = q.value(2).toLongLong();
        row.kind = row.organisationId > 0 ? MemberKind::Organisation : MemberKind::Person;
        // Upper-cased here: SQLite's upper() knows only ASCII ("Müller" must give "MÜLLER").
        row.name = row.kind == MemberKind::Organisation ? q.value(3).toString() : listName(q.value(4).toString(), q.value(5).toString());
        row.category = q.value(6).toString();
        row.status = membershipStatusFromCode(q.value(7).toString()).value_or(MembershipStatus::Active);
        row.originClub = q.value(8).toString();
        row.city = q.value(9).toString();
        row.postcode = q.value(10).toString();
        if (!q.value(12).isNull())
            row.representative = QString(q.value(11).toString() + u' ' + q.value(12).toString().toUpper()).trimmed();
        row.email = q.value(13).toString();
        row.phone = q.value(14).toString();
        row.joinedOn = QDate::fromString(q.value(15).toString(), Qt::ISODate);
        row.leftOn = QDate::fromString(q.value(16).toString(), Qt::ISODate);
        rows.append(row);
    }
    return rows;
}

} // namespace adhera

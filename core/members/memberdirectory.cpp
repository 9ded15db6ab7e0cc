// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberdirectory.h"

#include "db/database.h"
#include "db/sql.h"
#include "members/personnames.h"
#include "members/searchindex.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace adhera {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::MemberDirectory)
};

// The columns of a row, for the page of ids chosen in "hits".
const QString rowColumns = uR"(
SELECT m.id, m.organisation_id, m.person_id,
       o.name, p.last_name, p.first_name,
       c.name, m.status, oc.name,
       COALESCE(o.city, p.city), COALESCE(o.postcode, p.postcode),
       r.first_name, r.last_name,
       COALESCE(o.email, p.email),
       COALESCE(o.phone, CASE WHEN p.phone <> '' THEN p.phone ELSE p.mobile END),
       m.joined_on, m.left_on
FROM hits h
JOIN membership m ON m.id = h.id
LEFT JOIN organisation o ON o.id = m.organisation_id
LEFT JOIN person p ON p.id = m.person_id
LEFT JOIN person r ON r.id = m.representative_id
JOIN membership_category c ON c.id = m.category_id
LEFT JOIN origin_club oc ON oc.id = m.origin_club_id
)"_s;

// The filter as SQL on member_directory d, which carries every filtered and sorted column; the
// search is kept apart because, alone, it is counted by the full-text index itself.
struct Where {
    QString search;
    QStringList membership;
    QList<std::pair<QString, QVariant>> bindings;

    QString clause() const
    {
        QStringList all = membership;
        if (!search.isEmpty())
            all.prepend(search);
        return all.isEmpty() ? QString() : u" WHERE "_s + all.join(u" AND "_s);
    }
};

Where whereFor(const MemberFilter &filter)
{
    Where where;
    const QString match = ftsMatchExpression(filter.search);
    if (!match.isEmpty()) {
        // The unary + keeps SQLite on the sort index: it reads the list in order and keeps the
        // matching rows, instead of sorting every match.
        where.search = u"+d.membership_id IN (SELECT rowid FROM member_directory_fts WHERE member_directory_fts MATCH :match)"_s;
        where.bindings.append({u":match"_s, match});
    }
    if (filter.status) {
        where.membership << u"d.status = :status"_s;
        where.bindings.append({u":status"_s, toCode(*filter.status)});
    }
    if (filter.categoryId > 0) {
        where.membership << u"d.category_id = :category"_s;
        where.bindings.append({u":category"_s, filter.categoryId});
    }
    if (filter.originClubId > 0) {
        where.membership << u"d.origin_club_id = :club"_s;
        where.bindings.append({u":club"_s, filter.originClubId});
    }
    if (filter.kind)
        where.membership << (*filter.kind == MemberKind::Organisation ? u"d.member_kind = 'organisation'"_s
                                                                      : u"d.member_kind = 'person'"_s);
    return where;
}

QString sortKey(MemberColumn column)
{
    switch (column) {
    case MemberColumn::Name: return u"d.sort_name"_s;
    case MemberColumn::Kind: return u"d.member_kind"_s;
    case MemberColumn::Category: return u"d.category_rank"_s;
    case MemberColumn::Status: return u"d.status"_s;
    case MemberColumn::OriginClub: return u"d.club_rank"_s;
    case MemberColumn::City: return u"d.city_key"_s;
    case MemberColumn::Representative: return u"d.representative_key"_s;
    case MemberColumn::Email: return u"d.email_key"_s;
    case MemberColumn::Phone: return u"d.phone_key"_s;
    case MemberColumn::JoinedOn: return u"d.joined_on"_s;
    }
    return u"d.sort_name"_s;
}

// Picks the page's ids on member_directory alone, walking the index of the sort column, then
// joins only those 200 rows: sorting the wide rows of every match is what made a one-letter
// search or a sort by city slow on 100,000 members.
QString pageQuery(const Where &where, const MemberSort &sort)
{
    const QString direction = sort.order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    const QString key = sortKey(sort.column);
    const QString hits = u"SELECT d.membership_id AS id, d.sort_name AS sort_name, "_s + key + u" AS sort_key FROM member_directory d"_s
        + where.clause() + u" ORDER BY "_s + key + direction + u", d.sort_name"_s + direction + u", d.membership_id"_s + direction;
    return u"WITH hits AS ("_s + hits + u" LIMIT :limit OFFSET :offset)"_s + rowColumns + u" ORDER BY h.sort_key"_s + direction
        + u", h.sort_name"_s + direction + u", h.id"_s + direction;
}

} // namespace

MemberDirectory::MemberDirectory(Database &db) : m_db(db)
{ }

Result<int> MemberDirectory::count(const MemberFilter &filter) const
{
    const Where where = whereFor(filter);
    // A search alone is counted by the full-text index itself, without a join.
    const QString statement = where.membership.isEmpty() && !where.search.isEmpty()
        ? u"SELECT count(*) FROM member_directory_fts WHERE member_directory_fts MATCH :match"_s
        : u"SELECT count(*) FROM member_directory d"_s + where.clause();
    Sql q(m_db, statement);
    for (const auto &[name, value] : where.bindings)
        q.bind(name, value);
    return q.scalar(Tr::tr("Impossible de compter les adhérents")).map([](const QVariant &v) { return v.toInt(); });
}

Result<QList<MemberRow>> MemberDirectory::page(const MemberFilter &filter, const MemberSort &sort, int offset, int limit) const
{
    const Where where = whereFor(filter);
    Sql q(m_db, pageQuery(where, sort));
    for (const auto &[name, value] : where.bindings)
        q.bind(name, value);
    q.bind(u":limit"_s, limit).bind(u":offset"_s, offset);
    if (auto ran = q.exec(Tr::tr("Impossible de lire la liste des adhérents")); !ran)
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "persondirectory.h"

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
    Q_DECLARE_TR_FUNCTIONS(adhera::PersonDirectory)
};

const QString rowColumns = uR"(
SELECT p.id, p.last_name, p.first_name, p.job_title, o.id, o.name, p.email,
       CASE WHEN p.phone <> '' THEN p.phone ELSE p.mobile END, p.city,
       EXISTS (SELECT 1 FROM membership r WHERE r.representative_id = p.id OR r.alternate_id = p.id),
       EXISTS (SELECT 1 FROM membership i WHERE i.person_id = p.id),
       (SELECT group_concat(b.role, ' ') FROM board_role b WHERE b.person_id = p.id AND b.end_date IS NULL)
FROM person_directory d
JOIN person p ON p.id = d.person_id
LEFT JOIN employment e ON e.person_id = p.id AND e.end_date IS NULL
LEFT JOIN organisation o ON o.id = e.organisation_id
)"_s;

struct Where {
    QString clause;
    QString match;
};

Where whereFor(const PersonFilter &filter)
{
    Where where;
    QStringList conditions;
    where.match = ftsMatchExpression(filter.search);
    if (!where.match.isEmpty())
        conditions << u"d.person_id IN (SELECT rowid FROM person_directory_fts WHERE person_directory_fts MATCH :match)"_s;
    switch (filter.scope) {
    case PersonScope::Everyone: break;
    case PersonScope::Representatives:
        conditions << u"d.person_id IN (SELECT representative_id FROM membership UNION SELECT alternate_id FROM membership)"_s;
        break;
    case PersonScope::Board: conditions << u"d.person_id IN (SELECT person_id FROM board_role WHERE end_date IS NULL)"_s; break;
    case PersonScope::IndividualMembers: conditions << u"d.person_id IN (SELECT person_id FROM membership)"_s; break;
    }
    if (!conditions.isEmpty())
        where.clause = u" WHERE "_s + conditions.join(u" AND "_s);
    return where;
}

QString orderBy(const PersonSort &sort)
{
    const QString direction = sort.order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    QString key;
    switch (sort.column) {
    case PersonColumn::Name: return u" ORDER BY d.sort_name"_s + direction + u", d.person_id"_s + direction;
    case PersonColumn::Employer: key = u"o.name COLLATE NOCASE"_s; break;
    case PersonColumn::JobTitle: key = u"p.job_title COLLATE NOCASE"_s; break;
    case PersonColumn::City: key = u"p.city COLLATE NOCASE"_s; break;
    case PersonColumn::Email: key = u"p.email"_s; break;
    case PersonColumn::Phone: key = u"CASE WHEN p.phone <> '' THEN p.phone ELSE p.mobile END"_s; break;
    }
    return u" ORDER BY "_s + key + direction + u", d.sort_name, d.person_id"_s;
}

} // namespace

PersonDirectory::PersonDirectory(Database &db) : m_db(db)
{ }

Result<int> PersonDirectory::count(const PersonFilter &filter) const
{
    const Where where = whereFor(filter);
    Sql q(m_db, u"SELECT count(*) FROM person_directory d"_s + where.clause);
    if (!where.match.isEmpty())
        q.bind(u":match"_s, where.match);
    return q.scalar(Tr::tr("Impossible de compter les personnes")).map([](const QVariant &v) { return v.toInt(); });
}

Result<QList<PersonRow>> PersonDirectory::page(const PersonFilter &filter, const PersonSort &sort, int offset, int limit) const
{
    const Where where = whereFor(filter);
    Sql q(m_db, rowColumns + where.clause + orderBy(sort) + u" LIMIT :limit OFFSET :offset"_s);
    if (!where.match.isEmpty())
        q.bind(u":match"_s, where.match);
    q.bind(u":limit"_s, limit).bind(u":offset"_s, offset);
    if (auto ran = q.exec(Tr::tr("Impossible de lire la liste des personnes")); !ran)
        return fail(ran.error());
    QList<PersonRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        PersonRow row;
        row.personId = q.value(0).toLongLong();
        row.name = listName(q.value(1).toString(), q.value(2).toString());
        row.jobTitle = q.value(3).toString();
        row.employerId = q.value(4).toLongLong();
        row.employer = q.value(5).toString();
        row.email = q.value(6).toString();
        row.phone = q.value(7).toString();
        row.city = q.value(8).toString();
        row.representative = q.value(9).toBool();
        row.individualMember = q.value(10).toBool();
        const QStringList roles = q.value(11).toString().split(u' ', Qt::SkipEmptyParts);
        for (const QString &role : roles)
            if (auto position = boardPositionFromCode(role))
                row.boardPositions << *position;
        rows.append(row);
    }
    return rows;
}

} // namespace adhera

// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "db/database.h"
#include "db/sql.h"
#include "text/textfold.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace adhera {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::SearchIndex)
};

// One derived table: its source query returns the key, then one value per column, in order.
// Folded columns are folded in C++ (accents, ligatures, case) before they are stored.
struct IndexedTable {
    QString name;
    QString key;
    QStringList columns;
    QStringList foldedColumns;
    QString source;
};

// The member list's row: what it shows and sorts on, plus the words a member is found by —
// the representative and alternate of an organisation, the employer of an individual member.
const IndexedTable &memberTable()
{
    static const IndexedTable table {u"member_directory"_s, u"membership_id"_s,
        {u"sort_name"_s, u"words"_s, u"member_kind"_s, u"status"_s, u"category_id"_s, u"category_rank"_s, u"origin_club_id"_s,
            u"club_rank"_s, u"city_key"_s, u"representative_key"_s, u"email_key"_s, u"phone_key"_s, u"joined_on"_s},
        {u"sort_name"_s, u"words"_s, u"city_key"_s, u"representative_key"_s}, uR"(
SELECT m.id,
       COALESCE(o.name, p.last_name || ' ' || p.first_name),
       COALESCE(o.name, '')
       || ' ' || COALESCE(o.legal_form, '')
       || ' ' || COALESCE(o.siren, '')
       || ' ' || COALESCE(o.city, '')
       || ' ' || COALESCE(o.postcode, '')
       || ' ' || COALESCE(o.email, '')
       || ' ' || COALESCE(p.first_name, '')
       || ' ' || COALESCE(p.last_name, '')
       || ' ' || COALESCE(p.email, '')
       || ' ' || COALESCE(p.city, '')
       || ' ' || COALESCE(p.postcode, '')
       || ' ' || COALESCE(p.job_title, '')
       || ' ' || COALESCE((SELECT group_concat(r.first_name || ' ' || r.last_name, ' ')
                    FROM person r WHERE r.id IN (m.representative_id, m.alternate_id)), '')
       || ' ' || COALESCE((SELECT group_concat(eo.name, ' ')
                    FROM employment e JOIN organisation eo ON eo.id = e.organisation_id
                   WHERE e.person_id = p.id AND e.end_date IS NULL), ''),
       CASE WHEN m.organisation_id IS NULL THEN 'person' ELSE 'organisation' END,
       m.status,
       m.category_id,
       c.sort_order,
       m.origin_club_id,
       COALESCE(oc.sort_order, 0),
       COALESCE(o.city, p.city),
       COALESCE(r.last_name || ' ' || r.first_name, ''),
       lower(COALESCE(o.email, p.email)),
       COALESCE(o.phone, CASE WHEN p.phone <> '' THEN p.phone ELSE p.mobile END),
       COALESCE(m.joined_on, '')
FROM membership m
LEFT JOIN organisation o ON o.id = m.organisation_id
LEFT JOIN person p ON p.id = m.person_id
LEFT JOIN person r ON r.id = m.representative_id
JOIN membership_category c ON c.id = m.category_id
LEFT JOIN origin_club oc ON oc.id = m.origin_club_id
)"_s};
    return table;
}

// The people list's row: the words a person is found by.
const IndexedTable &personTable()
{
    static const IndexedTable table {u"person_directory"_s, u"person_id"_s, {u"sort_name"_s, u"words"_s}, {u"sort_name"_s, u"words"_s}, uR"(
SELECT p.id,
       p.last_name || ' ' || p.first_name,
       p.first_name || ' ' || p.last_name || ' ' || p.email || ' ' || p.city || ' ' || p.postcode || ' ' || p.job_title
       || ' ' || COALESCE((SELECT group_concat(eo.name, ' ')
                    FROM employment e JOIN organisation eo ON eo.id = e.organisation_id
                   WHERE e.person_id = p.id AND e.end_date IS NULL), '')
FROM person p
)"_s};
    return table;
}

QString placeholders(const QStringList &columns)
{
    QStringList names;
    for (const QString &column : columns)
        names << u':' + column;
    return names.join(u", "_s);
}

// Binds one source row to a statement whose placeholders are :id and the column names.
void bindRow(Sql &statement, const IndexedTable &table, const Sql &source)
{
    statement.bind(u":id"_s, source.value(0));
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const QString &column = table.columns.at(i);
        const QVariant value = source.value(int(i) + 1);
        statement.bind(u':' + column, table.foldedColumns.contains(column) ? QVariant(text::fold(value.toString())) : value);
    }
}

using Bindings = QList<std::pair<QString, QVariant>>;

// Upserts the rows the condition selects; unchanged rows are left alone so the FTS triggers
// do not rewrite them.
Result<void> refreshRows(Database &db, const IndexedTable &table, const QString &condition, const Bindings &bindings)
{
    const QString context = Tr::tr("Impossible de mettre à jour l'index de recherche");
    Sql source(db, table.source + condition);
    for (const auto &[name, value] : bindings)
        source.bind(name, value);
    if (auto ran = source.exec(context); !ran)
        return ran;
    QStringList updates;
    QStringList changed;
    for (const QString &column : table.columns) {
        updates << u"%1 = excluded.%1"_s.arg(column);
        changed << u"%1 IS NOT excluded.%1"_s.arg(column);
    }
    Sql upsert(db,
        u"INSERT INTO %1 (%2, %3) VALUES (:id, %4) ON CONFLICT (%2) DO UPDATE SET %5 WHERE %6"_s.arg(table.name, table.key,
            table.columns.join(u", "_s), placeholders(table.columns), updates.join(u", "_s), changed.join(u" OR "_s)));
    while (source.next()) {
        bindRow(upsert, table, source);
        if (auto ran = upsert.exec(context); !ran)
            return ran;
    }
    return {};
}

// Bulk path: folded rows go to a TEMP staging table first and reach the indexed table in one
// INSERT … SELECT; row-by-row upserts (each firing the FTS trigger) cost ~80 µs a row.
Result<void> rebuildRows(Database &db, const IndexedTable &table)
{
    const QString context = Tr::tr("Impossible de reconstruire l'index de recherche");
    const QString columns = table.columns.join(u", "_s);
    // Created before the source query is prepared: a schema change would invalidate it.
    const QStringList preparation {u"DROP TABLE IF EXISTS temp.search_staging"_s,
        u"CREATE TEMP TABLE search_staging AS SELECT %1, %2 FROM %3 WHERE 0"_s.arg(table.key, columns, table.name),
        u"DELETE FROM "_s + table.name};
    for (const QString &statement : preparation)
        if (auto ran = Sql(db, statement).exec(context); !ran)
            return ran;
    Sql source(db, table.source);
    if (auto ran = source.exec(context); !ran)
        return ran;
    Sql stage(db, u"INSERT INTO temp.search_staging (%1, %2) VALUES (:id, %3)"_s.arg(table.key, columns, placeholders(table.columns)));
    while (source.next()) {
        bindRow(stage, table, source);
        if (auto ran = stage.exec(context); !ran)
            return ran;
    }
    return Sql(db, u"INSERT INTO %1 (%2, %3) SELECT %2, %3 FROM temp.search_staging"_s.arg(table.name, table.key, columns))
        .exec(context)
        .and_then([&] { return Sql(db, u"DROP TABLE temp.search_staging"_s).exec(context); });
}

} // namespace

SearchIndex::SearchIndex(Database &db) : m_db(db)
{ }

Result<void> SearchIndex::refreshForPerson(qint64 personId)
{
    const Bindings id {{u":id"_s, personId}};
    return refreshRows(m_db, personTable(), u" WHERE p.id = :id"_s, id).and_then([&] {
        return refreshRows(m_db, memberTable(), u" WHERE m.person_id = :id OR m.representative_id = :id OR m.alternate_id = :id"_s, id);
    });
}

Result<void> SearchIndex::refreshForOrganisation(qint64 organisationId)
{
    const Bindings id {{u":id"_s, organisationId}};
    const QString staff = u"SELECT person_id FROM employment WHERE organisation_id = :id"_s;
    return refreshRows(m_db, personTable(), u" WHERE p.id IN ("_s + staff + u')', id).and_then([&] {
        return refreshRows(m_db, memberTable(), u" WHERE m.organisation_id = :id OR m.person_id IN ("_s + staff + u')', id);
    });
}

Result<void> SearchIndex::rebuild()
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    if (auto members = rebuildRows(m_db, memberTable()); !members)
        return members;
    if (auto people = rebuildRows(m_db, personTable()); !people)
        return people;
    return transaction.commit();
}

QString ftsMatchExpression(const QString &typed)
{
    QStringList parts;
    const QStringList terms = text::searchTerms(typed);
    for (const QString &term : terms)
        parts << u"\"%1\"*"_s.arg(term);
    return parts.join(u' ');
}

} // namespace adhera

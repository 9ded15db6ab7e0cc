// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "db/database.h"
#include "db/sql.h"
#include "text/textfold.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace adhera {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("adhera::SearchIndex", text);
}

// The words a member is found by, before folding: what the list shows, plus the representative
// and alternate of an organisation and the employer of an individual member.
const QString memberWords = uR"(
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
                   WHERE e.person_id = p.id AND e.end_date IS NULL), '')
FROM membership m
LEFT JOIN organisation o ON o.id = m.organisation_id
LEFT JOIN person p ON p.id = m.person_id
)"_s;

// The words a person is found by in the people list.
const QString personWords = uR"(
SELECT p.id,
       p.last_name || ' ' || p.first_name,
       p.first_name || ' ' || p.last_name || ' ' || p.email || ' ' || p.city || ' ' || p.postcode || ' ' || p.job_title
       || ' ' || COALESCE((SELECT group_concat(eo.name, ' ')
                    FROM employment e JOIN organisation eo ON eo.id = e.organisation_id
                   WHERE e.person_id = p.id AND e.end_date IS NULL), '')
FROM person p
)"_s;

using Bindings = QList<std::pair<QString, QVariant>>;

// Runs sourceQuery (columns: id, name to sort by, words) and upserts its rows into table.
Result<void> writeRows(Database &db, const QString &table, const QString &sourceQuery, const Bindings &bindings)
{
    const QString context = tr("Impossible de mettre à jour l'index de recherche");
    Sql source(db, sourceQuery);
    for (const auto &[name, value] : bindings)
        source.bind(name, value);
    if (auto ran = source.exec(context); !ran)
        return ran;
    const QString key = table == u"member_directory"_s ? u"membership_id"_s : u"person_id"_s;
    // Unchanged rows are left alone so the FTS triggers do not rewrite them.
    Sql upsert(db, u"INSERT INTO %1 (%2, sort_name, words) VALUES (:id, :sort, :words) "
                   "ON CONFLICT (%2) DO UPDATE SET sort_name = excluded.sort_name, words = excluded.words "
                   "WHERE sort_name <> excluded.sort_name OR words <> excluded.words"_s.arg(table, key));
    while (source.next()) {
        upsert.bind(u":id"_s, source.value(0))
            .bind(u":sort"_s, text::fold(source.value(1).toString()))
            .bind(u":words"_s, text::fold(source.value(2).toString()));
        if (auto ran = upsert.exec(context); !ran)
            return ran;
    }
    return {};
}

} // namespace

SearchIndex::SearchIndex(Database &db)
    : m_db(db)
{
}

Result<void> SearchIndex::refreshForPerson(qint64 personId)
{
    const Bindings id{{u":id"_s, personId}};
    return writeRows(m_db, u"person_directory"_s, personWords + u" WHERE p.id = :id"_s, id).and_then([&] {
        return writeRows(m_db, u"member_directory"_s,
                         memberWords + u" WHERE m.person_id = :id OR m.representative_id = :id OR m.alternate_id = :id"_s, id);
    });
}

Result<void> SearchIndex::refreshForOrganisation(qint64 organisationId)
{
    const Bindings id{{u":id"_s, organisationId}};
    const QString staff = u"SELECT person_id FROM employment WHERE organisation_id = :id"_s;
    return writeRows(m_db, u"person_directory"_s, personWords + u" WHERE p.id IN ("_s + staff + u')', id).and_then([&] {
        return writeRows(m_db, u"member_directory"_s,
                         memberWords + u" WHERE m.organisation_id = :id OR m.person_id IN ("_s + staff + u')', id);
    });
}

Result<void> SearchIndex::rebuild()
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    for (const QString &table : {u"member_directory"_s, u"person_directory"_s})
        if (auto cleared = Sql(m_db, u"DELETE FROM "_s + table).exec(tr("Impossible de vider l'index de recherche")); !cleared)
            return cleared;
    if (auto members = writeRows(m_db, u"member_directory"_s, memberWords, {}); !members)
        return members;
    if (auto people = writeRows(m_db, u"person_directory"_s, personWords, {}); !people)
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

QString listName(const QString &lastName, const QString &firstName)
{
    return firstName.isEmpty() ? lastName.toUpper() : lastName.toUpper() + u' ' + firstName;
}

} // namespace adhera

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace adhera {

class Database;

// One prepared statement with named placeholders. Every failure becomes an Error that says
// what could not be done (the context, a translated sentence such as "Impossible d'enregistrer
// la personne") and what SQLite answered.
class Sql final
{
public:
    Sql(const Database &db, const QString &statement);
    explicit Sql(const QSqlDatabase &connection, const QString &statement);

    Sql &bind(const QString &placeholder, const QVariant &value);
    // Binds an empty string as SQL NULL (for optional dates and identifiers).
    Sql &bindOrNull(const QString &placeholder, const QString &value);

    Result<void> exec(const QString &context);
    // Runs the statement and returns the first column of the first row, if any.
    Result<QVariant> scalar(const QString &context);

    QSqlQuery &query() { return m_query; }
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

Error storageError(const QString &context, const QString &detail);

} // namespace adhera

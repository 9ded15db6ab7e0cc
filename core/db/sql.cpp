// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql.h"

#include "database.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace adhera {

Sql::Sql(const Database &db, const QString &statement) : Sql(db.connection(), statement)
{ }

Sql::Sql(const QSqlDatabase &connection, const QString &statement) : m_query(connection)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(statement);
}

Sql &Sql::bind(const QString &placeholder, const QVariant &value)
{
    // A null QString would be bound as SQL NULL; text columns hold '' for "nothing typed".
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QString(u""_s));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

Sql &Sql::bindOrNull(const QString &placeholder, const QString &value)
{
    m_query.bindValue(placeholder, value.isEmpty() ? QVariant() : QVariant(value));
    return *this;
}

Result<void> Sql::exec(const QString &context)
{
    if (!m_prepared || !m_query.exec())
        return fail(storageError(context, m_query.lastError().text()));
    return {};
}

Result<QVariant> Sql::scalar(const QString &context)
{
    if (auto ran = exec(context); !ran)
        return fail(ran.error());
    if (!m_query.next())
        return QVariant();
    // Done with the statement: one left open (an INSERT … RETURNING read once) blocks the commit.
    const QVariant value = m_query.value(0);
    m_query.finish();
    return value;
}

Error storageError(const QString &context, const QString &detail)
{
    const QString message = context + u"\u00a0: "_s + detail;
    if (detail.contains(QLatin1String("UNIQUE constraint failed")) || detail.contains(QLatin1String("CHECK constraint failed"))
        || detail.contains(QLatin1String("FOREIGN KEY constraint failed")))
        return Error {ErrorCode::Conflict, message};
    return Error {ErrorCode::Storage, message};
}

} // namespace adhera

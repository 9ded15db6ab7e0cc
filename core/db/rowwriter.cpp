// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowwriter.h"

#include "database.h"
#include "sql.h"

using namespace Qt::StringLiterals;

namespace adhera {

Result<qint64> saveRow(Database &db, const QString &table, qint64 id, const ColumnValues &values, const QString &context, bool timestamps)
{
    bool exists = false;
    if (id > 0) {
        auto found = Sql(db, u"SELECT 1 FROM %1 WHERE id = :id"_s.arg(table)).bind(u":id"_s, id).scalar(context);
        if (!found)
            return fail(found.error());
        exists = !found->isNull();
    }
    QStringList columns;
    QStringList placeholders;
    QStringList assignments;
    for (const auto &[column, value] : values) {
        columns << column;
        placeholders << u':' + column;
        assignments << column + u" = :"_s + column;
    }
    if (timestamps) {
        assignments << u"updated_at = :now"_s;
        columns << u"created_at"_s << u"updated_at"_s;
        placeholders << u":now"_s << u":now"_s;
    }
    const QString statement = exists
        ? u"UPDATE %1 SET %2 WHERE id = :id"_s.arg(table, assignments.join(u", "_s))
        : u"INSERT INTO %1 (id, %2) VALUES (:id, %3)"_s.arg(table, columns.join(u", "_s), placeholders.join(u", "_s));
    Sql write(db, statement);
    write.bind(u":id"_s, id > 0 ? QVariant(id) : QVariant());
    for (const auto &[column, value] : values)
        write.bind(u':' + column, value);
    if (timestamps)
        write.bind(u":now"_s, db.nowText());
    if (auto ran = write.exec(context); !ran)
        return fail(ran.error());
    return exists || id > 0 ? id : write.lastInsertId();
}

} // namespace adhera

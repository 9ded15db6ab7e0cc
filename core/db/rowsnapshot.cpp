// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowsnapshot.h"

#include "db/database.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace adhera {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::RowSnapshot)
};

bool isKnownColumn(const QString &name)
{
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](QChar c) { return c.isLower() || c == u'_'; });
}

// JSON keeps numbers as doubles: integers are written as such and read back as qint64.
QJsonValue toJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt: return QJsonValue(value.toLongLong());
    case QMetaType::Double: return QJsonObject {{u"real"_s, value.toDouble()}};
    default: return value.toString();
    }
}

QVariant variantFrom(const QJsonValue &value)
{
    if (value.isNull())
        return QVariant();
    if (value.isDouble())
        return QVariant(qint64(value.toInteger()));
    if (value.isObject())
        return QVariant(value.toObject().value(u"real"_s).toDouble());
    return QVariant(value.toString());
}

using RowsById = QMap<qint64, QVariantMap>;

// Every table has an "id" column but consent, keyed by (person, purpose): its rowid stands in.
QString keyColumn(const QString &table)
{
    return table == u"consent"_s ? u"rowid"_s : u"id"_s;
}

Result<RowsById> currentRows(Database &db, const RowScope &scope)
{
    RowsById rows;
    const QString key = keyColumn(scope.table);
    const QString columns = key == u"id"_s ? u"*"_s : u"rowid AS id, *"_s;
    Sql select(db, u"SELECT %1 FROM %2 WHERE %3 = :value"_s.arg(columns, scope.table, scope.column));
    select.bind(u":value"_s, scope.value);
    if (auto ran = select.exec(Tr::tr("Impossible de lire la table %1").arg(scope.table)); !ran)
        return tl::unexpected(ran.error());
    while (select.next()) {
        const QSqlRecord record = select.query().record();
        QVariantMap row;
        for (int column = 0; column < record.count(); ++column)
            row.insert(record.fieldName(column), record.value(column));
        rows.insert(row.value(u"id"_s).toLongLong(), row);
    }
    return rows;
}

// Returns the number of rows changed.
Result<int> bindAndRun(Database &db, const QString &statement, const QVariantMap &row, const QString &context)
{
    Sql sql(db, statement);
    for (auto it = row.begin(); it != row.end(); ++it)
        sql.bind(u':' + it.key(), it.value().isNull() ? QVariant() : it.value());
    return sql.exec(context).transform([&] { return sql.rowsAffected(); });
}

Result<int> insertRow(Database &db, const QString &table, const QVariantMap &row)
{
    QStringList columns;
    QStringList placeholders;
    for (const QString &column : row.keys()) {
        columns << (column == u"id"_s ? keyColumn(table) : column);
        placeholders << u':' + column;
    }
    return bindAndRun(db, u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), placeholders.join(u", "_s)), row,
        Tr::tr("Impossible de rétablir une ligne de %1").arg(table));
}

Result<int> updateRow(Database &db, const QString &table, const QVariantMap &row)
{
    QStringList assignments;
    for (const QString &column : row.keys())
        if (column != u"id"_s)
            assignments << column + u" = :"_s + column;
    return bindAndRun(db, u"UPDATE %1 SET %2 WHERE %3 = :id"_s.arg(table, assignments.join(u", "_s), keyColumn(table)), row,
        Tr::tr("Impossible de rétablir une ligne de %1").arg(table));
}

} // namespace

const QStringList &RowSnapshot::tableOrder()
{
    static const QStringList order {u"organisation"_s, u"person"_s, u"membership"_s, u"employment"_s, u"board_role"_s, u"consent"_s,
        u"import_batch"_s, u"import_row"_s};
    return order;
}

Result<RowSnapshot> RowSnapshot::capture(Database &db, const QList<RowScope> &scopes)
{
    RowSnapshot snapshot;
    for (const RowScope &scope : scopes) {
        Q_ASSERT(tableOrder().contains(scope.table) && isKnownColumn(scope.column));
        if (snapshot.m_scopes.contains(scope))
            continue;
        auto rows = currentRows(db, scope);
        if (!rows)
            return tl::unexpected(rows.error());
        snapshot.m_scopes << scope;
        snapshot.m_parts << Part {scope, rows->values()};
    }
    return snapshot;
}

void RowSnapshot::addEmptyScope(const RowScope &scope)
{
    if (m_scopes.contains(scope))
        return;
    m_scopes << scope;
    m_parts << Part {scope, {}};
}

QJsonArray RowSnapshot::toJson() const
{
    QJsonArray parts;
    for (const Part &part : m_parts) {
        QJsonArray rows;
        for (const QVariantMap &row : part.rows) {
            QJsonObject object;
            for (auto it = row.begin(); it != row.end(); ++it)
                object.insert(it.key(), adhera::toJson(it.value()));
            rows.append(object);
        }
        parts.append(QJsonObject {{u"table"_s, part.scope.table}, {u"column"_s, part.scope.column},
            {u"value"_s, QJsonValue(part.scope.value)}, {u"rows"_s, rows}});
    }
    return parts;
}

Result<RowSnapshot> RowSnapshot::fromJson(const QJsonArray &json)
{
    RowSnapshot snapshot;
    for (const QJsonValue &partValue : json) {
        const QJsonObject part = partValue.toObject();
        const RowScope scope {
            part.value(u"table"_s).toString(), part.value(u"column"_s).toString(), qint64(part.value(u"value"_s).toInteger())};
        if (!tableOrder().contains(scope.table) || !isKnownColumn(scope.column))
            return fail(ErrorCode::InvalidInput, Tr::tr("Journal de fusion illisible : table « %1 » inattendue").arg(scope.table));
        Part restored {scope, {}};
        for (const QJsonValue &rowValue : part.value(u"rows"_s).toArray()) {
            const QJsonObject object = rowValue.toObject();
            QVariantMap row;
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!isKnownColumn(it.key()))
                    return fail(ErrorCode::InvalidInput, Tr::tr("Journal de fusion illisible : colonne « %1 » inattendue").arg(it.key()));
                row.insert(it.key(), variantFrom(it.value()));
            }
            restored.rows << row;
        }
        snapshot.m_scopes << scope;
        snapshot.m_parts << restored;
    }
    return snapshot;
}

QList<qint64> RowSnapshot::ids(const QString &table) const
{
    QList<qint64> found;
    for (const Part &part : m_parts) {
        if (part.scope.table == table && part.scope.column == u"id"_s && !found.contains(part.scope.value))
            found << part.scope.value;
        if (part.scope.table != table)
            continue;
        for (const QVariantMap &row : part.rows) {
            const qint64 id = row.value(u"id"_s).toLongLong();
            if (!found.contains(id))
                found << id;
        }
    }
    return found;
}

bool RowSnapshot::operator==(const RowSnapshot &other) const
{
    if (m_scopes != other.m_scopes)
        return false;
    // Compared through JSON: what the journal stores is what counts.
    return toJson() == other.toJson();
}

Result<void> RowSnapshot::restore(Database &db) const
{
    // Wanted rows per table (every scope together) and the rows there now.
    QMap<QString, RowsById> wanted;
    QMap<QString, RowsById> present;
    for (const Part &part : m_parts) {
        for (const QVariantMap &row : part.rows)
            wanted[part.scope.table].insert(row.value(u"id"_s).toLongLong(), row);
        auto rows = currentRows(db, part.scope);
        if (!rows)
            return tl::unexpected(rows.error());
        present[part.scope.table].insert(*rows);
    }
    const QStringList &order = tableOrder();
    for (auto table = order.rbegin(); table != order.rend(); ++table) {
        for (auto row = present[*table].begin(); row != present[*table].end(); ++row) {
            if (wanted[*table].contains(row.key()))
                continue;
            Sql remove(db, u"DELETE FROM %1 WHERE %2 = :id"_s.arg(*table, keyColumn(*table)));
            remove.bind(u":id"_s, row.key());
            if (auto ran = remove.exec(Tr::tr("Impossible de supprimer une ligne de %1").arg(*table)); !ran)
                return ran;
        }
    }
    for (const QString &table : order) {
        for (auto row = wanted[table].begin(); row != wanted[table].end(); ++row) {
            // A row present before the deletions may have gone with a cascade: insert it then.
            auto updated = present[table].contains(row.key()) ? updateRow(db, table, *row) : Result<int>(0);
            if (!updated)
                return tl::unexpected(updated.error());
            if (*updated == 0)
                if (auto inserted = insertRow(db, table, *row); !inserted)
                    return tl::unexpected(inserted.error());
        }
    }
    return {};
}

} // namespace adhera

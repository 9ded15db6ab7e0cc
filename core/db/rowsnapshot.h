// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RowSnapshot: the rows of a few tables, chosen by key ("membership where person_id = 12"),
// captured exactly (every column, NULLs and types kept) and put back exactly. The merge journal
// stores one before and one after each merge; undoing a merge checks the rows are still as the
// merge left them, then restores the before rows: rows the merge added are deleted, rows it
// changed or deleted come back with their ids.
//
// Restoring never deletes a row that is also in the snapshot (it updates it instead), so that
// ON DELETE CASCADE / SET NULL actions cannot reach rows outside the scopes; rows are deleted
// children first and inserted parents first, in the order of RowSnapshot::tableOrder().

#include "common/result.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace adhera {

class Database;

struct RowScope {
    QString table; // one of tableOrder()
    QString column; // an integer column of that table
    qint64 value = 0;
    bool operator==(const RowScope &) const = default;
};

class RowSnapshot final
{
public:
    // Tables a snapshot may hold, parents before children.
    static const QStringList &tableOrder();

    static Result<RowSnapshot> capture(Database &db, const QList<RowScope> &scopes);

    // A scope whose rows did not exist when the snapshot was taken (a record created since).
    void addEmptyScope(const RowScope &scope);

    QJsonArray toJson() const;
    static Result<RowSnapshot> fromJson(const QJsonArray &json);

    const QList<RowScope> &scopes() const { return m_scopes; }
    // The ids in the snapshot of one table, every scope together.
    QList<qint64> ids(const QString &table) const;
    bool operator==(const RowSnapshot &other) const;

    // Makes the rows of every scope what they were in this snapshot. Runs inside the caller's
    // transaction (the caller owns it).
    Result<void> restore(Database &db) const;

private:
    struct Part {
        RowScope scope;
        QList<QVariantMap> rows; // column → value; "id" always present
    };
    QList<RowScope> m_scopes;
    QList<Part> m_parts;
};

} // namespace adhera

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writing one row from a list of (column, value) pairs, so that repositories state what they
// store rather than spell out INSERT and UPDATE statements twice. Column names come from the
// code, never from data; values are always bound.

#include "common/result.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace adhera {

class Database;

using ColumnValues = QList<std::pair<QString, QVariant>>;

// Inserts a row (with that id when id > 0, else a new one) or, when a row with that id exists,
// updates it. Tables with created_at/updated_at get them from the database's clock. Returns
// the row's id.
Result<qint64> saveRow(
    Database &db, const QString &table, qint64 id, const ColumnValues &values, const QString &context, bool timestamps = true);

} // namespace adhera

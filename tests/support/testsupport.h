// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace adhera::test {

// A fresh in-memory database at the latest schema; fails the test if it cannot be made.
std::unique_ptr<Database> memoryDatabase();

// A fresh database file in its own temporary folder, removed with the object.
struct TempDatabase {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;
    TempDatabase();
};

// The tests/data folder of the source tree.
QString dataPath(const QString &name);

// Same content as `sqlite3 FILE .dump`, in a stable order: what "nothing changed" compares.
QString dumpContent(Database &db);

} // namespace adhera::test

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Migrator: numbered plain-SQL migrations (resources/migrations/NNNN_name.sql), applied at open.
// All pending steps and the new PRAGMA user_version run in ONE transaction, after an automatic
// backup of the file; a failing step leaves the file exactly as it was.

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace adhera {

class Database;

struct Migration {
    int version = 0;
    QString name;
    QString sql; // statements separated by lines holding only ";;"
};

struct MigrationOutcome {
    int fromVersion = 0;
    int toVersion = 0;
    QString backupPath; // empty when there was nothing to back up
};

class Migrator final
{
public:
    // The migrations shipped with this build, in order.
    static QList<Migration> builtIn();
    static int latestVersion(const QList<Migration> &migrations);
    static QStringList statements(const QString &sql);

    // Fails with TooNew when the file's version is above the newest migration known.
    static Result<MigrationOutcome> migrate(Database &db, const QList<Migration> &migrations);

    // Where the automatic backup before a migration goes: beside the file.
    static QString backupPathFor(const QString &databasePath, int version, const QString &timestamp);
};

} // namespace adhera

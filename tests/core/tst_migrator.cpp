// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "db/database.h"
#include "db/migrator.h"
#include "db/sql.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace adhera;

TEST_CASE("statements are split on ';;' lines and comments are dropped")
{
    const auto steps = Migrator::statements(
        u"-- heading\nCREATE TABLE a (x);;\n\n-- note\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n  SELECT 1;\nEND;;\n"_s);
    REQUIRE(steps.size() == 2);
    CHECK(steps[0] == u"CREATE TABLE a (x)"_s);
    CHECK(steps[1].contains(u"SELECT 1;"_s));
}

TEST_CASE("built-in migrations are numbered from 1 without gaps")
{
    const auto migrations = Migrator::builtIn();
    REQUIRE_FALSE(migrations.isEmpty());
    for (int i = 0; i < migrations.size(); ++i)
        CHECK(migrations[i].version == i + 1);
}

TEST_CASE("a file whose schema is newer than the app is refused and left as it was")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"futur.adhera"_s);
    {
        auto db = Database::open(path);
        REQUIRE(db);
        REQUIRE(Sql(**db, u"PRAGMA user_version = 999"_s).exec(u"t"_s));
    }
    auto reopened = Database::open(path);
    REQUIRE_FALSE(reopened);
    CHECK(reopened.error().code == ErrorCode::TooNew);
    CHECK(reopened.error().message.contains(u"999"_s));
    auto readOnly = Database::open(path, Database::Access::ReadOnly);
    REQUIRE_FALSE(readOnly);
    CHECK(readOnly.error().code == ErrorCode::TooNew);
}

TEST_CASE("a failed migration leaves the file exactly as it was, after a backup")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"club.adhera"_s);
    QString before;
    {
        auto db = Database::open(path);
        REQUIRE(db);
        REQUIRE(Sql(**db, u"INSERT INTO setting (key, value) VALUES ('club', 'L2C')"_s).exec(u"t"_s));
        before = test::dumpContent(**db);
    }
    auto migrations = Migrator::builtIn();
    const int next = Migrator::latestVersion(migrations) + 1;
    migrations.append({next, u"good_step"_s, u"CREATE TABLE extra (x INTEGER);;\nINSERT INTO setting (key, value) VALUES ('x', 'y');;"_s});
    migrations.append({next + 1, u"broken_step"_s, u"CREATE TABLE broken (;;"_s});

    auto failed = Database::open(path, Database::Access::ReadWrite, migrations);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message.contains(u"broken_step"_s));

    auto reopened = Database::open(path);
    REQUIRE(reopened);
    CHECK(test::dumpContent(**reopened) == before);
    const QStringList backups = QDir(dir.path()).entryList({u"club.avant-v*"_s}, QDir::Files);
    CHECK(backups.size() == 1);
}

TEST_CASE("a pending migration is applied after a backup of the previous version")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"club.adhera"_s);
    REQUIRE(Database::open(path));
    auto migrations = Migrator::builtIn();
    const int next = Migrator::latestVersion(migrations) + 1;
    migrations.append({next, u"extra"_s, u"CREATE TABLE extra (x INTEGER);;"_s});

    auto db = Database::open(path, Database::Access::ReadWrite, migrations);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == next);
    const QStringList backups = QDir(dir.path()).entryList({u"club.avant-v%1-*"_s.arg(next)}, QDir::Files);
    REQUIRE(backups.size() == 1);
    auto backup = Database::open(dir.filePath(backups.first()), Database::Access::ReadOnly);
    REQUIRE(backup);
    CHECK((*backup)->schemaVersion() == next - 1);
}

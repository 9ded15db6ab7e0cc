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

namespace {

QList<Migration> upTo(int version)
{
    QList<Migration> migrations;
    for (const Migration &migration : Migrator::builtIn())
        if (migration.version <= version)
            migrations.append(migration);
    return migrations;
}

QVariant scalarOf(Database &db, const QString &sql)
{
    auto value = Sql(db, sql).scalar(u"test"_s);
    INFO(sql.toStdString());
    REQUIRE(value);
    return *value;
}

} // namespace

TEST_CASE("a version 5 file, with members, a cheque and a merge, opens at the latest version with all of it kept")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"club.adhera"_s);
    QString before;
    {
        auto old = Database::open(path, Database::Access::ReadWrite, upTo(5));
        REQUIRE(old);
        Database &db = **old;
        REQUIRE(db.schemaVersion() == 5);
        for (const QString &statement : {u"INSERT INTO person (id, first_name, last_name, created_at, updated_at) VALUES "
                                         "(1, 'Hélène', 'Müller', '2025-01-02T09:00:00Z', '2025-01-02T09:00:00Z')"_s,
                 u"INSERT INTO membership (id, person_id, category_id, created_at, updated_at) VALUES (1, 1, "
                 "(SELECT id FROM membership_category WHERE code = 'IND'), '2025-01-02T09:00:00Z', '2025-01-02T09:00:00Z')"_s,
                 u"INSERT INTO payment (id, number, received_on, amount_cents, method, cheque_number, payer, created_at) VALUES "
                 "(1, 'RE-2025-0001', '2025-02-01', 5000, 'cheque', '0012345', 'Hélène Müller', '2025-02-01T10:00:00Z')"_s,
                 u"INSERT INTO import_batch (id, origin_club_id, file_name, headers, column_map, content_digest, imported_at, status) "
                 "VALUES (1, (SELECT id FROM origin_club WHERE code = 'CONNECT'), 'connect.csv', '[]', '', 'abc', "
                 "'2025-01-02T08:59:00Z', 'applied')"_s,
                 u"INSERT INTO merge_journal (id, action, summary, decision, rows_before, rows_after, applied_at) VALUES "
                 "(1, 'create', 'Hélène MÜLLER ← Connect l. 2', '{}', '[]', '[]', '2025-01-02T09:00:00Z')"_s,
                 u"INSERT INTO import_row (batch_id, line, cells, status, person_id, journal_id) VALUES (1, 2, '[]', 'created', 1, 1)"_s}) {
            INFO(statement.toStdString());
            REQUIRE(Sql(db, statement).exec(u"test"_s));
        }
        before = test::dumpContent(db);
    }

    auto opened = Database::open(path);
    REQUIRE(opened);
    Database &db = **opened;
    CHECK(db.schemaVersion() == Migrator::latestVersion(Migrator::builtIn()));
    // Every row as it was; the new columns with their defaults.
    CHECK(scalarOf(db, u"SELECT first_name || ' ' || last_name || ' ' || letter_language FROM person WHERE id = 1"_s).toString()
        == u"Hélène Müller fr"_s);
    CHECK(scalarOf(db, u"SELECT amount_cents FROM payment WHERE number = 'RE-2025-0001'"_s).toInt() == 5000);
    // The merge made before version 10 is one import of the history, with its file.
    CHECK(scalarOf(db, u"SELECT count(*) FROM merge_operation"_s).toInt() == 1);
    CHECK(scalarOf(db, u"SELECT o.file_names FROM merge_operation o JOIN merge_journal j ON j.operation_id = o.id"_s).toString()
        == u"[\"connect.csv\"]"_s);
    // The cheque received before slips existed waits to be remitted, and can be marked remitted.
    CHECK(scalarOf(db,
              u"SELECT count(*) FROM payment p WHERE method = 'cheque' AND NOT EXISTS "
              "(SELECT 1 FROM cheque_remittance_line l WHERE l.payment_id = p.id)"_s)
              .toInt()
        == 1);
    CHECK(Sql(db, u"INSERT INTO cheque_remitted_without_slip (payment_id, recorded_at) VALUES (1, '2026-12-07T10:00:00Z')"_s)
              .exec(u"test"_s));
    // A backup of the version 5 file was made beside it first, and it still reads as it was.
    QStringList backups = QDir(dir.path()).entryList({u"club*v5*"_s, u"*avant*"_s}, QDir::Files);
    REQUIRE_FALSE(backups.isEmpty());
    auto backup = Database::open(QDir(dir.path()).filePath(backups.constFirst()), Database::Access::ReadOnly, upTo(5));
    REQUIRE(backup);
    CHECK(test::dumpContent(**backup) == before);
}

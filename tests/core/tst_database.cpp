// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "db/database.h"
#include "db/migrator.h"
#include "db/sql.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace adhera;

TEST_CASE("a new file is created at the latest schema with foreign keys and WAL")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"club.adhera"_s);
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == Migrator::latestVersion(Migrator::builtIn()));
    CHECK(Sql(**db, u"PRAGMA foreign_keys"_s).scalar(u"t"_s)->toInt() == 1);
    CHECK(Sql(**db, u"PRAGMA journal_mode"_s).scalar(u"t"_s)->toString() == u"wal"_s);
    CHECK(QFile::exists(path));
}

TEST_CASE("a file that is not SQLite is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"membres.xlsx"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 this is a spreadsheet, not a database");
    file.close();

    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::NotADatabase);
    CHECK(db.error().message.contains(u"membres.xlsx"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("PK\x03\x04 this is a spreadsheet, not a database"));
    CHECK_FALSE(QFile::exists(path + u"-wal"_s));
}

TEST_CASE("a missing folder is named in the message and nothing is created")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"absent/club.adhera"_s);
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::MissingFolder);
    CHECK(db.error().message.contains(u"absent"_s));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("a read-only file is refused for writing but opens read-only")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"club.adhera"_s);
    REQUIRE(Database::open(path));
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser));

    auto writable = Database::open(path);
    REQUIRE_FALSE(writable);
    CHECK(writable.error().code == ErrorCode::ReadOnly);
    CHECK(writable.error().message.contains(u"lecture seule"_s));

    auto readOnly = Database::open(path, Database::Access::ReadOnly);
    REQUIRE(readOnly);
    CHECK((*readOnly)->isReadOnly());
}

TEST_CASE("a file open in another Adhera is refused as locked")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"club.adhera"_s);
    auto first = Database::open(path);
    REQUIRE(first);
    auto second = Database::open(path);
    REQUIRE_FALSE(second);
    CHECK(second.error().code == ErrorCode::Locked);
    first->reset();
    CHECK(Database::open(path));
}

TEST_CASE("transactions nest and a failed inner step rolls the whole write back")
{
    auto db = test::memoryDatabase();
    QSignalSpy changed(&db->notifier(), &ChangeNotifier::membersChanged);
    {
        Transaction outer(*db);
        REQUIRE(outer.started());
        REQUIRE(Sql(*db, u"INSERT INTO setting (key, value) VALUES ('a', '1')"_s).exec(u"t"_s));
        db->markChanged(Database::Change::Members);
        {
            Transaction inner(*db);
            REQUIRE(Sql(*db, u"INSERT INTO setting (key, value) VALUES ('b', '2')"_s).exec(u"t"_s));
            // inner goes out of scope without commit: a failed step
        }
        CHECK_FALSE(outer.commit());
    }
    CHECK(Sql(*db, u"SELECT count(*) FROM setting"_s).scalar(u"t"_s)->toInt() == 0);
    CHECK(changed.count() == 0);

    Transaction ok(*db);
    REQUIRE(Sql(*db, u"INSERT INTO setting (key, value) VALUES ('c', '3')"_s).exec(u"t"_s));
    db->markChanged(Database::Change::Members);
    CHECK(changed.count() == 0); // not before the commit
    REQUIRE(ok.commit());
    CHECK(changed.count() == 1);
}

TEST_CASE("copyTo writes a consistent copy and refuses to overwrite")
{
    test::TempDatabase temp;
    REQUIRE(Sql(*temp.db, u"INSERT INTO setting (key, value) VALUES ('club', 'L2C')"_s).exec(u"t"_s));
    const QString copyPath = temp.dir.filePath(u"copie.adhera"_s);
    REQUIRE(temp.db->copyTo(copyPath));
    auto copy = Database::open(copyPath, Database::Access::ReadOnly);
    REQUIRE(copy);
    CHECK(Sql(**copy, u"SELECT value FROM setting WHERE key = 'club'"_s).scalar(u"t"_s)->toString() == u"L2C"_s);
    CHECK(temp.db->copyTo(copyPath).error().code == ErrorCode::Conflict);
}

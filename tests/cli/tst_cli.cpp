// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders.h"
#include "catch.h"
#include "cli.h"
#include "clirun.h"
#include "db/database.h"
#include "members/memberfile.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace adhera;

namespace {

using Run = test::CliRun;
using test::runCli;

// A small member file: two companies and one individual member.
QString smallClub(QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"club.adhera"_s);
    auto db = Database::open(path);
    REQUIRE(db);
    MemberFile file(**db);
    OrganisationRecord company = test::organisation(u"Moselle Contact Services"_s, u"Metz"_s);
    company.membership = test::membership(file, u"ENT_M"_s, u"VIATIS"_s);
    test::save(file, company);
    OrganisationRecord other = test::organisation(u"Lorraine; \"Appels\""_s, u"Nancy"_s);
    other.membership = test::membership(file, u"ENT_S"_s, u"CONNECT"_s, MembershipStatus::Resigned);
    test::save(file, other);
    PersonRecord person = test::person(u"Hélène"_s, u"Müller"_s);
    person.person.city = u"Thionville"_s;
    person.person.mobile = u"06 39 98 00 01"_s;
    person.membership = test::membership(file, u"IND"_s, u"L2C"_s);
    test::save(file, person);
    return path;
}

} // namespace

TEST_CASE("the version option prints the version and exits 0")
{
    const Run run = runCli({u"--version"_s});
    CHECK(run.code == adhera::cli::Success);
    CHECK(run.out.trimmed() == u"adhera-cli "_s + QStringLiteral(ADHERA_VERSION));
}

TEST_CASE("bad usage exits 2 with the problem on stderr")
{
    CHECK(runCli({}).code == adhera::cli::BadUsage);
    const Run unknown = runCli({u"frobnicate"_s});
    CHECK(unknown.code == adhera::cli::BadUsage);
    CHECK(unknown.err.contains(u"frobnicate"_s));
    CHECK(unknown.out.isEmpty());
    const Run noDb = runCli({u"info"_s});
    CHECK(noDb.code == adhera::cli::BadUsage);
    CHECK(noDb.err.contains(u"--db"_s));
    const Run badOption = runCli({u"--db"_s, u"x.adhera"_s, u"info"_s, u"--search"_s, u"x"_s});
    CHECK(badOption.code == adhera::cli::BadUsage);
    CHECK(badOption.err.contains(u"--search"_s));
    CHECK(runCli({u"--db"_s}).code == adhera::cli::BadUsage);
    CHECK(runCli({u"--help"_s}).code == adhera::cli::Success);
}

TEST_CASE("errors exit 1 with the message on stderr")
{
    QTemporaryDir dir;
    const Run missing = runCli({u"--db"_s, dir.filePath(u"absent.adhera"_s), u"info"_s});
    CHECK(missing.code == adhera::cli::Failure);
    CHECK(missing.err.contains(u"absent.adhera"_s));

    QFile notSqlite(dir.filePath(u"notes.txt"_s));
    REQUIRE(notSqlite.open(QIODevice::WriteOnly));
    notSqlite.write("Bonjour, ceci n'est pas une base.\n");
    notSqlite.close();
    const Run bad = runCli({u"--db"_s, notSqlite.fileName(), u"members"_s, u"list"_s});
    CHECK(bad.code == adhera::cli::Failure);
    CHECK(bad.err.contains(u"SQLite"_s));
}

TEST_CASE("demo fills an empty file and refuses a non-empty one")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.adhera"_s);
    const Run filled = runCli({u"--db"_s, path, u"demo"_s});
    REQUIRE(filled.code == adhera::cli::Success);
    const Run again = runCli({u"--db"_s, path, u"demo"_s});
    CHECK(again.code == adhera::cli::Failure);
    CHECK_FALSE(again.err.isEmpty());

    const Run info = runCli({u"--db"_s, path, u"info"_s, u"--format"_s, u"json"_s});
    REQUIRE(info.code == adhera::cli::Success);
    const QJsonObject counts = QJsonDocument::fromJson(info.rawOut).object();
    CHECK(counts.value(u"schema_version"_s).toInt() >= 1);
    CHECK(counts.value(u"organisations"_s).toInt() >= 70);
    CHECK(counts.value(u"people"_s).toInt() >= 250);
}

TEST_CASE("info reports the schema version and counts")
{
    QTemporaryDir dir;
    const QString path = smallClub(dir);
    const Run run = runCli({u"--db"_s, path, u"info"_s});
    REQUIRE(run.code == adhera::cli::Success);
    CHECK(run.out.contains(u"Organisations : 2"_s));
    CHECK(run.out.contains(u"Personnes : 1"_s));
    CHECK(run.out.contains(u"Adhésions : 3 (dont 2 actives)"_s));
}

TEST_CASE("members list searches without accents and prints csv and json")
{
    QTemporaryDir dir;
    const QString path = smallClub(dir);

    const Run table = runCli({u"--db"_s, path, u"members"_s, u"list"_s, u"--search"_s, u"muller"_s});
    REQUIRE(table.code == adhera::cli::Success);
    CHECK(table.out.contains(u"MÜLLER Hélène"_s));
    CHECK_FALSE(table.out.contains(u"Moselle"_s));

    const Run csv = runCli({u"--db"_s, path, u"members"_s, u"list"_s, u"--format"_s, u"csv"_s});
    REQUIRE(csv.code == adhera::cli::Success);
    CHECK(csv.rawOut.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.rawOut.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].startsWith(u"N°;Type;Nom;Catégorie;Statut"_s));
    CHECK(lines[1].contains(u";\"Lorraine; \"\"Appels\"\"\";"_s));
    CHECK(lines[3].contains(u";06 39 98 00 01;30/03/2016;"_s));

    const Run json = runCli({u"--db"_s, path, u"members"_s, u"list"_s, u"--format=json"_s, u"--status"_s, u"démissionnaire"_s});
    REQUIRE(json.code == adhera::cli::Success);
    const QJsonArray rows = QJsonDocument::fromJson(json.rawOut).array();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].toObject().value(u"status"_s).toString() == u"resigned"_s);
    CHECK(rows[0].toObject().value(u"kind"_s).toString() == u"organisation"_s);

    CHECK(runCli({u"--db"_s, path, u"members"_s, u"list"_s, u"--format"_s, u"xml"_s}).code == adhera::cli::BadUsage);
    CHECK(runCli({u"--db"_s, path, u"members"_s, u"list"_s, u"--status"_s, u"parti"_s}).code == adhera::cli::BadUsage);
}

TEST_CASE("the real executable returns the documented exit codes")
{
    QTemporaryDir dir;
    const QString path = smallClub(dir);
    QProcess process;
    process.start(QStringLiteral(ADHERA_CLI_PATH), {u"--db"_s, path, u"members"_s, u"list"_s, u"--format"_s, u"json"_s});
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 0);
    CHECK(QJsonDocument::fromJson(process.readAllStandardOutput()).array().size() == 3);

    process.start(QStringLiteral(ADHERA_CLI_PATH), {u"--nope"_s});
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 2);
    CHECK(QString::fromUtf8(process.readAllStandardError()).contains(u"--nope"_s));
}

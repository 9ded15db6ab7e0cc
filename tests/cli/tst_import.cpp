// SPDX-License-Identifier: GPL-3.0-or-later
// adhera-cli import: two club files into a member file; the sure merges applied, the rest left
// pending for the window, each figure of the summary checked against the file.
#include "catch.h"
#include "cli.h"
#include "clirun.h"
#include "db/database.h"
#include "db/sql.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace adhera;

namespace {

using Run = test::CliRun;
using test::runCli;

// The figures of one summary line.
struct Summary {
    int imported = -1;
    int merged = -1;
    int waiting = -1;
    QString backup;
};

Summary summaryOf(const QString &out, const QString &fileName, const QString &club)
{
    static const QRegularExpression pattern(
        u"^(\\d+) lignes? importées? depuis (.+) \\((.+)\\) ; (\\d+) fusions? sûres? appliquées? ; (\\d+) lignes? en attente de "
        "vérification dans la fenêtre ; sauvegarde : (.+)\\n$"_s);
    const auto match = pattern.match(out);
    INFO(out.toStdString());
    REQUIRE(match.hasMatch());
    CHECK(match.captured(2) == fileName);
    CHECK(match.captured(3) == club);
    return {match.captured(1).toInt(), match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6)};
}

// A member file in a temporary folder, closed while the command line works on it.
struct Fixture {
    test::TempDatabase temp;
    QString path = temp.path;

    Fixture() { temp.db.reset(); }

    Run import(const QString &club, const QString &file, const QStringList &more = {})
    {
        return runCli(QStringList {u"--db"_s, path, u"import"_s, u"--club"_s, club, file} + more);
    }

    std::unique_ptr<Database> open()
    {
        auto db = Database::open(path);
        REQUIRE(db);
        return std::move(*db);
    }

    int count(const QString &sql)
    {
        auto db = open();
        auto value = Sql(*db, sql).scalar(u"count"_s);
        REQUIRE(value);
        return value->toInt();
    }

    QString content()
    {
        auto db = open();
        return test::dumpContent(*db);
    }
};

const QString connectFile = test::dataPath(u"merge-connect.csv"_s);
const QString viatisFile = test::dataPath(u"merge-viatis.csv"_s);

} // namespace

TEST_CASE("import stages a club file, merges the sure duplicates and leaves the rest to the window", "[cli][import]")
{
    Fixture f;
    const Run connect = f.import(u"CONNECT"_s, connectFile);
    REQUIRE(connect.code == adhera::cli::Success);
    const Summary first = summaryOf(connect.out, u"merge-connect.csv"_s, u"Connect"_s);
    CHECK(first.imported == 8);
    // Row problems are warnings, on the error output; the rows are imported anyway.
    CHECK(connect.err.contains(u"attention : merge-connect.csv, ligne 8, E-mail : "_s));
    CHECK(connect.err.contains(u"ligne 8, Téléphone : "_s));
    CHECK(f.count(u"SELECT count(*) FROM import_row WHERE status = 'pending'"_s) == first.waiting);
    CHECK(f.count(u"SELECT count(*) FROM merge_journal WHERE action = 'merge'"_s) == first.merged);
    CHECK(first.imported == first.waiting + f.count(u"SELECT count(*) FROM import_row WHERE status = 'merged'"_s));
    // Backed up first, beside the member file.
    CHECK(QFileInfo(first.backup).absolutePath() == QFileInfo(f.path).absolutePath());
    CHECK(QFileInfo::exists(first.backup));
    CHECK(f.count(u"SELECT count(*) FROM import_layout l JOIN origin_club c ON c.id = l.origin_club_id WHERE c.code = 'CONNECT'"_s) == 1);

    // The club by its name, any case; the second file is reviewed with the first one.
    const Run viatis = f.import(u"viatis"_s, viatisFile);
    REQUIRE(viatis.code == adhera::cli::Success);
    const Summary second = summaryOf(viatis.out, u"merge-viatis.csv"_s, u"Viatis"_s);
    CHECK(second.imported == 8);
    CHECK(second.merged >= 1); // Julie Roux is twice in the Viatis file, written the same way
    CHECK(second.waiting == f.count(u"SELECT count(*) FROM import_row WHERE status = 'pending'"_s));
    CHECK(first.merged + second.merged == f.count(u"SELECT count(*) FROM merge_journal WHERE action = 'merge'"_s));
    CHECK(f.count(u"SELECT count(*) FROM import_row"_s) == 16);
    CHECK(16 == second.waiting + f.count(u"SELECT count(*) FROM import_row WHERE status = 'merged'"_s));
    // Nothing is created from a single row: those wait for the wizard.
    CHECK(f.count(u"SELECT count(*) FROM import_row WHERE status = 'created'"_s) == 0);
    CHECK(f.count(u"SELECT count(*) FROM person WHERE last_name LIKE 'roux'"_s) == 1);
    CHECK(f.count(u"SELECT count(*) FROM import_batch WHERE status = 'pending'"_s) >= 1);
    CHECK(second.backup != first.backup);
    CHECK(QFileInfo::exists(second.backup));
    CHECK(f.count(u"SELECT count(*) FROM import_layout"_s) == 2);
}

TEST_CASE("import remembers the column mapping given for the club's layout", "[cli][import]")
{
    Fixture f;
    const Run run = f.import(u"Connect"_s, connectFile, {u"--map"_s, u"Nom=last_name,Prénom=first_name,Société=organisation"_s});
    REQUIRE(run.code == adhera::cli::Success);
    // Without the e-mail and phone columns, the rows have nothing to warn about.
    CHECK_FALSE(run.err.contains(u"E-mail"_s));
    auto db = f.open();
    auto spec = Sql(*db, u"SELECT column_map FROM import_layout"_s).scalar(u"layout"_s);
    REQUIRE(spec);
    CHECK(spec->toString().contains(u"Nom=last_name"_s));
    CHECK_FALSE(spec->toString().contains(u"email"_s));
}

TEST_CASE("import refuses an unknown club, a missing file and a bad mapping, and changes nothing", "[cli][import]")
{
    Fixture f;
    const QString before = f.content();

    const Run unknown = f.import(u"Lorraine"_s, connectFile);
    CHECK(unknown.code == adhera::cli::BadUsage);
    CHECK(unknown.err.contains(u"club inconnu « Lorraine »"_s));
    CHECK(unknown.err.contains(u"CONNECT (Connect)"_s));
    CHECK(unknown.err.contains(u"VIATIS (Viatis)"_s));

    const Run missing = f.import(u"CONNECT"_s, f.temp.dir.filePath(u"absent.csv"_s));
    CHECK(missing.code == adhera::cli::Failure);
    CHECK(missing.err.contains(u"fichier introuvable"_s));

    const Run damaged = f.import(u"CONNECT"_s, test::dataPath(u"endommage.xlsx"_s));
    CHECK(damaged.code == adhera::cli::Failure);
    CHECK(damaged.err.startsWith(u"adhera-cli : "_s));

    const Run badMap = f.import(u"CONNECT"_s, connectFile, {u"--map"_s, u"Colonne=last_name"_s});
    CHECK(badMap.code == adhera::cli::BadUsage);
    CHECK(badMap.err.contains(u"Colonne"_s));

    const Run noClub = runCli({u"--db"_s, f.path, u"import"_s, connectFile});
    CHECK(noClub.code == adhera::cli::BadUsage);
    CHECK(noClub.err.contains(u"--club"_s));

    const Run noFile = runCli({u"--db"_s, f.path, u"import"_s, u"--club"_s, u"CONNECT"_s});
    CHECK(noFile.code == adhera::cli::BadUsage);

    for (const Run *run : {&unknown, &missing, &damaged, &badMap, &noClub, &noFile})
        CHECK(run->out.isEmpty());
    CHECK(f.content() == before);
    CHECK(QDir(f.temp.dir.path()).entryList(QDir::Files).filter(u"avant-fusion"_s).isEmpty());
}

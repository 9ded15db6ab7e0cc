// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "cli.h"
#include "clirun.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace adhera;

namespace {

using Run = test::CliRun;
using test::runCli;

// match-connect.csv (";", Windows-1252) and match-viatis.csv (",", UTF-8) hold 8 people each;
// 5 are the same people written differently (rows 1↔1, 2↔2, 3↔3, 4↔4, 6↔5). Row 5 on the
// left and row 6 on the right are colleagues with the same surname, not the same person.
const QString connectFile = test::dataPath(u"match-connect.csv"_s);
const QString viatisFile = test::dataPath(u"match-viatis.csv"_s);
// Febrl layout: rec-11, 12, 13 and 15 are on both sides (typos, swapped names, a transposed
// postcode, a transposed date).
const QString febrlLeft = test::dataPath(u"match-febrl-a.csv"_s);
const QString febrlRight = test::dataPath(u"match-febrl-b.csv"_s);

QStringList lines(const QString &csv)
{
    QStringList lines = csv.split(u'\n');
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return lines;
}

// "left,right" of each data row, without the score.
QStringList idPairs(const QString &csv)
{
    QStringList pairs;
    for (const QString &line : lines(csv).mid(1))
        pairs << line.section(u',', 0, 1);
    return pairs;
}

bool wellFormed(const QString &csv, const QString &header)
{
    const QStringList all = lines(csv);
    if (all.isEmpty() || all.front() != header)
        return false;
    double previous = 2;
    for (const QString &line : all.mid(1)) {
        const QString score = line.section(u',', -1);
        bool ok = false;
        const double value = score.toDouble(&ok);
        if (!ok || score.size() != 8 || score[1] != u'.' || value > previous || value < 0.5)
            return false;
        previous = value;
    }
    return true;
}

} // namespace

TEST_CASE("match writes the cross-file pairs as CSV", "[cli][match]")
{
    const Run run = runCli({u"match"_s, connectFile, viatisFile});
    REQUIRE(run.code == adhera::cli::Success);
    CHECK(run.err.isEmpty());
    CHECK(run.out.startsWith(u"left_id,right_id,score\n"_s));
    CHECK_FALSE(run.rawOut.startsWith("\xEF\xBB\xBF"));
    CHECK_FALSE(run.rawOut.contains('\r'));
    CHECK(wellFormed(run.out, u"left_id,right_id,score"_s));
    // Without --left-id and --right-id, ids are 1-based data-row numbers.
    const QStringList pairs = idPairs(run.out);
    for (const QString &expected : {u"1,1"_s, u"2,2"_s, u"3,3"_s, u"4,4"_s, u"6,5"_s})
        CHECK(pairs.contains(expected));
    CHECK_FALSE(pairs.contains(u"5,6"_s)); // colleagues
    CHECK(pairs.size() == 5);
}

TEST_CASE("match takes ids from the columns given", "[cli][match]")
{
    // Headers are matched ignoring case and accents, like a column mapping.
    const Run run = runCli({u"match"_s, connectFile, viatisFile, u"--left-id"_s, u"n° ADHERENT"_s, u"--right-id"_s, u"member_id"_s});
    REQUIRE(run.code == adhera::cli::Success);
    const QStringList pairs = idPairs(run.out);
    for (const QString &expected : {u"C-201,V-01"_s, u"C-202,V-02"_s, u"C-203,V-03"_s, u"C-204,V-04"_s, u"C-206,V-05"_s})
        CHECK(pairs.contains(expected));
    CHECK(pairs.size() == 5);
}

TEST_CASE("match on Febrl files with rec_id ids", "[cli][match]")
{
    const Run byRow = runCli({u"match"_s, febrlLeft, febrlRight});
    REQUIRE(byRow.code == adhera::cli::Success);
    CHECK(wellFormed(byRow.out, u"left_id,right_id,score"_s));
    QStringList rowPairs = idPairs(byRow.out);
    rowPairs.sort();
    CHECK(rowPairs == QStringList {u"1,1"_s, u"2,2"_s, u"3,3"_s, u"5,4"_s});

    const Run byId = runCli({u"match"_s, febrlLeft, febrlRight, u"--left-id"_s, u"rec_id"_s, u"--right-id"_s, u"rec_id"_s});
    REQUIRE(byId.code == adhera::cli::Success);
    QStringList idPairsSorted = idPairs(byId.out);
    idPairsSorted.sort();
    CHECK(idPairsSorted
        == QStringList {
            u"rec-11-org,rec-11-dup-0"_s, u"rec-12-org,rec-12-dup-0"_s, u"rec-13-org,rec-13-dup-0"_s, u"rec-15-org,rec-15-dup-0"_s});
}

TEST_CASE("match uses a mapping spec instead of the headers", "[cli][match]")
{
    // Only the names and the e-mail on the left: still enough for the people written alike.
    const Run run = runCli({u"match"_s, connectFile, viatisFile, u"--left-map"_s, u"Nom=last_name,Prénom=first_name,E-mail=email"_s,
        u"--right-map=last_name=surname,first_name=given_name,email=email"_s});
    REQUIRE(run.code == adhera::cli::Success);
    CHECK(wellFormed(run.out, u"left_id,right_id,score"_s));
    const QStringList pairs = idPairs(run.out);
    CHECK(pairs.contains(u"1,1"_s));
    CHECK(pairs.contains(u"3,3"_s));
    CHECK_FALSE(pairs.contains(u"5,6"_s));

    // A mapping without any name column leaves nothing to match people or organisations on.
    const Run nameless = runCli({u"match"_s, connectFile, viatisFile, u"--left-map"_s, u"Ville=city"_s, u"--right-map"_s, u"city=city"_s});
    CHECK(nameless.code == adhera::cli::BadUsage);
    CHECK(nameless.err.contains(u"last_name"_s));
    CHECK(nameless.out.isEmpty());
}

TEST_CASE("match --out writes the file and says how many pairs", "[cli][match]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"paires.csv"_s);
    const Run toFile = runCli({u"match"_s, connectFile, viatisFile, u"--out"_s, path});
    REQUIRE(toFile.code == adhera::cli::Success);
    CHECK(toFile.out.contains(u"5 paire"_s));
    CHECK(toFile.out.contains(path));
    CHECK(toFile.err.isEmpty());
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray content = written.readAll();
    CHECK(content == runCli({u"match"_s, connectFile, viatisFile}).rawOut);

    const Run unwritable = runCli({u"match"_s, connectFile, viatisFile, u"--out"_s, dir.filePath(u"absent/paires.csv"_s)});
    CHECK(unwritable.code == adhera::cli::Failure);
    CHECK(unwritable.err.contains(u"absent"_s));
}

TEST_CASE("ids that need quoting are quoted", "[cli][match]")
{
    QTemporaryDir dir;
    const QString left = dir.filePath(u"gauche.csv"_s);
    const QString right = dir.filePath(u"droite.csv"_s);
    QFile leftFile(left);
    REQUIRE(leftFile.open(QIODevice::WriteOnly));
    leftFile.write(
        "Code;Nom;Prénom;E-mail\n\"A,1\";Dupont;Jean;jean.dupont@example.org\n\"B \"\"2\"\"\";Martin;Sophie;sophie.martin@example.org\n"
        "C3;Bernard;Lucas;lucas.bernard@example.org\n");
    leftFile.close();
    QFile rightFile(right);
    REQUIRE(rightFile.open(QIODevice::WriteOnly));
    rightFile.write("Code;Nom;Prénom;E-mail\nX;DUPONT;Jean;jean.dupont@example.org\nY;MARTIN;Sophie;sophie.martin@example.org\n"
                    "Z;Weber;Marc;marc.weber@example.org\n");
    rightFile.close();
    const Run run = runCli({u"match"_s, left, right, u"--left-id"_s, u"code"_s, u"--right-id"_s, u"code"_s});
    REQUIRE(run.code == adhera::cli::Success);
    const QStringList all = lines(run.out);
    CHECK(all.size() == 3);
    CHECK(std::any_of(all.begin(), all.end(), [](const QString &line) { return line.startsWith(u"\"A,1\",X,"_s); }));
    CHECK(std::any_of(all.begin(), all.end(), [](const QString &line) { return line.startsWith(u"\"B \"\"2\"\"\",Y,"_s); }));
}

TEST_CASE("dedupe writes the pairs inside one file", "[cli][match]")
{
    const QString file = test::dataPath(u"match-dedupe.csv"_s);
    const Run run = runCli({u"dedupe"_s, file});
    REQUIRE(run.code == adhera::cli::Success);
    CHECK(wellFormed(run.out, u"id_a,id_b,score"_s));
    QStringList pairs = idPairs(run.out);
    pairs.sort();
    CHECK(pairs == QStringList {u"1,4"_s, u"2,7"_s}); // not 3,5: colleagues

    const Run byId = runCli({u"dedupe"_s, file, u"--id"_s, u"reference"_s});
    REQUIRE(byId.code == adhera::cli::Success);
    pairs = idPairs(byId.out);
    pairs.sort();
    CHECK(pairs == QStringList {u"R1,R4"_s, u"R2,R7"_s});

    const Run mapped = runCli({u"dedupe"_s, file, u"--map"_s, u"Nom=last_name,Prénom=first_name,E-mail=email"_s});
    REQUIRE(mapped.code == adhera::cli::Success);
    CHECK(idPairs(mapped.out).contains(u"2,7"_s));
}

TEST_CASE("match and dedupe report their errors", "[cli][match]")
{
    QTemporaryDir dir;
    const QString absent = dir.filePath(u"absent.csv"_s);

    const Run missing = runCli({u"match"_s, absent, viatisFile});
    CHECK(missing.code == adhera::cli::Failure);
    CHECK(missing.err.contains(u"absent.csv"_s));
    CHECK(missing.out.isEmpty());

    const Run damaged = runCli({u"match"_s, connectFile, test::dataPath(u"endommage.xlsx"_s)});
    CHECK(damaged.code == adhera::cli::Failure);
    CHECK(damaged.err.contains(u"endommage.xlsx"_s));

    const Run unknownId = runCli({u"match"_s, connectFile, viatisFile, u"--right-id"_s, u"numero"_s});
    CHECK(unknownId.code == adhera::cli::BadUsage);
    CHECK(unknownId.err.contains(u"numero"_s));
    CHECK(unknownId.err.contains(u"member_id, first_name, last_name"_s)); // the columns it has
    CHECK(unknownId.out.isEmpty());

    const Run unknownField = runCli({u"match"_s, connectFile, viatisFile, u"--left-map"_s, u"Nom=pointure"_s});
    CHECK(unknownField.code == adhera::cli::BadUsage);
    CHECK(unknownField.err.contains(u"pointure"_s));
    const Run unknownHeader = runCli({u"match"_s, connectFile, viatisFile, u"--left-map"_s, u"Surnom=last_name"_s});
    CHECK(unknownHeader.code == adhera::cli::BadUsage);
    CHECK(unknownHeader.err.contains(u"Surnom"_s));
    const Run noEquals = runCli({u"dedupe"_s, connectFile, u"--map"_s, u"Nom"_s});
    CHECK(noEquals.code == adhera::cli::BadUsage);

    const Run oneFile = runCli({u"match"_s, connectFile});
    CHECK(oneFile.code == adhera::cli::BadUsage);
    CHECK(oneFile.err.contains(u"match"_s));
    CHECK(runCli({u"match"_s, connectFile, viatisFile, febrlLeft}).code == adhera::cli::BadUsage);
    const Run noFile = runCli({u"dedupe"_s});
    CHECK(noFile.code == adhera::cli::BadUsage);
    CHECK(noFile.err.contains(u"dedupe"_s));
    CHECK(runCli({u"dedupe"_s, connectFile, viatisFile}).code == adhera::cli::BadUsage);

    const Run wrongOption = runCli({u"dedupe"_s, connectFile, u"--left-map"_s, u"Nom=last_name"_s});
    CHECK(wrongOption.code == adhera::cli::BadUsage);
    CHECK(wrongOption.err.contains(u"--left-map"_s));
    CHECK(runCli({u"match"_s, connectFile, viatisFile, u"--left-id"_s}).code == adhera::cli::BadUsage);
}

TEST_CASE("commands without arguments still refuse extra words", "[cli][match]")
{
    const Run extra = runCli({u"--db"_s, u"x.adhera"_s, u"info"_s, u"encore"_s});
    CHECK(extra.code == adhera::cli::BadUsage);
    CHECK(extra.err.contains(u"info"_s));
    CHECK(runCli({u"members"_s}).code == adhera::cli::BadUsage);
    const Run help = runCli({u"--help"_s});
    CHECK(help.out.contains(u"match"_s));
    CHECK(help.out.contains(u"dedupe"_s));
}

TEST_CASE("match reads XLSX workbooks too", "[cli][match]")
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"adherents.csv"_s);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Nom;Prénom;Code postal;E-mail\nLEFEVRE;Zoe;57000;zoe.lefevre@example.org\nMartin;Paul;54000;paul.martin@example.org\n"
               "Coeurdevey;Gaetan;;gaetan.coeurdevey@example.org\n");
    file.close();
    const Run run = runCli({u"match"_s, test::dataPath(u"membres.xlsx"_s), csv});
    REQUIRE(run.code == adhera::cli::Success);
    CHECK(wellFormed(run.out, u"left_id,right_id,score"_s));
    QStringList pairs = idPairs(run.out);
    pairs.sort();
    CHECK(pairs == QStringList {u"1,1"_s, u"2,3"_s});
}

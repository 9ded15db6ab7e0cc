// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "cli.h"
#include "clirun.h"
#include "db/database.h"
#include "duesfixture.h"
#include "io/xlsxreader.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace adhera;

namespace {

using Run = test::CliRun;
using test::runCli;

// The fixture ledger in a file of its own, closed again so that the command can open it.
QString ledgerFile(QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"club.adhera"_s);
    auto db = Database::open(path);
    REQUIRE(db);
    test::fillDuesLedger(**db);
    return path;
}

QByteArray golden(const QString &name)
{
    QFile file(test::dataPath(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("cli dues: the report and the journal as CSV on the standard output")
{
    QTemporaryDir dir;
    const QString path = ledgerFile(dir);
    const Run report = runCli({u"--db"_s, path, u"dues"_s, u"report"_s, u"--year"_s, u"2026"_s});
    CHECK(report.code == cli::Success);
    CHECK(report.err.isEmpty());
    CHECK(report.rawOut == golden(u"dues-report.csv"_s));
    const Run journal = runCli({u"--db"_s, path, u"dues"_s, u"journal"_s, u"--year"_s, u"2026"_s, u"--format"_s, u"csv"_s});
    CHECK(journal.code == cli::Success);
    CHECK(journal.rawOut == golden(u"dues-journal.csv"_s));
}

TEST_CASE("cli dues: --out writes the CSV or XLSX file and says so")
{
    QTemporaryDir dir;
    const QString path = ledgerFile(dir);
    const QString csv = dir.filePath(u"journal.csv"_s);
    const Run journal = runCli({u"--db"_s, path, u"dues"_s, u"journal"_s, u"--year=2026"_s, u"--out"_s, csv});
    CHECK(journal.code == cli::Success);
    CHECK(journal.out.contains(u"Journal des recettes écrit dans %1 (10 ligne"_s.arg(csv)));
    QFile written(csv);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll() == golden(u"dues-journal.csv"_s));

    const QString xlsx = dir.filePath(u"état.xlsx"_s);
    const Run report
        = runCli({u"--db"_s, path, u"dues"_s, u"report"_s, u"--year"_s, u"2026"_s, u"--format"_s, u"xlsx"_s, u"--out"_s, xlsx});
    CHECK(report.code == cli::Success);
    CHECK(report.out.contains(u"État des cotisations 2026 écrit dans"_s));
    const auto sheets = io::XlsxReader::sheetNames(xlsx);
    REQUIRE(sheets);
    CHECK(sheets->size() == 4);

    const QString pdf = dir.filePath(u"état.pdf"_s);
    const Run pdfReport
        = runCli({u"--db"_s, path, u"dues"_s, u"report"_s, u"--year"_s, u"2026"_s, u"--format"_s, u"pdf"_s, u"--out"_s, pdf});
    CHECK(pdfReport.code == cli::Success);
    CHECK(pdfReport.err.isEmpty());
    CHECK(pdfReport.out.contains(u"État des cotisations 2026 écrit dans %1"_s.arg(pdf)));
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == "%PDF-");

    const QString journalXlsx = dir.filePath(u"journal.xlsx"_s);
    CHECK(runCli({u"--db"_s, path, u"dues"_s, u"journal"_s, u"--year"_s, u"2026"_s, u"--format"_s, u"xlsx"_s, u"--out"_s, journalXlsx}).code
        == cli::Success);
    const auto table = io::XlsxReader::readFile(journalXlsx);
    REQUIRE(table);
    CHECK(table->rows.size() == 11); // ten lines and the totals
}

TEST_CASE("cli dues: bad usage and failures have their exit codes")
{
    QTemporaryDir dir;
    const QString path = ledgerFile(dir);
    const auto code = [&](const QStringList &arguments) { return runCli(QStringList {u"--db"_s, path} + arguments); };

    const Run journalPdf
        = code({u"dues"_s, u"journal"_s, u"--year"_s, u"2026"_s, u"--format"_s, u"pdf"_s, u"--out"_s, dir.filePath(u"j.pdf"_s)});
    CHECK(journalPdf.code == cli::BadUsage);
    CHECK(journalPdf.err.contains(u"csv, xlsx"_s));
    CHECK_FALSE(QFile::exists(dir.filePath(u"j.pdf"_s)));
    const Run pdfToStdout = code({u"dues"_s, u"report"_s, u"--year"_s, u"2026"_s, u"--format"_s, u"pdf"_s});
    CHECK(pdfToStdout.code == cli::BadUsage);
    CHECK(pdfToStdout.err.contains(u"--out"_s));
    const Run unknown = code({u"dues"_s, u"report"_s, u"--year"_s, u"2026"_s, u"--format"_s, u"ods"_s});
    CHECK(unknown.code == cli::BadUsage);
    CHECK(unknown.err.contains(u"csv, xlsx, pdf"_s));
    const Run xlsxToStdout = code({u"dues"_s, u"journal"_s, u"--year"_s, u"2026"_s, u"--format"_s, u"xlsx"_s});
    CHECK(xlsxToStdout.code == cli::BadUsage);
    CHECK(xlsxToStdout.err.contains(u"--out"_s));
    CHECK(code({u"dues"_s, u"report"_s}).code == cli::BadUsage);
    CHECK(code({u"dues"_s, u"report"_s, u"--year"_s, u"deux mille"_s}).code == cli::BadUsage);
    CHECK(code({u"dues"_s, u"report"_s, u"--year"_s, u"2026"_s, u"--search"_s, u"x"_s}).code == cli::BadUsage);
    CHECK(runCli({u"dues"_s, u"report"_s, u"--year"_s, u"2026"_s}).code == cli::BadUsage); // no --db

    const QString unwritable = dir.filePath(u"absent/état.xlsx"_s);
    const Run failed = code({u"dues"_s, u"report"_s, u"--year"_s, u"2026"_s, u"--format"_s, u"xlsx"_s, u"--out"_s, unwritable});
    CHECK(failed.code == cli::Failure);
    CHECK(failed.err.contains(unwritable));
    CHECK(code({u"dues"_s, u"journal"_s, u"--year"_s, u"2026"_s, u"--out"_s, dir.filePath(u"absent/j.csv"_s)}).code == cli::Failure);

    // An empty year is not an error: headers and zero totals.
    const Run empty = code({u"dues"_s, u"report"_s, u"--year"_s, u"2031"_s});
    CHECK(empty.code == cli::Success);
    CHECK(empty.out.contains(u"2031;0;0,00;0,00;0,00;0,00"_s));
}

TEST_CASE("cli dues: the real executable writes the workbook and the PDF")
{
    QTemporaryDir dir;
    const QString path = ledgerFile(dir);
    const QString xlsx = dir.filePath(u"journal.xlsx"_s);
    QProcess process;
    process.start(QStringLiteral(ADHERA_CLI_PATH),
        {u"--db"_s, path, u"dues"_s, u"journal"_s, u"--year"_s, u"2026"_s, u"--format"_s, u"xlsx"_s, u"--out"_s, xlsx});
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 0);
    CHECK(QFile::exists(xlsx));
    process.start(
        QStringLiteral(ADHERA_CLI_PATH), {u"--db"_s, path, u"dues"_s, u"report"_s, u"--year"_s, u"2026"_s, u"--format"_s, u"pdf"_s});
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 2); // a PDF needs --out

    // The executable makes its own offscreen QGuiApplication for the PDF, even without a display.
    const QString pdf = dir.filePath(u"état.pdf"_s);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.remove(u"DISPLAY"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ADHERA_CLI_PATH),
        {u"--db"_s, path, u"dues"_s, u"report"_s, u"--year"_s, u"2026"_s, u"--format=pdf"_s, u"--out"_s, pdf});
    REQUIRE(process.waitForFinished(30000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    CHECK(process.exitCode() == 0);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
}

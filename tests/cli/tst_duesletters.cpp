// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "cli.h"
#include "clirun.h"
#include "db/database.h"
#include "dues/duesledger.h"
#include "duesfixture.h"

#include <QDir>
#include <QFile>
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

bool isPdf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}

// The reminder level of each late call on 27/11/2026, by number.
QMap<QString, int> reminderLevels(const QString &path)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    REQUIRE(db);
    const auto late = dues::DuesLedger(**db).lateCalls(2026, QDate(2026, 11, 27));
    REQUIRE(late);
    QMap<QString, int> levels;
    for (const dues::DuesCall &call : *late)
        levels.insert(call.number, call.reminderLevel);
    return levels;
}

} // namespace

TEST_CASE("cli dues: notices for the calls still owed, or for those named")
{
    QTemporaryDir dir;
    const QString path = ledgerFile(dir);
    const QString pdf = dir.filePath(u"appels.pdf"_s);
    const Run all = runCli({u"--db"_s, path, u"dues"_s, u"notices"_s, u"--year"_s, u"2026"_s, u"--out"_s, pdf});
    CHECK(all.code == cli::Success);
    CHECK(all.err.isEmpty());
    // AC-2026-0002 and AC-2026-0003 still owe something; the others are paid, exempt or cancelled.
    CHECK(all.out.contains(u"Appels de cotisation : 2 écrit(s) dans %1"_s.arg(pdf)));
    CHECK(isPdf(pdf));

    const QString folder = dir.filePath(u"appels"_s);
    const Run chosen = runCli({u"--db"_s, path, u"dues"_s, u"notices"_s, u"--year"_s, u"2026"_s, u"--folder"_s, folder, u"--call"_s,
        u"AC-2026-0001"_s, u"--call=AC-2026-0003"_s});
    CHECK(chosen.code == cli::Success);
    CHECK(chosen.out.contains(u"2 fichier(s) écrit(s)"_s));
    CHECK(QDir(folder).entryList(QDir::Files, QDir::Name)
        == QStringList {u"AC-2026-0001 Transports Lœuvre.pdf"_s, u"AC-2026-0003 Hélène Müller.pdf"_s});

    const Run cancelled
        = runCli({u"--db"_s, path, u"dues"_s, u"notices"_s, u"--year"_s, u"2026"_s, u"--out"_s, pdf, u"--call"_s, u"AC-2026-0005"_s});
    CHECK(cancelled.code == cli::Failure);
    CHECK(cancelled.err.contains(u"AC-2026-0005"_s));
    const Run unknown
        = runCli({u"--db"_s, path, u"dues"_s, u"notices"_s, u"--year"_s, u"2026"_s, u"--out"_s, pdf, u"--call"_s, u"AC-2026-0099"_s});
    CHECK(unknown.code == cli::Failure);
    CHECK(unknown.err.contains(u"AC-2026-0099"_s));
}

TEST_CASE("cli dues: receipts for the year's payments that stand")
{
    QTemporaryDir dir;
    const QString path = ledgerFile(dir);
    const QString folder = dir.filePath(u"attestations"_s);
    const Run all = runCli({u"--db"_s, path, u"dues"_s, u"receipts"_s, u"--year"_s, u"2026"_s, u"--folder"_s, folder});
    CHECK(all.code == cli::Success);
    INFO(all.err.toStdString());
    // RE-2026-0004 is reversed by RE-2026-0005; RE-2025-0001 was received in 2025.
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    REQUIRE(files.size() == 3);
    CHECK(files.at(0).startsWith(u"RE-2026-0001 "_s));
    CHECK(files.at(2) == u"RE-2026-0003 Groupe Est Relation.pdf"_s);
    CHECK(isPdf(QDir(folder).filePath(files.at(0))));

    const QString pdf = dir.filePath(u"annulation.pdf"_s);
    const Run reversal
        = runCli({u"--db"_s, path, u"dues"_s, u"receipts"_s, u"--year"_s, u"2026"_s, u"--out"_s, pdf, u"--payment"_s, u"RE-2026-0005"_s});
    CHECK(reversal.code == cli::Failure);
    CHECK(reversal.err.contains(u"RE-2026-0005"_s));
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("cli dues: reminders are written, recorded once, and not written twice")
{
    QTemporaryDir dir;
    const QString path = ledgerFile(dir);
    const QString pdf = dir.filePath(u"relances 1.pdf"_s);
    const QString csv = dir.filePath(u"relances 1.csv"_s);
    const QStringList first {u"--db"_s, path, u"dues"_s, u"reminders"_s, u"--year"_s, u"2026"_s, u"--level"_s, u"1"_s, u"--out"_s, pdf,
        u"--mailing"_s, csv, u"--record"_s, u"--as-of"_s, u"2026-11-27"_s};
    const Run sent = runCli(first);
    INFO(sent.err.toStdString());
    CHECK(sent.code == cli::Success);
    // AC-2026-0002 had its first reminder already: only AC-2026-0003 gets one.
    CHECK(sent.out.contains(u"Relances n° 1 : 1 écrit(s)"_s));
    CHECK(sent.out.contains(u"1 relance(s) n° 1 enregistrée(s), envoyée(s) par courrier le 27/11/2026"_s));
    CHECK(isPdf(pdf));
    QFile mailing(csv);
    REQUIRE(mailing.open(QIODevice::ReadOnly));
    CHECK(mailing.readAll().contains("AC-2026-0003;"));
    CHECK(reminderLevels(path) == QMap<QString, int> {{u"AC-2026-0002"_s, 1}, {u"AC-2026-0003"_s, 1}});

    QFile::remove(pdf);
    const Run again = runCli(first);
    CHECK(again.code == cli::Success);
    CHECK(again.out.contains(u"rien n'est écrit"_s));
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(reminderLevels(path) == QMap<QString, int> {{u"AC-2026-0002"_s, 1}, {u"AC-2026-0003"_s, 1}});

    const QString folder = dir.filePath(u"relances 2"_s);
    const Run second = runCli({u"--db"_s, path, u"dues"_s, u"reminders"_s, u"--year"_s, u"2026"_s, u"--level"_s, u"2"_s, u"--folder"_s,
        folder, u"--as-of"_s, u"2026-11-27"_s});
    CHECK(second.code == cli::Success);
    CHECK(QDir(folder).entryList(QDir::Files).size() == 2);
    // Without --record nothing is recorded.
    CHECK(reminderLevels(path) == QMap<QString, int> {{u"AC-2026-0002"_s, 1}, {u"AC-2026-0003"_s, 1}});
}

TEST_CASE("cli dues: letters need one destination and a valid level")
{
    QTemporaryDir dir;
    const QString path = ledgerFile(dir);
    const QString pdf = dir.filePath(u"x.pdf"_s);
    CHECK(runCli({u"--db"_s, path, u"dues"_s, u"notices"_s, u"--year"_s, u"2026"_s}).code == cli::BadUsage);
    CHECK(runCli({u"--db"_s, path, u"dues"_s, u"notices"_s, u"--year"_s, u"2026"_s, u"--out"_s, pdf, u"--folder"_s, dir.path()}).code
        == cli::BadUsage);
    const Run level = runCli({u"--db"_s, path, u"dues"_s, u"reminders"_s, u"--year"_s, u"2026"_s, u"--level"_s, u"5"_s, u"--out"_s, pdf});
    CHECK(level.code == cli::BadUsage);
    CHECK(level.err.contains(u"--level"_s));
    CHECK(runCli({u"--db"_s, path, u"dues"_s, u"reminders"_s, u"--year"_s, u"2026"_s, u"--level"_s, u"1"_s, u"--out"_s, pdf, u"--as-of"_s,
                     u"27/11/2026"_s})
              .code
        == cli::BadUsage);
    CHECK(runCli({u"--db"_s, path, u"dues"_s, u"reminders"_s, u"--record=yes"_s}).code == cli::BadUsage);
    CHECK(runCli({u"--db"_s, path, u"dues"_s, u"report"_s, u"--year"_s, u"2026"_s, u"--record"_s}).code == cli::BadUsage);
    const Run help = runCli({u"--help"_s});
    CHECK(help.out.contains(u"dues reminders"_s));
    CHECK(help.out.contains(u"dues notices"_s));
}

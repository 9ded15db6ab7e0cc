// SPDX-License-Identifier: GPL-3.0-or-later
// adhera_bench_dues: the treasurer's year with 10,000 members × 5 years of dues. Times the
// year's report (duesReport) and the journal (receiptsJournal), each with its CSV and XLSX
// export (and the report's PDF), and prints every figure beside its target (< 1 s) with PASS or MISS. Always exits 0:
// benchmarks inform, tests assert. The ledger is generated once (demo::fillLarge for the
// members, then calls, payments and reversals by direct SQL in one transaction) and reused
// from the work folder.

#include "benchoutput.h"
#include "db/database.h"
#include "db/migrator.h"
#include "db/sql.h"
#include "demo/demodata.h"
#include "dues/duescsv.h"
#include "dues/duespdf.h"
#include "dues/duesreport.h"
#include "dues/duesxlsx.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace adhera;
using adhera::dues::Cents;
using bench::print;

namespace {

constexpr double targetMs = 1000.0;

constexpr int firstYear = 2022;
constexpr int years = 5;

void report(const QString &what, std::optional<double> ms)
{
    bench::report(what, ms, targetMs);
}

QString schemaKey()
{
    QCryptographicHash digest(QCryptographicHash::Sha1);
    for (const Migration &migration : Migrator::builtIn())
        digest.addData(migration.sql.toUtf8());
    return QString::fromLatin1(digest.result().toHex().left(8));
}

bool check(const Result<void> &result)
{
    if (!result)
        print(u"error: "_s + result.error().message);
    return bool(result);
}

// Calls for every membership and year; 70 % paid in full, 12 % partly, 5 % exempt, 2 % cancelled,
// the rest unpaid; one payment in a hundred is reversed.
bool fillDues(Database &db, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<qint64> memberships;
    Sql ids(db, u"SELECT id FROM membership ORDER BY id"_s);
    if (!check(ids.exec(u"memberships"_s)))
        return false;
    while (ids.next())
        memberships << ids.value(0).toLongLong();

    Transaction transaction(db);
    if (!check(transaction.started()))
        return false;
    Sql call(db,
        u"INSERT INTO dues_call (id, number, financial_year, membership_id, amount_cents, label, issued_on, due_on, state, created_at)"
        " VALUES (:id, :number, :year, :membership, :cents, :label, :issued, :due, :state, :now)"_s);
    Sql payment(db,
        u"INSERT INTO payment (id, number, received_on, amount_cents, method, reverses_payment_id, created_at)"
        " VALUES (:id, :number, :on, :cents, :method, :reverses, :now)"_s);
    Sql allocation(db, u"INSERT INTO payment_allocation (payment_id, call_id, amount_cents) VALUES (:payment, :call, :cents)"_s);
    const QStringList methods {u"transfer"_s, u"transfer"_s, u"cheque"_s, u"sepa_debit"_s, u"card"_s, u"cash"_s};
    const Cents amounts[] {25000, 45000, 90000, 150000, 8000};
    const QString now = u"2026-01-01T00:00:00Z"_s;
    qint64 callId = 0;
    qint64 paymentId = 0;
    for (int year = firstYear; year < firstYear + years; ++year) {
        int callNumber = 0;
        int paymentNumber = 0;
        for (qint64 membership : std::as_const(memberships)) {
            const Cents amount = amounts[random.bounded(5)];
            const int draw = random.bounded(100);
            const QString state = draw < 5 ? u"exempt"_s : draw < 7 ? u"cancelled"_s : u"open"_s;
            const QDate issued(year, 1, 10 + random.bounded(10));
            call.bind(u":id"_s, ++callId)
                .bind(u":number"_s, u"AC-%1-%2"_s.arg(year).arg(++callNumber, 5, 10, QChar(u'0')))
                .bind(u":year"_s, year)
                .bind(u":membership"_s, membership)
                .bind(u":cents"_s, amount)
                .bind(u":label"_s, u"Cotisation %1"_s.arg(year))
                .bind(u":issued"_s, issued.toString(Qt::ISODate))
                .bind(u":due"_s, issued.addDays(45).toString(Qt::ISODate))
                .bind(u":state"_s, state)
                .bind(u":now"_s, now);
            if (!check(call.exec(u"call"_s)))
                return false;
            if (state != u"open"_s || draw >= 89)
                continue;
            const Cents paid = draw < 77 ? amount : amount / 2;
            const QString method = methods.at(random.bounded(int(methods.size())));
            const QDate on = issued.addDays(random.bounded(300));
            const auto pay = [&](Cents cents, const QDate &date, const QVariant &reverses) {
                payment.bind(u":id"_s, ++paymentId)
                    .bind(u":number"_s, u"RE-%1-%2"_s.arg(year).arg(++paymentNumber, 5, 10, QChar(u'0')))
                    .bind(u":on"_s, date.toString(Qt::ISODate))
                    .bind(u":cents"_s, cents)
                    .bind(u":method"_s, method)
                    .bind(u":reverses"_s, reverses)
                    .bind(u":now"_s, now);
                allocation.bind(u":payment"_s, paymentId).bind(u":call"_s, callId).bind(u":cents"_s, cents);
                return check(payment.exec(u"payment"_s)) && check(allocation.exec(u"allocation"_s));
            };
            if (!pay(paid, on, QVariant()))
                return false;
            if (random.bounded(100) == 0 && !pay(-paid, on.addDays(3), paymentId))
                return false;
        }
    }
    return check(transaction.commit());
}

// The cached ledger for this size, seed and schema; generated when missing.
QString ledgerFile(const QString &workDir, int members, quint32 seed)
{
    const QString path
        = QDir(workDir).filePath(u"bench-dues-%1x%2-seed%3-schema%4.adhera"_s.arg(members).arg(years).arg(seed).arg(schemaKey()));
    if (QFileInfo::exists(path)) {
        print(u"Reusing %1 (delete it to regenerate)."_s.arg(QDir::toNativeSeparators(path)));
        return path;
    }
    // Written under another name and renamed when complete: an interrupted run leaves no half file.
    const QString partial = path + u".partial"_s;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(partial + suffix);
    QElapsedTimer timer;
    timer.start();
    {
        auto opened = Database::open(partial);
        if (!opened) {
            print(u"error: "_s + opened.error().message);
            return {};
        }
        if (!check(demo::fillLarge(**opened, members, seed)) || !fillDues(**opened, seed))
            return {};
    }
    if (!QFile::rename(partial, path)) {
        print(u"error: cannot rename %1"_s.arg(partial));
        return {};
    }
    print(u"Generated %1 members × %2 years of dues in %3 s."_s.arg(members).arg(years).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return path;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char *argv[])
{
    // The PDF draws text, which needs a QGuiApplication; offscreen needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption workOption(
        u"work"_s, u"Folder for the generated ledger (reused between runs)."_s, u"DIR"_s, QStringLiteral(ADHERA_BENCH_WORK_DIR));
    const QCommandLineOption membersOption(u"members"_s, u"Number of members."_s, u"N"_s, u"10000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per figure (the median is printed)."_s, u"N"_s, u"3"_s);
    parser.addOptions({workOption, membersOption, runsOption});
    parser.process(app);
    const QString workDir = parser.value(workOption);
    const int members = std::max(1, parser.value(membersOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    if (!QDir().mkpath(workDir)) {
        print(u"error: cannot create %1"_s.arg(workDir));
        return 0;
    }
    const QString path = ledgerFile(workDir, members, 2016);
    if (path.isEmpty())
        return 0;
    auto opened = Database::open(path, Database::Access::ReadOnly);
    if (!opened) {
        print(u"error: "_s + opened.error().message);
        return 0;
    }
    Database &db = **opened;
    const int year = firstYear + years - 1;
    const QDir out(workDir);

    const auto query = dues::duesReport(db, year);
    const auto journal = dues::receiptsJournal(db, year);
    if (!query || !journal) {
        print(u"error: "_s + (query ? journal.error().message : query.error().message));
        return 0;
    }
    print(u"Financial year %1: %2 calls, %3 unpaid, %4 journal lines."_s.arg(year)
              .arg(query->total.calls)
              .arg(query->unpaid.size())
              .arg(journal->size()));

    report(u"duesReport (the year's status)"_s, bench::medianMs(runs, [&] { return bool(dues::duesReport(db, year)); }));
    report(u"receiptsJournal"_s, bench::medianMs(runs, [&] { return bool(dues::receiptsJournal(db, year)); }));
    report(u"report CSV (query + export + write)"_s, bench::medianMs(runs, [&] {
        const auto r = dues::duesReport(db, year);
        return r && writeFile(out.filePath(u"bench-report.csv"_s), dues::duesReportCsv(*r));
    }));
    report(u"report XLSX (query + export + write)"_s, bench::medianMs(runs, [&] {
        const auto r = dues::duesReport(db, year);
        return r && dues::writeDuesReportXlsx(*r, out.filePath(u"bench-report.xlsx"_s));
    }));
    report(u"report PDF (query + export + write)"_s, bench::medianMs(runs, [&] {
        const auto r = dues::duesReport(db, year);
        return r && dues::writeDuesReportPdf(*r, dues::clubHeader(db), out.filePath(u"bench-report.pdf"_s));
    }));
    report(u"journal CSV (query + export + write)"_s, bench::medianMs(runs, [&] {
        const auto j = dues::receiptsJournal(db, year);
        return j && writeFile(out.filePath(u"bench-journal.csv"_s), dues::receiptsJournalCsv(*j));
    }));
    report(u"journal XLSX (query + export + write)"_s, bench::medianMs(runs, [&] {
        const auto j = dues::receiptsJournal(db, year);
        return j && dues::writeReceiptsJournalXlsx(*j, out.filePath(u"bench-journal.xlsx"_s));
    }));
    return 0;
}

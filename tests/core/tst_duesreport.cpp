// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "db/sql.h"
#include "dues/duescsv.h"
#include "dues/duesreport.h"
#include "dues/duesxlsx.h"
#include "duesfixture.h"
#include "io/xlsxreader.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::dues;

namespace {

void requireBalanced(const DuesTotals &totals)
{
    INFO(totals.group.toStdString());
    CHECK(totals.expected == totals.collected + totals.outstanding + totals.exempt);
}

// Compares with tests/data/NAME; on a difference, leaves the actual text in the temp folder.
void requireGolden(const QByteArray &actual, const QString &name)
{
    QFile golden(test::dataPath(name));
    REQUIRE(golden.open(QIODevice::ReadOnly));
    const QByteArray expected = golden.readAll();
    if (actual != expected) {
        QFile out(QDir::temp().filePath(name));
        if (out.open(QIODevice::WriteOnly))
            out.write(actual);
        INFO("actual output written to " << out.fileName().toStdString());
        CHECK(QString::fromUtf8(actual).toStdString() == QString::fromUtf8(expected).toStdString());
    }
}

// One part of a ZIP file, as text.
QString zipPart(const QString &path, const QString &part)
{
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdUnzip));
    REQUIRE(zip.setCurrentFile(part));
    QuaZipFile file(&zip);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// The <c> element of a cell ("C2") in a sheet's XML.
QString cell(const QString &sheetXml, const QString &reference)
{
    const QRegularExpression pattern(u"<c r=\"%1\"[^>]*(/>|>.*?</c>)"_s.arg(reference));
    return pattern.match(sheetXml).captured(0);
}

} // namespace

TEST_CASE("dues report: totals by year, category and club always balance")
{
    auto db = test::memoryDatabase();
    test::fillDuesLedger(*db);
    const auto report = duesReport(*db, 2026);
    REQUIRE(report);
    CHECK(report->yearLabel == u"2026"_s);
    CHECK(report->total.calls == 7);
    CHECK(report->total.expected == 243000);
    CHECK(report->total.collected == 195000);
    CHECK(report->total.outstanding == 23000);
    CHECK(report->total.exempt == 25000);
    requireBalanced(report->total);

    REQUIRE(report->byCategory.size() == 4);
    CHECK(report->byCategory[0].group == u"Entreprise 1 à 49 salariés"_s);
    CHECK(report->byCategory[0].calls == 4);
    CHECK(report->byCategory[0].exempt == 25000);
    CHECK(report->byCategory[3].group == u"Membre individuel"_s);
    CHECK(report->byCategory[3].calls == 1); // the cancelled call does not count
    REQUIRE(report->byOriginClub.size() == 4);
    CHECK(report->byOriginClub[0].group == u"Connect"_s);
    CHECK(report->byOriginClub[1].group == u"Viatis"_s);
    CHECK(report->byOriginClub[1].collected == 45000 + 115000);
    CHECK(report->byOriginClub[3].group == u"Sans club d'origine"_s);
    DuesTotals sum;
    for (const QList<DuesTotals> *groups : {&report->byCategory, &report->byOriginClub}) {
        sum = {};
        for (const DuesTotals &group : *groups) {
            requireBalanced(group);
            sum.expected += group.expected;
            sum.collected += group.collected;
            sum.outstanding += group.outstanding;
            sum.exempt += group.exempt;
        }
        CHECK(sum.expected == report->total.expected);
        CHECK(sum.collected == report->total.collected);
        CHECK(sum.outstanding == report->total.outstanding);
    }

    REQUIRE(report->unpaid.size() == 2); // by member name; the reversed payment left Hélène owing
    CHECK(report->unpaid[0].memberName == u"Moselle Contact Services"_s);
    CHECK(report->unpaid[0].balance() == 15000);
    CHECK(report->unpaid[0].reminderLevel == 1);
    CHECK(report->unpaid[1].memberName == u"MÜLLER Hélène"_s);
    CHECK(report->unpaid[1].balance() == 8000);

    REQUIRE(report->months.size() == 12);
    CHECK(report->months[0].month == QDate(2026, 1, 1));
    CHECK(report->months[0].expected == 218000);
    CHECK(report->months[1].collected == 45000);
    CHECK(report->months[2].expected == 25000);
    CHECK(report->months[2].collected == 125000);
    CHECK(report->months[3].collected == 0); // 50,00 received then reversed
    CHECK(report->months[11].month == QDate(2026, 12, 1));
    // Paid in advance on 20/12/2025, shown in the year's first month: the chart and the totals
    // strip agree.
    CHECK(report->months[0].collected == 25000);
    Cents expected = 0;
    Cents collected = 0;
    for (const MonthFigures &month : report->months) {
        expected += month.expected;
        collected += month.collected;
    }
    CHECK(expected == report->total.expected);
    CHECK(collected == report->total.collected);
}

TEST_CASE("dues report: a financial year starting in September")
{
    auto db = test::memoryDatabase();
    test::fillDuesLedger(*db);
    Sql(*db, u"INSERT INTO setting (key, value) VALUES ('dues.year_start_month', '9')"_s).exec(u"setting"_s);
    const auto report = duesReport(*db, 2026);
    REQUIRE(report);
    CHECK(report->yearLabel == u"2026-2027"_s);
    CHECK(report->months.first().month == QDate(2026, 9, 1));
    CHECK(report->months.last().month == QDate(2027, 8, 1));
    const auto journal = receiptsJournal(*db, 2025); // September 2025 to August 2026
    REQUIRE(journal);
    CHECK(journal->size() == 12);
}

TEST_CASE("dues report: an empty year")
{
    auto db = test::memoryDatabase();
    const auto report = duesReport(*db, 2030);
    REQUIRE(report);
    CHECK(report->total.calls == 0);
    CHECK(report->byCategory.isEmpty());
    CHECK(report->months.size() == 12);
    const auto journal = receiptsJournal(*db, 2030);
    REQUIRE(journal);
    CHECK(journal->isEmpty());
}

TEST_CASE("receipts journal: dues of the next year received in advance go to 487000, not to this year's income")
{
    auto db = test::memoryDatabase();
    test::fillDuesLedger(*db);
    // Atelier des Vosges paid its 2026 dues on 20/12/2025: in the 2025 journal.
    const auto journal = receiptsJournal(*db, 2025);
    REQUIRE(journal);
    QList<JournalLine> vosges;
    for (const JournalLine &line : *journal)
        if (line.member == u"Atelier des Vosges"_s)
            vosges << line;
    REQUIRE(vosges.size() == 2);
    CHECK(vosges.at(0).debit == 25000);
    CHECK(vosges.at(1).account == u"487000"_s);
    CHECK(vosges.at(1).credit == 25000);
    CHECK(vosges.at(1).label == u"Cotisation 2026 reçue d'avance — Atelier des Vosges"_s);
    for (const JournalLine &line : *journal)
        CHECK_FALSE((line.member == u"Atelier des Vosges"_s && line.account == u"756000"_s));
}

TEST_CASE("receipts journal: two lines per payment, reversals opposite, by date and piece")
{
    auto db = test::memoryDatabase();
    test::fillDuesLedger(*db);
    const auto journal = receiptsJournal(*db, 2026);
    REQUIRE(journal);
    REQUIRE(journal->size() == 10); // RE-2025-0001 was received in 2025
    const JournalLine &first = journal->at(0);
    CHECK(first.date == QDate(2026, 2, 15));
    CHECK(first.piece == u"RE-2026-0001"_s);
    CHECK(first.account == u"512000"_s);
    CHECK(first.debit == 45000);
    CHECK(journal->at(1).account == u"756000"_s);
    CHECK(journal->at(1).credit == 45000);
    CHECK(first.label == u"Cotisation 2026 — Transports Lœuvre"_s);
    CHECK(journal->at(2).account == u"511200"_s); // a cheque
    CHECK(journal->at(4).member == u"Groupe Est Relation, Est Centre Services"_s);
    CHECK(journal->at(4).method == u"Carte"_s);
    CHECK(journal->at(6).account == u"530000"_s); // cash
    CHECK(journal->at(6).debit == 5000);
    // The reversal debits the dues account and credits the cash.
    CHECK(journal->at(8).piece == u"RE-2026-0005"_s);
    CHECK(journal->at(8).account == u"756000"_s);
    CHECK(journal->at(8).debit == 5000);
    CHECK(journal->at(9).account == u"530000"_s);
    CHECK(journal->at(9).credit == 5000);
    Cents debit = 0;
    Cents credit = 0;
    for (const JournalLine &line : *journal) {
        debit += line.debit;
        credit += line.credit;
    }
    CHECK(debit == credit);
}

TEST_CASE("dues exports: CSV for French Excel match the golden files")
{
    auto db = test::memoryDatabase();
    test::fillDuesLedger(*db);
    const auto report = duesReport(*db, 2026);
    REQUIRE(report);
    const QByteArray csv = duesReportCsv(*report);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains("\r\n\r\n"));
    requireGolden(csv, u"dues-report.csv"_s);
    const auto journal = receiptsJournal(*db, 2026);
    REQUIRE(journal);
    requireGolden(receiptsJournalCsv(*journal), u"dues-journal.csv"_s);
}

TEST_CASE("dues exports: the XLSX report has numbers, a euro format, a frozen header, filters and totals")
{
    auto db = test::memoryDatabase();
    test::fillDuesLedger(*db);
    const auto report = duesReport(*db, 2026);
    REQUIRE(report);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"état 2026.xlsx"_s);
    const auto written = writeDuesReportXlsx(*report, path);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList {u"état 2026.xlsx"_s}); // no temporary left

    const auto sheets = io::XlsxReader::sheetNames(path);
    REQUIRE(sheets);
    CHECK(*sheets == QStringList {u"Synthèse"_s, u"Par catégorie"_s, u"Par club"_s, u"Impayés"_s});

    const QString styles = zipPart(path, u"xl/styles.xml"_s);
    const QRegularExpression euro(u"<numFmt numFmtId=\"(\\d+)\" formatCode=\"#,##0.00 &quot;€&quot;\"/>"_s);
    const auto euroFormat = euro.match(styles);
    REQUIRE(euroFormat.hasMatch());

    // Par catégorie: the first category row, then the totals row (row 6 after four categories).
    const QString byCategory = zipPart(path, u"xl/worksheets/sheet2.xml"_s);
    CHECK(byCategory.contains(u"<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"_s));
    CHECK(byCategory.contains(u"<autoFilter ref=\"A1:F5\"/>"_s));
    const QString expected = cell(byCategory, u"C2"_s);
    CHECK(expected.contains(u"<v>1000</v>"_s)); // 4 × 250,00 in the first category
    CHECK_FALSE(expected.contains(u"t=\"s\""_s));
    const QString total = cell(byCategory, u"C6"_s);
    CHECK(total.contains(u"<f>SUM(C2:C5)</f><v>2430</v>"_s));
    CHECK(cell(byCategory, u"D6"_s).contains(u"<v>1950</v>"_s));
    CHECK(cell(byCategory, u"E6"_s).contains(u"<v>230</v>"_s));
    CHECK(cell(byCategory, u"F6"_s).contains(u"<v>250</v>"_s));
    CHECK(byCategory.contains(u"<cols>"_s));

    // The cell formats in use point at the euro number format.
    const QString moneyStyle = QRegularExpression(u"s=\"(\\d+)\""_s).match(expected).captured(1);
    const QString cellXfs = styles.mid(styles.indexOf(u"<cellXfs"_s));
    const QStringList xfs = cellXfs.split(u"<xf "_s).mid(1);
    REQUIRE(moneyStyle.toInt() < xfs.size());
    CHECK(xfs.at(moneyStyle.toInt()).contains(u"numFmtId=\"%1\""_s.arg(euroFormat.captured(1))));

    // Read back as a spreadsheet would: numbers, and the due date as a date.
    const auto unpaid = io::XlsxReader::readFile(path, {u"Impayés"_s});
    REQUIRE(unpaid);
    REQUIRE(unpaid->rows.size() == 3);
    CHECK(unpaid->rows[0].fields
        == QStringList {u"AC-2026-0002"_s, u"Moselle Contact Services"_s, u"Entreprise 1 à 49 salariés"_s, u"Connect"_s, u"2026-02-28"_s,
            u"R1 (15/04/2026)"_s, u"250"_s, u"100"_s, u"150"_s});
    CHECK(unpaid->rows[2].fields.mid(6) == QStringList {u"330"_s, u"100"_s, u"230"_s});
    const auto summary = io::XlsxReader::readFile(path, {u"Synthèse"_s});
    REQUIRE(summary);
    CHECK(summary->rows[0].fields == QStringList {u"2026"_s, u"7"_s, u"2430"_s, u"1950"_s, u"230"_s, u"250"_s});
}

TEST_CASE("dues exports: the XLSX journal has date cells and balanced totals")
{
    auto db = test::memoryDatabase();
    test::fillDuesLedger(*db);
    const auto journal = receiptsJournal(*db, 2026);
    REQUIRE(journal);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.xlsx"_s);
    REQUIRE(writeReceiptsJournalXlsx(*journal, path));
    const QString sheet = zipPart(path, u"xl/worksheets/sheet1.xml"_s);
    CHECK(sheet.contains(u"state=\"frozen\""_s));
    CHECK(sheet.contains(u"<autoFilter ref=\"A1:J11\"/>"_s));
    CHECK(cell(sheet, u"A2"_s).contains(u"<v>46068</v>"_s)); // 15/02/2026 as an Excel serial date
    CHECK(cell(sheet, u"I12"_s).contains(u"<f>SUM(I2:I11)</f><v>1800</v>"_s));
    CHECK(cell(sheet, u"J12"_s).contains(u"<f>SUM(J2:J11)</f><v>1800</v>"_s));
    const auto table = io::XlsxReader::readFile(path);
    REQUIRE(table);
    CHECK(table->headers == journalHeaders());
    CHECK(table->rows[0].fields
        == QStringList {u"2026-02-15"_s, u"RE-2026-0001"_s, u"Transports Lœuvre"_s, u"Virement"_s, QString(), QString(), u"512000"_s,
            u"Cotisation 2026 — Transports Lœuvre"_s, u"450"_s, QString()});
}

TEST_CASE("dues exports: a failed XLSX write names the file and leaves nothing behind")
{
    auto db = test::memoryDatabase();
    const auto report = duesReport(*db, 2026);
    REQUIRE(report);
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"absent/état.xlsx"_s);
    const auto written = writeDuesReportXlsx(*report, missing);
    REQUIRE_FALSE(written);
    CHECK(written.error().code == ErrorCode::Io);
    CHECK(written.error().message.contains(missing));

    // A target that is a folder: the workbook is built, the rename fails, the temporary goes.
    const QString folder = dir.filePath(u"dossier.xlsx"_s);
    REQUIRE(QDir(dir.path()).mkdir(u"dossier.xlsx"_s));
    QDir(folder).mkdir(u"plein"_s);
    const auto overFolder = writeDuesReportXlsx(*report, folder);
    REQUIRE_FALSE(overFolder);
    CHECK(overFolder.error().message.contains(folder));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "db/sql.h"
#include "dues/duespdf.h"
#include "dues/duesreport.h"
#include "dues/money.h"
#include "duesfixture.h"
#include "pdftext.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <optional>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::dues;

namespace {

ClubHeader header(const QString &address, const QDateTime &printedAt)
{
    ClubHeader club;
    club.name = u"L2C"_s;
    club.address = address;
    club.printedAt = printedAt;
    return club;
}

QString plain(QString text)
{
    return text.replace(QChar(0x202f), u' ').replace(QChar(0x00a0), u' ');
}

QByteArray head(const QString &path, qint64 size)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.read(size);
}

} // namespace

TEST_CASE("dues pdf: the club header comes from the settings, with defaults")
{
    auto db = test::memoryDatabase();
    const QDateTime fixed(QDate(2026, 11, 27), QTime(14, 5));
    db->setClock([fixed] { return fixed; });
    ClubHeader club = clubHeader(*db);
    CHECK(club.name == u"Lorraine Contact Client"_s);
    CHECK(club.address.isEmpty());
    CHECK(club.printedAt == fixed);

    REQUIRE(Sql(*db, u"INSERT INTO setting (key, value) VALUES ('club.name', 'L2C'), ('club.address', '3 rue Gambetta\n54000 Nancy')"_s)
                .exec(u"test"_s));
    club = clubHeader(*db);
    CHECK(club.name == u"L2C"_s);
    CHECK(club.address == u"3 rue Gambetta\n54000 Nancy"_s);
}

TEST_CASE("dues pdf: the year's report holds the title, the totals and the unpaid members")
{
    auto db = test::memoryDatabase();
    test::fillDuesLedger(*db);
    db->setClock([] { return QDateTime(QDate(2026, 11, 27), QTime(14, 5)); });
    const auto report = duesReport(*db, 2026);
    REQUIRE(report);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"état 2026.pdf"_s);
    REQUIRE(writeDuesReportPdf(*report, clubHeader(*db), path));
    CHECK(head(path, 5) == "%PDF-");
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList {u"état 2026.pdf"_s}); // no temporary file left

    const auto text = test::pdfText(path);
    if (!text) {
        WARN("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
        return;
    }
    INFO(text->toStdString());
    CHECK(text->contains(u"Lorraine Contact Client"_s));
    CHECK(text->contains(u"État des cotisations — exercice 2026"_s));
    CHECK(text->contains(u"Imprimé le 27/11/2026 à 14:05"_s));
    CHECK(text->contains(u"2 430,00 €"_s));
    CHECK(text->contains(u"1 950,00 €"_s));
    CHECK(text->contains(u"230,00 €"_s));
    CHECK(text->contains(u"250,00 €"_s));
    CHECK(text->contains(u"Entreprise 1 à 49 salariés"_s));
    CHECK(text->contains(u"Sans club d'origine"_s));
    CHECK(text->contains(u"Encaissé et attendu par mois"_s));
    CHECK(text->contains(u"janv."_s));
    CHECK(text->contains(u"Impayés (2)"_s));
    CHECK(text->contains(u"MÜLLER Hélène"_s));
    CHECK(text->contains(u"AC-2026-0002"_s));
    const qsizetype pages = text->count(u'\f');
    CHECK(text->contains(u"Page 1 / %1"_s.arg(pages)));
    CHECK(text->contains(u"Page %1 / %1"_s.arg(pages)));
}

TEST_CASE("dues pdf: a long unpaid list runs over pages with its header on each")
{
    DuesReport report;
    report.financialYear = 2026;
    report.yearLabel = u"2026"_s;
    for (int m = 1; m <= 12; ++m)
        report.months.append({QDate(2026, m, 1), Cents(m) * 1234500, Cents(m) * 1000000});
    for (int i = 1; i <= 150; ++i) {
        DuesCall call;
        call.number = u"AC-2026-%1"_s.arg(i, 4, 10, QChar(u'0'));
        call.memberName = u"Adhérent n° %1"_s.arg(i);
        call.category = u"Membre individuel"_s;
        call.amount = 8000;
        call.paid = i % 2 ? 0 : 3000;
        report.unpaid.append(call);
        report.total.calls += 1;
        report.total.expected += call.amount;
        report.total.collected += call.paid;
        report.total.outstanding += call.balance();
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"long.pdf"_s);
    REQUIRE(writeDuesReportPdf(report, header(u"Nancy"_s, QDateTime(QDate(2026, 1, 5), QTime(9, 0))), path));
    CHECK(head(path, 5) == "%PDF-");
    const auto text = test::pdfText(path);
    if (!text) {
        WARN("pdftotext (poppler-utils) is not installed: the pages are not checked");
        return;
    }
    CHECK(text->contains(u"Adhérent n° 150"_s));
    CHECK(text->contains(plain(formatEuros(report.total.outstanding))));
    const qsizetype pages = text->count(u'\f');
    REQUIRE(pages >= 4);
    CHECK(text->contains(u"Page 1 / %1"_s.arg(pages)));
    CHECK(text->contains(u"Page %1 / %1"_s.arg(pages)));
    // The unpaid table starts on page 2 at the latest, and its header is on each page it covers.
    CHECK(text->count(u"N° d'appel"_s) >= pages - 1);
}

TEST_CASE("dues pdf: a folder that does not exist is an error naming the file")
{
    DuesReport report;
    report.yearLabel = u"2026"_s;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"absent/état.pdf"_s);
    const auto written = writeDuesReportPdf(report, header(QString(), QDateTime::currentDateTime()), path);
    REQUIRE_FALSE(written);
    CHECK(written.error().code == ErrorCode::Io);
    CHECK(written.error().message.contains(path));
    CHECK_FALSE(QFile::exists(path));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders.h"
#include "catch.h"
#include "db/sql.h"
#include "dues/duesdocuments.h"
#include "dues/duesledger.h"
#include "dues/duesreport.h"
#include "dues/letterpainter.h"
#include "duesfixture.h"
#include "i18n/translations.h"
#include "pdftext.h"
#include "settings/clubidentity.h"
#include "testsupport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <optional>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::dues;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Compares with the golden file; ADHERA_UPDATE_GOLDEN=1 rewrites it from the actual bytes.
void compareWithGolden(const QByteArray &actual, const QString &name)
{
    if (qEnvironmentVariableIsSet("ADHERA_UPDATE_GOLDEN")) {
        QFile file(test::dataPath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(actual);
    }
    INFO(actual.toStdString());
    CHECK(actual == fileBytes(test::dataPath(name)));
}

const QDateTime fixedNow(QDate(2026, 11, 27), QTime(10, 30), Qt::UTC);

// The fixture ledger, a club identity and addresses, at a fixed date.
struct Letters {
    std::unique_ptr<Database> db = test::memoryDatabase();
    Letters()
    {
        test::fillDuesLedger(*db);
        db->setClock([] { return fixedNow; });
        settings::ClubIdentity club;
        club.name = u"Lorraine Contact Client"_s;
        club.address = u"Maison de l'Entreprise\n14 rue du Général-Leclerc\n54000 Nancy"_s;
        club.email = u"tresorerie@l2c.example"_s;
        club.phone = u"03 83 00 00 00"_s;
        club.paymentDetails
            = u"Virement : IBAN FR76 3000 1007 9412 3456 7890 185 — BIC DEMOFRPPXXX\nChèque à l'ordre de Lorraine Contact Client"_s;
        club.signatory = u"Le trésorier,\nPierre MARTIN"_s;
        REQUIRE(settings::saveClubIdentity(*db, club));
        exec(u"UPDATE organisation SET address = '12 rue des Tanneurs', postcode = '57000', city = 'Metz', siren = '552203614' "
             "WHERE name = 'Transports Lœuvre'"_s);
        exec(u"UPDATE organisation SET address = 'Parc d''activités\n3 allée des Tilleuls', postcode = '57070', city = 'Metz' "
             "WHERE name = 'Moselle Contact Services'"_s);
        exec(u"UPDATE person SET civility = 'Mme', address = '5 place Stanislas', postcode = '54000', city = 'Nancy', "
             "email = 'helene.muller@example.org' WHERE last_name = 'Müller'"_s);
        // A cheque for more than the call: 20,00 € stay unallocated.
        exec(u"INSERT INTO payment (id, number, received_on, amount_cents, method, cheque_number, bank, payer, created_at) "
             "VALUES (7, 'RE-2026-0006', '2026-05-02', 12000, 'cheque', '4055189', 'CIC Est', 'SARL Moselle Contact Services', "
             "'2026-05-02T09:00:00Z')"_s);
        exec(u"INSERT INTO payment_allocation (payment_id, call_id, amount_cents) VALUES (7, 2, 10000)"_s);
    }

    void exec(const QString &statement)
    {
        auto ran = Sql(*db, statement).exec(u"test"_s);
        INFO((ran ? QString() : ran.error().message).toStdString());
        REQUIRE(ran);
    }

    qint64 callId(const QString &number)
    {
        auto id = Sql(*db, u"SELECT id FROM dues_call WHERE number = :n"_s).bind(u":n"_s, number).scalar(u"test"_s);
        REQUIRE(id);
        return id->toLongLong();
    }

    qint64 paymentId(const QString &number)
    {
        auto id = Sql(*db, u"SELECT id FROM payment WHERE number = :n"_s).bind(u":n"_s, number).scalar(u"test"_s);
        REQUIRE(id);
        return id->toLongLong();
    }

    qint64 membershipOf(const QString &callNumber)
    {
        auto id = Sql(*db, u"SELECT membership_id FROM dues_call WHERE number = :n"_s).bind(u":n"_s, callNumber).scalar(u"test"_s);
        REQUIRE(id);
        return id->toLongLong();
    }
};

QByteArray smallPng()
{
    QImage image(120, 60, QImage::Format_ARGB32);
    image.fill(QColor(0x1f, 0x5f, 0x8b));
    QPainter painter(&image);
    painter.fillRect(QRect(10, 10, 40, 40), Qt::white);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

TEST_CASE("dues documents: an organisation's letters go to its representative")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    PersonRecord weber = test::person(u"Marc"_s, u"Weber"_s);
    weber.person.civility = u"M."_s;
    weber.person.email = u"marc.weber@acme.example"_s;
    const qint64 weberId = test::save(file, weber).person.id;
    OrganisationRecord acme = test::organisation(u"Acme Centres d'appels SAS"_s, u"Nancy"_s);
    acme.organisation.address = u"Immeuble Le Lorrain\n\n  12 rue Saint-Jean  "_s;
    acme.organisation.postcode = u"54000"_s;
    acme.organisation.email = u"contact@acme.example"_s;
    acme.organisation.siren = u"552203614"_s;
    acme.membership = test::membership(file, u"ENT_M"_s, u"CONNECT"_s);
    acme.membership->representativeId = weberId;
    acme = test::save(file, acme);
    const qint64 membershipId = acme.membership->id;

    auto recipient = recipientOf(*db, membershipId);
    REQUIRE(recipient);
    CHECK(recipient->membershipId == membershipId);
    CHECK(recipient->name == u"Acme Centres d'appels SAS"_s);
    CHECK(recipient->attention == u"À l'attention de M. Marc Weber"_s);
    CHECK(recipient->addressLines == QStringList {u"Immeuble Le Lorrain"_s, u"12 rue Saint-Jean"_s, u"54000 Nancy"_s});
    CHECK(recipient->email == u"marc.weber@acme.example"_s);
    CHECK(recipient->salutation == u"Monsieur,"_s);
    CHECK(recipient->siren == u"552203614"_s);

    // Without a representative: the organisation's own e-mail, no attention line.
    acme.membership->representativeId = 0;
    test::save(file, acme);
    recipient = recipientOf(*db, membershipId);
    REQUIRE(recipient);
    CHECK(recipient->attention.isEmpty());
    CHECK(recipient->email == u"contact@acme.example"_s);
    CHECK(recipient->salutation == u"Madame, Monsieur,"_s);

    CHECK(recipientOf(*db, 9999).error().code == ErrorCode::NotFound);
}

TEST_CASE("dues documents: an individual member's letters go to them, address lines as known")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    PersonRecord claire = test::person(u"Claire"_s, u"Martin"_s);
    claire.person.civility = u"Mme"_s;
    claire.person.email = u"claire.martin@example.org"_s;
    claire.membership = test::membership(file, u"IND"_s, u"L2C"_s);
    claire = test::save(file, claire);
    const qint64 membershipId = claire.membership->id;

    auto recipient = recipientOf(*db, membershipId);
    REQUIRE(recipient);
    CHECK(recipient->name == u"Mme Claire Martin"_s);
    CHECK(recipient->attention.isEmpty());
    CHECK(recipient->addressLines.isEmpty()); // no address at all: nothing invented
    CHECK(recipient->email == u"claire.martin@example.org"_s);
    CHECK(recipient->salutation == u"Madame,"_s);
    CHECK(recipient->siren.isEmpty());

    claire.person.city = u"Metz"_s; // a town without a postcode or a street
    test::save(file, claire);
    recipient = recipientOf(*db, membershipId);
    REQUIRE(recipient);
    CHECK(recipient->addressLines == QStringList {u"Metz"_s});
}

TEST_CASE("dues documents: the date line names the club's town")
{
    const QDate first(2026, 12, 1);
    CHECK(letterDateLine(u"3 rue Gambetta\n54000 Nancy"_s, QDate(2026, 11, 27)) == u"Nancy, le 27 novembre 2026"_s);
    CHECK(letterDateLine(u"BP 55025\n57071 Metz CEDEX 3\nFrance"_s, first) == u"Metz, le 1er décembre 2026"_s);
    CHECK(letterDateLine(QString(), first) == u"Le 1er décembre 2026"_s);
}

TEST_CASE("dues documents: a notice, a receipt and a reminder read as their golden files")
{
    Letters f;
    const ClubHeader club = clubHeader(*f.db);
    const QDate today = f.db->now().date();
    QTemporaryDir dir;

    const auto notices = noticesFor(*f.db, {f.callId(u"AC-2026-0003"_s)}, today);
    REQUIRE(notices);
    REQUIRE(notices->size() == 1);
    CHECK(notices->first().number == u"AC-2026-0003"_s);
    CHECK(notices->first().yearLabel == u"2026"_s);
    const auto receipts = receiptsFor(*f.db, {f.paymentId(u"RE-2026-0006"_s)}, today);
    REQUIRE(receipts);
    const auto reminders = remindersFor(*f.db, {f.callId(u"AC-2026-0002"_s)}, 2, today);
    REQUIRE(reminders);
    CHECK(reminders->first().reminderLevel == 2);

    for (const auto &[documents, golden] : {std::pair {*notices, u"dues-notice.txt"_s}, std::pair {*receipts, u"dues-receipt.txt"_s},
             std::pair {*reminders, u"dues-reminder.txt"_s}}) {
        const QString path = dir.filePath(golden + u".pdf"_s);
        REQUIRE(writeDocumentsPdf(documents, club, path));
        CHECK(fileBytes(path).startsWith("%PDF-"));
        const auto text = test::pdfText(path, test::PdfLines::Layout);
        if (!text) {
            WARN("pdftotext (poppler-utils) is not installed: the letters' text is not checked");
            return;
        }
        compareWithGolden(text->toUtf8(), golden);
    }
}

TEST_CASE("dues documents: each letter is written in its recipient's language, whatever the interface's")
{
    Letters f;
    const ClubHeader club = clubHeader(*f.db);
    const QDate today = f.db->now().date();
    QTemporaryDir dir;
    // Hélène Müller reads English; the other member keeps French, the default.
    f.exec(u"UPDATE person SET letter_language = 'en' WHERE last_name = 'Müller'"_s);
    const auto notices = noticesFor(*f.db, {f.callId(u"AC-2026-0003"_s), f.callId(u"AC-2026-0001"_s)}, today);
    REQUIRE(notices);
    REQUIRE(notices->size() == 2);
    const DuesDocument &english = notices->at(0);
    const DuesDocument &french = notices->at(1);
    CHECK(english.recipient.language == i18n::LetterLanguage::English);
    CHECK(english.recipient.salutation == u"Dear Madam,"_s);
    CHECK(french.recipient.language == i18n::LetterLanguage::French);
    CHECK(french.recipient.salutation == u"Madame, Monsieur,"_s);

    auto lettersText = [&](const QString &name) -> std::optional<QString> {
        const QString path = dir.filePath(name);
        REQUIRE(writeDocumentsPdf(*notices, club, path));
        const auto text = test::pdfText(path, test::PdfLines::Layout);
        if (!text)
            WARN("pdftotext (poppler-utils) is not installed: the letters' text is not checked");
        return text ? std::optional(*text) : std::nullopt;
    };
    SECTION("a French interface writes the English letter in English")
    {
        if (const auto text = lettersText(u"notices.pdf"_s)) {
            const QString first = text->section(u'\f', 0, 0);
            const QString second = text->section(u'\f', 1);
            CHECK(first.contains(u"Dues notice no."_s));
            CHECK(first.contains(u"Nancy, 27 November 2026"_s));
            CHECK(first.contains(u"€80.00"_s));
            CHECK_FALSE(first.contains(u"Appel de cotisation"_s));
            CHECK(second.contains(u"Appel de cotisation n°"_s));
            CHECK(second.contains(u"Madame, Monsieur,"_s));
        }
        // The interface speaks French again afterwards.
        CHECK(QCoreApplication::translate("adhera::dues", "Madame,") == u"Madame,"_s);
    }
    SECTION("an English interface writes the French letter in French and stays English")
    {
        i18n::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedKingdom));
        const auto text = lettersText(u"notices-en.pdf"_s);
        CHECK(QCoreApplication::translate("adhera::dues", "Madame,") == u"Dear Madam,"_s);
        i18n::removeTranslations(*QCoreApplication::instance());
        if (text) {
            CHECK(text->section(u'\f', 0, 0).contains(u"Dues notice no."_s));
            CHECK(text->section(u'\f', 1).contains(u"Appel de cotisation n°"_s));
            CHECK_FALSE(text->section(u'\f', 1).contains(u"Dues notice"_s));
        }
    }
}

TEST_CASE("dues documents: a batch has one page per letter, each numbered on its own")
{
    Letters f;
    QList<qint64> open;
    for (const QString &number : {u"AC-2026-0001"_s, u"AC-2026-0002"_s, u"AC-2026-0003"_s, u"AC-2026-0006"_s, u"AC-2026-0007"_s})
        open.append(f.callId(number));
    const auto notices = noticesFor(*f.db, open, f.db->now().date());
    REQUIRE(notices);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"appels.pdf"_s);
    REQUIRE(writeDocumentsPdf(*notices, clubHeader(*f.db), path));
    const auto text = test::pdfText(path, test::PdfLines::Layout);
    if (!text) {
        WARN("pdftotext (poppler-utils) is not installed: the pages are not checked");
        return;
    }
    CHECK(text->count(u'\f') == 5);
    CHECK(text->count(u"Page 1 / 1"_s) == 5);
    // In the order given.
    CHECK(text->indexOf(u"AC-2026-0001"_s) < text->indexOf(u"AC-2026-0007"_s));

    REQUIRE_FALSE(writeDocumentsPdf({}, clubHeader(*f.db), path));
}

TEST_CASE("dues documents: a receipt settling many calls runs over a second page")
{
    Letters f;
    auto receipts = receiptsFor(*f.db, {f.paymentId(u"RE-2026-0003"_s)}, f.db->now().date());
    REQUIRE(receipts);
    DuesDocument receipt = receipts->first();
    CHECK(receipt.settledCalls.size() == 2);
    CHECK(receipt.recipient.name == u"Groupe Est Relation"_s);
    // Forty calls of a group paying for all its sites.
    receipt.payment.allocations.clear();
    receipt.settledCalls.clear();
    receipt.payment.amount = 0;
    for (int i = 1; i <= 40; ++i) {
        DuesCall call;
        call.id = 100 + i;
        call.number = u"AC-2026-%1"_s.arg(100 + i, 4, 10, QChar(u'0'));
        call.membershipId = 1000 + i;
        call.memberName = u"Site n° %1 du Groupe Est Relation, plateforme de relation client"_s.arg(i);
        call.label = u"Cotisation 2026 — Entreprise 1 à 49 salariés"_s;
        receipt.settledCalls.append(call);
        receipt.payment.allocations.append({call.id, 25000});
        receipt.payment.amount += 25000;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"groupe.pdf"_s);
    REQUIRE(writeDocumentsPdf({receipt}, clubHeader(*f.db), path));
    const auto text = test::pdfText(path, test::PdfLines::Layout);
    if (!text) {
        WARN("pdftotext (poppler-utils) is not installed: the pages are not checked");
        return;
    }
    const qsizetype pages = text->count(u'\f');
    CHECK(pages >= 2);
    CHECK(text->contains(u"Page %1 / %1"_s.arg(pages)));
    CHECK(text->contains(u"(suite)"_s));
    CHECK(text->contains(u"AC-2026-0140"_s));
    CHECK(text->contains(u"10 000,00 €"_s));
    CHECK(text->contains(u"ne constitue pas un reçu fiscal"_s));
}

TEST_CASE("dues documents: letters are refused where none makes sense, naming the number")
{
    Letters f;
    const QDate today = f.db->now().date();

    auto notice = noticesFor(*f.db, {f.callId(u"AC-2026-0001"_s), f.callId(u"AC-2026-0005"_s)}, today);
    REQUIRE_FALSE(notice);
    CHECK(notice.error().code == ErrorCode::InvalidInput);
    CHECK(notice.error().message.contains(u"AC-2026-0005"_s));
    CHECK(notice.error().message.contains(u"annulé"_s));
    notice = noticesFor(*f.db, {f.callId(u"AC-2026-0004"_s)}, today);
    REQUIRE_FALSE(notice);
    CHECK(notice.error().message.contains(u"exonéré"_s));
    CHECK(noticesFor(*f.db, {9999}, today).error().code == ErrorCode::NotFound);

    auto receipt = receiptsFor(*f.db, {f.paymentId(u"RE-2026-0005"_s)}, today);
    REQUIRE_FALSE(receipt);
    CHECK(receipt.error().code == ErrorCode::InvalidInput);
    CHECK(receipt.error().message.contains(u"RE-2026-0005"_s));
    receipt = receiptsFor(*f.db, {f.paymentId(u"RE-2026-0004"_s)}, today);
    REQUIRE_FALSE(receipt);
    CHECK(receipt.error().message.contains(u"RE-2026-0004 est annulé par RE-2026-0005"_s));
    CHECK(receiptsFor(*f.db, {9999}, today).error().code == ErrorCode::NotFound);

    auto reminder = remindersFor(*f.db, {f.callId(u"AC-2026-0001"_s)}, 1, today);
    REQUIRE_FALSE(reminder);
    CHECK(reminder.error().code == ErrorCode::InvalidInput);
    CHECK(reminder.error().message.contains(u"AC-2026-0001"_s));
    CHECK(reminder.error().message.contains(u"payé"_s));
    CHECK(remindersFor(*f.db, {f.callId(u"AC-2026-0002"_s)}, 4, today).error().code == ErrorCode::InvalidInput);
    CHECK(remindersFor(*f.db, {f.callId(u"AC-2026-0002"_s)}, 3, today));
}

TEST_CASE("dues documents: one file per letter in a folder, accents kept in the names")
{
    Letters f;
    const auto notices
        = noticesFor(*f.db, {f.callId(u"AC-2026-0001"_s), f.callId(u"AC-2026-0002"_s), f.callId(u"AC-2026-0003"_s)}, f.db->now().date());
    REQUIRE(notices);
    QList<DuesDocument> documents = *notices;
    documents[1].recipient.name = u"Moselle: \"Contact\" / Services?"_s;
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"appels 2026/envoi"_s); // created
    const auto written = writeDocumentsToFolder(documents, clubHeader(*f.db), folder);
    REQUIRE(written);
    CHECK(written->size() == 3);
    const QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
    CHECK(names
        == QStringList {u"AC-2026-0001 Transports Lœuvre.pdf"_s, u"AC-2026-0002 Moselle_ _Contact_ _ Services_.pdf"_s,
            u"AC-2026-0003 Mme Hélène Müller.pdf"_s});
    for (const QString &path : *written)
        CHECK(fileBytes(path).startsWith("%PDF-"));

    // Written again: the same files, replaced.
    REQUIRE(writeDocumentsToFolder(documents, clubHeader(*f.db), folder));
    CHECK(QDir(folder).entryList(QDir::Files).size() == 3);
}

TEST_CASE("dues documents: the reminders' mailing list is CSV for French Excel")
{
    Letters f;
    const QList<qint64> ids {f.callId(u"AC-2026-0002"_s), f.callId(u"AC-2026-0003"_s)};
    const auto reminders = remindersFor(*f.db, ids, 1, f.db->now().date());
    REQUIRE(reminders);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"relances.csv"_s);
    REQUIRE(writeReminderMailingCsv(*reminders, path));
    const QByteArray bytes = fileBytes(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    compareWithGolden(bytes, u"dues-reminders-mailing.csv"_s);
}

TEST_CASE("dues documents: the club's logo is printed on the letters and on the report")
{
    Letters f;
    settings::ClubIdentity club = settings::loadClubIdentity(*f.db);
    club.logoPng = smallPng();
    REQUIRE(settings::saveClubIdentity(*f.db, club));
    const ClubHeader header = clubHeader(*f.db);
    REQUIRE_FALSE(header.logo.isNull());

    const auto notices = noticesFor(*f.db, {f.callId(u"AC-2026-0001"_s)}, f.db->now().date());
    REQUIRE(notices);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"logo.pdf"_s);
    REQUIRE(writeDocumentsPdf(*notices, header, path));
    const auto images = test::poppler(u"pdfimages"_s, {u"-list"_s, path});
    if (!images) {
        WARN("pdfimages (poppler-utils) is not installed: the logo is not checked");
        return;
    }
    INFO(images->toStdString());
    static const QRegularExpression logoImage(u"\\bimage\\s+120\\s+60\\b"_s);
    CHECK(images->contains(logoImage));

    const auto report = duesReport(*f.db, 2026);
    REQUIRE(report);
    const QString reportPath = dir.filePath(u"état.pdf"_s);
    REQUIRE(writeDuesReportPdf(*report, header, reportPath));
    const auto reportImages = test::poppler(u"pdfimages"_s, {u"-list"_s, reportPath});
    REQUIRE(reportImages);
    CHECK(reportImages->contains(logoImage));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// « Paramètres de l'association »: the club's identity and logo as stored settings, and the
// start month of the financial year, which cannot change once calls exist.
#include "catch.h"
#include "dialogs/clubsettingsdialog.h"
#include "dialogtesting.h"
#include "dues/financialyear.h"
#include "duesfixture.h"
#include "messagebox.h"
#include "settings/clubidentity.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace adhera;
using test::child;

namespace {

struct SettingsFixture {
    std::unique_ptr<Database> db = test::memoryDatabase();

    SettingsFixture()
    {
        MessageBox::setAlwaysAnswer(QMessageBox::NoButton);
        test::fixClock(*db);
    }
    ~SettingsFixture() { MessageBox::setAlwaysAnswer(QMessageBox::NoButton); }
};

void retypeText(QPlainTextEdit *edit, const QStringList &lines)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(edit, Qt::Key_Return);
        test::typeText(edit, lines.at(i));
    }
}

// A 300 × 150 picture, blue on the left half and orange on the right.
QString writeLogo(const QTemporaryDir &dir, const char *format, const QString &name)
{
    QImage image(300, 150, QImage::Format_RGB32);
    image.fill(QColor(0x1f, 0x4e, 0x79));
    for (int y = 0; y < image.height(); ++y)
        for (int x = image.width() / 2; x < image.width(); ++x)
            image.setPixelColor(x, y, QColor(0xf0, 0x8a, 0x24));
    const QString path = dir.filePath(name);
    REQUIRE(image.save(path, format));
    return path;
}

} // namespace

TEST_CASE("club settings: the edited identity is stored", "[settings]")
{
    SettingsFixture f;
    ClubSettingsDialog dialog(*f.db);
    test::showActive(dialog);
    CHECK(dialog.windowTitle() == u"Paramètres de l'association"_s);
    CHECK(child<QLineEdit>(dialog, u"nameEdit"_s)->text() == u"Lorraine Contact Client"_s);
    CHECK_FALSE(dialog.isModified());

    test::retype(child<QLineEdit>(dialog, u"nameEdit"_s), u"L2C — Lorraine Contact Client"_s);
    retypeText(child<QPlainTextEdit>(dialog, u"addressEdit"_s), {u"Maison des associations"_s, u"12 rue Saint-Dizier"_s, u"54000 Nancy"_s});
    test::retype(child<QLineEdit>(dialog, u"emailEdit"_s), u"tresorerie@l2c.example"_s);
    auto *phone = child<QLineEdit>(dialog, u"phoneEdit"_s);
    test::retype(phone, u"0383123456"_s);
    test::leave(phone);
    CHECK(phone->text() == u"03 83 12 34 56"_s); // tidied on leaving
    retypeText(child<QPlainTextEdit>(dialog, u"paymentDetailsEdit"_s),
        {u"IBAN FR76 3000 4000 0312 3456 7890 143"_s, u"BIC BNPAFRPPXXX"_s, u"Chèques à l'ordre de L2C"_s});
    test::retype(child<QLineEdit>(dialog, u"signatoryEdit"_s), u"Le trésorier, Paul MARCHAL"_s);
    CHECK(dialog.isModified());

    child<QPushButton>(dialog, u"saveButton"_s)->click();
    REQUIRE(dialog.result() == QDialog::Accepted);

    const settings::ClubIdentity stored = settings::loadClubIdentity(*f.db);
    CHECK(stored.name == u"L2C — Lorraine Contact Client"_s);
    CHECK(stored.address == u"Maison des associations\n12 rue Saint-Dizier\n54000 Nancy"_s);
    CHECK(stored.email == u"tresorerie@l2c.example"_s);
    CHECK(stored.phone == u"03 83 12 34 56"_s);
    CHECK(stored.paymentDetails == u"IBAN FR76 3000 4000 0312 3456 7890 143\nBIC BNPAFRPPXXX\nChèques à l'ordre de L2C"_s);
    CHECK(stored.signatory == u"Le trésorier, Paul MARCHAL"_s);
    CHECK(stored.logoPng.isEmpty());
    CHECK(stored == dialog.identity());

    // Opened again, the dialog shows what was stored.
    ClubSettingsDialog again(*f.db);
    CHECK(again.identity() == stored);
    CHECK(child<QPlainTextEdit>(again, u"addressEdit"_s)->toPlainText() == stored.address);
    CHECK_FALSE(again.isModified());
}

TEST_CASE("club settings: an empty name or a bad e-mail is shown by the field and nothing is saved", "[settings]")
{
    SettingsFixture f;
    const QString before = test::dumpContent(*f.db);
    ClubSettingsDialog dialog(*f.db);
    test::showActive(dialog);

    auto *email = child<QLineEdit>(dialog, u"emailEdit"_s);
    test::retype(email, u"tresorerie@"_s);
    test::leave(email);
    auto *emailProblem = child<QLabel>(dialog, u"emailProblemLabel"_s);
    CHECK(emailProblem->isVisible()); // once the field is left
    CHECK(emailProblem->text().contains(u"« tresorerie@ »"_s));

    test::retype(child<QLineEdit>(dialog, u"nameEdit"_s), QString());
    child<QPushButton>(dialog, u"saveButton"_s)->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
    auto *nameProblem = child<QLabel>(dialog, u"nameProblemLabel"_s);
    CHECK(nameProblem->isVisible());
    CHECK(nameProblem->text() == u"Le nom de l'association est obligatoire."_s);
    CHECK(QApplication::focusWidget() == child<QLineEdit>(dialog, u"nameEdit"_s));
    // The dialog grows for the messages instead of squeezing the logo out of its frame.
    CHECK(QTest::qWaitFor([&] { return dialog.height() >= dialog.layout()->totalHeightForWidth(dialog.width()); }));
    auto *preview = child<QLabel>(dialog, u"logoPreview"_s);
    CHECK(preview->geometry().bottom() <= preview->parentWidget()->contentsRect().bottom());
    CHECK(test::dumpContent(*f.db) == before);

    QTest::keyClicks(child<QLineEdit>(dialog, u"nameEdit"_s), u"L2C"_s);
    CHECK_FALSE(nameProblem->isVisible()); // the message follows the typing
    test::retype(email, u"tresorerie@l2c.example"_s);
    CHECK_FALSE(emailProblem->isVisible());
    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(settings::loadClubIdentity(*f.db).name == u"L2C"_s);
}

TEST_CASE("club settings: a logo is chosen, stored as PNG, and removed", "[settings]")
{
    SettingsFixture f;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString jpeg = writeLogo(dir, "JPG", u"logo-l2c.jpg"_s);
    {
        ClubSettingsDialog dialog(*f.db);
        test::showActive(dialog);
        auto *preview = child<QLabel>(dialog, u"logoPreview"_s);
        auto *remove = child<QPushButton>(dialog, u"removeLogoButton"_s);
        CHECK(preview->text() == u"Aucun logo"_s);
        CHECK_FALSE(remove->isEnabled());

        REQUIRE(dialog.setLogoFile(jpeg));
        CHECK(preview->text().isEmpty());
        CHECK_FALSE(preview->pixmap().isNull());
        CHECK(preview->pixmap().deviceIndependentSize().width() <= 120);
        CHECK(remove->isEnabled());
        CHECK(dialog.isModified());
        child<QPushButton>(dialog, u"saveButton"_s)->click();
        REQUIRE(dialog.result() == QDialog::Accepted);
    }
    const settings::ClubIdentity withLogo = settings::loadClubIdentity(*f.db);
    REQUIRE_FALSE(withLogo.logoPng.isEmpty());
    CHECK(withLogo.logoPng.startsWith("\x89PNG"));
    CHECK(withLogo.logo().size() == QSize(300, 150));

    {
        // A file that is not an image is refused with its name, and the logo stays.
        const QString notImage = dir.filePath(u"statuts.txt"_s);
        QFile text(notImage);
        REQUIRE(text.open(QIODevice::WriteOnly));
        text.write("Statuts de l'association\n");
        text.close();
        ClubSettingsDialog dialog(*f.db);
        test::showActive(dialog);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        CHECK_FALSE(dialog.setLogoFile(notImage));
        CHECK(MessageBox::lastText().contains(u"« statuts.txt »"_s));
        CHECK(dialog.identity().logoPng == withLogo.logoPng);
        CHECK_FALSE(dialog.isModified());

        child<QPushButton>(dialog, u"removeLogoButton"_s)->click();
        CHECK(child<QLabel>(dialog, u"logoPreview"_s)->text() == u"Aucun logo"_s);
        CHECK_FALSE(child<QPushButton>(dialog, u"removeLogoButton"_s)->isEnabled());
        child<QPushButton>(dialog, u"saveButton"_s)->click();
        REQUIRE(dialog.result() == QDialog::Accepted);
    }
    CHECK(settings::loadClubIdentity(*f.db).logoPng.isEmpty());
    CHECK(settings::loadClubIdentity(*f.db).logo().isNull());
}

TEST_CASE("club settings: the start month of the financial year is saved while no call exists", "[settings]")
{
    SettingsFixture f;
    ClubSettingsDialog dialog(*f.db);
    test::showActive(dialog);
    auto *month = child<QComboBox>(dialog, u"startMonthCombo"_s);
    CHECK(month->isEnabled());
    CHECK_FALSE(child<QLabel>(dialog, u"startMonthLockedLabel"_s)->isVisible());
    REQUIRE(month->count() == 12);
    CHECK(month->itemText(0) == u"janvier"_s);
    CHECK(month->itemText(11) == u"décembre"_s);
    CHECK(month->currentText() == u"janvier"_s);
    auto *example = child<QLabel>(dialog, u"yearExampleLabel"_s);
    CHECK(example->text() == u"Exercice en cours\u00a0: 2026, du 01/01/2026 au 31/12/2026."_s);

    month->setFocus();
    month->setCurrentIndex(month->findText(u"septembre"_s));
    CHECK(dialog.yearStartMonth() == 9);
    CHECK(example->text() == u"Exercice en cours\u00a0: 2025-2026, du 01/09/2025 au 31/08/2026."_s);
    CHECK(dialog.isModified());
    child<QPushButton>(dialog, u"saveButton"_s)->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dues::FinancialYear::startMonthOf(*f.db) == 9);
    // The identity, unchanged, was not written over.
    CHECK(settings::setting(*f.db, u"club.name"_s).isEmpty());
}

TEST_CASE("club settings: once calls exist the start month is locked, and the identity still saves", "[settings]")
{
    SettingsFixture f;
    test::fillDuesLedger(*f.db);
    ClubSettingsDialog dialog(*f.db);
    test::showActive(dialog);
    auto *month = child<QComboBox>(dialog, u"startMonthCombo"_s);
    CHECK_FALSE(month->isEnabled());
    auto *locked = child<QLabel>(dialog, u"startMonthLockedLabel"_s);
    CHECK(locked->isVisible());
    CHECK(locked->text().startsWith(u"Des appels de cotisation sont déjà émis"_s));

    // Were the month changed anyway, the ledger's refusal is shown and the dialog stays open.
    month->setCurrentIndex(8);
    test::retype(child<QLineEdit>(dialog, u"signatoryEdit"_s), u"La trésorière, Anne PETIT"_s);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    child<QPushButton>(dialog, u"saveButton"_s)->click();
    CHECK(dialog.isVisible());
    CHECK(MessageBox::lastTitle() == u"Enregistrement impossible"_s);
    CHECK(MessageBox::lastText().contains(u"ne peut plus changer"_s));
    CHECK(dues::FinancialYear::startMonthOf(*f.db) == 1);
    CHECK(settings::loadClubIdentity(*f.db).signatory.isEmpty()); // nothing half-saved

    month->setCurrentIndex(0);
    child<QPushButton>(dialog, u"saveButton"_s)->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(settings::loadClubIdentity(*f.db).signatory == u"La trésorière, Anne PETIT"_s);
}

TEST_CASE("club settings: closing with changes asks first", "[settings]")
{
    SettingsFixture f;
    const QString before = test::dumpContent(*f.db);
    ClubSettingsDialog dialog(*f.db);
    test::showActive(dialog);
    test::retype(child<QLineEdit>(dialog, u"nameEdit"_s), u"Autre nom"_s);

    MessageBox::setNextAnswer(QMessageBox::No); // « Continuer la saisie »
    child<QPushButton>(dialog, u"cancelButton"_s)->click();
    CHECK(dialog.isVisible());
    MessageBox::setNextAnswer(QMessageBox::Yes); // « Abandonner »
    child<QPushButton>(dialog, u"cancelButton"_s)->click();
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(test::dumpContent(*f.db) == before);
}

// Pictures for checking the layout by eye: `adhera_ui_tests "[.screenshots]"`; the PNGs go to
// ADHERA_SCREENSHOT_DIR (temporary folder by default).
TEST_CASE("club settings screenshots", "[.screenshots]")
{
    SettingsFixture f;
    const QString folder = qEnvironmentVariable("ADHERA_SCREENSHOT_DIR", QDir::tempPath());
    QTemporaryDir dir;
    settings::ClubIdentity identity;
    identity.name = u"Lorraine Contact Client"_s;
    identity.address = u"Maison des associations\n12 rue Saint-Dizier\n54000 Nancy"_s;
    identity.email = u"tresorerie@l2c.example"_s;
    identity.phone = u"03 83 12 34 56"_s;
    identity.paymentDetails = u"IBAN FR76 3000 4000 0312 3456 7890 143\nBIC BNPAFRPPXXX\nChèques à l'ordre de Lorraine Contact Client"_s;
    identity.signatory = u"Le trésorier, Paul MARCHAL"_s;
    REQUIRE(settings::saveClubIdentity(*f.db, identity));
    {
        ClubSettingsDialog dialog(*f.db);
        REQUIRE(dialog.setLogoFile(writeLogo(dir, "PNG", u"logo.png"_s)));
        test::showActive(dialog);
        CHECK(dialog.grab().save(QDir(folder).filePath(u"clubsettings.png"_s)));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.reject();
    }
    test::fillDuesLedger(*f.db);
    {
        ClubSettingsDialog dialog(*f.db);
        test::showActive(dialog);
        test::retype(child<QLineEdit>(dialog, u"nameEdit"_s), QString());
        test::retype(child<QLineEdit>(dialog, u"emailEdit"_s), u"tresorerie@"_s);
        child<QPushButton>(dialog, u"saveButton"_s)->click();
        // The messages make the dialog grow, once the window system has resized it.
        CHECK(QTest::qWaitFor([&] { return dialog.height() >= dialog.layout()->totalHeightForWidth(dialog.width()); }));
        CHECK(dialog.grab().save(QDir(folder).filePath(u"clubsettings-invalid-locked.png"_s)));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.reject();
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders.h"
#include "catch.h"
#include "dialogtesting.h"
#include "documentfiles.h"
#include "dues/duesledger.h"
#include "dues/duespage.h"
#include "members/memberfile.h"
#include "messagebox.h"
#include "testsupport.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace adhera;

namespace {

// Receives the URLs Adhera asks the desktop to open, instead of the desktop.
class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

// Runs `act` in the save dialog the next step opens; fails the test when none opened.
struct SaveDialogStep {
    QString shownFolder;
    bool reached = false;

    void fill(const QString &nameFilter, const QString &fileName)
    {
        QTimer::singleShot(0, [this, nameFilter, fileName] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog || !QTest::qWaitForWindowActive(dialog))
                return;
            reached = true;
            shownFolder = dialog->directory().absolutePath();
            dialog->selectNameFilter(nameFilter);
            auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
            name->setText(fileName);
            QTest::keyClick(name, Qt::Key_Return);
        });
    }
};

} // namespace

TEST_CASE(
    "a document is saved where the user saved the last one, never in the member file's folder, and opened on demand", "[ui][documents]")
{
    test::useFreshSettings();
    MessageBox::setAlwaysAnswer(QMessageBox::NoButton);
    test::TempDatabase temp;
    Database &db = *temp.db;
    test::fixClock(db);
    MemberFile file(db);
    OrganisationRecord company = test::organisation(u"Transports Lœuvre"_s, u"Metz"_s);
    company.membership = test::membership(file, u"ENT_M"_s, u"VIATIS"_s);
    test::save(file, company);
    dues::DuesLedger ledger(db);
    REQUIRE(ledger.saveSchedule(dues::FeeSchedule {0, 2026, test::categoryId(file, u"ENT_M"_s), 45000, dues::JoiningRule::Full}));
    REQUIRE(ledger.issueCalls(2026, QDate(2026, 1, 15), QDate(2026, 2, 14)));
    DuesPage page(db);
    page.resize(1100, 500);
    test::showActive(page);

    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
    QAction *exportReport = page.findChild<QMenu *>(u"exportMenu"_s)->actions().value(0);
    REQUIRE(exportReport);

    // First time: the user's Documents (or home), not the folder that holds the member file.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString expected = QFileInfo(documents).isDir() ? documents : QDir::homePath();
    CHECK(documents::startFolder() == expected);
    CHECK(documents::startFolder() != QFileInfo(db.path()).absolutePath());

    QTemporaryDir chosen;
    SaveDialogStep first;
    first.fill(u"Classeur Excel (*.xlsx)"_s, chosen.filePath(u"etat-des-cotisations"_s));
    MessageBox::setNextAnswer(QMessageBox::Open); // « Ouvrir »
    exportReport->trigger();
    REQUIRE(first.reached);
    CHECK(QDir(first.shownFolder) == QDir(expected));
    // No suffix typed: the one of the format chosen, not of the suggested name (.csv).
    const QString written = chosen.filePath(u"etat-des-cotisations.xlsx"_s);
    CHECK(QFileInfo::exists(written));
    CHECK(MessageBox::lastText().contains(QDir::toNativeSeparators(written)));
    REQUIRE(catcher.opened.size() == 1);
    CHECK(catcher.opened.constFirst() == QUrl::fromLocalFile(written));

    // Next time the dialog starts where the last document went; « Ouvrir le dossier » opens it.
    SaveDialogStep second;
    second.fill(u"Document PDF (*.pdf)"_s, u"etat.pdf"_s);
    MessageBox::setNextAnswer(QMessageBox::Apply);
    exportReport->trigger();
    REQUIRE(second.reached);
    CHECK(QDir(second.shownFolder) == QDir(chosen.path()));
    CHECK(QFileInfo::exists(chosen.filePath(u"etat.pdf"_s)));
    REQUIRE(catcher.opened.size() == 2);
    CHECK(catcher.opened.at(1) == QUrl::fromLocalFile(QDir(chosen.path()).absolutePath()));

    // « Fermer » opens nothing.
    SaveDialogStep third;
    third.fill(u"CSV pour Excel (*.csv)"_s, u"etat.csv"_s);
    MessageBox::setNextAnswer(QMessageBox::Close);
    exportReport->trigger();
    REQUIRE(third.reached);
    CHECK(catcher.opened.size() == 2);
    QDesktopServices::unsetUrlHandler(u"file"_s);
}

#include "tst_documentfiles.moc"

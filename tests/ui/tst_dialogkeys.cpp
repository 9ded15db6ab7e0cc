// SPDX-License-Identifier: GPL-3.0-or-later
// Every dialog an officer opens on the demo file, in French and in English: each visible button
// and labelled field has its own Alt key, so that Alt+letter never reaches the wrong control
// (« &Enregistrer » and « &Rechercher » both on S in English did).
#include "assembly/assemblysession.h"
#include "assembly/boardelectiondialog.h"
#include "assembly/inviteesdialog.h"
#include "assembly/meetingdialog.h"
#include "assembly/meetingstore.h"
#include "catch.h"
#include "demo/demodata.h"
#include "dialogs/clubsettingsdialog.h"
#include "dialogs/guidedialog.h"
#include "dialogs/organisationeditor.h"
#include "dialogs/personeditor.h"
#include "dialogs/referencedatadialog.h"
#include "dialogs/statutesdialog.h"
#include "dialogtesting.h"
#include "dues/callstatedialog.h"
#include "dues/duesledger.h"
#include "dues/feescheduledialog.h"
#include "dues/formerclubduesdialog.h"
#include "dues/issuecallsdialog.h"
#include "dues/paymentdialog.h"
#include "dues/paymentsdialog.h"
#include "dues/remindersdialog.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "members/memberfile.h"
#include "merge/mergehistorydialog.h"
#include "merge/mergewizard.h"
#include "testsupport.h"
#include "widgets/screenfit.h"

#include <QCoreApplication>
#include <QDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QTabWidget>

#include <functional>

using namespace Qt::StringLiterals;
using namespace adhera;

namespace {

struct Opened {
    const char *name;
    std::function<std::unique_ptr<QDialog>()> make;
};

// Visible labels whose « & » marks an Alt key but that have no field to go to: Qt then prints
// the « & » itself (« &Exercice : »).
QStringList labelsShowingAmpersand(const QWidget &window)
{
    QStringList shown;
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        const QString text = QString(label->text()).remove(u"&&"_s);
        if (label->isVisible() && label->textFormat() != Qt::RichText && text.contains(u'&') && !label->buddy())
            shown << label->text();
    }
    return shown;
}

// Checks each tab of the dialog (only the visible controls can be reached with Alt).
void checkEveryTab(QDialog &dialog, const std::string &where)
{
    test::showActive(dialog);
    QList<QTabWidget *> tabs = dialog.findChildren<QTabWidget *>();
    const int pages = tabs.isEmpty() ? 1 : tabs.first()->count();
    for (int page = 0; page < pages; ++page) {
        if (!tabs.isEmpty())
            tabs.first()->setCurrentIndex(page);
        QApplication::processEvents();
        INFO(where << ", tab " << page);
        CHECK(test::mnemonicClashes(dialog) == QStringList());
        CHECK(labelsShowingAmpersand(dialog) == QStringList());
        // A Windows laptop at 1366 × 768 and 125 % leaves about 1093 × 614 with its task bar:
        // every dialog can be made that small without hiding a control.
        CHECK(dialog.minimumSizeHint().width() <= 1024);
        CHECK(dialog.minimumSizeHint().height() <= 640);
    }
    dialog.hide();
}

} // namespace

TEST_CASE("each dialog's controls have their own Alt key and fit a small laptop, in French and in English", "[dialogs]")
{
    auto db = test::memoryDatabase();
    test::fixClock(*db);
    REQUIRE(demo::fill(*db));
    MemberFile file(*db);
    dues::DuesLedger ledger(*db);
    const int year = 2026;
    auto calls = ledger.calls(year);
    REQUIRE(calls);
    QList<dues::DuesCall> open;
    for (const dues::DuesCall &call : *calls)
        if (call.balance() > 0)
            open << call;
    REQUIRE_FALSE(open.isEmpty());
    auto meetings = assembly::MeetingStore(*db).meetings();
    REQUIRE(meetings);
    REQUIRE_FALSE(meetings->isEmpty());
    const assembly::Meeting meeting = meetings->first();
    auto person = file.loadPerson(1);
    REQUIRE(person);
    auto organisation = file.loadOrganisation(1);
    REQUIRE(organisation);

    const QList<Opened> dialogs {
        {"FormerClubDuesDialog", [&] { return std::make_unique<FormerClubDuesDialog>(*db, year, test::fixedToday()); }},
        {"CallStateDialog", [&] { return std::make_unique<CallStateDialog>(ledger, open.first()); }},
        {"PaymentsDialog", [&] { return std::make_unique<PaymentsDialog>(*db, year, test::fixedToday()); }},
        {"IssueCallsDialog", [&] { return std::make_unique<IssueCallsDialog>(ledger, QList<int> {year}, year, test::fixedToday()); }},
        {"PaymentDialog",
            [&] { return std::make_unique<PaymentDialog>(ledger, open, QList<qint64> {open.first().id}, test::fixedToday()); }},
        {"RemindersDialog", [&] { return std::make_unique<RemindersDialog>(*db, year, test::fixedToday()); }},
        {"FeeScheduleDialog", [&] { return std::make_unique<FeeScheduleDialog>(*db, year); }},
        {"ClubSettingsDialog", [&] { return std::make_unique<ClubSettingsDialog>(*db); }},
        {"StatutesDialog", [&] { return std::make_unique<StatutesDialog>(*db); }},
        {"ReferenceDataDialog", [&] { return std::make_unique<ReferenceDataDialog>(file); }},
        {"PersonEditor", [&] { return std::make_unique<PersonEditor>(file, *person); }},
        {"OrganisationEditor", [&] { return std::make_unique<OrganisationEditor>(file, *organisation); }},
        {"MeetingDialog", [&] { return std::make_unique<MeetingDialog>(*db, meeting.id); }},
        {"InviteesDialog", [&] { return std::make_unique<InviteesDialog>(*db, meeting.id); }},
        {"BoardElectionDialog", [&] { return std::make_unique<BoardElectionDialog>(*db, meeting); }},
        {"MergeHistoryDialog", [&] { return std::make_unique<MergeHistoryDialog>(*db); }},
    };

    const auto checkAll = [&](const std::string &language) {
        for (const Opened &opened : dialogs) {
            std::unique_ptr<QDialog> dialog = opened.make();
            checkEveryTab(*dialog, language + ", " + opened.name);
        }
    };
    checkAll("French");
    i18n::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedKingdom));
    checkAll("English");
    i18n::removeTranslations(*QCoreApplication::instance());
}

TEST_CASE("the session, the merge wizard and the guide fit a small laptop too, in French and in English", "[dialogs]")
{
    auto db = test::memoryDatabase();
    test::fixClock(*db);
    REQUIRE(demo::fill(*db));
    auto meetings = assembly::MeetingStore(*db).meetings();
    REQUIRE(meetings);
    REQUIRE_FALSE(meetings->isEmpty());
    const auto check = [&](const std::string &language) {
        const std::vector<std::pair<const char *, std::function<std::unique_ptr<QDialog>()>>> windows {
            {"AssemblySession", [&] { return std::make_unique<AssemblySession>(*db, meetings->first().id); }},
            {"MergeWizard", [&] { return std::make_unique<MergeWizard>(*db); }},
            {"GuideDialog", [&] { return std::make_unique<GuideDialog>(); }},
        };
        for (const auto &[name, make] : windows) {
            std::unique_ptr<QDialog> window = make();
            test::showActive(*window);
            INFO(language << ", " << name);
            CHECK(window->minimumSizeHint().width() <= 1024);
            CHECK(window->minimumSizeHint().height() <= 640);
            CHECK(labelsShowingAmpersand(*window) == QStringList());
        }
    };
    check("French");
    i18n::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedKingdom));
    check("English");
    i18n::removeTranslations(*QCoreApplication::instance());
}

TEST_CASE("each menu's entries have their own Alt key, in French and in English", "[dialogs]")
{
    const auto check = [](const std::string &language) {
        MainWindow window;
        QStringList titles;
        for (QAction *menuAction : window.menuBar()->actions()) {
            titles << menuAction->text();
            QMenu *menu = menuAction->menu();
            if (!menu)
                continue;
            QHash<QChar, QString> taken;
            for (const QAction *entry : menu->actions()) {
                const QChar key = test::mnemonicOf(entry->text());
                INFO(language << ", " << menuAction->text().toStdString() << ": " << entry->text().toStdString());
                if (!key.isNull())
                    CHECK_FALSE(taken.contains(key));
                taken.insert(key, entry->text());
            }
        }
        QHash<QChar, QString> menus;
        for (const QString &title : std::as_const(titles)) {
            INFO(language << ", menu " << title.toStdString());
            CHECK_FALSE(menus.contains(test::mnemonicOf(title)));
            menus.insert(test::mnemonicOf(title), title);
        }
    };
    check("French");
    i18n::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedKingdom));
    check("English");
    i18n::removeTranslations(*QCoreApplication::instance());
}

TEST_CASE("a dialog sized for a larger screen opens whole on a small one, its buttons in view", "[dialogs]")
{
    // What the window's main() installs for every dialog.
    const std::unique_ptr<QObject> fitting(keepDialogsOnScreen(*qApp));
    auto db = test::memoryDatabase();
    test::fixClock(*db);
    REQUIRE(demo::fill(*db));
    auto meetings = assembly::MeetingStore(*db).meetings();
    REQUIRE(meetings);
    REQUIRE_FALSE(meetings->isEmpty());
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    for (const auto &[name, make] : std::vector<std::pair<const char *, std::function<std::unique_ptr<QDialog>()>>> {
             {"AssemblySession", [&] { return std::make_unique<AssemblySession>(*db, meetings->first().id); }},
             {"MeetingDialog", [&] { return std::make_unique<MeetingDialog>(*db, meetings->first().id); }}}) {
        std::unique_ptr<QDialog> dialog = make();
        // Wider and taller than the screen, as on the 1920-pixel monitor it was designed on.
        dialog->resize(available.size() + QSize(200, 200));
        dialog->move(available.topLeft() - QPoint(50, 50));
        dialog->show();
        QApplication::processEvents();
        INFO(name << ": " << dialog->frameGeometry().x() << "," << dialog->frameGeometry().y() << " " << dialog->frameGeometry().width()
                  << " × " << dialog->frameGeometry().height() << " on " << available.width() << " × " << available.height());
        CHECK(available.contains(dialog->geometry()));
        dialog->hide();
    }
}

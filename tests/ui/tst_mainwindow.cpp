// SPDX-License-Identifier: GPL-3.0-or-later
#include "assembly/meetingspage.h"
#include "builders.h"
#include "catch.h"
#include "commands/memberundostack.h"
#include "commands/savepersoncommand.h"
#include "db/database.h"
#include "dialogs/guidedialog.h"
#include "dialogs/organisationeditor.h"
#include "dialogs/personeditor.h"
#include "dialogtesting.h"
#include "dues/duespage.h"
#include "i18n/translations.h"
#include "io/xlsxreader.h"
#include "mainwindow.h"
#include "members/memberdirectory.h"
#include "members/memberfile.h"
#include "messagebox.h"
#include "models/membertablemodel.h"
#include "pages/memberspage.h"
#include "pages/peoplepage.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace adhera;

namespace {

// Settings (recent files, column layout) in a folder of this test process, emptied: tests run in
// parallel processes and must not see each other's settings, nor the user's.

// A main window on a fresh database file, with the members the tests search for.
struct WindowFixture {
    test::TempDatabase temp;
    QString path = temp.path;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<QAbstractItemModelTester> tester;

    WindowFixture()
    {
        test::useFreshSettings();
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        MessageBox::setAlwaysAnswer(QMessageBox::NoButton);
        window = std::make_unique<MainWindow>();
        window->adoptDatabase(std::move(temp.db));
        tester = std::make_unique<QAbstractItemModelTester>(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    ~WindowFixture()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        MessageBox::setAlwaysAnswer(QMessageBox::NoButton);
    }

    MemberFile &file() { return *window->memberFile(); }
    MembersPage *page() { return window->membersPage(); }
    MemberTableModel *model() { return page()->model(); }
    QTableView *table() { return page()->memberTable(); }

    PersonRecord addPerson(const QString &first, const QString &last, const QString &city, const QString &club,
        MembershipStatus status = MembershipStatus::Active)
    {
        PersonRecord record = test::person(first, last);
        record.person.city = city;
        record.membership = test::membership(file(), u"IND"_s, club, status);
        return test::save(file(), record);
    }

    void addClub()
    {
        addPerson(u"Hélène"_s, u"Dupont"_s, u"Nancy"_s, u"CONNECT"_s);
        addPerson(u"Jean"_s, u"MULLER"_s, u"Metz"_s, u"VIATIS"_s, MembershipStatus::Resigned);
        addPerson(u"Zoé"_s, u"Adam"_s, u"Thionville"_s, u"VIATIS"_s);
        OrganisationRecord company = test::organisation(u"Centre Écureuil"_s, u"Metz"_s);
        company.membership = test::membership(file(), u"ENT_M"_s, u"L2C"_s);
        test::save(file(), company);
    }

    QStringList names()
    {
        QStringList values;
        for (int row = 0; row < model()->rowCount(); ++row)
            values << model()->index(row, MemberTableModel::Name).data().toString();
        return values;
    }

    QString statusText() { return window->findChild<QLabel *>(u"countLabel"_s)->text(); }

    void search(const QString &text)
    {
        page()->searchEdit()->clear();
        QTest::keyClicks(page()->searchEdit(), text);
    }

    void choose(QComboBox *combo, const QString &text)
    {
        const int index = combo->findText(text);
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
    }

    void showActive()
    {
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
};

} // namespace

TEST_CASE("main window shows the open file and its members")
{
    WindowFixture f;
    CHECK(f.window->windowTitle() == u"Adhera — test.adhera"_s);
    CHECK(f.window->database()->path() == f.path);
    CHECK(f.statusText() == u"Aucun adhérent"_s);

    f.addClub();
    CHECK(f.model()->rowCount() == 4);
    CHECK(f.statusText() == u"4 adhérents affichés sur 4"_s);
    CHECK(MainWindow::recentFiles().value(0) == QFileInfo(f.path).absoluteFilePath());

    QStringList menus;
    for (QAction *action : f.window->menuBar()->actions())
        menus << action->text().remove(u'&');
    CHECK(menus == QStringList {u"Fichier"_s, u"Édition"_s, u"Adhérents"_s, u"Cotisations"_s, u"Réunions"_s, u"Affichage"_s, u"Aide"_s});
}

TEST_CASE("searching as you type ignores accents and case")
{
    WindowFixture f;
    f.addClub();
    CHECK(f.page()->searchEdit()->placeholderText() == u"Nom, ville, e-mail…"_s);

    f.search(u"helene"_s);
    CHECK(f.names() == QStringList {u"DUPONT Hélène"_s});
    CHECK(f.statusText() == u"1 adhérent affiché sur 4"_s);

    f.search(u"muller"_s);
    CHECK(f.names() == QStringList {u"MULLER Jean"_s});

    f.search(u"metz"_s);
    CHECK(f.names() == QStringList {u"Centre Écureuil"_s, u"MULLER Jean"_s});

    f.search(u"personne inconnue"_s);
    CHECK(f.model()->rowCount() == 0);
    CHECK(f.statusText() == u"0 adhérent affiché sur 4"_s);

    f.page()->searchEdit()->clear();
    CHECK(f.model()->rowCount() == 4);
}

TEST_CASE("filters narrow the member list")
{
    WindowFixture f;
    f.addClub();

    f.choose(f.page()->statusFilter(), u"Démissionnaire"_s);
    CHECK(f.names() == QStringList {u"MULLER Jean"_s});
    f.choose(f.page()->statusFilter(), u"Tous"_s);

    f.choose(f.page()->originClubFilter(), u"Viatis"_s);
    CHECK(f.names() == QStringList {u"ADAM Zoé"_s, u"MULLER Jean"_s});

    f.choose(f.page()->statusFilter(), u"Actif"_s);
    CHECK(f.names() == QStringList {u"ADAM Zoé"_s});
    CHECK(f.statusText() == u"1 adhérent affiché sur 4"_s);

    f.page()->clearFilters();
    f.choose(f.page()->kindFilter(), u"Organisations"_s);
    CHECK(f.names() == QStringList {u"Centre Écureuil"_s});
    f.choose(f.page()->kindFilter(), u"Personnes"_s);
    CHECK(f.model()->rowCount() == 3);

    f.page()->clearFilters();
    f.choose(f.page()->categoryFilter(), u"Entreprise 50 à 199 salariés"_s);
    CHECK(f.names() == QStringList {u"Centre Écureuil"_s});

    f.page()->clearFilters();
    CHECK(f.model()->rowCount() == 4);
    CHECK(f.page()->statusFilter()->currentIndex() == 0);
}

TEST_CASE("clicking a column header sorts the list")
{
    WindowFixture f;
    f.addClub();
    f.window->resize(1200, 760);
    f.window->show();
    QHeaderView *header = f.table()->horizontalHeader();
    const auto clickHeader = [&](int column) {
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };
    const auto cities = [&] {
        QStringList values;
        for (int row = 0; row < f.model()->rowCount(); ++row)
            values << f.model()->index(row, MemberTableModel::City).data().toString();
        return values;
    };

    clickHeader(MemberTableModel::City);
    CHECK(f.model()->memberSort().column == MemberColumn::City);
    CHECK(cities() == QStringList {u"Metz"_s, u"Metz"_s, u"Nancy"_s, u"Thionville"_s});

    clickHeader(MemberTableModel::City);
    CHECK(f.model()->memberSort().order == Qt::DescendingOrder);
    CHECK(cities().constFirst() == u"Thionville"_s);

    clickHeader(MemberTableModel::Name);
    CHECK(f.names() == QStringList {u"ADAM Zoé"_s, u"Centre Écureuil"_s, u"DUPONT Hélène"_s, u"MULLER Jean"_s});
}

TEST_CASE("saving a record can be undone and redone")
{
    WindowFixture f;
    f.addClub();
    MemberUndoStack *stack = f.window->undoStack();
    QAction *undo = nullptr;
    for (QAction *action : f.window->findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
    REQUIRE(undo);
    CHECK_FALSE(undo->isEnabled());
    QAction *redo = nullptr;
    for (QAction *action : f.window->findChildren<QAction *>())
        if (action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
            redo = action;
    REQUIRE(redo);
    CHECK(redo->text() == u"Rétablir"_s);

    // A new member.
    PersonRecord zoe = test::person(u"Léa"_s, u"Martin"_s);
    zoe.person.city = u"Épinal"_s;
    zoe.membership = test::membership(f.file(), u"IND"_s, u"L2C"_s);
    stack->push(new SavePersonCommand(f.file(), std::nullopt, zoe));
    CHECK(f.model()->rowCount() == 5);
    CHECK(undo->isEnabled());
    CHECK(undo->text() == u"Annuler la création de « Léa MARTIN »"_s);
    f.search(u"lea"_s);
    REQUIRE(f.names() == QStringList {u"MARTIN Léa"_s});
    const qint64 membershipId = f.model()->index(0, 0).data(MemberTableModel::MembershipIdRole).toLongLong();

    stack->undo();
    CHECK(f.model()->rowCount() == 0);
    CHECK(redo->text() == u"Rétablir la création de « Léa MARTIN »"_s);
    stack->redo();
    REQUIRE(f.model()->rowCount() == 1);
    CHECK(f.model()->index(0, 0).data(MemberTableModel::MembershipIdRole).toLongLong() == membershipId);

    // A change to an existing member.
    const qint64 personId = f.model()->index(0, 0).data(MemberTableModel::PersonIdRole).toLongLong();
    const PersonRecord before = *f.file().loadPerson(personId);
    PersonRecord after = before;
    after.person.city = u"Verdun"_s;
    stack->push(new SavePersonCommand(f.file(), before, after));
    CHECK(f.model()->index(0, MemberTableModel::City).data().toString() == u"Verdun"_s);
    CHECK(undo->text() == u"Annuler la modification de « Léa MARTIN »"_s);

    stack->undo();
    CHECK(f.model()->index(0, MemberTableModel::City).data().toString() == u"Épinal"_s);
    CHECK(*f.file().loadPerson(personId) == before);
    stack->redo();
    CHECK(f.model()->index(0, MemberTableModel::City).data().toString() == u"Verdun"_s);
}

TEST_CASE("undo never overwrites what another operation wrote since: the history is cleared and the window says so")
{
    WindowFixture f;
    f.addClub();
    MemberUndoStack *stack = f.window->undoStack();
    PersonRecord lea = test::person(u"Léa"_s, u"Martin"_s);
    lea.membership = test::membership(f.file(), u"IND"_s, u"L2C"_s);
    stack->push(new SavePersonCommand(f.file(), std::nullopt, lea));
    // Two edits through the stack: both stay undoable.
    f.search(u"lea"_s);
    REQUIRE(f.names() == QStringList {u"MARTIN Léa"_s});
    const qint64 id = f.model()->index(0, 0).data(MemberTableModel::PersonIdRole).toLongLong();
    const PersonRecord before = *f.file().loadPerson(id);
    PersonRecord moved = before;
    moved.person.city = u"Verdun"_s;
    stack->push(new SavePersonCommand(f.file(), before, moved));
    CHECK(stack->count() == 2);
    CHECK(stack->canUndo());

    // A board election (or a merge, a payment) writes the same person outside the stack.
    PersonRecord elected = *f.file().loadPerson(id);
    elected.boardRoles.append({0, 0, BoardPosition::Treasurer, QDate(2026, 6, 12), QDate()});
    REQUIRE(f.file().savePerson(elected));
    CHECK(stack->count() == 0);
    CHECK_FALSE(stack->canUndo());
    CHECK(f.window->statusBar()->currentMessage().contains(u"ne peuvent plus être annulées"_s));
    // The role the election gave is kept: nothing can undo it away.
    CHECK(f.file().loadPerson(id)->boardRoles.size() == 1);
}

TEST_CASE("a save that fails is reported and not offered for undo")
{
    WindowFixture f;
    PersonRecord nameless = test::person(u"Sans"_s, u""_s);
    nameless.membership = test::membership(f.file(), u"IND"_s, u"L2C"_s);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const int shown = MessageBox::shownCount();
    f.window->undoStack()->push(new SavePersonCommand(f.file(), std::nullopt, nameless, f.window->undoStack()));
    CHECK(MessageBox::shownCount() == shown + 1);
    CHECK(MessageBox::lastTitle() == u"Modification impossible"_s);
    CHECK(MessageBox::lastText().contains(u"la création de"_s));
    CHECK(f.window->undoStack()->count() == 0);
    CHECK(f.model()->rowCount() == 0);
}

TEST_CASE("removing members asks first and can be undone")
{
    WindowFixture f;
    f.addClub();
    f.search(u"helene"_s);
    REQUIRE(f.model()->rowCount() == 1);
    f.table()->selectRow(0);
    REQUIRE(f.page()->hasSelection());

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    f.page()->removeSelected();
    CHECK(MessageBox::lastText().contains(u"DUPONT Hélène"_s));
    CHECK(f.model()->rowCount() == 1);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    f.page()->removeSelected();
    CHECK(f.model()->rowCount() == 0);
    CHECK(f.model()->totalCount() == 3);
    CHECK(f.window->undoStack()->undoText() == u"la suppression de « Hélène DUPONT »"_s);

    f.window->undoStack()->undo();
    CHECK(f.names() == QStringList {u"DUPONT Hélène"_s});
    CHECK(f.model()->totalCount() == 4);
}

TEST_CASE("removing an organisation gives its staff their jobs back on undo")
{
    WindowFixture f;
    OrganisationRecord company = test::organisation(u"Centre Écureuil"_s, u"Metz"_s);
    company.membership = test::membership(f.file(), u"ENT_M"_s, u"VIATIS"_s);
    company = test::save(f.file(), company);
    PersonRecord agent = test::person(u"Paul"_s, u"Klein"_s);
    Employment job;
    job.organisationId = company.organisation.id;
    job.jobTitle = u"Superviseur"_s;
    job.startDate = QDate(2020, 1, 6);
    agent.employments = {job};
    agent = test::save(f.file(), agent);

    f.table()->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    f.page()->removeSelected();
    CHECK(f.model()->rowCount() == 0);
    CHECK(f.file().loadPerson(agent.person.id)->employments.isEmpty());

    f.window->undoStack()->undo();
    CHECK(f.model()->rowCount() == 1);
    CHECK(*f.file().loadPerson(agent.person.id) == agent);
}

TEST_CASE("opening a bad file keeps the current one")
{
    WindowFixture f;
    f.addClub();
    const QString bad = f.temp.dir.filePath(u"bad.adhera"_s);
    QFile garbage(bad);
    REQUIRE(garbage.open(QIODevice::WriteOnly));
    garbage.write("Ceci n'est pas une base SQLite, juste du texte assez long pour le dire.");
    garbage.close();

    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(f.window->openDatabase(bad));
    CHECK(MessageBox::lastTitle() == u"Ouverture impossible"_s);
    CHECK(MessageBox::lastText().contains(u"bad.adhera"_s));
    CHECK(f.window->database()->path() == f.path);
    CHECK(f.window->windowTitle() == u"Adhera — test.adhera"_s);
    CHECK(f.model()->rowCount() == 4);
    CHECK_FALSE(MainWindow::recentFiles().contains(QFileInfo(bad).absoluteFilePath()));
}

TEST_CASE("opening another file swaps the member list and forgets the undo history")
{
    WindowFixture f;
    f.addClub();
    PersonRecord extra = test::person(u"Léa"_s, u"Martin"_s);
    extra.membership = test::membership(f.file(), u"IND"_s, u"L2C"_s);
    f.window->undoStack()->push(new SavePersonCommand(f.file(), std::nullopt, extra));
    REQUIRE(f.window->undoStack()->count() == 1);

    const QString other = f.temp.dir.filePath(u"autre.adhera"_s);
    REQUIRE(f.window->openDatabase(other));
    CHECK(f.window->windowTitle() == u"Adhera — autre.adhera"_s);
    CHECK(f.model()->rowCount() == 0);
    CHECK(f.window->undoStack()->count() == 0);
    CHECK(MainWindow::recentFiles().mid(0, 2) == QStringList {QFileInfo(other).absoluteFilePath(), QFileInfo(f.path).absoluteFilePath()});

    // Back to the first file: it was closed, so it can be opened again.
    REQUIRE(f.window->openDatabase(f.path));
    CHECK(f.model()->rowCount() == 5);

    // The menu lists them, most recent first; files that disappeared leave the list.
    QMenu *recent = nullptr;
    for (QMenu *menu : f.window->findChildren<QMenu *>())
        if (menu->title() == u"Fichiers &récents"_s)
            recent = menu;
    REQUIRE(recent);
    const auto recentTexts = [recent] {
        emit recent->aboutToShow();
        QStringList texts;
        for (QAction *action : recent->actions())
            if (!action->isSeparator())
                texts << action->text();
        return texts;
    };
    CHECK(recentTexts() == QStringList {u"&1  test.adhera"_s, u"&2  autre.adhera"_s, u"Effacer la liste"_s});
    REQUIRE(QFile::remove(other));
    CHECK_FALSE(MainWindow::recentFiles().contains(QFileInfo(other).absoluteFilePath()));
    CHECK(recentTexts() == QStringList {u"&1  test.adhera"_s, u"Effacer la liste"_s});
}

TEST_CASE("the keyboard reaches the search box, the list and the editor")
{
    WindowFixture f;
    f.addClub();
    f.showActive();

    f.table()->setFocus();
    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
    CHECK(f.page()->searchEdit()->hasFocus());

    QTest::keyClicks(f.page()->searchEdit(), u"helene"_s);
    QTest::keyClick(f.page()->searchEdit(), Qt::Key_Down);
    CHECK(f.table()->hasFocus());
    CHECK(f.table()->currentIndex().row() == 0);
    CHECK(f.page()->selectedMembers().value(0).name == u"DUPONT Hélène"_s);

    // Enter opens the member's editor; closing it unchanged pushes nothing.
    QString opened;
    QTimer::singleShot(0, [&opened] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (auto *editor = qobject_cast<PersonEditor *>(dialog)) {
            opened = editor->record().person.firstName;
            editor->reject();
        } else if (dialog) {
            dialog->close();
        }
    });
    MessageBox::setAlwaysAnswer(QMessageBox::Yes);
    QTest::keyClick(f.table(), Qt::Key_Return);
    CHECK(opened == u"Hélène"_s);
    CHECK(f.window->undoStack()->count() == 0);

    // Up from the first row goes back to the search box.
    QApplication::setActiveWindow(f.window.get());
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    REQUIRE(f.table()->hasFocus());
    QTest::keyClick(f.table(), Qt::Key_Up);
    CHECK(f.page()->searchEdit()->hasFocus());
}

TEST_CASE("a new person made in the editor joins the list, selected, and can be undone")
{
    WindowFixture f;
    f.addClub();
    // A filter that would hide the newcomer: it is cleared to show them.
    f.search(u"muller"_s);
    f.showActive();

    bool filled = false;
    QTimer::singleShot(0, [&filled] {
        auto *editor = qobject_cast<PersonEditor *>(QApplication::activeModalWidget());
        if (!editor)
            return;
        editor->findChild<QLineEdit *>(u"firstNameEdit"_s)->setText(u"Émile"_s);
        editor->findChild<QLineEdit *>(u"lastNameEdit"_s)->setText(u"Zimmermann"_s);
        // The page opens the editor on a new individual membership, active, joined today.
        const PersonRecord record = editor->record();
        filled = record.membership && record.membership->status == MembershipStatus::Active;
        editor->accept();
    });
    QTest::mouseClick(f.page()->findChild<QPushButton *>(u"newPersonButton"_s), Qt::LeftButton);
    REQUIRE(filled);

    CHECK(f.page()->searchEdit()->text().isEmpty());
    CHECK(f.model()->rowCount() == 5);
    CHECK(f.page()->selectedMembers().value(0).name == u"ZIMMERMANN Émile"_s);
    CHECK(f.window->undoStack()->undoText() == u"la création de « Émile ZIMMERMANN »"_s);

    f.window->undoStack()->undo();
    CHECK(f.model()->rowCount() == 4);
    CHECK_FALSE(f.names().contains(u"ZIMMERMANN Émile"_s));
}

TEST_CASE("a new organisation typed in the editor joins the list and can be undone")
{
    WindowFixture f;
    f.addClub();
    f.showActive();

    bool typed = false;
    QString refusal;
    QTimer::singleShot(0, [&typed, &refusal] {
        auto *editor = qobject_cast<OrganisationEditor *>(QApplication::activeModalWidget());
        if (!editor || !QTest::qWaitForWindowActive(editor))
            return;
        QTest::keyClicks(editor->findChild<QLineEdit *>(u"nameEdit"_s), u"Nied Teleservices"_s);
        QTest::keyClicks(editor->findChild<QLineEdit *>(u"siretEdit"_s), u"732 829 320 00074"_s);
        QTest::keyClicks(editor->findChild<QLineEdit *>(u"cityEdit"_s), u"Boulay-Moselle"_s);
        typed = true;
        QTest::mouseClick(editor->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        // A refused save leaves the dialog open: close it so the test fails instead of hanging.
        if (editor->isVisible()) {
            for (const QLabel *label : editor->findChildren<QLabel *>())
                if (label->objectName().endsWith(u"ProblemLabel"_s) && !label->text().isEmpty())
                    refusal += label->objectName() + u": "_s + label->text() + u' ';
            MessageBox::setNextAnswer(QMessageBox::Yes);
            editor->reject();
            typed = false;
        }
    });
    QTest::mouseClick(f.page()->findChild<QPushButton *>(u"newOrganisationButton"_s), Qt::LeftButton);
    CHECK(refusal.isEmpty());
    REQUIRE(typed);

    CHECK(f.page()->selectedMembers().value(0).name == u"Nied Teleservices"_s);
    const auto saved = f.file().loadOrganisation(f.page()->selectedMembers().value(0).organisationId);
    REQUIRE(saved);
    CHECK(saved->organisation.siret == u"73282932000074"_s);
    CHECK(saved->organisation.siren == u"732829320"_s);
    // The save is confirmed in the status bar, and so is its undoing.
    CHECK(f.window->statusBar()->currentMessage() == u"Enregistré\u00a0: la création de « Nied Teleservices »."_s);
    f.search(u"nied"_s);
    CHECK(f.names() == QStringList {u"Nied Teleservices"_s});
    f.window->undoStack()->undo();
    CHECK(f.names().isEmpty());
    CHECK(f.window->statusBar()->currentMessage() == u"Annulé\u00a0: la création de « Nied Teleservices »."_s);
}

TEST_CASE("a new organisation takes on its representative without leaving its editor, one undo for both")
{
    WindowFixture f;
    f.addClub();
    f.showActive();
    const int peopleBefore = f.file().counts()->people;

    QString representativeShown;
    test::inModalDialog<OrganisationEditor>(
        f.page()->findChild<QPushButton *>(u"newOrganisationButton"_s), [&](OrganisationEditor &editor) {
            QTest::keyClicks(editor.findChild<QLineEdit *>(u"nameEdit"_s), u"Nied Teleservices"_s);
            QTest::keyClick(&editor, Qt::Key_A, Qt::AltModifier); // the « Adhésion » tab
            test::inModalDialog<PersonEditor>(editor.findChild<QPushButton *>(u"newStaffButton"_s), [](PersonEditor &person) {
                QTest::keyClicks(person.findChild<QLineEdit *>(u"firstNameEdit"_s), u"Sandrine"_s);
                QTest::keyClicks(person.findChild<QLineEdit *>(u"lastNameEdit"_s), u"Kieffer"_s);
                // Taken on by this organisation: the employer is set, and she is no member herself.
                CHECK_FALSE(person.findChild<QComboBox *>(u"employerCombo"_s)->isEnabled());
                CHECK(person.findChild<QComboBox *>(u"employerCombo"_s)->currentText() == u"Nied Teleservices"_s);
                CHECK_FALSE(person.record().membership.has_value());
                QTest::mouseClick(person.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
            });
            representativeShown = editor.findChild<QComboBox *>(u"representativeCombo"_s)->currentText();
            QTest::mouseClick(editor.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        });
    CHECK(representativeShown == u"Sandrine KIEFFER (nouveau)"_s);

    const auto organisation = f.file().loadOrganisation(f.page()->selectedMembers().value(0).organisationId);
    REQUIRE(organisation);
    CHECK(organisation->organisation.name == u"Nied Teleservices"_s);
    REQUIRE(organisation->membership);
    const qint64 representativeId = organisation->membership->representativeId;
    const auto representative = f.file().loadPerson(representativeId);
    REQUIRE(representative);
    CHECK(representative->person.lastName == u"Kieffer"_s);
    CHECK_FALSE(representative->membership.has_value());
    REQUIRE(representative->currentEmployment());
    CHECK(representative->currentEmployment()->organisationId == organisation->organisation.id);
    CHECK(f.file().counts()->people == peopleBefore + 1);

    f.window->undoStack()->undo();
    CHECK_FALSE(f.file().loadOrganisation(organisation->organisation.id));
    CHECK_FALSE(f.file().loadPerson(representativeId));
    CHECK(f.file().counts()->people == peopleBefore);
    f.window->undoStack()->redo();
    const auto again = f.file().loadOrganisation(organisation->organisation.id);
    REQUIRE(again);
    CHECK(again->membership->representativeId == representativeId);
    CHECK(f.file().loadPerson(representativeId)->currentEmployment()->organisationId == organisation->organisation.id);
}

TEST_CASE("the member list's « Nouvel adhérent individuel » says what it makes; the people page's person is no member")
{
    WindowFixture f;
    f.addClub();
    f.showActive();
    auto *button = f.page()->findChild<QPushButton *>(u"newPersonButton"_s);
    CHECK(button->text() == u"Nouvel adhérent individuel"_s);
    bool ticked = false;
    QString title;
    qint64 originClub = -1;
    test::inModalDialog<PersonEditor>(button, [&](PersonEditor &editor) {
        ticked = editor.record().membership.has_value();
        title = editor.windowTitle();
        originClub = ticked ? editor.record().membership->originClubId : -1;
    });
    CHECK(ticked);
    CHECK(title == u"Nouvel adhérent individuel"_s);
    // A member who joins now joins L2C itself, not one of the founding clubs.
    CHECK(originClub == test::originClubId(f.file(), u"L2C"_s));
    QTest::keyClick(f.window.get(), Qt::Key_2, Qt::ControlModifier); // the « Personnes » page
    test::inModalDialog<PersonEditor>(f.window->findChild<QPushButton *>(u"peopleNewPersonButton"_s), [&](PersonEditor &editor) {
        ticked = editor.record().membership.has_value();
        title = editor.windowTitle();
    });
    CHECK_FALSE(ticked);
    CHECK(title == u"Nouvelle personne"_s);
}

TEST_CASE("the member list is exported as shown: the filter applied, the visible columns in their order")
{
    WindowFixture f;
    f.addClub();
    f.showActive();
    // The secretary wants the active members, without the e-mail column, the city first.
    f.choose(f.page()->statusFilter(), u"Actif"_s);
    QHeaderView *header = f.table()->horizontalHeader();
    header->setSectionHidden(MemberTableModel::Email, true);
    header->moveSection(header->visualIndex(MemberTableModel::City), 0);
    const int shown = f.model()->rowCount();
    REQUIRE(shown == 3); // Dupont, Adam, Centre Écureuil; Muller has resigned

    QTemporaryDir folder;
    const QString xlsx = folder.filePath(u"adherents-actifs.xlsx"_s);
    bool reached = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || !QTest::qWaitForWindowActive(dialog))
            return;
        reached = true;
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        name->setText(xlsx);
        QTest::keyClick(name, Qt::Key_Return);
    });
    MessageBox::setNextAnswer(QMessageBox::Close);
    QTest::mouseClick(f.page()->findChild<QPushButton *>(u"exportListButton"_s), Qt::LeftButton);
    REQUIRE(reached);
    CHECK(MessageBox::lastText().startsWith(u"3 adhérent(s) enregistré(s)"_s));
    CHECK(MessageBox::lastText().contains(u"filtres appliqués, sur 4 au total"_s));

    const auto read = io::XlsxReader::readFile(xlsx);
    REQUIRE(read);
    CHECK(read->headers.value(0) == u"Ville"_s);
    CHECK(read->headers.value(1) == u"Nom"_s);
    CHECK_FALSE(read->headers.contains(u"E-mail"_s));
    CHECK(read->headers.size() == header->count() - 1);
    REQUIRE(read->rows.size() == shown);
    QStringList cities;
    for (const io::CsvRow &row : read->rows)
        cities << row.fields.value(0);
    cities.sort();
    CHECK(cities == QStringList {u"Metz"_s, u"Nancy"_s, u"Thionville"_s});

    // The same list as CSV for Excel: semicolons, UTF-8 with BOM, dates the French way.
    const QString csv = folder.filePath(u"adherents-actifs.csv"_s);
    REQUIRE(f.page()->exportListTo(csv));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == shown + 1);
    CHECK(lines.constFirst().startsWith(u"Ville;Nom;"_s));
    CHECK(QString::fromUtf8(bytes).contains(u"Centre Écureuil"_s));
    CHECK_FALSE(QString::fromUtf8(bytes).contains(u"MULLER"_s, Qt::CaseInsensitive));
}

TEST_CASE("editing an organisation from the list goes through the undo stack")
{
    WindowFixture f;
    f.addClub();
    f.showActive();
    f.search(u"ecureuil"_s);
    QTest::keyClick(f.page()->searchEdit(), Qt::Key_Down);
    REQUIRE(f.table()->hasFocus());

    QTimer::singleShot(0, [] {
        auto *editor = qobject_cast<OrganisationEditor *>(QApplication::activeModalWidget());
        if (!editor)
            return;
        editor->findChild<QLineEdit *>(u"cityEdit"_s)->setText(u"Woippy"_s);
        editor->accept();
    });
    QTest::keyClick(f.table(), Qt::Key_Return);

    REQUIRE(f.model()->rowCount() == 1);
    CHECK(f.model()->index(0, MemberTableModel::City).data().toString() == u"Woippy"_s);
    CHECK(f.window->undoStack()->undoText() == u"la modification de « Centre Écureuil »"_s);
    // The edited member stays selected after the list is re-read.
    CHECK(f.page()->selectedMembers().value(0).name == u"Centre Écureuil"_s);

    f.window->undoStack()->undo();
    CHECK(f.model()->index(0, MemberTableModel::City).data().toString() == u"Metz"_s);
}

// A picture of the window while searching, for checking the layout by eye. Hidden: run with
// `adhera_ui_tests "[.screenshots]"`; the PNG goes to ADHERA_SCREENSHOT_DIR (temporary folder
// by default). `adhera --screenshot` gives the window as it starts.
TEST_CASE("main window screenshot while searching", "[.screenshots]")
{
    WindowFixture f;
    f.addClub();
    f.window->resize(1280, 800);
    f.showActive();
    f.search(u"metz"_s);
    QTest::keyClick(f.page()->searchEdit(), Qt::Key_Down);
    const QString folder = qEnvironmentVariable("ADHERA_SCREENSHOT_DIR", QDir::tempPath());
    CHECK(f.window->grab().save(QDir(folder).filePath(u"mainwindow-search.png"_s)));
}

namespace {

// The entries of a menu of the menu bar, without their accelerators.
QMap<QString, QAction *> menuEntries(MainWindow &window, const QString &menuTitle)
{
    QMap<QString, QAction *> entries;
    for (QAction *menuAction : window.menuBar()->actions()) {
        if (menuAction->text().remove(u'&') != menuTitle)
            continue;
        for (QAction *action : menuAction->menu()->actions())
            if (!action->isSeparator())
                entries.insert(action->text().remove(u'&'), action);
    }
    return entries;
}

// Triggers action and returns the class name of the modal dialog it opened (closed at once).
QString dialogOpenedBy(QAction *action)
{
    QString opened;
    QTimer::singleShot(0, [&] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            opened = QString::fromLatin1(dialog->metaObject()->className());
            dialog->close();
        }
    });
    action->trigger();
    return opened;
}

} // namespace

TEST_CASE("the Cotisations menu opens the treasurer's pages and dialogs")
{
    WindowFixture f;
    const QMap<QString, QAction *> dues = menuEntries(*f.window, u"Cotisations"_s);
    CHECK(dues.keys()
        == QStringList {u"Annuler ou exonérer l'appel sélectionné…"_s, u"Attestations de paiement de l'exercice…"_s,
            u"Avis d'appel de l'exercice…"_s, u"Barème des cotisations…"_s, u"Cotisations réglées aux anciens clubs…"_s,
            u"Enregistrer un paiement…"_s, u"Exporter l'état des cotisations…"_s, u"Exporter le journal des recettes…"_s,
            u"Paiements reçus et remise de chèques…"_s, u"Relances…"_s, u"Émettre les appels…"_s});
    for (QAction *action : dues)
        CHECK(action->isEnabled());

    // « Relances… » shows the dues page, then its dialog.
    REQUIRE(f.window->findChild<QStackedWidget *>()->currentWidget() == f.page());
    CHECK(dialogOpenedBy(dues.value(u"Relances…"_s)) == u"adhera::RemindersDialog"_s);
    CHECK(f.window->findChild<QStackedWidget *>()->currentWidget() == f.window->duesPage());
    CHECK(dialogOpenedBy(dues.value(u"Barème des cotisations…"_s)) == u"adhera::FeeScheduleDialog"_s);
    CHECK(dialogOpenedBy(dues.value(u"Cotisations réglées aux anciens clubs…"_s)) == u"adhera::FormerClubDuesDialog"_s);

    const QMap<QString, QAction *> file = menuEntries(*f.window, u"Fichier"_s);
    REQUIRE(file.contains(u"Paramètres de l'association…"_s));
    CHECK(dialogOpenedBy(file.value(u"Paramètres de l'association…"_s)) == u"adhera::ClubSettingsDialog"_s);
    REQUIRE(file.contains(u"Statuts de l'association…"_s));
    CHECK(dialogOpenedBy(file.value(u"Statuts de l'association…"_s)) == u"adhera::StatutesDialog"_s);

    // Without a file, nothing to act on.
    f.window->adoptDatabase(nullptr);
    CHECK_FALSE(dues.value(u"Relances…"_s)->isEnabled());
    CHECK_FALSE(file.value(u"Paramètres de l'association…"_s)->isEnabled());
}

TEST_CASE("every page is reached from the keyboard, and « Réunions » has its menu")
{
    WindowFixture f;
    test::showActive(*f.window);
    auto *pages = f.window->findChild<QStackedWidget *>();
    QTest::keyClick(f.window.get(), Qt::Key_4, Qt::ControlModifier);
    CHECK(pages->currentWidget() == f.window->meetingsPage());
    QTest::keyClick(f.window.get(), Qt::Key_3, Qt::ControlModifier);
    CHECK(pages->currentWidget() == f.window->duesPage());
    QTest::keyClick(f.window.get(), Qt::Key_1, Qt::ControlModifier);
    CHECK(pages->currentWidget() == f.page());

    // The sidebar takes the focus with Tab, then the arrows move between pages.
    auto *navigation = f.window->findChild<QListWidget *>(u"navigation"_s);
    CHECK(navigation->focusPolicy() == Qt::TabFocus);
    navigation->setFocus(Qt::TabFocusReason);
    QTest::keyClick(navigation, Qt::Key_Down);
    CHECK(pages->currentWidget() == static_cast<QWidget *>(f.window->peoplePage()));

    const QMap<QString, QAction *> meetings = menuEntries(*f.window, u"Réunions"_s);
    CHECK(meetings.keys()
        == QStringList {
            u"Déclaration faite…"_s, u"Invités et convocations…"_s, u"Modifier la réunion…"_s, u"Nouvelle réunion…"_s, u"Séance…"_s});
    CHECK(dialogOpenedBy(meetings.value(u"Nouvelle réunion…"_s)) == u"adhera::MeetingDialog"_s);
    CHECK(pages->currentWidget() == f.window->meetingsPage());
}

TEST_CASE("the sidebar's « Réunions » shows the meetings page")
{
    WindowFixture f;
    auto *navigation = f.window->findChild<QListWidget *>(u"navigation"_s);
    REQUIRE(navigation->count() == 4);
    CHECK(navigation->item(MainWindow::MeetingsRow)->text() == u"Réunions"_s);
    f.window->selectPage(MainWindow::MeetingsRow);
    CHECK(f.window->findChild<QStackedWidget *>()->currentWidget() == f.window->meetingsPage());
    CHECK(f.statusText() == u"Aucune réunion"_s);
}

// A Windows laptop at 1366 × 768 with 125 % scaling leaves about 1093 × 614 logical pixels: every
// page must fit 1024 × 700 without being cut, in French and in English.
TEST_CASE("every page fits a window of 1024 × 700")
{
    const auto fits = [](MainWindow &window) {
        window.resize(1024, 700);
        test::showActive(window);
        for (const int row : {MainWindow::MembersRow, MainWindow::PeopleRow, MainWindow::DuesRow, MainWindow::MeetingsRow}) {
            window.selectPage(row);
            QApplication::processEvents();
            INFO("page " << row << ": minimum " << window.minimumSizeHint().width() << " × " << window.minimumSizeHint().height());
            CHECK(window.minimumSizeHint().width() <= 1024);
            CHECK(window.minimumSizeHint().height() <= 700);
            CHECK(window.width() == 1024);
        }
    };
    WindowFixture f;
    fits(*f.window);

    i18n::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedKingdom));
    MainWindow english;
    english.adoptDatabase(test::memoryDatabase());
    fits(english);
    i18n::removeTranslations(*QCoreApplication::instance());
}

namespace {

// Each « Menu > Entry » the guide names, found in the window's menus (mnemonics aside): the
// guide never sends anyone to an entry that is not there.
QStringList menuPathsMissing(const MainWindow &window, const QString &html)
{
    QStringList missing;
    static const QRegularExpression path(u"<b>([^<>]+?) &gt; ([^<>]+?)</b>"_s);
    int found = 0;
    for (auto match = path.globalMatch(html); match.hasNext();) {
        const QRegularExpressionMatch step = match.next();
        ++found;
        bool present = false;
        for (QAction *menuAction : window.menuBar()->actions()) {
            if (!menuAction->menu() || menuAction->text().remove(u'&') != step.captured(1))
                continue;
            for (QAction *entry : menuAction->menu()->actions())
                present = present || entry->text().remove(u'&') == step.captured(2);
        }
        if (!present)
            missing << step.captured(1) + u" > "_s + step.captured(2);
    }
    if (found < 5)
        missing << u"(the guide names only %1 menu entries)"_s.arg(found);
    return missing;
}

} // namespace

TEST_CASE("F1 opens the guide of the main tasks, in the interface's language, naming menus that exist")
{
    WindowFixture f;
    test::showActive(*f.window);
    QTest::keyClick(f.window.get(), Qt::Key_F1);
    auto *guide = f.window->findChild<GuideDialog *>();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    CHECK_FALSE(guide->isModal()); // beside the window, while one works
    const QString french = guide->browser()->toHtml();
    CHECK(guide->browser()->toPlainText().contains(u"Émettre les appels"_s));
    QFile frenchSource(u":/help/guide_fr.html"_s);
    REQUIRE(frenchSource.open(QIODevice::ReadOnly));
    CHECK(menuPathsMissing(*f.window, QString::fromUtf8(frenchSource.readAll())) == QStringList());
    // F1 again brings the same guide forward, not a second one.
    QTest::keyClick(f.window.get(), Qt::Key_F1);
    CHECK(f.window->findChildren<GuideDialog *>().size() == 1);
    guide->close();

    i18n::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedKingdom));
    {
        MainWindow english;
        english.adoptDatabase(test::memoryDatabase());
        test::showActive(english);
        QTest::keyClick(&english, Qt::Key_F1);
        auto *englishGuide = english.findChild<GuideDialog *>();
        REQUIRE(englishGuide);
        CHECK(englishGuide->windowTitle() == u"Everyday tasks guide"_s);
        CHECK(englishGuide->browser()->toPlainText().contains(u"Issue the calls"_s));
        QFile englishSource(u":/help/guide_en.html"_s);
        REQUIRE(englishSource.open(QIODevice::ReadOnly));
        CHECK(menuPathsMissing(english, QString::fromUtf8(englishSource.readAll())) == QStringList());
    }
    i18n::removeTranslations(*QCoreApplication::instance());
}

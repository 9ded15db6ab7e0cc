// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders.h"
#include "catch.h"
#include "db/sql.h"
#include "dialogs/optionaldateedit.h"
#include "dialogs/personeditor.h"
#include "dialogtesting.h"
#include "importing/importstore.h"
#include "merge/mergeapplier.h"
#include "messagebox.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace adhera;
using test::child;

namespace {

QString today()
{
    return test::fixedToday().toString(u"dd/MM/yyyy"_s);
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

TEST_CASE("person editor: a new person needs a last name, shown under the field")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    PersonEditor editor(file, PersonRecord {});
    test::showActive(editor);
    CHECK(editor.windowTitle() == u"Nouvelle personne"_s);

    auto *lastName = child<QLineEdit>(editor, u"lastNameEdit"_s);
    auto *problem = child<QLabel>(editor, u"lastNameProblemLabel"_s);
    CHECK_FALSE(problem->isVisible()); // an empty form does not greet the user with errors

    child<QPushButton>(editor, u"saveButton"_s)->click();
    CHECK(editor.isVisible());
    CHECK(editor.result() == QDialog::Rejected);
    CHECK(problem->isVisible());
    CHECK(problem->text() == u"Le nom de famille est obligatoire."_s);
    CHECK(lastName->property("invalid").toBool());
    CHECK(lastName->hasFocus());

    QTest::keyClicks(lastName, u"Durand"_s);
    CHECK_FALSE(problem->isVisible()); // fixed as the user types
    CHECK_FALSE(lastName->property("invalid").toBool());

    child<QPushButton>(editor, u"saveButton"_s)->click();
    CHECK_FALSE(editor.isVisible());
    CHECK(editor.result() == QDialog::Accepted);
    CHECK(editor.record().person.lastName == u"Durand"_s);
}

TEST_CASE("person editor: phones show the French way and come back in E.164")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    PersonRecord record = test::person(u"Sophie"_s, u"Muller"_s);
    record.person.phone = u"+33387123456"_s;
    record = test::save(file, record);

    PersonEditor editor(file, record);
    test::showActive(editor);
    CHECK(editor.windowTitle() == u"Personne — Sophie MULLER"_s);
    auto *phone = child<QLineEdit>(editor, u"phoneEdit"_s);
    CHECK(phone->text() == u"03 87 12 34 56"_s);
    CHECK_FALSE(editor.isModified());

    auto *mobile = child<QLineEdit>(editor, u"mobileEdit"_s);
    test::retype(mobile, u"06.12.34.56.78"_s);
    test::leave(mobile);
    CHECK(mobile->text() == u"06 12 34 56 78"_s); // tidied when leaving the field
    CHECK(editor.isModified());

    QTest::keyClick(&editor, Qt::Key_Return, Qt::ControlModifier);
    CHECK(editor.result() == QDialog::Accepted);
    CHECK(editor.record().person.mobile == u"+33612345678"_s);
    CHECK(editor.record().person.phone == u"+33387123456"_s);
}

TEST_CASE("person editor: the language of the person's letters is chosen with the keyboard and stored")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    const PersonRecord saved = test::save(file, test::person(u"Emma"_s, u"Clarke"_s));
    auto stored = [&] {
        auto language = Sql(*db, u"SELECT letter_language FROM person WHERE id = :id"_s).bind(u":id"_s, saved.person.id).scalar(u"test"_s);
        REQUIRE(language);
        return language->toString();
    };
    REQUIRE(stored() == u"fr"_s); // French unless asked otherwise

    PersonEditor editor(file, saved);
    test::showActive(editor);
    auto *language = child<QComboBox>(editor, u"letterLanguageCombo"_s);
    CHECK(language->currentText() == u"Français"_s);
    QTest::keyClick(&editor, Qt::Key_G, Qt::AltModifier);
    REQUIRE(language->hasFocus());
    QTest::keyClick(language, Qt::Key_Down);
    CHECK(language->currentText() == u"English"_s);
    CHECK(editor.isModified());
    QTest::keyClick(&editor, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(editor.result() == QDialog::Accepted);
    REQUIRE(file.savePerson(editor.record()));
    CHECK(stored() == u"en"_s);

    // Opened again, the editor shows what is stored.
    auto reloaded = file.loadPerson(saved.person.id);
    REQUIRE(reloaded);
    PersonEditor again(file, *reloaded);
    CHECK(child<QComboBox>(again, u"letterLanguageCombo"_s)->currentText() == u"English"_s);
    CHECK_FALSE(again.isModified());
}

TEST_CASE("person editor: a bad e-mail or phone is shown when leaving the field")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    PersonEditor editor(file, test::person(u"Luc"_s, u"Bernard"_s));
    test::showActive(editor);

    auto *email = child<QLineEdit>(editor, u"emailEdit"_s);
    auto *emailProblem = child<QLabel>(editor, u"emailProblemLabel"_s);
    test::retype(email, u"luc.bernard@"_s);
    CHECK_FALSE(emailProblem->isVisible()); // still typing
    test::leave(email);
    CHECK(emailProblem->isVisible());
    CHECK(emailProblem->text().contains(u"luc.bernard@"_s));
    CHECK(email->property("invalid").toBool());
    QTest::keyClicks(email, u"exemple.fr"_s);
    CHECK_FALSE(emailProblem->isVisible());

    auto *phone = child<QLineEdit>(editor, u"phoneEdit"_s);
    test::retype(phone, u"12"_s);
    test::leave(phone);
    CHECK(child<QLabel>(editor, u"phoneProblemLabel"_s)->isVisible());
    auto *tabs = child<QTabWidget>(editor, u"tabs"_s);
    tabs->setCurrentIndex(3);
    child<QPushButton>(editor, u"saveButton"_s)->click();
    CHECK(editor.result() == QDialog::Rejected);
    CHECK(tabs->currentIndex() == 0); // brought back to the bad field
    CHECK(phone->hasFocus());
}

TEST_CASE("person editor: changing the employer keeps the history")
{
    auto db = test::memoryDatabase();
    test::fixClock(*db);
    MemberFile file(*db);
    const auto acticall = test::save(file, test::organisation(u"Acticall"_s));
    const auto arvato = test::save(file, test::organisation(u"Arvato"_s));
    PersonRecord record = test::person(u"Jean-Marc"_s, u"Schmitt"_s);
    record.person.jobTitle = u"Superviseur"_s;
    record.employments.append({0, 0, acticall.organisation.id, u"Superviseur"_s, QDate(2015, 1, 5), QDate()});
    record = test::save(file, record);

    PersonEditor editor(file, record);
    test::showActive(editor);
    auto *employer = child<QComboBox>(editor, u"employerCombo"_s);
    auto *history = child<QTableWidget>(editor, u"employmentTable"_s);
    CHECK(employer->currentText() == u"Acticall"_s);
    REQUIRE(history->rowCount() == 1);
    CHECK(cell(history, 0, 3) == u"en cours"_s);

    employer->setCurrentIndex(employer->findText(u"Arvato"_s));
    test::retype(child<QLineEdit>(editor, u"jobTitleEdit"_s), u"Responsable de plateau"_s);
    REQUIRE(history->rowCount() == 2);
    CHECK(cell(history, 0, 0) == u"Acticall"_s);
    CHECK(cell(history, 0, 2) == u"05/01/2015"_s);
    CHECK(cell(history, 0, 3) == today());
    CHECK(cell(history, 1, 0) == u"Arvato"_s);
    CHECK(cell(history, 1, 1) == u"Responsable de plateau"_s);
    CHECK(cell(history, 1, 2) == today());
    CHECK(cell(history, 1, 3) == u"en cours"_s);

    const PersonRecord edited = editor.record();
    REQUIRE(edited.employments.size() == 2);
    CHECK(edited.employments.at(0).id == record.employments.at(0).id);
    CHECK(edited.employments.at(0).endDate == test::fixedToday());
    CHECK(edited.employments.at(1).organisationId == arvato.organisation.id);
    CHECK(edited.employments.at(1).startDate == test::fixedToday());
    CHECK(edited.employments.at(1).endDate.isNull());
    CHECK(edited.person.jobTitle == u"Responsable de plateau"_s);

    SECTION("going back to the first employer undoes the change")
    {
        employer->setCurrentIndex(employer->findText(u"Acticall"_s));
        CHECK(history->rowCount() == 1);
        CHECK(editor.record().employments.first().endDate.isNull());
    }
    SECTION("a name that matches no organisation is refused")
    {
        child<QTabWidget>(editor, u"tabs"_s)->setCurrentIndex(1);
        employer->setFocus();
        employer->lineEdit()->selectAll();
        QTest::keyClicks(employer->lineEdit(), u"Inconnue SA"_s);
        test::leave(employer);
        auto *problem = child<QLabel>(editor, u"employmentProblemLabel"_s);
        CHECK(problem->isVisible());
        CHECK(problem->text().contains(u"Inconnue SA"_s));
        child<QPushButton>(editor, u"saveButton"_s)->click();
        CHECK(editor.result() == QDialog::Rejected);
        CHECK(editor.isVisible());
    }
    SECTION("no employer ends the current job")
    {
        employer->setCurrentIndex(0);
        REQUIRE(editor.record().employments.size() == 1);
        CHECK(editor.record().employments.first().endDate == test::fixedToday());
        CHECK_FALSE(editor.record().currentEmployment());
    }
}

TEST_CASE("person editor: the new employer is found without its accents and the move is dated")
{
    auto db = test::memoryDatabase();
    test::fixClock(*db);
    MemberFile file(*db);
    const auto acticall = test::save(file, test::organisation(u"Acticall"_s));
    const auto generale = test::save(file, test::organisation(u"Société Générale Relation Client"_s));
    PersonRecord record = test::person(u"Jean-Marc"_s, u"Schmitt"_s);
    record.employments.append({0, 0, acticall.organisation.id, u"Superviseur"_s, QDate(2015, 1, 5), QDate()});
    record = test::save(file, record);

    PersonEditor editor(file, record);
    test::showActive(editor);
    QTest::keyClick(&editor, Qt::Key_P, Qt::AltModifier); // the « Emploi » tab
    auto *employer = child<QComboBox>(editor, u"employerCombo"_s);
    auto *since = child<OptionalDateEdit>(editor, u"employedSinceEdit"_s);
    CHECK(since->date() == QDate(2015, 1, 5)); // the current job's start

    employer->setFocus();
    employer->lineEdit()->selectAll();
    QTest::keyClicks(employer->lineEdit(), u"societe gen"_s);
    QAbstractItemView *popup = employer->completer()->popup();
    REQUIRE(popup->isVisible());
    REQUIRE(popup->model()->rowCount() == 1);
    CHECK(popup->model()->index(0, 0).data().toString() == u"Société Générale Relation Client"_s);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(employer->currentText() == u"Société Générale Relation Client"_s);
    CHECK(since->date() == test::fixedToday()); // a change is dated today until told otherwise

    since->dateEdit()->setFocus();
    since->dateEdit()->setDate(QDate(2026, 2, 1));
    PersonRecord edited = editor.record();
    REQUIRE(edited.employments.size() == 2);
    CHECK(edited.employments.at(0).endDate == QDate(2026, 2, 1));
    CHECK(edited.employments.at(1).organisationId == generale.organisation.id);
    CHECK(edited.employments.at(1).startDate == QDate(2026, 2, 1));

    SECTION("a move before the current job began is refused, naming its start")
    {
        since->dateEdit()->setDate(QDate(2014, 6, 1));
        auto *problem = child<QLabel>(editor, u"employmentSinceProblemLabel"_s);
        CHECK(problem->isVisible());
        CHECK(problem->text().contains(u"05/01/2015"_s));
        child<QPushButton>(editor, u"saveButton"_s)->click();
        CHECK(editor.isVisible());
    }
    SECTION("typed in full without accents, the name is still the organisation's")
    {
        employer->lineEdit()->selectAll();
        QTest::keyClicks(employer->lineEdit(), u"SOCIETE GENERALE RELATION CLIENT"_s);
        test::leave(employer);
        CHECK(editor.record().currentEmployment()->organisationId == generale.organisation.id);
    }
}

TEST_CASE("person editor: individual membership and board roles")
{
    auto db = test::memoryDatabase();
    test::fixClock(*db);
    MemberFile file(*db);
    PersonEditor editor(file, test::person(u"Claire"_s, u"Lambert"_s));
    test::showActive(editor);

    child<QTabWidget>(editor, u"tabs"_s)->setCurrentIndex(2);
    auto *group = child<QGroupBox>(editor, u"membershipGroup"_s);
    CHECK_FALSE(group->isChecked());
    CHECK_FALSE(editor.record().membership);
    group->setChecked(true);
    auto *category = child<QComboBox>(editor, u"categoryCombo"_s);
    // Only the categories a person may hold are offered.
    CHECK(category->findText(u"Membre individuel"_s) > 0);
    CHECK(category->findText(u"Membre d'honneur"_s) > 0);
    CHECK(category->findText(u"Entreprise 1 à 49 salariés"_s) < 0);

    auto membership = editor.record().membership;
    REQUIRE(membership);
    CHECK(membership->categoryId == test::categoryId(file, u"IND"_s));
    CHECK(membership->joinedOn == test::fixedToday());
    CHECK(membership->status == MembershipStatus::Active);

    auto *leftOn = child<OptionalDateEdit>(editor, u"leftOnEdit"_s);
    leftOn->checkBox()->setChecked(true);
    leftOn->dateEdit()->setDate(test::fixedToday().addYears(-1));
    auto *leftOnProblem = child<QLabel>(editor, u"membershipLeftOnProblemLabel"_s);
    CHECK(leftOnProblem->isVisible());
    leftOn->checkBox()->setChecked(false);
    CHECK_FALSE(leftOnProblem->isVisible());

    child<QPushButton>(editor, u"addBoardRoleButton"_s)->click();
    auto *roles = child<QTableWidget>(editor, u"boardRoleTable"_s);
    REQUIRE(roles->rowCount() == 1);
    auto *position = qobject_cast<QComboBox *>(roles->cellWidget(0, 0));
    REQUIRE(position);
    position->setCurrentIndex(position->findText(label(BoardPosition::Treasurer)));
    auto *end = qobject_cast<OptionalDateEdit *>(roles->cellWidget(0, 2));
    REQUIRE(end);
    end->checkBox()->setChecked(true);
    end->dateEdit()->setDate(test::fixedToday().addDays(-10));
    CHECK(child<QLabel>(editor, u"boardRoleProblemLabel"_s)->isVisible());
    child<QPushButton>(editor, u"saveButton"_s)->click();
    CHECK(editor.result() == QDialog::Rejected);

    end->checkBox()->setChecked(false);
    CHECK_FALSE(child<QLabel>(editor, u"boardRoleProblemLabel"_s)->isVisible());
    const PersonRecord edited = editor.record();
    REQUIRE(edited.boardRoles.size() == 1);
    CHECK(edited.boardRoles.first().position == BoardPosition::Treasurer);
    CHECK(edited.boardRoles.first().startDate == test::fixedToday());
    CHECK(edited.boardRoles.first().endDate.isNull());

    roles->setCurrentCell(0, 0);
    child<QPushButton>(editor, u"removeBoardRoleButton"_s)->click();
    CHECK(roles->rowCount() == 0);
    CHECK(editor.record().boardRoles.isEmpty());
}

TEST_CASE("person editor: a consent takes today's date when its box changes")
{
    auto db = test::memoryDatabase();
    test::fixClock(*db);
    MemberFile file(*db);
    PersonRecord record = test::person(u"Nadia"_s, u"Haddad"_s);
    record.consents.append({ConsentPurpose::Directory, true, QDate(2023, 9, 12)});
    record = test::save(file, record);

    PersonEditor editor(file, record);
    test::showActive(editor);
    auto *directory = child<QCheckBox>(editor, u"directoryConsentCheck"_s);
    auto *directoryDate = child<QLabel>(editor, u"directoryConsentDateLabel"_s);
    auto *newsletter = child<QCheckBox>(editor, u"newsletterConsentCheck"_s);
    CHECK(directory->isChecked());
    CHECK(directoryDate->text() == u"accord recueilli le 12/09/2023"_s);
    CHECK(child<QLabel>(editor, u"newsletterConsentDateLabel"_s)->text() == u"jamais demandé"_s);

    newsletter->setChecked(true);
    directory->setChecked(false);
    CHECK(directoryDate->text() == u"refus recueilli le "_s + today());
    const PersonRecord edited = editor.record();
    REQUIRE(edited.consents.size() == 2);
    CHECK(edited.consents.at(0) == Consent {ConsentPurpose::Directory, false, test::fixedToday()});
    CHECK(edited.consents.at(1) == Consent {ConsentPurpose::Newsletter, true, test::fixedToday()});

    directory->setChecked(true); // back as it was: the old date comes back too
    CHECK(directoryDate->text() == u"accord recueilli le 12/09/2023"_s);
}

TEST_CASE("person editor: cancelling with changes asks first")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    const PersonRecord record = test::save(file, test::person(u"Paul"_s, u"Weber"_s));
    PersonEditor editor(file, record);
    test::showActive(editor);
    const int shownBefore = MessageBox::shownCount();

    SECTION("without changes it closes at once")
    {
        QTest::keyClick(&editor, Qt::Key_Escape);
        CHECK_FALSE(editor.isVisible());
        CHECK(MessageBox::shownCount() == shownBefore);
    }
    SECTION("with changes, No keeps the dialog open and Yes closes it")
    {
        test::retype(child<QLineEdit>(editor, u"cityEdit"_s), u"Nancy"_s);
        MessageBox::setNextAnswer(QMessageBox::No);
        child<QPushButton>(editor, u"cancelButton"_s)->click();
        CHECK(MessageBox::shownCount() == shownBefore + 1);
        CHECK(MessageBox::lastText() == u"Abandonner les modifications ?"_s);
        CHECK(editor.isVisible());

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(&editor, Qt::Key_Escape);
        CHECK_FALSE(editor.isVisible());
        CHECK(editor.result() == QDialog::Rejected);
    }
    SECTION("closing the window asks too")
    {
        test::retype(child<QLineEdit>(editor, u"firstNameEdit"_s), u"Paul-Henri"_s);
        MessageBox::setNextAnswer(QMessageBox::No);
        editor.close();
        CHECK(editor.isVisible());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        editor.close();
        CHECK_FALSE(editor.isVisible());
    }
    SECTION("typing a change and undoing it is no change")
    {
        auto *city = child<QLineEdit>(editor, u"cityEdit"_s);
        test::retype(city, u"Metz"_s);
        test::retype(city, QString());
        CHECK_FALSE(editor.isModified());
    }
}

TEST_CASE("person editor: keyboard — Ctrl+Entrée saves from a multi-line field, Tab follows the form")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    PersonEditor editor(file, test::person(u"Élise"_s, u"Roux"_s));
    test::showActive(editor);

    // Tab order on the first page follows the form, top to bottom.
    auto *civility = child<QComboBox>(editor, u"civilityCombo"_s);
    civility->setFocus();
    const QStringList expected {u"firstNameEdit"_s, u"lastNameEdit"_s, u"emailEdit"_s, u"phoneEdit"_s, u"mobileEdit"_s, u"addressEdit"_s,
        u"postcodeEdit"_s, u"cityEdit"_s};
    for (const QString &name : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        REQUIRE(QApplication::focusWidget());
        CHECK(QApplication::focusWidget()->objectName() == name);
    }

    // The mnemonic of a label takes the focus to its field.
    QTest::keyClick(&editor, Qt::Key_L, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == child<QLineEdit>(editor, u"postcodeEdit"_s));

    child<QTabWidget>(editor, u"tabs"_s)->setCurrentIndex(3);
    auto *notes = child<QPlainTextEdit>(editor, u"notesEdit"_s);
    notes->setFocus();
    QTest::keyClicks(notes, u"Vue au salon de Metz"_s);
    QTest::keyClick(notes, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(editor.result() == QDialog::Accepted);
    CHECK(editor.record().person.notes == u"Vue au salon de Metz"_s);
}

TEST_CASE("person editor: a merged person shows the imported rows it came from, as read")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    QList<importing::ImportFile> files;
    for (const auto &[name, club] : {std::pair {u"merge-connect.csv"_s, u"CONNECT"_s}, std::pair {u"merge-viatis.csv"_s, u"VIATIS"_s}}) {
        auto read = importing::ImportFile::read(test::dataPath(name));
        REQUIRE(read);
        read->originClubId = test::originClubId(file, club);
        read->clubName = club == u"CONNECT"_s ? u"Connect"_s : u"Viatis"_s;
        files << *read;
    }
    merge::ReviewSession session(files, {});
    REQUIRE(session.run());
    session.acceptSureWithoutConflicts();
    REQUIRE(merge::MergeApplier(*db).apply(files, session.groups()));
    // Hélène Lefèvre is in both files, written differently: one person, two origins.
    auto id = Sql(*db, u"SELECT id FROM person WHERE email = 'helene.lefevre@example.org'"_s).scalar(u"id"_s);
    REQUIRE(id);
    auto record = file.loadPerson(id->toLongLong());
    REQUIRE(record);

    PersonEditor editor(file, *record);
    test::showActive(editor);
    auto *tabs = child<QTabWidget>(editor, u"tabs"_s);
    CHECK(tabs->tabText(tabs->count() - 1) == u"&Origine"_s);
    auto *sources = child<QTableWidget>(editor, u"originTable"_s);
    REQUIRE(sources->rowCount() == 2);
    CHECK(cell(sources, 0, 0) == u"Connect"_s);
    CHECK(cell(sources, 0, 1) == u"merge-connect.csv"_s);
    CHECK(cell(sources, 0, 2) == u"3"_s);
    CHECK(cell(sources, 1, 0) == u"Viatis"_s);
    auto *values = child<QTableWidget>(editor, u"originValuesTable"_s);
    CHECK(cell(values, 2, 0) == u"Nom"_s);
    CHECK(cell(values, 2, 1) == u"Lefèvre"_s); // as the Connect file wrote it
    sources->setCurrentCell(1, 0);
    CHECK(cell(values, 3, 1) == u"LEFEVRE"_s); // as Viatis wrote it

    // A person typed by hand has no such tab.
    PersonEditor fresh(file, PersonRecord {});
    CHECK(child<QTabWidget>(fresh, u"tabs"_s)->count() == tabs->count() - 1);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders.h"
#include "catch.h"
#include "dialogs/referencedatadialog.h"
#include "dialogtesting.h"
#include "messagebox.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace adhera;
using test::child;

namespace {

std::optional<Category> categoryByCode(MemberFile &file, const QString &code)
{
    const auto categories = file.categories();
    REQUIRE(categories);
    for (const Category &category : *categories) {
        if (category.code == code)
            return category;
    }
    return std::nullopt;
}

// Types into a cell the way a user does: select it, F2, type, Return.
void typeInto(QTableWidget *table, int row, int column, const QString &text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor);
    REQUIRE(editor != table);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    CHECK(QTest::qWaitFor([&] { return table->item(row, column)->text() == text; }));
}

} // namespace

TEST_CASE("reference data: the lists are shown and a new category is saved")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    ReferenceDataDialog dialog(file);
    test::showActive(dialog);

    auto *categories = child<QTableWidget>(dialog, u"categoryTable"_s);
    auto *clubs = child<QTableWidget>(dialog, u"originClubTable"_s);
    CHECK(categories->rowCount() == 8);
    CHECK(clubs->rowCount() == 3);
    CHECK(categories->item(6, 0)->text() == u"IND"_s);
    auto *kind = qobject_cast<QComboBox *>(categories->cellWidget(6, 2));
    REQUIRE(kind);
    CHECK(kind->currentText() == u"Personne"_s);
    CHECK_FALSE(dialog.isModified());

    child<QPushButton>(dialog, u"addCategoryButton"_s)->click();
    REQUIRE(categories->rowCount() == 9);
    typeInto(categories, 8, 0, u"ETU"_s);
    typeInto(categories, 8, 1, u"Étudiant"_s);
    auto *newKind = qobject_cast<QComboBox *>(categories->cellWidget(8, 2));
    REQUIRE(newKind);
    newKind->setCurrentIndex(newKind->findData(u"person"_s));
    CHECK(dialog.isModified());

    QSignalSpy changed(&db->notifier(), &ChangeNotifier::referenceDataChanged);
    child<QPushButton>(dialog, u"saveButton"_s)->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const auto saved = categoryByCode(file, u"ETU"_s);
    REQUIRE(saved);
    CHECK(saved->name == u"Étudiant"_s);
    CHECK(saved->memberKind == u"person"_s);
    CHECK(changed.count() >= 1);
}

TEST_CASE("reference data: renaming a club and changing who may hold a category")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    ReferenceDataDialog dialog(file);
    test::showActive(dialog);

    auto *clubs = child<QTableWidget>(dialog, u"originClubTable"_s);
    clubs->item(2, 1)->setText(u"L2C (adhésion directe depuis 2024)"_s);
    auto *categories = child<QTableWidget>(dialog, u"categoryTable"_s);
    auto *kind = qobject_cast<QComboBox *>(categories->cellWidget(4, 2)); // PART
    REQUIRE(kind);
    kind->setCurrentIndex(kind->findData(u"any"_s));

    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog.result() == QDialog::Accepted);
    const auto stored = file.originClubs();
    REQUIRE(stored);
    REQUIRE(stored->size() == 3);
    CHECK(stored->at(2).name == u"L2C (adhésion directe depuis 2024)"_s);
    CHECK(categoryByCode(file, u"PART"_s)->memberKind == u"any"_s);
}

TEST_CASE("reference data: empty and duplicate codes are refused before anything is saved")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    const QString before = test::dumpContent(*db);
    ReferenceDataDialog dialog(file);
    test::showActive(dialog);

    child<QTabWidget>(dialog, u"tabs"_s)->setCurrentIndex(0);
    child<QPushButton>(dialog, u"addOriginClubButton"_s)->click();
    auto *clubs = child<QTableWidget>(dialog, u"originClubTable"_s);
    clubs->item(3, 0)->setText(u"viatis"_s);

    child<QPushButton>(dialog, u"saveButton"_s)->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
    auto *problems = child<QLabel>(dialog, u"originClubProblemLabel"_s);
    CHECK(problems->isVisible());
    CHECK(problems->text().contains(u"Le code « viatis » figure deux fois (lignes 2 et 4)."_s));
    CHECK(problems->text().contains(u"Ligne 4\u00a0: le nom est obligatoire."_s));
    CHECK(child<QTabWidget>(dialog, u"tabs"_s)->currentIndex() == 1);
    CHECK(clubs->currentRow() == 3);
    CHECK(test::dumpContent(*db) == before);

    clubs->item(3, 0)->setText(u"EXT"_s);
    clubs->item(3, 1)->setText(u"Hors clubs"_s);
    CHECK_FALSE(problems->isVisible()); // the messages follow the edits
    child<QPushButton>(dialog, u"saveButton"_s)->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(file.originClubs()->size() == 4);
}

TEST_CASE("reference data: cancelling with changes asks first")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    ReferenceDataDialog dialog(file);
    test::showActive(dialog);

    child<QPushButton>(dialog, u"addOriginClubButton"_s)->click();
    MessageBox::setNextAnswer(QMessageBox::No);
    child<QPushButton>(dialog, u"cancelButton"_s)->click();
    CHECK(dialog.isVisible());
    CHECK(MessageBox::lastText() == u"Abandonner les modifications ?"_s);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
    CHECK(file.originClubs()->size() == 3);
}

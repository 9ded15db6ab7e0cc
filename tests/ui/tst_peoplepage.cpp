// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders.h"
#include "catch.h"
#include "commands/memberundostack.h"
#include "dialogs/personeditor.h"
#include "dialogtesting.h"
#include "members/memberfile.h"
#include "messagebox.h"
#include "models/persontablemodel.h"
#include "pages/peoplepage.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace adhera;

namespace {

struct PeopleFixture {
    std::unique_ptr<Database> db = test::memoryDatabase();
    MemberFile file {*db};
    MemberUndoStack undoStack;
    PeoplePage page {*db, file, undoStack};
    QAbstractItemModelTester tester {page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal};

    PeopleFixture()
    {
        auto company = test::save(file, test::organisation(u"Moselle Contact Services"_s));
        PersonRecord contact = test::person(u"Hélène"_s, u"Kieffer"_s);
        contact.person.jobTitle = u"Responsable de plateau"_s;
        contact.employments.append({0, 0, company.organisation.id, QString(), QDate(2020, 1, 6), QDate()});
        contact = test::save(file, contact);
        company.membership = test::membership(file, u"ENT_M"_s, u"VIATIS"_s);
        company.membership->representativeId = contact.person.id;
        test::save(file, company);
        PersonRecord president = test::person(u"Dominique"_s, u"Schaeffer"_s);
        president.boardRoles.append({0, 0, BoardPosition::President, QDate(2024, 6, 1), QDate()});
        test::save(file, president);
        test::save(file, test::person(u"Loïc"_s, u"Muller"_s));
        page.resize(1000, 600);
    }

    QStringList shownNames()
    {
        QStringList names;
        for (int row = 0; row < page.model()->rowCount(); ++row)
            names << page.model()->index(row, PersonTableModel::Name).data().toString();
        return names;
    }
};

} // namespace

TEST_CASE("the people page searches as you type, without accents")
{
    PeopleFixture f;
    CHECK(f.shownNames() == QStringList {u"KIEFFER Hélène"_s, u"MULLER Loïc"_s, u"SCHAEFFER Dominique"_s});
    QTest::keyClicks(f.page.searchEdit(), u"helene"_s);
    CHECK(f.shownNames() == QStringList {u"KIEFFER Hélène"_s});
    CHECK(f.page.model()->index(0, PersonTableModel::Employer).data().toString() == u"Moselle Contact Services"_s);
    CHECK(f.page.model()->index(0, PersonTableModel::Roles).data().toString() == u"Représentant"_s);
    f.page.searchEdit()->clear();
    QTest::keyClicks(f.page.searchEdit(), u"plateau"_s);
    CHECK(f.shownNames() == QStringList {u"KIEFFER Hélène"_s});
}

TEST_CASE("the people page narrows to the board")
{
    PeopleFixture f;
    f.page.scopeFilter()->setCurrentIndex(f.page.scopeFilter()->findData(static_cast<int>(PersonScope::Board)));
    CHECK(f.shownNames() == QStringList {u"SCHAEFFER Dominique"_s});
    CHECK(f.page.model()->index(0, PersonTableModel::Roles).data().toString().startsWith(u"Président"_s));
}

TEST_CASE("a person opened from the people page is saved through the undo stack")
{
    PeopleFixture f;
    test::showActive(f.page);
    QTest::keyClicks(f.page.searchEdit(), u"muller"_s);
    QTest::keyClick(f.page.searchEdit(), Qt::Key_Down);
    REQUIRE(f.page.personTable()->hasFocus());

    QTimer::singleShot(0, [] {
        auto *editor = qobject_cast<PersonEditor *>(QApplication::activeModalWidget());
        REQUIRE(editor);
        test::retype(test::child<QLineEdit>(*editor, u"jobTitleEdit"_s), u"Superviseur"_s);
        editor->accept();
    });
    QTest::keyClick(f.page.personTable(), Qt::Key_Return);
    CHECK(f.undoStack.count() == 1);
    CHECK(f.page.model()->index(0, PersonTableModel::JobTitle).data().toString() == u"Superviseur"_s);
    f.undoStack.undo();
    CHECK(f.page.model()->index(0, PersonTableModel::JobTitle).data().toString().isEmpty());
}

// `adhera_ui_tests "[.screenshots]"`; the PNG goes to ADHERA_SCREENSHOT_DIR (temporary folder
// by default).
TEST_CASE("people page screenshot", "[.screenshots]")
{
    PeopleFixture f;
    f.page.resize(1100, 420);
    test::showActive(f.page);
    const QString folder = qEnvironmentVariable("ADHERA_SCREENSHOT_DIR", QDir::tempPath());
    CHECK(f.page.grab().save(QDir(folder).filePath(u"peoplepage.png"_s)));
}

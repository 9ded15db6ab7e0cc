// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders.h"
#include "catch.h"
#include "dialogs/optionaldateedit.h"
#include "dialogs/organisationeditor.h"
#include "dialogtesting.h"
#include "messagebox.h"
#include "testsupport.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>

using namespace Qt::StringLiterals;
using namespace adhera;
using test::child;

TEST_CASE("organisation editor: a bad SIRET is shown inline, a good one gives the SIREN")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    OrganisationEditor editor(file, OrganisationRecord {});
    test::showActive(editor);
    CHECK(editor.windowTitle() == u"Nouvelle organisation"_s);

    test::retype(child<QLineEdit>(editor, u"nameEdit"_s), u"Moselle Contact Services"_s);
    auto *siret = child<QLineEdit>(editor, u"siretEdit"_s);
    auto *siren = child<QLineEdit>(editor, u"sirenEdit"_s);
    auto *problem = child<QLabel>(editor, u"siretProblemLabel"_s);

    test::retype(siret, u"552 100 554 00014"_s);
    test::leave(siret);
    CHECK(problem->isVisible());
    CHECK(problem->text() == u"Le SIRET 552 100 554 00014 a une clé de contrôle fausse."_s);
    CHECK(siret->property("invalid").toBool());
    CHECK(siren->text().isEmpty()); // a wrong SIRET is not trusted to give the SIREN

    child<QPushButton>(editor, u"saveButton"_s)->click();
    CHECK(editor.isVisible());
    CHECK(editor.result() == QDialog::Rejected);
    CHECK(siret->hasFocus());

    test::retype(siret, u"55210055400013"_s);
    CHECK_FALSE(problem->isVisible()); // fixed as the user types
    test::leave(siret);
    CHECK(siret->text() == u"552 100 554 00013"_s);
    CHECK(siren->text() == u"552 100 554"_s);

    test::retype(child<QLineEdit>(editor, u"phoneEdit"_s), u"+33 (0)3 87 12 34 56"_s);
    test::retype(child<QLineEdit>(editor, u"emailEdit"_s), u"Contact@MCS.fr"_s);
    child<QPushButton>(editor, u"saveButton"_s)->click();
    REQUIRE(editor.result() == QDialog::Accepted);
    const OrganisationRecord saved = editor.record();
    CHECK(saved.organisation.name == u"Moselle Contact Services"_s);
    CHECK(saved.organisation.siret == u"55210055400013"_s);
    CHECK(saved.organisation.siren == u"552100554"_s);
    CHECK(saved.organisation.phone == u"+33387123456"_s);
    CHECK(saved.organisation.email == u"contact@mcs.fr"_s);
    CHECK_FALSE(saved.membership);
}

TEST_CASE("organisation editor: SIREN taken from the SIRET even without leaving the field")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    OrganisationEditor editor(file, test::organisation(u"Acticall"_s));
    test::showActive(editor);
    auto *siret = child<QLineEdit>(editor, u"siretEdit"_s);
    siret->setFocus();
    QTest::keyClicks(siret, u"55210055400013"_s);
    QTest::keyClick(&editor, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(editor.result() == QDialog::Accepted);
    CHECK(editor.record().organisation.siren == u"552100554"_s);
}

TEST_CASE("organisation editor: a stored record is shown formatted")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    OrganisationRecord record = test::organisation(u"Arvato"_s, u"Metz"_s);
    record.organisation.siret = u"55210055400013"_s;
    record.organisation.phone = u"+33387123456"_s;
    record.organisation.headcountBand = u"200-499"_s;
    record.organisation.legalForm = u"SAS"_s;
    record = test::save(file, record);

    OrganisationEditor editor(file, record);
    test::showActive(editor);
    CHECK(editor.windowTitle() == u"Organisation — Arvato"_s);
    CHECK(child<QLineEdit>(editor, u"siretEdit"_s)->text() == u"552 100 554 00013"_s);
    CHECK(child<QLineEdit>(editor, u"sirenEdit"_s)->text() == u"552 100 554"_s);
    CHECK(child<QLineEdit>(editor, u"phoneEdit"_s)->text() == u"03 87 12 34 56"_s);
    CHECK(child<QComboBox>(editor, u"headcountCombo"_s)->currentText() == u"200 à 499 salariés"_s);
    CHECK(child<QComboBox>(editor, u"legalFormCombo"_s)->currentText() == u"SAS"_s);
    CHECK_FALSE(editor.isModified());
    CHECK(editor.record() == record);

    SECTION("an empty name is refused")
    {
        auto *name = child<QLineEdit>(editor, u"nameEdit"_s);
        test::retype(name, QString());
        test::leave(name);
        auto *problem = child<QLabel>(editor, u"nameProblemLabel"_s);
        CHECK(problem->isVisible());
        CHECK(problem->text() == u"Le nom est obligatoire."_s);
        child<QPushButton>(editor, u"saveButton"_s)->click();
        CHECK(editor.result() == QDialog::Rejected);
        CHECK(name->hasFocus());
    }
    SECTION("headcount band and web site")
    {
        auto *headcount = child<QComboBox>(editor, u"headcountCombo"_s);
        headcount->setCurrentIndex(headcount->findData(u"500+"_s));
        auto *website = child<QLineEdit>(editor, u"websiteEdit"_s);
        test::retype(website, u"www arvato fr"_s);
        test::leave(website);
        CHECK(child<QLabel>(editor, u"websiteProblemLabel"_s)->isVisible());
        test::retype(website, u"www.arvato.fr"_s);
        child<QPushButton>(editor, u"saveButton"_s)->click();
        REQUIRE(editor.result() == QDialog::Accepted);
        CHECK(editor.record().organisation.headcountBand == u"500+"_s);
        CHECK(editor.record().organisation.website == u"www.arvato.fr"_s);
    }
}

TEST_CASE("organisation editor: membership with a representative and an alternate from the staff")
{
    auto db = test::memoryDatabase();
    test::fixClock(*db);
    MemberFile file(*db);
    OrganisationRecord organisation = test::save(file, test::organisation(u"Teleperformance"_s, u"Nancy"_s));
    const qint64 orgId = organisation.organisation.id;
    PersonRecord anne = test::person(u"Anne"_s, u"Martin"_s);
    anne.employments.append({0, 0, orgId, u"Directrice de site"_s, QDate(2018, 2, 1), QDate()});
    anne = test::save(file, anne);
    PersonRecord marc = test::person(u"Marc"_s, u"Petit"_s);
    marc.employments.append({0, 0, orgId, u"Responsable qualité"_s, QDate(2020, 5, 4), QDate()});
    marc = test::save(file, marc);

    OrganisationEditor editor(file, organisation);
    test::showActive(editor);
    auto *staff = child<QListWidget>(editor, u"staffList"_s);
    REQUIRE(staff->count() == 2);
    CHECK(staff->item(0)->text().contains(u"Directrice de site"_s));

    auto *group = child<QGroupBox>(editor, u"membershipGroup"_s);
    group->setChecked(true);
    auto *category = child<QComboBox>(editor, u"categoryCombo"_s);
    CHECK(category->findText(u"Membre individuel"_s) < 0); // for people only
    CHECK(category->findText(u"Membre d'honneur"_s) > 0);

    child<QTabWidget>(editor, u"tabs"_s)->setCurrentIndex(0);
    child<QPushButton>(editor, u"saveButton"_s)->click();
    CHECK(editor.result() == QDialog::Rejected);
    CHECK(child<QTabWidget>(editor, u"tabs"_s)->currentIndex() == 1);
    CHECK(child<QLabel>(editor, u"membershipCategoryProblemLabel"_s)->text() == u"La catégorie d'adhésion est obligatoire."_s);
    CHECK(category->hasFocus());

    category->setCurrentIndex(category->findText(u"Entreprise 200 à 499 salariés"_s));
    auto *club = child<QComboBox>(editor, u"originClubCombo"_s);
    club->setCurrentIndex(club->findText(u"Viatis"_s));
    auto *representative = child<QComboBox>(editor, u"representativeCombo"_s);
    auto *alternate = child<QComboBox>(editor, u"alternateCombo"_s);
    representative->setCurrentIndex(representative->findData(anne.person.id));
    alternate->setCurrentIndex(alternate->findData(anne.person.id));
    CHECK(child<QLabel>(editor, u"membershipAlternateProblemLabel"_s)->isVisible());
    alternate->setCurrentIndex(alternate->findData(marc.person.id));
    CHECK_FALSE(child<QLabel>(editor, u"membershipAlternateProblemLabel"_s)->isVisible());

    child<QPushButton>(editor, u"saveButton"_s)->click();
    REQUIRE(editor.result() == QDialog::Accepted);
    const auto membership = editor.record().membership;
    REQUIRE(membership);
    CHECK(membership->organisationId == orgId);
    CHECK(membership->categoryId == test::categoryId(file, u"ENT_L"_s));
    CHECK(membership->originClubId == test::originClubId(file, u"VIATIS"_s));
    CHECK(membership->representativeId == anne.person.id);
    CHECK(membership->alternateId == marc.person.id);
    CHECK(membership->joinedOn == test::fixedToday());

    // What the dialog gives, MemberFile stores.
    CHECK(file.saveOrganisation(editor.record()).has_value());
}

TEST_CASE("organisation editor: cancelling with changes asks first")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    const OrganisationRecord record = test::save(file, test::organisation(u"Acticall"_s));
    OrganisationEditor editor(file, record);
    test::showActive(editor);

    test::retype(child<QLineEdit>(editor, u"cityEdit"_s), u"Thionville"_s);
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(&editor, Qt::Key_Escape);
    CHECK(editor.isVisible());
    CHECK(MessageBox::lastText() == u"Abandonner les modifications ?"_s);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(editor, u"cancelButton"_s)->click();
    CHECK_FALSE(editor.isVisible());
    CHECK(editor.result() == QDialog::Rejected);
}

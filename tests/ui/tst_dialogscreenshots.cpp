// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures of the editor dialogs for checking their layout by eye (nothing clipped, French
// everywhere). Hidden: run with `adhera_ui_tests "[.screenshots]"`; the PNGs go to the folder
// named by ADHERA_SCREENSHOT_DIR (the temporary folder by default).
#include "builders.h"
#include "catch.h"
#include "dialogs/organisationeditor.h"
#include "dialogs/personeditor.h"
#include "dialogs/referencedatadialog.h"
#include "dialogtesting.h"
#include "testsupport.h"

#include <QDir>
#include <QGroupBox>
#include <QPushButton>
#include <QTabWidget>

using namespace Qt::StringLiterals;
using namespace adhera;

namespace {

void grabTabs(QDialog &dialog, const QString &name)
{
    const QString folder = qEnvironmentVariable("ADHERA_SCREENSHOT_DIR", QDir::tempPath());
    test::showActive(dialog);
    auto *tabs = dialog.findChild<QTabWidget *>(u"tabs"_s);
    const int count = tabs ? tabs->count() : 1;
    for (int i = 0; i < count; ++i) {
        if (tabs)
            tabs->setCurrentIndex(i);
        const QString path = QDir(folder).filePath(u"%1-%2.png"_s.arg(name).arg(i + 1));
        CHECK(dialog.grab().save(path));
    }
}

} // namespace

TEST_CASE("dialog screenshots", "[.screenshots]")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    OrganisationRecord organisation = test::organisation(u"Moselle Contact Services"_s, u"Metz"_s);
    organisation.organisation.siret = u"55210055400013"_s;
    organisation.organisation.phone = u"+33387123456"_s;
    organisation.organisation.address = u"12 rue des Clercs\nBâtiment B"_s;
    organisation.organisation.postcode = u"57000"_s;
    organisation.organisation.headcountBand = u"200-499"_s;
    organisation.membership = test::membership(file, u"ENT_L"_s, u"CONNECT"_s);
    organisation = test::save(file, organisation);

    PersonRecord person = test::person(u"Marie-Hélène"_s, u"Klein-Weber"_s);
    person.person.civility = u"Mme"_s;
    person.person.email = u"mh.klein@moselle-contact.fr"_s;
    person.person.mobile = u"+33639981234"_s;
    person.person.jobTitle = u"Directrice de centre"_s;
    person.employments.append({0, 0, organisation.organisation.id, u"Directrice de centre"_s, QDate(2019, 1, 7), QDate()});
    person.boardRoles.append({0, 0, BoardPosition::Secretary, QDate(2024, 6, 1), QDate()});
    person.consents.append({ConsentPurpose::Directory, true, QDate(2024, 6, 1)});
    person.membership = test::membership(file, u"IND"_s, u"VIATIS"_s);
    person = test::save(file, person);
    organisation.membership->representativeId = person.person.id;
    organisation = test::save(file, organisation);

    {
        PersonEditor editor(file, person);
        grabTabs(editor, u"person"_s);
    }
    {
        PersonEditor editor(file, PersonRecord {});
        editor.findChild<QPushButton *>(u"saveButton"_s)->click();
        grabTabs(editor, u"person-new-invalid"_s);
    }
    {
        OrganisationEditor editor(file, organisation);
        grabTabs(editor, u"organisation"_s);
    }
    {
        OrganisationRecord bad = organisation;
        bad.organisation.siret = u"55210055400014"_s;
        bad.organisation.email = u"contact@"_s;
        bad.membership->categoryId = 0;
        OrganisationEditor editor(file, bad);
        editor.findChild<QPushButton *>(u"saveButton"_s)->click();
        grabTabs(editor, u"organisation-invalid"_s);
    }
    {
        ReferenceDataDialog dialog(file);
        grabTabs(dialog, u"reference"_s);
    }
}

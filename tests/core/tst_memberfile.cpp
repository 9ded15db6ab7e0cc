// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders.h"
#include "catch.h"
#include "db/sql.h"
#include "members/memberfile.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace adhera;

TEST_CASE("a person is saved and loaded back whole")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    const auto employer = test::save(file, test::organisation(u"Moselle Contact Services"_s));

    PersonRecord record = test::person(u"Marie-Hélène"_s, u"Klein-Weber"_s);
    record.person.civility = u"Mme"_s;
    record.person.email = u"  MH.Klein@Example.org "_s;
    record.person.mobile = u"06 39 98 12 34"_s;
    record.membership = test::membership(file, u"IND"_s, u"VIATIS"_s);
    record.employments.append({0, 0, employer.organisation.id, u"Directrice de centre"_s, QDate(2019, 1, 7), QDate()});
    record.boardRoles.append({0, 0, BoardPosition::Secretary, QDate(2024, 6, 1), QDate()});
    record.consents.append({ConsentPurpose::Directory, true, QDate(2024, 6, 1)});
    record.consents.append({ConsentPurpose::Photos, false, QDate(2024, 6, 1)});

    const PersonRecord saved = test::save(file, record);
    CHECK(saved.person.id > 0);
    CHECK(saved.person.email == u"mh.klein@example.org"_s);
    CHECK(saved.person.mobile == u"+33639981234"_s);
    REQUIRE(saved.membership);
    CHECK(saved.membership->personId == saved.person.id);
    CHECK(saved.membership->originClubId == test::originClubId(file, u"VIATIS"_s));
    REQUIRE(saved.currentEmployment());
    CHECK(saved.currentEmployment()->organisationId == employer.organisation.id);
    REQUIRE(saved.boardRoles.size() == 1);
    CHECK(saved.boardRoles.first().position == BoardPosition::Secretary);
    CHECK(saved.consents.size() == 2);

    auto loaded = file.loadPerson(saved.person.id);
    REQUIRE(loaded);
    CHECK(*loaded == saved);
}

TEST_CASE("saving replaces the child lists and keeps the employment history")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    const auto first = test::save(file, test::organisation(u"Acticall"_s));
    const auto second = test::save(file, test::organisation(u"Arvato"_s));
    PersonRecord record = test::person(u"Jean-Marc"_s, u"Schmitt"_s);
    record.employments.append({0, 0, first.organisation.id, u"Superviseur"_s, QDate(2015, 1, 1), QDate()});
    PersonRecord saved = test::save(file, record);

    saved.employments.first().endDate = QDate(2020, 8, 31);
    saved.employments.append({0, 0, second.organisation.id, u"Responsable de plateau"_s, QDate(2020, 9, 1), QDate()});
    saved = test::save(file, saved);
    REQUIRE(saved.employments.size() == 2);
    CHECK(saved.currentEmployment()->organisationId == second.organisation.id);

    auto staffBefore = file.currentStaff(first.organisation.id);
    auto staffAfter = file.currentStaff(second.organisation.id);
    REQUIRE(staffBefore);
    REQUIRE(staffAfter);
    CHECK(staffBefore->isEmpty());
    REQUIRE(staffAfter->size() == 1);
    CHECK(staffAfter->first().displayName == u"Jean-Marc SCHMITT"_s);
}

TEST_CASE("an invalid record is refused with the field named and nothing is written")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    OrganisationRecord record = test::organisation(u"Lorraine Relation Client"_s);
    record.organisation.siret = u"123 456 789 00013"_s;
    auto saved = file.saveOrganisation(record);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == ErrorCode::InvalidInput);
    CHECK(saved.error().message.contains(u"SIRET"_s));
    CHECK(file.counts()->organisations == 0);
}

TEST_CASE("an organisation member keeps its representative and alternate")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    auto company = test::save(file, test::organisation(u"Direct Lorraine"_s));
    PersonRecord titular = test::person(u"Sylvie"_s, u"Weber"_s);
    titular.employments.append({0, 0, company.organisation.id, QString(), QDate(2018, 1, 1), QDate()});
    titular = test::save(file, titular);
    PersonRecord alternate = test::person(u"Loïc"_s, u"Le Gall"_s);
    alternate.employments.append({0, 0, company.organisation.id, QString(), QDate(2018, 1, 1), QDate()});
    alternate = test::save(file, alternate);

    company.membership = test::membership(file, u"ENT_M"_s, u"CONNECT"_s);
    company.membership->representativeId = titular.person.id;
    company.membership->alternateId = alternate.person.id;
    company = test::save(file, company);
    CHECK(company.membership->representativeId == titular.person.id);

    REQUIRE(file.removePerson(titular.person.id));
    auto reloaded = file.loadOrganisation(company.organisation.id);
    REQUIRE(reloaded);
    CHECK(reloaded->membership->representativeId == 0);
    CHECK(reloaded->membership->alternateId == alternate.person.id);
}

TEST_CASE("a removed record saved again comes back with the same ids, as undo needs")
{
    auto db = test::memoryDatabase();
    db->setClock([] { return QDateTime(QDate(2026, 11, 27), QTime(10, 0), QTimeZone::utc()); });
    MemberFile file(*db);
    PersonRecord record = test::person(u"Nathalie"_s, u"Thiébaut"_s);
    record.membership = test::membership(file, u"IND"_s, u"L2C"_s);
    record.consents.append({ConsentPurpose::Newsletter, true, QDate(2025, 1, 15)});
    const PersonRecord saved = test::save(file, record);
    const QString before = test::dumpContent(*db);

    REQUIRE(file.removePerson(saved.person.id));
    CHECK(file.counts()->people == 0);
    CHECK(file.loadPerson(saved.person.id).error().code == ErrorCode::NotFound);

    const PersonRecord restored = test::save(file, saved);
    CHECK(restored == saved);
    CHECK(test::dumpContent(*db) == before);
}

TEST_CASE("views hear of a save once, after the commit")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    QSignalSpy changed(&db->notifier(), &ChangeNotifier::membersChanged);
    test::save(file, test::organisation(u"Centre d'appels du Technopôle"_s));
    CHECK(changed.count() == 1);
    CHECK_FALSE(file.saveOrganisation(test::organisation(QString())));
    CHECK(changed.count() == 1);
}

TEST_CASE("reference data can be extended and the file reports whether it is empty")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    CHECK(*file.isEmpty());
    auto id = file.saveOriginClub({0, u"AFRC"_s, u"AFRC Grand Est"_s});
    REQUIRE(id);
    CHECK(test::originClubId(file, u"AFRC"_s) == *id);
    CHECK_FALSE(file.saveCategory({0, u"X"_s, u"Nouvelle"_s, u"martian"_s}));
    auto category = file.saveCategory({0, u"BIENF"_s, u"Membre bienfaiteur"_s, u"any"_s});
    REQUIRE(category);
    CHECK(test::categoryId(file, u"BIENF"_s) == *category);
    test::save(file, test::person(u"Claude"_s, u"Humbert"_s));
    CHECK_FALSE(*file.isEmpty());
}

TEST_CASE("a member whose dues are on the books is never deleted, and the message says what to do")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    PersonRecord record = test::person(u"Aminata"_s, u"N'Diaye"_s);
    record.membership = test::membership(file, u"IND"_s, u"VIATIS"_s);
    const PersonRecord saved = test::save(file, record);
    REQUIRE(Sql(*db,
        u"INSERT INTO dues_call (number, financial_year, membership_id, amount_cents, label, issued_on, due_on, created_at) "
        "VALUES ('AC-2026-0001', 2026, %1, 5000, 'Cotisation 2026', '2026-01-15', '2026-03-31', '2026-01-15T09:00:00Z')"_s.arg(
            saved.membership->id))
                .exec(u"call"_s));
    const QString before = test::dumpContent(*db);

    const auto removed = file.removePerson(saved.person.id);
    REQUIRE_FALSE(removed);
    CHECK(removed.error().code == ErrorCode::Conflict);
    CHECK(removed.error().message.contains(u"Démissionnaire"_s));
    PersonRecord withoutMembership = saved;
    withoutMembership.membership.reset();
    CHECK_FALSE(file.savePerson(withoutMembership));
    CHECK(test::dumpContent(*db) == before);

    // Resigning is the way: the membership stays, with its dues.
    PersonRecord resigned = saved;
    resigned.membership->status = MembershipStatus::Resigned;
    resigned.membership->leftOn = QDate(2026, 6, 30);
    CHECK(file.savePerson(resigned));
}

TEST_CASE("everyone in the file, by last then first name as people read them")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    for (const auto &[first, last] : {std::pair {u"Zoé"_s, u"Zimmer"_s}, {u"Émile"_s, u"Écuyer"_s}, {u"Anne"_s, u"Dos Santos"_s},
             {u"Hélène"_s, u"Müller"_s}, {u"Bruno"_s, u"Dos Santos"_s}})
        test::save(file, test::person(first, last));
    auto people = file.people();
    REQUIRE(people);
    QStringList names;
    for (const PersonSummary &person : *people)
        names.append(person.displayName);
    CHECK(names == QStringList {u"Anne DOS SANTOS"_s, u"Bruno DOS SANTOS"_s, u"Émile ÉCUYER"_s, u"Hélène MÜLLER"_s, u"Zoé ZIMMER"_s});
}

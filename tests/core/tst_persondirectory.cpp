// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders.h"
#include "catch.h"
#include "members/memberfile.h"
#include "members/persondirectory.h"
#include "members/searchindex.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace adhera;

namespace {

QStringList names(PersonDirectory &directory, const PersonFilter &filter, const PersonSort &sort = {})
{
    auto rows = directory.page(filter, sort, 0, 1000);
    REQUIRE(rows);
    CHECK(*directory.count(filter) == rows->size());
    QStringList result;
    for (const PersonRow &row : *rows)
        result << row.name;
    return result;
}

PersonFilter searching(const QString &text)
{
    PersonFilter filter;
    filter.search = text;
    return filter;
}

} // namespace

TEST_CASE("people are found by name, employer and job, without accents")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    PersonDirectory directory(*db);
    auto company = test::save(file, test::organisation(u"Télé-Accueil Moselle"_s));
    PersonRecord agent = test::person(u"Anaïs"_s, u"N'Diaye"_s);
    agent.person.jobTitle = u"Chargée de recrutement"_s;
    agent.employments.append({0, 0, company.organisation.id, QString(), QDate(2021, 5, 3), QDate()});
    agent = test::save(file, agent);
    test::save(file, test::person(u"Thierry"_s, u"Jacquemin"_s));

    CHECK(names(directory, searching(u"anais"_s)) == QStringList {u"N'DIAYE Anaïs"_s});
    CHECK(names(directory, searching(u"ndiaye"_s)).isEmpty());
    CHECK(names(directory, searching(u"n diaye"_s)).size() == 1);
    CHECK(names(directory, searching(u"tele accueil"_s)).size() == 1);
    CHECK(names(directory, searching(u"recrut"_s)).size() == 1);
    CHECK(names(directory, {}) == QStringList {u"JACQUEMIN Thierry"_s, u"N'DIAYE Anaïs"_s});

    auto rows = directory.page(searching(u"anais"_s), {}, 0, 10);
    REQUIRE(rows);
    CHECK(rows->first().employer == u"Télé-Accueil Moselle"_s);
    CHECK(rows->first().employerId == company.organisation.id);

    company.organisation.name = u"Accueil Est"_s;
    test::save(file, company);
    CHECK(names(directory, searching(u"accueil est"_s)) == QStringList {u"N'DIAYE Anaïs"_s});
    CHECK(names(directory, searching(u"moselle"_s)).isEmpty());
}

TEST_CASE("people lists narrow to representatives, the board or individual members")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    PersonDirectory directory(*db);
    auto company = test::save(file, test::organisation(u"Callis Lorraine"_s));
    PersonRecord representative = test::save(file, test::person(u"Sylvie"_s, u"Weber"_s));
    company.membership = test::membership(file, u"ENT_L"_s, u"VIATIS"_s);
    company.membership->representativeId = representative.person.id;
    test::save(file, company);
    PersonRecord president = test::person(u"Dominique"_s, u"Schaeffer"_s);
    president.boardRoles.append({0, 0, BoardPosition::President, QDate(2024, 6, 1), QDate()});
    president.membership = test::membership(file, u"IND"_s, u"L2C"_s);
    president = test::save(file, president);
    PersonRecord former = test::person(u"Hervé"_s, u"Masson"_s);
    former.boardRoles.append({0, 0, BoardPosition::Treasurer, QDate(2016, 3, 30), QDate(2020, 6, 1)});
    test::save(file, former);

    PersonFilter filter;
    filter.scope = PersonScope::Representatives;
    CHECK(names(directory, filter) == QStringList {u"WEBER Sylvie"_s});
    filter.scope = PersonScope::Board;
    CHECK(names(directory, filter) == QStringList {u"SCHAEFFER Dominique"_s});
    filter.scope = PersonScope::IndividualMembers;
    CHECK(names(directory, filter) == QStringList {u"SCHAEFFER Dominique"_s});

    auto rows = directory.page({}, {}, 0, 10);
    REQUIRE(rows);
    const PersonRow &schaeffer = rows->at(1);
    CHECK(schaeffer.boardPositions == QList<BoardPosition> {BoardPosition::President});
    CHECK(schaeffer.individualMember);
    CHECK(rows->at(2).representative);

    REQUIRE(file.removePerson(president.person.id));
    CHECK(names(directory, {}).size() == 2);
    REQUIRE(SearchIndex(*db).rebuild());
    CHECK(names(directory, {}).size() == 2);
}

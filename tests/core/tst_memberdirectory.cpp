// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders.h"
#include "catch.h"
#include "members/memberdirectory.h"
#include "members/memberfile.h"
#include "members/searchindex.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace adhera;

namespace {

struct Club {
    std::unique_ptr<Database> db = test::memoryDatabase();
    MemberFile file {*db};
    MemberDirectory directory {*db};

    qint64 addPerson(const QString &first, const QString &last, const QString &city, const QString &club,
        MembershipStatus status = MembershipStatus::Active)
    {
        PersonRecord record = test::person(first, last);
        record.person.city = city;
        record.membership = test::membership(file, u"IND"_s, club, status);
        return test::save(file, record).membership->id;
    }

    qint64 addCompany(const QString &name, const QString &city, const QString &club, const QString &category = u"ENT_M"_s)
    {
        OrganisationRecord record = test::organisation(name, city);
        record.membership = test::membership(file, category, club);
        return test::save(file, record).membership->id;
    }

    QStringList names(const MemberFilter &filter, const MemberSort &sort = {})
    {
        auto rows = directory.page(filter, sort, 0, 1000);
        REQUIRE(rows);
        auto total = directory.count(filter);
        REQUIRE(total);
        CHECK(*total == rows->size());
        QStringList result;
        for (const MemberRow &row : *rows)
            result << row.name;
        return result;
    }
};

MemberFilter searching(const QString &text)
{
    MemberFilter filter;
    filter.search = text;
    return filter;
}

} // namespace

TEST_CASE("search ignores case and accents")
{
    Club club;
    club.addPerson(u"Hélène"_s, u"Muller"_s, u"Metz"_s, u"VIATIS"_s);
    club.addPerson(u"Dominique"_s, u"MULLER"_s, u"Nancy"_s, u"CONNECT"_s);
    club.addPerson(u"Stéphane"_s, u"Müller"_s, u"Thionville"_s, u"VIATIS"_s);
    club.addPerson(u"Loïc"_s, u"Œuvrard"_s, u"Vandœuvre-lès-Nancy"_s, u"CONNECT"_s);

    CHECK(club.names(searching(u"helene"_s)) == QStringList {u"MULLER Hélène"_s});
    CHECK(club.names(searching(u"muller"_s)).size() == 3);
    CHECK(club.names(searching(u"MÜLLER steph"_s)) == QStringList {u"MÜLLER Stéphane"_s});
    CHECK(club.names(searching(u"oeuvrard"_s)) == QStringList {u"ŒUVRARD Loïc"_s});
    CHECK(club.names(searching(u"vandoeuvre"_s)).size() == 1);
    CHECK(club.names(searching(u"hel mul"_s)).size() == 1);
    CHECK(club.names(searching(u"zzz"_s)).isEmpty());
    CHECK(club.names(searching(u"  \"*( "_s)).size() == 4);
}

TEST_CASE("filters combine with the search and with each other")
{
    Club club;
    club.addPerson(u"Sylvie"_s, u"Weber"_s, u"Metz"_s, u"VIATIS"_s);
    club.addPerson(u"Thierry"_s, u"Weber"_s, u"Nancy"_s, u"CONNECT"_s, MembershipStatus::Resigned);
    club.addCompany(u"Weber Relation Client"_s, u"Metz"_s, u"VIATIS"_s);

    MemberFilter filter = searching(u"weber"_s);
    CHECK(club.names(filter).size() == 3);
    filter.status = MembershipStatus::Active;
    CHECK(club.names(filter).size() == 2);
    filter.originClubId = test::originClubId(club.file, u"VIATIS"_s);
    CHECK(club.names(filter).size() == 2);
    filter.kind = MemberKind::Person;
    CHECK(club.names(filter) == QStringList {u"WEBER Sylvie"_s});
    filter = {};
    filter.categoryId = test::categoryId(club.file, u"ENT_M"_s);
    CHECK(club.names(filter) == QStringList {u"Weber Relation Client"_s});
}

TEST_CASE("the list sorts on any column, in the database")
{
    Club club;
    club.addPerson(u"Émilie"_s, u"Bernard"_s, u"Thionville"_s, u"VIATIS"_s);
    club.addPerson(u"Anaïs"_s, u"Da Silva"_s, u"Épinal"_s, u"CONNECT"_s);
    club.addCompany(u"Allodis Est"_s, u"Nancy"_s, u"CONNECT"_s);

    CHECK(club.names({}) == QStringList {u"Allodis Est"_s, u"BERNARD Émilie"_s, u"DA SILVA Anaïs"_s});
    CHECK(club.names({}, {MemberColumn::Name, Qt::DescendingOrder})
        == QStringList {u"DA SILVA Anaïs"_s, u"BERNARD Émilie"_s, u"Allodis Est"_s});
    // Épinal sorts with the E's, not after Z.
    CHECK(club.names({}, {MemberColumn::City, Qt::AscendingOrder})
        == QStringList {u"DA SILVA Anaïs"_s, u"Allodis Est"_s, u"BERNARD Émilie"_s});
    CHECK(club.names({}, {MemberColumn::City, Qt::DescendingOrder}).first() == u"BERNARD Émilie"_s);
    CHECK(club.names({}, {MemberColumn::Kind, Qt::AscendingOrder}).first() == u"Allodis Est"_s);
}

TEST_CASE("pages cover the list without overlap")
{
    Club club;
    for (int i = 0; i < 25; ++i)
        club.addPerson(u"Prénom%1"_s.arg(i), u"Nom%1"_s.arg(i, 2, 10, QLatin1Char('0')), u"Metz"_s, u"L2C"_s);
    auto first = club.directory.page({}, {}, 0, 10);
    auto third = club.directory.page({}, {}, 20, 10);
    REQUIRE(first);
    REQUIRE(third);
    CHECK(first->size() == 10);
    CHECK(third->size() == 5);
    CHECK(first->first().name == u"NOM00 Prénom0"_s);
    CHECK(third->last().name == u"NOM24 Prénom24"_s);
}

TEST_CASE("a company is found by its representative's name, and follows changes")
{
    Club club;
    const qint64 membershipId = club.addCompany(u"Lorraine Appels"_s, u"Laxou"_s, u"CONNECT"_s);
    auto company = club.file.loadOrganisation(club.file.counts()->organisations);
    REQUIRE(company);
    PersonRecord staff = test::person(u"Grégory"_s, u"Kowalski"_s);
    staff.employments.append({0, 0, company->organisation.id, u"Superviseur"_s, QDate(2020, 1, 1), QDate()});
    staff = test::save(club.file, staff);
    CHECK(club.names(searching(u"kowalski"_s)).isEmpty());

    company->membership->representativeId = staff.person.id;
    company = test::save(club.file, *company);
    auto found = club.directory.page(searching(u"gregory kowal"_s), {}, 0, 10);
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->first().membershipId == membershipId);
    CHECK(found->first().representative == u"Grégory KOWALSKI"_s);

    staff.person.lastName = u"Nowak"_s;
    test::save(club.file, staff);
    CHECK(club.names(searching(u"kowalski"_s)).isEmpty());
    CHECK(club.names(searching(u"nowak"_s)) == QStringList {u"Lorraine Appels"_s});

    company->organisation.name = u"Lorraine Appels Nord"_s;
    test::save(club.file, *company);
    CHECK(club.names(searching(u"nord"_s)) == QStringList {u"Lorraine Appels Nord"_s});
}

TEST_CASE("rebuilding the index gives the same results as keeping it up to date")
{
    Club club;
    club.addPerson(u"Hélène"_s, u"Muller"_s, u"Metz"_s, u"VIATIS"_s);
    club.addCompany(u"Allodis Est"_s, u"Nancy"_s, u"CONNECT"_s);
    const QStringList before = club.names(searching(u"e"_s));
    REQUIRE(SearchIndex(*club.db).rebuild());
    CHECK(club.names(searching(u"e"_s)) == before);
    CHECK(club.names(searching(u"helene"_s)).size() == 1);
}

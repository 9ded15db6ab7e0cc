// SPDX-License-Identifier: GPL-3.0-or-later
// The value the merge review proposes to keep, field by field, and the reason it gives.
#include "builders.h"
#include "catch.h"
#include "merge/valuechoice.h"

using namespace Qt::StringLiterals;
using namespace adhera;
using importing::FieldValues;
using importing::ImportField;

namespace {

using test::fieldValues;

struct Proposal {
    bool found = false;
    bool takeB = false;
    QString reason;
};

Proposal propose(const FieldValues &a, const FieldValues &b, ImportField field, bool bIsNewer = false, bool aIsNewer = false)
{
    const QList<importing::RowProblem> problemsA = importing::checkRow(a);
    const QList<importing::RowProblem> problemsB = importing::checkRow(b);
    const auto proposals = merge::proposeValues({a, b, problemsA, problemsB, aIsNewer, bIsNewer});
    const auto found = proposals.constFind(field);
    if (found == proposals.cend())
        return {};
    return {true, found->takeB, found->reason};
}

} // namespace

TEST_CASE("the review proposes the value that validates over the one that does not")
{
    const auto email = propose(fieldValues({{ImportField::Email, u"helene.lefevre@"_s}}),
        fieldValues({{ImportField::Email, u"h.lefevre@example.org"_s}}), ImportField::Email);
    REQUIRE(email.found);
    CHECK(email.takeB);
    CHECK(email.reason.contains(u"pas valide"_s));
    const auto phone = propose(fieldValues({{ImportField::Mobile, u"06 12 34 56 78"_s}}),
        fieldValues({{ImportField::Mobile, u"06 12 34"_s}}), ImportField::Mobile);
    REQUIRE(phone.found);
    CHECK_FALSE(phone.takeB);
}

TEST_CASE("the review proposes the accented spelling, lower case and the full form of the same value")
{
    const auto accents = propose(
        fieldValues({{ImportField::FirstName, u"Helene"_s}}), fieldValues({{ImportField::FirstName, u"Hélène"_s}}), ImportField::FirstName);
    REQUIRE(accents.found);
    CHECK(accents.takeB);
    CHECK(accents.reason == u"l'orthographe accentuée"_s);
    // Accents win over case: « HÉLÈNE » keeps the accents « Helene » lost.
    CHECK(propose(fieldValues({{ImportField::FirstName, u"HÉLÈNE"_s}}), fieldValues({{ImportField::FirstName, u"Helene"_s}}),
              ImportField::FirstName)
              .takeB
        == false);
    const auto town
        = propose(fieldValues({{ImportField::City, u"LAXOU"_s}}), fieldValues({{ImportField::City, u"Laxou"_s}}), ImportField::City);
    REQUIRE(town.found);
    CHECK(town.takeB);
    CHECK(town.reason.contains(u"capitales"_s));
    const auto street = propose(fieldValues({{ImportField::Address, u"12 rue Serpenoise"_s}}),
        fieldValues({{ImportField::Address, u"12 r. Serpenoise"_s}}), ImportField::Address);
    REQUIRE(street.found);
    CHECK_FALSE(street.takeB);
    const auto initials = propose(fieldValues({{ImportField::FirstName, u"J-P"_s}}),
        fieldValues({{ImportField::FirstName, u"Jean-Pierre"_s}}), ImportField::FirstName);
    REQUIRE(initials.found);
    CHECK(initials.takeB);
    CHECK(initials.reason == u"la plus complète"_s);
    CHECK(propose(fieldValues({{ImportField::FirstName, u"Jean-François"_s}}), fieldValues({{ImportField::FirstName, u"JF"_s}}),
              ImportField::FirstName)
              .takeB
        == false);
}

TEST_CASE("the review proposes the earliest join date and the most recent contact data")
{
    const auto joined = propose(fieldValues({{ImportField::JoinedOn, u"2021-06-01"_s}}),
        fieldValues({{ImportField::JoinedOn, u"15/03/2019"_s}}), ImportField::JoinedOn);
    REQUIRE(joined.found);
    CHECK(joined.takeB);
    CHECK(joined.reason.contains(u"plus ancienne"_s));
    // The member already in the file (a) against a row of a new export (b).
    const FieldValues member = fieldValues({{ImportField::Email, u"m.weber@acticall.fr"_s}, {ImportField::City, u"Metz"_s}});
    const FieldValues exported = fieldValues({{ImportField::Email, u"marc.weber@arvato.fr"_s}, {ImportField::City, u"Laxou"_s}});
    const auto email = propose(member, exported, ImportField::Email, true);
    REQUIRE(email.found);
    CHECK(email.takeB);
    CHECK(email.reason.contains(u"récente"_s));
    // Two exports: no way to tell which is newer, the user chooses.
    CHECK_FALSE(propose(member, exported, ImportField::Email).found);
    CHECK_FALSE(propose(member, exported, ImportField::City).found);
}

TEST_CASE("first and last names swapped on one side are both taken from the side the e-mail agrees with")
{
    const FieldValues right = fieldValues(
        {{ImportField::FirstName, u"Yannick"_s}, {ImportField::LastName, u"Daum"_s}, {ImportField::Email, u"yannick.daum@example.org"_s}});
    const FieldValues swapped = fieldValues(
        {{ImportField::FirstName, u"Daum"_s}, {ImportField::LastName, u"Yannick"_s}, {ImportField::Email, u"yannick.daum@example.org"_s}});
    for (const ImportField field : {ImportField::FirstName, ImportField::LastName}) {
        const auto fromB = propose(swapped, right, field);
        REQUIRE(fromB.found);
        CHECK(fromB.takeB);
        CHECK(fromB.reason.contains(u"inversés"_s));
        const auto fromA = propose(right, swapped, field);
        REQUIRE(fromA.found);
        CHECK_FALSE(fromA.takeB);
    }
}

TEST_CASE("nothing is proposed for the same value or two valid values from two exports")
{
    CHECK_FALSE(propose(fieldValues({{ImportField::Mobile, u"06 12 34 56 78"_s}}), fieldValues({{ImportField::Mobile, u"+33612345678"_s}}),
        ImportField::Mobile)
                    .found);
    CHECK_FALSE(propose(fieldValues({{ImportField::Organisation, u"Arvato"_s}}), fieldValues({{ImportField::Organisation, u"Acticall"_s}}),
        ImportField::Organisation)
                    .found);
}

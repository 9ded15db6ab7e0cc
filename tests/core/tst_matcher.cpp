// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders.h"
#include "catch.h"
#include "importing/importfield.h"
#include "members/identifiers.h"
#include "merge/matcher.h"

#include <algorithm>
#include <initializer_list>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::merge;
using importing::FieldValues;
using importing::ImportField;

namespace {

using test::fieldValues;

FieldValues person(const QString &first, const QString &last, const QString &organisation, const QString &email, const QString &phone,
    const QString &city = u"Metz"_s, const QString &postcode = u"57000"_s)
{
    return fieldValues({{ImportField::FirstName, first}, {ImportField::LastName, last}, {ImportField::Organisation, organisation},
        {ImportField::Email, email}, {ImportField::Phone, phone}, {ImportField::City, city}, {ImportField::Postcode, postcode}});
}

// Members of other companies in other towns: the background every real file has, without
// which the estimate would have nothing to tell matches from.
std::vector<FieldValues> background(bool otherSide)
{
    std::vector<FieldValues> rows {
        person(u"Sophie"_s, u"Martin"_s, u"Orange"_s, u"sophie.martin@orange.example.org"_s, u"03 53 01 00 01"_s),
        person(u"Lucas"_s, u"Bernard"_s, u"Majorel"_s, u"lucas.bernard@majorel.example.org"_s, u"03 53 01 30 31"_s, u"Nancy"_s, u"54000"_s),
        person(
            u"Claire"_s, u"Schmitt"_s, u"Arvato"_s, u"claire.schmitt@arvato.example.org"_s, u"03 53 01 55 66"_s, u"Épinal"_s, u"88000"_s),
        person(u"Olivier"_s, u"Lambert"_s, u"Cora"_s, u"olivier.lambert@cora.example.org"_s, u"03 53 01 00 11"_s, u"Verdun"_s, u"55100"_s),
        person(u"Isabelle"_s, u"Petit"_s, u"Webhelp"_s, u"isabelle.petit@webhelp.example.org"_s, u"03 53 01 77 88"_s, u"Thionville"_s,
            u"57100"_s),
    };
    if (otherSide) {
        // The same people, written by the other club.
        rows[0] = person(u"Sophie"_s, u"MARTIN"_s, u"Orange SA"_s, u"sophie.martin@orange.example.org"_s, u"+33 3 53 01 00 01"_s);
        rows[2] = person(u"Claire"_s, u"Schmit"_s, u"Arvato"_s, QString(), u"0353015566"_s, u"Epinal"_s, u"88000"_s);
        rows.erase(rows.begin() + 3);
    }
    return rows;
}

const ScoredPair *findPair(const std::vector<ScoredPair> &pairs, std::uint32_t left, std::uint32_t right)
{
    const auto found
        = std::find_if(pairs.begin(), pairs.end(), [&](const ScoredPair &pair) { return pair.left == left && pair.right == right; });
    return found == pairs.end() ? nullptr : &*found;
}

bool matchesLeft(const std::vector<ScoredPair> &pairs, std::uint32_t left)
{
    return std::any_of(pairs.begin(), pairs.end(), [&](const ScoredPair &pair) { return pair.left == left; });
}

FieldValues company(const QString &name, const QString &siren, const QString &city = u"Metz"_s, const QString &postcode = u"57000"_s,
    const QString &street = u"12 rue des Clercs"_s, const QString &phone = u"03 53 01 34 56"_s)
{
    return fieldValues({{ImportField::Organisation, name}, {ImportField::Siren, siren}, {ImportField::City, city},
        {ImportField::Postcode, postcode}, {ImportField::Address, street}, {ImportField::Phone, phone}});
}

// Other companies, each at its own address.
std::vector<FieldValues> otherCompanies()
{
    return {
        company(u"Boulangerie Œillet"_s, QString(), u"Nancy"_s, u"54000"_s, u"4 avenue Foch"_s, u"03 53 01 76 54"_s),
        company(u"Cora"_s, QString(), u"Verdun"_s, u"55100"_s, u"2 rue de la Gare"_s, u"03 53 01 00 11"_s),
        company(u"Arvato"_s, QString(), u"Épinal"_s, u"88000"_s, u"15 rue du Pont"_s, u"03 53 01 55 66"_s),
        company(u"Majorel"_s, QString(), u"Nancy"_s, u"54000"_s, u"40 boulevard d'Austrasie"_s, u"03 53 01 30 30"_s),
    };
}

const QString sirenA = u"732829320"_s;
const QString sirenB = u"552100554"_s;

} // namespace

TEST_CASE("the SIRENs used below are valid", "[matcher]")
{
    CHECK(identifiers::isValidSiren(sirenA));
    CHECK(identifiers::isValidSiren(sirenB));
}

TEST_CASE("link finds the same person written differently", "[matcher]")
{
    auto left = background(false);
    auto right = background(true);
    left.insert(
        left.begin(), person(u"J-P"_s, u"Dupont"_s, u"Transports Lœuvre"_s, u"jp.dupont@loeuvre.example.org"_s, u"03 53 01 34 56"_s));
    right.insert(right.begin(),
        person(u"Jean-Pierre"_s, u"DUPONT"_s, u"Transports Loeuvre SARL"_s, u"jp.dupont@loeuvre.example.org"_s, u"+33 3 53 01 34 56"_s));

    const MatchRun run = MatchRun::link(left, right, {});
    REQUIRE_FALSE(run.cancelled());
    const auto matches = run.matches();
    const ScoredPair *dupont = findPair(matches, 0, 0);
    REQUIRE(dupont);
    CHECK(dupont->probability >= run.settings().threshold);
    CHECK(levelOf(dupont->pattern, Comparison::Phone) == Level::Exact);
    CHECK(levelOf(dupont->pattern, Comparison::GivenName) == Level::Similar);
    CHECK(findPair(matches, 1, 1)); // Sophie Martin
    CHECK(findPair(matches, 3, 3)); // Claire Schmitt / Schmit
    CHECK_FALSE(matchesLeft(matches, 4)); // Olivier Lambert is only on the left
    CHECK(run.figures().candidates >= matches.size());
    CHECK(run.model().subject() == Subject::Person);
}

TEST_CASE("colleagues sharing a surname are not matched", "[matcher]")
{
    auto left = background(false);
    auto right = background(true);
    left.insert(left.begin(),
        person(u"Thierry"_s, u"Nguyen"_s, u"Banque Populaire Lorraine"_s, u"t.nguyen@bpl.example.org"_s, u"03 53 01 22 33"_s, u"Nancy"_s,
            u"54000"_s));
    right.insert(right.begin(),
        person(u"Paul"_s, u"Nguyen"_s, u"Banque Populaire Lorraine"_s, u"p.nguyen@bpl.example.org"_s, u"03 53 01 22 34"_s, u"Nancy"_s,
            u"54000"_s));

    const MatchRun run = MatchRun::link(left, right, {});
    const auto matches = run.matches();
    CHECK_FALSE(matchesLeft(matches, 0));
    CHECK(findPair(matches, 1, 1)); // the background still matches
    if (const ScoredPair *pair = findPair(run.pairs(), 0, 0)) {
        CHECK(run.band(*pair) == Band::Rejected);
        CHECK(levelOf(pair->pattern, Comparison::Email) == Level::Different);
    }
}

TEST_CASE("colleagues sharing the switchboard, the address and the employer are not one person", "[matcher]")
{
    auto left = background(false);
    auto right = background(true);
    auto colleague = [](const QString &first, const QString &last, const QString &email, const QString &mobile) {
        FieldValues row = person(first, last, u"Seille Contact Services"_s, email, u"03 53 01 44 00"_s);
        row[std::size_t(ImportField::Mobile)] = mobile;
        row[std::size_t(ImportField::Address)] = u"12 rue Serpenoise"_s;
        return row;
    };
    left.insert(left.begin(), colleague(u"Jean-Luc"_s, u"GORET"_s, u"jl.goret@seille.example.org"_s, u"06 39 98 10 01"_s));
    right.insert(right.begin(), colleague(u"Jessica"_s, u"Frangler"_s, u"j.frangler@seille.example.org"_s, u"06 39 98 10 02"_s));
    // The same mobile typed for two people with nothing else personal in common.
    left.insert(left.begin(), colleague(u"Arnaud"_s, u"HELLBERG"_s, QString(), u"06 39 98 29 30"_s));
    right.insert(right.begin(), colleague(u"Karine"_s, u"Jouvin"_s, QString(), u"06.39.98.29.30"_s));

    const MatchRun run = MatchRun::link(left, right, {});
    const auto matches = run.matches();
    CHECK_FALSE(matchesLeft(matches, 0));
    CHECK_FALSE(matchesLeft(matches, 1));
    for (const ScoredPair &pair : run.pairs()) {
        if (pair.left > 1 || pair.right > 1)
            continue;
        CHECK(pair.differentGivenNames);
        CHECK(run.band(pair) == Band::Rejected);
        CHECK_FALSE(run.explain(pair).rule.isEmpty());
        CHECK(run.explain(pair).probability == pair.probability);
    }
    // The switchboard is a landline, compared apart from mobiles.
    if (const ScoredPair *pair = findPair(run.pairs(), 1, 1)) {
        CHECK(levelOf(pair->pattern, Comparison::Phone) == Level::Exact);
        CHECK(levelOf(pair->pattern, Comparison::Mobile) == Level::Different);
    }
}

TEST_CASE("namesakes by first name at the same desk are two people; a shared mobile says otherwise", "[matcher]")
{
    auto left = background(false);
    auto right = background(true);
    auto staff = [](const QString &last, const QString &email, const QString &mobile) {
        FieldValues row = person(u"Sébastien"_s, last, u"Rive Gauche Relation Abonnés"_s, email, u"03 53 01 16 76"_s);
        row[std::size_t(ImportField::Mobile)] = mobile;
        row[std::size_t(ImportField::Address)] = u"139 rue de la Gare"_s;
        return row;
    };
    left.insert(left.begin(), staff(u"Poussais"_s, QString(), u"06 39 98 14 67"_s));
    right.insert(right.begin(), staff(u"Lambert"_s, u"s.lambert@rive-gauche.example.org"_s, QString()));
    // Married since: another surname, the same mobile.
    left.insert(left.begin(), staff(u"MARTIN"_s, QString(), u"06 39 98 55 01"_s));
    right.insert(right.begin(), staff(u"Dupont"_s, QString(), u"+33 6 39 98 55 01"_s));

    const MatchRun run = MatchRun::link(left, right, {});
    const auto matches = run.matches();
    CHECK(findPair(matches, 0, 0));
    CHECK_FALSE(matchesLeft(matches, 1));
    if (const ScoredPair *pair = findPair(run.pairs(), 1, 1))
        CHECK(pair->differentGivenNames);
}

TEST_CASE("the same name-made mailbox at two companies does not make two namesakes one person", "[matcher]")
{
    auto left = background(false);
    auto right = background(true);
    left.insert(left.begin(),
        person(u"Agnès"_s, u"GUIRRET"_s, u"Mirabelle Recouvrement"_s, u"agnes.guirret@mirabelle.example.org"_s, u"03 53 01 38 00"_s,
            u"Montigny-lès-Metz"_s, u"57950"_s));
    right.insert(right.begin(),
        person(u"Agnès"_s, u"Guirret"_s, u"Horizon Call Center"_s, u"agnes.guirret@horizon.example.org"_s, u"03 53 01 72 08"_s,
            u"Montigny-lès-Metz"_s, u"57950"_s));
    MatchSettings everything;
    everything.keepThreshold = 0;
    const MatchRun run = MatchRun::link(left, right, everything);
    const ScoredPair *pair = findPair(run.pairs(), 0, 0);
    REQUIRE(pair);
    CHECK(levelOf(pair->pattern, Comparison::Email) == Level::Missing);
}

TEST_CASE("a given name retyped in a register without contacts keeps the plain weights", "[matcher]")
{
    // Febrl-like rows: no employer, e-mail nor phone, so the member-file rules stay out of it.
    auto row = [](const QString &first, const QString &last) {
        return fieldValues({{ImportField::FirstName, first}, {ImportField::LastName, last}, {ImportField::StreetNumber, u"95"_s},
            {ImportField::Address, u"leahy place"_s}, {ImportField::City, u"shenton park"_s}, {ImportField::Postcode, u"6302"_s}});
    };
    const std::vector<FieldValues> left {row(u"joshua"_s, u"berry"_s)};
    const std::vector<FieldValues> right {row(u"zachary"_s, u"berry"_s)};
    MatchSettings everything;
    everything.keepThreshold = 0;
    const MatchRun run = MatchRun::link(left, right, everything);
    const ScoredPair *pair = findPair(run.pairs(), 0, 0);
    REQUIRE(pair);
    CHECK_FALSE(pair->differentGivenNames);
}

TEST_CASE("a shared mailbox says nothing about the person", "[matcher]")
{
    auto left = background(false);
    auto right = background(true);
    left.insert(left.begin(),
        person(u"Paul"_s, u"Bernard"_s, u"Muller Fils"_s, u"contact@muller-fils.example.org"_s, QString(), u"Strasbourg"_s, u"67000"_s));
    right.insert(right.begin(),
        person(u"Marc"_s, u"Weber"_s, u"Muller Fils"_s, u"contact@muller-fils.example.org"_s, QString(), u"Strasbourg"_s, u"67000"_s));

    const MatchRun run = MatchRun::link(left, right, {});
    CHECK_FALSE(matchesLeft(run.matches(), 0));
    CHECK(run.leftRecord(0).email.isEmpty());
    CHECK(run.rightRecord(0).email.isEmpty());
    CHECK(compare(Comparison::Email, run.leftRecord(0), run.rightRecord(0)) == Level::Missing);
    if (const ScoredPair *pair = findPair(run.pairs(), 0, 0))
        CHECK(levelOf(pair->pattern, Comparison::Email) == Level::Missing);
}

TEST_CASE("a link is one-to-one", "[matcher]")
{
    auto left = background(false);
    auto right = background(true);
    const FieldValues dupont
        = person(u"Jean-Pierre"_s, u"Dupont"_s, u"Transports Lœuvre"_s, u"jp.dupont@loeuvre.example.org"_s, u"03 53 01 34 56"_s);
    left.insert(left.begin(), dupont);
    right.insert(right.begin(), dupont);
    right.push_back(dupont); // twice in the right file

    const MatchRun run = MatchRun::link(left, right, {});
    const auto matches = run.matches();
    CHECK(std::count_if(matches.begin(), matches.end(), [](const ScoredPair &pair) { return pair.left == 0; }) == 1);
    // Both right copies were good candidates, only one was chosen.
    CHECK(findPair(run.pairs(), 0, 0));
    CHECK(findPair(run.pairs(), 0, std::uint32_t(right.size() - 1)));
    std::vector<std::uint32_t> lefts;
    std::vector<std::uint32_t> rights;
    for (const ScoredPair &pair : matches) {
        lefts.push_back(pair.left);
        rights.push_back(pair.right);
    }
    std::sort(lefts.begin(), lefts.end());
    std::sort(rights.begin(), rights.end());
    CHECK(std::adjacent_find(lefts.begin(), lefts.end()) == lefts.end());
    CHECK(std::adjacent_find(rights.begin(), rights.end()) == rights.end());
}

TEST_CASE("oneToOne keeps the best pair of each record, over the threshold", "[matcher]")
{
    const std::vector<ScoredPair> sorted {
        {0, 0, 0, 20, 0.99}, {0, 1, 0, 15, 0.98}, {1, 0, 0, 12, 0.97}, {1, 1, 0, 10, 0.9}, {2, 2, 0, -1, 0.4}};
    const auto chosen = oneToOne(sorted, 0.5);
    REQUIRE(chosen.size() == 2);
    CHECK(chosen[0].left == 0);
    CHECK(chosen[0].right == 0);
    CHECK(chosen[1].left == 1);
    CHECK(chosen[1].right == 1);
    CHECK(oneToOne(sorted, 0.3).size() == 3);
    CHECK(oneToOne({}, 0.5).empty());
}

TEST_CASE("organisations with the same SIREN are the same company", "[matcher]")
{
    MatchSettings settings;
    settings.subject = Subject::Organisation;
    std::vector<FieldValues> left = otherCompanies();
    std::vector<FieldValues> right = otherCompanies();
    // Renamed and moved: only the SIREN is left in common.
    left.insert(left.begin(), company(u"Transports Lœuvre"_s, sirenA));
    right.insert(
        right.begin(), company(u"TLV Logistique"_s, u"732 829 320"_s, u"Woippy"_s, u"57140"_s, u"1 rue du Port"_s, u"03 53 01 00 00"_s));
    const MatchRun run = MatchRun::link(left, right, settings);
    const ScoredPair *pair = findPair(run.pairs(), 0, 0);
    REQUIRE(pair);
    CHECK(pair->sameSiren);
    CHECK_FALSE(pair->sirenConflict);
    CHECK(pair->probability == Approx(1.0).margin(1e-12));
    CHECK(run.band(*pair) == Band::Sure);
    CHECK(findPair(run.matches(), 0, 0));
}

TEST_CASE("organisations with different SIRENs are never sure", "[matcher]")
{
    MatchSettings settings;
    settings.subject = Subject::Organisation;
    // Everything agrees but the SIREN: two companies of a group at one address.
    std::vector<FieldValues> left = otherCompanies();
    std::vector<FieldValues> right = otherCompanies();
    left.insert(left.begin(), company(u"Transports Lœuvre"_s, sirenA));
    right.insert(right.begin(), company(u"Transports Lœuvre"_s, sirenB));
    const MatchRun run = MatchRun::link(left, right, settings);
    const ScoredPair *pair = findPair(run.pairs(), 0, 0);
    REQUIRE(pair);
    CHECK(pair->sirenConflict);
    CHECK_FALSE(pair->sameSiren);
    CHECK(run.band(*pair) != Band::Sure);
    CHECK(levelOf(pair->pattern, Comparison::Siren) == Level::Different);
}

TEST_CASE("a cancelled run says so and scores nothing", "[matcher]")
{
    std::atomic<bool> cancel = true;
    MatchSettings settings;
    settings.cancel = &cancel;
    const auto rows = background(false);
    const MatchRun link = MatchRun::link(rows, background(true), settings);
    CHECK(link.cancelled());
    CHECK(link.pairs().empty());
    CHECK(link.matches().empty());
    const MatchRun dedupe = MatchRun::dedupe(rows, settings);
    CHECK(dedupe.cancelled());
    CHECK(dedupe.pairs().empty());

    cancel = false;
    CHECK_FALSE(MatchRun::link(rows, background(true), settings).cancelled());
}

TEST_CASE("progress is reported up to the end", "[matcher]")
{
    QList<int> percents;
    MatchSettings settings;
    settings.progress = [&](const QString &step, int percent) {
        CHECK_FALSE(step.isEmpty());
        percents << percent;
    };
    MatchRun::link(background(false), background(true), settings);
    REQUIRE_FALSE(percents.isEmpty());
    CHECK(percents.front() == 0);
    CHECK(percents.back() == 100);
    CHECK(std::is_sorted(percents.begin(), percents.end()));
}

TEST_CASE("dedupe finds a duplicate inside one file", "[matcher]")
{
    auto rows = background(false);
    rows.push_back(person(u"J.-P."_s, u"DUPONT"_s, u"Transports Loeuvre"_s, u"jp.dupont@loeuvre.example.org"_s, u"+33 3 53 01 34 56"_s));
    rows.insert(rows.begin() + 1,
        person(u"Jean-Pierre"_s, u"Dupont"_s, u"Transports Lœuvre"_s, u"jp.dupont@loeuvre.example.org"_s, u"03 53 01 34 56"_s));
    const auto last = std::uint32_t(rows.size() - 1);

    const MatchRun run = MatchRun::dedupe(rows, {});
    const auto matches = run.matches();
    CHECK(findPair(matches, 1, last));
    for (const ScoredPair &pair : matches) {
        CHECK(pair.left < pair.right);
        CHECK(pair.probability >= run.settings().threshold);
    }
    CHECK(matches.size() == 1);
    CHECK(&run.rightRecord(1) == &run.leftRecord(1)); // one list
}

TEST_CASE("an explanation has one contribution per compared field", "[matcher]")
{
    for (const Subject subject : {Subject::Person, Subject::Organisation}) {
        MatchSettings settings;
        settings.subject = subject;
        auto left = background(false);
        auto right = background(true);
        left.push_back(company(u"Transports Lœuvre"_s, sirenA));
        right.push_back(company(u"Transports Loeuvre"_s, sirenA));
        left.back()[std::size_t(ImportField::LastName)] = u"Dupont"_s;
        right.back()[std::size_t(ImportField::LastName)] = u"Dupont"_s;
        const MatchRun run = MatchRun::link(left, right, settings);
        REQUIRE_FALSE(run.pairs().empty());
        for (const ScoredPair &pair : run.pairs()) {
            const Explanation explanation = run.explain(pair);
            const QList<Comparison> &comparisons = comparisonsFor(subject);
            REQUIRE(explanation.contributions.size() == comparisons.size());
            for (qsizetype index = 0; index < comparisons.size(); ++index)
                CHECK(explanation.contributions[index].comparison == comparisons[index]);
            if (!pair.sameSiren)
                CHECK(explanation.weight == Approx(pair.weight));
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "importing/importfield.h"
#include "merge/blocking.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::merge;
using importing::ImportField;

namespace {

struct Someone {
    QString first;
    QString last;
    QString postcode;
    QString city;
    QString streetNumber;
    QString street;
};

PreparedRecord prepared(const Someone &person)
{
    importing::FieldValues values;
    values[std::size_t(ImportField::FirstName)] = person.first;
    values[std::size_t(ImportField::LastName)] = person.last;
    values[std::size_t(ImportField::Postcode)] = person.postcode;
    values[std::size_t(ImportField::City)] = person.city;
    values[std::size_t(ImportField::StreetNumber)] = person.streetNumber;
    values[std::size_t(ImportField::Address)] = person.street;
    return prepareRecord(values);
}

// People who share nothing with the pairs under test, so that a true pair is not found only
// because the lists are tiny.
std::vector<PreparedRecord> others()
{
    return {
        prepared({u"Sophie"_s, u"Martin"_s, u"88000"_s, u"Épinal"_s, u"1"_s, u"rue de la Gare"_s}),
        prepared({u"Lucas"_s, u"Bernard"_s, u"67000"_s, u"Strasbourg"_s, u"9"_s, u"rue Haute"_s}),
        prepared({u"Claire"_s, u"Schmitt"_s, u"55100"_s, u"Verdun"_s, u"40"_s, u"avenue de Douaumont"_s}),
    };
}

bool hasPair(const std::vector<CandidatePair> &pairs, std::uint32_t left, std::uint32_t right)
{
    return std::find(pairs.begin(), pairs.end(), CandidatePair {left, right}) != pairs.end();
}

bool sortedAndUnique(const std::vector<CandidatePair> &pairs)
{
    for (std::size_t index = 1; index < pairs.size(); ++index) {
        const CandidatePair &a = pairs[index - 1];
        const CandidatePair &b = pairs[index];
        if (a.left > b.left || (a.left == b.left && a.right >= b.right))
            return false;
    }
    return true;
}

// The true pair is left 0 × right 0, among people who resemble neither.
std::vector<CandidatePair> candidatesFor(const Someone &left, const Someone &right)
{
    std::vector<PreparedRecord> lefts {prepared(left)};
    std::vector<PreparedRecord> rights {prepared(right)};
    for (const PreparedRecord &other : others()) {
        lefts.push_back(other);
        rights.insert(rights.begin() + 1, other);
    }
    return linkCandidates(lefts, rights, {});
}

const Someone jean {u"Jean"_s, u"Dupont"_s, u"57000"_s, u"Metz"_s, u"12"_s, u"rue des Clercs"_s};

} // namespace

TEST_CASE("a typo in the surname still gives the true candidate", "[blocking]")
{
    Someone typo = jean;
    typo.last = u"Dupnot"_s;
    const auto pairs = candidatesFor(jean, typo);
    CHECK(hasPair(pairs, 0, 0));
    CHECK(sortedAndUnique(pairs));

    Someone typoAndMoved = typo; // the surname mistyped and the person moved house
    typoAndMoved.postcode = u"54000"_s;
    typoAndMoved.city = u"Nancy"_s;
    typoAndMoved.streetNumber = u"4"_s;
    typoAndMoved.street = u"avenue Foch"_s;
    CHECK(hasPair(candidatesFor(jean, typoAndMoved), 0, 0));
}

TEST_CASE("given name and surname swapped still give the true candidate", "[blocking]")
{
    Someone swapped = jean;
    std::swap(swapped.first, swapped.last);
    swapped.postcode.clear(); // and no postcode to fall back on
    swapped.streetNumber.clear();
    CHECK(hasPair(candidatesFor(jean, swapped), 0, 0));
}

TEST_CASE("a transposed postcode still gives the true candidate", "[blocking]")
{
    Someone transposed = jean;
    transposed.postcode = u"75000"_s;
    CHECK(hasPair(candidatesFor(jean, transposed), 0, 0));

    Someone alsoTypo = transposed; // with the surname mistyped too
    alsoTypo.last = u"Dupond"_s;
    CHECK(hasPair(candidatesFor(jean, alsoTypo), 0, 0));
}

TEST_CASE("people who share nothing are not candidates", "[blocking]")
{
    const auto pairs = candidatesFor(jean, jean);
    CHECK(hasPair(pairs, 0, 0));
    for (const CandidatePair &pair : pairs)
        CHECK((pair.left == 0) == (pair.right == 0)); // jean pairs only with jean
}

TEST_CASE("a key shared by too many records is skipped", "[blocking]")
{
    // Eight identical people on each side: every key holds 64 pairs.
    const PreparedRecord crowd = prepared(jean);
    std::vector<PreparedRecord> left(8, crowd);
    std::vector<PreparedRecord> right(8, crowd);
    left.push_back(prepared({u"Lucas"_s, u"Bernard"_s, u"67000"_s, u"Strasbourg"_s, u"9"_s, u"rue Haute"_s}));
    right.push_back(prepared({u"Lucas"_s, u"Bernard"_s, u"67000"_s, u"Strasbourg"_s, u"9"_s, u"rue Haute"_s}));

    BlockingOptions options;
    options.maxPairsPerKey = 64;
    CHECK(linkCandidates(left, right, options).size() == 65);
    options.maxPairsPerKey = 63;
    const auto limited = linkCandidates(left, right, options);
    REQUIRE(limited.size() == 1); // the crowd's keys are dropped, the lone pair stays
    CHECK(limited.front() == CandidatePair {8, 8});

    // The same limit inside one file: 16 identical records make 120 pairs per key.
    std::vector<PreparedRecord> records(16, crowd);
    CHECK(dedupeCandidates(records, {Subject::Person, 120}).size() == 120);
    CHECK(dedupeCandidates(records, {Subject::Person, 119}).empty());
}

TEST_CASE("dedupe candidates are ordered pairs, each once", "[blocking]")
{
    std::vector<PreparedRecord> records;
    for (const Someone &person : {jean, Someone {u"Jean"_s, u"Dupond"_s, u"57000"_s, u"Metz"_s, u"12"_s, u"rue des Clercs"_s},
             Someone {u"Dupont"_s, u"Jean"_s, u"57000"_s, u"Metz"_s, u"12"_s, u"rue des Clercs"_s},
             Someone {u"Sophie"_s, u"Martin"_s, u"88000"_s, u"Épinal"_s, u"1"_s, u"rue de la Gare"_s}, jean})
        records.push_back(prepared(person));
    const auto pairs = dedupeCandidates(records, {});
    CHECK(sortedAndUnique(pairs));
    for (const CandidatePair &pair : pairs) {
        CHECK(pair.left < pair.right);
        CHECK(pair.right < records.size());
        CHECK(pair.left != 3);
        CHECK(pair.right != 3);
    }
    for (std::uint32_t right : {1u, 2u, 4u})
        CHECK(hasPair(pairs, 0, right));
    CHECK(hasPair(pairs, 1, 4));
    CHECK(hasPair(pairs, 2, 4));
    CHECK(dedupeCandidates({}, {}).empty());
    CHECK(dedupeCandidates({records.front()}, {}).empty());
}

TEST_CASE("blocking keys are distinct and name their rule", "[blocking]")
{
    importing::FieldValues values;
    values[std::size_t(ImportField::FirstName)] = u"Jean"_s;
    values[std::size_t(ImportField::LastName)] = u"Dupont"_s;
    values[std::size_t(ImportField::Phone)] = u"03 53 01 34 56"_s;
    values[std::size_t(ImportField::Mobile)] = u"+33 3 53 01 34 56"_s; // the same number twice
    const auto keys = blockingKeys(prepareRecord(values), Subject::Person);
    CHECK_FALSE(keys.empty());
    auto sorted = keys;
    std::sort(sorted.begin(), sorted.end());
    CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
    for (const QString &key : keys)
        CHECK(key.contains(u':'));
    CHECK(std::count_if(keys.begin(), keys.end(), [](const QString &key) { return key.startsWith(u"f:"_s); }) == 1);

    importing::FieldValues company;
    company[std::size_t(ImportField::Organisation)] = u"Transports Lœuvre"_s;
    company[std::size_t(ImportField::Siren)] = u"732 829 320"_s;
    const auto companyKeys = blockingKeys(prepareRecord(company), Subject::Organisation);
    CHECK(std::find(companyKeys.begin(), companyKeys.end(), u"r:732829320|-"_s) != companyKeys.end());
}

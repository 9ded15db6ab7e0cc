// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "importing/importfield.h"
#include "merge/matchmodel.h"

#include <cmath>
#include <map>
#include <numeric>
#include <random>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::merge;

namespace {

// Probabilities of Different, Phonetic, Similar and Exact (Missing never drawn).
using Levels = std::array<double, 4>;

struct KnownField {
    Comparison comparison;
    Levels m;
    Levels u;
};

const std::array<KnownField, 3> &knownFields()
{
    static const std::array<KnownField, 3> fields {{
        {Comparison::GivenName, {0.05, 0.03, 0.07, 0.85}, {0.90, 0.03, 0.03, 0.04}},
        {Comparison::Surname, {0.03, 0.02, 0.05, 0.90}, {0.85, 0.05, 0.04, 0.06}},
        {Comparison::Postcode, {0.08, 0.02, 0.05, 0.85}, {0.70, 0.05, 0.15, 0.10}},
    }};
    return fields;
}

// Drawn from the raw mt19937 output, which the standard fixes, rather than through the
// distributions, which differ between standard libraries.
Level draw(std::mt19937 &random, const Levels &probabilities)
{
    const double r = double(random()) / 4294967296.0;
    double cumulative = 0;
    for (std::size_t index = 0; index < probabilities.size(); ++index) {
        cumulative += probabilities[index];
        if (r < cumulative)
            return Level(int(Level::Different) + int(index));
    }
    return Level::Exact;
}

std::vector<std::pair<Pattern, double>> generatedPatterns(int matches, int nonMatches)
{
    std::mt19937 random(20260330);
    std::map<Pattern, double> counts;
    for (int pair = 0; pair < matches + nonMatches; ++pair) {
        const bool isMatch = pair < matches;
        Pattern pattern = 0;
        for (const KnownField &field : knownFields())
            pattern = withLevel(pattern, field.comparison, draw(random, isMatch ? field.m : field.u));
        counts[pattern] += 1;
    }
    return {counts.begin(), counts.end()};
}

PreparedRecord named(const QString &first, const QString &last)
{
    importing::FieldValues values;
    values[std::size_t(importing::ImportField::FirstName)] = first;
    values[std::size_t(importing::ImportField::LastName)] = last;
    return prepareRecord(values);
}

} // namespace

TEST_CASE("EM recovers known m probabilities and the number of matches", "[matchmodel]")
{
    const int matches = 2000;
    const int nonMatches = 20000;
    const auto patterns = generatedPatterns(matches, nonMatches);
    REQUIRE(patterns.size() > 20);

    MatchModel model(Subject::Person);
    const int iterations = model.estimate(patterns, 0.05, double(matches + nonMatches));
    CHECK(iterations >= 1);
    CHECK(model.iterations() == iterations);
    for (const KnownField &field : knownFields()) {
        INFO("comparison " << int(field.comparison));
        CHECK(model.m(field.comparison, Level::Exact) == Approx(field.m[3]).margin(0.05));
        CHECK(model.m(field.comparison, Level::Different) == Approx(field.m[0]).margin(0.05));
    }
    CHECK(model.expectedMatches() == Approx(double(matches)).epsilon(0.10));
    // All pairs were candidates here: the prior is the share of matches.
    CHECK(model.prior() == Approx(double(matches) / double(matches + nonMatches)).epsilon(0.10));
    // A pattern agreeing everywhere is a match, one disagreeing everywhere is not.
    Pattern agree = 0;
    Pattern disagree = 0;
    for (const KnownField &field : knownFields()) {
        agree = withLevel(agree, field.comparison, Level::Exact);
        disagree = withLevel(disagree, field.comparison, Level::Different);
    }
    CHECK(MatchModel::probability(model.patternWeight(agree)) > 0.99);
    CHECK(MatchModel::probability(model.patternWeight(disagree)) < 0.01);
}

TEST_CASE("EM on nothing leaves the model as it was", "[matchmodel]")
{
    MatchModel model(Subject::Person);
    const double before = model.m(Comparison::Surname, Level::Exact);
    CHECK(model.estimate({}, 0.1, 100) == 0);
    CHECK(model.m(Comparison::Surname, Level::Exact) == before);
}

TEST_CASE("u is measured on random pairs", "[matchmodel]")
{
    std::vector<Pattern> sample;
    for (int index = 0; index < 1000; ++index)
        sample.push_back(withLevel(0, Comparison::Surname, index < 10 ? Level::Exact : Level::Different));
    MatchModel model(Subject::Person);
    model.setUFromSample(sample);
    CHECK(model.u(Comparison::Surname, Level::Exact) == Approx(0.01).margin(0.002));
    CHECK(model.u(Comparison::Surname, Level::Different) == Approx(0.99).margin(0.005));
}

TEST_CASE("rare values weigh more than common ones, within bounds", "[matchmodel]")
{
    std::vector<QString> surnames;
    for (int index = 0; index < 300; ++index)
        surnames.push_back(u"martin"_s);
    for (int index = 0; index < 700; ++index)
        surnames.push_back(u"name"_s + QString::number(index % 350));
    surnames.push_back(u"oeuvrard"_s);
    surnames.push_back(QString()); // blanks are not values
    const ValueFrequencies frequencies = ValueFrequencies::count(surnames);
    CHECK(frequencies.share.value(u"martin"_s) == Approx(300.0 / 1001.0));
    CHECK_FALSE(frequencies.share.contains(QString()));
    const double sum = std::accumulate(frequencies.share.cbegin(), frequencies.share.cend(), 0.0);
    CHECK(sum == Approx(1.0));
    CHECK(frequencies.adjustment(u"oeuvrard"_s) > 0);
    CHECK(frequencies.adjustment(u"martin"_s) < 0);
    CHECK(frequencies.adjustment(u"oeuvrard"_s) > frequencies.adjustment(u"name7"_s));
    CHECK(frequencies.adjustment(u"absent"_s) == 0);
    CHECK(ValueFrequencies().adjustment(u"martin"_s) == 0);

    // One value in a hundred thousand: far over the bound, which holds.
    std::vector<QString> many(100000, u"dupont"_s);
    many.back() = u"zylberstein"_s;
    const ValueFrequencies skewed = ValueFrequencies::count(many);
    CHECK(skewed.adjustment(u"zylberstein"_s) == ValueFrequencies::maxBits);
    // A common value among a crowd of unique ones: far under the bound, which holds too.
    std::vector<QString> crowd;
    for (int index = 0; index < 1000; ++index)
        crowd.push_back(u"martin"_s);
    for (int index = 0; index < 99000; ++index)
        crowd.push_back(u"unique"_s + QString::number(index));
    CHECK(ValueFrequencies::count(crowd).adjustment(u"martin"_s) == -ValueFrequencies::maxBits);
}

TEST_CASE("weights turn into probabilities", "[matchmodel]")
{
    CHECK(MatchModel::probability(0) == 0.5);
    CHECK(MatchModel::probability(10) == Approx(1024.0 / 1025.0));
    CHECK(MatchModel::probability(-10) == Approx(1.0 / 1025.0));
    CHECK(MatchModel::probability(1e6) == Approx(1.0));
    CHECK(MatchModel::probability(-1e6) >= 0);
}

TEST_CASE("an explanation adds up to the weight", "[matchmodel]")
{
    const auto patterns = generatedPatterns(500, 5000);
    MatchModel model(Subject::Person);
    model.estimate(patterns, 0.05, 5500);
    const PreparedRecord record = named(u"Hélène"_s, u"Œuvrard"_s);
    std::vector<QString> surnames(200, u"martin"_s);
    surnames.push_back(record.name.surnameJoined);
    std::vector<QString> givenNames(200, u"jean"_s);
    givenNames.push_back(record.name.givenJoined);
    model.setFrequencies(ValueFrequencies::count(surnames), ValueFrequencies::count(givenNames));

    Pattern pattern = withLevel(0, Comparison::GivenName, Level::Exact);
    pattern = withLevel(pattern, Comparison::Surname, Level::Exact);
    pattern = withLevel(pattern, Comparison::Postcode, Level::Different);
    pattern = withLevel(pattern, Comparison::Email, Level::Similar);
    const Explanation explanation = model.explain(pattern, record);

    REQUIRE(explanation.contributions.size() == comparisonsFor(Subject::Person).size());
    double total = explanation.priorBits;
    for (qsizetype index = 0; index < explanation.contributions.size(); ++index) {
        const Contribution &contribution = explanation.contributions[index];
        CHECK(contribution.comparison == comparisonsFor(Subject::Person)[index]);
        CHECK(contribution.level == levelOf(pattern, contribution.comparison));
        if (contribution.level == Level::Missing)
            CHECK(contribution.bits == 0);
        total += contribution.bits;
    }
    CHECK(explanation.weight == Approx(total));
    CHECK(explanation.weight == Approx(model.weight(pattern, record)));
    CHECK(explanation.probability == Approx(MatchModel::probability(explanation.weight)));
    CHECK(explanation.priorBits == Approx(std::log2(model.prior() / (1 - model.prior()))));
    // The rare surname raised the exact agreement above the plain pattern weight.
    CHECK(model.weight(pattern, record) > model.patternWeight(pattern));
}

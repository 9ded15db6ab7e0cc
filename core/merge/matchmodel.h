// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Fellegi–Sunter model of the matcher. For each compared field and each agreement level,
// m is the probability of that level among true matches and u among non-matches; a pair's
// match weight is log2(λ / (1 − λ)) plus, for each field, log2(m / u) of its level (a missing
// value adds nothing). λ, m and u are estimated from the data itself by expectation
// maximisation over the candidate pairs (no labelled answers needed): u starts from random
// pairs, m from agreement-minded defaults, and both are refined until they settle.
//
// Rare names weigh more than common ones: an exact agreement on a surname or given name is
// adjusted by log2(Σp² / p(value)), p being the value's share of all records: "Martin" agrees by
// chance far more often than "Œuvrard".

#include "merge/comparisonvector.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace adhera::merge {

struct ValueFrequencies {
    QHash<QString, double> share; // value → share of the records holding a value
    double chanceAgreement = 0; // Σ share², the chance two random records agree

    static ValueFrequencies count(const std::vector<QString> &values);
    // log2(chanceAgreement / share), bounded to ±maxBits; 0 for an unknown value.
    double adjustment(const QString &value) const;
    static constexpr double maxBits = 6;
};

// How one field moved a pair's weight.
struct Contribution {
    Comparison comparison;
    Level level;
    double bits = 0; // log2(m/u), with the frequency adjustment; 0 when missing
};

struct Explanation {
    QString rule; // a hard rule that overrode the weights, in words; empty when none
    double priorBits = 0;
    QList<Contribution> contributions; // in comparisonsFor(subject) order
    double weight = 0;
    double probability = 0;
};

class MatchModel final
{
public:
    using Table = std::array<std::array<double, levelCount>, comparisonCount>;

    explicit MatchModel(Subject subject = Subject::Person);

    Subject subject() const { return m_subject; }
    double prior() const { return m_prior; }
    double m(Comparison comparison, Level level) const { return m_m[int(comparison)][int(level)]; }
    double u(Comparison comparison, Level level) const { return m_u[int(comparison)][int(level)]; }
    int iterations() const { return m_iterations; }

    void setFrequencies(ValueFrequencies surnames, ValueFrequencies givenNames);
    void setUFromSample(const std::vector<Pattern> &randomPairs);
    // EM over distinct patterns and how many candidate pairs have each; initialShare is a first
    // guess of the share of matches among the candidates, allPairs the number of pairs blocking
    // chose from. Returns the number of iterations run.
    int estimate(const std::vector<std::pair<Pattern, double>> &patternCounts, double initialShare, double allPairs);
    double expectedMatches() const { return m_expectedMatches; }

    // The weight of a pattern without frequency adjustment (what EM works with).
    double patternWeight(Pattern pattern) const;
    // Either record of the pair: on an exact agreement both hold the name whose rarity counts.
    double weight(Pattern pattern, const PreparedRecord &either) const;
    Explanation explain(Pattern pattern, const PreparedRecord &either) const;

    static double probability(double weight);

private:
    double levelBits(Comparison comparison, Level level) const;
    double frequencyBits(Comparison comparison, const PreparedRecord &either) const;

    Subject m_subject;
    double m_prior = 0.01;
    Table m_m {};
    Table m_u {};
    Table m_mPrior {};
    Table m_uPrior {};
    ValueFrequencies m_surnames;
    ValueFrequencies m_givenNames;
    double m_expectedMatches = 0;
    int m_iterations = 0;
};

} // namespace adhera::merge

// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchmodel.h"

#include <algorithm>
#include <cmath>

namespace adhera::merge {

namespace {

constexpr double smallest = 1e-6;
// Pseudo-counts that keep the estimate near its starting point when a file is small: a club
// file of 300 rows gives few candidate pairs, and EM alone would then over-fit them.
constexpr double mPriorPairs = 20;
constexpr double uPriorPairs = 200;
constexpr int maxIterations = 200;
constexpr double tolerance = 1e-7;

// A true match mostly agrees exactly; the rest is spread over the weaker levels.
constexpr std::array<double, levelCount> defaultM {0, 0.05, 0.02, 0.08, 0.85};
constexpr std::array<double, levelCount> defaultU {0, 0.95, 0.02, 0.02, 0.01};

// A true match mostly shares its names: without this bound, EM may take "same workplace" for
// "same person" (colleagues agree on employer, street, town and switchboard all at once, and
// are many more than duplicates), and learn that matches usually have different names.
constexpr double maxNameDisagreement = 0.2;

void boundDisagreement(std::array<double, levelCount> &row, double bound)
{
    const double different = row[int(Level::Different)];
    if (different <= bound)
        return;
    const double scale = (1 - bound) / std::max(1e-12, 1 - different);
    for (int level = int(Level::Phonetic); level < levelCount; ++level)
        row[level] *= scale;
    row[int(Level::Different)] = bound;
}

void normaliseRow(std::array<double, levelCount> &row)
{
    double total = 0;
    for (int level = 1; level < levelCount; ++level) {
        row[level] = std::max(row[level], smallest);
        total += row[level];
    }
    for (int level = 1; level < levelCount; ++level)
        row[level] /= total;
    row[0] = 1;
}

} // namespace

ValueFrequencies ValueFrequencies::count(const std::vector<QString> &values)
{
    ValueFrequencies frequencies;
    double total = 0;
    for (const QString &value : values) {
        if (value.isEmpty())
            continue;
        frequencies.share[value] += 1;
        total += 1;
    }
    if (total == 0)
        return frequencies;
    for (double &share : frequencies.share) {
        share /= total;
        frequencies.chanceAgreement += share * share;
    }
    return frequencies;
}

double ValueFrequencies::adjustment(const QString &value) const
{
    const double valueShare = share.value(value, 0);
    if (valueShare <= 0 || chanceAgreement <= 0)
        return 0;
    return std::clamp(std::log2(chanceAgreement / valueShare), -maxBits, maxBits);
}

MatchModel::MatchModel(Subject subject) : m_subject(subject)
{
    for (auto &row : m_mPrior)
        row = defaultM;
    for (auto &row : m_uPrior)
        row = defaultU;
    m_m = m_mPrior;
    m_u = m_uPrior;
}

void MatchModel::setFrequencies(ValueFrequencies surnames, ValueFrequencies givenNames)
{
    m_surnames = std::move(surnames);
    m_givenNames = std::move(givenNames);
}

void MatchModel::setUFromSample(const std::vector<Pattern> &randomPairs)
{
    Table counts {};
    for (Pattern pattern : randomPairs)
        for (Comparison comparison : comparisonsFor(m_subject))
            counts[int(comparison)][int(levelOf(pattern, comparison))] += 1;
    for (Comparison comparison : comparisonsFor(m_subject)) {
        auto &row = m_u[int(comparison)];
        for (int level = 1; level < levelCount; ++level)
            row[level] = counts[int(comparison)][level] + 0.5 * defaultU[level];
        normaliseRow(row);
        m_uPrior[int(comparison)] = row;
    }
}

int MatchModel::estimate(const std::vector<std::pair<Pattern, double>> &patternCounts, double initialShare, double allPairs)
{
    const QList<Comparison> &comparisons = comparisonsFor(m_subject);
    double candidatePairs = 0;
    for (const auto &entry : patternCounts)
        candidatePairs += entry.second;
    if (candidatePairs <= 0)
        return 0;

    // Inside the candidates, non-matches agree far more often than random pairs (blocking chose
    // them for agreeing), so EM works with its own candidate u; the model keeps the random u.
    Table candidateU = m_u;
    double share = std::clamp(initialShare, 1e-6, 0.5);
    for (m_iterations = 1; m_iterations <= maxIterations; ++m_iterations) {
        Table matchCounts {};
        Table nonMatchCounts {};
        double expectedMatches = 0;
        for (const auto &[pattern, count] : patternCounts) {
            double logMatch = std::log(share);
            double logNonMatch = std::log1p(-share);
            for (Comparison comparison : comparisons) {
                const int level = int(levelOf(pattern, comparison));
                if (level == int(Level::Missing))
                    continue;
                logMatch += std::log(m_m[int(comparison)][level]);
                logNonMatch += std::log(candidateU[int(comparison)][level]);
            }
            const double matchShare = 1 / (1 + std::exp(std::clamp(logNonMatch - logMatch, -700.0, 700.0)));
            expectedMatches += count * matchShare;
            for (Comparison comparison : comparisons) {
                const int level = int(levelOf(pattern, comparison));
                matchCounts[int(comparison)][level] += count * matchShare;
                nonMatchCounts[int(comparison)][level] += count * (1 - matchShare);
            }
        }

        const double newShare = std::clamp(expectedMatches / candidatePairs, 1e-6, 0.999);
        double change = std::abs(newShare - share);
        share = newShare;
        m_expectedMatches = expectedMatches;
        for (Comparison comparison : comparisons) {
            const int index = int(comparison);
            auto updated = [&](const Table &counts, const Table &prior, double priorPairs) {
                std::array<double, levelCount> row {};
                for (int level = 1; level < levelCount; ++level)
                    row[level] = counts[index][level] + priorPairs * prior[index][level];
                normaliseRow(row);
                return row;
            };
            auto m = updated(matchCounts, m_mPrior, mPriorPairs);
            if (comparison == Comparison::GivenName || comparison == Comparison::Surname)
                boundDisagreement(m, maxNameDisagreement);
            const auto u = updated(nonMatchCounts, m_uPrior, uPriorPairs);
            for (int level = 1; level < levelCount; ++level)
                change = std::max({change, std::abs(m[level] - m_m[index][level]), std::abs(u[level] - candidateU[index][level])});
            m_m[index] = m;
            candidateU[index] = u;
        }
        if (change < tolerance)
            break;
    }
    // The prior of a match among all pairs, consistent with u measured on random pairs.
    m_prior = std::clamp(m_expectedMatches / std::max(allPairs, candidatePairs), 1e-12, 0.5);
    return m_iterations;
}

double MatchModel::levelBits(Comparison comparison, Level level) const
{
    if (level == Level::Missing)
        return 0;
    return std::log2(m_m[int(comparison)][int(level)] / m_u[int(comparison)][int(level)]);
}

double MatchModel::frequencyBits(Comparison comparison, const PreparedRecord &either) const
{
    if (comparison == Comparison::Surname)
        return m_surnames.adjustment(either.name.surnameJoined);
    if (comparison == Comparison::GivenName)
        return m_givenNames.adjustment(either.name.givenJoined);
    return 0;
}

double MatchModel::patternWeight(Pattern pattern) const
{
    double weight = std::log2(m_prior / (1 - m_prior));
    for (Comparison comparison : comparisonsFor(m_subject))
        weight += levelBits(comparison, levelOf(pattern, comparison));
    return weight;
}

double MatchModel::weight(Pattern pattern, const PreparedRecord &either) const
{
    double weight = patternWeight(pattern);
    for (Comparison comparison : {Comparison::Surname, Comparison::GivenName})
        if (levelOf(pattern, comparison) == Level::Exact)
            weight += frequencyBits(comparison, either);
    return weight;
}

Explanation MatchModel::explain(Pattern pattern, const PreparedRecord &either) const
{
    Explanation explanation;
    explanation.priorBits = std::log2(m_prior / (1 - m_prior));
    explanation.weight = explanation.priorBits;
    for (Comparison comparison : comparisonsFor(m_subject)) {
        const Level level = levelOf(pattern, comparison);
        double bits = levelBits(comparison, level);
        if (level == Level::Exact)
            bits += frequencyBits(comparison, either);
        explanation.contributions << Contribution {comparison, level, bits};
        explanation.weight += bits;
    }
    explanation.probability = probability(explanation.weight);
    return explanation;
}

double MatchModel::probability(double weight)
{
    return 1 / (1 + std::exp2(-std::clamp(weight, -200.0, 200.0)));
}

} // namespace adhera::merge

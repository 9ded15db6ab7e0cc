// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <random>
#include <thread>
#include <unordered_map>

namespace adhera::merge {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::merge)
};

constexpr std::size_t uSampleSize = 50000;
constexpr double sureSirenWeight = 60;
// Below the decision threshold, so the pair shows in the rejected band for a person to see.
constexpr double differentPeopleWeight = -1;

constexpr Comparison contacts[] = {Comparison::Organisation, Comparison::Email, Comparison::Mobile, Comparison::Phone};

bool exact(Pattern pattern, std::initializer_list<Comparison> comparisons)
{
    return std::any_of(comparisons.begin(), comparisons.end(), [pattern](Comparison c) { return levelOf(pattern, c) == Level::Exact; });
}

bool isDifferentPeople(Pattern pattern)
{
    // Only for records of members (with an employer, an e-mail or a phone): files without them
    // (registers, Febrl) keep the plain weights, a retyped given name among them.
    const bool memberRecords
        = std::any_of(std::begin(contacts), std::end(contacts), [pattern](Comparison c) { return levelOf(pattern, c) != Level::Missing; });
    if (!memberRecords)
        return false;
    const Level given = levelOf(pattern, Comparison::GivenName);
    const Level surname = levelOf(pattern, Comparison::Surname);
    // Neither name in common: only a birth date or an identifier says otherwise (mobiles and
    // e-mails get reassigned and mistyped).
    if (surname == Level::Different && given != Level::Exact && given != Level::Similar)
        return !exact(pattern, {Comparison::BirthDate, Comparison::NationalId});
    // One name differs: a colleague at the same desk, unless something personal is shared (a
    // woman known under her birth name in one file and her married name in the other keeps her
    // mobile and, often, her e-mail).
    if (given == Level::Different || surname == Level::Different)
        return !exact(pattern, {Comparison::BirthDate, Comparison::NationalId, Comparison::Email, Comparison::Mobile});
    return false;
}

int threadCount(const MatchSettings &settings)
{
    const int wanted = settings.threads > 0 ? settings.threads : int(std::thread::hardware_concurrency());
    return std::clamp(wanted, 1, 16);
}

// Runs work(begin, end) over [0, count) in one slice per thread; the calling thread takes the
// first slice so that progress callbacks stay on it.
template <typename Work>
void parallelSlices(std::size_t count, int threads, Work work)
{
    if (count < 2048 || threads == 1) {
        work(std::size_t(0), count, true);
        return;
    }
    const std::size_t slice = (count + std::size_t(threads) - 1) / std::size_t(threads);
    std::vector<std::thread> workers;
    for (int index = 1; index < threads; ++index) {
        const std::size_t begin = std::min(count, slice * std::size_t(index));
        const std::size_t end = std::min(count, begin + slice);
        workers.emplace_back([=, &work] { work(begin, end, false); });
    }
    work(std::size_t(0), std::min(count, slice), true);
    for (std::thread &worker : workers)
        worker.join();
}

std::vector<PreparedRecord> prepareAll(const std::vector<importing::FieldValues> &values, int threads, const std::atomic<bool> *cancel)
{
    std::vector<PreparedRecord> prepared(values.size());
    parallelSlices(values.size(), threads, [&](std::size_t begin, std::size_t end, bool) {
        for (std::size_t index = begin; index < end; ++index) {
            if (cancel && (index & 1023) == 0 && cancel->load())
                return;
            prepared[index] = prepareRecord(values[index]);
        }
    });
    return prepared;
}

std::vector<QString> surnamesOf(const std::vector<PreparedRecord> &a, const std::vector<PreparedRecord> &b, bool given)
{
    std::vector<QString> values;
    values.reserve(a.size() + b.size());
    for (const auto *records : {&a, &b})
        for (const PreparedRecord &record : *records)
            values.push_back(given ? record.name.givenJoined : record.name.surnameJoined);
    return values;
}

} // namespace

MatchRun MatchRun::link(
    const std::vector<importing::FieldValues> &left, const std::vector<importing::FieldValues> &right, const MatchSettings &settings)
{
    MatchRun run;
    run.m_settings = settings;
    run.m_linking = true;
    run.m_model = MatchModel(settings.subject);
    const int threads = threadCount(settings);
    run.report(Tr::tr("Préparation des fiches"), 0);
    run.m_left = prepareAll(left, threads, settings.cancel);
    run.m_right = prepareAll(right, threads, settings.cancel);
    if (run.isCancelled())
        return run;
    run.report(Tr::tr("Recherche des paires candidates"), 25);
    const auto candidates = linkCandidates(run.m_left, run.m_right, {settings.subject, settings.maxPairsPerKey});
    if (run.isCancelled())
        return run;

    std::vector<Pattern> sample;
    if (!run.m_left.empty() && !run.m_right.empty()) {
        std::mt19937_64 random(20260330);
        std::uniform_int_distribution<std::size_t> pickLeft(0, run.m_left.size() - 1);
        std::uniform_int_distribution<std::size_t> pickRight(0, run.m_right.size() - 1);
        const std::size_t size = std::min(uSampleSize, run.m_left.size() * run.m_right.size());
        sample.reserve(size);
        for (std::size_t index = 0; index < size; ++index)
            sample.push_back(comparePair(settings.subject, run.m_left[pickLeft(random)], run.m_right[pickRight(random)]));
    }
    run.run(candidates, sample);
    return run;
}

MatchRun MatchRun::dedupe(const std::vector<importing::FieldValues> &records, const MatchSettings &settings)
{
    MatchRun run;
    run.m_settings = settings;
    run.m_model = MatchModel(settings.subject);
    const int threads = threadCount(settings);
    run.report(Tr::tr("Préparation des fiches"), 0);
    run.m_left = prepareAll(records, threads, settings.cancel);
    if (run.isCancelled())
        return run;
    run.report(Tr::tr("Recherche des paires candidates"), 25);
    const auto candidates = dedupeCandidates(run.m_left, {settings.subject, settings.maxPairsPerKey});
    if (run.isCancelled())
        return run;

    std::vector<Pattern> sample;
    if (run.m_left.size() >= 2) {
        std::mt19937_64 random(20260330);
        std::uniform_int_distribution<std::size_t> pick(0, run.m_left.size() - 1);
        const std::size_t size = std::min(uSampleSize, run.m_left.size() * (run.m_left.size() - 1) / 2);
        sample.reserve(size);
        while (sample.size() < size) {
            const std::size_t a = pick(random);
            const std::size_t b = pick(random);
            if (a != b)
                sample.push_back(comparePair(settings.subject, run.m_left[a], run.m_left[b]));
        }
    }
    run.run(candidates, sample);
    return run;
}

void MatchRun::run(const std::vector<CandidatePair> &candidates, const std::vector<Pattern> &sample)
{
    m_figures.candidates = candidates.size();
    const int threads = threadCount(m_settings);
    const Subject subject = m_settings.subject;

    report(Tr::tr("Comparaison des paires"), 35);
    std::vector<Pattern> patterns(candidates.size());
    std::atomic<bool> stop = false;
    parallelSlices(candidates.size(), threads, [&](std::size_t begin, std::size_t end, bool reporting) {
        for (std::size_t index = begin; index < end; ++index) {
            if ((index & 4095) == 0) {
                if (stop.load() || (m_settings.cancel && m_settings.cancel->load())) {
                    stop = true;
                    return;
                }
                if (reporting)
                    report(Tr::tr("Comparaison des paires"), 35 + int(45 * (index - begin) / std::max<std::size_t>(1, end - begin)));
            }
            const CandidatePair &pair = candidates[index];
            patterns[index] = comparePair(subject, m_left[pair.left], rightRecord(pair.right));
        }
    });
    if (isCancelled())
        return;

    report(Tr::tr("Estimation des poids"), 80);
    std::unordered_map<Pattern, double> counts;
    for (Pattern pattern : patterns)
        counts[pattern] += 1;
    std::vector<std::pair<Pattern, double>> patternCounts(counts.begin(), counts.end());
    std::sort(patternCounts.begin(), patternCounts.end()); // the same order every run: the same estimate
    m_figures.distinctPatterns = patternCounts.size();

    m_model.setFrequencies(
        ValueFrequencies::count(surnamesOf(m_left, m_right, false)), ValueFrequencies::count(surnamesOf(m_left, m_right, true)));
    m_model.setUFromSample(sample);
    const double expectedMatches = m_linking ? 0.5 * double(std::min(m_left.size(), m_right.size())) : 0.25 * double(m_left.size());
    const double leftCount = double(m_left.size());
    const double allPairs = m_linking ? leftCount * double(m_right.size()) : leftCount * (leftCount - 1) / 2;
    m_figures.emIterations = m_model.estimate(patternCounts, expectedMatches / std::max<double>(1, double(candidates.size())), allPairs);
    if (isCancelled())
        return;

    report(Tr::tr("Calcul des scores"), 90);
    m_pairs.reserve(candidates.size() / 4);
    for (std::size_t index = 0; index < candidates.size(); ++index) {
        const CandidatePair &candidate = candidates[index];
        const PreparedRecord &left = m_left[candidate.left];
        const PreparedRecord &right = rightRecord(candidate.right);
        ScoredPair pair {candidate.left, candidate.right, patterns[index]};
        pair.weight = m_model.weight(pair.pattern, left);
        if (subject == Subject::Person && isDifferentPeople(pair.pattern)) {
            pair.differentGivenNames = true;
            pair.weight = std::min(pair.weight, differentPeopleWeight);
        }
        if (subject == Subject::Organisation && !left.siren.isEmpty() && !right.siren.isEmpty()) {
            pair.sameSiren = left.siren == right.siren;
            pair.sirenConflict = !pair.sameSiren;
            if (pair.sameSiren)
                pair.weight = std::max(pair.weight, sureSirenWeight);
        }
        pair.probability = MatchModel::probability(pair.weight);
        if (pair.probability >= m_settings.keepThreshold || pair.sameSiren)
            m_pairs.push_back(pair);
    }
    std::sort(m_pairs.begin(), m_pairs.end(), [](const ScoredPair &a, const ScoredPair &b) {
        if (a.weight != b.weight)
            return a.weight > b.weight;
        return a.left != b.left ? a.left < b.left : a.right < b.right;
    });
    report(Tr::tr("Terminé"), 100);
}

bool MatchRun::isCancelled()
{
    if (m_settings.cancel && m_settings.cancel->load())
        m_cancelled = true;
    return m_cancelled;
}

void MatchRun::report(const QString &step, int percent) const
{
    if (m_settings.progress)
        m_settings.progress(step, percent);
}

std::vector<ScoredPair> MatchRun::matches() const
{
    if (m_linking)
        return oneToOne(m_pairs, m_settings.threshold);
    std::vector<ScoredPair> above;
    for (const ScoredPair &pair : m_pairs)
        if (pair.probability >= m_settings.threshold)
            above.push_back(pair);
    return above;
}

Band MatchRun::band(const ScoredPair &pair) const
{
    if (pair.probability >= m_settings.sureThreshold && !pair.sirenConflict)
        return Band::Sure;
    return pair.probability >= m_settings.threshold ? Band::Review : Band::Rejected;
}

Explanation MatchRun::explain(const ScoredPair &pair) const
{
    Explanation explanation = m_model.explain(pair.pattern, m_left[pair.left]);
    if (pair.sameSiren)
        explanation.rule = Tr::tr("Même SIREN : le même organisme.");
    else if (pair.sirenConflict)
        explanation.rule = Tr::tr("SIREN différents : jamais fusionnés automatiquement.");
    else if (pair.differentGivenNames)
        explanation.rule = Tr::tr(
            "Noms ou prénoms différents sans date de naissance, e-mail ni portable en commun : deux personnes, sauf décision contraire.");
    explanation.weight = pair.weight;
    explanation.probability = pair.probability;
    return explanation;
}

std::vector<ScoredPair> oneToOne(const std::vector<ScoredPair> &sortedPairs, double threshold)
{
    QSet<std::uint32_t> usedLeft;
    QSet<std::uint32_t> usedRight;
    std::vector<ScoredPair> chosen;
    for (const ScoredPair &pair : sortedPairs) {
        if (pair.probability < threshold)
            break;
        if (usedLeft.contains(pair.left) || usedRight.contains(pair.right))
            continue;
        usedLeft.insert(pair.left);
        usedRight.insert(pair.right);
        chosen.push_back(pair);
    }
    return chosen;
}

} // namespace adhera::merge

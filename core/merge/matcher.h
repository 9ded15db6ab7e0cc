// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The matcher: prepares the records, blocks, compares the candidate pairs, estimates the
// Fellegi–Sunter model from them (matchmodel.h) and scores every candidate. Two uses:
// - link(left, right): two files (or a file and the members already in the database); the
//   predicted matches are one-to-one, chosen greedily from the highest weight down;
// - dedupe(records): duplicates inside one file; every pair above the threshold is predicted.
//
// Hard rules for organisations: the same valid SIREN is the same company (probability 1); two
// different valid SIRENs are never merged automatically (the pair is marked conflicting and
// kept below the "sure" band, for a person to decide).
// Hard rules for people, in member files (records with an employer, an e-mail or a phone): two
// different given names (not initials, nickname, typo or sound-alike of each other), or two
// different surnames (neither a birth nor a married form of the other), are two people unless a
// birth date, an identifier, a personal e-mail or a mobile number is the same; when both names
// differ, only a birth date or an identifier can say otherwise. Fellegi–Sunter counts each agreeing field as independent evidence, but
// colleagues share employer, street, postcode and town all at once; without the rule, two
// MARTINs at the same call centre would look like one person.
//
// The work runs on every core; progress is reported and cancellation checked from the calling
// thread, which can be a worker thread of the window.

#include "importing/importfield.h"
#include "merge/blocking.h"
#include "merge/matchmodel.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace adhera::merge {

struct ScoredPair {
    std::uint32_t left = 0;
    std::uint32_t right = 0;
    Pattern pattern = 0;
    double weight = 0;
    double probability = 0;
    bool sameSiren = false; // hard rule: same company
    bool sirenConflict = false; // hard rule: never automatic
    bool differentGivenNames = false; // hard rule: names disagree, never automatic
};

enum class Band { Sure, Review, Rejected };

struct MatchSettings {
    Subject subject = Subject::Person;
    double threshold = 0.5; // a predicted match has at least this probability
    double sureThreshold = 0.95; // the "sure" band starts here
    double keepThreshold = 0.01; // candidates below are dropped from the results
    std::size_t maxPairsPerKey = 5000;
    int threads = 0; // 0: one per core
    // Called from the calling thread with a step name and its progress in percent.
    std::function<void(const QString &step, int percent)> progress;
    const std::atomic<bool> *cancel = nullptr;
};

struct MatchFigures {
    std::size_t candidates = 0;
    std::size_t distinctPatterns = 0;
    int emIterations = 0;
};

class MatchRun final
{
public:
    static MatchRun link(
        const std::vector<importing::FieldValues> &left, const std::vector<importing::FieldValues> &right, const MatchSettings &settings);
    static MatchRun dedupe(const std::vector<importing::FieldValues> &records, const MatchSettings &settings);

    bool cancelled() const { return m_cancelled; }
    const MatchModel &model() const { return m_model; }
    const MatchFigures &figures() const { return m_figures; }
    const MatchSettings &settings() const { return m_settings; }

    // Candidates kept (probability ≥ keepThreshold or a hard rule), highest weight first.
    const std::vector<ScoredPair> &pairs() const { return m_pairs; }
    // The predicted matches: one-to-one for a link, every pair over the threshold for a dedupe.
    std::vector<ScoredPair> matches() const;
    Band band(const ScoredPair &pair) const;
    Explanation explain(const ScoredPair &pair) const;

    const PreparedRecord &leftRecord(std::uint32_t index) const { return m_left[index]; }
    const PreparedRecord &rightRecord(std::uint32_t index) const { return m_linking ? m_right[index] : m_left[index]; }

private:
    MatchRun() = default;
    void run(const std::vector<CandidatePair> &candidates, const std::vector<Pattern> &sample);
    bool isCancelled();
    void report(const QString &step, int percent) const;

    MatchSettings m_settings;
    bool m_linking = false;
    bool m_cancelled = false;
    std::vector<PreparedRecord> m_left;
    std::vector<PreparedRecord> m_right;
    MatchModel m_model;
    MatchFigures m_figures;
    std::vector<ScoredPair> m_pairs;
};

// Greedy one-to-one choice among pairs sorted by weight (highest first): a pair is kept when
// neither of its records was kept before and its probability reaches the threshold.
std::vector<ScoredPair> oneToOne(const std::vector<ScoredPair> &sortedPairs, double threshold);

} // namespace adhera::merge

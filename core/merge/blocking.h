// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Blocking: which pairs are compared at all. Comparing every pair of two 100,000-row files is
// 10^10 comparisons; blocking compares only the pairs that share at least one key. Several
// independent keys are used together, so that a true pair survives a typo or a blank in any one
// field: sounds-alike surname with the first initial, sounds-alike given name with the postcode,
// the names in either order (swapped columns), the birth date, the identifier, the e-mail, each
// phone, the surname with the postcode, the street number with the postcode, the employer with
// the initial. A key shared by too many records (a very common name in a large town) is dropped:
// its pairs are found through the other keys.

#include "merge/preparedrecord.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace adhera::merge {

// A candidate pair: indexes into the left and right record lists (both into the same list when
// deduplicating, with left < right).
struct CandidatePair {
    std::uint32_t left;
    std::uint32_t right;
    bool operator==(const CandidatePair &) const = default;
};

struct BlockingOptions {
    Subject subject = Subject::Person;
    // A key whose block would hold more pairs than this is skipped.
    std::size_t maxPairsPerKey = 5000;
};

// The blocking keys of one record ("s:mart|j"), each prefixed by its rule.
std::vector<QString> blockingKeys(const PreparedRecord &record, Subject subject);

// Cross-file candidates, sorted by (left, right), without duplicates.
std::vector<CandidatePair> linkCandidates(
    const std::vector<PreparedRecord> &left, const std::vector<PreparedRecord> &right, const BlockingOptions &options);

// Candidates inside one list (left < right), sorted, without duplicates.
std::vector<CandidatePair> dedupeCandidates(const std::vector<PreparedRecord> &records, const BlockingOptions &options);

} // namespace adhera::merge

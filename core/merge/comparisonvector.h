// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The comparison vector of a pair of records: one Level per compared field, packed into 3 bits
// each of a 64-bit pattern. Packing lets the EM estimation work on distinct patterns (a few
// thousand) instead of pairs (millions), and a pair costs 16 bytes in memory.

#include "merge/compare.h"
#include "merge/preparedrecord.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace adhera::merge {

enum class Comparison {
    GivenName,
    Surname,
    BirthDate,
    NationalId,
    Organisation,
    Siren,
    Email,
    Mobile,
    Phone,
    StreetNumber,
    Street,
    AddressExtra,
    Postcode,
    City,
    Region,
};

inline constexpr int comparisonCount = int(Comparison::Region) + 1;
inline constexpr int levelCount = int(Level::Exact) + 1;

using Pattern = std::uint64_t;

// The comparisons made for a subject, in display order.
const QList<Comparison> &comparisonsFor(Subject subject);
QString label(Comparison comparison); // "Nom", translated
QString label(Level level); // "identique", translated

Level compare(Comparison comparison, const PreparedRecord &a, const PreparedRecord &b);
Pattern comparePair(Subject subject, const PreparedRecord &a, const PreparedRecord &b);

inline Level levelOf(Pattern pattern, Comparison comparison)
{
    return Level((pattern >> (3 * int(comparison))) & 7u);
}

inline Pattern withLevel(Pattern pattern, Comparison comparison, Level level)
{
    const int shift = 3 * int(comparison);
    return (pattern & ~(Pattern(7) << shift)) | (Pattern(level) << shift);
}

} // namespace adhera::merge

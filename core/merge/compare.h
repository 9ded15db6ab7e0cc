// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Comparisons: the second layer of the merge engine, between the normalisers and the scoring.
// Each comparator grades one field of two records into a Level; the Fellegi–Sunter scoring then
// gives each level of each field its own weight, so a comparator never produces a score itself.
//
// - Missing means "nothing to compare" (either side empty, or a generic mailbox): the scoring
//   must neither raise nor lower the score for it. It is not the same as Different.
// - Levels are ordered: Different < Phonetic < Similar < Exact. Phonetic is the weakest agreement
//   (sounds alike), Similar an edit-distance, initials, nickname or alternative-form agreement.
// - Inputs are already normalised (normalise.h, text::fold): the matcher normalises each record
//   once, and comparisons run millions of times on the 100k × 100k benchmark. The string
//   similarity functions therefore work on QStringView, use no regular expression and allocate
//   nothing for strings up to 64 UTF-16 units (longer strings fall back to a heap buffer).
//   frenchPhonetic is costly (tens of microseconds): the matcher prepares each name once
//   (PreparedName) and compares the prepared forms; the PersonName overloads are for one-off use.
// - Everything here is a pure function; nothing depends on the locale or on a database.

#include "merge/normalise.h"

#include <QStringView>

namespace adhera::merge {

enum class Level { Missing, Different, Phonetic, Similar, Exact };

// Jaro–Winkler similarity in [0, 1]: the Jaro similarity, boosted by prefixScale per common
// leading character (at most 4) when the Jaro similarity exceeds 0.7 (Winkler's threshold).
// prefixScale must not exceed 0.25. Two empty strings are identical (1); one empty string gives 0.
double jaroWinkler(QStringView a, QStringView b, double prefixScale = 0.1);

// Optimal string alignment distance: insertions, deletions, substitutions and transpositions of
// two adjacent characters each cost 1, and no substring is edited twice ("ca" → "abc" is 3).
int damerauLevenshtein(QStringView a, QStringView b);

// 1 − Levenshtein distance / length of the longer string, in [0, 1]; 1 for two empty strings.
double levenshteinSimilarity(QStringView a, QStringView b);

// A name with what its comparisons need, computed once per record.
struct PreparedName {
    PersonName name;
    QString givenJoined; // given tokens without spaces: "jeanmarc"
    QString surnameJoined; // surname tokens without spaces: "ndiaye"
    QString givenPhonetic; // frenchPhonetic(givenJoined)
    QString surnamePhonetic; // frenchPhonetic(surnameJoined)
};

PreparedName prepareName(const PersonName &name);

// Given names. Exact: the same token sets. Similar: compatible initials ("J.-P." and "JP" against
// "Jean-Pierre"), one token set inside the other ("Jean" / "Jean-Marc"), a French nickname
// ("Fred" / "Frédéric"), Jaro–Winkler ≥ 0.92 on the joined tokens, or one edit apart when both
// have at least 5 letters. Phonetic: the same
// frenchPhonetic key. Missing when either side has neither tokens nor initials.
Level compareGivenNames(const PreparedName &a, const PreparedName &b);
Level compareGivenNames(const PersonName &a, const PersonName &b);

// Surnames, tokens joined without spaces ("N Diaye" = "NDIAYE"). Exact: equal. Similar: an
// alternative form of one equals a form of the other (née/épouse, particles, ü/ue), or
// Jaro–Winkler ≥ 0.94, or one edit apart when both have at least 5 letters. Phonetic: the same
// frenchPhonetic key.
Level compareSurnames(const PreparedName &a, const PreparedName &b);
Level compareSurnames(const PersonName &a, const PersonName &b);

// Organisations, by core name (legal forms and sites already removed). Exact: the same core.
// Similar: one token set inside the other ("Teleperformance" / "Teleperformance France"), or the
// tokens' best Jaro–Winkler matches average at least 0.9 (both directions together).
Level compareOrganisations(const OrganisationName &a, const OrganisationName &b);

// Raw e-mail addresses (normalised here). Missing when either is empty or a generic mailbox.
// Exact: equal. Similar: the same local part at another domain (a company renamed after a
// merger). Same domain only is Different: colleagues share a domain.
Level compareEmails(const QString &a, const QString &b);
// The same for addresses already normalised and known not to be generic (the matcher prepares
// them once per record).
Level compareNormalisedEmails(QStringView a, QStringView b);

// E.164 numbers. Exact: equal. Similar: the same last 8 digits (a typo in the prefix).
Level comparePhones(QStringView e164a, QStringView e164b);

// Normalised postcodes. Exact: equal. Similar: the same département (the first 2 digits, or 3
// for the overseas 97x/98x).
Level comparePostcodes(QStringView a, QStringView b);

// Folded city names (text::fold). Exact: equal ignoring spaces. Similar: Jaro–Winkler ≥ 0.9.
Level compareCities(QStringView a, QStringView b);

// normaliseStreet output. Exact: equal ignoring spaces. Similar: Jaro–Winkler ≥ 0.9.
Level compareStreets(QStringView a, QStringView b);

// Dates as "yyyy-MM-dd" or "yyyyMMdd". Exact: equal. Similar: day and month swapped, or one digit
// off. Missing when either is empty or does not hold exactly 8 digits.
Level compareDates(QStringView isoA, QStringView isoB);

// Whether an identifier tolerates a typo: a SIREN has a check digit, so a different number is a
// different company; a social-security number in an import file may carry a typing error.
enum class IdentifierTolerance { ExactOnly, OneEdit };

// Identifiers compared on their letters and digits only ("123 456 789" = "123456789").
// Exact: equal. Similar (OneEdit only): one edit apart. Otherwise Different.
Level compareIdentifiers(QStringView a, QStringView b, IdentifierTolerance tolerance = IdentifierTolerance::ExactOnly);

} // namespace adhera::merge

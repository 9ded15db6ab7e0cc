// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which of two records' values a merged member should keep, field by field, and why. The merge
// review proposes these; the user may click the other value. The rules, in order:
// - a value that passes validation over one that does not (an e-mail without a domain, a
//   phone number too short, a postcode that does not exist, a SIREN with a wrong key);
// - for the same value written two ways, the accented spelling over the stripped one, and
//   lower case over SHOUTING CAPITALS (« Hélène » over « HELENE », « Laxou » over « LAXOU »);
// - the more complete value (« Jean-Pierre » over « J-P », « 12 rue Serpenoise » over
//   « 12 r. Serpenoise »);
// - the earliest join date;
// - for contact data (e-mail, phones, address, employer, job title), the more recent record:
//   a row of a new export over the member already in the file;
// - first and last names swapped on one side: both names from the side whose e-mail reads
//   « prenom.nom », else from the member already in the file.
// Without a rule that applies (two valid, different values from two exports), nothing is
// proposed and the review says the choice is the user's.

#include "importing/importfile.h"

#include <QHash>
#include <QString>

namespace adhera::merge {

struct ProposedValue {
    bool takeB = false;
    QString reason; // « l'orthographe accentuée »; translated
};

// a and b are the two records of a pair, with what validation found in each (checkRow: an
// import row keeps its own); bIsNewer when b is a row of an export and a the member already in
// the file (the other way round: aIsNewer).
struct PairSides {
    const importing::FieldValues &a;
    const importing::FieldValues &b;
    const QList<importing::RowProblem> &problemsA;
    const QList<importing::RowProblem> &problemsB;
    bool aIsNewer = false;
    bool bIsNewer = false;
};

// The proposal for every field where both sides have a value and a rule applies.
QHash<importing::ImportField, ProposedValue> proposeValues(const PairSides &sides);

// A value as compared for "the same value" (folded, phones in E.164, dates in ISO…).
QString comparableValue(importing::ImportField field, const QString &value);

} // namespace adhera::merge

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace adhera::text {

// Folds text for searching and sorting the French way: accents removed (é→e, ç→c), ligatures
// expanded (œ→oe, æ→ae, ß→ss), case folded, hyphens, apostrophes and punctuation (also "@" and ".") turned into
// spaces, runs of spaces collapsed. "Marie-Hélène D'Œuvrard" → "marie helene d oeuvrard".
QString fold(const QString &text);

// The words a user typed in a search box, folded: "Hélène  MULLER" → {"helene", "muller"}.
QStringList searchTerms(const QString &typed);

// Whether every term (searchTerms) is found in the text once folded: the search boxes' rule.
bool containsAll(const QString &text, const QStringList &terms);

} // namespace adhera::text

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Money is a whole number of cents (qint64), never a floating-point number: sums, allocations
// and reversals must add up to the cent. Text follows French habits: "1 234,50 €".

#include "i18n/letterlanguage.h"

#include <QString>

#include <optional>

namespace adhera::dues {

using Cents = qint64;

// "1 234,50 €" (narrow no-break space between thousands, no-break space before €); negative
// amounts as "−12,00 €".
QString formatEuros(Cents cents);
// In a letter's language: as above in French, "€1,234.50" and "−€12.00" in English.
QString formatEuros(Cents cents, i18n::LetterLanguage language);
// "1234,50" for spreadsheets and CSV: no thousands separator, decimal comma, no symbol.
QString formatDecimal(Cents cents);
// Accepts "1 234,50", "1234.5", "1 234,50 €", "12 €", "-3,20", "€1,234.50", "1.234,50": the
// cents, or nothing when the text is not an amount or has more than two decimals.
std::optional<Cents> parseEuros(const QString &text);

// The legal limit for cash payments between professionals (Code monétaire et financier,
// art. D112-3): 1,000 € when the payer is in France.
inline constexpr Cents cashLimit = 100000;

} // namespace adhera::dues

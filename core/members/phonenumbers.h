// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Phone numbers through libphonenumber: stored as E.164 ("+33353011234"), shown the French way
// ("03 53 01 12 34"; foreign numbers in international format "+32 2 123 45 67").

#include <QString>

namespace adhera::phone {

struct Parsed {
    bool valid = false;
    QString e164; // set when valid
    QString problem; // set when not valid: why, in French
};

// Accepts what people type: "03 87 12 34 56", "03.87.12.34.56", "+33 (0)3 87 12 34 56",
// "0033 3 87 12 34 56", "+33387123456", and Excel-mangled "387123456" (leading zero lost).
// Empty input is valid and gives an empty e164.
Parsed normalise(const QString &input, const QString &defaultRegion = QStringLiteral("FR"));

// E.164 → display form; anything that does not parse is returned unchanged.
QString display(const QString &e164);

} // namespace adhera::phone

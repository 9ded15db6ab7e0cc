// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// French company identifiers. SIREN = 9 digits, SIRET = SIREN + 5-digit NIC; both end in a
// Luhn check digit, except La Poste (SIREN 356000000) whose SIRETs have a digit sum that is a
// multiple of 5.

#include <QString>

namespace adhera::identifiers {

// Keeps only the digits: "123 456 789" → "123456789".
QString digitsOnly(const QString &text);

bool luhnValid(const QString &digits);
bool isValidSiren(const QString &digits);
bool isValidSiret(const QString &digits);

// "123456789" → "123 456 789"; "12345678900012" → "123 456 789 00012". Other input unchanged.
QString formatSiren(const QString &digits);
QString formatSiret(const QString &digits);

// Appends the Luhn check digit to 8 (SIREN) or 13 (SIRET) digits; used by the demo generator.
QString withLuhnCheckDigit(const QString &digitsWithoutCheck);

} // namespace adhera::identifiers

// SPDX-License-Identifier: GPL-3.0-or-later
#include "identifiers.h"

namespace adhera::identifiers {

namespace {

// La Poste has more establishments than a Luhn key per SIREN allows; INSEE gave its SIRETs
// another rule instead (digit sum a multiple of 5). Its head office SIRET still passes Luhn.
constexpr QStringView laPosteSiren = u"356000000";

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allDigits(const QString &text, qsizetype expectedLength)
{
    if (text.size() != expectedLength)
        return false;
    for (const QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// Sum of the Luhn weights, the rightmost digit undoubled; -1 when the text is not digits.
int luhnSum(const QString &digits)
{
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (!isAsciiDigit(digits.at(i)))
            return -1;
        int value = digits.at(i).unicode() - u'0';
        if (doubled) {
            value *= 2;
            if (value > 9)
                value -= 9;
        }
        sum += value;
        doubled = !doubled;
    }
    return sum;
}

int digitSum(const QString &digits)
{
    int sum = 0;
    for (const QChar c : digits)
        sum += c.unicode() - u'0';
    return sum;
}

} // namespace

QString digitsOnly(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (isAsciiDigit(c))
            digits += c;
    }
    return digits;
}

bool luhnValid(const QString &digits)
{
    if (digits.isEmpty())
        return false;
    const int sum = luhnSum(digits);
    return sum >= 0 && sum % 10 == 0;
}

bool isValidSiren(const QString &digits)
{
    return allDigits(digits, 9) && luhnValid(digits);
}

bool isValidSiret(const QString &digits)
{
    if (!allDigits(digits, 14))
        return false;
    if (luhnValid(digits))
        return true;
    return digits.startsWith(laPosteSiren) && digitSum(digits) % 5 == 0;
}

QString formatSiren(const QString &digits)
{
    if (!allDigits(digits, 9))
        return digits;
    return digits.left(3) + u' ' + digits.mid(3, 3) + u' ' + digits.mid(6, 3);
}

QString formatSiret(const QString &digits)
{
    if (!allDigits(digits, 14))
        return digits;
    return formatSiren(digits.left(9)) + u' ' + digits.mid(9);
}

// Input that is not all digits has no check digit; it gives an empty string.
QString withLuhnCheckDigit(const QString &digitsWithoutCheck)
{
    if (digitsWithoutCheck.isEmpty())
        return {};
    // Appending a 0 shifts every weight; the check digit then tops the sum up to a multiple of 10.
    const int sum = luhnSum(digitsWithoutCheck + u'0');
    if (sum < 0)
        return {};
    return digitsWithoutCheck + QChar(char16_t(u'0' + (10 - sum % 10) % 10));
}

} // namespace adhera::identifiers

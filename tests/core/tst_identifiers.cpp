// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "members/identifiers.h"

using namespace Qt::StringLiterals;
using namespace adhera::identifiers;

TEST_CASE("digitsOnly keeps the ASCII digits")
{
    CHECK(digitsOnly(u"123 456 789"_s) == u"123456789"_s);
    CHECK(digitsOnly(u" 732.829.320-00074 "_s) == u"73282932000074"_s);
    CHECK(digitsOnly(u"SIRET : néant"_s).isEmpty());
    CHECK(digitsOnly(QString()).isEmpty());
}

TEST_CASE("luhnValid checks the Luhn sum of digits only")
{
    CHECK(luhnValid(u"79927398713"_s)); // the textbook example
    CHECK_FALSE(luhnValid(u"79927398710"_s));
    CHECK(luhnValid(u"0"_s));
    CHECK_FALSE(luhnValid(QString()));
    CHECK_FALSE(luhnValid(u"7992739871a"_s));
    CHECK_FALSE(luhnValid(u"732 829 320"_s)); // formatted text is not digits
}

TEST_CASE("SIREN: nine digits whose Luhn sum is a multiple of 10")
{
    CHECK(isValidSiren(u"732829320"_s));
    CHECK(isValidSiren(u"552100554"_s));
    CHECK(isValidSiren(u"356000000"_s)); // La Poste's SIREN itself follows Luhn
    CHECK_FALSE(isValidSiren(u"732829321"_s));
    CHECK_FALSE(isValidSiren(u"123456789"_s));
    CHECK_FALSE(isValidSiren(u"73282932"_s));
    CHECK_FALSE(isValidSiren(u"7328293200"_s));
    CHECK_FALSE(isValidSiren(u"732 829 320"_s));
    CHECK_FALSE(isValidSiren(QString()));
}

TEST_CASE("SIRET: fourteen digits with a Luhn key")
{
    CHECK(isValidSiret(u"73282932000074"_s));
    CHECK(isValidSiret(u"55210055400013"_s));
    CHECK_FALSE(isValidSiret(u"73282932000075"_s));
    CHECK_FALSE(isValidSiret(u"12345678900012"_s));
    CHECK_FALSE(isValidSiret(u"7328293200007"_s));
    CHECK_FALSE(isValidSiret(u"732829320000740"_s));
    CHECK_FALSE(isValidSiret(u"732829320 00074"_s));
}

TEST_CASE("SIRET: La Poste's establishments use a digit sum multiple of 5")
{
    // 3+5+6+0+0+0+0+0+0 + 0+0+0+0+1 = 15: not Luhn, yet valid for La Poste.
    REQUIRE_FALSE(luhnValid(u"35600000000001"_s));
    CHECK(isValidSiret(u"35600000000001"_s));
    CHECK(isValidSiret(u"35600000000010"_s));
    // The head office, 356 000 000 00048, has a digit sum of 26 but a valid Luhn key.
    REQUIRE(luhnValid(u"35600000000048"_s));
    CHECK(isValidSiret(u"35600000000048"_s));
    // Sums 16 and 24, and no Luhn key.
    CHECK_FALSE(isValidSiret(u"35600000000002"_s));
    CHECK_FALSE(isValidSiret(u"35600000000019"_s));
    // The digit-sum rule belongs to La Poste alone: this one sums to 40 but fails Luhn.
    CHECK_FALSE(isValidSiret(u"73282932000040"_s));
}

TEST_CASE("SIREN and SIRET are shown in groups")
{
    CHECK(formatSiren(u"123456789"_s) == u"123 456 789"_s);
    CHECK(formatSiret(u"12345678900012"_s) == u"123 456 789 00012"_s);
    CHECK(formatSiren(u"12345678"_s) == u"12345678"_s);
    CHECK(formatSiren(u"123 456 789"_s) == u"123 456 789"_s);
    CHECK(formatSiren(u"12345678X"_s) == u"12345678X"_s);
    CHECK(formatSiret(u"123456789"_s) == u"123456789"_s);
    CHECK(formatSiret(u"123456789000123"_s) == u"123456789000123"_s);
    CHECK(formatSiret(QString()).isEmpty());
}

TEST_CASE("withLuhnCheckDigit completes SIRENs and SIRETs")
{
    CHECK(withLuhnCheckDigit(u"73282932"_s) == u"732829320"_s);
    CHECK(withLuhnCheckDigit(u"55210055"_s) == u"552100554"_s);
    CHECK(withLuhnCheckDigit(u"7328293200007"_s) == u"73282932000074"_s);
    CHECK(withLuhnCheckDigit(u"1234567890001"_s) == u"12345678900015"_s);

    for (const QString &prefix : {u"00000000"_s, u"12345678"_s, u"99999999"_s, u"50505050"_s}) {
        const QString siren = withLuhnCheckDigit(prefix);
        CHECK(isValidSiren(siren));
        CHECK(isValidSiret(withLuhnCheckDigit(siren + u"0001"_s)));
    }

    CHECK(withLuhnCheckDigit(QString()).isEmpty());
    CHECK(withLuhnCheckDigit(u"1234 678"_s).isEmpty());
}

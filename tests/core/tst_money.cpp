// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "dues/financialyear.h"
#include "dues/money.h"

using namespace Qt::StringLiterals;
using namespace adhera::dues;

TEST_CASE("euros are written the French way, to the cent", "[dues]")
{
    CHECK(formatEuros(0) == u"0,00\u00a0€"_s);
    CHECK(formatEuros(5) == u"0,05\u00a0€"_s);
    CHECK(formatEuros(1250) == u"12,50\u00a0€"_s);
    CHECK(formatEuros(123450) == u"1\u202f234,50\u00a0€"_s);
    CHECK(formatEuros(123456789) == u"1\u202f234\u202f567,89\u00a0€"_s);
    CHECK(formatEuros(100000) == u"1\u202f000,00\u00a0€"_s);
    CHECK(formatEuros(-1200) == u"\u221212,00\u00a0€"_s);
    CHECK(formatEuros(-123450) == u"\u22121\u202f234,50\u00a0€"_s);

    CHECK(formatDecimal(0) == u"0,00"_s);
    CHECK(formatDecimal(123450) == u"1234,50"_s);
    CHECK(formatDecimal(-5) == u"-0,05"_s);
    CHECK(formatDecimal(-123456) == u"-1234,56"_s);
}

TEST_CASE("amounts typed by a person are read as cents, or refused", "[dues]")
{
    CHECK(parseEuros(u"12"_s) == 1200);
    CHECK(parseEuros(u"12,5"_s) == 1250);
    CHECK(parseEuros(u"12,50"_s) == 1250);
    CHECK(parseEuros(u"1234.5"_s) == 123450);
    CHECK(parseEuros(u"1 234,50"_s) == 123450);
    CHECK(parseEuros(u"1 234,50 €"_s) == 123450);
    CHECK(parseEuros(u"1\u202f234,50\u00a0€"_s) == 123450);
    CHECK(parseEuros(u"12 €"_s) == 1200);
    CHECK(parseEuros(u"  0,07 "_s) == 7);
    CHECK(parseEuros(u"-3,20"_s) == -320);
    CHECK(parseEuros(u"\u22123,20\u00a0€"_s) == -320);
    CHECK(parseEuros(formatEuros(-98765432)) == -98765432);
    // Thousands separators the English way, or with both marks.
    CHECK(parseEuros(u"€1,234.50"_s) == 123450);
    CHECK(parseEuros(u"1,234,567"_s) == 123456700);
    CHECK(parseEuros(u"1.234,50"_s) == 123450);
    CHECK(parseEuros(u"\u2212€12.00"_s) == -1200);

    CHECK_FALSE(parseEuros(QString()));
    CHECK_FALSE(parseEuros(u"€"_s));
    CHECK_FALSE(parseEuros(u"douze"_s));
    CHECK_FALSE(parseEuros(u"12,345"_s));
    CHECK_FALSE(parseEuros(u"1,234"_s)); // 1 234 € or 1,23 € mistyped: asked again
    CHECK_FALSE(parseEuros(u"1,23,45"_s));
    CHECK_FALSE(parseEuros(u"12,"_s));
    CHECK_FALSE(parseEuros(u",50"_s));
    CHECK_FALSE(parseEuros(u"12 $"_s));
    CHECK_FALSE(parseEuros(u"--3"_s));
}

TEST_CASE("a financial year runs twelve months from its start month", "[dues]")
{
    SECTION("calendar year")
    {
        const FinancialYear year(2026);
        CHECK(year.first() == QDate(2026, 1, 1));
        CHECK(year.last() == QDate(2026, 12, 31));
        CHECK(year.label() == u"2026"_s);
        CHECK(year.contains(QDate(2026, 12, 31)));
        CHECK_FALSE(year.contains(QDate(2027, 1, 1)));
        CHECK(FinancialYear::containing(QDate(2026, 7, 14)) == year);
        CHECK(year.monthsFrom(QDate(2025, 6, 1)) == 12);
        CHECK(year.monthsFrom(QDate(2026, 1, 1)) == 12);
        CHECK(year.monthsFrom(QDate(2026, 1, 31)) == 12);
        CHECK(year.monthsFrom(QDate(2026, 6, 15)) == 7);
        CHECK(year.monthsFrom(QDate(2026, 9, 1)) == 4);
        CHECK(year.monthsFrom(QDate(2026, 12, 31)) == 1);
        CHECK(year.monthsFrom(QDate(2027, 1, 1)) == 0);
    }
    SECTION("starting in September")
    {
        const FinancialYear year(2026, 9);
        CHECK(year.first() == QDate(2026, 9, 1));
        CHECK(year.last() == QDate(2027, 8, 31));
        CHECK(year.label() == u"2026-2027"_s);
        CHECK(FinancialYear::containing(QDate(2027, 3, 10), 9) == year);
        CHECK(FinancialYear::containing(QDate(2026, 8, 31), 9) == FinancialYear(2025, 9));
        CHECK(FinancialYear::containing(QDate(2026, 9, 1), 9) == year);
        CHECK(year.monthsFrom(QDate(2026, 9, 1)) == 12);
        CHECK(year.monthsFrom(QDate(2027, 1, 15)) == 8);
        CHECK(year.monthsFrom(QDate(2027, 8, 31)) == 1);
        CHECK(year.monthsFrom(QDate(2027, 9, 1)) == 0);
    }
    SECTION("an impossible start month falls back to a valid one")
    {
        CHECK(FinancialYear(2026, 0).startMonth() == 1);
        CHECK(FinancialYear(2026, 13).startMonth() == 12);
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "dues/money.h"
#include "i18n/displayformat.h"
#include "i18n/translations.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace adhera;

TEST_CASE("the window writes dates, amounts and months in its language", "[i18n]")
{
    const QDate day(2026, 12, 7);
    SECTION("French until another translation is installed")
    {
        CHECK(i18n::displayLocale().language() == QLocale::French);
        CHECK(i18n::displayDate(day) == u"07/12/2026"_s);
        CHECK(i18n::displayDateTime(QDateTime(day, QTime(14, 30))) == u"07/12/2026 14:30"_s);
        CHECK(i18n::displayEuros(123450) == dues::formatEuros(123450));
        CHECK(i18n::displayMonth(QDate(2026, 1, 1), true) == u"janv."_s);
        CHECK(i18n::displayMonth(QDate(2026, 1, 1), false) == u"janvier 2026"_s);
        CHECK(i18n::displayNumber(-4.6, 1) == u"\u22124,6"_s);
        CHECK(i18n::displayDate(QDate()).isEmpty());
    }
    SECTION("English (United Kingdom) once its translation is installed, French again after")
    {
        i18n::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedKingdom));
        CHECK(i18n::displayDate(day) == u"07/12/2026"_s);
        CHECK(i18n::displayEuros(123450) == u"€1,234.50"_s);
        CHECK(i18n::displayEuros(-5) == u"\u2212€0.05"_s);
        CHECK(i18n::displayMonth(QDate(2026, 1, 1), true) == u"Jan"_s);
        CHECK(i18n::displayMonth(QDate(2026, 1, 1), false) == u"January 2026"_s);
        CHECK(i18n::displayNumber(-4.6, 1) == u"\u22124.6"_s);
        // What the window writes, the window reads back.
        CHECK(dues::parseEuros(i18n::displayEuros(123450)) == 123450);
        i18n::removeTranslations(*QCoreApplication::instance());
        CHECK(i18n::displayEuros(123450) == dues::formatEuros(123450));
    }
    SECTION("English (United States): month first, four-digit year")
    {
        i18n::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
        CHECK(i18n::dateFormat() == u"M/d/yyyy"_s);
        CHECK(i18n::displayDate(day) == u"12/7/2026"_s);
        // Documents and files keep the French form whatever the window's language.
        CHECK(i18n::documentDate(day) == u"07/12/2026"_s);
        CHECK(i18n::documentDate(QDate()).isEmpty());
        i18n::removeTranslations(*QCoreApplication::instance());
    }
    SECTION("a language Adhera does not speak stays French")
    {
        i18n::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany));
        CHECK(i18n::displayEuros(123450) == dues::formatEuros(123450));
        i18n::removeTranslations(*QCoreApplication::instance());
    }
}

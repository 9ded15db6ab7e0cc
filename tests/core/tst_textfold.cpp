// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "text/textfold.h"

using namespace Qt::StringLiterals;
using adhera::text::containsAll;
using adhera::text::fold;
using adhera::text::searchTerms;

TEST_CASE("fold removes accents and case the French way")
{
    CHECK(fold(u"Hélène"_s) == u"helene"_s);
    CHECK(fold(u"MULLER"_s) == u"muller"_s);
    CHECK(fold(u"Müller"_s) == u"muller"_s);
    CHECK(fold(u"François Œuvrard"_s) == u"francois oeuvrard"_s);
    CHECK(fold(u"Lætitia Groß"_s) == u"laetitia gross"_s);
    CHECK(fold(u"Vandœuvre-lès-Nancy"_s) == u"vandoeuvre les nancy"_s);
    CHECK(fold(u"Wiśniewski"_s) == u"wisniewski"_s);
}

TEST_CASE("fold turns hyphens, apostrophes and punctuation into single spaces")
{
    CHECK(fold(u"  Marie-Hélène   N'Diaye "_s) == u"marie helene n diaye"_s);
    CHECK(fold(u"D’Angelo"_s) == u"d angelo"_s);
    CHECK(fold(u"jean.dupont@example.org"_s) == u"jean dupont example org"_s);
    CHECK(fold(QString()).isEmpty());
}

TEST_CASE("search terms are the folded words typed")
{
    CHECK(searchTerms(u"Hélène  MULLER"_s) == QStringList {u"helene"_s, u"muller"_s});
    CHECK(searchTerms(u"\"  -- "_s).isEmpty());
}

TEST_CASE("a text contains all the search terms, whatever their accents and order")
{
    const QString call = u"AC-2025-0001 Transports Lœuvre Entreprise 50 à 199 salariés"_s;
    CHECK(containsAll(call, searchTerms(u"loeuvre 2025"_s)));
    CHECK(containsAll(call, searchTerms(u"SALARIES lœuvre"_s)));
    CHECK_FALSE(containsAll(call, searchTerms(u"loeuvre 2026"_s)));
    CHECK(containsAll(call, searchTerms(u"  "_s)));
}

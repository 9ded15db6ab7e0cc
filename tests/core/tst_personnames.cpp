// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "members/personnames.h"

using namespace Qt::StringLiterals;
using namespace adhera;

TEST_CASE("names and towns shouted in capitals are written as in running text", "[names]")
{
    CHECK(fromCapitals(u"LAXOU"_s) == u"Laxou"_s);
    CHECK(fromCapitals(u"VANDŒUVRE-LÈS-NANCY"_s) == u"Vandœuvre-lès-Nancy"_s);
    CHECK(fromCapitals(u"SAINT-DIÉ-DES-VOSGES"_s) == u"Saint-Dié-des-Vosges"_s);
    CHECK(fromCapitals(u"PONT-À-MOUSSON"_s) == u"Pont-à-Mousson"_s);
    CHECK(fromCapitals(u"LE BAN-SAINT-MARTIN"_s) == u"Le Ban-Saint-Martin"_s);
    CHECK(fromCapitals(u"L'HÔPITAL"_s) == u"L'Hôpital"_s);
    CHECK(fromCapitals(u"JEAN-PIERRE"_s) == u"Jean-Pierre"_s);
    CHECK(fromCapitals(u"MÜLLER"_s) == u"Müller"_s);
    CHECK(fromCapitals(u"DA SILVA"_s) == u"Da Silva"_s);
    CHECK(fromCapitals(u"GAVIER ÉPOUSE COUERT"_s) == u"Gavier épouse Couert"_s);
    CHECK(fromCapitals(u"METZ CEDEX 3"_s) == u"Metz Cedex 3"_s);
    // Written with care, or too short to judge: kept.
    CHECK(fromCapitals(u"Laxou"_s) == u"Laxou"_s);
    CHECK(fromCapitals(u"McDONALD"_s) == u"McDONALD"_s);
    CHECK(fromCapitals(u"D"_s) == u"D"_s);
    CHECK(fromCapitals(u"57000"_s) == u"57000"_s);
    CHECK(fromCapitals(QString()).isEmpty());
}

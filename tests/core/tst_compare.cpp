// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "merge/compare.h"
#include "text/textfold.h"

using namespace Qt::StringLiterals;
using namespace adhera::merge;

namespace {

Level givenNames(const QString &a, const QString &b)
{
    return compareGivenNames(normalisePersonName(a, u"Dupont"_s), normalisePersonName(b, u"Dupont"_s));
}

Level surnames(const QString &a, const QString &b)
{
    return compareSurnames(normalisePersonName(u"Anne"_s, a), normalisePersonName(u"Anne"_s, b));
}

Level organisations(const QString &a, const QString &b)
{
    return compareOrganisations(normaliseOrganisation(a), normaliseOrganisation(b));
}

} // namespace

TEST_CASE("Jaro-Winkler gives the textbook values")
{
    CHECK(jaroWinkler(u"MARTHA", u"MARHTA") == Approx(0.961).margin(0.0005));
    CHECK(jaroWinkler(u"DWAYNE", u"DUANE") == Approx(0.840).margin(0.0005));
    CHECK(jaroWinkler(u"DIXON", u"DICKSONX") == Approx(0.813).margin(0.0005));
    CHECK(jaroWinkler(u"martin", u"martin") == 1.0);
    CHECK(jaroWinkler(u"", u"") == 1.0);
    CHECK(jaroWinkler(u"abc", u"") == 0.0);
    CHECK(jaroWinkler(u"abc", u"xyz") == 0.0);
    // Symmetric, and the prefix boost grows with the scale.
    CHECK(jaroWinkler(u"DUANE", u"DWAYNE") == Approx(jaroWinkler(u"DWAYNE", u"DUANE")));
    CHECK(jaroWinkler(u"MARTHA", u"MARHTA", 0.2) > jaroWinkler(u"MARTHA", u"MARHTA"));
    // Longer than the stack buffers.
    const QString longA = QString(100, u'a') + u"bc"_s;
    const QString longB = QString(100, u'a') + u"cb"_s;
    CHECK(jaroWinkler(longA, longB) > 0.99);
}

TEST_CASE("Damerau-Levenshtein is the optimal string alignment distance")
{
    CHECK(damerauLevenshtein(u"ca", u"abc") == 3);
    CHECK(damerauLevenshtein(u"abcd", u"acbd") == 1);
    CHECK(damerauLevenshtein(u"", u"abc") == 3);
    CHECK(damerauLevenshtein(u"abc", u"") == 3);
    CHECK(damerauLevenshtein(u"kitten", u"sitting") == 3);
    CHECK(damerauLevenshtein(u"schmitt", u"schmidt") == 1);
    const QString longer = QString(80, u'x') + u"yz"_s;
    CHECK(damerauLevenshtein(QString(80, u'x'), longer) == 2);

    CHECK(levenshteinSimilarity(u"", u"") == 1.0);
    CHECK(levenshteinSimilarity(u"abcd", u"abcd") == 1.0);
    CHECK(levenshteinSimilarity(u"abcd", u"") == 0.0);
    // Without transpositions, a swap costs two edits.
    CHECK(levenshteinSimilarity(u"abcd", u"acbd") == Approx(0.5));
}

TEST_CASE("given names are graded the French way")
{
    CHECK(givenNames(u"Jean-Marc"_s, u"Jean Marc"_s) == Level::Exact);
    CHECK(givenNames(u"Hélène"_s, u"HELENE"_s) == Level::Exact);
    CHECK(givenNames(u"Jean-Marc"_s, u"J.-Marc"_s) == Level::Similar);
    CHECK(givenNames(u"Jean-Marc"_s, u"JM"_s) == Level::Similar);
    CHECK(givenNames(u"J.-Marc"_s, u"JM"_s) == Level::Similar);
    CHECK(givenNames(u"J-P"_s, u"Jean-Pierre"_s) == Level::Similar);
    CHECK(givenNames(u"J."_s, u"Jean-Pierre"_s) == Level::Similar);
    // Initials abbreviate the start of the full name, never more than it has.
    CHECK(givenNames(u"J.-L."_s, u"Jessica"_s) == Level::Different);
    CHECK(givenNames(u"J.-L."_s, u"Jean-Pierre"_s) == Level::Different);
    CHECK(givenNames(u"JP"_s, u"J."_s) == Level::Similar);
    CHECK(givenNames(u"Berarand"_s, u"Bertrand"_s) == Level::Similar); // one slip
    CHECK(givenNames(u"Paul"_s, u"Raul"_s) == Level::Different); // too short to tell a slip from another name
    CHECK(givenNames(u"Jean"_s, u"Jean-Marc"_s) == Level::Similar);
    CHECK(givenNames(u"Marie-H."_s, u"Marie-Hélène"_s) == Level::Similar);
    CHECK(givenNames(u"Phillipe"_s, u"Philippe"_s) == Level::Similar);

    CHECK(givenNames(u"Fred"_s, u"Frédéric"_s) == Level::Similar);
    CHECK(givenNames(u"Seb"_s, u"Sébastien"_s) == Level::Similar);
    CHECK(givenNames(u"Steph"_s, u"Stéphanie"_s) == Level::Similar);
    CHECK(givenNames(u"Dom"_s, u"Dominique"_s) == Level::Similar);
    CHECK(givenNames(u"Chris"_s, u"Christine"_s) == Level::Similar);
    CHECK(givenNames(u"Manu"_s, u"Emmanuel"_s) == Level::Similar);

    CHECK(givenNames(u"Christophe"_s, u"Christine"_s) == Level::Different);
    CHECK(givenNames(u"Jean-Marc"_s, u"Jean-Michel"_s) != Level::Exact);
    CHECK(givenNames(u"J.-Marc"_s, u"Jean-Michel"_s) == Level::Different);
    CHECK(givenNames(u"Sophie"_s, u"Claire"_s) == Level::Different);
    CHECK(givenNames(u"JM"_s, u"Pierre"_s) == Level::Different);

    CHECK(givenNames(QString(), u"Jean"_s) == Level::Missing);
    CHECK(givenNames(u"Jean"_s, u"  "_s) == Level::Missing);
}

TEST_CASE("surnames are graded with their alternative forms")
{
    CHECK(surnames(u"DUPONT"_s, u"Dupont"_s) == Level::Exact);
    CHECK(surnames(u"N'Diaye"_s, u"N Diaye"_s) == Level::Exact);
    CHECK(surnames(u"N'Diaye"_s, u"NDIAYE"_s) == Level::Exact);

    CHECK(surnames(u"Dupont née Martin"_s, u"Martin"_s) == Level::Similar);
    CHECK(surnames(u"Martin"_s, u"Dupont née Martin"_s) == Level::Similar);
    CHECK(surnames(u"KLEIN épouse WEBER"_s, u"Weber"_s) == Level::Similar);
    CHECK(surnames(u"Müller"_s, u"Mueller"_s) == Level::Similar);
    CHECK(surnames(u"De La Fontaine"_s, u"Fontaine"_s) == Level::Similar);
    CHECK(surnames(u"Collin"_s, u"Colin"_s) == Level::Similar);
    CHECK(surnames(u"Thiébaut"_s, u"Thiebault"_s) == Level::Similar);

    // Schmitt and Schmidt sound alike; one edit apart they also pass the Similar test.
    CHECK(frenchPhonetic(u"Schmitt"_s) == frenchPhonetic(u"Schmidt"_s));
    CHECK(surnames(u"Schmitt"_s, u"Schmidt"_s) >= Level::Phonetic);
    // Alike by sound only: two edits apart, no common prefix.
    CHECK(surnames(u"Schmitt"_s, u"Chmit"_s) == Level::Phonetic);

    CHECK(surnames(u"Martin"_s, u"Marchal"_s) == Level::Different);
    CHECK(surnames(u"Weber"_s, u"Weiss"_s) == Level::Different);
    // No edit tolerance under 5 letters.
    CHECK(surnames(u"Petit"_s, u"Petin"_s) != Level::Exact);
    CHECK(surnames(u"Roy"_s, u"Ray"_s) == Level::Different);

    CHECK(surnames(QString(), u"Martin"_s) == Level::Missing);
}

TEST_CASE("prepared names compare like the names themselves")
{
    const PersonName jeanMarc = normalisePersonName(u"Jean-Marc"_s, u"Schmitt"_s);
    const PersonName jm = normalisePersonName(u"JM"_s, u"Chmit"_s);
    const PreparedName preparedJeanMarc = prepareName(jeanMarc);
    const PreparedName preparedJm = prepareName(jm);
    CHECK(preparedJeanMarc.givenJoined == u"jeanmarc"_s);
    CHECK(preparedJeanMarc.surnamePhonetic == frenchPhonetic(u"Schmitt"_s));
    CHECK(compareGivenNames(preparedJeanMarc, preparedJm) == compareGivenNames(jeanMarc, jm));
    CHECK(compareSurnames(preparedJeanMarc, preparedJm) == Level::Phonetic);
    CHECK(compareSurnames(preparedJeanMarc, preparedJeanMarc) == Level::Exact);
}

TEST_CASE("organisations are compared on their core names")
{
    CHECK(organisations(u"Teleperformance France S.A.S."_s, u"TELEPERFORMANCE FRANCE"_s) == Level::Exact);
    CHECK(organisations(u"Teleperformance France S.A.S."_s, u"Teleperformance"_s) == Level::Similar);
    CHECK(organisations(u"Banque Populaire Alsace Lorraine Champagne"_s, u"Banque Populaire"_s) == Level::Similar);
    CHECK(organisations(u"Teleperfomance"_s, u"Teleperformance"_s) == Level::Similar);
    CHECK(organisations(u"Alpha Conseil"_s, u"Conseil"_s) == Level::Different);
    CHECK(organisations(u"Acticall"_s, u"Arvato"_s) == Level::Different);
    CHECK(organisations(QString(), u"Arvato"_s) == Level::Missing);
}

TEST_CASE("e-mails: generic mailboxes never count")
{
    CHECK(compareEmails(u"J.Dupont@Example.org"_s, u"j.dupont@example.org"_s) == Level::Exact);
    CHECK(compareEmails(u"j.dupont@connect.example.org"_s, u"j.dupont@l2c.example.org"_s) == Level::Similar);
    CHECK(compareEmails(u"j.dupont@example.org"_s, u"p.martin@example.org"_s) == Level::Different);
    CHECK(compareEmails(u"contact@example.org"_s, u"contact@example.org"_s) == Level::Missing);
    CHECK(compareEmails(u"contact@example.org"_s, u"j.dupont@example.org"_s) == Level::Missing);
    CHECK(compareEmails(QString(), u"j.dupont@example.org"_s) == Level::Missing);
}

TEST_CASE("phones, postcodes, cities and streets")
{
    CHECK(comparePhones(u"+33387123456", u"+33387123456") == Level::Exact);
    CHECK(comparePhones(normalisePhone(u"03 87 12 34 56"_s), u"+33387123456") == Level::Exact);
    CHECK(comparePhones(u"+33387123456", u"+33487123456") == Level::Similar);
    CHECK(comparePhones(u"+33387123456", u"+33387123465") == Level::Different);
    CHECK(comparePhones(u"", u"+33387123456") == Level::Missing);

    CHECK(comparePostcodes(u"57000", u"57000") == Level::Exact);
    CHECK(comparePostcodes(u"57000", u"57070") == Level::Similar);
    CHECK(comparePostcodes(u"57000", u"54000") == Level::Different);
    CHECK(comparePostcodes(u"97400", u"97410") == Level::Similar);
    CHECK(comparePostcodes(u"97400", u"97100") == Level::Different);
    CHECK(comparePostcodes(u"", u"57000") == Level::Missing);

    using adhera::text::fold;
    CHECK(compareCities(fold(u"Vandœuvre-lès-Nancy"_s), fold(u"VANDOEUVRE LES NANCY"_s)) == Level::Exact);
    CHECK(compareCities(fold(u"Sarreguemines"_s), fold(u"Sarreguemine"_s)) == Level::Similar);
    CHECK(compareCities(fold(u"Metz"_s), fold(u"Nancy"_s)) == Level::Different);
    CHECK(compareCities(u"", u"metz") == Level::Missing);

    CHECK(compareStreets(normaliseStreet(u"12 bd de la Paix"_s), normaliseStreet(u"12 boulevard de la Paix"_s)) == Level::Exact);
    CHECK(compareStreets(normaliseStreet(u"12 rue Serpenoise"_s), normaliseStreet(u"12 rue Serpenoisse"_s)) == Level::Similar);
    CHECK(compareStreets(normaliseStreet(u"12 rue Serpenoise"_s), normaliseStreet(u"3 place Stanislas"_s)) == Level::Different);
}

TEST_CASE("dates and identifiers")
{
    CHECK(compareDates(u"1975-04-12", u"1975-04-12") == Level::Exact);
    CHECK(compareDates(u"1975-04-12", u"19750412") == Level::Exact);
    CHECK(compareDates(u"1975-04-12", u"1975-12-04") == Level::Similar);
    CHECK(compareDates(u"1975-04-12", u"1976-04-12") == Level::Similar);
    CHECK(compareDates(u"1975-04-12", u"1982-09-30") == Level::Different);
    CHECK(compareDates(u"", u"1975-04-12") == Level::Missing);
    CHECK(compareDates(u"1975-04", u"1975-04-12") == Level::Missing);

    CHECK(compareIdentifiers(u"732 829 320", u"732829320") == Level::Exact);
    CHECK(compareIdentifiers(u"732829320", u"732829321") == Level::Different);
    CHECK(compareIdentifiers(u"1234567", u"1243567", IdentifierTolerance::OneEdit) == Level::Similar);
    CHECK(compareIdentifiers(u"1234567", u"7654321", IdentifierTolerance::OneEdit) == Level::Different);
    CHECK(compareIdentifiers(u"", u"732829320") == Level::Missing);
}

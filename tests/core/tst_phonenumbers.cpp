// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "members/phonenumbers.h"

using namespace Qt::StringLiterals;
using adhera::phone::display;
using adhera::phone::normalise;
using adhera::phone::Parsed;

namespace {

QString e164(const QString &typed, const QString &region = u"FR"_s)
{
    const Parsed parsed = normalise(typed, region);
    INFO("typed: " << typed.toStdString() << ", problem: " << parsed.problem.toStdString());
    CHECK(parsed.valid);
    CHECK(parsed.problem.isEmpty());
    return parsed.e164;
}

QString problem(const QString &typed)
{
    const Parsed parsed = normalise(typed);
    INFO("typed: " << typed.toStdString());
    CHECK_FALSE(parsed.valid);
    CHECK(parsed.e164.isEmpty());
    return parsed.problem;
}

} // namespace

TEST_CASE("every way of writing a French number gives the same E.164")
{
    const QString expected = u"+33387123456"_s;
    CHECK(e164(u"03 87 12 34 56"_s) == expected);
    CHECK(e164(u"03.87.12.34.56"_s) == expected);
    CHECK(e164(u"0387123456"_s) == expected);
    CHECK(e164(u"03-87-12-34-56"_s) == expected);
    CHECK(e164(u"+33 (0)3 87 12 34 56"_s) == expected);
    CHECK(e164(u"0033 3 87 12 34 56"_s) == expected);
    CHECK(e164(u"+33387123456"_s) == expected);
    CHECK(e164(u"+33 3 87 12 34 56"_s) == expected);
    CHECK(e164(u"  03 87 12 34 56\t"_s) == expected);
    CHECK(e164(u"03\u00a087\u00a012\u00a034\u00a056"_s) == expected); // non-breaking spaces from a word processor
}

TEST_CASE("a spreadsheet's nine digits get their leading zero back")
{
    CHECK(e164(u"387123456"_s) == u"+33387123456"_s);
    CHECK(e164(u"639981234"_s) == u"+33639981234"_s);
    CHECK(e164(u"687654321"_s) == u"+33687654321"_s);
    // Nine digits that already start with 0 are a number missing a digit, not a lost zero.
    CHECK(problem(u"038712345"_s) == u"Le numéro « 038712345 » n'est pas un numéro français valide."_s);
}

TEST_CASE("the ARCEP ranges reserved for fiction are accepted")
{
    CHECK(e164(u"03 53 01 12 34"_s) == u"+33353011234"_s);
    CHECK(e164(u"03 53 01 00 00"_s) == u"+33353010000"_s);
    CHECK(e164(u"06 39 98 12 34"_s) == u"+33639981234"_s);
    CHECK(e164(u"+33 6 39 98 00 00"_s) == u"+33639980000"_s);
    // The neighbouring unallocated mobile block stays refused.
    CHECK(problem(u"06 39 97 12 34"_s).contains(u"06 39 97 12 34"_s));
}

TEST_CASE("empty input is a valid, empty number")
{
    for (const QString &typed : {QString(), u""_s, u"   "_s}) {
        const Parsed parsed = normalise(typed);
        CHECK(parsed.valid);
        CHECK(parsed.e164.isEmpty());
        CHECK(parsed.problem.isEmpty());
    }
}

TEST_CASE("foreign numbers need their country code, or another default region")
{
    CHECK(e164(u"+32 2 511 11 11"_s) == u"+3225111111"_s);
    CHECK(e164(u"0032 2 511 11 11"_s) == u"+3225111111"_s);
    CHECK(e164(u"+41 22 123 45 67"_s) == u"+41221234567"_s);
    CHECK(e164(u"+377 93 15 20 00"_s) == u"+37793152000"_s);
    CHECK(e164(u"02 511 11 11"_s, u"BE"_s) == u"+3225111111"_s);
}

TEST_CASE("invalid numbers are refused with a message that names them")
{
    CHECK(problem(u"03 87 12"_s) == u"Le numéro « 03 87 12 » est trop court."_s);
    CHECK(problem(u"+33 1"_s) == u"Le numéro « +33 1 » est trop court."_s);
    CHECK(problem(u"03 87 12 34 56 78"_s) == u"Le numéro « 03 87 12 34 56 78 » est trop long."_s);
    CHECK(problem(u"+999 123 456"_s) == u"Le numéro « +999 123 456 » commence par un indicatif de pays inconnu."_s);
    CHECK(problem(u"---"_s) == u"« --- » n'est pas un numéro de téléphone."_s);
    CHECK(problem(u"04 00 00 00 00"_s) == u"Le numéro « 04 00 00 00 00 » n'est pas un numéro français valide."_s);
    CHECK(problem(u"+32 2 123 45 67"_s) == u"Le numéro « +32 2 123 45 67 » n'est pas valide pour l'indicatif +32."_s);
    // Words would be dropped by the parser; they belong in the notes instead.
    CHECK(problem(u"03 87 12 34 56 bureau"_s)
        == u"Le numéro « 03 87 12 34 56 bureau » contient autre chose que des chiffres ; notez les précisions "
           "(poste, horaires…) dans les remarques."_s);
    CHECK(problem(u"03 87 12 34 56 ext. 12"_s).startsWith(u"Le numéro « 03 87 12 34 56 ext. 12 » contient"_s));
    CHECK(problem(u"  03 87 12  "_s) == u"Le numéro « 03 87 12 » est trop court."_s);
}

TEST_CASE("French numbers are shown the national way, others internationally")
{
    CHECK(display(u"+33353011234"_s) == u"03 53 01 12 34"_s);
    CHECK(display(u"+33639981234"_s) == u"06 39 98 12 34"_s);
    CHECK(display(u"+33387123456"_s) == u"03 87 12 34 56"_s);
    CHECK(display(u"+3225111111"_s) == u"+32 2 511 11 11"_s);
    CHECK(display(u"+41221234567"_s) == u"+41 22 123 45 67"_s);
    CHECK(display(u"+37793152000"_s) == u"+377 93 15 20 00"_s);
}

TEST_CASE("display leaves what is not a valid E.164 number as it is")
{
    CHECK(display(QString()).isEmpty());
    CHECK(display(u"03 87 12 34 56"_s) == u"03 87 12 34 56"_s);
    CHECK(display(u"inconnu"_s) == u"inconnu"_s);
    CHECK(display(u"+999123456"_s) == u"+999123456"_s);
    CHECK(display(u"+33038712"_s) == u"+33038712"_s);
}

TEST_CASE("normalise then display gives the familiar French form")
{
    for (const QString &typed : {u"03.87.12.34.56"_s, u"+33 (0)3 87 12 34 56"_s, u"0033 3 87 12 34 56"_s, u"387123456"_s})
        CHECK(display(normalise(typed).e164) == u"03 87 12 34 56"_s);
    // Normalising an E.164 value again changes nothing.
    CHECK(e164(u"+33639981234"_s) == u"+33639981234"_s);
    CHECK(e164(u"+3225111111"_s) == u"+3225111111"_s);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "merge/normalise.h"

using namespace Qt::StringLiterals;
using namespace adhera::merge;

TEST_CASE("civilities inside name fields are removed and reported")
{
    PersonName name = normalisePersonName(u"M. Jean"_s, u"DUPONT"_s);
    CHECK(name.civility == u"M."_s);
    CHECK(name.givenTokens == QStringList {u"jean"_s});
    CHECK(name.surnameTokens == QStringList {u"dupont"_s});

    name = normalisePersonName(u"Sophie"_s, u"Mme KLEIN"_s);
    CHECK(name.civility == u"Mme"_s);
    CHECK(name.surnameTokens == QStringList {u"klein"_s});

    CHECK(normalisePersonName(u"Mlle Claire"_s, u"Weber"_s).civility == u"Mlle"_s);
    CHECK(normalisePersonName(u"Dr Paul"_s, u"Weiss"_s).civility == u"Dr"_s);
    CHECK(normalisePersonName(u"Monsieur Luc"_s, u"Henry"_s).civility == u"M."_s);
    name = normalisePersonName(u"Madame Anne"_s, u"Martin"_s);
    CHECK(name.civility == u"Mme"_s);
    CHECK(name.givenTokens == QStringList {u"anne"_s});

    // No civility, and a lone "M" is an initial, not a civility.
    name = normalisePersonName(u"M"_s, u"Martin"_s);
    CHECK(name.civility.isEmpty());
    CHECK(name.givenInitials == u"m"_s);
    // A first name that starts like a civility is kept.
    CHECK(normalisePersonName(u"Mériem"_s, u"Benali"_s).givenTokens == QStringList {u"meriem"_s});
}

TEST_CASE("compound first names give the same tokens or the same initials in every writing")
{
    const QStringList jeanPierre {u"jean"_s, u"pierre"_s};
    for (const QString &written : {u"Jean-Pierre"_s, u"Jean Pierre"_s, u"JEAN-PIERRE"_s, u"jean  pierre"_s}) {
        const PersonName name = normalisePersonName(written, u"Dupont"_s);
        CHECK(name.givenTokens == jeanPierre);
        CHECK(name.givenInitials == u"jp"_s);
    }
    for (const QString &written : {u"J-P"_s, u"J.-P."_s, u"JP"_s, u"J.P."_s, u"J. P."_s}) {
        const PersonName name = normalisePersonName(written, u"Dupont"_s);
        CHECK(name.givenTokens.isEmpty());
        CHECK(name.givenInitials == u"jp"_s);
    }
    const PersonName mixed = normalisePersonName(u"J.-Marc"_s, u"Dupont"_s);
    CHECK(mixed.givenTokens == QStringList {u"marc"_s});
    CHECK(mixed.givenInitials == u"jm"_s);

    const PersonName marieH = normalisePersonName(u"Marie-H."_s, u"Dupont"_s);
    CHECK(marieH.givenInitials == u"mh"_s);
    CHECK(normalisePersonName(u"Marie-Hélène"_s, u"Dupont"_s).givenTokens == QStringList {u"marie"_s, u"helene"_s});

    // A short name with a vowel is a name, not initials.
    CHECK(normalisePersonName(u"Guy"_s, u"Dupont"_s).givenTokens == QStringList {u"guy"_s});
    CHECK(normalisePersonName(u"Jean"_s, u"Dupont"_s).givenInitials == u"j"_s);
}

TEST_CASE("surname particles are kept, with an alternative without them")
{
    PersonName name = normalisePersonName(u"Jean"_s, u"De La Fontaine"_s);
    CHECK(name.surnameTokens == QStringList {u"de"_s, u"la"_s, u"fontaine"_s});
    CHECK(name.altSurnames == QStringList {u"fontaine"_s});

    CHECK(normalisePersonName(u"Jan"_s, u"van der Berg"_s).altSurnames.contains(u"berg"_s));
    CHECK(normalisePersonName(u"Anne"_s, u"Le Gall"_s).altSurnames.contains(u"gall"_s));
    CHECK(normalisePersonName(u"Luc"_s, u"du Pont"_s).altSurnames.contains(u"pont"_s));

    name = normalisePersonName(u"Marco"_s, u"D'Angelo"_s);
    CHECK(name.surnameTokens == QStringList {u"dangelo"_s});
    CHECK(name.altSurnames.contains(u"angelo"_s));

    // A plain surname has no alternative; a particle alone is not stripped to nothing.
    CHECK(normalisePersonName(u"Jean"_s, u"Dupont"_s).altSurnames.isEmpty());
    CHECK(normalisePersonName(u"Jean"_s, u"Le"_s).surnameTokens == QStringList {u"le"_s});
}

TEST_CASE("maiden and married names give each name on its own")
{
    const QStringList both {u"dupont"_s, u"martin"_s};
    for (const QString &written : {u"Dupont née Martin"_s, u"DUPONT NEE MARTIN"_s, u"Dupont épouse Martin"_s, u"Dupont ép. Martin"_s,
             u"Dupont-Martin"_s, u"Dupont / Martin"_s}) {
        const PersonName name = normalisePersonName(u"Sophie"_s, written);
        INFO(written.toStdString());
        CHECK(name.surnameTokens == both);
        CHECK(name.altSurnames.contains(u"dupont"_s));
        CHECK(name.altSurnames.contains(u"martin"_s));
    }
    const PersonName bracketed = normalisePersonName(u"Sophie"_s, u"MARTIN (DUPONT)"_s);
    CHECK(bracketed.surnameTokens == QStringList {u"martin"_s, u"dupont"_s});
    CHECK(bracketed.altSurnames.contains(u"martin"_s));
    CHECK(bracketed.altSurnames.contains(u"dupont"_s));

    const PersonName withCivility = normalisePersonName(u"Sophie"_s, u"Mme KLEIN épouse WEBER"_s);
    CHECK(withCivility.civility == u"Mme"_s);
    CHECK(withCivility.surnameTokens == QStringList {u"klein"_s, u"weber"_s});

    // "Saint-Exupéry" is not filed under "saint"; words that merely contain "ne" are not split.
    const PersonName saint = normalisePersonName(u"Antoine"_s, u"Saint-Exupéry"_s);
    CHECK_FALSE(saint.altSurnames.contains(u"saint"_s));
    CHECK(normalisePersonName(u"Anne"_s, u"Dunepont"_s).altSurnames.isEmpty());
}

TEST_CASE("German umlauts also give the ue form")
{
    const PersonName name = normalisePersonName(u"Dominique"_s, u"Müller"_s);
    CHECK(name.surnameTokens == QStringList {u"muller"_s});
    CHECK(name.altSurnames == QStringList {u"mueller"_s});
    CHECK(normalisePersonName(u"Hans"_s, u"Schröder"_s).altSurnames.contains(u"schroeder"_s));
    CHECK(normalisePersonName(u"Dominique"_s, u"MULLER"_s).altSurnames.isEmpty());
    CHECK(normalisePersonName(u"Anna"_s, u"Mme Müller"_s).altSurnames == QStringList {u"mueller"_s});
    const PersonName married = normalisePersonName(u"Anna"_s, u"Müller née Klein"_s);
    CHECK(married.surnameTokens == QStringList {u"muller"_s, u"klein"_s});
    CHECK(married.altSurnames.contains(u"mueller"_s));
    CHECK(married.altSurnames.contains(u"klein"_s));
    CHECK(married.altSurnames.contains(u"mueller klein"_s));
}

TEST_CASE("apostrophes are glued so that N'Diaye, NDIAYE and N Diaye meet")
{
    CHECK(normalisePersonName(u"Awa"_s, u"N'Diaye"_s).surnameTokens == QStringList {u"ndiaye"_s});
    CHECK(normalisePersonName(u"Awa"_s, u"N’Diaye"_s).surnameTokens == QStringList {u"ndiaye"_s});
    CHECK(normalisePersonName(u"Awa"_s, u"NDIAYE"_s).surnameTokens == QStringList {u"ndiaye"_s});
    CHECK(normalisePersonName(u"Awa"_s, u"N Diaye"_s).surnameTokens.join(QString()) == u"ndiaye"_s);
}

TEST_CASE("mojibake is repaired before folding")
{
    CHECK(normalisePersonName(u"HÃ©lÃ¨ne"_s, u"Dupont"_s).givenTokens == QStringList {u"helene"_s});
    CHECK(normalisePersonName(u"Hélène"_s, u"MÃ¼ller"_s).altSurnames.contains(u"mueller"_s));
}

TEST_CASE("organisation names lose legal forms wherever they appear")
{
    CHECK(normaliseOrganisationName(u"TELEPERFORMANCE FRANCE S.A.S."_s) == u"teleperformance france"_s);
    CHECK(normaliseOrganisationName(u"Teleperformance France"_s) == u"teleperformance france"_s);
    CHECK(normaliseOrganisationName(u"SAS Teleperformance France"_s) == u"teleperformance france"_s);
    CHECK(normaliseOrganisationName(u"Acticall SARL"_s) == u"acticall"_s);
    CHECK(normaliseOrganisationName(u"Acticall S.A.R.L"_s) == u"acticall"_s);
    CHECK(normaliseOrganisationName(u"Arvato SA"_s) == u"arvato"_s);
    CHECK(normaliseOrganisationName(u"Arvato S.A."_s) == u"arvato"_s);
    CHECK(normaliseOrganisationName(u"Solutions EURL"_s) == u"solutions"_s);
    CHECK(normaliseOrganisationName(u"Sté Générale des Eaux"_s) == normaliseOrganisationName(u"Générale des Eaux"_s));
    CHECK(normaliseOrganisationName(u"Société Générale des Eaux"_s) == u"generale des eaux"_s);
    CHECK(normaliseOrganisationName(u"Ets Martin"_s) == u"martin"_s);
    CHECK(normaliseOrganisationName(u"Groupe La Poste (siège)"_s) == u"la poste"_s);
    CHECK(normaliseOrganisationName(u"Coop SCOP"_s) == u"coop"_s);
    CHECK(normaliseOrganisationName(u"Transports GIE"_s) == u"transports"_s);
    CHECK(organisationNameTokens(u"Banque Populaire Alsace Lorraine Champagne SA"_s)
        == QStringList {u"banque"_s, u"populaire"_s, u"alsace"_s, u"lorraine"_s, u"champagne"_s});
    // Legal-form letters inside words are untouched, and a name made only of legal words survives.
    CHECK(normaliseOrganisationName(u"Sasha Conseil"_s) == u"sasha conseil"_s);
    CHECK_FALSE(normaliseOrganisationName(u"Groupe SA"_s).isEmpty());
    CHECK(normaliseOrganisationName(u"Orange"_s) != normaliseOrganisationName(u"Orage"_s));
}

TEST_CASE("organisation site qualifiers are split off")
{
    OrganisationName org = normaliseOrganisation(u"Teleperformance France – site de Metz"_s);
    CHECK(org.core == u"teleperformance france"_s);
    CHECK(org.site == u"metz"_s);

    org = normaliseOrganisation(u"Teleperformance France - Metz Technopôle"_s);
    CHECK(org.core == u"teleperformance france"_s);
    CHECK(org.site == u"metz technopole"_s);

    org = normaliseOrganisation(u"Teleperformance France SAS site de Nancy"_s);
    CHECK(org.core == u"teleperformance france"_s);
    CHECK(org.site == u"nancy"_s);

    org = normaliseOrganisation(u"Acme - SAS"_s);
    CHECK(org.core == u"acme"_s);
    CHECK(org.site.isEmpty());

    // A hyphen inside a word is part of the name.
    org = normaliseOrganisation(u"Crédit Mutuel Vandœuvre-lès-Nancy"_s);
    CHECK(org.core == u"credit mutuel vandoeuvre les nancy"_s);
    CHECK(org.site.isEmpty());
}

TEST_CASE("e-mails are normalised and generic mailboxes recognised")
{
    CHECK(normaliseEmail(u"  J.Dupont@Example.ORG "_s) == u"j.dupont@example.org"_s);
    CHECK(normaliseEmail(u"mailto:Contact@Exemple.invalid"_s) == u"contact@exemple.invalid"_s);
    CHECK(normaliseEmail(u"Jean Dupont <jean.dupont@example.org>"_s) == u"jean.dupont@example.org"_s);
    CHECK(normaliseEmail(u"pas une adresse"_s).isEmpty());

    CHECK(emailDomain(u"J.Dupont@Example.ORG"_s) == u"example.org"_s);
    CHECK(emailDomain(u"dupont"_s).isEmpty());

    for (const QString &generic : {u"contact@x.fr"_s, u"INFO@x.fr"_s, u"accueil@x.fr"_s, u"secretariat@x.fr"_s, u"direction@x.fr"_s,
             u"rh@x.fr"_s, u"compta@x.fr"_s, u"admin@x.fr"_s, u"noreply@x.fr"_s, u"no-reply@x.fr"_s, u"bonjour@x.fr"_s, u"hello@x.fr"_s,
             u"commercial@x.fr"_s, u"contact.metz@x.fr"_s, u"mailto:info+newsletter@x.fr"_s}) {
        INFO(generic.toStdString());
        CHECK(isGenericMailbox(generic));
    }
    for (const QString &personal :
        {u"j.dupont@x.fr"_s, u"jean.dupont@x.fr"_s, u"jdupont@x.fr"_s, u"contactless.jean@x.fr"_s, u"richard@x.fr"_s, u""_s}) {
        INFO(personal.toStdString());
        CHECK_FALSE(isGenericMailbox(personal));
    }
}

TEST_CASE("phones are normalised to E.164")
{
    CHECK(normalisePhone(u"03 87 12 34 56"_s) == u"+33387123456"_s);
    CHECK(normalisePhone(u"+33387123456"_s) == u"+33387123456"_s);
    CHECK(normalisePhone(u"03.87.12.34.56"_s) == normalisePhone(u"+33 (0)3 87 12 34 56"_s));
    CHECK(normalisePhone(u"06 39 98 12 34"_s) == u"+33639981234"_s);
    CHECK(normalisePhone(u"pas de téléphone"_s).isEmpty());
    CHECK(normalisePhone(QString()).isEmpty());
}

TEST_CASE("streets are folded with abbreviations expanded")
{
    CHECK(normaliseStreet(u"12 r. de la Gare"_s) == u"12 rue de la gare"_s);
    CHECK(normaliseStreet(u"12 rue de la Gare"_s) == u"12 rue de la gare"_s);
    CHECK(normaliseStreet(u"3 av. Foch"_s) == u"3 avenue foch"_s);
    CHECK(normaliseStreet(u"3 AV FOCH"_s) == u"3 avenue foch"_s);
    CHECK(normaliseStreet(u"5 bd Saint-Symphorien"_s) == u"5 boulevard saint symphorien"_s);
    CHECK(normaliseStreet(u"5 Boul. St Symphorien"_s) == u"5 boulevard saint symphorien"_s);
    CHECK(normaliseStreet(u"5 bld St-Symphorien"_s) == u"5 boulevard saint symphorien"_s);
    CHECK(normaliseStreet(u"1 pl. Stanislas"_s) == u"1 place stanislas"_s);
    CHECK(normaliseStreet(u"2 all. des Tilleuls"_s) == u"2 allee des tilleuls"_s);
    CHECK(normaliseStreet(u"4 imp. des Roses"_s) == u"4 impasse des roses"_s);
    CHECK(normaliseStreet(u"10 rte de Thionville"_s) == u"10 route de thionville"_s);
    CHECK(normaliseStreet(u"7 chem. du Moulin"_s) == u"7 chemin du moulin"_s);
    CHECK(normaliseStreet(u"9 fg des Trois-Maisons"_s) == u"9 faubourg des trois maisons"_s);
    CHECK(normaliseStreet(u"8 r. Ste-Marie"_s) == u"8 rue sainte marie"_s);
    CHECK(normaliseStreet(u"12 bis rue Serpenoise"_s) == u"12bis rue serpenoise"_s);
    CHECK(normaliseStreet(u"12bis, rue Serpenoise"_s) == u"12bis rue serpenoise"_s);
    CHECK(normaliseStreet(u"12 ter r. Serpenoise"_s) == u"12ter rue serpenoise"_s);
    CHECK(normaliseStreet(u"1 place du Parvis BP 55025"_s) == u"1 place du parvis"_s);
    CHECK(normaliseStreet(u"1 place du Parvis CEDEX 3"_s) == u"1 place du parvis"_s);
    CHECK(normaliseStreet(u"n° 4 rue Haute"_s) == u"4 rue haute"_s);
    CHECK(normaliseStreet(u"12 rue de la Gare"_s) != normaliseStreet(u"12 rue de la Gare prolongée"_s));
}

TEST_CASE("postcodes keep their digits and their leading zero")
{
    CHECK(normalisePostcode(u"57000"_s) == u"57000"_s);
    CHECK(normalisePostcode(u"57 000"_s) == u"57000"_s);
    CHECK(normalisePostcode(u"7100"_s) == u"07100"_s);
    CHECK(normalisePostcode(u"57071 METZ CEDEX 3"_s) == u"57071"_s);
    CHECK(normalisePostcode(u"BP 55025 – 57071 METZ CEDEX 3"_s) == u"57071"_s);
    CHECK(normalisePostcode(QString()).isEmpty());
}

TEST_CASE("the French phonetic key merges spellings of the same name")
{
    CHECK(frenchPhonetic(u"Schmitt"_s) == frenchPhonetic(u"Schmit"_s));
    CHECK(frenchPhonetic(u"Schmitt"_s) == frenchPhonetic(u"Schmidt"_s));
    CHECK(frenchPhonetic(u"Thiébaut"_s) == frenchPhonetic(u"Thiebault"_s));
    CHECK(frenchPhonetic(u"Thiébaut"_s) == frenchPhonetic(u"Thiébault"_s));
    CHECK(frenchPhonetic(u"Phillipe"_s) == frenchPhonetic(u"Philippe"_s));
    CHECK(frenchPhonetic(u"Colin"_s) == frenchPhonetic(u"Collin"_s));
    CHECK(frenchPhonetic(u"Jacquemin"_s) == frenchPhonetic(u"Jacquemain"_s));
    CHECK(frenchPhonetic(u"Muller"_s) == frenchPhonetic(u"Müller"_s));
    CHECK(frenchPhonetic(u"Muller"_s) == frenchPhonetic(u"Mueller"_s));
    CHECK(frenchPhonetic(u"MULLER"_s) == frenchPhonetic(u"muller"_s));
    CHECK(frenchPhonetic(u"Dupont"_s) == frenchPhonetic(u"Dupond"_s));
    CHECK(frenchPhonetic(u"Arnaud"_s) == frenchPhonetic(u"Arnault"_s));
    CHECK(frenchPhonetic(u"Hoffmann"_s) == frenchPhonetic(u"Hofman"_s));
    CHECK(frenchPhonetic(u"Christophe"_s) == frenchPhonetic(u"Kristof"_s));
    CHECK(frenchPhonetic(u"Hélène"_s) == frenchPhonetic(u"Helene"_s));

    // The keys themselves, to document the rules.
    CHECK(frenchPhonetic(u"Schmidt"_s) == u"5mi"_s);
    CHECK(frenchPhonetic(u"Martin"_s) == u"mart1"_s);
    CHECK(frenchPhonetic(u"Mueller"_s) == u"muler"_s);
    CHECK(frenchPhonetic(u"Thiébault"_s) == u"tiebo"_s);
    CHECK(frenchPhonetic(u"Jacquemain"_s) == u"jakem1"_s);
    CHECK(frenchPhonetic(u"Dupont"_s) == u"dup3"_s);
    CHECK(frenchPhonetic(u"Laurent"_s) == u"lor2"_s);
}

TEST_CASE("the French phonetic key keeps different names apart")
{
    CHECK(frenchPhonetic(u"Martin"_s) != frenchPhonetic(u"Marchal"_s));
    CHECK(frenchPhonetic(u"Weber"_s) != frenchPhonetic(u"Weiss"_s));
    CHECK(frenchPhonetic(u"Jean"_s) != frenchPhonetic(u"Jeanne"_s));
    CHECK(frenchPhonetic(u"Dupont"_s) != frenchPhonetic(u"Dumont"_s));
    CHECK(frenchPhonetic(u"Klein"_s) != frenchPhonetic(u"Kern"_s));
    CHECK_FALSE(frenchPhonetic(u"Martin"_s).isEmpty());
    CHECK(frenchPhonetic(u"--"_s).isEmpty());
}

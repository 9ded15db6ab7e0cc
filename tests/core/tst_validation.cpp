// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "i18n/translations.h"
#include "members/validation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace adhera;
using validation::emailProblem;
using validation::normalised;
using validation::postcodeProblem;
using validation::problems;
using validation::websiteProblem;

namespace {

OrganisationRecord validOrganisation()
{
    OrganisationRecord record;
    record.organisation.name = u"Fonderie de Moselle"_s;
    record.organisation.siren = u"732829320"_s;
    record.organisation.siret = u"73282932000074"_s;
    record.organisation.postcode = u"57000"_s;
    record.organisation.city = u"Metz"_s;
    record.organisation.phone = u"+33387123456"_s;
    record.organisation.email = u"contact@fonderie-moselle.fr"_s;
    record.organisation.website = u"https://www.fonderie-moselle.fr"_s;
    Membership membership;
    membership.categoryId = 1;
    membership.joinedOn = QDate(2020, 1, 15);
    membership.representativeId = 7;
    membership.alternateId = 8;
    record.membership = membership;
    return record;
}

PersonRecord validPerson()
{
    PersonRecord record;
    record.person.civility = u"Mme"_s;
    record.person.firstName = u"Hélène"_s;
    record.person.lastName = u"Muller"_s;
    record.person.email = u"helene.muller@exemple.fr"_s;
    record.person.phone = u"+33353011234"_s;
    record.person.mobile = u"+33639981234"_s;
    record.person.postcode = u"54000"_s;
    Membership membership;
    membership.categoryId = 2;
    membership.joinedOn = QDate(2021, 9, 1);
    record.membership = membership;
    Employment employment;
    employment.organisationId = 3;
    employment.jobTitle = u"Directrice"_s;
    employment.startDate = QDate(2019, 3, 1);
    record.employments.append(employment);
    BoardRole role;
    role.position = BoardPosition::Treasurer;
    role.startDate = QDate(2022, 6, 18);
    record.boardRoles.append(role);
    return record;
}

FieldProblems problemsFor(const FieldProblems &all, const QString &field)
{
    FieldProblems found;
    for (const FieldProblem &problem : all) {
        if (problem.field == field)
            found.append(problem);
    }
    return found;
}

} // namespace

TEST_CASE("a complete, correct record has no problems")
{
    CHECK(problems(validOrganisation()).isEmpty());
    CHECK(problems(validPerson()).isEmpty());
    OrganisationRecord bare;
    bare.organisation.name = u"Club"_s;
    CHECK(problems(bare).isEmpty());
    PersonRecord minimal;
    minimal.person.lastName = u"Dupont"_s;
    CHECK(problems(minimal).isEmpty());
}

TEST_CASE("normalising an organisation cleans what needs no asking")
{
    OrganisationRecord record;
    Organisation &o = record.organisation;
    o.name = u"  Fonderie de Moselle "_s;
    o.legalForm = u" SAS "_s;
    o.siren = u" "_s;
    o.siret = u"732 829 320 00074"_s;
    o.address = u"\n 12 rue des Forges \n"_s;
    o.postcode = u" 57000 "_s;
    o.city = u" Metz "_s;
    o.phone = u" 03.87.12.34.56 "_s;
    o.email = u"  Contact@Fonderie-Moselle.FR "_s;
    o.website = u" www.fonderie-moselle.fr "_s;
    o.headcountBand = u" 50-199 "_s;
    o.notes = u" Adhérente historique. "_s;
    record.membership = Membership();
    record.membership->categoryId = 1;
    record.membership->notes = u" à relancer "_s;

    const OrganisationRecord clean = normalised(record);
    const Organisation &c = clean.organisation;
    CHECK(c.name == u"Fonderie de Moselle"_s);
    CHECK(c.legalForm == u"SAS"_s);
    CHECK(c.siret == u"73282932000074"_s);
    CHECK(c.siren == u"732829320"_s); // taken from the SIRET
    CHECK(c.address == u"12 rue des Forges"_s);
    CHECK(c.postcode == u"57000"_s);
    CHECK(c.city == u"Metz"_s);
    CHECK(c.phone == u"+33387123456"_s);
    CHECK(c.email == u"contact@fonderie-moselle.fr"_s);
    CHECK(c.website == u"www.fonderie-moselle.fr"_s);
    CHECK(c.headcountBand == u"50-199"_s);
    CHECK(c.notes == u"Adhérente historique."_s);
    REQUIRE(clean.membership);
    CHECK(clean.membership->notes == u"à relancer"_s);

    CHECK(normalised(clean) == clean);
    CHECK(problems(record).isEmpty());
}

TEST_CASE("normalising keeps what it cannot clean, for problems() to name")
{
    OrganisationRecord record;
    record.organisation.name = u"Club"_s;
    record.organisation.phone = u" 03 87 12 "_s;
    record.organisation.siren = u"732 829 32A"_s;
    record.organisation.siret = u"SIRET 73282932000074"_s;
    const Organisation clean = normalised(record).organisation;
    CHECK(clean.phone == u"03 87 12"_s);
    CHECK(clean.siren == u"732 829 32A"_s);
    CHECK(clean.siret == u"SIRET 73282932000074"_s);
}

TEST_CASE("the SIREN comes from the SIRET only when it is missing and the SIRET is right")
{
    OrganisationRecord record;
    record.organisation.siret = u"73282932000075"_s; // wrong key
    CHECK(normalised(record).organisation.siren.isEmpty());

    record.organisation.siret = u"73282932000074"_s;
    record.organisation.siren = u"552 100 554"_s;
    CHECK(normalised(record).organisation.siren == u"552100554"_s);

    record.organisation.siren.clear();
    record.organisation.siret = u"35600000000001"_s; // a La Poste establishment
    CHECK(normalised(record).organisation.siren == u"356000000"_s);
}

TEST_CASE("normalising a person cleans every text and phone")
{
    PersonRecord record;
    Person &p = record.person;
    p.civility = u" M. "_s;
    p.firstName = u" Jean "_s;
    p.lastName = u" Dupont  "_s;
    p.email = u" Jean.Dupont@Exemple.FR"_s;
    p.phone = u"387123456"_s;
    p.mobile = u"+33 (0)6 39 98 12 34"_s;
    p.jobTitle = u" Trésorier "_s;
    p.address = u" 1 place d'Armes "_s;
    p.postcode = u" 57000"_s;
    p.city = u"Metz "_s;
    p.notes = u" - "_s;
    Employment employment;
    employment.jobTitle = u"  Ingénieur "_s;
    record.employments.append(employment);
    record.membership = Membership();
    record.membership->categoryId = 2;
    record.membership->notes = u" note "_s;

    const PersonRecord clean = normalised(record);
    const Person &c = clean.person;
    CHECK(c.civility == u"M."_s);
    CHECK(c.firstName == u"Jean"_s);
    CHECK(c.lastName == u"Dupont"_s);
    CHECK(c.email == u"jean.dupont@exemple.fr"_s);
    CHECK(c.phone == u"+33387123456"_s);
    CHECK(c.mobile == u"+33639981234"_s);
    CHECK(c.jobTitle == u"Trésorier"_s);
    CHECK(c.address == u"1 place d'Armes"_s);
    CHECK(c.postcode == u"57000"_s);
    CHECK(c.city == u"Metz"_s);
    CHECK(c.notes == u"-"_s);
    CHECK(clean.employments.at(0).jobTitle == u"Ingénieur"_s);
    CHECK(clean.membership->notes == u"note"_s);
    CHECK(normalised(clean) == clean);
}

TEST_CASE("names are required")
{
    OrganisationRecord organisation = validOrganisation();
    organisation.organisation.name = u"   "_s;
    CHECK(problems(organisation) == FieldProblems {{u"name"_s, u"Le nom est obligatoire."_s}});

    PersonRecord person = validPerson();
    person.person.lastName.clear();
    person.person.firstName = u"Hélène"_s;
    CHECK(problems(person) == FieldProblems {{u"last_name"_s, u"Le nom de famille est obligatoire."_s}});
}

TEST_CASE("SIREN and SIRET problems name the number")
{
    OrganisationRecord record = validOrganisation();
    record.organisation.siren = u"123456789"_s;
    record.organisation.siret = u"123 456 789 00012"_s;
    CHECK(problems(record)
        == FieldProblems {{u"siren"_s, u"Le SIREN 123 456 789 a une clé de contrôle fausse."_s},
            {u"siret"_s, u"Le SIRET 123 456 789 00012 a une clé de contrôle fausse."_s}});

    record.organisation.siren = u"73282932"_s;
    record.organisation.siret = u"7328293200007"_s;
    CHECK(problems(record)
        == FieldProblems {{u"siren"_s, u"Le SIREN « 73282932 » doit compter 9 chiffres."_s},
            {u"siret"_s, u"Le SIRET « 7328293200007 » doit compter 14 chiffres."_s}});

    record.organisation.siren = u"73282932A"_s;
    record.organisation.siret.clear();
    CHECK(problems(record) == FieldProblems {{u"siren"_s, u"Le SIREN « 73282932A » doit compter 9 chiffres."_s}});
}

TEST_CASE("a SIRET must belong to the SIREN")
{
    OrganisationRecord record = validOrganisation();
    record.organisation.siren = u"552100554"_s;
    record.organisation.siret = u"73282932000074"_s;
    CHECK(problems(record)
        == FieldProblems {{u"siret"_s,
            u"Le SIRET 732 829 320 00074 ne commence pas par le SIREN 552 100 554 : "
            "l'un des deux est faux."_s}});

    record.organisation.siren = u"356000000"_s;
    record.organisation.siret = u"35600000000001"_s;
    CHECK(problems(record).isEmpty());
}

TEST_CASE("e-mail addresses: one @, a dotted domain, no spaces")
{
    CHECK(emailProblem(QString()).isEmpty());
    CHECK(emailProblem(u"jean.dupont@exemple.fr"_s).isEmpty());
    CHECK(emailProblem(u"j.dupont+adhera@mairie-metz.fr"_s).isEmpty());
    CHECK(emailProblem(u"  contact@exemple.co.uk "_s).isEmpty());

    CHECK(emailProblem(u"jean dupont@exemple.fr"_s) == u"L'adresse e-mail « jean dupont@exemple.fr » contient des espaces."_s);
    CHECK(emailProblem(u"jean.dupont.exemple.fr"_s) == u"L'adresse e-mail « jean.dupont.exemple.fr » doit contenir un seul « @ »."_s);
    CHECK(emailProblem(u"a@b@exemple.fr"_s) == u"L'adresse e-mail « a@b@exemple.fr » doit contenir un seul « @ »."_s);
    CHECK(emailProblem(u"@exemple.fr"_s) == u"L'adresse e-mail « @exemple.fr » n'a rien avant le « @ »."_s);
    const QString noDomain = u"L'adresse e-mail « jean@exemple » n'a pas de domaine valide après le « @ » "
                             "(par exemple « exemple.fr »)."_s;
    CHECK(emailProblem(u"jean@exemple"_s) == noDomain);
    CHECK_FALSE(emailProblem(u"jean@"_s).isEmpty());
    CHECK_FALSE(emailProblem(u"jean@.fr"_s).isEmpty());
    CHECK_FALSE(emailProblem(u"jean@exemple."_s).isEmpty());
    CHECK_FALSE(emailProblem(u"jean@exemple..fr"_s).isEmpty());

    PersonRecord person = validPerson();
    person.person.email = u"Jean Dupont <jean@exemple.fr>"_s;
    CHECK(problems(person) == FieldProblems {{u"email"_s, u"L'adresse e-mail « jean dupont <jean@exemple.fr> » contient des espaces."_s}});
}

TEST_CASE("French postcodes: five digits from 01000 to 98999")
{
    for (const QString &postcode : {u"01000"_s, u"57000"_s, u"20000"_s, u"97400"_s, u"98000"_s, u"98999"_s, u" 54000 "_s})
        CHECK(postcodeProblem(postcode).isEmpty());
    CHECK(postcodeProblem(QString()).isEmpty());

    CHECK(postcodeProblem(u"5700"_s) == u"Le code postal « 5700 » doit compter 5 chiffres."_s);
    CHECK(postcodeProblem(u"57 000"_s) == u"Le code postal « 57 000 » doit compter 5 chiffres."_s);
    CHECK(postcodeProblem(u"F-57000"_s) == u"Le code postal « F-57000 » doit compter 5 chiffres."_s);
    CHECK(postcodeProblem(u"00999"_s) == u"Le code postal « 00999 » n'existe pas en France."_s);
    CHECK(postcodeProblem(u"99000"_s) == u"Le code postal « 99000 » n'existe pas en France."_s);

    OrganisationRecord organisation = validOrganisation();
    organisation.organisation.postcode = u"5700"_s;
    CHECK(problems(organisation) == FieldProblems {{u"postcode"_s, u"Le code postal « 5700 » doit compter 5 chiffres."_s}});
    PersonRecord person = validPerson();
    person.person.postcode = u"99000"_s;
    CHECK(problems(person) == FieldProblems {{u"postcode"_s, u"Le code postal « 99000 » n'existe pas en France."_s}});
}

TEST_CASE("websites: an http(s) address or a bare domain")
{
    for (const QString &site : {u"https://www.exemple.fr"_s, u"http://exemple.fr/adhesion?annee=2024"_s, u"www.exemple.fr"_s,
             u"exemple.fr"_s, u"HTTPS://Exemple.FR/"_s, u"mairie-metz.fr/associations"_s, u"https://www.exemple.fr:8443"_s})
        CHECK(websiteProblem(site).isEmpty());
    CHECK(websiteProblem(QString()).isEmpty());

    const auto invalid = [](const QString &site) -> QString {
        return u"Le site web « "_s + site + u" » n'est pas une adresse valide (par exemple « www.exemple.fr »)."_s;
    };
    CHECK(websiteProblem(u"exemple"_s) == invalid(u"exemple"_s));
    CHECK(websiteProblem(u"www.exemple .fr"_s) == invalid(u"www.exemple .fr"_s));
    CHECK(websiteProblem(u"https://"_s) == invalid(u"https://"_s));
    CHECK(websiteProblem(u"mailto:contact@exemple.fr"_s) == invalid(u"mailto:contact@exemple.fr"_s));
    CHECK(websiteProblem(u"http://192.168.1.1"_s) == invalid(u"http://192.168.1.1"_s));
    CHECK(websiteProblem(u"https://exemple..fr"_s) == invalid(u"https://exemple..fr"_s));
    CHECK(websiteProblem(u"ftp://exemple.fr"_s) == u"Le site web « ftp://exemple.fr » doit commencer par http:// ou https://."_s);

    OrganisationRecord organisation = validOrganisation();
    organisation.organisation.website = u"exemple"_s;
    CHECK(problems(organisation) == FieldProblems {{u"website"_s, invalid(u"exemple"_s)}});
}

TEST_CASE("phone problems are reported on the phone and mobile fields")
{
    OrganisationRecord organisation = validOrganisation();
    organisation.organisation.phone = u"03 87 12"_s;
    CHECK(problems(organisation) == FieldProblems {{u"phone"_s, u"Le numéro « 03 87 12 » est trop court."_s}});
    organisation.organisation.phone = u"03 87 12 34 56"_s;
    CHECK(problems(organisation).isEmpty());

    PersonRecord person = validPerson();
    person.person.phone = u"03 87 12 34 56 78"_s;
    person.person.mobile = u"06 39 98"_s;
    CHECK(problems(person)
        == FieldProblems {
            {u"phone"_s, u"Le numéro « 03 87 12 34 56 78 » est trop long."_s}, {u"mobile"_s, u"Le numéro « 06 39 98 » est trop court."_s}});
}

TEST_CASE("memberships need a category and a departure after the joining")
{
    OrganisationRecord organisation = validOrganisation();
    organisation.membership->categoryId = 0;
    CHECK(problems(organisation) == FieldProblems {{u"membership.category"_s, u"La catégorie d'adhésion est obligatoire."_s}});

    organisation = validOrganisation();
    organisation.membership->leftOn = QDate(2019, 12, 31);
    CHECK(problems(organisation)
        == FieldProblems {
            {u"membership.left_on"_s, u"La date de départ (31/12/2019) est antérieure à la date d'adhésion (15/01/2020)."_s}});
    organisation.membership->leftOn = QDate(2020, 1, 15); // the same day is allowed
    CHECK(problems(organisation).isEmpty());
    organisation.membership->joinedOn = QDate();
    organisation.membership->leftOn = QDate(2019, 12, 31);
    CHECK(problems(organisation).isEmpty());

    PersonRecord person = validPerson();
    person.membership->categoryId = 0;
    CHECK(problemsFor(problems(person), u"membership.category"_s).size() == 1);
}

TEST_CASE("a problem's dates are written the way the window's language writes them")
{
    OrganisationRecord organisation = validOrganisation();
    organisation.membership->leftOn = QDate(2019, 12, 31);
    i18n::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
    const FieldProblems found = problems(organisation);
    i18n::removeTranslations(*QCoreApplication::instance());
    REQUIRE(found.size() == 1);
    CHECK(found.first().message.contains(u"12/31/2019"_s));
    CHECK(found.first().message.contains(u"1/15/2020"_s));
}

TEST_CASE("an individual membership has no representative or alternate")
{
    PersonRecord person = validPerson();
    person.membership->representativeId = 12;
    person.membership->alternateId = 13;
    CHECK(problems(person)
        == FieldProblems {{u"membership.representative"_s,
                              u"Une adhésion individuelle n'a pas de représentant : seules les organisations en "
                              "désignent un."_s},
            {u"membership.alternate"_s,
                u"Une adhésion individuelle n'a pas de suppléant : seules les organisations en "
                "désignent un."_s}});
    // Organisations do carry both (see validOrganisation()).
    CHECK(problems(validOrganisation()).isEmpty());
}

TEST_CASE("jobs and board roles cannot end before they start")
{
    PersonRecord person = validPerson();
    person.employments[0].endDate = QDate(2018, 12, 31);
    Employment untitled;
    untitled.startDate = QDate(2020, 5, 4);
    untitled.endDate = QDate(2020, 5, 3);
    person.employments.append(untitled);
    person.boardRoles[0].endDate = QDate(2022, 6, 17);
    const QString treasurer = label(BoardPosition::Treasurer);
    CHECK(problems(person)
        == FieldProblems {{u"employment"_s, u"L'emploi « Directrice » se termine le 31/12/2018, avant son début le 01/03/2019."_s},
            {u"employment"_s, u"Un emploi se termine le 03/05/2020, avant son début le 04/05/2020."_s},
            {u"board_role"_s, u"Le mandat « "_s + treasurer + u" » se termine le 17/06/2022, avant son début le 18/06/2022."_s}});

    person = validPerson();
    person.employments[0].endDate = person.employments[0].startDate;
    person.boardRoles[0].endDate = QDate(2025, 6, 18);
    CHECK(problems(person).isEmpty());
}

TEST_CASE("problems() gives the same answer before and after normalising")
{
    OrganisationRecord record = validOrganisation();
    record.organisation.name = u" Fonderie "_s;
    record.organisation.siren = u" 732 829 320 "_s;
    record.organisation.siret = u"732.829.320.00074"_s;
    record.organisation.email = u" Contact@Fonderie.FR "_s;
    record.organisation.phone = u"0033 3 87 12 34 56"_s;
    CHECK(problems(record).isEmpty());
    CHECK(problems(normalised(record)).isEmpty());

    record.organisation.siret = u"732.829.320.00075"_s;
    const FieldProblems expected {{u"siret"_s, u"Le SIRET 732 829 320 00075 a une clé de contrôle fausse."_s}};
    CHECK(problems(record) == expected);
    CHECK(problems(normalised(record)) == expected);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "importing/importfield.h"

using namespace Qt::StringLiterals;
using namespace adhera::importing;

TEST_CASE("French club headers are mapped automatically", "[importfield]")
{
    const QStringList headers = u"N° adhérent;Civilité;Nom;Prénom;Société;Adresse;CP;Ville;Tél;E-mail"_s.split(u';');
    const ColumnMapping mapping = ColumnMapping::fromHeaders(headers);
    CHECK(mapping.column(ImportField::SourceId) == 0);
    CHECK(mapping.column(ImportField::Civility) == 1);
    CHECK(mapping.column(ImportField::LastName) == 2);
    CHECK(mapping.column(ImportField::FirstName) == 3);
    CHECK(mapping.column(ImportField::Organisation) == 4);
    CHECK(mapping.column(ImportField::Address) == 5);
    CHECK(mapping.column(ImportField::Postcode) == 6);
    CHECK(mapping.column(ImportField::City) == 7);
    CHECK(mapping.column(ImportField::Phone) == 8);
    CHECK(mapping.column(ImportField::Email) == 9);
    CHECK_FALSE(mapping.has(ImportField::Mobile));
    CHECK_FALSE(mapping.has(ImportField::Siren));
    CHECK_FALSE(mapping.isEmpty());
}

TEST_CASE("headers are matched ignoring case, accents and spaces", "[importfield]")
{
    const ColumnMapping mapping = ColumnMapping::fromHeaders({u"PRENOM"_s, u"nom de famille"_s, u"CODE POSTAL"_s, u"Téléphone"_s});
    CHECK(mapping.column(ImportField::FirstName) == 0);
    CHECK(mapping.column(ImportField::LastName) == 1);
    CHECK(mapping.column(ImportField::Postcode) == 2);
    CHECK(mapping.column(ImportField::Phone) == 3);
}

TEST_CASE("English and Febrl headers are mapped automatically", "[importfield]")
{
    const QStringList headers {u"rec_id"_s, u"given_name"_s, u"surname"_s, u"street_number"_s, u"address_1"_s, u"address_2"_s, u"suburb"_s,
        u"postcode"_s, u"state"_s, u"date_of_birth"_s, u"soc_sec_id"_s};
    const ColumnMapping mapping = ColumnMapping::fromHeaders(headers);
    CHECK(mapping.column(ImportField::SourceId) == 0);
    CHECK(mapping.column(ImportField::FirstName) == 1);
    CHECK(mapping.column(ImportField::LastName) == 2);
    CHECK(mapping.column(ImportField::StreetNumber) == 3);
    CHECK(mapping.column(ImportField::Address) == 4);
    CHECK(mapping.column(ImportField::AddressExtra) == 5);
    CHECK(mapping.column(ImportField::City) == 6);
    CHECK(mapping.column(ImportField::Postcode) == 7);
    CHECK(mapping.column(ImportField::Region) == 8);
    CHECK(mapping.column(ImportField::BirthDate) == 9);
    CHECK(mapping.column(ImportField::NationalId) == 10);

    const ColumnMapping english = ColumnMapping::fromHeaders({u"First name"_s, u"Last name"_s, u"Company"_s, u"E-mail"_s, u"Zip"_s});
    CHECK(english.column(ImportField::FirstName) == 0);
    CHECK(english.column(ImportField::LastName) == 1);
    CHECK(english.column(ImportField::Organisation) == 2);
    CHECK(english.column(ImportField::Email) == 3);
    CHECK(english.column(ImportField::Postcode) == 4);
}

TEST_CASE("a field takes the first column naming it and a column gives one field", "[importfield]")
{
    const ColumnMapping mapping = ColumnMapping::fromHeaders({u"Nom"_s, u"Nom"_s, u"Remarques"_s, u"Inconnue"_s});
    CHECK(mapping.column(ImportField::LastName) == 0);
    CHECK(mapping.column(ImportField::Notes) == 2);
    CHECK(ColumnMapping::fromHeaders({u"Colonne A"_s, u"Colonne B"_s}).isEmpty());
    CHECK(ColumnMapping::fromHeaders({}).isEmpty());
}

TEST_CASE("field codes and their aliases", "[importfield]")
{
    CHECK(importFieldFromCode(u"first_name"_s) == ImportField::FirstName);
    CHECK(importFieldFromCode(u" LAST_NAME "_s) == ImportField::LastName);
    CHECK(importFieldFromCode(u"given_name"_s) == ImportField::FirstName);
    CHECK(importFieldFromCode(u"surname"_s) == ImportField::LastName);
    CHECK(importFieldFromCode(u"suburb"_s) == ImportField::City);
    CHECK(importFieldFromCode(u"soc_sec_id"_s) == ImportField::NationalId);
    CHECK(importFieldFromCode(u"rec_id"_s) == ImportField::SourceId);
    CHECK_FALSE(importFieldFromCode(u"shoe_size"_s));
    CHECK_FALSE(importFieldFromCode(QString()));
    // Every field has a code that reads back and a French label.
    CHECK(allImportFields().size() == importFieldCount);
    for (ImportField field : allImportFields()) {
        CHECK(importFieldFromCode(toCode(field)) == field);
        CHECK_FALSE(label(field).isEmpty());
    }
    CHECK(label(ImportField::FirstName) == u"Prénom"_s);
}

TEST_CASE("a mapping spec names columns by header", "[importfield]")
{
    const QStringList headers {u"Référence"_s, u"NOM"_s, u"Prénom usuel"_s, u"Entreprise"_s};
    const auto mapping = ColumnMapping::fromSpec(u"nom=last_name, Prenom Usuel = given_name ,Entreprise=organisation"_s, headers);
    REQUIRE(mapping);
    CHECK(mapping->column(ImportField::LastName) == 1);
    CHECK(mapping->column(ImportField::FirstName) == 2);
    CHECK(mapping->column(ImportField::Organisation) == 3);
    CHECK_FALSE(mapping->has(ImportField::SourceId)); // only what the spec says
    CHECK(ColumnMapping::fromSpec(QString(), headers).value().isEmpty());
}

TEST_CASE("a bad mapping spec fails naming the problem", "[importfield]")
{
    const QStringList headers {u"Nom"_s, u"Prénom"_s};

    const auto unknownField = ColumnMapping::fromSpec(u"Nom=shoe_size"_s, headers);
    REQUIRE_FALSE(unknownField);
    CHECK(unknownField.error().code == adhera::ErrorCode::InvalidInput);
    CHECK(unknownField.error().message.contains(u"shoe_size"_s));

    const auto unknownHeader = ColumnMapping::fromSpec(u"Nom=last_name,Société=organisation"_s, headers);
    REQUIRE_FALSE(unknownHeader);
    CHECK(unknownHeader.error().message.contains(u"Société"_s));
    CHECK(unknownHeader.error().message.contains(u"Nom, Prénom"_s)); // the columns the file has

    const auto missingEquals = ColumnMapping::fromSpec(u"Nom"_s, headers);
    REQUIRE_FALSE(missingEquals);
    CHECK(missingEquals.error().message.contains(u"Nom"_s));
    CHECK_FALSE(ColumnMapping::fromSpec(u"=last_name"_s, headers));
}

TEST_CASE("toSpec reads back as the same mapping", "[importfield]")
{
    const QStringList headers = u"N° adhérent;Civilité;Nom;Prénom;Société;Adresse;CP;Ville;Tél;E-mail"_s.split(u';');
    const ColumnMapping automatic = ColumnMapping::fromHeaders(headers);
    const QString spec = automatic.toSpec(headers);
    CHECK(spec.startsWith(u"N° adhérent=id,Civilité=civility,Prénom=first_name,Nom=last_name"_s));
    const auto back = ColumnMapping::fromSpec(spec, headers);
    REQUIRE(back);
    CHECK(*back == automatic);

    ColumnMapping chosen;
    chosen.setColumn(ImportField::Notes, 9);
    chosen.setColumn(ImportField::LastName, 0);
    CHECK(chosen.toSpec(headers) == u"N° adhérent=last_name,E-mail=notes"_s);
    CHECK(ColumnMapping::fromSpec(chosen.toSpec(headers), headers).value() == chosen);
    CHECK(ColumnMapping().toSpec(headers).isEmpty());
}

TEST_CASE("values() trims and tolerates short rows", "[importfield]")
{
    ColumnMapping mapping;
    mapping.setColumn(ImportField::LastName, 0);
    mapping.setColumn(ImportField::FirstName, 1);
    mapping.setColumn(ImportField::Email, 4);

    const FieldValues full = mapping.values({u"  Dupont "_s, u"\tJean\t"_s, u"ignoré"_s, u""_s, u" jean@example.org"_s});
    CHECK(full[std::size_t(ImportField::LastName)] == u"Dupont"_s);
    CHECK(full[std::size_t(ImportField::FirstName)] == u"Jean"_s);
    CHECK(full[std::size_t(ImportField::Email)] == u"jean@example.org"_s);
    CHECK(full[std::size_t(ImportField::City)].isEmpty());

    const FieldValues shortRow = mapping.values({u"Martin"_s});
    CHECK(shortRow[std::size_t(ImportField::LastName)] == u"Martin"_s);
    CHECK(shortRow[std::size_t(ImportField::FirstName)].isEmpty());
    CHECK(shortRow[std::size_t(ImportField::Email)].isEmpty());

    const FieldValues empty = mapping.values({});
    CHECK(std::all_of(empty.begin(), empty.end(), [](const QString &value) { return value.isEmpty(); }));
}

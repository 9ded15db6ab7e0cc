// SPDX-License-Identifier: GPL-3.0-or-later
#include "importfield.h"

#include "text/textfold.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace adhera::importing {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::importing)
};

struct FieldInfo {
    ImportField field;
    QString code;
    const char *label;
    // Header names, compared folded and without spaces ("N° adhérent" → "nadherent").
    QStringList headers;
};

const QList<FieldInfo> &fieldInfos()
{
    static const QList<FieldInfo> infos {
        {ImportField::SourceId, u"id"_s, QT_TRANSLATE_NOOP("adhera::importing", "Identifiant d'origine"),
            {u"id"_s, u"recid"_s, u"nadherent"_s, u"numeroadherent"_s, u"noadherent"_s, u"numadherent"_s, u"codeadherent"_s,
                u"identifiant"_s, u"memberid"_s, u"membernumber"_s, u"reference"_s, u"ref"_s, u"numero"_s}},
        {ImportField::Civility, u"civility"_s, QT_TRANSLATE_NOOP("adhera::importing", "Civilité"),
            {u"civilite"_s, u"civ"_s, u"civility"_s, u"title"_s, u"salutation"_s, u"genre"_s}},
        {ImportField::FirstName, u"first_name"_s, QT_TRANSLATE_NOOP("adhera::importing", "Prénom"),
            {u"prenom"_s, u"prenoms"_s, u"firstname"_s, u"givenname"_s, u"forename"_s, u"prenomcontact"_s, u"prenomrepresentant"_s}},
        {ImportField::LastName, u"last_name"_s, QT_TRANSLATE_NOOP("adhera::importing", "Nom"),
            {u"nom"_s, u"nomdefamille"_s, u"nomdusage"_s, u"lastname"_s, u"surname"_s, u"familyname"_s, u"nomcontact"_s,
                u"nomrepresentant"_s}},
        {ImportField::Organisation, u"organisation"_s, QT_TRANSLATE_NOOP("adhera::importing", "Organisme"),
            {u"societe"_s, u"entreprise"_s, u"raisonsociale"_s, u"organisme"_s, u"organisation"_s, u"structure"_s, u"company"_s,
                u"companyname"_s, u"organization"_s, u"employeur"_s, u"employer"_s, u"etablissement"_s}},
        {ImportField::Siren, u"siren"_s, QT_TRANSLATE_NOOP("adhera::importing", "SIREN"), {u"siren"_s, u"nsiren"_s}},
        {ImportField::Siret, u"siret"_s, QT_TRANSLATE_NOOP("adhera::importing", "SIRET"), {u"siret"_s, u"nsiret"_s}},
        {ImportField::JobTitle, u"job_title"_s, QT_TRANSLATE_NOOP("adhera::importing", "Fonction"),
            {u"fonction"_s, u"poste"_s, u"titre"_s, u"jobtitle"_s, u"position"_s, u"role"_s}},
        {ImportField::Email, u"email"_s, QT_TRANSLATE_NOOP("adhera::importing", "E-mail"),
            {u"email"_s, u"mail"_s, u"courriel"_s, u"adressemail"_s, u"adresseemail"_s, u"emailaddress"_s, u"emailcontact"_s}},
        {ImportField::Phone, u"phone"_s, QT_TRANSLATE_NOOP("adhera::importing", "Téléphone"),
            {u"telephone"_s, u"tel"_s, u"telfixe"_s, u"telephonefixe"_s, u"phone"_s, u"phonenumber"_s, u"telephonenumber"_s,
                u"telbureau"_s}},
        {ImportField::Mobile, u"mobile"_s, QT_TRANSLATE_NOOP("adhera::importing", "Portable"),
            {u"portable"_s, u"mobile"_s, u"telportable"_s, u"telmobile"_s, u"cellphone"_s, u"mobilephone"_s, u"gsm"_s}},
        {ImportField::StreetNumber, u"street_number"_s, QT_TRANSLATE_NOOP("adhera::importing", "Numéro de voie"),
            {u"streetnumber"_s, u"numerodevoie"_s, u"numerovoie"_s, u"nvoie"_s, u"housenumber"_s}},
        {ImportField::Address, u"address"_s, QT_TRANSLATE_NOOP("adhera::importing", "Adresse"),
            {u"adresse"_s, u"adresse1"_s, u"adresseligne1"_s, u"rue"_s, u"voie"_s, u"address"_s, u"address1"_s, u"street"_s,
                u"addressline1"_s}},
        {ImportField::AddressExtra, u"address_extra"_s, QT_TRANSLATE_NOOP("adhera::importing", "Complément d'adresse"),
            {u"complement"_s, u"complementdadresse"_s, u"complementadresse"_s, u"adresse2"_s, u"adresseligne2"_s, u"address2"_s,
                u"addressline2"_s}},
        {ImportField::Postcode, u"postcode"_s, QT_TRANSLATE_NOOP("adhera::importing", "Code postal"),
            {u"codepostal"_s, u"cp"_s, u"postcode"_s, u"postalcode"_s, u"zip"_s, u"zipcode"_s}},
        {ImportField::City, u"city"_s, QT_TRANSLATE_NOOP("adhera::importing", "Ville"),
            {u"ville"_s, u"commune"_s, u"localite"_s, u"city"_s, u"town"_s, u"suburb"_s}},
        {ImportField::Region, u"region"_s, QT_TRANSLATE_NOOP("adhera::importing", "Région ou département"),
            {u"region"_s, u"departement"_s, u"dept"_s, u"state"_s, u"county"_s}},
        {ImportField::BirthDate, u"birth_date"_s, QT_TRANSLATE_NOOP("adhera::importing", "Date de naissance"),
            {u"datedenaissance"_s, u"datenaissance"_s, u"nele"_s, u"dateofbirth"_s, u"birthdate"_s, u"dob"_s}},
        {ImportField::NationalId, u"national_id"_s, QT_TRANSLATE_NOOP("adhera::importing", "Numéro d'identification"),
            {u"numerodesecuritesociale"_s, u"nsecu"_s, u"nss"_s, u"socsecid"_s, u"nationalid"_s, u"ssn"_s}},
        {ImportField::Category, u"category"_s, QT_TRANSLATE_NOOP("adhera::importing", "Catégorie"),
            {u"categorie"_s, u"typeadhesion"_s, u"typedadhesion"_s, u"formule"_s, u"category"_s, u"membershiptype"_s}},
        {ImportField::JoinedOn, u"joined_on"_s, QT_TRANSLATE_NOOP("adhera::importing", "Date d'adhésion"),
            {u"datedadhesion"_s, u"dateadhesion"_s, u"adherentdepuis"_s, u"membredepuis"_s, u"joinedon"_s, u"joindate"_s,
                u"membersince"_s}},
        {ImportField::Notes, u"notes"_s, QT_TRANSLATE_NOOP("adhera::importing", "Notes"),
            {u"notes"_s, u"note"_s, u"remarques"_s, u"commentaire"_s, u"commentaires"_s, u"observations"_s, u"comments"_s}},
    };
    return infos;
}

const FieldInfo &info(ImportField field)
{
    return fieldInfos()[int(field)];
}

QString headerKey(const QString &header)
{
    return text::fold(header).remove(u' ');
}

} // namespace

QList<ImportField> allImportFields()
{
    QList<ImportField> fields;
    for (const FieldInfo &field : fieldInfos())
        fields << field.field;
    return fields;
}

QString toCode(ImportField field)
{
    return info(field).code;
}

QString label(ImportField field)
{
    return Tr::tr(info(field).label);
}

std::optional<ImportField> importFieldFromCode(const QString &code)
{
    static const QHash<QString, ImportField> aliases {{u"rec_id"_s, ImportField::SourceId}, {u"given_name"_s, ImportField::FirstName},
        {u"surname"_s, ImportField::LastName}, {u"suburb"_s, ImportField::City}, {u"state"_s, ImportField::Region},
        {u"date_of_birth"_s, ImportField::BirthDate}, {u"soc_sec_id"_s, ImportField::NationalId}, {u"address_1"_s, ImportField::Address},
        {u"address_2"_s, ImportField::AddressExtra}, {u"company"_s, ImportField::Organisation},
        {u"organization"_s, ImportField::Organisation}};
    const QString wanted = code.trimmed().toLower();
    for (const FieldInfo &field : fieldInfos())
        if (field.code == wanted)
            return field.field;
    if (auto alias = aliases.find(wanted); alias != aliases.end())
        return *alias;
    return std::nullopt;
}

bool ColumnMapping::isEmpty() const
{
    return std::all_of(m_columns.begin(), m_columns.end(), [](int column) { return column < 0; });
}

FieldValues ColumnMapping::values(const QStringList &row) const
{
    FieldValues values;
    for (std::size_t field = 0; field < values.size(); ++field) {
        const int column = m_columns[field];
        if (column >= 0 && column < row.size())
            values[field] = row[column].trimmed();
    }
    return values;
}

ColumnMapping ColumnMapping::fromHeaders(const QStringList &headers)
{
    ColumnMapping mapping;
    QList<bool> taken(headers.size(), false);
    for (const FieldInfo &field : fieldInfos()) {
        for (int column = 0; column < headers.size() && !mapping.has(field.field); ++column) {
            if (!taken[column] && field.headers.contains(headerKey(headers[column]))) {
                mapping.setColumn(field.field, column);
                taken[column] = true;
            }
        }
    }
    return mapping;
}

Result<ColumnMapping> ColumnMapping::fromSpec(const QString &spec, const QStringList &headers)
{
    ColumnMapping mapping;
    const QStringList pairs = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.lastIndexOf(u'=');
        if (equals <= 0)
            return fail(ErrorCode::InvalidInput, Tr::tr("correspondance « %1 » : attendu « En-tête=champ »").arg(pair.trimmed()));
        const QString header = pair.left(equals).trimmed();
        const QString code = pair.mid(equals + 1).trimmed();
        const auto field = importFieldFromCode(code);
        if (!field)
            return fail(ErrorCode::InvalidInput, Tr::tr("correspondance « %1 » : champ inconnu « %2 »").arg(pair.trimmed(), code));
        const QString key = headerKey(header);
        int found = -1;
        for (int column = 0; column < headers.size() && found < 0; ++column)
            if (headerKey(headers[column]) == key)
                found = column;
        if (found < 0)
            return fail(ErrorCode::InvalidInput,
                Tr::tr("correspondance « %1 » : le fichier n'a pas de colonne « %2 » (colonnes : %3)")
                    .arg(pair.trimmed(), header, headers.join(u", "_s)));
        mapping.setColumn(*field, found);
    }
    return mapping;
}

QString ColumnMapping::toSpec(const QStringList &headers) const
{
    QStringList pairs;
    for (const FieldInfo &field : fieldInfos()) {
        const int column = m_columns[std::size_t(field.field)];
        if (column >= 0 && column < headers.size())
            pairs << headers[column] + u'=' + field.code;
    }
    return pairs.join(u',');
}

} // namespace adhera::importing

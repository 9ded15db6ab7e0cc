// SPDX-License-Identifier: GPL-3.0-or-later
#include "preparedrecord.h"

#include "members/identifiers.h"
#include "text/textfold.h"

using namespace Qt::StringLiterals;

namespace adhera::merge {

using importing::ImportField;

namespace {

QString digitsAndLetters(const QString &text)
{
    QString kept;
    kept.reserve(text.size());
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            kept += c.toLower();
    return kept;
}

// "1975-03-08", "08/03/1975" and "19750308" all give "19750308"; anything else gives "".
QString birthDigits(const QString &text)
{
    const QString digits = digitsAndLetters(text);
    if (digits.size() != 8 || !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); }))
        return {};
    const bool dayFirst = text.size() >= 3 && !text[2].isDigit(); // dd/MM/yyyy
    return dayFirst ? digits.mid(4, 4) + digits.mid(2, 2) + digits.left(2) : digits;
}

bool isFrenchMobile(const QString &e164)
{
    return e164.startsWith(u"+336"_s) || e164.startsWith(u"+337"_s);
}

} // namespace

PreparedRecord prepareRecord(const importing::FieldValues &values)
{
    auto value = [&values](ImportField field) -> const QString & { return values[std::size_t(field)]; };
    PreparedRecord record;
    record.name = prepareName(normalisePersonName(value(ImportField::FirstName), value(ImportField::LastName)));
    record.organisation = normaliseOrganisation(value(ImportField::Organisation));
    record.emailRaw = value(ImportField::Email);
    if (!isGenericMailbox(record.emailRaw))
        record.email = normaliseEmail(record.emailRaw);
    for (ImportField field : {ImportField::Phone, ImportField::Mobile}) {
        const QString e164 = normalisePhone(value(field));
        if (e164.isEmpty())
            continue;
        QStringList &numbers = isFrenchMobile(e164) ? record.mobiles : record.landlines;
        if (!numbers.contains(e164))
            numbers << e164;
    }
    record.streetNumber = text::fold(value(ImportField::StreetNumber)).remove(u' ');
    record.street = normaliseStreet(value(ImportField::Address));
    record.addressExtra = normaliseStreet(value(ImportField::AddressExtra));
    record.postcode = normalisePostcode(value(ImportField::Postcode));
    record.city = text::fold(value(ImportField::City));
    record.region = text::fold(value(ImportField::Region));
    record.birthDate = birthDigits(value(ImportField::BirthDate));
    record.nationalId = digitsAndLetters(value(ImportField::NationalId));
    const QString siren = digitsAndLetters(value(ImportField::Siren));
    const QString siret = digitsAndLetters(value(ImportField::Siret));
    if (identifiers::isValidSiret(siret))
        record.siret = siret;
    if (identifiers::isValidSiren(siren))
        record.siren = siren;
    else if (!record.siret.isEmpty())
        record.siren = record.siret.left(9);
    return record;
}

bool isMatchable(const PreparedRecord &record, Subject subject)
{
    if (subject == Subject::Organisation)
        return !record.organisation.core.isEmpty() || !record.siren.isEmpty();
    return !record.name.surnameJoined.isEmpty() || !record.name.givenJoined.isEmpty();
}

} // namespace adhera::merge

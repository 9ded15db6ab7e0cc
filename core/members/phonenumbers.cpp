// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonenumbers.h"

#include "members/identifiers.h"

#include <QCoreApplication>

#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace adhera::phone {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

constexpr int franceCountryCode = 33;

// Blocks the ARCEP reserves for fiction and demonstrations (national significant numbers,
// without the leading 0). libphonenumber 8.12 knows 03 53 01 as a fixed line but rejects
// 06 39 98 as an unallocated mobile range, so both are accepted here by name.
bool isFictionalFrench(const PhoneNumber &number)
{
    if (number.country_code() != franceCountryCode)
        return false;
    std::string nsn;
    PhoneNumberUtil::GetInstance()->GetNationalSignificantNumber(number, &nsn);
    return nsn.size() == 9 && (nsn.starts_with("35301") || nsn.starts_with("63998"));
}

bool isAcceptable(const PhoneNumber &number)
{
    return PhoneNumberUtil::GetInstance()->IsValidNumber(number) || isFictionalFrench(number);
}

// libphonenumber drops trailing text ("03 87 12 34 56 bureau" parses), so anything besides
// digits and the usual separators is refused rather than silently lost.
bool hasOnlyPhoneCharacters(const QString &text)
{
    for (const QChar c : text) {
        const bool allowed
            = (c >= u'0' && c <= u'9') || c.isSpace() || c == u'+' || c == u'(' || c == u')' || c == u'.' || c == u'-' || c == u'/';
        if (!allowed)
            return false;
    }
    return true;
}

Parsed invalid(const QString &problem)
{
    return Parsed {false, {}, problem};
}

QString tooShort(const QString &text)
{
    return QCoreApplication::translate("adhera::validation", "Le numéro « %1 » est trop court.").arg(text);
}

QString tooLong(const QString &text)
{
    return QCoreApplication::translate("adhera::validation", "Le numéro « %1 » est trop long.").arg(text);
}

QString unknownCountryCode(const QString &text)
{
    return QCoreApplication::translate("adhera::validation", "Le numéro « %1 » commence par un indicatif de pays inconnu.").arg(text);
}

} // namespace

Parsed normalise(const QString &input, const QString &defaultRegion)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Parsed {true, {}, {}};
    if (!hasOnlyPhoneCharacters(text)) {
        return invalid(QCoreApplication::translate("adhera::validation",
            "Le numéro « %1 » contient autre chose que des chiffres ; notez les "
            "précisions (poste, horaires…) dans les remarques.")
                           .arg(text));
    }

    // A spreadsheet that read "0387123456" as a number kept "387123456": put the 0 back.
    QString toParse = text;
    const QString digits = identifiers::digitsOnly(text);
    if (defaultRegion == QLatin1StringView("FR") && !text.contains(u'+') && digits.size() == 9 && digits.front() != u'0')
        toParse = u'0' + digits;

    PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    switch (util->Parse(toParse.toStdString(), defaultRegion.toStdString(), &number)) {
    case PhoneNumberUtil::NO_PARSING_ERROR: break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR: return invalid(unknownCountryCode(text));
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN: return invalid(tooShort(text));
    case PhoneNumberUtil::TOO_LONG_NSN: return invalid(tooLong(text));
    case PhoneNumberUtil::NOT_A_NUMBER:
    default: return invalid(QCoreApplication::translate("adhera::validation", "« %1 » n'est pas un numéro de téléphone.").arg(text));
    }

    if (isAcceptable(number)) {
        std::string e164;
        util->Format(number, PhoneNumberUtil::E164, &e164);
        return Parsed {true, QString::fromStdString(e164), {}};
    }

    switch (util->IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::TOO_SHORT: return invalid(tooShort(text));
    case PhoneNumberUtil::TOO_LONG: return invalid(tooLong(text));
    case PhoneNumberUtil::INVALID_COUNTRY_CODE: return invalid(unknownCountryCode(text));
    case PhoneNumberUtil::INVALID_LENGTH:
        return invalid(QCoreApplication::translate("adhera::validation", "Le numéro « %1 » n'a pas le bon nombre de chiffres.").arg(text));
    default: break;
    }
    if (number.country_code() == franceCountryCode) {
        return invalid(
            QCoreApplication::translate("adhera::validation", "Le numéro « %1 » n'est pas un numéro français valide.").arg(text));
    }
    return invalid(QCoreApplication::translate("adhera::validation", "Le numéro « %1 » n'est pas valide pour l'indicatif +%2.")
                       .arg(text, QString::number(number.country_code())));
}

QString display(const QString &e164)
{
    if (!e164.startsWith(u'+'))
        return e164;
    PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    // "ZZ": no default region, so only numbers written with their country code parse.
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR || !isAcceptable(number))
        return e164;
    std::string shown;
    util->Format(number, number.country_code() == franceCountryCode ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &shown);
    return QString::fromStdString(shown);
}

} // namespace adhera::phone

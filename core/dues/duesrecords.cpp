// SPDX-License-Identifier: GPL-3.0-or-later
#include "duesrecords.h"

#include "members/personnames.h"

#include <QCoreApplication>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace adhera::dues {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::dues)
};

} // namespace

QString memberDisplayName(const QVariant &organisationName, const QVariant &firstName, const QVariant &lastName)
{
    return organisationName.isNull() ? listName(lastName.toString(), firstName.toString()) : organisationName.toString();
}

QString memberLetterName(const QVariant &organisationName, const QVariant &firstName, const QVariant &lastName)
{
    return organisationName.isNull() ? letterName(firstName.toString(), lastName.toString()) : organisationName.toString();
}

QString toCode(JoiningRule rule)
{
    switch (rule) {
    case JoiningRule::Full: return u"full"_s;
    case JoiningRule::ProRataMonth: return u"pro_rata_month"_s;
    case JoiningRule::NextYearFromSeptember: return u"next_year_from_september"_s;
    }
    return u"full"_s;
}

QString toCode(CallState state)
{
    switch (state) {
    case CallState::Open: return u"open"_s;
    case CallState::Exempt: return u"exempt"_s;
    case CallState::Cancelled: return u"cancelled"_s;
    }
    return u"open"_s;
}

QString toCode(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Transfer: return u"transfer"_s;
    case PaymentMethod::Cheque: return u"cheque"_s;
    case PaymentMethod::SepaDebit: return u"sepa_debit"_s;
    case PaymentMethod::Card: return u"card"_s;
    case PaymentMethod::Cash: return u"cash"_s;
    }
    return u"transfer"_s;
}

std::optional<JoiningRule> joiningRuleFromCode(const QString &code)
{
    for (const JoiningRule rule : {JoiningRule::Full, JoiningRule::ProRataMonth, JoiningRule::NextYearFromSeptember})
        if (toCode(rule) == code)
            return rule;
    return std::nullopt;
}

std::optional<CallState> callStateFromCode(const QString &code)
{
    for (const CallState state : {CallState::Open, CallState::Exempt, CallState::Cancelled})
        if (toCode(state) == code)
            return state;
    return std::nullopt;
}

std::optional<PaymentMethod> paymentMethodFromCode(const QString &code)
{
    for (const PaymentMethod method : allPaymentMethods())
        if (toCode(method) == code)
            return method;
    return std::nullopt;
}

QString label(JoiningRule rule)
{
    switch (rule) {
    case JoiningRule::Full: return Tr::tr("Année entière");
    case JoiningRule::ProRataMonth: return Tr::tr("Au prorata des mois");
    case JoiningRule::NextYearFromSeptember: return Tr::tr("Adhésion à partir de septembre\u00a0: année suivante");
    }
    return QString();
}

QString label(CallStatus status)
{
    switch (status) {
    case CallStatus::Unpaid: return Tr::tr("Impayé");
    case CallStatus::Partial: return Tr::tr("Partiel");
    case CallStatus::Paid: return Tr::tr("Payé");
    case CallStatus::Exempt: return Tr::tr("Exonéré");
    case CallStatus::Cancelled: return Tr::tr("Annulé");
    }
    return QString();
}

QString label(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Transfer: return Tr::tr("Virement");
    case PaymentMethod::Cheque: return Tr::tr("Chèque");
    case PaymentMethod::SepaDebit: return Tr::tr("Prélèvement SEPA");
    case PaymentMethod::Card: return Tr::tr("Carte");
    case PaymentMethod::Cash: return Tr::tr("Espèces");
    }
    return QString();
}

QList<PaymentMethod> allPaymentMethods()
{
    return {PaymentMethod::Transfer, PaymentMethod::Cheque, PaymentMethod::SepaDebit, PaymentMethod::Card, PaymentMethod::Cash};
}

CallStatus DuesCall::status() const
{
    if (state == CallState::Exempt)
        return CallStatus::Exempt;
    if (state == CallState::Cancelled)
        return CallStatus::Cancelled;
    // Nothing to pay (an honorary member's 0 € call) is an exemption, not a payment.
    if (amount == 0)
        return CallStatus::Exempt;
    if (paid >= amount)
        return CallStatus::Paid;
    return paid > 0 ? CallStatus::Partial : CallStatus::Unpaid;
}

} // namespace adhera::dues

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The treasurer's records: fee schedules, calls for dues, payments and their allocations.
// Amounts are cents (money.h). A call's status (unpaid, partial, paid) is computed from what
// was allocated to it; exempt and cancelled are decisions stored on the call.

#include "dues/money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace adhera::dues {

enum class JoiningRule { Full, ProRataMonth, NextYearFromSeptember };
enum class CallState { Open, Exempt, Cancelled };
enum class CallStatus { Unpaid, Partial, Paid, Exempt, Cancelled };
enum class PaymentMethod { Transfer, Cheque, SepaDebit, Card, Cash };

QString toCode(JoiningRule rule); // "full", "pro_rata_month", "next_year_from_september"
QString toCode(CallState state); // "open", "exempt", "cancelled"
QString toCode(PaymentMethod method); // "transfer", "cheque", "sepa_debit", "card", "cash"
std::optional<JoiningRule> joiningRuleFromCode(const QString &code);
std::optional<CallState> callStateFromCode(const QString &code);
std::optional<PaymentMethod> paymentMethodFromCode(const QString &code);

// French labels, translated: « Année entière », « Au prorata des mois », « Adhésion à partir de
// septembre : année suivante »; « Impayé », « Partiel », « Payé », « Exonéré », « Annulé »;
// « Virement », « Chèque », « Prélèvement SEPA », « Carte », « Espèces ».
QString label(JoiningRule rule);
QString label(CallStatus status);
QString label(PaymentMethod method);
QList<PaymentMethod> allPaymentMethods();

// The member as the lists show it, the same way as the member list: the organisation's name
// (when not null), or "NOM Prénom" (the last name alone when there is no first name).
QString memberDisplayName(const QVariant &organisationName, const QVariant &firstName, const QVariant &lastName);
// The member as a sentence or a letter names it: the organisation's name, or "Prénom NOM".
QString memberLetterName(const QVariant &organisationName, const QVariant &firstName, const QVariant &lastName);

struct FeeSchedule {
    qint64 id = 0;
    int financialYear = 0;
    qint64 categoryId = 0;
    Cents amount = 0;
    JoiningRule joiningRule = JoiningRule::Full;
    bool operator==(const FeeSchedule &) const = default;
};

// A call the treasurer is about to issue (preview): nothing is stored yet.
struct CallDraft {
    qint64 membershipId = 0;
    QString memberName; // organisation name, or "NOM Prénom"
    QString category;
    Cents amount = 0;
    QString label; // "Cotisation 2026 — Entreprise 50 à 199 salariés"
    QString note; // why the amount differs from the schedule ("prorata : 4 mois sur 12"), or empty
    QDate joinedOn; // when the member joined, if known
};

struct DuesCall {
    qint64 id = 0;
    QString number; // "AC-2026-0001"
    int financialYear = 0;
    qint64 membershipId = 0;
    QString memberName; // as listed: organisation name, or "NOM Prénom"
    QString payerName; // as written on a payment: organisation name, or "Prénom NOM"
    QString category;
    QString originClub;
    Cents amount = 0;
    Cents paid = 0; // net of reversals
    QString label;
    QDate issuedOn;
    QDate dueOn;
    CallState state = CallState::Open;
    QString stateReason;
    int reminderLevel = 0; // highest reminder sent, 0 for none
    QDate lastReminderOn;

    Cents balance() const { return state == CallState::Open ? amount - paid : 0; }
    CallStatus status() const;
};

struct Allocation {
    qint64 callId = 0;
    Cents amount = 0;
    bool operator==(const Allocation &) const = default;
};

struct Payment {
    qint64 id = 0;
    QString number; // "RE-2026-0001", given when recorded
    QDate receivedOn;
    Cents amount = 0; // negative for a reversal
    PaymentMethod method = PaymentMethod::Transfer;
    QString chequeNumber;
    QString bank;
    QString reference;
    QString payer;
    qint64 reversesPaymentId = 0;
    QString note;
    QList<Allocation> allocations;
};

} // namespace adhera::dues

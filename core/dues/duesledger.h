// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// DuesLedger: the treasurer's book over the member file. Every multi-row write is one
// transaction; numbers (calls "AC-YYYY-NNNN", payments "RE-YYYY-NNNN", YYYY the financial year)
// are taken inside it from document_counter, so they have no gaps even with two windows open on
// the same file. Payments are never changed: reversePayment() records the opposite payment.
//
// Rules enforced (ErrorCode::InvalidInput or Conflict, message in French naming the call, the
// member or the amount):
// - calls: one per membership and financial year; issued only for active memberships whose
//   category has a schedule for that year; the amount follows the schedule's joining rule;
// - payments: a positive amount; allocations positive, to open calls, each at most the call's
//   balance, their sum at most the payment (the rest stays unallocated, shown as a credit);
// - exempting or cancelling a call needs it to have nothing paid.

#include "common/result.h"
#include "dues/duesrecords.h"
#include "dues/financialyear.h"

namespace adhera {
class Database;
}

namespace adhera::dues {

// What a member of the category owes for the year under the schedule's rule, given the date
// the membership began (invalid: a member from before the year, who owes the full amount).
// Pro rata: amount × months left (joining month included) / 12, rounded to the nearest cent.
Cents amountDue(const FeeSchedule &schedule, const QDate &joinedOn, const FinancialYear &year);

class DuesLedger final
{
public:
    explicit DuesLedger(Database &db);

    FinancialYear financialYear(int startYear) const; // with this file's start month
    // Sets the month the financial years start in; refused once calls exist, since they are
    // filed under years that would then mean other months.
    Result<void> setYearStartMonth(int month);
    // Whether any call was ever issued (then the start month can no longer change); false when
    // the file cannot be read.
    bool hasCalls() const;

    Result<QList<FeeSchedule>> schedules(int financialYear) const;
    // Creates or replaces the schedule of (year, category).
    Result<qint64> saveSchedule(const FeeSchedule &schedule);
    // Several schedules in one transaction, each checked as saveSchedule does: all saved, or
    // none (the error names the first one refused).
    Result<void> saveSchedules(const QList<FeeSchedule> &schedules);

    // The calls that issueCalls would write for the year: active memberships without a call for
    // it, with their amount; memberships whose category has no schedule are left out and named
    // in missingSchedules.
    struct Preview {
        QList<CallDraft> drafts;
        // Active members without a call this year: by the joining rule (joined after the year,
        // or late enough that the next year's call covers them), or because they paid the year
        // to their former club (formerclubdues.h). Amount 0, note says why.
        QList<CallDraft> notBilled;
        QStringList missingSchedules; // category names
    };
    Result<Preview> previewCalls(int financialYear) const;
    // Issues the calls of the preview (recomputed, so that nothing changed in between is
    // missed); returns how many. Issuing twice for the same year issues only the new ones.
    Result<int> issueCalls(int financialYear, const QDate &issuedOn, const QDate &dueOn);

    Result<QList<DuesCall>> calls(int financialYear) const; // by number
    Result<DuesCall> call(qint64 callId) const;
    // Every call with something left to pay, whatever its year (a payment may settle last
    // year's call with this year's), oldest year first, then by number.
    Result<QList<DuesCall>> openCalls() const;
    Result<void> setCallState(qint64 callId, CallState state, const QString &reason);

    // Records a payment and its allocations; returns it with its id and number.
    Result<Payment> recordPayment(const Payment &payment);
    // Records the opposite of a payment on the given date (its allocations reversed too).
    Result<Payment> reversePayment(qint64 paymentId, const QDate &on, const QString &reason);
    Result<QList<Payment>> payments(int financialYear) const; // by number, allocations filled
    // The part of a payment not allocated to any call (a credit for the payer).
    Result<Cents> unallocated(qint64 paymentId) const;

    // Calls of the year still owing something on asOf, past their due date, with their reminders.
    Result<QList<DuesCall>> lateCalls(int financialYear, const QDate &asOf) const;
    Result<void> recordReminder(qint64 callId, int level, const QDate &sentOn, const QString &channel);
    // The same for several calls in one transaction: all recorded, or none.
    Result<void> recordReminders(const QList<qint64> &callIds, int level, const QDate &sentOn, const QString &channel);

    // A warning (not an error) for a cash payment above the legal limit, or empty.
    static QString cashWarning(const Payment &payment);

private:
    Database &m_db;
};

// Takes the next number of a series ("AC-2026" → "AC-2026-0001") inside the caller's
// transaction.
Result<QString> nextDocumentNumber(Database &db, const QString &series);

} // namespace adhera::dues

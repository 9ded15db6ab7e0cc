// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Cheque remittances (bordereaux de remise de chèques): the treasurer gathers the cheques
// received, takes them to the bank with a slip listing each one (date, drawer, bank, number,
// amount) and their total, and files the bank's stamped copy. A cheque goes on one slip only;
// the slip keeps its number (« BR-2026-0001 »), its date and its cheques, so that it prints again
// as it was. A cheque whose payment was reversed is not remitted.

#include "common/result.h"
#include "dues/duesrecords.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace adhera {
class Database;
}

namespace adhera::dues {

struct RemittedCheque {
    qint64 paymentId = 0;
    QString paymentNumber; // « RE-2026-0007 »
    QDate receivedOn;
    QString drawer; // the payer as recorded
    QString bank;
    QString chequeNumber;
    Cents amount = 0;
};

struct ChequeRemittance {
    qint64 id = 0;
    QString number; // « BR-2026-0001 »
    QDate remittedOn;
    QList<RemittedCheque> cheques; // by date received, then payment number

    Cents total() const;
};

class ChequeRemittances final
{
public:
    explicit ChequeRemittances(Database &db);

    // Cheques received and not remitted yet, whatever the year, oldest first; reversed ones left out.
    Result<QList<RemittedCheque>> pending() const;
    // Puts the cheques on a new slip dated `on`, in one transaction; refused, naming the payment,
    // for a payment that is no cheque, already on a slip, reversed, or received after `on`.
    Result<ChequeRemittance> remit(const QList<qint64> &paymentIds, const QDate &on);
    // Cheques already taken to the bank without an Adhera slip (before Adhera kept slips, or on
    // the bank's own form): no longer pending, on no slip, in one transaction; refused, naming
    // the payment, for one that is not pending.
    Result<void> markRemittedWithoutSlip(const QList<qint64> &paymentIds);
    Result<ChequeRemittance> remittance(qint64 remittanceId) const;
    // Every slip, the latest first.
    Result<QList<ChequeRemittance>> all() const;
    // The slip number of each remitted payment, for the list of payments; « sans bordereau » for
    // one marked remitted without a slip.
    Result<QHash<qint64, QString>> slipNumbers() const;

private:
    // The refusal for a payment that is not a cheque waiting to be remitted, naming it.
    Error notPending(qint64 paymentId) const;
    Result<QList<RemittedCheque>> cheques(const QString &where, const QList<std::pair<QString, QVariant>> &bindings) const;

    Database &m_db;
};

// The slip as an A4 PDF: the club, the slip's number and date, a table of the cheques (date,
// drawer, bank, number, amount), their count and total, and boxes for the account and the
// bank's stamp.
Result<void> writeRemittancePdf(Database &db, const ChequeRemittance &remittance, const QString &path);

} // namespace adhera::dues

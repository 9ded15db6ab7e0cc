// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Dues a member paid to its former club (Connect, Viatis) for a year L2C covers: the clubs
// merged mid-year, and their members had already paid them. That money is not L2C's (no payment,
// no receipt, no line in the receipts journal), but the member is « à jour » for the year: it
// votes at the assembly (votingrights.h) and gets no L2C call (DuesLedger::previewCalls). The
// reports show these dues apart from L2C's income.
//
// Recording them cancels the member's L2C call of the year when nothing was paid on it (its
// reason names the club); removing the record reopens that call. A call already (partly) paid is
// never cancelled: the record is refused, naming it.

#include "common/result.h"
#include "dues/duesrecords.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace adhera {
class Database;
}

namespace adhera::dues {

struct FormerClubDues {
    qint64 id = 0; // 0 until recorded
    int financialYear = 0;
    qint64 membershipId = 0;
    QString memberName; // filled when read
    QString category; // filled when read
    qint64 clubId = 0; // origin_club
    QString clubName; // filled when read
    Cents amount = 0;
    QDate paidOn;
    QString reference; // the former club's receipt
    qint64 cancelledCallId = 0; // the L2C call this record cancelled, reopened when it is removed
};

// A member who may have paid its former club for the year: every active membership that came
// from a founding club (any origin club but direct membership, code "L2C"), and any membership
// with a record for the year.
struct FormerClubCandidate {
    qint64 membershipId = 0;
    QString memberName;
    QString category;
    qint64 clubId = 0; // the membership's origin club
    QString clubName;
    Cents scheduleAmount = 0; // L2C's amount for the category and year: a starting value
    // The member's L2C call of the year, if any.
    qint64 callId = 0;
    QString callNumber;
    CallState callState = CallState::Open;
    Cents callPaid = 0;
    std::optional<FormerClubDues> recorded;

    // Whether recording dues paid to the former club is possible: no L2C call with money on it.
    bool recordable() const { return callId == 0 || callPaid == 0; }
};

class FormerClubLedger final
{
public:
    explicit FormerClubLedger(Database &db);

    // The year's records, by member name.
    Result<QList<FormerClubDues>> recorded(int financialYear) const;
    // By member name (as the member list sorts).
    Result<QList<FormerClubCandidate>> candidates(int financialYear) const;

    // In one transaction: the removals (each reopens the call it cancelled), then the records
    // (created, or replaced for the same membership and year). All written, or none; the error
    // names the member.
    Result<void> save(int financialYear, const QList<FormerClubDues> &records, const QList<qint64> &removedIds);

private:
    Database &m_db;
};

} // namespace adhera::dues

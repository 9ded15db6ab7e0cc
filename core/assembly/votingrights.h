// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Who may vote at a general assembly, and with how many votes. The statuts decide (DOMAIN
// §1.2, §1.11): usually members whose membership is active and whose dues for the financial
// year are paid on the reference date (the assembly date, or the convocation date); an
// organisation votes through its designated representative (§1.5, §2.1); a category may weigh
// more than one vote, or none (honorary members).
//
// votingRight() is pure. duesStandingOn() reads the standings from the dues ledger.

#include "assembly/statutesprofile.h"
#include "common/result.h"
#include "dues/duesrecords.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace adhera {
class Database;
struct Membership;
} // namespace adhera

namespace adhera::assembly {

enum class MemberKind { Individual, Organisation };

struct Voter {
    qint64 membershipId = 0;
    QString name; // "Transports Lœuvre", "Hélène MÜLLER": for messages
    QString categoryCode;
    bool active = true; // membership status Active
    MemberKind kind = MemberKind::Individual;
    qint64 representativePersonId = 0; // organisations only; 0: none designated
    QString categoryName = {}; // « Membre d'honneur »: what messages say (the code when empty)
};

// A voter made from a stored membership (its category code looked up by the caller).
Voter voterFrom(const Membership &membership, const QString &categoryCode, const QString &name);

// A member's dues for the financial year containing the reference date, as they stood on it.
enum class DuesState {
    Paid, // the call was settled by payments received on or before the date
    Exempt, // the bureau exempted the member
    Owing, // something remained to pay on the date
    NoCall, // no call for the year (or it was cancelled)
};

struct DuesStanding {
    DuesState state = DuesState::NoCall;
    QString yearLabel; // "2026" or "2026-2027"; empty when unknown
    dues::Cents outstanding = 0; // what remained on the date, when Owing
    QString paidTo; // Paid to a former club (formerclubdues.h): its name; empty when paid to L2C
    bool operator==(const DuesStanding &) const = default;
};

// A call's standing given what had been paid on it by the date. A cancelled call counts as no
// call; an exempt one as exempt, whatever was paid.
DuesStanding standingOf(const dues::DuesCall &call, dues::Cents paidByDate, const QString &yearLabel);

struct VotingRight {
    bool canVote = false;
    int weight = 0; // votes held in person (0 when canVote is false)
    QString reason; // why not, e.g. « cotisation 2026 non à jour au 12/06/2026 »; empty when canVote
    // « peut voter » or « ne peut pas voter : <reason> ».
    QString text() const;
};

// The first reason found, in this order: membership not active, organisation without a
// representative, category without a vote, dues not paid (only when the profile requires it;
// a member without a call for the year cannot vote, an exempt one can).
VotingRight votingRight(const Voter &voter, const DuesStanding &dues, const QDate &referenceDate, const StatutesProfile &profile);

// The dues standing on date of every membership, for the financial year containing date (the
// file's start month). A payment counts when received on or before date (a member may pay in
// December for the next year). While that year's call is not due yet on date, or not issued,
// the dues of the year before count instead when they were paid (or exempted) by then: an
// assembly in March, before the year's calls fall due, is voted by those who paid last year.
// Dues paid to a former club (formerclubdues.h) on or before date count as paid for their year.
// Memberships without a call in either year are absent: their standing is DuesStanding() (NoCall).
Result<QHash<qint64, DuesStanding>> duesStandingOn(Database &db, const QDate &date);

} // namespace adhera::assembly

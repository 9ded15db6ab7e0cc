// SPDX-License-Identifier: GPL-3.0-or-later
#include "votingrights.h"

#include "db/database.h"
#include "dues/duesledger.h"
#include "dues/financialyear.h"
#include "dues/formerclubdues.h"
#include "i18n/displayformat.h"
#include "members/records.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace adhera::assembly {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::assembly)
};

VotingRight refused(const QString &reason)
{
    return VotingRight {false, 0, reason};
}

} // namespace

Voter voterFrom(const Membership &membership, const QString &categoryCode, const QString &name)
{
    Voter voter;
    voter.membershipId = membership.id;
    voter.name = name;
    voter.categoryCode = categoryCode;
    voter.active = membership.status == MembershipStatus::Active;
    voter.kind = membership.organisationId != 0 ? MemberKind::Organisation : MemberKind::Individual;
    voter.representativePersonId = membership.representativeId;
    return voter;
}

DuesStanding standingOf(const dues::DuesCall &call, dues::Cents paidByDate, const QString &yearLabel)
{
    switch (call.state) {
    case dues::CallState::Cancelled: return DuesStanding {DuesState::NoCall, yearLabel, 0, {}};
    case dues::CallState::Exempt: return DuesStanding {DuesState::Exempt, yearLabel, 0, {}};
    case dues::CallState::Open: break;
    }
    // DOMAIN §2.2: « à jour » for year N when the amount due for N is fully paid.
    const dues::Cents outstanding = call.amount - paidByDate;
    if (outstanding <= 0)
        return DuesStanding {DuesState::Paid, yearLabel, 0, {}};
    return DuesStanding {DuesState::Owing, yearLabel, outstanding, {}};
}

QString VotingRight::text() const
{
    return canVote ? Tr::tr("peut voter") : Tr::tr("ne peut pas voter\u00a0: %1").arg(reason);
}

VotingRight votingRight(const Voter &voter, const DuesStanding &dues, const QDate &referenceDate, const StatutesProfile &profile)
{
    if (!voter.active)
        return refused(Tr::tr("adhésion non active"));
    // DOMAIN §1.5: the organisation is the member, its designated representative votes.
    if (voter.kind == MemberKind::Organisation && voter.representativePersonId == 0)
        return refused(Tr::tr("pas de représentant désigné"));
    const int weight = profile.weightOf(voter.categoryCode);
    if (weight <= 0)
        return refused(Tr::tr("la catégorie «\u00a0%1\u00a0» n'a pas de voix")
                           .arg(voter.categoryName.isEmpty() ? voter.categoryCode : voter.categoryName));
    // DOMAIN §1.11 vote_requires_cotisation_a_jour.
    if (profile.voteRequiresDuesPaid) {
        const QString date = i18n::displayDate(referenceDate);
        switch (dues.state) {
        case DuesState::Paid:
        case DuesState::Exempt: break;
        case DuesState::Owing:
            return refused(dues.yearLabel.isEmpty() ? Tr::tr("cotisation non à jour au %1").arg(date)
                                                    : Tr::tr("cotisation %1 non à jour au %2").arg(dues.yearLabel, date));
        case DuesState::NoCall:
            return refused(dues.yearLabel.isEmpty() ? Tr::tr("aucun appel de cotisation au %1").arg(date)
                                                    : Tr::tr("aucun appel de cotisation %1 au %2").arg(dues.yearLabel, date));
        }
    }
    return VotingRight {true, weight, QString()};
}

Result<QHash<qint64, DuesStanding>> duesStandingOn(Database &db, const QDate &date)
{
    if (!date.isValid())
        return fail(ErrorCode::InvalidInput, Tr::tr("La date de référence du droit de vote n'est pas valide."));
    const int startMonth = dues::FinancialYear::startMonthOf(db);
    const dues::FinancialYear year = dues::FinancialYear::containing(date, startMonth);
    const dues::FinancialYear previousYear(year.startYear() - 1, startMonth);
    dues::DuesLedger ledger(db);
    auto calls = ledger.calls(year.startYear());
    if (!calls)
        return fail(calls.error());
    auto previousCalls = ledger.calls(previousYear.startYear());
    if (!previousCalls)
        return fail(previousCalls.error());

    // DuesCall::paid is what is paid today; the standing on date only counts payments (and
    // reversals) received by then. A member may pay in December for the next year.
    QHash<qint64, dues::Cents> paidByDate;
    for (const int paymentYear : {year.startYear() - 2, year.startYear() - 1, year.startYear()}) {
        auto payments = ledger.payments(paymentYear);
        if (!payments)
            return fail(payments.error());
        for (const dues::Payment &payment : std::as_const(*payments)) {
            if (payment.receivedOn > date)
                continue;
            for (const dues::Allocation &allocation : payment.allocations)
                paidByDate[allocation.callId] += allocation.amount;
        }
    }

    QHash<qint64, DuesStanding> standings;
    QHash<qint64, QDate> dueOn; // the current year's call, by membership
    for (const dues::DuesCall &call : std::as_const(*calls)) {
        standings.insert(call.membershipId, standingOf(call, paidByDate.value(call.id), year.label()));
        if (call.state != dues::CallState::Cancelled)
            dueOn.insert(call.membershipId, call.dueOn);
    }
    // Paid to a founding club for the year: « à jour » as if paid to L2C (its L2C call, if any,
    // was cancelled when the dues were recorded).
    const dues::FormerClubLedger formerClubs(db);
    auto formerDues = formerClubs.recorded(year.startYear());
    if (!formerDues)
        return fail(formerDues.error());
    for (const dues::FormerClubDues &paid : std::as_const(*formerDues))
        if (paid.paidOn <= date)
            standings.insert(paid.membershipId, DuesStanding {DuesState::Paid, year.label(), 0, paid.clubName});
    auto previousFormerDues = formerClubs.recorded(previousYear.startYear());
    if (!previousFormerDues)
        return fail(previousFormerDues.error());
    QHash<qint64, DuesStanding> previousFormer;
    for (const dues::FormerClubDues &paid : std::as_const(*previousFormerDues))
        if (paid.paidOn <= date)
            previousFormer.insert(paid.membershipId, DuesStanding {DuesState::Paid, previousYear.label(), 0, paid.clubName});
    // Until the year's call falls due (or while it is not issued yet), the dues of the year
    // before keep their vote: an assembly held early in the year is not left without voters.
    const auto keepPrevious = [&](qint64 membershipId, const DuesStanding &previous) {
        if (previous.state != DuesState::Paid && previous.state != DuesState::Exempt)
            return;
        const DuesStanding current = standings.value(membershipId);
        if (current.state == DuesState::Paid || current.state == DuesState::Exempt)
            return;
        const auto due = dueOn.constFind(membershipId);
        // Not échu: the due date itself is still within the time given to pay.
        const bool currentNotDue = due == dueOn.cend() || !due->isValid() || *due >= date;
        if (currentNotDue)
            standings.insert(membershipId, previous);
    };
    for (const dues::DuesCall &call : std::as_const(*previousCalls))
        if (!previousFormer.contains(call.membershipId))
            keepPrevious(call.membershipId, standingOf(call, paidByDate.value(call.id), previousYear.label()));
    for (auto paid = previousFormer.cbegin(); paid != previousFormer.cend(); ++paid)
        keepPrevious(paid.key(), paid.value());
    return standings;
}

} // namespace adhera::assembly

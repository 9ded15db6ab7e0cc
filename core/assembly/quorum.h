// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Attendance and quorum, computed at a given time of the assembly (DOMAIN §1.4, §1.5, §1.7).
// Each member on the attendance sheet is present (with optional arrival and departure times),
// represented by a proxy holder, or absent. The quorum is a share of the voting weight of the
// members entitled to vote, reached by the weight present plus the weight represented through
// valid proxies. It must hold for the whole meeting, so everything takes the time to count at.
//
// A proxy counts only while it is valid: proxies allowed by the statuts, a giver entitled to
// vote, a holder other than the giver, on the sheet, not represented himself (no chains),
// entitled to vote when the statuts require a member, in the room at that time, and within the
// cap per holder (the first proxies in sheet order count, the ones after the cap do not).
//
// Pure functions; weights are whole numbers of votes.

#include "assembly/statutesprofile.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace adhera::assembly {

enum class Presence { Present, Represented, Absent };

struct Attendee {
    qint64 membershipId = 0;
    QString name; // for messages: "Transports Lœuvre", "Hélène MÜLLER"
    int weight = 1; // votes held in person (votingRight().weight)
    bool entitled = true; // may vote (votingRight().canVote)
    Presence presence = Presence::Absent;
    qint64 proxyHolderId = 0; // membership id of the holder, when Represented
    QDateTime arrivedAt; // invalid: there from the opening
    QDateTime leftAt; // invalid: stayed to the end

    // Present, arrived at or before `at` and not left at or before it; an invalid `at` ignores
    // the times.
    bool isPresentAt(const QDateTime &at) const;
};

struct ProxyProblem {
    qint64 giverId = 0;
    qint64 holderId = 0;
    QString message; // in French, naming the giver and the holder
};

// Every proxy that does not count at `at`, in sheet order, with the reason.
QList<ProxyProblem> proxyProblems(const QList<Attendee> &attendance, const StatutesProfile &profile, const QDateTime &at);

// The votes each member present at `at` holds: their own weight plus the weight of the valid
// proxies they carry (the « nombre de voix » column of the attendance sheet).
QHash<qint64, int> votesHeld(const QList<Attendee> &attendance, const StatutesProfile &profile, const QDateTime &at);

struct QuorumStatus {
    std::optional<Fraction> fraction; // nullopt: no quorum required
    int eligibleCount = 0; // members entitled to vote with at least one vote
    int eligibleWeight = 0;
    int presentCount = 0;
    int presentWeight = 0;
    int representedCount = 0;
    int representedWeight = 0;
    int requiredWeight = 0; // ceil(fraction × eligibleWeight), 0 without a quorum
    bool met = false;
    int missingWeight = 0; // what is lacking to reach requiredWeight, 0 when met

    int countedWeight() const { return presentWeight + representedWeight; }
    // Nobody entitled to vote: no quorum is ever reached and nothing can be decided, whatever
    // the statuts require.
    bool nobodyMayVote() const { return eligibleWeight == 0; }
    // « Quorum atteint : 30 voix présentes ou représentées sur 100 (25 requises). »
    QString text() const;
};

QuorumStatus quorumStatus(
    const QList<Attendee> &attendance, const StatutesProfile &profile, AssemblyKind kind, Convocation convocation, const QDateTime &at);

} // namespace adhera::assembly

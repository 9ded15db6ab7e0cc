// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Whether a resolution is adopted, from its vote count and the statuts' majority rule (DOMAIN
// §1.6). The rule is a threshold (simple, absolute, two thirds, three quarters, unanimity) of
// a base:
//   VotesCast              for + against (abstentions, blank and spoiled ballots left out)
//   VotesIncludingBlank    for + against + blank + spoiled (abstentions left out)
//   PresentAndRepresented  the weight present and represented: whoever does not vote for,
//                          abstentions included, weighs against
//   Present                the weight present, proxies left out
//   AllMembers             the weight of every member entitled to vote
// Thresholds, with B the base and P the "for" weight, all in whole votes:
//   Simple, Absolute       P > B / 2, i.e. at least floor(B / 2) + 1. On VotesCast this is
//                          "more for than against"; on a base of members it is the same
//                          sentence with everyone else counted against, so the two coincide.
//   TwoThirds              « au moins deux tiers »: 3P >= 2B
//   ThreeQuarters          4P >= 3B
//   Unanimity              P = B
// and never with no vote for at all. A tie (2P = B) under a simple or absolute majority rejects,
// unless the chair's casting vote applies: allowed by the statuts and the vote is public (CA
// Bordeaux, 12 Jan 2017: never in a secret ballot).
//
// Pure functions.

#include "assembly/statutesprofile.h"
#include "common/result.h"

#include <QString>

#include <optional>

namespace adhera::assembly {

// Weights (votes), never negative. Secret ballots keep only these totals.
struct VoteCount {
    int inFavour = 0;
    int against = 0;
    int abstentions = 0;
    int blank = 0;
    int spoiled = 0; // bulletins nuls
    int total() const { return inFavour + against + abstentions + blank + spoiled; }
    bool operator==(const VoteCount &) const = default;
};

// The assembly's weights when the vote is taken (QuorumStatus gives them).
struct VotingBody {
    int presentWeight = 0;
    int representedWeight = 0;
    int allMembersWeight = 0; // every member entitled to vote; used by the AllMembers base
};

struct Ballot {
    bool secret = false;
    bool chairHasCastingVote = false; // StatutesProfile::chairHasCastingVote
    std::optional<bool> chairCastingVoteFor; // how the chair decides a tie; nullopt: not used
};

struct Outcome {
    bool adopted = false;
    int base = 0; // B
    int needed = 0; // the least "for" weight that adopts without a casting vote
    bool tie = false;
    bool castingVoteUsed = false;
    // « Adoptée : 31 voix pour sur 45 suffrages exprimés (majorité requise : 23). »
    QString explanation;
};

// The base B of a rule for this count and body.
int majorityBase(const VoteCount &count, MajorityBasis basis, const VotingBody &body);
// The least "for" weight that adopts on base B (at least 1).
int neededWeight(Threshold threshold, int base);

// Why the count cannot be right, in French; empty when it is consistent: negative numbers, or
// more votes than the weight that may vote (present and represented; present only when the base
// leaves proxies out), or more present and represented than all members on an AllMembers base.
QString countProblem(const VoteCount &count, const ResolutionRule &rule, const VotingBody &body);

// The result, or InvalidInput with countProblem()'s message.
Result<Outcome> decide(const VoteCount &count, const ResolutionRule &rule, const VotingBody &body, const Ballot &ballot);

} // namespace adhera::assembly

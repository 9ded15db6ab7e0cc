// SPDX-License-Identifier: GPL-3.0-or-later
#include "majority.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera::assembly {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::assembly)
};

// « 45 suffrages exprimés », « 1 suffrage exprimé », « 40 voix des membres présents ».
QString baseText(MajorityBasis basis, int base)
{
    if (base <= 1 && basis == MajorityBasis::VotesCast)
        return Tr::tr("%1 suffrage exprimé").arg(base);
    if (base <= 1 && basis == MajorityBasis::VotesIncludingBlank)
        return Tr::tr("%1 voix exprimée").arg(base);
    return u"%1 %2"_s.arg(base).arg(label(basis));
}

QString requirementText(Threshold threshold, int needed)
{
    switch (threshold) {
    case Threshold::Simple: return Tr::tr("majorité requise\u00a0: %1").arg(needed);
    case Threshold::Absolute: return Tr::tr("majorité absolue requise\u00a0: %1").arg(needed);
    case Threshold::TwoThirds: return Tr::tr("majorité des deux tiers requise\u00a0: %1").arg(needed);
    case Threshold::ThreeQuarters: return Tr::tr("majorité des trois quarts requise\u00a0: %1").arg(needed);
    case Threshold::Unanimity: return Tr::tr("unanimité requise\u00a0: %1").arg(needed);
    }
    return QString();
}

QString countText(const VoteCount &count)
{
    return Tr::tr("pour %1, contre %2, abstentions %3, blancs %4, nuls %5")
        .arg(count.inFavour)
        .arg(count.against)
        .arg(count.abstentions)
        .arg(count.blank)
        .arg(count.spoiled);
}

} // namespace

int majorityBase(const VoteCount &count, MajorityBasis basis, const VotingBody &body)
{
    switch (basis) {
    case MajorityBasis::AllMembers: return body.allMembersWeight;
    case MajorityBasis::Present: return body.presentWeight;
    case MajorityBasis::PresentAndRepresented: return body.presentWeight + body.representedWeight;
    case MajorityBasis::VotesIncludingBlank: return count.inFavour + count.against + count.blank + count.spoiled;
    case MajorityBasis::VotesCast: return count.inFavour + count.against;
    }
    return 0;
}

int neededWeight(Threshold threshold, int base)
{
    const qint64 b = std::max(base, 0);
    qint64 needed = 0;
    switch (threshold) {
    case Threshold::Simple:
    case Threshold::Absolute: needed = b / 2 + 1; break; // more than half
    case Threshold::TwoThirds: needed = (2 * b + 2) / 3; break; // ceil(2B/3): « au moins deux tiers »
    case Threshold::ThreeQuarters: needed = (3 * b + 3) / 4; break; // ceil(3B/4)
    case Threshold::Unanimity: needed = b; break;
    }
    // Nothing is adopted without a single vote for it, even on an empty base.
    return int(std::max<qint64>(needed, 1));
}

QString countProblem(const VoteCount &count, const ResolutionRule &rule, const VotingBody &body)
{
    if (count.inFavour < 0 || count.against < 0 || count.abstentions < 0 || count.blank < 0 || count.spoiled < 0)
        return Tr::tr("Un nombre de voix ne peut pas être négatif (%1).").arg(countText(count));
    if (body.presentWeight < 0 || body.representedWeight < 0 || body.allMembersWeight < 0)
        return Tr::tr("Les voix présentes, représentées et de l'ensemble des membres ne peuvent pas être négatives.");
    // DOMAIN §1.6: pour + contre + abstention + blancs + nuls ≤ votes held.
    if (rule.basis == MajorityBasis::Present) {
        if (count.total() > body.presentWeight)
            return Tr::tr("Le décompte (%1, soit %2 voix) dépasse les %3 voix des membres présents, seules prises en compte pour cette "
                          "majorité.")
                .arg(countText(count))
                .arg(count.total())
                .arg(body.presentWeight);
    } else if (count.total() > body.presentWeight + body.representedWeight) {
        return Tr::tr("Le décompte (%1, soit %2 voix) dépasse les %3 voix des membres présents ou représentés.")
            .arg(countText(count))
            .arg(count.total())
            .arg(body.presentWeight + body.representedWeight);
    }
    if (rule.basis == MajorityBasis::AllMembers && body.presentWeight + body.representedWeight > body.allMembersWeight)
        return Tr::tr("Les %1 voix présentes ou représentées dépassent les %2 voix de l'ensemble des membres.")
            .arg(body.presentWeight + body.representedWeight)
            .arg(body.allMembersWeight);
    return QString();
}

Result<Outcome> decide(const VoteCount &count, const ResolutionRule &rule, const VotingBody &body, const Ballot &ballot)
{
    if (const QString problem = countProblem(count, rule, body); !problem.isEmpty())
        return fail(ErrorCode::InvalidInput, problem);

    Outcome outcome;
    outcome.base = majorityBase(count, rule.basis, body);
    outcome.needed = neededWeight(rule.threshold, outcome.base);
    outcome.adopted = count.inFavour >= outcome.needed;
    const bool halfRule = rule.threshold == Threshold::Simple || rule.threshold == Threshold::Absolute;
    outcome.tie = halfRule && outcome.base > 0 && qint64(count.inFavour) * 2 == outcome.base;

    const QString base = baseText(rule.basis, outcome.base);
    const QString requirement = requirementText(rule.threshold, outcome.needed);
    if (!outcome.tie) {
        outcome.explanation = outcome.adopted
            ? Tr::tr("Adoptée\u00a0: %1 voix pour sur %2 (%3).").arg(count.inFavour).arg(base, requirement)
            : Tr::tr("Rejetée\u00a0: %1 voix pour sur %2 (%3).").arg(count.inFavour).arg(base, requirement);
        return outcome;
    }

    // DOMAIN §1.6 voix prépondérante: public votes only (CA Bordeaux, 12 Jan 2017).
    const QString split = Tr::tr("partage des voix, %1 voix pour sur %2").arg(count.inFavour).arg(base);
    if (ballot.secret) {
        outcome.explanation
            = Tr::tr("Rejetée\u00a0: %1\u00a0; la voix prépondérante du président ne s'applique pas à un scrutin secret (%2).")
                  .arg(split, requirement);
    } else if (!ballot.chairHasCastingVote) {
        outcome.explanation = Tr::tr("Rejetée\u00a0: %1\u00a0; les statuts ne donnent pas de voix prépondérante au président (%2).")
                                  .arg(split, requirement);
    } else if (!ballot.chairCastingVoteFor) {
        outcome.explanation
            = Tr::tr("Rejetée\u00a0: %1\u00a0; le président n'a pas fait usage de sa voix prépondérante (%2).").arg(split, requirement);
    } else {
        outcome.castingVoteUsed = true;
        outcome.adopted = *ballot.chairCastingVoteFor;
        outcome.explanation = outcome.adopted
            ? Tr::tr("Adoptée par la voix prépondérante du président\u00a0: %1 (%2).").arg(split, requirement)
            : Tr::tr("Rejetée par la voix prépondérante du président\u00a0: %1 (%2).").arg(split, requirement);
    }
    return outcome;
}

} // namespace adhera::assembly

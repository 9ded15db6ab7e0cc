// SPDX-License-Identifier: GPL-3.0-or-later
#include "quorum.h"

#include "i18n/displayformat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace adhera::assembly {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::assembly)
};

QString timeText(const QDateTime &at)
{
    return i18n::displayTime(at.time());
}

struct ProxyCheck {
    QList<ProxyProblem> problems;
    QList<const Attendee *> valid; // givers whose proxy counts
    QHash<qint64, int> heldBy; // holder id → number of valid proxies
};

ProxyCheck checkProxies(const QList<Attendee> &attendance, const StatutesProfile &profile, const QDateTime &at)
{
    QHash<qint64, const Attendee *> byId;
    for (const Attendee &attendee : attendance)
        byId.insert(attendee.membershipId, &attendee);

    ProxyCheck check;
    for (const Attendee &giver : attendance) {
        if (giver.presence != Presence::Represented)
            continue;
        const Attendee *holder = byId.value(giver.proxyHolderId);
        const QString holderName = holder ? holder->name : QString();
        auto refuse = [&](const QString &message) {
            check.problems.append(ProxyProblem {giver.membershipId, giver.proxyHolderId, message});
        };

        // DOMAIN §1.5: allowed unless the statuts forbid it.
        if (!profile.proxiesAllowed) {
            refuse(Tr::tr("Les statuts n'autorisent pas les procurations\u00a0: %1 ne peut pas être représenté par %2.")
                       .arg(giver.name, holder ? holderName : Tr::tr("un mandataire")));
            continue;
        }
        if (giver.proxyHolderId == 0) {
            refuse(Tr::tr("La procuration de %1 ne désigne pas de mandataire.").arg(giver.name));
            continue;
        }
        if (giver.proxyHolderId == giver.membershipId) {
            refuse(Tr::tr("%1 ne peut pas détenir sa propre procuration.").arg(giver.name));
            continue;
        }
        // DOMAIN §1.5: the giver is an eligible member.
        if (!giver.entitled) {
            refuse(Tr::tr("%1 n'a pas le droit de vote\u00a0: sa procuration à %2 ne compte pas.")
                       .arg(giver.name, holder ? holderName : Tr::tr("son mandataire")));
            continue;
        }
        if (!holder) {
            refuse(Tr::tr("Le mandataire de %1 (adhésion n°%2) ne figure pas sur la feuille de présence.")
                       .arg(giver.name)
                       .arg(giver.proxyHolderId));
            continue;
        }
        // DOMAIN §1.5: no chain of proxies.
        if (holder->presence == Presence::Represented) {
            const Attendee *next = byId.value(holder->proxyHolderId);
            refuse(Tr::tr("%2, mandataire de %1, a donné sa propre procuration à %3\u00a0: les procurations en chaîne sont refusées.")
                       .arg(giver.name, holderName, next ? next->name : Tr::tr("un autre membre")));
            continue;
        }
        // DOMAIN §1.11 mandataire_doit_etre_membre: an eligible member.
        if (profile.proxyHolderMustBeMember && !holder->entitled) {
            refuse(Tr::tr("%2, mandataire de %1, n'a pas le droit de vote\u00a0: les statuts exigent un mandataire membre votant.")
                       .arg(giver.name, holderName));
            continue;
        }
        if (!holder->isPresentAt(at)) {
            refuse(at.isValid()
                    ? Tr::tr("%2, mandataire de %1, n'est pas en séance à %3\u00a0: la procuration ne compte pas.")
                          .arg(giver.name, holderName, timeText(at))
                    : Tr::tr("%2, mandataire de %1, n'est pas en séance\u00a0: la procuration ne compte pas.").arg(giver.name, holderName));
            continue;
        }
        // DOMAIN §1.5 max_pouvoirs_par_mandataire: the first proxies in sheet order count.
        int &held = check.heldBy[holder->membershipId];
        if (profile.maxProxiesPerHolder && held >= *profile.maxProxiesPerHolder) {
            refuse(Tr::tr("%2 a déjà atteint le plafond des statuts (au plus %3 par mandataire)\u00a0: celle de %1 est refusée.")
                       .arg(giver.name, holderName)
                       .arg(held));
            continue;
        }
        ++held;
        check.valid.append(&giver);
    }
    return check;
}

bool countsAsVoter(const Attendee &attendee)
{
    return attendee.entitled && attendee.weight > 0;
}

} // namespace

bool Attendee::isPresentAt(const QDateTime &at) const
{
    if (presence != Presence::Present)
        return false;
    if (!at.isValid())
        return true;
    return (!arrivedAt.isValid() || arrivedAt <= at) && (!leftAt.isValid() || leftAt > at);
}

QList<ProxyProblem> proxyProblems(const QList<Attendee> &attendance, const StatutesProfile &profile, const QDateTime &at)
{
    return checkProxies(attendance, profile, at).problems;
}

QHash<qint64, int> votesHeld(const QList<Attendee> &attendance, const StatutesProfile &profile, const QDateTime &at)
{
    QHash<qint64, int> votes;
    for (const Attendee &attendee : attendance)
        if (countsAsVoter(attendee) && attendee.isPresentAt(at))
            votes[attendee.membershipId] += attendee.weight;
    const ProxyCheck check = checkProxies(attendance, profile, at);
    for (const Attendee *giver : check.valid)
        if (countsAsVoter(*giver))
            votes[giver->proxyHolderId] += giver->weight;
    return votes;
}

QString QuorumStatus::text() const
{
    if (nobodyMayVote())
        return Tr::tr("Quorum impossible\u00a0: aucun membre de la feuille de présence n'a le droit de vote.");
    // %n is the votes counted: « 1 voix présente ou représentée » in French (numerus forms).
    if (!fraction)
        return Tr::tr("Aucun quorum requis\u00a0: %n voix présentes ou représentées sur %1.", "", countedWeight()).arg(eligibleWeight);
    if (met)
        return Tr::tr("Quorum atteint\u00a0: %n voix présentes ou représentées sur %1 (%2 requises, %3 des voix).", "", countedWeight())
            .arg(eligibleWeight)
            .arg(requiredWeight)
            .arg(fraction->toText());
    return Tr::tr("Quorum non atteint\u00a0: %n voix présentes ou représentées sur %1, il en manque %2 (%3 requises, %4 des voix).", "",
        countedWeight())
        .arg(eligibleWeight)
        .arg(missingWeight)
        .arg(requiredWeight)
        .arg(fraction->toText());
}

QuorumStatus quorumStatus(
    const QList<Attendee> &attendance, const StatutesProfile &profile, AssemblyKind kind, Convocation convocation, const QDateTime &at)
{
    QuorumStatus status;
    status.fraction = profile.quorum(kind, convocation);
    // DOMAIN §1.4: the base is the members entitled to vote (up to date with their dues).
    for (const Attendee &attendee : attendance) {
        if (!countsAsVoter(attendee))
            continue;
        ++status.eligibleCount;
        status.eligibleWeight += attendee.weight;
        if (attendee.isPresentAt(at)) {
            ++status.presentCount;
            status.presentWeight += attendee.weight;
        }
    }
    // DOMAIN §1.4: present + represented (by proxy); a proxy counts only while its holder is in
    // the room.
    const ProxyCheck check = checkProxies(attendance, profile, at);
    for (const Attendee *giver : check.valid) {
        if (!countsAsVoter(*giver))
            continue;
        ++status.representedCount;
        status.representedWeight += giver->weight;
    }
    if (status.fraction && status.fraction->isValid()) {
        const qint64 numerator = qint64(status.fraction->numerator) * status.eligibleWeight;
        status.requiredWeight = int((numerator + status.fraction->denominator - 1) / status.fraction->denominator);
    }
    // Zero voters is never a quorum, not even « 0 sur 0 ».
    status.met = !status.nobodyMayVote() && status.countedWeight() >= status.requiredWeight;
    status.missingWeight = status.met ? 0 : status.requiredWeight - status.countedWeight();
    return status;
}

} // namespace adhera::assembly

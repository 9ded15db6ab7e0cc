// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The statutes profile (« Paramètres statutaires »): every assembly rule that French law leaves
// to the association's statuts, as settings of the member file ("statutes.*" keys). Nothing in
// the assembly engine hard-codes a quorum, a proxy cap or a majority: it reads them from here
// (docs: shared/DOMAIN.md §1.11). Unset keys take the defaults of the legal regime, so a new
// file works before anyone opens the settings page.

#include "common/result.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace adhera {
class Database;
}

namespace adhera::assembly {

// Loi du 1er juillet 1901, or the code civil local (art. 21–79) of an association seated in
// Moselle, Bas-Rhin or Haut-Rhin, which is compulsory there (DOMAIN §0.2).
enum class LegalRegime { Loi1901, AlsaceMoselle };
enum class AssemblyKind { Ordinary, Extraordinary };
enum class Convocation { First, Second };
// The kinds of resolution whose majority the statuts set apart (DOMAIN §1.6, §0.2).
enum class ResolutionKind { Ordinary, StatutesChange, PurposeChange, Dissolution };

// How large the majority must be.
enum class Threshold { Simple, Absolute, TwoThirds, ThreeQuarters, Unanimity };
// What the majority is a share of (DOMAIN §1.6, the five base options).
enum class MajorityBasis {
    AllMembers, // MEMBRES_TOTAL: every member entitled to vote
    Present, // PRESENTS: members present, proxies left out
    PresentAndRepresented, // PRESENTS_ET_REPRESENTES: abstentions effectively count against
    VotesIncludingBlank, // VOIX_EXPRIMEES: blank and spoiled ballots count against, abstentions left out
    VotesCast, // SUFFRAGES_EXPRIMES: abstentions, blank and spoiled ballots all left out
};
// The date on which the dues standing decides the right to vote (DOMAIN §1.11
// date_reference_droit_de_vote; issue 5 asks for the assembly date).
enum class VotingReference { AssemblyDate, ConvocationDate };

QString toCode(LegalRegime regime); // "loi_1901", "alsace_moselle"
QString toCode(ResolutionKind kind); // "ordinary", "statutes_change", "purpose_change", "dissolution"
QString toCode(Threshold threshold); // "simple", "absolute", "two_thirds", "three_quarters", "unanimity"
QString toCode(MajorityBasis basis); // "all_members", "present", "present_and_represented", …
QString toCode(VotingReference reference); // "assembly_date", "convocation_date"
std::optional<LegalRegime> legalRegimeFromCode(const QString &code);
std::optional<Threshold> thresholdFromCode(const QString &code);
std::optional<MajorityBasis> majorityBasisFromCode(const QString &code);
std::optional<VotingReference> votingReferenceFromCode(const QString &code);

// French labels: « Loi 1901 », « Droit local d'Alsace-Moselle »; « AG ordinaire »,
// « AG extraordinaire »; « résolution ordinaire », « modification des statuts », « changement de
// l'objet », « dissolution »; « majorité simple », « majorité absolue », « majorité des deux
// tiers », « majorité des trois quarts », « unanimité ».
QString label(LegalRegime regime);
QString label(AssemblyKind kind);
QString label(ResolutionKind kind);
QString label(Threshold threshold);
// The base as it reads after a number: « suffrages exprimés », « voix des membres présents ou
// représentés »…
QString label(MajorityBasis basis);
const QList<ResolutionKind> &allResolutionKinds();

// Abstentions weigh against a resolution only when the base counts members rather than votes.
bool abstentionsCount(MajorityBasis basis);

// A share of the members: 1/4 is {1, 4}. Valid when 0 < numerator <= denominator.
struct Fraction {
    int numerator = 0;
    int denominator = 1;
    bool isValid() const { return denominator > 0 && numerator > 0 && numerator <= denominator; }
    QString toText() const; // "1/4"
    static std::optional<Fraction> fromText(const QString &text); // "1/4", " 2 / 3 "; not checked for range
    bool operator==(const Fraction &) const = default;
};

struct ResolutionRule {
    Threshold threshold = Threshold::Simple;
    MajorityBasis basis = MajorityBasis::VotesCast;
    bool operator==(const ResolutionRule &) const = default;
};

struct StatutesProfile {
    LegalRegime regime = LegalRegime::Loi1901;
    int convocationDelayDays = 15;
    int secondConvocationGapDays = 15; // minimum days between a failed first meeting and the second
    // Share of the voting weight present or represented; nullopt: no quorum.
    std::optional<Fraction> quorumOrdinaryFirst;
    std::optional<Fraction> quorumOrdinarySecond;
    std::optional<Fraction> quorumExtraordinaryFirst;
    std::optional<Fraction> quorumExtraordinarySecond;
    bool proxiesAllowed = true;
    std::optional<int> maxProxiesPerHolder = 2; // nullopt: unlimited
    bool proxyHolderMustBeMember = true; // a member entitled to vote
    QMap<ResolutionKind, ResolutionRule> majorities;
    bool voteRequiresDuesPaid = true;
    VotingReference votingReference = VotingReference::AssemblyDate;
    bool chairHasCastingVote = true; // public votes only (CA Bordeaux, 12 Jan 2017)
    bool secretBallotForElections = true;
    // Votes per member of a category (category code → weight); a code not listed weighs 1.
    QMap<QString, int> categoryWeights;

    std::optional<Fraction> quorum(AssemblyKind kind, Convocation convocation) const;
    ResolutionRule majority(ResolutionKind kind) const; // the regime's default when not set
    int weightOf(const QString &categoryCode) const;

    // The suggested defaults for a regime (DOMAIN §1.11 and §0.2), to be replaced with the
    // association's own statuts.
    static StatutesProfile defaults(LegalRegime regime);

    // What is wrong, one French sentence per problem naming the field; empty when valid.
    QStringList problems() const;

    // Every "statutes.*" key, falling back to the stored regime's defaults for keys unset or
    // unreadable.
    static StatutesProfile load(Database &db);
    // Refused (InvalidInput, the problems joined) when problems() is not empty; otherwise every
    // key is written in one transaction.
    Result<void> save(Database &db) const;

    bool operator==(const StatutesProfile &) const = default;
};

} // namespace adhera::assembly

// SPDX-License-Identifier: GPL-3.0-or-later
#include "statutesprofile.h"

#include "db/database.h"
#include "settings/clubidentity.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace adhera::assembly {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::assembly)
};

constexpr int maximumDelayDays = 365;
constexpr int maximumCategoryWeight = 100;

const QString regimeKey = u"statutes.regime"_s;
const QString convocationDelayKey = u"statutes.convocation_delay_days"_s;
const QString secondGapKey = u"statutes.second_convocation_gap_days"_s;
const QString proxiesAllowedKey = u"statutes.proxies_allowed"_s;
const QString maxProxiesKey = u"statutes.max_proxies_per_holder"_s;
const QString holderMemberKey = u"statutes.proxy_holder_must_be_member"_s;
const QString duesPaidKey = u"statutes.vote_requires_dues_paid"_s;
const QString votingReferenceKey = u"statutes.voting_reference"_s;
const QString castingVoteKey = u"statutes.chair_casting_vote"_s;
const QString secretElectionsKey = u"statutes.secret_ballot_elections"_s;
const QString categoryWeightsKey = u"statutes.category_weights"_s;
const QString noQuorum = u"none"_s;
const QString unlimited = u"unlimited"_s;
const QString noWeights = u"none"_s;

QString quorumKey(AssemblyKind kind, Convocation convocation)
{
    return u"statutes.quorum.%1_%2"_s.arg(
        kind == AssemblyKind::Ordinary ? u"ordinary"_s : u"extraordinary"_s, convocation == Convocation::First ? u"first"_s : u"second"_s);
}

QString majorityKey(ResolutionKind kind, const QString &part)
{
    return u"statutes.majority.%1.%2"_s.arg(toCode(kind), part);
}

QString boolText(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

std::optional<bool> boolFromText(const QString &text)
{
    if (text == u"true"_s)
        return true;
    if (text == u"false"_s)
        return false;
    return std::nullopt;
}

std::optional<int> intFromText(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

// "ENT_L=2;HON=0": readable in any SQLite tool. An empty list is "none", since an empty value
// reads as an unset key (which takes the default list).
QString weightsText(const QMap<QString, int> &weights)
{
    if (weights.isEmpty())
        return noWeights;
    QStringList parts;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        parts.append(u"%1=%2"_s.arg(it.key()).arg(it.value()));
    return parts.join(u';');
}

std::optional<QMap<QString, int>> weightsFromText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    QMap<QString, int> weights;
    if (text.trimmed() == noWeights)
        return weights;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals <= 0)
            return std::nullopt;
        const auto weight = intFromText(part.mid(equals + 1));
        if (!weight)
            return std::nullopt;
        weights.insert(part.left(equals).trimmed(), *weight);
    }
    return weights;
}

QString convocationLabel(AssemblyKind kind, Convocation convocation)
{
    const QString assembly = kind == AssemblyKind::Ordinary ? Tr::tr("AG ordinaire") : Tr::tr("AG extraordinaire");
    return convocation == Convocation::First ? Tr::tr("%1, 1re convocation").arg(assembly) : Tr::tr("%1, 2e convocation").arg(assembly);
}

template <typename Enum>
std::optional<Enum> fromCode(const QString &code, std::initializer_list<Enum> all)
{
    for (const Enum value : all)
        if (toCode(value) == code)
            return value;
    return std::nullopt;
}

} // namespace

QString toCode(LegalRegime regime)
{
    switch (regime) {
    case LegalRegime::Loi1901: return u"loi_1901"_s;
    case LegalRegime::AlsaceMoselle: return u"alsace_moselle"_s;
    }
    return u"loi_1901"_s;
}

QString toCode(ResolutionKind kind)
{
    switch (kind) {
    case ResolutionKind::Ordinary: return u"ordinary"_s;
    case ResolutionKind::StatutesChange: return u"statutes_change"_s;
    case ResolutionKind::PurposeChange: return u"purpose_change"_s;
    case ResolutionKind::Dissolution: return u"dissolution"_s;
    }
    return u"ordinary"_s;
}

QString toCode(Threshold threshold)
{
    switch (threshold) {
    case Threshold::Simple: return u"simple"_s;
    case Threshold::Absolute: return u"absolute"_s;
    case Threshold::TwoThirds: return u"two_thirds"_s;
    case Threshold::ThreeQuarters: return u"three_quarters"_s;
    case Threshold::Unanimity: return u"unanimity"_s;
    }
    return u"simple"_s;
}

QString toCode(MajorityBasis basis)
{
    switch (basis) {
    case MajorityBasis::AllMembers: return u"all_members"_s;
    case MajorityBasis::Present: return u"present"_s;
    case MajorityBasis::PresentAndRepresented: return u"present_and_represented"_s;
    case MajorityBasis::VotesIncludingBlank: return u"votes_including_blank"_s;
    case MajorityBasis::VotesCast: return u"votes_cast"_s;
    }
    return u"votes_cast"_s;
}

QString toCode(VotingReference reference)
{
    return reference == VotingReference::AssemblyDate ? u"assembly_date"_s : u"convocation_date"_s;
}

std::optional<LegalRegime> legalRegimeFromCode(const QString &code)
{
    return fromCode(code, {LegalRegime::Loi1901, LegalRegime::AlsaceMoselle});
}

std::optional<Threshold> thresholdFromCode(const QString &code)
{
    return fromCode(code, {Threshold::Simple, Threshold::Absolute, Threshold::TwoThirds, Threshold::ThreeQuarters, Threshold::Unanimity});
}

std::optional<MajorityBasis> majorityBasisFromCode(const QString &code)
{
    return fromCode(code,
        {MajorityBasis::AllMembers, MajorityBasis::Present, MajorityBasis::PresentAndRepresented, MajorityBasis::VotesIncludingBlank,
            MajorityBasis::VotesCast});
}

std::optional<VotingReference> votingReferenceFromCode(const QString &code)
{
    return fromCode(code, {VotingReference::AssemblyDate, VotingReference::ConvocationDate});
}

QString label(LegalRegime regime)
{
    return regime == LegalRegime::Loi1901 ? Tr::tr("Loi 1901") : Tr::tr("Droit local d'Alsace-Moselle");
}

QString label(AssemblyKind kind)
{
    return kind == AssemblyKind::Ordinary ? Tr::tr("AG ordinaire") : Tr::tr("AG extraordinaire");
}

QString label(ResolutionKind kind)
{
    switch (kind) {
    case ResolutionKind::Ordinary: return Tr::tr("résolution ordinaire");
    case ResolutionKind::StatutesChange: return Tr::tr("modification des statuts");
    case ResolutionKind::PurposeChange: return Tr::tr("changement de l'objet");
    case ResolutionKind::Dissolution: return Tr::tr("dissolution");
    }
    return QString();
}

QString label(Threshold threshold)
{
    switch (threshold) {
    case Threshold::Simple: return Tr::tr("majorité simple");
    case Threshold::Absolute: return Tr::tr("majorité absolue");
    case Threshold::TwoThirds: return Tr::tr("majorité des deux tiers");
    case Threshold::ThreeQuarters: return Tr::tr("majorité des trois quarts");
    case Threshold::Unanimity: return Tr::tr("unanimité");
    }
    return QString();
}

QString label(MajorityBasis basis)
{
    switch (basis) {
    case MajorityBasis::AllMembers: return Tr::tr("voix de l'ensemble des membres");
    case MajorityBasis::Present: return Tr::tr("voix des membres présents");
    case MajorityBasis::PresentAndRepresented: return Tr::tr("voix des membres présents ou représentés");
    case MajorityBasis::VotesIncludingBlank: return Tr::tr("voix exprimées");
    case MajorityBasis::VotesCast: return Tr::tr("suffrages exprimés");
    }
    return QString();
}

const QList<ResolutionKind> &allResolutionKinds()
{
    static const QList<ResolutionKind> all {
        ResolutionKind::Ordinary, ResolutionKind::StatutesChange, ResolutionKind::PurposeChange, ResolutionKind::Dissolution};
    return all;
}

bool abstentionsCount(MajorityBasis basis)
{
    // DOMAIN §1.6: on a base of members, whoever does not vote for weighs against.
    return basis == MajorityBasis::AllMembers || basis == MajorityBasis::Present || basis == MajorityBasis::PresentAndRepresented;
}

QString Fraction::toText() const
{
    return u"%1/%2"_s.arg(numerator).arg(denominator);
}

std::optional<Fraction> Fraction::fromText(const QString &text)
{
    const QStringList parts = text.split(u'/');
    if (parts.size() != 2)
        return std::nullopt;
    const auto numerator = intFromText(parts.at(0));
    const auto denominator = intFromText(parts.at(1));
    if (!numerator || !denominator)
        return std::nullopt;
    return Fraction {*numerator, *denominator};
}

std::optional<Fraction> StatutesProfile::quorum(AssemblyKind kind, Convocation convocation) const
{
    if (kind == AssemblyKind::Ordinary)
        return convocation == Convocation::First ? quorumOrdinaryFirst : quorumOrdinarySecond;
    return convocation == Convocation::First ? quorumExtraordinaryFirst : quorumExtraordinarySecond;
}

ResolutionRule StatutesProfile::majority(ResolutionKind kind) const
{
    return majorities.value(kind, defaults(regime).majorities.value(kind));
}

int StatutesProfile::weightOf(const QString &categoryCode) const
{
    return categoryWeights.value(categoryCode, 1);
}

StatutesProfile StatutesProfile::defaults(LegalRegime regime)
{
    StatutesProfile profile;
    profile.regime = regime;
    // DOMAIN §1.11: AGO 1/4, AGE 1/2 of voters present or represented; none on the second
    // convocation (§1.4). The law sets no quorum in either regime.
    profile.quorumOrdinaryFirst = Fraction {1, 4};
    profile.quorumExtraordinaryFirst = Fraction {1, 2};
    // DOMAIN §1.11 voix_par_categorie: honorary members have no vote.
    profile.categoryWeights = {{u"HON"_s, 0}};
    if (regime == LegalRegime::Loi1901) {
        // DOMAIN §1.6: AGO simple majority of the votes cast; AGE 2/3 of those present or
        // represented (statuts, dissolution).
        profile.majorities = {{ResolutionKind::Ordinary, {Threshold::Simple, MajorityBasis::VotesCast}},
            {ResolutionKind::StatutesChange, {Threshold::TwoThirds, MajorityBasis::PresentAndRepresented}},
            {ResolutionKind::PurposeChange, {Threshold::TwoThirds, MajorityBasis::PresentAndRepresented}},
            {ResolutionKind::Dissolution, {Threshold::TwoThirds, MajorityBasis::PresentAndRepresented}}};
    } else {
        // DOMAIN §0.2, code civil local: majority of members present (art. 32), 3/4 of members
        // present to change the statuts (art. 33), unanimity to change the purpose (art. 33),
        // 3/4 to dissolve (art. 41).
        profile.majorities = {{ResolutionKind::Ordinary, {Threshold::Simple, MajorityBasis::Present}},
            {ResolutionKind::StatutesChange, {Threshold::ThreeQuarters, MajorityBasis::Present}},
            {ResolutionKind::PurposeChange, {Threshold::Unanimity, MajorityBasis::AllMembers}},
            {ResolutionKind::Dissolution, {Threshold::ThreeQuarters, MajorityBasis::Present}}};
    }
    return profile;
}

QStringList StatutesProfile::problems() const
{
    QStringList found;
    if (convocationDelayDays < 0 || convocationDelayDays > maximumDelayDays)
        found.append(Tr::tr("Délai de convocation\u00a0: %1 jours n'est pas un délai entre 0 et %2 jours.")
                         .arg(convocationDelayDays)
                         .arg(maximumDelayDays));
    if (secondConvocationGapDays < 0 || secondConvocationGapDays > maximumDelayDays)
        found.append(Tr::tr("Délai minimal avant la 2e convocation\u00a0: %1 jours n'est pas un délai entre 0 et %2 jours.")
                         .arg(secondConvocationGapDays)
                         .arg(maximumDelayDays));
    for (const AssemblyKind kind : {AssemblyKind::Ordinary, AssemblyKind::Extraordinary}) {
        for (const Convocation convocation : {Convocation::First, Convocation::Second}) {
            const auto fraction = quorum(kind, convocation);
            if (fraction && !fraction->isValid())
                found.append(Tr::tr("Quorum de l'%1\u00a0: %2 n'est pas une fraction entre 0 et 1.")
                                 .arg(convocationLabel(kind, convocation), fraction->toText()));
        }
    }
    if (maxProxiesPerHolder && *maxProxiesPerHolder < 1)
        found.append(Tr::tr("Nombre maximal de procurations par mandataire\u00a0: %1 n'est pas valide (au moins 1, ou illimité).")
                         .arg(*maxProxiesPerHolder));
    for (auto it = categoryWeights.cbegin(); it != categoryWeights.cend(); ++it) {
        if (it.key().trimmed().isEmpty() || it.key().contains(u'=') || it.key().contains(u';'))
            found.append(Tr::tr("Voix par catégorie\u00a0: « %1 » n'est pas un code de catégorie.").arg(it.key()));
        else if (it.value() < 0 || it.value() > maximumCategoryWeight)
            found.append(Tr::tr("Voix par catégorie\u00a0: %1 voix pour la catégorie %2 n'est pas un nombre entre 0 et %3.")
                             .arg(it.value())
                             .arg(it.key())
                             .arg(maximumCategoryWeight));
    }
    return found;
}

StatutesProfile StatutesProfile::load(Database &db)
{
    const auto regime = legalRegimeFromCode(settings::setting(db, regimeKey));
    StatutesProfile profile = defaults(regime.value_or(LegalRegime::Loi1901));

    if (const auto days = intFromText(settings::setting(db, convocationDelayKey)))
        profile.convocationDelayDays = *days;
    if (const auto days = intFromText(settings::setting(db, secondGapKey)))
        profile.secondConvocationGapDays = *days;
    for (const AssemblyKind kind : {AssemblyKind::Ordinary, AssemblyKind::Extraordinary}) {
        for (const Convocation convocation : {Convocation::First, Convocation::Second}) {
            const QString text = settings::setting(db, quorumKey(kind, convocation)).trimmed();
            std::optional<Fraction> value;
            if (text == noQuorum)
                value = std::nullopt;
            else if (const auto fraction = Fraction::fromText(text))
                value = *fraction;
            else
                continue;
            if (kind == AssemblyKind::Ordinary)
                (convocation == Convocation::First ? profile.quorumOrdinaryFirst : profile.quorumOrdinarySecond) = value;
            else
                (convocation == Convocation::First ? profile.quorumExtraordinaryFirst : profile.quorumExtraordinarySecond) = value;
        }
    }
    if (const auto allowed = boolFromText(settings::setting(db, proxiesAllowedKey)))
        profile.proxiesAllowed = *allowed;
    const QString cap = settings::setting(db, maxProxiesKey).trimmed();
    if (cap == unlimited)
        profile.maxProxiesPerHolder = std::nullopt;
    else if (const auto value = intFromText(cap))
        profile.maxProxiesPerHolder = *value;
    if (const auto member = boolFromText(settings::setting(db, holderMemberKey)))
        profile.proxyHolderMustBeMember = *member;
    for (const ResolutionKind kind : allResolutionKinds()) {
        const auto threshold = thresholdFromCode(settings::setting(db, majorityKey(kind, u"threshold"_s)));
        const auto basis = majorityBasisFromCode(settings::setting(db, majorityKey(kind, u"basis"_s)));
        if (threshold && basis)
            profile.majorities.insert(kind, ResolutionRule {*threshold, *basis});
    }
    if (const auto required = boolFromText(settings::setting(db, duesPaidKey)))
        profile.voteRequiresDuesPaid = *required;
    if (const auto reference = votingReferenceFromCode(settings::setting(db, votingReferenceKey)))
        profile.votingReference = *reference;
    if (const auto casting = boolFromText(settings::setting(db, castingVoteKey)))
        profile.chairHasCastingVote = *casting;
    if (const auto secret = boolFromText(settings::setting(db, secretElectionsKey)))
        profile.secretBallotForElections = *secret;
    if (const auto weights = weightsFromText(settings::setting(db, categoryWeightsKey)))
        profile.categoryWeights = *weights;
    return profile;
}

Result<void> StatutesProfile::save(Database &db) const
{
    if (const QStringList found = problems(); !found.isEmpty())
        return fail(ErrorCode::InvalidInput, found.join(u'\n'));

    QList<std::pair<QString, QString>> values {{regimeKey, toCode(regime)}, {convocationDelayKey, QString::number(convocationDelayDays)},
        {secondGapKey, QString::number(secondConvocationGapDays)}, {proxiesAllowedKey, boolText(proxiesAllowed)},
        {maxProxiesKey, maxProxiesPerHolder ? QString::number(*maxProxiesPerHolder) : unlimited},
        {holderMemberKey, boolText(proxyHolderMustBeMember)}, {duesPaidKey, boolText(voteRequiresDuesPaid)},
        {votingReferenceKey, toCode(votingReference)}, {castingVoteKey, boolText(chairHasCastingVote)},
        {secretElectionsKey, boolText(secretBallotForElections)}, {categoryWeightsKey, weightsText(categoryWeights)}};
    for (const AssemblyKind kind : {AssemblyKind::Ordinary, AssemblyKind::Extraordinary}) {
        for (const Convocation convocation : {Convocation::First, Convocation::Second}) {
            const auto fraction = quorum(kind, convocation);
            values.append({quorumKey(kind, convocation), fraction ? fraction->toText() : noQuorum});
        }
    }
    for (const ResolutionKind kind : allResolutionKinds()) {
        const ResolutionRule rule = majority(kind);
        values.append({majorityKey(kind, u"threshold"_s), toCode(rule.threshold)});
        values.append({majorityKey(kind, u"basis"_s), toCode(rule.basis)});
    }

    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    for (const auto &[key, value] : values) {
        if (auto saved = settings::saveSetting(db, key, value); !saved)
            return saved;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    db.markChanged(Database::Change::ReferenceData);
    return {};
}

} // namespace adhera::assembly

// SPDX-License-Identifier: GPL-3.0-or-later
#include "assembly/statutesprofile.h"
#include "catch.h"
#include "settings/clubidentity.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::assembly;

TEST_CASE("defaults of the loi 1901 follow DOMAIN §1.11")
{
    const StatutesProfile profile = StatutesProfile::defaults(LegalRegime::Loi1901);
    CHECK(profile.regime == LegalRegime::Loi1901);
    CHECK(profile.convocationDelayDays == 15);
    CHECK(profile.secondConvocationGapDays == 15);
    CHECK(profile.quorum(AssemblyKind::Ordinary, Convocation::First) == Fraction {1, 4});
    CHECK(profile.quorum(AssemblyKind::Extraordinary, Convocation::First) == Fraction {1, 2});
    CHECK_FALSE(profile.quorum(AssemblyKind::Ordinary, Convocation::Second));
    CHECK_FALSE(profile.quorum(AssemblyKind::Extraordinary, Convocation::Second));
    CHECK(profile.proxiesAllowed);
    CHECK(profile.maxProxiesPerHolder == 2);
    CHECK(profile.proxyHolderMustBeMember);
    CHECK(profile.voteRequiresDuesPaid);
    CHECK(profile.votingReference == VotingReference::AssemblyDate);
    CHECK(profile.chairHasCastingVote);
    CHECK(profile.secretBallotForElections);
    CHECK(profile.majority(ResolutionKind::Ordinary) == ResolutionRule {Threshold::Simple, MajorityBasis::VotesCast});
    for (const ResolutionKind kind : {ResolutionKind::StatutesChange, ResolutionKind::PurposeChange, ResolutionKind::Dissolution})
        CHECK(profile.majority(kind) == ResolutionRule {Threshold::TwoThirds, MajorityBasis::PresentAndRepresented});
    CHECK(profile.weightOf(u"HON"_s) == 0);
    CHECK(profile.weightOf(u"ENT_M"_s) == 1);
    CHECK(profile.problems().isEmpty());
}

TEST_CASE("defaults of the Alsace-Moselle local law follow the code civil local")
{
    const StatutesProfile profile = StatutesProfile::defaults(LegalRegime::AlsaceMoselle);
    CHECK(profile.regime == LegalRegime::AlsaceMoselle);
    // Art. 32: majority of members present; art. 33: 3/4 of those present for the statuts,
    // unanimity for the purpose; art. 41: 3/4 to dissolve.
    CHECK(profile.majority(ResolutionKind::Ordinary) == ResolutionRule {Threshold::Simple, MajorityBasis::Present});
    CHECK(profile.majority(ResolutionKind::StatutesChange) == ResolutionRule {Threshold::ThreeQuarters, MajorityBasis::Present});
    CHECK(profile.majority(ResolutionKind::PurposeChange) == ResolutionRule {Threshold::Unanimity, MajorityBasis::AllMembers});
    CHECK(profile.majority(ResolutionKind::Dissolution) == ResolutionRule {Threshold::ThreeQuarters, MajorityBasis::Present});
    CHECK(profile.convocationDelayDays == 15);
    CHECK(profile.problems().isEmpty());
}

TEST_CASE("an empty file loads the loi 1901 defaults, a stored regime its own")
{
    auto db = test::memoryDatabase();
    CHECK(StatutesProfile::load(*db) == StatutesProfile::defaults(LegalRegime::Loi1901));

    REQUIRE(settings::saveSetting(*db, u"statutes.regime"_s, u"alsace_moselle"_s));
    CHECK(StatutesProfile::load(*db) == StatutesProfile::defaults(LegalRegime::AlsaceMoselle));
}

TEST_CASE("unreadable stored values fall back to the defaults, key by key")
{
    auto db = test::memoryDatabase();
    REQUIRE(settings::saveSetting(*db, u"statutes.convocation_delay_days"_s, u"quinze"_s));
    REQUIRE(settings::saveSetting(*db, u"statutes.quorum.ordinary_first"_s, u"un quart"_s));
    REQUIRE(settings::saveSetting(*db, u"statutes.majority.dissolution.threshold"_s, u"most"_s));
    REQUIRE(settings::saveSetting(*db, u"statutes.max_proxies_per_holder"_s, u"3"_s));
    const StatutesProfile loaded = StatutesProfile::load(*db);
    CHECK(loaded.convocationDelayDays == 15);
    CHECK(loaded.quorumOrdinaryFirst == Fraction {1, 4});
    CHECK(loaded.majority(ResolutionKind::Dissolution) == ResolutionRule {Threshold::TwoThirds, MajorityBasis::PresentAndRepresented});
    CHECK(loaded.maxProxiesPerHolder == 3);
}

TEST_CASE("a profile saved is the profile loaded")
{
    auto db = test::memoryDatabase();
    StatutesProfile profile = StatutesProfile::defaults(LegalRegime::AlsaceMoselle);
    profile.convocationDelayDays = 21;
    profile.secondConvocationGapDays = 8;
    profile.quorumOrdinaryFirst = Fraction {1, 3};
    profile.quorumOrdinarySecond = Fraction {1, 10};
    profile.quorumExtraordinaryFirst = Fraction {2, 3};
    profile.quorumExtraordinarySecond = std::nullopt;
    profile.proxiesAllowed = false;
    profile.maxProxiesPerHolder = std::nullopt;
    profile.proxyHolderMustBeMember = false;
    profile.majorities[ResolutionKind::Ordinary] = {Threshold::Absolute, MajorityBasis::VotesIncludingBlank};
    profile.majorities[ResolutionKind::Dissolution] = {Threshold::Unanimity, MajorityBasis::AllMembers};
    profile.voteRequiresDuesPaid = false;
    profile.votingReference = VotingReference::ConvocationDate;
    profile.chairHasCastingVote = false;
    profile.secretBallotForElections = false;
    profile.categoryWeights = {{u"ENT_L"_s, 2}, {u"ENT_XL"_s, 3}, {u"HON"_s, 0}};

    REQUIRE(profile.save(*db));
    CHECK(StatutesProfile::load(*db) == profile);
    CHECK(settings::setting(*db, u"statutes.quorum.extraordinary_second"_s) == u"none"_s);
    CHECK(settings::setting(*db, u"statutes.max_proxies_per_holder"_s) == u"unlimited"_s);
    CHECK(settings::setting(*db, u"statutes.category_weights"_s) == u"ENT_L=2;ENT_XL=3;HON=0"_s);

    SECTION("an empty weight list stays empty: every category weighs 1")
    {
        profile.categoryWeights.clear();
        REQUIRE(profile.save(*db));
        const StatutesProfile loaded = StatutesProfile::load(*db);
        CHECK(settings::setting(*db, u"statutes.category_weights"_s) == u"none"_s);
        CHECK(loaded.categoryWeights.isEmpty());
        CHECK(loaded.weightOf(u"HON"_s) == 1);
    }
    SECTION("the defaults saved and loaded again")
    {
        const StatutesProfile defaults = StatutesProfile::defaults(LegalRegime::Loi1901);
        REQUIRE(defaults.save(*db));
        CHECK(StatutesProfile::load(*db) == defaults);
    }
}

TEST_CASE("validation names the field in French and blocks the save")
{
    auto db = test::memoryDatabase();
    StatutesProfile profile = StatutesProfile::defaults(LegalRegime::Loi1901);

    SECTION("a quorum above one")
    {
        profile.quorumOrdinaryFirst = Fraction {5, 4};
        CHECK(profile.problems()
            == QStringList {u"Quorum de l'AG ordinaire, 1re convocation\u00a0: 5/4 n'est pas une fraction entre 0 et 1."_s});
        const auto saved = profile.save(*db);
        REQUIRE_FALSE(saved);
        CHECK(saved.error().code == ErrorCode::InvalidInput);
        CHECK(settings::setting(*db, u"statutes.regime"_s).isEmpty());
    }
    SECTION("a zero denominator, a zero quorum")
    {
        profile.quorumExtraordinarySecond = Fraction {1, 0};
        profile.quorumOrdinarySecond = Fraction {0, 4};
        CHECK(profile.problems()
            == QStringList {u"Quorum de l'AG ordinaire, 2e convocation\u00a0: 0/4 n'est pas une fraction entre 0 et 1."_s,
                u"Quorum de l'AG extraordinaire, 2e convocation\u00a0: 1/0 n'est pas une fraction entre 0 et 1."_s});
    }
    SECTION("delays, cap and weights")
    {
        profile.convocationDelayDays = -1;
        profile.secondConvocationGapDays = 400;
        profile.maxProxiesPerHolder = 0;
        profile.categoryWeights[u"ENT_L"_s] = -2;
        CHECK(profile.problems()
            == QStringList {u"Délai de convocation\u00a0: -1 jours n'est pas un délai entre 0 et 365 jours."_s,
                u"Délai minimal avant la 2e convocation\u00a0: 400 jours n'est pas un délai entre 0 et 365 jours."_s,
                u"Nombre maximal de procurations par mandataire\u00a0: 0 n'est pas valide (au moins 1, ou illimité)."_s,
                u"Voix par catégorie\u00a0: -2 voix pour la catégorie ENT_L n'est pas un nombre entre 0 et 100."_s});
    }
    SECTION("a category code that would break the stored list")
    {
        profile.categoryWeights[u"A=B"_s] = 1;
        CHECK(profile.problems() == QStringList {u"Voix par catégorie\u00a0: « A=B » n'est pas un code de catégorie."_s});
    }
}

TEST_CASE("fractions read from text")
{
    CHECK(Fraction::fromText(u"1/4"_s) == Fraction {1, 4});
    CHECK(Fraction::fromText(u" 2 / 3 "_s) == Fraction {2, 3});
    CHECK_FALSE(Fraction::fromText(u"1/4/2"_s));
    CHECK_FALSE(Fraction::fromText(u"un quart"_s));
    CHECK(Fraction {2, 3}.toText() == u"2/3"_s);
    CHECK(Fraction {1, 1}.isValid());
    CHECK_FALSE(Fraction {3, 2}.isValid());
}

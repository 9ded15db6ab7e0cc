// SPDX-License-Identifier: GPL-3.0-or-later
#include "assembly/majority.h"
#include "catch.h"

#include <array>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::assembly;

namespace {

struct Case {
    const char *what;
    Threshold threshold;
    MajorityBasis basis;
    VoteCount count;
    VotingBody body;
    Ballot ballot;
    int base;
    int needed;
    bool tie;
    bool castingVoteUsed;
    bool adopted;
};

const Ballot publicVote {false, true, std::nullopt};
const Ballot chairFor {false, true, true};
const Ballot chairAgainst {false, true, false};
const Ballot secretChairFor {true, true, true};
const Ballot noCastingVote {false, false, true};

} // namespace

TEST_CASE("needed weight for each threshold, rounded up to whole votes")
{
    struct Need {
        Threshold threshold;
        int base;
        int needed;
    };
    // More than half: floor(B/2) + 1. Two thirds: the least P with 3P >= 2B. Three quarters: 4P >= 3B.
    const std::array needs {Need {Threshold::Simple, 45, 23}, Need {Threshold::Simple, 46, 24}, Need {Threshold::Simple, 2, 2},
        Need {Threshold::Simple, 1, 1}, Need {Threshold::Simple, 0, 1}, Need {Threshold::Absolute, 45, 23},
        Need {Threshold::TwoThirds, 45, 30}, Need {Threshold::TwoThirds, 10, 7}, Need {Threshold::TwoThirds, 3, 2},
        Need {Threshold::TwoThirds, 0, 1}, Need {Threshold::ThreeQuarters, 40, 30}, Need {Threshold::ThreeQuarters, 10, 8},
        Need {Threshold::ThreeQuarters, 4, 3}, Need {Threshold::Unanimity, 7, 7}, Need {Threshold::Unanimity, 0, 1}};
    for (const Need &need : needs) {
        INFO(toCode(need.threshold).toStdString() << " of " << need.base);
        CHECK(neededWeight(need.threshold, need.base) == need.needed);
    }
}

TEST_CASE("each majority rule and basis, with ties and the chair's casting vote")
{
    // Counts are {for, against, abstentions, blank, spoiled}; bodies {present, represented, all}.
    const std::array cases {
        Case {"simple, votes cast: 31 of 45", Threshold::Simple, MajorityBasis::VotesCast, {31, 14, 5, 0, 0}, {50, 0, 60}, publicVote, 45,
            23, false, false, true},
        Case {"simple, votes cast: one more for than against", Threshold::Simple, MajorityBasis::VotesCast, {21, 20, 3, 0, 0}, {44, 0, 60},
            publicVote, 41, 21, false, false, true},
        Case {"simple, votes cast: tie decided for by the chair", Threshold::Simple, MajorityBasis::VotesCast, {20, 20, 3, 0, 0},
            {43, 0, 60}, chairFor, 40, 21, true, true, true},
        Case {"simple, votes cast: tie decided against by the chair", Threshold::Simple, MajorityBasis::VotesCast, {20, 20, 3, 0, 0},
            {43, 0, 60}, chairAgainst, 40, 21, true, true, false},
        Case {"simple, votes cast: tie in a secret ballot, no casting vote", Threshold::Simple, MajorityBasis::VotesCast, {20, 20, 3, 0, 0},
            {43, 0, 60}, secretChairFor, 40, 21, true, false, false},
        Case {"simple, votes cast: tie, statuts without casting vote", Threshold::Simple, MajorityBasis::VotesCast, {20, 20, 3, 0, 0},
            {43, 0, 60}, noCastingVote, 40, 21, true, false, false},
        Case {"simple, votes cast: tie, chair does not use the casting vote", Threshold::Simple, MajorityBasis::VotesCast,
            {20, 20, 3, 0, 0}, {43, 0, 60}, publicVote, 40, 21, true, false, false},
        Case {"simple, votes cast: blank ballots left out", Threshold::Simple, MajorityBasis::VotesCast, {20, 18, 0, 3, 0}, {41, 0, 60},
            publicVote, 38, 20, false, false, true},
        Case {"simple, votes including blank: blank and spoiled count against", Threshold::Simple, MajorityBasis::VotesIncludingBlank,
            {20, 18, 0, 2, 1}, {41, 0, 60}, publicVote, 41, 21, false, false, false},
        Case {"simple, present and represented: abstentions count against", Threshold::Simple, MajorityBasis::PresentAndRepresented,
            {20, 10, 10, 0, 0}, {30, 10, 60}, noCastingVote, 40, 21, true, false, false},
        Case {"simple, present and represented: 21 of 40", Threshold::Simple, MajorityBasis::PresentAndRepresented, {21, 9, 10, 0, 0},
            {30, 10, 60}, publicVote, 40, 21, false, false, true},
        Case {"simple, present only: proxies left out of the base", Threshold::Simple, MajorityBasis::Present, {16, 10, 4, 0, 0},
            {30, 10, 60}, publicVote, 30, 16, false, false, true},
        Case {"simple, the same count on present and represented", Threshold::Simple, MajorityBasis::PresentAndRepresented,
            {16, 10, 4, 0, 0}, {30, 10, 60}, publicVote, 40, 21, false, false, false},
        Case {"absolute, votes cast: nobody voted, no tie", Threshold::Absolute, MajorityBasis::VotesCast, {0, 0, 10, 0, 0}, {10, 0, 60},
            chairFor, 0, 1, false, false, false},
        Case {"two thirds, votes cast: exactly two thirds", Threshold::TwoThirds, MajorityBasis::VotesCast, {30, 15, 0, 0, 0}, {45, 0, 60},
            publicVote, 45, 30, false, false, true},
        Case {"two thirds, votes cast: one short", Threshold::TwoThirds, MajorityBasis::VotesCast, {29, 16, 0, 0, 0}, {45, 0, 60},
            publicVote, 45, 30, false, false, false},
        Case {"two thirds, present and represented: exactly two thirds", Threshold::TwoThirds, MajorityBasis::PresentAndRepresented,
            {30, 10, 5, 0, 0}, {40, 5, 60}, publicVote, 45, 30, false, false, true},
        Case {"two thirds, present and represented: an abstention too many", Threshold::TwoThirds, MajorityBasis::PresentAndRepresented,
            {29, 10, 6, 0, 0}, {40, 5, 60}, publicVote, 45, 30, false, false, false},
        Case {"two thirds of 10 needs 7", Threshold::TwoThirds, MajorityBasis::VotesCast, {6, 4, 0, 0, 0}, {10, 0, 60}, publicVote, 10, 7,
            false, false, false},
        Case {"two thirds: half for is no tie for the casting vote", Threshold::TwoThirds, MajorityBasis::VotesCast, {20, 20, 0, 0, 0},
            {40, 0, 60}, chairFor, 40, 27, false, false, false},
        Case {"three quarters, present: exactly three quarters", Threshold::ThreeQuarters, MajorityBasis::Present, {30, 10, 0, 0, 0},
            {40, 20, 60}, publicVote, 40, 30, false, false, true},
        Case {"three quarters, present: one short", Threshold::ThreeQuarters, MajorityBasis::Present, {29, 10, 1, 0, 0}, {40, 20, 60},
            publicVote, 40, 30, false, false, false},
        Case {"unanimity, all members: every member for", Threshold::Unanimity, MajorityBasis::AllMembers, {20, 0, 0, 0, 0}, {15, 5, 20},
            publicVote, 20, 20, false, false, true},
        Case {"unanimity, all members: one abstention", Threshold::Unanimity, MajorityBasis::AllMembers, {19, 0, 1, 0, 0}, {15, 5, 20},
            publicVote, 20, 20, false, false, false},
        Case {"unanimity, all members: one member absent", Threshold::Unanimity, MajorityBasis::AllMembers, {19, 0, 0, 0, 0}, {14, 5, 20},
            publicVote, 20, 20, false, false, false},
        Case {"unanimity, votes cast: abstentions do not break it", Threshold::Unanimity, MajorityBasis::VotesCast, {10, 0, 5, 0, 0},
            {15, 0, 20}, publicVote, 10, 10, false, false, true},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const auto outcome = decide(c.count, ResolutionRule {c.threshold, c.basis}, c.body, c.ballot);
        REQUIRE(outcome);
        CHECK(outcome->base == c.base);
        CHECK(outcome->needed == c.needed);
        CHECK(outcome->tie == c.tie);
        CHECK(outcome->castingVoteUsed == c.castingVoteUsed);
        CHECK(outcome->adopted == c.adopted);
        CHECK(outcome->explanation.startsWith(c.adopted ? u"Adoptée"_s : u"Rejetée"_s));
    }
}

TEST_CASE("the explanation reads as the minutes will print it")
{
    const ResolutionRule simple {Threshold::Simple, MajorityBasis::VotesCast};
    auto adopted = decide({31, 14, 5, 0, 0}, simple, {50, 0, 60}, publicVote);
    REQUIRE(adopted);
    CHECK(adopted->explanation == u"Adoptée\u00a0: 31 voix pour sur 45 suffrages exprimés (majorité requise\u00a0: 23)."_s);

    auto twoThirds = decide({29, 10, 6, 0, 0}, {Threshold::TwoThirds, MajorityBasis::PresentAndRepresented}, {40, 5, 60}, publicVote);
    REQUIRE(twoThirds);
    CHECK(twoThirds->explanation
        == u"Rejetée\u00a0: 29 voix pour sur 45 voix des membres présents ou représentés (majorité des deux tiers requise\u00a0: 30)."_s);

    auto casting = decide({20, 20, 3, 0, 0}, simple, {43, 0, 60}, chairFor);
    REQUIRE(casting);
    CHECK(casting->explanation.startsWith(u"Adoptée par la voix prépondérante du président"_s));

    auto secret = decide({20, 20, 3, 0, 0}, simple, {43, 0, 60}, secretChairFor);
    REQUIRE(secret);
    CHECK(secret->explanation.contains(u"scrutin secret"_s));

    auto single = decide({1, 0, 0, 0, 0}, simple, {1, 0, 1}, publicVote);
    REQUIRE(single);
    CHECK(single->explanation == u"Adoptée\u00a0: 1 voix pour sur 1 suffrage exprimé (majorité requise\u00a0: 1)."_s);
}

TEST_CASE("inconsistent counts are refused with a French message")
{
    const ResolutionRule cast {Threshold::Simple, MajorityBasis::VotesCast};

    SECTION("more votes than present and represented")
    {
        const auto outcome = decide({30, 10, 5, 1, 0}, cast, {40, 5, 60}, publicVote);
        REQUIRE_FALSE(outcome);
        CHECK(outcome.error().code == ErrorCode::InvalidInput);
        CHECK(outcome.error().message.contains(u"46 voix"_s));
        CHECK(outcome.error().message.contains(u"45 voix des membres présents ou représentés"_s));
    }
    SECTION("exactly the votes held is fine")
    {
        CHECK(decide({30, 10, 5, 0, 0}, cast, {40, 5, 60}, publicVote));
        CHECK(countProblem({30, 10, 5, 0, 0}, cast, {40, 5, 60}).isEmpty());
    }
    SECTION("a base of members present leaves the proxies' votes out")
    {
        const VoteCount count {25, 10, 0, 0, 0};
        CHECK(countProblem(count, {Threshold::Simple, MajorityBasis::PresentAndRepresented}, {30, 10, 60}).isEmpty());
        const QString problem = countProblem(count, {Threshold::Simple, MajorityBasis::Present}, {30, 10, 60});
        CHECK(problem.contains(u"30 voix des membres présents"_s));
        CHECK_FALSE(decide(count, {Threshold::Simple, MajorityBasis::Present}, {30, 10, 60}, publicVote));
    }
    SECTION("negative numbers")
    {
        CHECK_FALSE(decide({-1, 0, 0, 0, 0}, cast, {10, 0, 10}, publicVote));
        CHECK_FALSE(countProblem({5, 0, 0, 0, -2}, cast, {10, 0, 10}).isEmpty());
    }
    SECTION("more present and represented than all members")
    {
        const QString problem = countProblem({10, 0, 0, 0, 0}, {Threshold::Unanimity, MajorityBasis::AllMembers}, {18, 4, 20});
        CHECK(problem == u"Les 22 voix présentes ou représentées dépassent les 20 voix de l'ensemble des membres."_s);
    }
}

TEST_CASE("abstentions count against only on a base of members")
{
    CHECK(abstentionsCount(MajorityBasis::AllMembers));
    CHECK(abstentionsCount(MajorityBasis::Present));
    CHECK(abstentionsCount(MajorityBasis::PresentAndRepresented));
    CHECK_FALSE(abstentionsCount(MajorityBasis::VotesIncludingBlank));
    CHECK_FALSE(abstentionsCount(MajorityBasis::VotesCast));
}

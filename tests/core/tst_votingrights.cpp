// SPDX-License-Identifier: GPL-3.0-or-later
#include "assembly/votingrights.h"
#include "builders.h"
#include "catch.h"
#include "dues/duesledger.h"
#include "duesfixture.h"
#include "members/memberfile.h"
#include "members/records.h"
#include "testsupport.h"

#include <array>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::assembly;

namespace {

const QDate assemblyDate(2026, 6, 12);

Voter individual(const QString &category = u"IND"_s)
{
    return Voter {7, u"Hélène MÜLLER"_s, category, true, MemberKind::Individual, 0};
}

Voter company(qint64 representative)
{
    return Voter {3, u"Transports Lœuvre"_s, u"ENT_M"_s, true, MemberKind::Organisation, representative};
}

DuesStanding standing(DuesState state, dues::Cents outstanding = 0)
{
    return DuesStanding {state, u"2026"_s, outstanding, {}};
}

// The membership ids of the fixture's members, found through their calls.
QHash<QString, qint64> fixtureMembers(Database &db)
{
    auto calls = dues::DuesLedger(db).calls(2026);
    REQUIRE(calls);
    QHash<QString, qint64> ids;
    for (const dues::DuesCall &call : *calls)
        ids.insert(call.memberName, call.membershipId);
    return ids;
}

} // namespace

TEST_CASE("who may vote, and why not")
{
    const StatutesProfile profile = StatutesProfile::defaults(LegalRegime::Loi1901);
    struct Case {
        const char *what;
        Voter voter;
        DuesStanding dues;
        bool canVote;
        int weight;
        QString reason;
    };
    Voter resigned = individual();
    resigned.active = false;
    Voter honorary = individual(u"HON"_s);
    honorary.categoryName = u"Membre d'honneur"_s;
    const std::array cases {
        Case {"paid", individual(), standing(DuesState::Paid), true, 1, QString()},
        Case {"exempt", individual(), standing(DuesState::Exempt), true, 1, QString()},
        Case {"owing on the date", individual(), standing(DuesState::Owing, 3000), false, 0, u"cotisation 2026 non à jour au 12/06/2026"_s},
        Case {
            "no call for the year", individual(), standing(DuesState::NoCall), false, 0, u"aucun appel de cotisation 2026 au 12/06/2026"_s},
        Case {"no call, year unknown", individual(), DuesStanding(), false, 0, u"aucun appel de cotisation au 12/06/2026"_s},
        Case {"membership not active, even paid", resigned, standing(DuesState::Paid), false, 0, u"adhésion non active"_s},
        Case {"organisation without a representative", company(0), standing(DuesState::Paid), false, 0, u"pas de représentant désigné"_s},
        Case {"organisation with its representative", company(12), standing(DuesState::Paid), true, 1, QString()},
        Case {"honorary member has no vote, the category named as the user knows it", honorary, standing(DuesState::Exempt), false, 0,
            u"la catégorie «\u00a0Membre d'honneur\u00a0» n'a pas de voix"_s},
        Case {"a category without a name falls back to its code", individual(u"HON"_s), standing(DuesState::Exempt), false, 0,
            u"la catégorie «\u00a0HON\u00a0» n'a pas de voix"_s},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const VotingRight right = votingRight(c.voter, c.dues, assemblyDate, profile);
        CHECK(right.canVote == c.canVote);
        CHECK(right.weight == c.weight);
        CHECK(right.reason == c.reason);
    }
}

TEST_CASE("the profile decides whether dues matter and how much a category weighs")
{
    StatutesProfile profile = StatutesProfile::defaults(LegalRegime::Loi1901);
    profile.categoryWeights.insert(u"ENT_L"_s, 2);
    CHECK(votingRight(Voter {1, u"Groupe Est Relation"_s, u"ENT_L"_s, true, MemberKind::Organisation, 4}, standing(DuesState::Paid),
              assemblyDate, profile)
              .weight
        == 2);

    profile.voteRequiresDuesPaid = false;
    const VotingRight owing = votingRight(individual(), standing(DuesState::Owing, 8000), assemblyDate, profile);
    CHECK(owing.canVote);
    CHECK(owing.weight == 1);
    CHECK(votingRight(individual(), DuesStanding(), assemblyDate, profile).canVote);
}

TEST_CASE("the right to vote as one sentence")
{
    const StatutesProfile profile = StatutesProfile::defaults(LegalRegime::Loi1901);
    CHECK(votingRight(individual(), standing(DuesState::Paid), assemblyDate, profile).text() == u"peut voter"_s);
    CHECK(votingRight(company(0), standing(DuesState::Paid), assemblyDate, profile).text()
        == u"ne peut pas voter\u00a0: pas de représentant désigné"_s);
}

TEST_CASE("a voter made from a stored membership")
{
    Membership membership;
    membership.id = 5;
    membership.organisationId = 9;
    membership.representativeId = 14;
    membership.status = MembershipStatus::Pending;
    const Voter voter = voterFrom(membership, u"ENT_S"_s, u"Atelier des Vosges"_s);
    CHECK(voter.membershipId == 5);
    CHECK(voter.kind == MemberKind::Organisation);
    CHECK(voter.representativePersonId == 14);
    CHECK_FALSE(voter.active);
    CHECK(voter.categoryCode == u"ENT_S"_s);

    membership.organisationId = 0;
    membership.personId = 2;
    membership.status = MembershipStatus::Active;
    CHECK(voterFrom(membership, u"IND"_s, u"Jean DUPONT"_s).kind == MemberKind::Individual);
    CHECK(voterFrom(membership, u"IND"_s, u"Jean DUPONT"_s).active);
}

TEST_CASE("a call's standing from what was paid by the date")
{
    dues::DuesCall call;
    call.amount = 25000;
    CHECK(standingOf(call, 25000, u"2026"_s) == DuesStanding {DuesState::Paid, u"2026"_s, 0, {}});
    CHECK(standingOf(call, 10000, u"2026"_s) == DuesStanding {DuesState::Owing, u"2026"_s, 15000, {}});
    CHECK(standingOf(call, 0, u"2026"_s).state == DuesState::Owing);
    call.state = dues::CallState::Exempt;
    CHECK(standingOf(call, 0, u"2026"_s).state == DuesState::Exempt);
    call.state = dues::CallState::Cancelled;
    CHECK(standingOf(call, 0, u"2026"_s).state == DuesState::NoCall);
}

TEST_CASE("dues standing read from the ledger on the assembly date")
{
    auto db = test::memoryDatabase();
    test::fillDuesLedger(*db);
    const QHash<QString, qint64> id = fixtureMembers(*db);
    REQUIRE(id.size() == 8);

    auto on = [&](const QDate &date) {
        auto standings = duesStandingOn(*db, date);
        REQUIRE(standings);
        return *standings;
    };

    SECTION("paid the day after the assembly: cannot vote")
    {
        // Transports Lœuvre paid its 450,00 on 15/02; the ledger says paid today (30/06).
        const auto before = on(QDate(2026, 2, 14));
        const DuesStanding loeuvre = before.value(id.value(u"Transports Lœuvre"_s));
        CHECK(loeuvre == DuesStanding {DuesState::Owing, u"2026"_s, 45000, {}});
        const VotingRight right
            = votingRight(Voter {id.value(u"Transports Lœuvre"_s), u"Transports Lœuvre"_s, u"ENT_M"_s, true, MemberKind::Organisation, 1},
                loeuvre, QDate(2026, 2, 14), StatutesProfile::defaults(LegalRegime::Loi1901));
        CHECK_FALSE(right.canVote);
        CHECK(right.reason == u"cotisation 2026 non à jour au 14/02/2026"_s);

        CHECK(on(QDate(2026, 2, 15)).value(id.value(u"Transports Lœuvre"_s)).state == DuesState::Paid);
    }
    SECTION("every member of the fixture on 12/06/2026")
    {
        const auto standings = on(assemblyDate);
        CHECK(standings.size() == 8);
        CHECK(standings.value(id.value(u"Transports Lœuvre"_s)).state == DuesState::Paid);
        CHECK(standings.value(id.value(u"Moselle Contact Services"_s)) == DuesStanding {DuesState::Owing, u"2026"_s, 15000, {}});
        // 50,00 in cash on 05/04, reversed on 06/04: the whole 80,00 is owed again.
        CHECK(standings.value(id.value(u"MÜLLER Hélène"_s)) == DuesStanding {DuesState::Owing, u"2026"_s, 8000, {}});
        CHECK(standings.value(id.value(u"Centre d'appels; \"Nancy\""_s)).state == DuesState::Exempt);
        CHECK(standings.value(id.value(u"DUPONT Jean"_s)).state == DuesState::NoCall);
        CHECK(standings.value(id.value(u"Groupe Est Relation"_s)).state == DuesState::Paid);
        CHECK(standings.value(id.value(u"Est Centre Services"_s)).state == DuesState::Paid);
        CHECK(standings.value(id.value(u"Atelier des Vosges"_s)).state == DuesState::Paid);
    }
    SECTION("a reversal counts from its own date")
    {
        CHECK(on(QDate(2026, 4, 5)).value(id.value(u"MÜLLER Hélène"_s)) == DuesStanding {DuesState::Owing, u"2026"_s, 3000, {}});
        CHECK(on(QDate(2026, 4, 4)).value(id.value(u"MÜLLER Hélène"_s)) == DuesStanding {DuesState::Owing, u"2026"_s, 8000, {}});
    }
    SECTION("one payment settling two calls, counted from its date")
    {
        const auto before = on(QDate(2026, 3, 23));
        CHECK(before.value(id.value(u"Groupe Est Relation"_s)).state == DuesState::Owing);
        CHECK(before.value(id.value(u"Est Centre Services"_s)).state == DuesState::Owing);
        const auto after = on(QDate(2026, 3, 24));
        CHECK(after.value(id.value(u"Groupe Est Relation"_s)).state == DuesState::Paid);
        CHECK(after.value(id.value(u"Est Centre Services"_s)).state == DuesState::Paid);
    }
    SECTION("paid in December for the next year")
    {
        // Atelier des Vosges paid its 2026 dues by direct debit on 20/12/2025.
        CHECK(on(QDate(2026, 1, 2)).value(id.value(u"Atelier des Vosges"_s)).state == DuesState::Paid);
    }
    SECTION("exempt can vote, a cancelled call cannot")
    {
        const StatutesProfile profile = StatutesProfile::defaults(LegalRegime::Loi1901);
        const auto standings = on(assemblyDate);
        const qint64 nancy = id.value(u"Centre d'appels; \"Nancy\""_s);
        CHECK(votingRight(
            Voter {nancy, u"Nancy"_s, u"ENT_S"_s, true, MemberKind::Organisation, 1}, standings.value(nancy), assemblyDate, profile)
                  .canVote);
        const qint64 dupont = id.value(u"DUPONT Jean"_s);
        CHECK(votingRight(Voter {dupont, u"Jean DUPONT"_s, u"IND"_s, true, MemberKind::Individual, 0}, standings.value(dupont),
                  assemblyDate, profile)
                  .reason
            == u"aucun appel de cotisation 2026 au 12/06/2026"_s);
    }
    SECTION("a date in a year without calls")
    {
        CHECK(on(QDate(2025, 6, 12)).isEmpty());
    }
    SECTION("early in the year, the dues of the year before vote until the year's call falls due")
    {
        // No 2027 call yet: those who paid 2026 vote, the others do not.
        const auto january = on(QDate(2027, 1, 20));
        CHECK(january.value(id.value(u"Transports Lœuvre"_s)) == DuesStanding {DuesState::Paid, u"2026"_s, 0, {}});
        CHECK(january.value(id.value(u"Centre d'appels; \"Nancy\""_s)).state == DuesState::Exempt);
        CHECK(january.value(id.value(u"Moselle Contact Services"_s)).state == DuesState::NoCall);

        // The 2027 calls issued on 15/01, due on 14/02: 2026 still counts until then.
        MemberFile file(*db);
        dues::DuesLedger ledger(*db);
        for (const QString &category : {u"ENT_M"_s, u"ENT_S"_s, u"ENT_L"_s, u"IND"_s})
            REQUIRE(ledger.saveSchedule(dues::FeeSchedule {0, 2027, test::categoryId(file, category), 10000, dues::JoiningRule::Full}));
        REQUIRE(ledger.issueCalls(2027, QDate(2027, 1, 15), QDate(2027, 2, 14)));
        CHECK(on(QDate(2027, 2, 14)).value(id.value(u"Transports Lœuvre"_s)) == DuesStanding {DuesState::Paid, u"2026"_s, 0, {}});
        CHECK(on(QDate(2027, 2, 15)).value(id.value(u"Transports Lœuvre"_s)) == DuesStanding {DuesState::Owing, u"2027"_s, 10000, {}});
    }
}

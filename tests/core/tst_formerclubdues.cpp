// SPDX-License-Identifier: GPL-3.0-or-later
#include "assembly/votingrights.h"
#include "builders.h"
#include "catch.h"
#include "db/sql.h"
#include "dues/duescsv.h"
#include "dues/duesledger.h"
#include "dues/duesreport.h"
#include "dues/formerclubdues.h"
#include "duesfixture.h"
#include "members/memberfile.h"
#include "testsupport.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::dues;

namespace {

// Jean DUPONT came from Connect, Boréa Services from Viatis, Atlas joined L2C directly; the 2026
// schedule is 80,00 for an individual and 250,00 for a small company.
struct MergedClub {
    std::unique_ptr<Database> db = test::memoryDatabase();
    MemberFile file {*db};
    DuesLedger ledger {*db};
    FormerClubLedger formerClubs {*db};
    qint64 dupont = 0;
    qint64 borea = 0;
    qint64 atlas = 0;

    MergedClub()
    {
        db->setClock([] { return QDateTime(QDate(2026, 4, 2), QTime(9, 0), QTimeZone::utc()); });
        PersonRecord jean = test::person(u"Jean"_s, u"Dupont"_s);
        jean.membership = test::membership(file, u"IND"_s, u"CONNECT"_s);
        dupont = test::save(file, jean).membership->id;
        OrganisationRecord boreaServices = test::organisation(u"Boréa Services"_s);
        boreaServices.membership = test::membership(file, u"ENT_S"_s, u"VIATIS"_s);
        borea = test::save(file, boreaServices).membership->id;
        OrganisationRecord atlasRelation = test::organisation(u"Atlas Relation"_s);
        atlasRelation.membership = test::membership(file, u"ENT_S"_s, u"L2C"_s);
        atlas = test::save(file, atlasRelation).membership->id;
        REQUIRE(ledger.saveSchedule(FeeSchedule {0, 2026, test::categoryId(file, u"IND"_s), 8000, JoiningRule::Full}));
        REQUIRE(ledger.saveSchedule(FeeSchedule {0, 2026, test::categoryId(file, u"ENT_S"_s), 25000, JoiningRule::Full}));
    }

    FormerClubDues paidTo(qint64 membershipId, const QString &clubCode, Cents amount, const QDate &on, const QString &reference = {})
    {
        FormerClubDues dues;
        dues.financialYear = 2026;
        dues.membershipId = membershipId;
        dues.clubId = test::originClubId(file, clubCode);
        dues.amount = amount;
        dues.paidOn = on;
        dues.reference = reference;
        return dues;
    }

    DuesCall callOf(qint64 membershipId, int year = 2026) const { return test::callOf(ledger, membershipId, year); }
};

} // namespace

TEST_CASE("the members who may have paid their former club are those of Connect and Viatis", "[dues]")
{
    MergedClub club;
    auto candidates = club.formerClubs.candidates(2026);
    REQUIRE(candidates);
    REQUIRE(candidates->size() == 2); // Atlas joined L2C directly
    const FormerClubCandidate &borea = candidates->at(0);
    const FormerClubCandidate &dupont = candidates->at(1);
    CHECK(borea.memberName == u"Boréa Services"_s);
    CHECK(borea.clubName == u"Viatis"_s);
    CHECK(borea.scheduleAmount == 25000);
    CHECK(dupont.memberName == u"DUPONT Jean"_s);
    CHECK(dupont.clubName == u"Connect"_s);
    CHECK(dupont.callId == 0);
    CHECK_FALSE(dupont.recorded);

    // A direct member's dues are a payment to L2C, not to a former club.
    auto direct = club.formerClubs.save(2026, {club.paidTo(club.atlas, u"L2C"_s, 25000, QDate(2026, 1, 5))}, {});
    REQUIRE_FALSE(direct);
    CHECK(direct.error().message.contains(u"n'est pas un ancien club"_s));
}

TEST_CASE("dues paid to the former club: the member votes, gets no L2C call, and stays out of L2C's income", "[dues]")
{
    MergedClub club;
    REQUIRE(club.formerClubs.save(2026, {club.paidTo(club.dupont, u"CONNECT"_s, 7500, QDate(2026, 1, 10), u"reçu Connect 42"_s)}, {}));

    auto recorded = club.formerClubs.recorded(2026);
    REQUIRE(recorded);
    REQUIRE(recorded->size() == 1);
    CHECK(recorded->first().memberName == u"DUPONT Jean"_s);
    CHECK(recorded->first().clubName == u"Connect"_s);
    CHECK(recorded->first().amount == 7500);
    CHECK(recorded->first().reference == u"reçu Connect 42"_s);

    // No L2C call for him; the preview says why.
    auto preview = club.ledger.previewCalls(2026);
    REQUIRE(preview);
    REQUIRE(preview->drafts.size() == 2);
    CHECK(preview->drafts.at(0).membershipId == club.atlas);
    CHECK(preview->drafts.at(1).membershipId == club.borea);
    REQUIRE(preview->notBilled.size() == 1);
    CHECK(preview->notBilled.first().membershipId == club.dupont);
    CHECK(preview->notBilled.first().note == u"cotisation 2026 réglée à Connect le 10/01/2026"_s);
    REQUIRE(club.ledger.issueCalls(2026, QDate(2026, 2, 1), QDate(2026, 3, 31)) == 2);

    // À jour from the day he paid Connect.
    auto june = assembly::duesStandingOn(*club.db, QDate(2026, 6, 12));
    REQUIRE(june);
    CHECK(june->value(club.dupont) == assembly::DuesStanding {assembly::DuesState::Paid, u"2026"_s, 0, u"Connect"_s});
    auto before = assembly::duesStandingOn(*club.db, QDate(2026, 1, 9));
    REQUIRE(before);
    CHECK(before->value(club.dupont).state == assembly::DuesState::NoCall);

    // L2C's totals leave his 75,00 out; the report shows it apart.
    auto report = duesReport(*club.db, 2026);
    REQUIRE(report);
    CHECK(report->total.calls == 2);
    CHECK(report->total.expected == 50000);
    CHECK(report->formerClubTotal() == 7500);
    const QString csv = QString::fromUtf8(duesReportCsv(*report));
    CHECK(csv.contains(u"Cotisations 2026 réglées aux anciens clubs (hors recettes de L2C)"_s));
    CHECK(csv.contains(u"DUPONT Jean;Membre individuel;Connect;10/01/2026;reçu Connect 42;75,00"_s));
    auto journal = receiptsJournal(*club.db, 2026);
    REQUIRE(journal);
    CHECK(journal->isEmpty());
}

TEST_CASE("recording former-club dues cancels the unpaid L2C call; removing them reopens it", "[dues]")
{
    MergedClub club;
    REQUIRE(club.ledger.issueCalls(2026, QDate(2026, 2, 1), QDate(2026, 3, 31)) == 3);
    const DuesCall call = club.callOf(club.borea);

    REQUIRE(club.formerClubs.save(2026, {club.paidTo(club.borea, u"VIATIS"_s, 20000, QDate(2026, 1, 20))}, {}));
    DuesCall cancelled = club.callOf(club.borea);
    CHECK(cancelled.state == CallState::Cancelled);
    CHECK(cancelled.stateReason == u"Cotisation 2026 réglée à Viatis"_s);
    auto recorded = club.formerClubs.recorded(2026);
    REQUIRE(recorded);
    REQUIRE(recorded->size() == 1);
    CHECK(recorded->first().cancelledCallId == call.id);

    // Recorded again with another amount: still the record that cancelled the call.
    FormerClubDues corrected = recorded->first();
    corrected.amount = 22000;
    REQUIRE(club.formerClubs.save(2026, {corrected}, {}));
    recorded = club.formerClubs.recorded(2026);
    REQUIRE(recorded);
    REQUIRE(recorded->size() == 1);
    CHECK(recorded->first().amount == 22000);
    CHECK(recorded->first().cancelledCallId == call.id);

    REQUIRE(club.formerClubs.save(2026, {}, {recorded->first().id}));
    const DuesCall reopened = club.callOf(club.borea);
    CHECK(reopened.state == CallState::Open);
    CHECK(reopened.stateReason.isEmpty());
    recorded = club.formerClubs.recorded(2026);
    REQUIRE(recorded);
    CHECK(recorded->isEmpty());
}

TEST_CASE("a member whose L2C call already received money cannot be recorded as paid to the former club", "[dues]")
{
    MergedClub club;
    REQUIRE(club.ledger.issueCalls(2026, QDate(2026, 2, 1), QDate(2026, 3, 31)) == 3);
    const DuesCall dupontCall = club.callOf(club.dupont);
    Payment part;
    part.receivedOn = QDate(2026, 2, 10);
    part.amount = 4000;
    part.allocations = {Allocation {dupontCall.id, 4000}};
    REQUIRE(club.ledger.recordPayment(part));

    const QString before = test::dumpContent(*club.db);
    // Boréa would be fine, Jean DUPONT is not: neither is written.
    auto saved = club.formerClubs.save(2026,
        {club.paidTo(club.borea, u"VIATIS"_s, 25000, QDate(2026, 1, 20)), club.paidTo(club.dupont, u"CONNECT"_s, 8000, QDate(2026, 1, 5))},
        {});
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == ErrorCode::Conflict);
    INFO(saved.error().message.toStdString());
    CHECK(saved.error().message.contains(u"Jean DUPONT"_s));
    CHECK(saved.error().message.contains(dupontCall.number));
    CHECK(saved.error().message.contains(u"40,00"_s));
    CHECK(test::dumpContent(*club.db) == before);

    auto candidates = club.formerClubs.candidates(2026);
    REQUIRE(candidates);
    REQUIRE(candidates->size() == 2);
    CHECK(candidates->at(0).recordable()); // Boréa Services
    CHECK_FALSE(candidates->at(1).recordable()); // Jean DUPONT
}

TEST_CASE("dues paid to the former club for the year before vote early in the next year", "[dues]")
{
    MergedClub club;
    REQUIRE(club.formerClubs.save(2026, {club.paidTo(club.dupont, u"CONNECT"_s, 8000, QDate(2026, 1, 10))}, {}));
    // An assembly on 20/01/2027, the 2027 calls not issued yet.
    auto january = assembly::duesStandingOn(*club.db, QDate(2027, 1, 20));
    REQUIRE(january);
    CHECK(january->value(club.dupont) == assembly::DuesStanding {assembly::DuesState::Paid, u"2026"_s, 0, u"Connect"_s});
    CHECK(january->value(club.borea).state == assembly::DuesState::NoCall);
}

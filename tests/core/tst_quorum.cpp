// SPDX-License-Identifier: GPL-3.0-or-later
#include "assembly/quorum.h"
#include "catch.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLocale>

#include <QTimeZone>

#include <array>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::assembly;

namespace {

QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 6, 12), QTime(hour, minute), QTimeZone::utc());
}

Attendee member(qint64 id, Presence presence, int weight = 1, qint64 holder = 0)
{
    Attendee attendee;
    attendee.membershipId = id;
    attendee.name = u"Membre %1"_s.arg(id);
    attendee.weight = weight;
    attendee.presence = presence;
    attendee.proxyHolderId = holder;
    return attendee;
}

// Members 1..count, all absent, one vote each.
QList<Attendee> sheet(int count)
{
    QList<Attendee> attendance;
    for (int id = 1; id <= count; ++id)
        attendance.append(member(id, Presence::Absent));
    return attendance;
}

void present(QList<Attendee> &attendance, qint64 id)
{
    attendance[id - 1].presence = Presence::Present;
}

void represented(QList<Attendee> &attendance, qint64 id, qint64 holder)
{
    attendance[id - 1].presence = Presence::Represented;
    attendance[id - 1].proxyHolderId = holder;
}

const StatutesProfile profile = StatutesProfile::defaults(LegalRegime::Loi1901);

} // namespace

TEST_CASE("quorum with proxies and weights on first and second convocation")
{
    struct Case {
        const char *what;
        AssemblyKind kind;
        Convocation convocation;
        QList<qint64> presentIds;
        QList<std::pair<qint64, qint64>> proxies; // giver → holder
        int heavyWeight; // weight of members 1 and 2 (the others weigh 1)
        int eligibleWeight;
        int presentWeight;
        int representedWeight;
        int requiredWeight;
        bool met;
        int missingWeight;
    };
    // Ten members. AGO 1/4, AGE 1/2 on first convocation, none on the second (DOMAIN §1.11).
    const std::array cases {
        // 1/4 of 10 = 2.5, rounded up to 3: two present and one proxy reach it exactly.
        Case {"AGO, exactly at the threshold", AssemblyKind::Ordinary, Convocation::First, {3, 4}, {{5, 3}}, 1, 10, 2, 1, 3, true, 0},
        Case {"AGO, one vote short", AssemblyKind::Ordinary, Convocation::First, {3, 4}, {}, 1, 10, 2, 0, 3, false, 1},
        // Members 1 and 2 weigh 3: eligible 3 + 3 + 8 = 14, 1/4 → 3.5 → 4; member 1 present (3) + proxy of 2 (3).
        Case {"AGO, weighted members and a weighted proxy", AssemblyKind::Ordinary, Convocation::First, {1}, {{2, 1}}, 3, 14, 3, 3, 4, true,
            0},
        Case {"AGO, one weighted member alone falls short", AssemblyKind::Ordinary, Convocation::First, {1}, {}, 3, 14, 3, 0, 4, false, 1},
        // 1/2 of 10 = 5.
        Case {"AGE, exactly half", AssemblyKind::Extraordinary, Convocation::First, {3, 4, 5}, {{6, 3}, {7, 4}}, 1, 10, 3, 2, 5, true, 0},
        Case {"AGE, proxies count only up to the cap", AssemblyKind::Extraordinary, Convocation::First, {3, 4}, {{5, 3}, {6, 3}, {7, 3}}, 1,
            10, 2, 2, 5, false, 1},
        Case {"AGO second convocation: none required", AssemblyKind::Ordinary, Convocation::Second, {3}, {}, 1, 10, 1, 0, 0, true, 0},
        Case {"AGE second convocation: none required", AssemblyKind::Extraordinary, Convocation::Second, {}, {}, 1, 10, 0, 0, 0, true, 0},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        QList<Attendee> attendance = sheet(10);
        attendance[0].weight = c.heavyWeight;
        attendance[1].weight = c.heavyWeight;
        for (const qint64 id : c.presentIds)
            present(attendance, id);
        for (const auto &[giver, holder] : c.proxies)
            represented(attendance, giver, holder);
        const QuorumStatus status = quorumStatus(attendance, profile, c.kind, c.convocation, at(10));
        CHECK(status.eligibleCount == 10);
        CHECK(status.eligibleWeight == c.eligibleWeight);
        CHECK(status.presentWeight == c.presentWeight);
        CHECK(status.representedWeight == c.representedWeight);
        CHECK(status.requiredWeight == c.requiredWeight);
        CHECK(status.met == c.met);
        CHECK(status.missingWeight == c.missingWeight);
    }
}

TEST_CASE("a fraction that does not divide the membership rounds the requirement up")
{
    StatutesProfile third = profile;
    third.quorumOrdinaryFirst = Fraction {1, 3};
    QList<Attendee> attendance = sheet(10);
    for (const qint64 id : {1, 2, 3})
        present(attendance, id);
    // 10/3 = 3.33: three members are not a third of ten.
    QuorumStatus status = quorumStatus(attendance, third, AssemblyKind::Ordinary, Convocation::First, at(10));
    CHECK(status.requiredWeight == 4);
    CHECK_FALSE(status.met);
    CHECK(status.missingWeight == 1);
    present(attendance, 4);
    status = quorumStatus(attendance, third, AssemblyKind::Ordinary, Convocation::First, at(10));
    CHECK(status.met);
}

TEST_CASE("members without a vote are left out of the base")
{
    QList<Attendee> attendance = sheet(8);
    attendance[0].entitled = false; // dues not paid
    attendance[1].weight = 0; // honorary member
    present(attendance, 1);
    present(attendance, 2);
    present(attendance, 3);
    const QuorumStatus status = quorumStatus(attendance, profile, AssemblyKind::Ordinary, Convocation::First, at(10));
    CHECK(status.eligibleCount == 6);
    CHECK(status.eligibleWeight == 6);
    CHECK(status.presentCount == 1);
    CHECK(status.presentWeight == 1);
    CHECK(status.requiredWeight == 2); // 6/4 = 1.5
    CHECK_FALSE(status.met);
}

TEST_CASE("arrivals and departures move the quorum")
{
    QList<Attendee> attendance = sheet(8); // 1/4 of 8: 2 needed
    present(attendance, 1);
    present(attendance, 2);
    attendance[1].arrivedAt = at(10, 15);
    attendance[1].leftAt = at(11);
    represented(attendance, 3, 2);

    auto counted = [&](const QDateTime &when) {
        return quorumStatus(attendance, profile, AssemblyKind::Ordinary, Convocation::First, when).countedWeight();
    };
    CHECK(counted(at(10)) == 1); // member 2 not arrived yet, the proxy waits with its holder
    CHECK(counted(at(10, 15)) == 3); // arrived at 10:15 counts at 10:15
    CHECK(counted(at(10, 59)) == 3);
    CHECK(counted(at(11)) == 1); // left at 11:00 no longer counts at 11:00, nor the proxy
    CHECK(quorumStatus(attendance, profile, AssemblyKind::Ordinary, Convocation::First, at(10, 30)).met);
    CHECK_FALSE(quorumStatus(attendance, profile, AssemblyKind::Ordinary, Convocation::First, at(11, 30)).met);

    const auto problems = proxyProblems(attendance, profile, at(11, 30));
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().message
        == u"Membre 2, mandataire de Membre 3, n'est pas en séance à 11:30\u00a0: la procuration ne compte pas."_s);
}

TEST_CASE("proxy cap per holder")
{
    QList<Attendee> attendance = sheet(6);
    present(attendance, 1);
    represented(attendance, 2, 1);
    represented(attendance, 3, 1);
    represented(attendance, 4, 1);

    SECTION("the default cap of 2 refuses the third, in sheet order")
    {
        const auto problems = proxyProblems(attendance, profile, at(10));
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().giverId == 4);
        CHECK(problems.first().holderId == 1);
        CHECK(problems.first().message
            == u"Membre 1 a déjà atteint le plafond des statuts (au plus 2 par mandataire)\u00a0: celle de Membre 4 est refusée."_s);
        CHECK(votesHeld(attendance, profile, at(10)).value(1) == 3);
    }
    SECTION("unlimited accepts them all")
    {
        StatutesProfile unlimited = profile;
        unlimited.maxProxiesPerHolder = std::nullopt;
        CHECK(proxyProblems(attendance, unlimited, at(10)).isEmpty());
        CHECK(votesHeld(attendance, unlimited, at(10)).value(1) == 4);
    }
    SECTION("a cap of 1")
    {
        StatutesProfile one = profile;
        one.maxProxiesPerHolder = 1;
        CHECK(proxyProblems(attendance, one, at(10)).size() == 2);
        CHECK(quorumStatus(attendance, one, AssemblyKind::Ordinary, Convocation::First, at(10)).representedWeight == 1);
    }
}

TEST_CASE("proxy refusals name both members")
{
    QList<Attendee> attendance = sheet(6);
    present(attendance, 1);
    present(attendance, 6);

    SECTION("no chains: a holder who is himself represented")
    {
        represented(attendance, 2, 3);
        represented(attendance, 3, 1);
        const auto problems = proxyProblems(attendance, profile, at(10));
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().giverId == 2);
        CHECK(problems.first().message
            == u"Membre 3, mandataire de Membre 2, a donné sa propre procuration à Membre 1\u00a0: les procurations en chaîne sont refusées."_s);
        // Member 3's own proxy to a present member counts; member 2's does not.
        CHECK(quorumStatus(attendance, profile, AssemblyKind::Ordinary, Convocation::First, at(10)).representedWeight == 1);
    }
    SECTION("a member cannot hold their own proxy")
    {
        represented(attendance, 2, 2);
        const auto problems = proxyProblems(attendance, profile, at(10));
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().message == u"Membre 2 ne peut pas détenir sa propre procuration."_s);
    }
    SECTION("proxies forbidden by the statuts")
    {
        StatutesProfile forbidden = profile;
        forbidden.proxiesAllowed = false;
        represented(attendance, 2, 1);
        const auto problems = proxyProblems(attendance, forbidden, at(10));
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().message
            == u"Les statuts n'autorisent pas les procurations\u00a0: Membre 2 ne peut pas être représenté par Membre 1."_s);
        CHECK(quorumStatus(attendance, forbidden, AssemblyKind::Ordinary, Convocation::First, at(10)).representedWeight == 0);
    }
    SECTION("a holder without the right to vote, when the statuts require a voting member")
    {
        attendance[0].entitled = false;
        represented(attendance, 2, 1);
        const auto problems = proxyProblems(attendance, profile, at(10));
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().message.startsWith(u"Membre 1, mandataire de Membre 2, n'a pas le droit de vote"_s));
        StatutesProfile anyHolder = profile;
        anyHolder.proxyHolderMustBeMember = false;
        CHECK(proxyProblems(attendance, anyHolder, at(10)).isEmpty());
        CHECK(quorumStatus(attendance, anyHolder, AssemblyKind::Ordinary, Convocation::First, at(10)).representedWeight == 1);
    }
    SECTION("a giver without the right to vote")
    {
        attendance[1].entitled = false;
        represented(attendance, 2, 1);
        const auto problems = proxyProblems(attendance, profile, at(10));
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().message == u"Membre 2 n'a pas le droit de vote\u00a0: sa procuration à Membre 1 ne compte pas."_s);
    }
    SECTION("a holder not on the sheet")
    {
        represented(attendance, 2, 42);
        const auto problems = proxyProblems(attendance, profile, at(10));
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().message == u"Le mandataire de Membre 2 (adhésion n°42) ne figure pas sur la feuille de présence."_s);
    }
    SECTION("an absent holder")
    {
        represented(attendance, 2, 4);
        CHECK(proxyProblems(attendance, profile, at(10)).size() == 1);
        CHECK(quorumStatus(attendance, profile, AssemblyKind::Ordinary, Convocation::First, at(10)).representedWeight == 0);
    }
}

TEST_CASE("quorum indicator text")
{
    QList<Attendee> attendance = sheet(10);
    present(attendance, 1);
    present(attendance, 2);
    QuorumStatus status = quorumStatus(attendance, profile, AssemblyKind::Ordinary, Convocation::First, at(10));
    CHECK(status.text()
        == u"Quorum non atteint\u00a0: 2 voix présentes ou représentées sur 10, il en manque 1 (3 requises, 1/4 des voix)."_s);
    represented(attendance, 3, 1);
    status = quorumStatus(attendance, profile, AssemblyKind::Ordinary, Convocation::First, at(10));
    CHECK(status.text() == u"Quorum atteint\u00a0: 3 voix présentes ou représentées sur 10 (3 requises, 1/4 des voix)."_s);
    status = quorumStatus(attendance, profile, AssemblyKind::Ordinary, Convocation::Second, at(10));
    CHECK(status.text() == u"Aucun quorum requis\u00a0: 3 voix présentes ou représentées sur 10."_s);
}

TEST_CASE("one vote present is said in the singular, in French and in English")
{
    QList<Attendee> attendance = sheet(10);
    present(attendance, 1);
    const QuorumStatus status = quorumStatus(attendance, profile, AssemblyKind::Ordinary, Convocation::Second, at(10));
    i18n::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France));
    CHECK(status.text() == u"Aucun quorum requis\u00a0: 1 voix présente ou représentée sur 10."_s);
    i18n::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(status.text() == u"No quorum required: 1 vote present or represented out of 10."_s);
    i18n::removeTranslations(*QCoreApplication::instance());
}

TEST_CASE("nobody entitled to vote is never a quorum, whatever the statuts require")
{
    QList<Attendee> attendance = sheet(3);
    for (Attendee &attendee : attendance) {
        attendee.entitled = false;
        attendee.weight = 0;
        attendee.presence = Presence::Present;
    }
    for (const Convocation convocation : {Convocation::First, Convocation::Second}) {
        const QuorumStatus status = quorumStatus(attendance, profile, AssemblyKind::Ordinary, convocation, at(10));
        CHECK(status.nobodyMayVote());
        CHECK_FALSE(status.met);
        CHECK(status.text() == u"Quorum impossible\u00a0: aucun membre de la feuille de présence n'a le droit de vote."_s);
    }
    const QuorumStatus empty = quorumStatus({}, profile, AssemblyKind::Ordinary, Convocation::Second, at(10));
    CHECK_FALSE(empty.met);
}

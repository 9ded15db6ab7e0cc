// SPDX-License-Identifier: GPL-3.0-or-later
#include "assembly/meetingstore.h"
#include "builders.h"
#include "catch.h"
#include "db/migrator.h"
#include "db/sql.h"
#include "members/memberfile.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTimeZone>

#include <array>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::assembly;

namespace {

const std::array<QString, 8> lastNames {
    u"ARNAUD"_s, u"BERNARD"_s, u"CHEVALIER"_s, u"DUBOIS"_s, u"ÉTIENNE"_s, u"FONTAINE"_s, u"GIRARD"_s, u"HUBERT"_s};

// The evening of the assembly, local time.
QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 6, 12), QTime(hour, minute));
}

// Eight individual members (Anne ARNAUD … Anne HUBERT), an ordinary assembly on 12 June 2026 at
// 18:30 on its first convocation, the clock stopped on 1 June (moved by setToday), the statuts at their defaults
// (loi 1901: quorum 1/4, at most 2 proxies per holder, simple majority of the votes cast).
struct Assembly {
    std::unique_ptr<Database> db = test::memoryDatabase();
    std::shared_ptr<QDateTime> clock = std::make_shared<QDateTime>(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc());
    MemberFile file {*db};
    MeetingStore store {*db};
    QList<qint64> members; // membership ids, in name order
    QList<qint64> persons;
    qint64 meetingId = 0;

    Assembly()
    {
        db->setClock([clock = clock] { return *clock; });
        for (const QString &lastName : lastNames) {
            PersonRecord record = test::person(u"Anne"_s, lastName);
            record.membership = test::membership(file, u"IND"_s, u"CONNECT"_s);
            const PersonRecord saved = test::save(file, record);
            members.append(saved.membership->id);
            persons.append(saved.person.id);
        }
        Meeting meeting;
        meeting.kind = MeetingKind::GeneralOrdinary;
        meeting.title = u"AG ordinaire 2026"_s;
        meeting.startsAt = at(18, 30);
        meeting.place = u"Metz, Technopôle"_s;
        auto id = store.saveMeeting(meeting);
        if (!id)
            FAIL(id.error().message.toStdString());
        meetingId = *id;
    }

    qint64 member(int number) const { return members.at(number - 1); }

    // Every member on the sheet, entitled with one vote, absent.
    void prepareSheet()
    {
        QList<AttendanceRow> rows;
        for (const qint64 id : members) {
            AttendanceRow row;
            row.membershipId = id;
            rows.append(row);
        }
        if (auto prepared = store.prepareAttendance(meetingId, rows); !prepared)
            FAIL(prepared.error().message.toStdString());
    }

    void checkIn(int number, Presence presence, int holder, const QDateTime &when)
    {
        auto done = store.checkIn(meetingId, member(number), presence, holder == 0 ? 0 : member(holder), when);
        if (!done)
            FAIL(done.error().message.toStdString());
    }

    // Refused with this code and message fragment, the file left as it was.
    void refusedCheckIn(int number, Presence presence, int holder, const QDateTime &when, const QString &fragment)
    {
        const QString before = test::dumpContent(*db);
        auto done = store.checkIn(meetingId, member(number), presence, holder == 0 ? 0 : member(holder), when);
        REQUIRE_FALSE(done);
        INFO(done.error().message.toStdString());
        CHECK(done.error().message.contains(fragment));
        CHECK(test::dumpContent(*db) == before);
    }

    QList<AgendaItem> agenda(const QList<AgendaItem> &items)
    {
        auto stored = store.setAgenda(meetingId, items);
        if (!stored)
            FAIL(stored.error().message.toStdString());
        return *stored;
    }
};

AgendaItem item(AgendaItemKind kind, const QString &title, ResolutionKind resolution = ResolutionKind::Ordinary)
{
    AgendaItem agendaItem;
    agendaItem.kind = kind;
    agendaItem.title = title;
    agendaItem.resolutionKind = resolution;
    return agendaItem;
}

QList<Migration> firstThree()
{
    QList<Migration> migrations;
    for (const Migration &migration : Migrator::builtIn())
        if (migration.version <= 3)
            migrations.append(migration);
    return migrations;
}

} // namespace

TEST_CASE("migration 4 brings a version 3 file to meetings, after a backup, keeping its content", "[meetings]")
{
    REQUIRE(Migrator::latestVersion(Migrator::builtIn()) >= 4);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"club.adhera"_s);
    {
        auto db = Database::open(path, Database::Access::ReadWrite, firstThree());
        REQUIRE(db);
        REQUIRE((*db)->schemaVersion() == 3);
        REQUIRE(Sql(**db, u"INSERT INTO setting (key, value) VALUES ('club.name', 'L2C')"_s).exec(u"t"_s));
    }
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == Migrator::latestVersion(Migrator::builtIn()));
    auto tables = Sql(**db,
        u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('meeting', 'meeting_invitee', 'agenda_item', "
        "'attendance', 'vote', 'minutes')"_s)
                      .scalar(u"t"_s);
    REQUIRE(tables);
    CHECK(tables->toInt() == 6);
    auto club = Sql(**db, u"SELECT value FROM setting WHERE key = 'club.name'"_s).scalar(u"t"_s);
    REQUIRE(club);
    CHECK(club->toString() == u"L2C"_s);
    CHECK(QDir(dir.path()).entryList({u"club.avant-v4-*"_s}, QDir::Files).size() == 1);
}

TEST_CASE("codes and French labels of the meeting enums", "[meetings]")
{
    for (const MeetingKind kind : allMeetingKinds())
        CHECK(meetingKindFromCode(toCode(kind)) == kind);
    CHECK(toCode(MeetingKind::SiteVisit) == u"site_visit"_s);
    CHECK(label(MeetingKind::GeneralOrdinary) == u"AG ordinaire"_s);
    CHECK(label(MeetingKind::Board) == u"Conseil d'administration"_s);
    CHECK(label(MeetingKind::Breakfast) == u"Petit-déjeuner"_s);
    CHECK(label(MeetingKind::SiteVisit) == u"Visite de centre"_s);
    CHECK(label(AgendaItemKind::OtherBusiness) == u"Questions diverses"_s);
    CHECK(label(AgendaItemKind::Election) == u"Élection"_s);
    CHECK(agendaItemKindFromCode(u"other_business"_s) == AgendaItemKind::OtherBusiness);
    CHECK(replyFromCode(QString()) == Reply::None);
    CHECK(presenceFromCode(u"represented"_s) == Presence::Represented);
    CHECK(resolutionKindFromCode(u"statutes_change"_s) == ResolutionKind::StatutesChange);
    CHECK_FALSE(meetingKindFromCode(u"picnic"_s));
    CHECK(isAssembly(MeetingKind::GeneralExtraordinary));
    CHECK_FALSE(isAssembly(MeetingKind::Bureau));
    CHECK_FALSE(isVotable(AgendaItemKind::OtherBusiness));
}

TEST_CASE("a meeting is stored and read back, and listed by the filters", "[meetings]")
{
    Assembly club;
    auto stored = club.store.meeting(club.meetingId);
    REQUIRE(stored);
    CHECK(stored->kind == MeetingKind::GeneralOrdinary);
    CHECK(stored->title == u"AG ordinaire 2026"_s);
    CHECK(stored->startsAt == at(18, 30));
    CHECK_FALSE(stored->endsAt.isValid());
    CHECK(stored->place == u"Metz, Technopôle"_s);
    CHECK(stored->convocation == Convocation::First);
    CHECK(stored->status == MeetingStatus::Planned);
    CHECK(stored->createdAt == QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc()));

    Meeting changed = *stored;
    changed.endsAt = at(21, 0);
    changed.convocation = Convocation::Second;
    changed.chairPersonId = club.persons.at(0);
    changed.secretaryPersonId = club.persons.at(1);
    changed.notes = u"Salle B"_s;
    REQUIRE(club.store.saveMeeting(changed) == club.meetingId);
    auto again = club.store.meeting(club.meetingId);
    REQUIRE(again);
    CHECK(again->endsAt == at(21, 0));
    CHECK(again->convocation == Convocation::Second);
    CHECK(again->chairPersonId == club.persons.at(0));
    CHECK(again->secretaryPersonId == club.persons.at(1));
    CHECK(again->notes == u"Salle B"_s);

    Meeting breakfast;
    breakfast.kind = MeetingKind::Breakfast;
    breakfast.startsAt = QDateTime(QDate(2026, 3, 5), QTime(8, 0));
    auto breakfastId = club.store.saveMeeting(breakfast);
    REQUIRE(breakfastId);
    auto breakfastStored = club.store.meeting(*breakfastId);
    REQUIRE(breakfastStored);
    CHECK(breakfastStored->title == u"Petit-déjeuner du 05/03/2026"_s);
    auto convocation = Sql(*club.db, u"SELECT convocation FROM meeting WHERE id = %1"_s.arg(*breakfastId)).scalar(u"t"_s);
    REQUIRE(convocation);
    CHECK(convocation->isNull()); // only an assembly is convened on a first or second convocation

    auto upcoming = club.store.meetings(MeetingStore::Filter::Upcoming);
    REQUIRE(upcoming);
    REQUIRE(upcoming->size() == 1);
    CHECK(upcoming->first().id == club.meetingId);
    auto past = club.store.meetings(MeetingStore::Filter::Past);
    REQUIRE(past);
    REQUIRE(past->size() == 1);
    CHECK(past->first().id == *breakfastId);
    auto assemblies = club.store.meetings(MeetingStore::Filter::Assemblies);
    REQUIRE(assemblies);
    CHECK(assemblies->size() == 1);
    auto all = club.store.meetings();
    REQUIRE(all);
    CHECK(all->size() == 2);

    Meeting backwards = breakfast;
    backwards.endsAt = QDateTime(QDate(2026, 3, 5), QTime(7, 0));
    auto refused = club.store.saveMeeting(backwards);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);

    REQUIRE(club.store.removeMeeting(*breakfastId));
    CHECK(club.store.meeting(*breakfastId).error().code == ErrorCode::NotFound);
}

TEST_CASE("the agenda is numbered, « questions diverses » always last and never voted", "[meetings]")
{
    Assembly club;
    AgendaItem other = item(AgendaItemKind::OtherBusiness, u"Questions diverses"_s);
    other.secretBallot = true;
    const QList<AgendaItem> stored = club.agenda(
        {other, item(AgendaItemKind::Information, u"Rapport moral"_s), item(AgendaItemKind::Resolution, u"Approbation des comptes 2025"_s),
            item(AgendaItemKind::Resolution, u"Modification de l'article 7"_s, ResolutionKind::StatutesChange)});
    REQUIRE(stored.size() == 4);
    CHECK(stored[0].title == u"Rapport moral"_s);
    CHECK(stored[1].title == u"Approbation des comptes 2025"_s);
    CHECK(stored[2].resolutionKind == ResolutionKind::StatutesChange);
    CHECK(stored[3].kind == AgendaItemKind::OtherBusiness);
    CHECK_FALSE(stored[3].secretBallot);
    for (int i = 0; i < stored.size(); ++i)
        CHECK(stored[i].position == i + 1);

    // Reordering keeps the ids; « questions diverses » goes back to the end.
    const QList<AgendaItem> reordered = club.agenda({stored[3], stored[2], stored[1], stored[0]});
    REQUIRE(reordered.size() == 4);
    CHECK(reordered[0].id == stored[2].id);
    CHECK(reordered[2].id == stored[0].id);
    CHECK(reordered[3].id == stored[3].id);
    CHECK(reordered[3].position == 4);

    SECTION("twice « questions diverses » is refused and nothing changes")
    {
        const QString before = test::dumpContent(*club.db);
        auto refused = club.store.setAgenda(club.meetingId,
            {item(AgendaItemKind::OtherBusiness, u"Questions diverses"_s), item(AgendaItemKind::OtherBusiness, u"Divers"_s)});
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(u"qu'une fois"_s));
        CHECK(test::dumpContent(*club.db) == before);
    }
    SECTION("the database itself keeps « questions diverses » last and unvoted")
    {
        auto after = Sql(*club.db,
            u"INSERT INTO agenda_item (meeting_id, position, kind, title, resolution_kind) VALUES (%1, 5, 'resolution', 'Tardive', "
            "'ordinary')"_s.arg(club.meetingId))
                         .exec(u"hand edit"_s);
        REQUIRE_FALSE(after);
        CHECK(after.error().message.contains(u"always come last"_s));
        auto voted = Sql(*club.db,
            u"INSERT INTO vote (agenda_item_id, in_favour, against, abstentions, blank, spoiled, threshold, basis, present_weight, "
            "represented_weight, all_members_weight, adopted, recorded_at) VALUES (%1, 1, 0, 0, 0, 0, 'simple', 'votes_cast', 1, 0, "
            "1, 1, 'x')"_s.arg(reordered[3].id))
                         .exec(u"hand edit"_s);
        REQUIRE_FALSE(voted);
        CHECK(voted.error().message.contains(u"only a resolution or an election"_s));
    }
    SECTION("the store refuses a vote on « questions diverses » or on an information")
    {
        club.prepareSheet();
        club.checkIn(1, Presence::Present, 0, at(18, 30));
        club.checkIn(2, Presence::Present, 0, at(18, 30));
        auto onOther = club.store.recordVote(reordered[3].id, VoteCount {2, 0, 0, 0, 0}, std::nullopt, at(19, 0));
        REQUIRE_FALSE(onOther);
        CHECK(onOther.error().message.contains(u"aucun vote"_s));
        auto onInformation = club.store.recordVote(reordered[2].id, VoteCount {2, 0, 0, 0, 0}, std::nullopt, at(19, 0));
        REQUIRE_FALSE(onInformation);
        CHECK(onInformation.error().message.contains(u"point d'information"_s));
    }
}

TEST_CASE("invitations, replies and the proof of convocation", "[meetings]")
{
    Assembly club;
    REQUIRE(club.store.invite(club.meetingId, {{club.member(1), 0}, {club.member(2), 0}, {0, club.persons.at(2)}}) == 3);
    REQUIRE(club.store.invite(club.meetingId, {{club.member(1), 0}}) == 0);
    REQUIRE(club.store.setReply(club.meetingId, {club.member(2), 0}, Reply::Yes, QDate(2026, 6, 3)));
    REQUIRE(club.store.recordConvocation(
        club.meetingId, {{club.member(1), 0}, {club.member(2), 0}, {club.member(4), 0}}, QDate(2026, 5, 27), ConvocationChannel::Letter));
    auto invitees = club.store.invitees(club.meetingId);
    REQUIRE(invitees);
    REQUIRE(invitees->size() == 4);
    CHECK(invitees->at(0).name == u"Anne ARNAUD"_s);
    CHECK(invitees->at(0).convenedOn == QDate(2026, 5, 27));
    CHECK(invitees->at(0).channel == ConvocationChannel::Letter);
    CHECK(invitees->at(1).reply == Reply::Yes);
    CHECK(invitees->at(1).repliedOn == QDate(2026, 6, 3));
    CHECK(invitees->at(2).who.personId == club.persons.at(2)); // a guest
    CHECK_FALSE(invitees->at(2).convenedOn.isValid());
    CHECK(invitees->at(3).name == u"Anne DUBOIS"_s); // convened, so invited

    auto stored = club.store.meeting(club.meetingId);
    REQUIRE(stored);
    const StatutesProfile profile = StatutesProfile::defaults(LegalRegime::Loi1901);
    CHECK(MeetingStore::convocationWarning(*stored, QDate(2026, 5, 28), profile).isEmpty());
    CHECK(MeetingStore::convocationWarning(*stored, QDate(2026, 6, 1), profile)
        == u"Convocation envoyée le 01/06/2026, 11 jours avant « AG ordinaire 2026 » du 12/06/2026\u00a0: les statuts demandent au moins "
           "15 jours."_s);

    auto stranger = club.store.setReply(club.meetingId, {club.member(8), 0}, Reply::No, QDate(2026, 6, 3));
    REQUIRE_FALSE(stranger);
    CHECK(stranger.error().message == u"Anne HUBERT n'est pas invité à « AG ordinaire 2026 » du 12/06/2026."_s);

    // One unknown member in the list: nobody is recorded as convened.
    const QString before = test::dumpContent(*club.db);
    auto failed
        = club.store.recordConvocation(club.meetingId, {{club.member(5), 0}, {99999, 0}}, QDate(2026, 5, 28), ConvocationChannel::Email);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::NotFound);
    CHECK(test::dumpContent(*club.db) == before);
}

TEST_CASE("check-in: a proxy beyond the cap, a chain or a holder not in the room is refused", "[meetings]")
{
    Assembly club;
    club.prepareSheet();
    club.checkIn(1, Presence::Present, 0, at(18, 30));
    club.checkIn(2, Presence::Represented, 1, at(18, 35));
    club.checkIn(3, Presence::Represented, 1, at(18, 36));

    SECTION("the cap of the statuts")
    {
        club.refusedCheckIn(4, Presence::Represented, 1, at(18, 40),
            u"Anne ARNAUD a déjà atteint le plafond des statuts (au plus 2 par mandataire)\u00a0: celle de Anne DUBOIS est refusée."_s);
    }
    SECTION("a holder who gives his own proxy would make a chain")
    {
        club.checkIn(5, Presence::Present, 0, at(18, 30));
        club.refusedCheckIn(1, Presence::Represented, 5, at(18, 45), u"les procurations en chaîne sont refusées"_s);
    }
    SECTION("a proxy to a member who is represented himself")
    {
        club.refusedCheckIn(4, Presence::Represented, 2, at(18, 45), u"Anne BERNARD, mandataire de Anne DUBOIS"_s);
    }
    SECTION("a holder who is not in the room")
    {
        club.refusedCheckIn(6, Presence::Represented, 5, at(18, 45), u"n'est pas en séance à 18:45"_s);
    }
    SECTION("a holder leaving the sheet's presence would drop the proxies he carries")
    {
        club.refusedCheckIn(1, Presence::Absent, 0, at(18, 50), u"mandataire de Anne BERNARD"_s);
    }
    SECTION("a member not on the sheet")
    {
        auto stranger = club.store.checkIn(club.meetingId, 99999, Presence::Present, 0, at(18, 40));
        REQUIRE_FALSE(stranger);
        CHECK(stranger.error().code == ErrorCode::NotFound);
    }
    SECTION("an unlimited cap takes the third proxy")
    {
        StatutesProfile profile = StatutesProfile::load(*club.db);
        profile.maxProxiesPerHolder = std::nullopt;
        REQUIRE(profile.save(*club.db));
        club.checkIn(4, Presence::Represented, 1, at(18, 40));
        auto rows = club.store.attendance(club.meetingId);
        REQUIRE(rows);
        CHECK(rows->at(3).presence == Presence::Represented);
        CHECK(rows->at(3).proxyHolderId == club.member(1));
    }
}

TEST_CASE("the quorum is computed from the stored attendance, arrivals and departures", "[meetings]")
{
    Assembly club;
    QList<AttendanceRow> rows;
    for (int number = 1; number <= 8; ++number) {
        AttendanceRow row;
        row.membershipId = club.member(number);
        row.weight = number == 1 ? 2 : 1; // a category with two votes
        if (number == 8) {
            row.entitled = false;
            row.reason = u"cotisation 2026 non à jour au 12/06/2026"_s;
        }
        rows.append(row);
    }
    REQUIRE(club.store.prepareAttendance(club.meetingId, rows));
    auto sheet = club.store.attendance(club.meetingId);
    REQUIRE(sheet);
    REQUIRE(sheet->size() == 8);
    CHECK(sheet->at(0).name == u"Anne ARNAUD"_s);
    CHECK(sheet->at(0).weight == 2);
    CHECK_FALSE(sheet->at(7).entitled);
    CHECK(sheet->at(7).weight == 0);
    CHECK(sheet->at(7).reason == u"cotisation 2026 non à jour au 12/06/2026"_s);

    // Eligible weight 2 + 6 = 8: a quarter is 2.
    auto empty = club.store.quorum(club.meetingId, at(18, 30));
    REQUIRE(empty);
    CHECK(empty->eligibleWeight == 8);
    CHECK(empty->requiredWeight == 2);
    CHECK_FALSE(empty->met);

    club.checkIn(2, Presence::Present, 0, at(18, 40));
    club.checkIn(3, Presence::Represented, 2, at(18, 41));
    auto opening = club.store.quorum(club.meetingId, at(18, 45));
    REQUIRE(opening);
    CHECK(opening->presentWeight == 1);
    CHECK(opening->representedWeight == 1);
    CHECK(opening->met);
    CHECK(opening->text() == u"Quorum atteint\u00a0: 2 voix présentes ou représentées sur 8 (2 requises, 1/4 des voix)."_s);
    auto beforeArrival = club.store.quorum(club.meetingId, at(18, 35));
    REQUIRE(beforeArrival);
    CHECK_FALSE(beforeArrival->met);

    REQUIRE(club.store.recordDeparture(club.meetingId, club.member(2), at(19, 30)));
    auto afterDeparture = club.store.quorum(club.meetingId, at(19, 45));
    REQUIRE(afterDeparture);
    CHECK(afterDeparture->countedWeight() == 0);
    CHECK_FALSE(afterDeparture->met);
    auto early = club.store.recordDeparture(club.meetingId, club.member(2), at(18, 0));
    REQUIRE_FALSE(early);
    CHECK(early.error().message.contains(u"avant son arrivée à 18:40"_s));

    // A second convocation needs no quorum by default.
    auto meeting = club.store.meeting(club.meetingId);
    REQUIRE(meeting);
    meeting->convocation = Convocation::Second;
    REQUIRE(club.store.saveMeeting(*meeting));
    auto second = club.store.quorum(club.meetingId, at(19, 45));
    REQUIRE(second);
    CHECK_FALSE(second->fraction);
    CHECK(second->met);
}

TEST_CASE("a recorded vote stores the totals and the outcome of the statuts' majority", "[meetings]")
{
    Assembly club;
    AgendaItem election = item(AgendaItemKind::Election, u"Élection du conseil d'administration"_s);
    election.secretBallot = true;
    const QList<AgendaItem> agenda = club.agenda({item(AgendaItemKind::Resolution, u"Approbation des comptes 2025"_s),
        item(AgendaItemKind::Resolution, u"Modification de l'article 7"_s, ResolutionKind::StatutesChange), election,
        item(AgendaItemKind::Resolution, u"Cotisations 2027"_s)});
    club.prepareSheet();
    for (const int number : {1, 2, 3, 4})
        club.checkIn(number, Presence::Present, 0, at(18, 30));
    club.checkIn(5, Presence::Represented, 1, at(18, 31));
    club.checkIn(6, Presence::Represented, 2, at(18, 32));

    // Simple majority of the votes cast.
    auto accounts = club.store.recordVote(agenda[0].id, VoteCount {4, 1, 1, 0, 0}, std::nullopt, at(19, 0));
    REQUIRE(accounts);
    CHECK(accounts->adopted);
    CHECK(accounts->explanation == u"Adoptée\u00a0: 4 voix pour sur 5 suffrages exprimés (majorité requise\u00a0: 3)."_s);
    auto stored = club.store.vote(agenda[0].id);
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    CHECK((*stored)->count == VoteCount {4, 1, 1, 0, 0});
    CHECK((*stored)->rule == ResolutionRule {Threshold::Simple, MajorityBasis::VotesCast});
    CHECK((*stored)->body.presentWeight == 4);
    CHECK((*stored)->body.representedWeight == 2);
    CHECK((*stored)->body.allMembersWeight == 8);
    CHECK((*stored)->adopted);
    CHECK((*stored)->explanation == accounts->explanation);

    // Two thirds of those present and represented (6): 4 needed; abstentions weigh against.
    auto statutes = club.store.recordVote(agenda[1].id, VoteCount {3, 1, 2, 0, 0}, std::nullopt, at(19, 10));
    REQUIRE(statutes);
    CHECK_FALSE(statutes->adopted);
    CHECK(statutes->rule == ResolutionRule {Threshold::TwoThirds, MajorityBasis::PresentAndRepresented});
    // Recorded again without a reason: refused, nothing changes (never an overwrite).
    const QString beforeRecount = test::dumpContent(*club.db);
    auto silent = club.store.recordVote(agenda[1].id, VoteCount {4, 1, 1, 0, 0}, std::nullopt, at(19, 12));
    REQUIRE_FALSE(silent);
    CHECK(silent.error().code == ErrorCode::Conflict);
    CHECK(silent.error().message.contains(u"corrigez-le en indiquant pourquoi"_s));
    CHECK(test::dumpContent(*club.db) == beforeRecount);
    // A correction with its reason: the new count decides, the first result is kept.
    auto recount
        = club.store.recordVote(agenda[1].id, VoteCount {4, 1, 1, 0, 0}, std::nullopt, at(19, 12), u"une voix pour notée contre"_s);
    REQUIRE(recount);
    CHECK(recount->adopted);
    auto corrections = club.store.voteCorrections(club.meetingId);
    REQUIRE(corrections);
    REQUIRE(corrections->size() == 1);
    CHECK(corrections->at(0).agendaItemId == agenda[1].id);
    CHECK(corrections->at(0).count == VoteCount {3, 1, 2, 0, 0});
    CHECK_FALSE(corrections->at(0).adopted);
    CHECK(corrections->at(0).reason == u"une voix pour notée contre"_s);
    CHECK(corrections->at(0).recordedAt == statutes->recordedAt);
    CHECK(recount->recordedAt == at(19, 12).toUTC()); // the vote's moment
    CHECK(corrections->at(0).correctedAt == club.db->now().toUTC()); // the correction's

    // A tie: the chair's casting vote decides a public vote, never a secret one.
    auto tie = club.store.recordVote(agenda[3].id, VoteCount {3, 3, 0, 0, 0}, true, at(19, 20));
    REQUIRE(tie);
    CHECK(tie->adopted);
    CHECK(tie->chairCastingVoteFor == true);
    CHECK(tie->explanation.startsWith(u"Adoptée par la voix prépondérante du président"_s));
    auto secretTie = club.store.recordVote(agenda[2].id, VoteCount {3, 3, 0, 0, 0}, true, at(19, 25));
    REQUIRE(secretTie);
    CHECK_FALSE(secretTie->adopted);
    CHECK_FALSE(secretTie->chairCastingVoteFor);
    CHECK(secretTie->explanation.contains(u"scrutin secret"_s));

    // More votes than the weight in the room.
    const QString before = test::dumpContent(*club.db);
    auto tooMany = club.store.recordVote(agenda[0].id, VoteCount {7, 0, 0, 0, 0}, std::nullopt, at(19, 30), u"recompte"_s);
    REQUIRE_FALSE(tooMany);
    CHECK(tooMany.error().message.startsWith(u"« Approbation des comptes 2025 »"_s));
    CHECK(tooMany.error().message.contains(u"dépasse les 6 voix"_s));
    CHECK(test::dumpContent(*club.db) == before);

    // Once everyone has left, the quorum is lost and nothing more is decided.
    for (const int number : {1, 2, 3, 4})
        REQUIRE(club.store.recordDeparture(club.meetingId, club.member(number), at(20, 0)));
    auto late = club.store.recordVote(agenda[0].id, VoteCount {1, 0, 0, 0, 0}, std::nullopt, at(20, 5), u"recompte"_s);
    REQUIRE_FALSE(late);
    CHECK(late.error().message.contains(u"Quorum non atteint"_s));
}

TEST_CASE("minutes: draft, lock, refused changes, a linked correction and the register", "[meetings]")
{
    Assembly club;
    const QList<AgendaItem> agenda = club.agenda({item(AgendaItemKind::Resolution, u"Approbation des comptes 2025"_s)});
    club.prepareSheet();
    club.checkIn(1, Presence::Present, 0, at(18, 30));
    club.checkIn(2, Presence::Present, 0, at(18, 30));
    REQUIRE(club.store.recordVote(agenda[0].id, VoteCount {2, 0, 0, 0, 0}, std::nullopt, at(19, 0)));

    auto draft = club.store.saveDraft(club.meetingId, u"Procès-verbal, premier jet"_s);
    REQUIRE(draft);
    CHECK(draft->version == 1);
    CHECK(draft->status == MinutesStatus::Draft);
    auto edited = club.store.saveDraft(club.meetingId, u"Procès-verbal de l'AG ordinaire du 12/06/2026"_s);
    REQUIRE(edited);
    CHECK(edited->id == draft->id);
    auto emptyRegister = club.store.minutesRegister();
    REQUIRE(emptyRegister);
    CHECK(emptyRegister->isEmpty()); // a draft is not in the register

    // Before the meeting's day, minutes are not approved.
    const QString beforeLock = test::dumpContent(*club.db);
    auto early = club.store.lock(draft->id, club.persons.at(0), club.persons.at(1), QString());
    REQUIRE_FALSE(early);
    CHECK(early.error().message.contains(u"ne peut pas être approuvé avant la réunion, qui a lieu le 12/06/2026"_s));
    *club.clock = QDateTime(QDate(2026, 6, 13), QTime(9, 0), QTimeZone::utc());

    // Blanks left to fill in are named, and nothing is locked.
    REQUIRE(club.store.saveDraft(
        club.meetingId, u"Procès-verbal\n\nRéunie sur convocation du … adressée le 20 mai.\n\nLa séance est levée à …\u00a0h\u00a0…."_s));
    auto blanks = club.store.lock(draft->id, club.persons.at(0), club.persons.at(1), QString());
    REQUIRE_FALSE(blanks);
    CHECK(blanks.error().message.contains(u"à compléter avant de le verrouiller"_s));
    CHECK(blanks.error().message.contains(u"« sur convocation du … »"_s));
    CHECK(blanks.error().message.contains(u"« est levée à …\u00a0h\u00a0… »"_s));
    REQUIRE(club.store.saveDraft(club.meetingId, edited->body));
    CHECK(test::dumpContent(*club.db).size() == beforeLock.size());

    auto withoutSecretary = club.store.lock(draft->id, club.persons.at(0), 0, QString());
    REQUIRE_FALSE(withoutSecretary);
    CHECK(withoutSecretary.error().code == ErrorCode::InvalidInput);

    auto locked = club.store.lock(draft->id, club.persons.at(0), club.persons.at(1), QString());
    REQUIRE(locked);
    CHECK(locked->isLocked());
    CHECK(locked->lockedAt == QDateTime(QDate(2026, 6, 13), QTime(9, 0), QTimeZone::utc()));
    CHECK(locked->signatories == u"Anne ARNAUD, président de séance\u00a0; Anne BERNARD, secrétaire de séance"_s);
    CHECK(locked->bodySha256 == QString::fromLatin1(QCryptographicHash::hash(edited->body.toUtf8(), QCryptographicHash::Sha256).toHex()));
    auto held = club.store.meeting(club.meetingId);
    REQUIRE(held);
    CHECK(held->status == MeetingStatus::Held);

    SECTION("the database itself refuses any change to a locked version")
    {
        const QString before = test::dumpContent(*club.db);
        for (const QString &statement : {u"UPDATE minutes SET body = 'autre texte' WHERE id = %1"_s,
                 u"UPDATE minutes SET status = 'draft' WHERE id = %1"_s, u"DELETE FROM minutes WHERE id = %1"_s}) {
            auto ran = Sql(*club.db, statement.arg(locked->id)).exec(u"hand edit"_s);
            INFO(statement.toStdString());
            REQUIRE_FALSE(ran);
            CHECK(ran.error().message.contains(u"a locked minute is never changed: write a new version"_s));
        }
        auto vote = Sql(*club.db, u"UPDATE vote SET in_favour = 1 WHERE agenda_item_id = %1"_s.arg(agenda[0].id)).exec(u"hand edit"_s);
        REQUIRE_FALSE(vote);
        CHECK(vote.error().message.contains(u"its votes are never changed"_s));
        auto meeting = Sql(*club.db, u"DELETE FROM meeting WHERE id = %1"_s.arg(club.meetingId)).exec(u"hand edit"_s);
        REQUIRE_FALSE(meeting);
        // A version 2 that does not follow a locked version 1 is refused.
        auto loose = Sql(*club.db,
            u"INSERT INTO minutes (meeting_id, version, previous_minutes_id, body, created_at, updated_at) VALUES (%1, 3, %2, 'x', "
            "'t', 't')"_s.arg(club.meetingId)
                .arg(locked->id))
                         .exec(u"hand edit"_s);
        REQUIRE_FALSE(loose);
        CHECK(loose.error().message.contains(u"follows the locked version before it"_s));
        CHECK(test::dumpContent(*club.db) == before);
    }
    SECTION("the store refuses too, and names the way out")
    {
        const QString before = test::dumpContent(*club.db);
        auto redraft = club.store.saveDraft(club.meetingId, u"Réécriture"_s);
        REQUIRE_FALSE(redraft);
        CHECK(redraft.error().code == ErrorCode::Conflict);
        CHECK(redraft.error().message.contains(u"rédigez une correction"_s));
        auto relock = club.store.lock(locked->id, club.persons.at(0), club.persons.at(1), QString());
        REQUIRE_FALSE(relock);
        auto revote = club.store.recordVote(agenda[0].id, VoteCount {1, 1, 0, 0, 0}, std::nullopt, at(19, 5));
        REQUIRE_FALSE(revote);
        CHECK(revote.error().message.contains(u"verrouillé"_s));
        auto removed = club.store.removeMeeting(club.meetingId);
        REQUIRE_FALSE(removed);
        CHECK(removed.error().message.contains(u"verrouillé"_s));
        auto moved = *held;
        moved.place = u"Nancy"_s;
        REQUIRE_FALSE(club.store.saveMeeting(moved));
        CHECK(test::dumpContent(*club.db) == before);
    }
    SECTION("a correction is version 2, linked to version 1; one open draft at a time")
    {
        auto correction = club.store.correct(locked->id, u"Procès-verbal corrigé : 2 voix pour"_s);
        REQUIRE(correction);
        CHECK(correction->version == 2);
        CHECK(correction->previousId == locked->id);
        CHECK(correction->status == MinutesStatus::Draft);

        const QString before = test::dumpContent(*club.db);
        auto second = club.store.correct(locked->id, u"Une autre correction"_s);
        REQUIRE_FALSE(second);
        CHECK(second.error().message.contains(u"la version 2 est un brouillon ouvert"_s));
        auto byHand = Sql(*club.db,
            u"INSERT INTO minutes (meeting_id, version, body, created_at, updated_at) VALUES (%1, 1, 'x', 't', 't')"_s.arg(club.meetingId))
                          .exec(u"hand edit"_s);
        REQUIRE_FALSE(byHand);
        CHECK(test::dumpContent(*club.db) == before);

        // The draft of version 2 is edited, then locked in turn.
        auto updated = club.store.saveDraft(club.meetingId, u"Procès-verbal corrigé : deux voix pour"_s);
        REQUIRE(updated);
        CHECK(updated->id == correction->id);
        auto register1 = club.store.minutesRegister();
        REQUIRE(register1);
        REQUIRE(register1->size() == 1);
        CHECK(register1->at(0).minutes.id == locked->id);
        CHECK(register1->at(0).title == u"AG ordinaire 2026"_s);
        CHECK(register1->at(0).startsAt == at(18, 30));

        REQUIRE(club.store.lock(correction->id, club.persons.at(0), club.persons.at(1), u"Anne ARNAUD, présidente"_s));
        auto register2 = club.store.minutesRegister();
        REQUIRE(register2);
        REQUIRE(register2->size() == 2);
        CHECK(register2->at(1).minutes.version == 2);
        CHECK(register2->at(1).minutes.signatories == u"Anne ARNAUD, présidente"_s);
        auto versions = club.store.minutes(club.meetingId);
        REQUIRE(versions);
        CHECK(versions->size() == 2);
    }
}

TEST_CASE("the register lists the locked minutes of every meeting by date", "[meetings]")
{
    Assembly club;
    Meeting board;
    board.kind = MeetingKind::Board;
    board.startsAt = QDateTime(QDate(2026, 2, 10), QTime(12, 0));
    auto boardId = club.store.saveMeeting(board);
    REQUIRE(boardId);
    auto boardMinutes = club.store.saveDraft(*boardId, u"Relevé de décisions du CA"_s);
    REQUIRE(boardMinutes);
    REQUIRE(club.store.lock(boardMinutes->id, club.persons.at(0), club.persons.at(1), QString()));
    auto assemblyMinutes = club.store.saveDraft(club.meetingId, u"PV de l'AG"_s);
    REQUIRE(assemblyMinutes);
    *club.clock = QDateTime(QDate(2026, 6, 13), QTime(9, 0), QTimeZone::utc()); // the day after the assembly
    REQUIRE(club.store.lock(assemblyMinutes->id, club.persons.at(0), club.persons.at(1), QString()));
    Meeting later;
    later.kind = MeetingKind::Bureau;
    later.startsAt = QDateTime(QDate(2026, 9, 1), QTime(12, 0));
    auto laterId = club.store.saveMeeting(later);
    REQUIRE(laterId);
    REQUIRE(club.store.saveDraft(*laterId, u"Brouillon"_s));

    auto entries = club.store.minutesRegister();
    REQUIRE(entries);
    REQUIRE(entries->size() == 2);
    CHECK(entries->at(0).kind == MeetingKind::Board);
    CHECK(entries->at(0).title == u"Conseil d'administration du 10/02/2026"_s);
    CHECK(entries->at(1).minutes.meetingId == club.meetingId);
}

TEST_CASE("a multi-row write that fails leaves the database unchanged", "[meetings]")
{
    Assembly club;
    club.prepareSheet();
    club.checkIn(1, Presence::Present, 0, at(18, 30));
    const QList<AgendaItem> agenda = club.agenda({item(AgendaItemKind::Information, u"Rapport moral"_s)});
    const QString before = test::dumpContent(*club.db);

    SECTION("a sheet with a member twice")
    {
        QList<AttendanceRow> rows;
        for (const int number : {1, 2, 3, 1}) {
            AttendanceRow row;
            row.membershipId = club.member(number);
            rows.append(row);
        }
        auto refused = club.store.prepareAttendance(club.meetingId, rows);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message == u"Anne ARNAUD figure deux fois sur la feuille de présence."_s);
    }
    SECTION("a sheet whose proxies go beyond the cap")
    {
        QList<AttendanceRow> rows;
        for (int number = 1; number <= 5; ++number) {
            AttendanceRow row;
            row.membershipId = club.member(number);
            row.presence = number == 1 ? Presence::Present : Presence::Represented;
            row.proxyHolderId = number == 1 ? 0 : club.member(1);
            rows.append(row);
        }
        auto refused = club.store.prepareAttendance(club.meetingId, rows);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(u"plafond"_s));
    }
    SECTION("an agenda with an untitled item after valid ones")
    {
        auto refused = club.store.setAgenda(
            club.meetingId, {item(AgendaItemKind::Resolution, u"Approbation des comptes"_s), item(AgendaItemKind::Information, u"  "_s)});
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message == u"Point 2 de l'ordre du jour : indiquez un intitulé."_s);
    }
    SECTION("an invitation list with an unknown member at the end")
    {
        auto refused = club.store.invite(club.meetingId, {{club.member(2), 0}, {club.member(3), 0}, {424242, 0}});
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message == u"L'adhésion n°424242 n'existe pas."_s);
    }
    CHECK(test::dumpContent(*club.db) == before);
    auto agendaAfter = club.store.agenda(club.meetingId);
    REQUIRE(agendaAfter);
    CHECK(*agendaAfter == agenda);
}

TEST_CASE("views hear of meeting writes after the commit", "[meetings]")
{
    Assembly club;
    int heard = 0;
    int membersHeard = 0;
    QObject::connect(&club.db->notifier(), &ChangeNotifier::meetingsChanged, [&heard] { ++heard; });
    QObject::connect(&club.db->notifier(), &ChangeNotifier::membersChanged, [&membersHeard] { ++membersHeard; });
    REQUIRE(club.store.saveDraft(club.meetingId, u"PV"_s));
    CHECK(membersHeard == 0); // the member list and the dues are not reloaded for a meeting
    CHECK(heard == 1);
    REQUIRE_FALSE(club.store.removeMeeting(424242));
    CHECK(heard == 1);
}

TEST_CASE("a member on an attendance sheet, or a person who signed minutes, is never deleted", "[meetings]")
{
    Assembly club;
    club.prepareSheet();
    club.checkIn(1, Presence::Present, 0, at(18, 30));
    club.checkIn(2, Presence::Present, 0, at(18, 30));

    const QString before = test::dumpContent(*club.db);
    auto removed = club.file.removePerson(club.persons.at(7));
    REQUIRE_FALSE(removed);
    CHECK(removed.error().code == ErrorCode::Conflict);
    INFO(removed.error().message.toStdString());
    CHECK(removed.error().message.contains(u"feuille(s) de présence"_s));
    CHECK(removed.error().message.contains(u"Démissionnaire"_s));
    CHECK(test::dumpContent(*club.db) == before);

    auto draft = club.store.saveDraft(club.meetingId, u"Procès-verbal"_s);
    REQUIRE(draft);
    *club.clock = QDateTime(QDate(2026, 6, 13), QTime(9, 0), QTimeZone::utc());
    REQUIRE(club.store.lock(draft->id, club.persons.at(0), club.persons.at(1), QString()));
    auto signer = club.file.removePerson(club.persons.at(1));
    REQUIRE_FALSE(signer);
    CHECK(signer.error().message.contains(u"a signé 1 procès-verbal"_s));

    // The sheet is the locked minutes' annex: it no longer changes.
    auto late = club.store.checkIn(club.meetingId, club.member(3), Presence::Present, 0, at(19, 0));
    REQUIRE_FALSE(late);
    CHECK(late.error().message.contains(u"feuille de présence ne change plus"_s));
    CHECK_FALSE(club.store.recordDeparture(club.meetingId, club.member(1), at(20, 0)));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// What surrounds a meeting: invitees chosen by filters, attendance at meetings without a sheet,
// the opening of a session, the board an election installs and the declaration that follows.
#include "assembly/boardelection.h"
#include "assembly/declarations.h"
#include "assembly/inviteeselection.h"
#include "assembly/meetingstore.h"
#include "builders.h"
#include "catch.h"
#include "db/migrator.h"
#include "db/sql.h"
#include "members/memberfile.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::assembly;

namespace {

// Three companies (two of 1–49 staff from Connect, one of 200–499 from Viatis), two individuals
// (one resigned), a board of three seated since 2024 (président, trésorier, one administrateur)
// and an ordinary assembly on 12 June 2026. The clock stands on 1 June 2026.
struct Club {
    std::unique_ptr<Database> db = test::memoryDatabase();
    MemberFile file {*db};
    MeetingStore store {*db};
    qint64 alpha = 0, beta = 0, gamma = 0; // memberships
    qint64 claire = 0, denis = 0; // individual memberships; Denis has resigned
    qint64 president = 0, treasurer = 0, director = 0; // persons
    qint64 meetingId = 0;

    Club()
    {
        db->setClock([] { return QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc()); });
        alpha = company(u"Alpha Contact"_s, u"ENT_S"_s, u"CONNECT"_s);
        beta = company(u"Beta Relation"_s, u"ENT_S"_s, u"CONNECT"_s);
        gamma = company(u"Gamma Centre"_s, u"ENT_L"_s, u"VIATIS"_s);
        claire = individual(u"Claire"_s, u"LEROY"_s, MembershipStatus::Active, {}).second;
        denis = individual(u"Denis"_s, u"MOREL"_s, MembershipStatus::Resigned, {}).second;
        president = individual(u"Hélène"_s, u"MÜLLER"_s, MembershipStatus::Active, BoardPosition::President).first;
        treasurer = individual(u"Paul"_s, u"KLEIN"_s, MembershipStatus::Active, BoardPosition::Treasurer).first;
        director = individual(u"Sophie"_s, u"BAUER"_s, MembershipStatus::Active, BoardPosition::Director).first;
        Meeting meeting;
        meeting.title = u"AG ordinaire 2026"_s;
        meeting.startsAt = QDateTime(QDate(2026, 6, 12), QTime(18, 30));
        auto id = store.saveMeeting(meeting);
        if (!id)
            FAIL(id.error().message.toStdString());
        meetingId = *id;
    }

    qint64 company(const QString &name, const QString &category, const QString &club)
    {
        OrganisationRecord record = test::organisation(name);
        record.membership = test::membership(file, category, club);
        return test::save(file, record).membership->id;
    }

    // {person id, membership id}
    std::pair<qint64, qint64> individual(
        const QString &first, const QString &last, MembershipStatus status, std::optional<BoardPosition> seat)
    {
        PersonRecord record = test::person(first, last);
        record.membership = test::membership(file, u"IND"_s, u"VIATIS"_s, status);
        if (seat)
            record.boardRoles.append({0, 0, *seat, QDate(2024, 6, 14), QDate()});
        const PersonRecord saved = test::save(file, record);
        return {saved.person.id, saved.membership->id};
    }

    QList<InviteeId> chosen(InviteeGroup group, const QString &code = {})
    {
        InviteeChoice choice;
        choice.group = group;
        if (group == InviteeGroup::Category)
            choice.id = test::categoryId(file, code);
        else if (group == InviteeGroup::OriginClub)
            choice.id = test::originClubId(file, code);
        auto found = chooseInvitees(*db, choice, QDate(2026, 6, 12));
        if (!found)
            FAIL(found.error().message.toStdString());
        return *found;
    }
};

QList<qint64> membershipsOf(const QList<InviteeId> &ids)
{
    QList<qint64> found;
    for (const InviteeId &id : ids)
        found.append(id.membershipId);
    return found;
}

QList<qint64> personsOf(const QList<InviteeId> &ids)
{
    QList<qint64> found;
    for (const InviteeId &id : ids)
        found.append(id.personId);
    return found;
}

} // namespace

TEST_CASE("migration 5 adds the opening, the declaration and attendance, keeping the meetings", "[meetings]")
{
    QList<Migration> firstFour;
    for (const Migration &migration : Migrator::builtIn())
        if (migration.version <= 4)
            firstFour.append(migration);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"club.adhera"_s);
    {
        auto db = Database::open(path, Database::Access::ReadWrite, firstFour);
        REQUIRE(db);
        REQUIRE((*db)->schemaVersion() == 4);
        REQUIRE(Sql(**db,
            u"INSERT INTO meeting (kind, title, starts_at, convocation, created_at, updated_at) "
            "VALUES ('general_ordinary', 'AG 2025', '2025-06-12T18:30:00', 1, '2025-05-01T00:00:00Z', '2025-05-01T00:00:00Z')"_s)
                    .exec(u"t"_s));
    }
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == Migrator::latestVersion(Migrator::builtIn()));
    auto meetings = MeetingStore(**db).meetings();
    REQUIRE(meetings);
    REQUIRE(meetings->size() == 1);
    CHECK(meetings->first().title == u"AG 2025"_s);
    CHECK_FALSE(meetings->first().openedAt.isValid());
    CHECK_FALSE(meetings->first().declaredOn.isValid());
    CHECK(QDir(dir.path()).entryList({u"club.avant-v5-*"_s}, QDir::Files).size() == 1);
}

TEST_CASE("invitees are chosen by filters: active members, a category, a club, the board, the bureau", "[meetings]")
{
    Club club;
    auto choices = inviteeChoices(*club.db);
    REQUIRE(choices);
    QStringList labels;
    for (const InviteeChoice &choice : *choices)
        labels.append(choice.label);
    CHECK(labels
        == QStringList {u"Tous les membres actifs"_s, u"Le conseil d'administration"_s, u"Le bureau"_s,
            u"Catégorie\u00a0: Entreprise 1 à 49 salariés"_s, u"Catégorie\u00a0: Entreprise 200 à 499 salariés"_s,
            u"Catégorie\u00a0: Membre individuel"_s, u"Membres venus de Connect"_s, u"Membres venus de Viatis"_s});

    // By name; Denis MOREL has resigned.
    const QList<qint64> all = membershipsOf(club.chosen(InviteeGroup::ActiveMembers));
    CHECK(all.size() == 7);
    CHECK(all.first() == club.alpha);
    CHECK_FALSE(all.contains(club.denis));
    CHECK(membershipsOf(club.chosen(InviteeGroup::Category, u"ENT_S"_s)) == QList<qint64> {club.alpha, club.beta});
    CHECK(membershipsOf(club.chosen(InviteeGroup::OriginClub, u"CONNECT"_s)) == QList<qint64> {club.alpha, club.beta});
    CHECK(personsOf(club.chosen(InviteeGroup::Board)) == QList<qint64> {club.director, club.treasurer, club.president});
    CHECK(personsOf(club.chosen(InviteeGroup::Bureau)) == QList<qint64> {club.treasurer, club.president});

    // Only the active members invited get a convocation.
    REQUIRE(club.store.invite(club.meetingId, {{club.gamma, 0}, {club.denis, 0}, {0, club.treasurer}}) == 3);
    auto convocable = convocableInvitees(*club.db, club.meetingId);
    REQUIRE(convocable);
    CHECK(membershipsOf(*convocable) == QList<qint64> {club.gamma});
}

TEST_CASE("an invitee is taken off the list, except a member convened to an assembly", "[meetings]")
{
    Club club;
    REQUIRE(club.store.invite(club.meetingId, {{club.alpha, 0}, {club.beta, 0}, {0, club.director}}) == 3);
    REQUIRE(club.store.recordConvocation(club.meetingId, {{club.alpha, 0}}, QDate(2026, 5, 20), ConvocationChannel::Email));

    const QString before = test::dumpContent(*club.db);
    auto refused = club.store.uninvite(club.meetingId, {{club.beta, 0}, {club.alpha, 0}});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message
        == u"Alpha Contact a été convoqué à « AG ordinaire 2026 » du 12/06/2026\u00a0: la preuve de la convocation est conservée."_s);
    CHECK(test::dumpContent(*club.db) == before); // Beta is still there

    auto removed = club.store.uninvite(club.meetingId, {{club.beta, 0}, {0, club.director}});
    REQUIRE(removed);
    CHECK(*removed == 2);
    auto invitees = club.store.invitees(club.meetingId);
    REQUIRE(invitees);
    REQUIRE(invitees->size() == 1);
    CHECK(invitees->first().who.membershipId == club.alpha);
}

TEST_CASE("attendance at a meeting without a sheet: present, absent, not recorded", "[meetings]")
{
    Club club;
    Meeting board;
    board.kind = MeetingKind::Board;
    board.startsAt = QDateTime(QDate(2026, 9, 15), QTime(12, 0));
    auto id = club.store.saveMeeting(board);
    REQUIRE(id);
    REQUIRE(club.store.invite(*id, club.chosen(InviteeGroup::Board)) == 3);
    REQUIRE(club.store.setAttended(*id, {0, club.president}, true));
    REQUIRE(club.store.setAttended(*id, {0, club.treasurer}, false));
    REQUIRE(club.store.setAttended(*id, {0, club.director}, true));
    REQUIRE(club.store.setAttended(*id, {0, club.director}, std::nullopt));
    auto invitees = club.store.invitees(*id);
    REQUIRE(invitees);
    REQUIRE(invitees->size() == 3);
    CHECK(invitees->at(0).name == u"Hélène MÜLLER"_s);
    CHECK(invitees->at(0).attended == true);
    CHECK(invitees->at(1).name == u"Paul KLEIN"_s);
    CHECK(invitees->at(1).attended == false);
    CHECK(invitees->at(2).name == u"Sophie BAUER"_s);
    CHECK_FALSE(invitees->at(2).attended.has_value());

    // A reply taken back clears its date too.
    REQUIRE(club.store.setReply(*id, {0, club.director}, Reply::Maybe, QDate(2026, 9, 1)));
    REQUIRE(club.store.setReply(*id, {0, club.director}, Reply::None, QDate(2026, 9, 2)));
    auto replies = club.store.invitees(*id);
    REQUIRE(replies);
    CHECK(replies->at(2).reply == Reply::None);
    CHECK_FALSE(replies->at(2).repliedOn.isValid());

    auto stranger = club.store.setAttended(*id, {club.alpha, 0}, true);
    REQUIRE_FALSE(stranger);
    CHECK(stranger.error().code == ErrorCode::NotFound);
}

TEST_CASE("the opening of the session is recorded on the day, and not once the minutes are locked", "[meetings]")
{
    Club club;
    REQUIRE(club.store.recordOpening(club.meetingId, QDateTime(QDate(2026, 6, 12), QTime(18, 42))));
    auto stored = club.store.meeting(club.meetingId);
    REQUIRE(stored);
    CHECK(stored->openedAt == QDateTime(QDate(2026, 6, 12), QTime(18, 42)));

    auto otherDay = club.store.recordOpening(club.meetingId, QDateTime(QDate(2026, 6, 13), QTime(9, 0)));
    REQUIRE_FALSE(otherDay);
    CHECK(otherDay.error().message == u"La séance de « AG ordinaire 2026 » du 12/06/2026 s'ouvre le jour de la réunion."_s);

    auto draft = club.store.saveDraft(club.meetingId, u"Procès-verbal\n\nTexte."_s);
    REQUIRE(draft);
    club.db->setClock([] { return QDateTime(QDate(2026, 6, 13), QTime(9, 0), QTimeZone::utc()); }); // approved the day after
    REQUIRE(club.store.lock(draft->id, club.president, club.treasurer, {}));
    auto locked = club.store.recordOpening(club.meetingId, QDateTime(QDate(2026, 6, 12), QTime(18, 45)));
    REQUIRE_FALSE(locked);
    CHECK(locked.error().code == ErrorCode::Conflict);
}

TEST_CASE("an election installs the board: kept seats keep their term, others end the day before", "[meetings]")
{
    Club club;
    const QDate election(2026, 6, 12);
    auto seated = boardSeatedOn(*club.db, election);
    REQUIRE(seated);
    REQUIRE(seated->size() == 3);
    CHECK(seated->at(0).name == u"Hélène MÜLLER"_s); // the président first
    CHECK(seated->at(1).position == BoardPosition::Treasurer);
    CHECK(seated->at(2).position == BoardPosition::Director);

    // Hélène stays président, Paul leaves, Sophie becomes trésorière, Claire's person joins.
    auto claire = Sql(*club.db, u"SELECT person_id FROM membership WHERE id = :id"_s).bind(u":id"_s, club.claire).scalar(u"t"_s);
    REQUIRE(claire);
    BoardSeat president {club.president, BoardPosition::President, {}};
    BoardSeat treasurer {club.director, BoardPosition::Treasurer, {}};
    BoardSeat director {claire->toLongLong(), BoardPosition::Director, {}};
    auto change = installBoard(*club.db, {president, treasurer, director}, election);
    REQUIRE(change);
    CHECK(change->kept == 1);
    CHECK(change->ended == 2);
    CHECK(change->started == 2);

    auto after = boardSeatedOn(*club.db, election);
    REQUIRE(after);
    QStringList seats;
    for (const BoardSeat &seat : *after)
        seats.append(seat.name + u" / "_s + toCode(seat.position));
    CHECK(seats == QStringList {u"Hélène MÜLLER / president"_s, u"Sophie BAUER / treasurer"_s, u"Claire LEROY / director"_s});
    auto before = boardSeatedOn(*club.db, election.addDays(-1));
    REQUIRE(before);
    CHECK(before->size() == 3); // the old board, as it was until the day before
    auto paul = Sql(*club.db, u"SELECT end_date FROM board_role WHERE person_id = :id"_s).bind(u":id"_s, club.treasurer).scalar(u"t"_s);
    REQUIRE(paul);
    CHECK(paul->toString() == u"2026-06-11"_s);
    auto memberPaul = club.file.loadPerson(club.treasurer);
    REQUIRE(memberPaul);
    REQUIRE(memberPaul->boardRoles.size() == 1);
    CHECK(memberPaul->boardRoles.first().endDate == QDate(2026, 6, 11));

    // Two présidents, or one person on two seats: refused, nothing changed.
    const QString unchanged = test::dumpContent(*club.db);
    BoardSeat second {club.treasurer, BoardPosition::President, {}};
    auto twoPresidents = installBoard(*club.db, {president, second}, election);
    REQUIRE_FALSE(twoPresidents);
    CHECK(twoPresidents.error().message
        == u"Un seul siège « Président(e) » au conseil\u00a0: Hélène MÜLLER et Paul KLEIN ne peuvent l'occuper tous deux."_s);
    BoardSeat twice {club.president, BoardPosition::Director, {}};
    auto twoSeats = installBoard(*club.db, {president, twice}, election);
    REQUIRE_FALSE(twoSeats);
    CHECK(twoSeats.error().message == u"Hélène MÜLLER ne peut occuper qu'un siège au conseil."_s);
    CHECK(test::dumpContent(*club.db) == unchanged);

    // A write that fails half-way (here the last insert) leaves every seat as it was.
    REQUIRE(Sql(*club.db,
        u"CREATE TEMP TRIGGER refuse_paul BEFORE INSERT ON board_role WHEN NEW.person_id = "_s + QString::number(club.treasurer)
            + u" BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"_s)
                .exec(u"t"_s));
    BoardSeat back {club.treasurer, BoardPosition::Director, {}};
    auto halfWay = installBoard(*club.db, {president, back}, QDate(2026, 6, 20));
    REQUIRE_FALSE(halfWay);
    CHECK(test::dumpContent(*club.db) == unchanged);
    REQUIRE(Sql(*club.db, u"DROP TRIGGER refuse_paul"_s).exec(u"t"_s));

    // An older election cannot be installed over the board that followed it.
    auto older = installBoard(*club.db, {president}, QDate(2025, 6, 12));
    REQUIRE_FALSE(older);
    CHECK(older.error().code == ErrorCode::Conflict);
    CHECK(older.error().message.contains(u"commençant le 12/06/2026"_s));
    CHECK(test::dumpContent(*club.db) == unchanged);

    // What the dialog shows before saving.
    const BoardChange preview = boardChange(*after, {president, director});
    CHECK(preview.kept == 2);
    CHECK(preview.ended == 1);
    CHECK(preview.started == 0);
}

TEST_CASE("an adopted election or statutes change is due for declaration within three months", "[meetings]")
{
    Club club;
    AgendaItem accounts;
    accounts.kind = AgendaItemKind::Resolution;
    accounts.title = u"Approbation des comptes"_s;
    AgendaItem election;
    election.kind = AgendaItemKind::Election;
    election.title = u"Élection du conseil d'administration"_s;
    auto agenda = club.store.setAgenda(club.meetingId, {accounts, election});
    REQUIRE(agenda);

    auto none = declarationsDue(*club.db);
    REQUIRE(none);
    CHECK(none->isEmpty()); // nothing adopted yet

    QList<AttendanceRow> rows;
    for (const qint64 id : {club.alpha, club.beta, club.gamma, club.claire}) {
        AttendanceRow row;
        row.membershipId = id;
        rows.append(row);
    }
    REQUIRE(club.store.prepareAttendance(club.meetingId, rows));
    const QDateTime evening(QDate(2026, 6, 12), QTime(18, 35));
    for (const qint64 id : {club.alpha, club.beta, club.gamma})
        REQUIRE(club.store.checkIn(club.meetingId, id, Presence::Present, 0, evening));
    VoteCount count;
    count.inFavour = 3;
    REQUIRE(club.store.recordVote(agenda->at(0).id, count, std::nullopt, evening.addSecs(600)));
    REQUIRE(club.store.recordVote(agenda->at(1).id, count, std::nullopt, evening.addSecs(900)));

    auto due = declarationsDue(*club.db);
    REQUIRE(due);
    REQUIRE(due->size() == 1);
    // A rejected election changes nothing; a cancelled meeting declares nothing.
    {
        REQUIRE(club.store.recordVote(agenda->at(1).id, VoteCount {0, 3, 0, 0, 0}, std::nullopt, evening.addSecs(1200), u"recompte"_s));
        auto rejected = declarationsDue(*club.db);
        REQUIRE(rejected);
        CHECK(rejected->isEmpty());
        REQUIRE(club.store.recordVote(agenda->at(1).id, count, std::nullopt, evening.addSecs(1500), u"recompte"_s));
        auto stored = club.store.meeting(club.meetingId);
        REQUIRE(stored);
        Meeting cancelled = *stored;
        cancelled.status = MeetingStatus::Cancelled;
        REQUIRE(club.store.saveMeeting(cancelled));
        auto none2 = declarationsDue(*club.db);
        REQUIRE(none2);
        CHECK(none2->isEmpty());
        cancelled.status = MeetingStatus::Held;
        REQUIRE(club.store.saveMeeting(cancelled));
        due = declarationsDue(*club.db);
        REQUIRE(due);
        REQUIRE(due->size() == 1);
    }
    CHECK(due->first().dueOn == QDate(2026, 9, 12));
    CHECK(due->first().changes == QStringList {u"Élection du conseil d'administration"_s});
    CHECK(declarationReminder(due->first(), LegalRegime::AlsaceMoselle, QDate(2026, 7, 1))
        == u"Déclaration à faire au registre des associations du tribunal judiciaire au plus tard le 12/09/2026\u00a0: AG ordinaire "
           "2026 du 12/06/2026 (Élection du conseil d'administration)."_s);
    // The due date itself is still in time; the day after, it is late.
    CHECK(declarationReminder(due->first(), LegalRegime::Loi1901, QDate(2026, 9, 12)).startsWith(u"Déclaration à faire"_s));
    CHECK(declarationReminder(due->first(), LegalRegime::Loi1901, QDate(2026, 9, 13))
        == u"Déclaration au greffe des associations échue depuis le 12/09/2026\u00a0: AG ordinaire 2026 du 12/06/2026 (Élection du "
           "conseil d'administration)."_s);

    auto early = club.store.recordDeclaration(club.meetingId, QDate(2026, 6, 1));
    REQUIRE_FALSE(early);
    auto ahead = club.store.recordDeclaration(club.meetingId, QDate(2026, 7, 2)); // the clock is on 1 June
    REQUIRE_FALSE(ahead);
    CHECK(ahead.error().message.contains(u"une date à venir"_s));
    club.db->setClock([] { return QDateTime(QDate(2026, 7, 10), QTime(9, 0), QTimeZone::utc()); });
    REQUIRE(club.store.recordDeclaration(club.meetingId, QDate(2026, 7, 2)));
    auto declared = declarationsDue(*club.db);
    REQUIRE(declared);
    CHECK(declared->isEmpty());
    auto stored = club.store.meeting(club.meetingId);
    REQUIRE(stored);
    CHECK(stored->declaredOn == QDate(2026, 7, 2));
}

TEST_CASE("a conseil that elects a new bureau is due for declaration too", "[meetings]")
{
    Club club;
    Meeting conseil;
    conseil.kind = MeetingKind::Board;
    conseil.title = u"Conseil du 20 juin"_s;
    conseil.startsAt = QDateTime(QDate(2026, 6, 20), QTime(12, 0));
    const qint64 id = *club.store.saveMeeting(conseil);
    auto none = declarationsDue(*club.db);
    REQUIRE(none);
    CHECK(none->isEmpty());

    // Sophie, administratrice, becomes trésorière in Paul's place: the officers changed.
    auto seated = boardSeatedOn(*club.db, conseil.startsAt.date());
    REQUIRE(seated);
    QList<BoardSeat> bureau;
    for (const BoardSeat &seat : *seated)
        if (seat.personId == club.president)
            bureau.append(seat);
    bureau.append(BoardSeat {club.director, BoardPosition::Treasurer, {}});
    REQUIRE(installBoard(*club.db, bureau, conseil.startsAt.date()));
    auto due = declarationsDue(*club.db);
    REQUIRE(due);
    REQUIRE(due->size() == 1);
    CHECK(due->first().meeting.id == id);
    CHECK(due->first().changes == QStringList {u"Composition du bureau"_s});
    CHECK(due->first().dueOn == QDate(2026, 9, 20));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "assembly/meetingstore.h"
#include "assembly/minutesdraft.h"
#include "builders.h"
#include "catch.h"
#include "db/sql.h"
#include "demo/demodata.h"
#include "importing/importstore.h"
#include "members/identifiers.h"
#include "members/memberdirectory.h"
#include "members/memberfile.h"
#include "members/validation.h"
#include "merge/reviewsession.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace adhera;

namespace {

// The demo file, written once per test with a fixed clock so that two runs compare equal.
std::unique_ptr<Database> demoDatabase(quint32 seed = 2016)
{
    auto db = test::memoryDatabase();
    db->setClock([] { return QDateTime(QDate(2026, 11, 2), QTime(9, 30), QTimeZone::utc()); });
    auto filled = demo::fill(*db, demo::DemoOptions {seed});
    if (!filled)
        FAIL(filled.error().message.toStdString());
    return db;
}

QList<qint64> ids(Database &db, const QString &table)
{
    QList<qint64> result;
    Sql q(db, u"SELECT id FROM %1 ORDER BY id"_s.arg(table));
    REQUIRE(q.exec(u"ids"_s));
    while (q.next())
        result << q.value(0).toLongLong();
    return result;
}

int scalar(Database &db, const QString &statement)
{
    auto value = Sql(db, statement).scalar(statement);
    REQUIRE(value);
    return value->toInt();
}

bool isFictionPhone(const QString &e164)
{
    static const QRegularExpression fiction(u"^\\+33(35301|63998)\\d{4}$"_s);
    return fiction.match(e164).hasMatch();
}

bool isExampleAddress(const QString &email)
{
    return email.endsWith(u"@example.org"_s) || (email.contains(u'@') && email.endsWith(u".example.org"_s));
}

} // namespace

TEST_CASE("the demo file holds the club's organisations, people and origin clubs")
{
    auto db = demoDatabase();
    MemberFile file(*db);
    auto counts = file.counts();
    REQUIRE(counts);
    CHECK(counts->organisations == 80);
    CHECK(counts->people == 300);
    CHECK(counts->memberships > 80);
    CHECK(counts->activeMemberships > counts->memberships * 7 / 10);

    // Both founding clubs and L2C itself, each on the right side of the merger date.
    CHECK(scalar(*db, u"SELECT count(*) FROM membership m JOIN origin_club c ON c.id = m.origin_club_id WHERE c.code = 'CONNECT'"_s) > 5);
    CHECK(scalar(*db, u"SELECT count(*) FROM membership m JOIN origin_club c ON c.id = m.origin_club_id WHERE c.code = 'VIATIS'"_s) > 5);
    CHECK(scalar(*db, u"SELECT count(*) FROM membership m JOIN origin_club c ON c.id = m.origin_club_id WHERE c.code = 'L2C'"_s) > 5);
    CHECK(scalar(*db,
              u"SELECT count(*) FROM membership m JOIN origin_club c ON c.id = m.origin_club_id "
              "WHERE c.code = 'L2C' AND m.joined_on < '2016-03-30'"_s)
        == 0);
    CHECK(scalar(*db,
              u"SELECT count(*) FROM membership m JOIN origin_club c ON c.id = m.origin_club_id "
              "WHERE c.code <> 'L2C' AND m.joined_on >= '2016-03-30'"_s)
        == 0);
    CHECK(scalar(*db, u"SELECT count(*) FROM membership WHERE origin_club_id IS NULL OR joined_on IS NULL"_s) == 0);

    // Individual members, a few honorary ones, and every status.
    CHECK(
        scalar(*db, u"SELECT count(*) FROM membership m JOIN membership_category c ON c.id = m.category_id WHERE c.code = 'IND'"_s) >= 15);
    CHECK(scalar(*db, u"SELECT count(*) FROM membership m JOIN membership_category c ON c.id = m.category_id WHERE c.code = 'HON'"_s) >= 2);
    CHECK(scalar(*db, u"SELECT count(*) FROM membership WHERE status = 'pending'"_s) >= 1);
    CHECK(scalar(*db, u"SELECT count(*) FROM membership WHERE status = 'resigned'"_s) >= 3);
    CHECK(scalar(*db, u"SELECT count(*) FROM membership WHERE status = 'resigned' AND left_on IS NULL"_s) == 0);
    CHECK(scalar(*db, u"SELECT count(*) FROM membership WHERE status = 'excluded'"_s) == 1);
    CHECK(scalar(*db, u"SELECT min(joined_on) >= '2005' AND max(joined_on) < '2027' FROM membership"_s) == 1);

    // Headcount bands agree with the company categories.
    CHECK(scalar(*db,
              u"SELECT count(*) FROM membership m JOIN membership_category c ON c.id = m.category_id "
              "JOIN organisation o ON o.id = m.organisation_id "
              "WHERE (c.code = 'ENT_S' AND o.headcount_band <> '1-49') OR (c.code = 'ENT_M' AND o.headcount_band <> '50-199') "
              "OR (c.code = 'ENT_L' AND o.headcount_band <> '200-499') OR (c.code = 'ENT_XL' AND o.headcount_band <> '500+')"_s)
        == 0);

    // Both départements, in the real towns.
    CHECK(scalar(*db, u"SELECT count(*) FROM organisation WHERE postcode LIKE '57%'"_s) > 20);
    CHECK(scalar(*db, u"SELECT count(*) FROM organisation WHERE postcode LIKE '54%'"_s) > 20);
    CHECK(scalar(*db, u"SELECT count(*) FROM organisation WHERE city = 'Vandœuvre-lès-Nancy' AND postcode = '54500'"_s) >= 1);
}

TEST_CASE("the demo board has one président, one trésorier and one secrétaire")
{
    auto db = demoDatabase();
    auto current = [&](const QString &role) {
        return scalar(*db, u"SELECT count(*) FROM board_role WHERE end_date IS NULL AND role = '%1'"_s.arg(role));
    };
    CHECK(current(u"president"_s) == 1);
    CHECK(current(u"vice_president"_s) == 1);
    CHECK(current(u"treasurer"_s) == 1);
    CHECK(current(u"secretary"_s) == 1);
    CHECK(current(u"director"_s) == 6);
    CHECK(scalar(*db, u"SELECT count(*) FROM board_role WHERE end_date IS NOT NULL"_s) >= 2);
    CHECK(scalar(*db,
              u"SELECT count(*) FROM board_role b JOIN person p ON p.id = b.person_id "
              "WHERE b.role = 'president' AND b.end_date IS NULL AND p.first_name = 'Dominique' AND p.last_name = 'Schaeffer'"_s)
        == 1);
    // Every current board member belongs to an active member: as its representative or in person.
    CHECK(scalar(*db,
              u"SELECT count(*) FROM board_role b WHERE b.end_date IS NULL AND NOT EXISTS ("
              "SELECT 1 FROM membership m WHERE m.status = 'active' "
              "AND (m.person_id = b.person_id OR m.representative_id = b.person_id))"_s)
        == 0);
}

TEST_CASE("every demo record passes validation and uses only fictitious contact details")
{
    auto db = demoDatabase();
    MemberFile file(*db);
    QSet<QString> sirens;
    int withAlternate = 0;
    int members = 0;
    for (const qint64 id : ids(*db, u"organisation"_s)) {
        auto record = file.loadOrganisation(id);
        REQUIRE(record);
        const Organisation &o = record->organisation;
        INFO(o.name.toStdString());
        CHECK(validation::problems(*record).isEmpty());
        if (!o.siren.isEmpty()) {
            CHECK(identifiers::isValidSiren(o.siren));
            CHECK(identifiers::isValidSiret(o.siret));
            CHECK(o.siret.startsWith(o.siren));
            sirens.insert(o.siren);
        }
        CHECK(isFictionPhone(o.phone));
        CHECK(isExampleAddress(o.email));
        CHECK(o.website.startsWith(u"https://www."_s));
        CHECK(o.website.endsWith(u".example.org"_s));
        CHECK(validation::postcodeProblem(o.postcode).isEmpty());
        CHECK(!o.city.isEmpty());
        if (!record->membership)
            continue;
        ++members;
        // The representative and the alternate work there now.
        auto staff = file.currentStaff(id);
        REQUIRE(staff);
        QList<qint64> staffIds;
        for (const PersonSummary &person : *staff)
            staffIds << person.id;
        CHECK(staffIds.contains(record->membership->representativeId));
        if (record->membership->alternateId != 0) {
            ++withAlternate;
            CHECK(staffIds.contains(record->membership->alternateId));
            CHECK(record->membership->alternateId != record->membership->representativeId);
        }
    }
    CHECK(withAlternate > members * 2 / 3);
    // Two sites of one company share their SIREN.
    CHECK(scalar(*db, u"SELECT count(*) FROM (SELECT siren FROM organisation WHERE siren IS NOT NULL GROUP BY siren HAVING count(*) > 1)"_s)
        >= 1);

    int withConsents = 0;
    int withHistory = 0;
    for (const qint64 id : ids(*db, u"person"_s)) {
        auto record = file.loadPerson(id);
        REQUIRE(record);
        const Person &p = record->person;
        INFO(QString(p.firstName + u' ' + p.lastName).toStdString());
        CHECK(validation::problems(*record).isEmpty());
        CHECK((p.civility == u"M."_s || p.civility == u"Mme"_s));
        CHECK(isExampleAddress(p.email));
        if (!p.phone.isEmpty())
            CHECK(isFictionPhone(p.phone));
        if (!p.mobile.isEmpty())
            CHECK(isFictionPhone(p.mobile));
        CHECK(!p.jobTitle.isEmpty());
        CHECK(!record->employments.isEmpty());
        if (!record->consents.isEmpty()) {
            ++withConsents;
            for (const Consent &consent : record->consents)
                CHECK(consent.capturedOn >= QDate(2018, 5, 25));
        }
        if (record->employments.size() > 1 && record->currentEmployment())
            ++withHistory;
    }
    CHECK(withConsents > 200);
    CHECK(withHistory >= 5);
}

TEST_CASE("the demo people include the names that break naive code")
{
    auto db = demoDatabase();
    auto has = [&](const QString &first, const QString &last) {
        return scalar(*db,
            u"SELECT count(*) FROM person WHERE first_name = '%1' AND last_name = '%2'"_s.arg(
                first, QString(last).replace(u"'"_s, u"''"_s)));
    };
    CHECK(has(u"Thierry"_s, u"Müller"_s) == 1);
    CHECK(has(u"Thierry"_s, u"Muller"_s) == 1);
    CHECK(has(u"Christophe"_s, u"Schmitt"_s) == 2);
    CHECK(has(u"Inès"_s, u"N'Diaye"_s) == 1);
    CHECK(has(u"Lætitia"_s, u"Œuvrard"_s) == 1);
    CHECK(has(u"Marie-Hélène"_s, u"Da Silva"_s) == 1);
    CHECK(has(u"Raphaël"_s, u"de La Fontaine"_s) == 1);
    CHECK(scalar(*db, u"SELECT max(length(first_name) + length(last_name)) FROM person"_s) > 60);
    // Civilité is not read from ambiguous first names: both appear in a large enough file.
    CHECK(scalar(*db, u"SELECT count(*) FROM person WHERE first_name IN ('Dominique', 'Claude', 'Camille')"_s) >= 4);
    CHECK(scalar(*db, u"SELECT count(*) FROM person WHERE civility = 'Mme'"_s) > 100);
    CHECK(scalar(*db, u"SELECT count(*) FROM person WHERE civility = 'M.'"_s) > 100);

    MemberDirectory directory(*db);
    MemberFilter filter;
    filter.search = u"helene"_s;
    auto found = directory.count(filter);
    REQUIRE(found);
    CHECK(*found >= 1);
}

TEST_CASE("the demo file holds a past assembly with locked minutes and an upcoming one with its agenda")
{
    using namespace adhera::assembly;
    auto db = demoDatabase();
    MeetingStore store(*db);

    auto register_ = store.minutesRegister();
    REQUIRE(register_);
    REQUIRE(register_->size() == 1);
    const RegisterEntry &filed = register_->first();
    CHECK(filed.kind == MeetingKind::GeneralOrdinary);
    CHECK(filed.startsAt == QDateTime(QDate(2025, 6, 12), QTime(18, 30)));
    CHECK(filed.place == u"Technopôle de Nancy-Brabois, Villers-lès-Nancy"_s);
    CHECK(filed.minutes.isLocked());
    auto held = store.meeting(filed.minutes.meetingId);
    REQUIRE(held);
    CHECK(held->status == MeetingStatus::Held);
    CHECK(filed.minutes.body.startsWith(minutesTitle(*held)));
    CHECK(minutesTitle(*held).endsWith(u"2025"_s));
    // Signed by the president and the secretary serving on that day.
    const auto servedOn = [&](qint64 personId, const QString &role) {
        return scalar(*db,
                   u"SELECT count(*) FROM board_role WHERE person_id = %1 AND role = '%2' AND start_date <= '2025-06-12' "
                   "AND (end_date IS NULL OR end_date > '2025-06-12')"_s.arg(personId)
                       .arg(role))
            == 1;
    };
    CHECK(servedOn(filed.minutes.presidentPersonId, u"president"_s));
    CHECK(servedOn(filed.minutes.secretaryPersonId, u"secretary"_s));

    // Attendance from the voting rights of that day: some present, some represented, every
    // resolution voted.
    const qint64 pastId = filed.minutes.meetingId;
    auto attendance = store.attendance(pastId);
    REQUIRE(attendance);
    CHECK(attendance->size() == scalar(*db, u"SELECT count(*) FROM membership WHERE status = 'active' AND joined_on <= '2025-06-12'"_s));
    const auto count = [&](Presence presence, bool entitled) {
        return std::count_if(attendance->cbegin(), attendance->cend(),
            [&](const AttendanceRow &row) { return row.presence == presence && row.entitled == entitled; });
    };
    const auto entitled = std::count_if(attendance->cbegin(), attendance->cend(), [](const AttendanceRow &row) { return row.entitled; });
    CHECK(entitled > 20);
    CHECK(count(Presence::Present, true) * 100 >= entitled * 30);
    CHECK(count(Presence::Present, true) * 100 <= entitled * 55);
    CHECK(count(Presence::Represented, true) >= 1);
    CHECK(count(Presence::Represented, false) == 0);
    CHECK(count(Presence::Present, false) + count(Presence::Absent, false) == attendance->size() - entitled);
    auto opening = store.quorum(pastId, QDateTime(QDate(2025, 6, 12), QTime(18, 30)));
    REQUIRE(opening);
    CHECK(opening->met);
    auto agenda = store.agenda(pastId);
    REQUIRE(agenda);
    REQUIRE(agenda->size() == 6);
    CHECK(agenda->last().kind == AgendaItemKind::OtherBusiness);
    CHECK(agenda->at(4).kind == AgendaItemKind::Election);
    CHECK(agenda->at(4).secretBallot);
    for (const AgendaItem &item : std::as_const(*agenda)) {
        auto vote = store.vote(item.id);
        REQUIRE(vote);
        CHECK(vote->has_value() == isVotable(item.kind));
        if (vote->has_value())
            CHECK((*vote)->adopted);
    }

    CHECK(held->openedAt == QDateTime(QDate(2025, 6, 12), QTime(18, 35)));
    CHECK(held->declaredOn > QDate(2025, 6, 12)); // the new board declared
    CHECK(held->declaredOn <= QDate(2025, 9, 12));

    // Other meetings: a conseil with the board's replies and attendance, a petit-déjeuner whose
    // invitations went out with the first replies.
    auto all = store.meetings();
    REQUIRE(all);
    REQUIRE(all->size() == 4);
    const auto board = std::find_if(all->cbegin(), all->cend(), [](const Meeting &m) { return m.kind == MeetingKind::Board; });
    REQUIRE(board != all->cend());
    CHECK(board->status == MeetingStatus::Held);
    CHECK(board->chairPersonId != 0);
    auto boardInvitees = store.invitees(board->id);
    REQUIRE(boardInvitees);
    CHECK(boardInvitees->size() >= 5);
    for (const Invitee &invitee : std::as_const(*boardInvitees)) {
        CHECK(invitee.who.personId != 0);
        CHECK(invitee.convenedOn.isValid());
        REQUIRE(invitee.attended.has_value());
        CHECK(*invitee.attended == (invitee.reply == Reply::Yes));
    }
    const auto breakfast = std::find_if(all->cbegin(), all->cend(), [](const Meeting &m) { return m.kind == MeetingKind::Breakfast; });
    REQUIRE(breakfast != all->cend());
    auto guests = store.invitees(breakfast->id);
    REQUIRE(guests);
    const auto replied = std::count_if(guests->cbegin(), guests->cend(), [](const Invitee &i) { return i.reply != Reply::None; });
    CHECK(replied > 0);
    CHECK(replied < guests->size());

    const auto next = *std::find_if(all->cbegin(), all->cend(), [](const Meeting &m) { return m.startsAt.date().year() == 2027; });
    CHECK(next.kind == MeetingKind::GeneralOrdinary);
    CHECK(next.startsAt.date() == QDate(2027, 6, 10));
    CHECK(next.status == MeetingStatus::Planned);
    auto nextAgenda = store.agenda(next.id);
    REQUIRE(nextAgenda);
    CHECK(nextAgenda->size() >= 5);
    CHECK(nextAgenda->last().kind == AgendaItemKind::OtherBusiness);
    auto invitees = store.invitees(next.id);
    REQUIRE(invitees);
    CHECK(invitees->size() == scalar(*db, u"SELECT count(*) FROM membership WHERE status = 'active'"_s));
    auto nextMinutes = store.minutes(next.id);
    REQUIRE(nextMinutes);
    CHECK(nextMinutes->isEmpty());
}

TEST_CASE("the demo data refuses a file that already holds members and leaves it unchanged")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    test::save(file, test::person(u"Sylvie"_s, u"Marchal"_s));
    const QString before = test::dumpContent(*db);
    auto filled = demo::fill(*db);
    REQUIRE(!filled);
    CHECK(filled.error().code == ErrorCode::NotEmpty);
    CHECK(test::dumpContent(*db) == before);

    auto demoDb = demoDatabase();
    const QString demoBefore = test::dumpContent(*demoDb);
    auto again = demo::fill(*demoDb);
    REQUIRE(!again);
    CHECK(again.error().code == ErrorCode::NotEmpty);
    CHECK(test::dumpContent(*demoDb) == demoBefore);
}

TEST_CASE("the same seed gives the same demo file")
{
    auto first = demoDatabase(2016);
    auto second = demoDatabase(2016);
    auto other = demoDatabase(57);
    CHECK(test::dumpContent(*first) == test::dumpContent(*second));
    CHECK(test::dumpContent(*first) != test::dumpContent(*other));
}

TEST_CASE("the demo file can be made smaller or larger than the default")
{
    for (const demo::DemoOptions &options : {demo::DemoOptions {7, 12, 40}, demo::DemoOptions {8, 120, 450}}) {
        auto db = test::memoryDatabase();
        const auto filled = demo::fill(*db, options);
        INFO((filled ? QString() : filled.error().message).toStdString());
        REQUIRE(filled);
        auto counts = MemberFile(*db).counts();
        REQUIRE(counts);
        CHECK(counts->organisations == options.organisations);
        CHECK(counts->people == options.people);
        CHECK(scalar(*db, u"SELECT count(*) FROM board_role WHERE end_date IS NULL AND role = 'president'"_s) == 1);
    }
}

TEST_CASE("the large generator writes the number of members asked for, searchable")
{
    auto db = test::memoryDatabase();
    REQUIRE(demo::fillLarge(*db, 2000));
    MemberDirectory directory(*db);
    auto all = directory.count({});
    REQUIRE(all);
    CHECK(*all == 2000);
    CHECK(scalar(*db, u"SELECT count(*) FROM membership"_s) == 2000);
    CHECK(scalar(*db, u"SELECT count(*) FROM membership WHERE organisation_id IS NOT NULL"_s) > 1400);
    CHECK(scalar(*db, u"SELECT count(*) FROM membership WHERE person_id IS NOT NULL"_s) > 250);
    CHECK(scalar(*db, u"SELECT count(*) FROM member_directory"_s) == 2000);

    MemberFilter filter;
    filter.search = u"relation client"_s;
    auto found = directory.count(filter);
    REQUIRE(found);
    CHECK(*found > 0);

    // The same records as fill() would accept.
    MemberFile file(*db);
    for (const qint64 id : ids(*db, u"organisation"_s).mid(0, 50)) {
        auto record = file.loadOrganisation(id);
        REQUIRE(record);
        CHECK(validation::problems(*record).isEmpty());
    }
    for (const qint64 id : ids(*db, u"person"_s).mid(0, 100)) {
        auto record = file.loadPerson(id);
        REQUIRE(record);
        CHECK(validation::problems(*record).isEmpty());
        CHECK(isExampleAddress(record->person.email));
    }

    // Adding to a file that holds members is allowed.
    REQUIRE(demo::fillLarge(*db, 10, 7));
    CHECK(scalar(*db, u"SELECT count(*) FROM membership"_s) == 2010);
}

TEST_CASE("the demo file carries a pending import of both clubs, ready for the merge wizard")
{
    auto db = demoDatabase();
    auto pending = importing::ImportStore(*db).pendingFiles();
    REQUIRE(pending);
    REQUIRE(pending->size() == 2);
    CHECK(pending->at(0).clubName == u"Connect"_s);
    CHECK(pending->at(1).clubName == u"Viatis"_s);
    CHECK(pending->at(0).encoding == u"Windows-1252"_s);
    for (const auto &file : *pending) {
        CHECK(file.rows.size() >= 30);
        CHECK(file.mapping.has(importing::ImportField::LastName));
        CHECK(file.mapping.has(importing::ImportField::Email));
    }

    auto existing = merge::ReviewSession::loadExisting(*db);
    REQUIRE(existing);
    merge::ReviewSession session(*pending, *existing);
    REQUIRE(session.run());
    QSet<merge::PairKind> kinds;
    for (const auto &pair : session.pairs())
        if (pair.band == merge::Band::Sure)
            kinds.insert(pair.kind);
    // Something to review of every kind: across the files, inside one, and against the members.
    CHECK(kinds.contains(merge::PairKind::CrossFile));
    CHECK(kinds.contains(merge::PairKind::InFile));
    CHECK(kinds.contains(merge::PairKind::Existing));
}

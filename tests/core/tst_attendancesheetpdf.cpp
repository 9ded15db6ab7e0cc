// SPDX-License-Identifier: GPL-3.0-or-later
#include "assembly/attendancesheetpdf.h"
#include "assembly/meetingstore.h"
#include "builders.h"
#include "catch.h"
#include "members/memberfile.h"
#include "pdftext.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <optional>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::assembly;

namespace {

Meeting assemblyOn12June()
{
    Meeting meeting;
    meeting.id = 7;
    meeting.kind = MeetingKind::GeneralOrdinary;
    meeting.title = u"Assemblée générale 2026"_s;
    meeting.startsAt = QDateTime(QDate(2026, 6, 12), QTime(18, 30));
    meeting.place = u"Centre de congrès Robert Schuman, Metz"_s;
    return meeting;
}

dues::ClubHeader club()
{
    dues::ClubHeader header;
    header.name = u"Lorraine Contact Client"_s;
    header.address = u"3 rue Gambetta\n54000 Nancy"_s;
    return header;
}

} // namespace

TEST_CASE("the attendance sheet lists the voters with room to sign, and the totals", "[meetings][pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"emargement.pdf"_s);
    QList<SheetRow> rows {{u"Transports Lœuvre"_s, u"Hélène MÜLLER"_s, 2}, {u"Jean DUPONT"_s, QString(), 1}};
    for (int i = 1; i <= 30; ++i)
        rows.append({u"Adhérent %1"_s.arg(i, 2, 10, QChar(u'0')), QString(), 1});
    REQUIRE(writeAttendanceSheetPdf(assemblyOn12June(), rows, club(), path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");

    const auto text = test::pdfText(path);
    if (!text) {
        WARN("pdftotext (poppler-utils) is not installed: the sheet's text is not checked");
        return;
    }
    CHECK(text->contains(u"Feuille d'émargement"_s));
    CHECK(text->contains(u"Assemblée générale ordinaire du 12 juin 2026 à 18 h 30"_s));
    CHECK(text->contains(u"Centre de congrès Robert Schuman, Metz"_s));
    CHECK(text->contains(u"Lorraine Contact Client"_s));
    for (const QString &column : {u"Membre"_s, u"Voix"_s, u"Présent"_s, u"Représenté par"_s, u"Signature"_s})
        CHECK(text->contains(column));
    CHECK(text->contains(u"Transports Lœuvre"_s));
    CHECK(text->contains(u"représentant : Hélène MÜLLER"_s));
    CHECK(text->contains(u"Adhérent 30"_s));
    CHECK(text->contains(u"Membres ayant le droit de vote : 32 — voix : 33"_s));
    CHECK(text->contains(u"Le président de séance"_s));
    CHECK(text->contains(u"Le secrétaire de séance"_s));
    // 13 mm a line: 32 members fill two pages, the totals and signatures go on a third.
    CHECK(text->contains(u"Page 1 / 3"_s));
    CHECK(text->contains(u"Page 3 / 3"_s));
    CHECK(text->count(QChar(u'\f')) == 3);
}

TEST_CASE("the attendance sheet's rows come from the stored sheet: voters only, by name, with their representative", "[meetings]")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    MeetingStore store(*db);
    OrganisationRecord organisation = test::organisation(u"Transports Lœuvre"_s);
    organisation.membership = test::membership(file, u"ENT_S"_s, u"CONNECT"_s);
    const OrganisationRecord savedOrganisation = test::save(file, organisation);
    PersonRecord representative = test::person(u"Hélène"_s, u"Müller"_s);
    const PersonRecord savedRepresentative = test::save(file, representative);
    PersonRecord individual = test::person(u"Jean"_s, u"Dupont"_s);
    individual.membership = test::membership(file, u"IND"_s, u"CONNECT"_s);
    const PersonRecord savedIndividual = test::save(file, individual);
    PersonRecord honorary = test::person(u"Claire"_s, u"Antoine"_s);
    honorary.membership = test::membership(file, u"HON"_s, u"CONNECT"_s);
    const PersonRecord savedHonorary = test::save(file, honorary);

    Meeting meeting = assemblyOn12June();
    meeting.id = 0;
    auto meetingId = store.saveMeeting(meeting);
    REQUIRE(meetingId);
    AttendanceRow company;
    company.membershipId = savedOrganisation.membership->id;
    company.voterPersonId = savedRepresentative.person.id;
    company.weight = 2;
    AttendanceRow person;
    person.membershipId = savedIndividual.membership->id;
    person.voterPersonId = savedIndividual.person.id;
    AttendanceRow withoutVote;
    withoutVote.membershipId = savedHonorary.membership->id;
    withoutVote.entitled = false;
    withoutVote.weight = 0;
    withoutVote.reason = u"(membre d'honneur)"_s;
    REQUIRE(store.prepareAttendance(*meetingId, {company, person, withoutVote}));

    const auto rows = attendanceSheetRows(*db, *meetingId);
    REQUIRE(rows);
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).member == u"Jean DUPONT"_s);
    CHECK(rows->at(0).representative.isEmpty());
    CHECK(rows->at(0).votes == 1);
    CHECK(rows->at(1).member == u"Transports Lœuvre"_s);
    CHECK(rows->at(1).representative == u"Hélène MÜLLER"_s);
    CHECK(rows->at(1).votes == 2);

    const auto none = attendanceSheetRows(*db, 999);
    CHECK((!none || none->isEmpty()));
}

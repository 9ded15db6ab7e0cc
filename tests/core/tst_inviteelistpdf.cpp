// SPDX-License-Identifier: GPL-3.0-or-later
#include "assembly/inviteelistpdf.h"
#include "assembly/meetingstore.h"
#include "builders.h"
#include "catch.h"
#include "members/memberfile.h"
#include "pdftext.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::assembly;

namespace {

// A petit-déjeuner with a company (represented by Hélène MÜLLER), an individual member and a
// guest working for the company.
struct Breakfast {
    std::unique_ptr<Database> db = test::memoryDatabase();
    MemberFile file {*db};
    MeetingStore store {*db};
    qint64 meetingId = 0;
    qint64 company = 0, member = 0, guest = 0;

    Breakfast()
    {
        db->setClock([] { return QDateTime(QDate(2026, 9, 1), QTime(9, 0), QTimeZone::utc()); });
        OrganisationRecord organisation = test::organisation(u"Transports Lœuvre"_s);
        organisation.membership = test::membership(file, u"ENT_S"_s, u"CONNECT"_s);
        const OrganisationRecord savedOrganisation = test::save(file, organisation);
        company = savedOrganisation.membership->id;
        PersonRecord representative = test::person(u"Hélène"_s, u"Müller"_s);
        representative.employments.append({0, 0, savedOrganisation.organisation.id, u"Directrice"_s, QDate(2020, 1, 1), QDate()});
        guest = test::save(file, representative).person.id;
        OrganisationRecord withRepresentative = savedOrganisation;
        withRepresentative.membership->representativeId = guest;
        test::save(file, withRepresentative);
        PersonRecord individual = test::person(u"Jean"_s, u"Dupont"_s);
        individual.membership = test::membership(file, u"IND"_s, u"VIATIS"_s);
        member = test::save(file, individual).membership->id;

        Meeting meeting;
        meeting.kind = MeetingKind::Breakfast;
        meeting.title = u"Petit-déjeuner de la rentrée"_s;
        meeting.startsAt = QDateTime(QDate(2026, 9, 18), QTime(8, 30));
        meeting.place = u"Nancy, Grand Hôtel de la Reine"_s;
        meetingId = *store.saveMeeting(meeting);
    }
};

} // namespace

TEST_CASE("the list of invitees gives each reply, the sending and attendance, with the totals", "[meetings][pdf]")
{
    Breakfast breakfast;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"invites.pdf"_s);
    auto empty = writeInviteeListPdf(*breakfast.db, breakfast.meetingId, InviteeListKind::Invitations, path);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().message == u"« Petit-déjeuner de la rentrée » n'a aucun invité."_s);
    CHECK_FALSE(QFile::exists(path));

    REQUIRE(breakfast.store.invite(breakfast.meetingId, {{breakfast.company, 0}, {breakfast.member, 0}, {0, breakfast.guest}}) == 3);
    REQUIRE(breakfast.store.setReply(breakfast.meetingId, {breakfast.member, 0}, Reply::Yes, QDate(2026, 9, 5)));
    REQUIRE(breakfast.store.setReply(breakfast.meetingId, {0, breakfast.guest}, Reply::No, QDate(2026, 9, 6)));
    REQUIRE(breakfast.store.recordConvocation(breakfast.meetingId, {{breakfast.company, 0}}, QDate(2026, 9, 2), ConvocationChannel::Email));
    REQUIRE(breakfast.store.setAttended(breakfast.meetingId, {breakfast.member, 0}, true));
    REQUIRE(writeInviteeListPdf(*breakfast.db, breakfast.meetingId, InviteeListKind::Invitations, path));

    const auto text = test::pdfText(path);
    if (!text) {
        WARN("pdftotext (poppler-utils) is not installed: the list's text is not checked");
        return;
    }
    CHECK(text->contains(u"Liste des invités"_s));
    CHECK(text->contains(u"Petit-déjeuner du 18 septembre 2026 à 8 h 30"_s));
    CHECK(text->contains(u"Nancy, Grand Hôtel de la Reine"_s));
    CHECK(text->contains(u"Transports Lœuvre"_s));
    CHECK(text->contains(u"représentant : Hélène MÜLLER"_s));
    CHECK(text->contains(u"02/09/2026 (courriel)"_s));
    CHECK(text->contains(u"Présent"_s));
    CHECK(text->contains(u"Invités : 3 — oui : 1, non : 1, peut-être : 0, sans réponse : 1"_s));
    // The guest's line names the company she works for.
    CHECK(text->count(u"Transports Lœuvre"_s) == 2);
}

TEST_CASE("the attendance sheet of a meeting has a line to sign per invitee and free lines", "[meetings][pdf]")
{
    Breakfast breakfast;
    REQUIRE(breakfast.store.invite(breakfast.meetingId, {{breakfast.company, 0}, {breakfast.member, 0}}) == 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"presence.pdf"_s);
    REQUIRE(writeInviteeListPdf(*breakfast.db, breakfast.meetingId, InviteeListKind::AttendanceSheet, path));
    const auto text = test::pdfText(path);
    if (!text) {
        WARN("pdftotext (poppler-utils) is not installed: the sheet's text is not checked");
        return;
    }
    CHECK(text->contains(u"Feuille de présence"_s));
    CHECK(text->contains(u"Jean DUPONT"_s));
    CHECK(text->contains(u"Signature"_s));
    CHECK(text->contains(u"Nombre de présents"_s));
    // Two invitees and five free lines: numbered 1 to 7, no 8.
    const auto layout = test::pdfText(path, test::PdfLines::Layout);
    REQUIRE(layout);
    CHECK(layout->contains(QRegularExpression(u"^\\s*7\\s*$"_s, QRegularExpression::MultilineOption)));
    CHECK_FALSE(layout->contains(QRegularExpression(u"^\\s*8\\s*$"_s, QRegularExpression::MultilineOption)));
    CHECK(text->contains(u"Page 1 / 1"_s));
}

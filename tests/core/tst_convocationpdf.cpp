// SPDX-License-Identifier: GPL-3.0-or-later
#include "assembly/convocationpdf.h"
#include "assembly/meetingstore.h"
#include "builders.h"
#include "catch.h"
#include "members/memberfile.h"
#include "pdftext.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::assembly;

TEST_CASE("the convocation PDF has a letter and a proxy form for each member", "[meetings][pdf]")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    MeetingStore store(*db);
    OrganisationRecord organisation = test::organisation(u"Transports Lœuvre"_s);
    organisation.membership = test::membership(file, u"ENT_S"_s, u"CONNECT"_s);
    const OrganisationRecord savedOrganisation = test::save(file, organisation);
    PersonRecord individual = test::person(u"Jean"_s, u"Dupont"_s);
    individual.membership = test::membership(file, u"IND"_s, u"CONNECT"_s);
    const PersonRecord savedIndividual = test::save(file, individual);

    Meeting meeting;
    meeting.kind = MeetingKind::GeneralOrdinary;
    meeting.title = u"Assemblée générale 2026"_s;
    meeting.startsAt = QDateTime(QDate(2026, 6, 12), QTime(18, 30));
    meeting.place = u"Centre de congrès Robert Schuman, Metz"_s;
    const auto meetingId = store.saveMeeting(meeting);
    REQUIRE(meetingId);
    AgendaItem report;
    report.kind = AgendaItemKind::Information;
    report.title = u"Rapport moral du président"_s;
    AgendaItem accounts;
    accounts.kind = AgendaItemKind::Resolution;
    accounts.title = u"Approbation des comptes 2025"_s;
    AgendaItem statutes;
    statutes.kind = AgendaItemKind::Resolution;
    statutes.resolutionKind = ResolutionKind::StatutesChange;
    statutes.title = u"Modification de l'article 7 des statuts"_s;
    REQUIRE(store.setAgenda(*meetingId, {report, accounts, statutes}));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"convocations.pdf"_s);
    const QList<qint64> members {savedOrganisation.membership->id, savedIndividual.membership->id};
    REQUIRE(writeConvocationsPdf(*db, *meetingId, members, QDate(2026, 5, 20), path));
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");

    CHECK_FALSE(writeConvocationsPdf(*db, *meetingId, {}, QDate(2026, 5, 20), dir.filePath(u"none.pdf"_s)));
    CHECK_FALSE(QFile::exists(dir.filePath(u"none.pdf"_s)));

    const auto text = test::pdfText(path);
    if (!text) {
        WARN("pdftotext (poppler-utils) is not installed: the convocations' text is not checked");
        return;
    }
    CHECK(text->contains(u"Convocation à l'assemblée générale ordinaire"_s));
    CHECK(text->contains(u"12 juin 2026 à 18 h 30"_s));
    CHECK(text->contains(u"Centre de congrès Robert Schuman, Metz"_s));
    CHECK(text->contains(u"Première convocation"_s));
    CHECK(text->contains(u"Rapport moral du président"_s));
    CHECK(text->contains(u"Approbation des comptes 2025 (résolution)"_s));
    CHECK(text->contains(u"Le président"_s)); // the president convenes, not the dues signatory
    CHECK(text->contains(u"modification des statuts"_s));
    CHECK(text->contains(u"à jour de leur cotisation au 12 juin 2026"_s));
    CHECK(text->contains(u"Un mandataire ne peut détenir plus de 2 pouvoirs."_s));
    CHECK(text->contains(u"Le mandataire doit être lui-même membre"_s));
    CHECK(text->contains(u"Bon pour pouvoir"_s));
    CHECK(text->contains(u"Transports Lœuvre"_s));
    CHECK(text->contains(u"Jean"_s));
    CHECK(text->count(u"Bon pour pouvoir"_s) == 2);
    CHECK(text->count(QChar(u'\f')) == 4); // a letter and a proxy form per member
    CHECK(text->contains(u"Page 2 / 2"_s));

    SECTION("a member who reads English gets the English letter, the other one keeps French")
    {
        PersonRecord english = savedIndividual;
        english.person.letterLanguage = i18n::LetterLanguage::English;
        REQUIRE(file.savePerson(english));
        REQUIRE(writeConvocationsPdf(*db, *meetingId, members, QDate(2026, 5, 20), path));
        const auto both = test::pdfText(path);
        REQUIRE(both);
        const QString organisationLetter = both->section(u'\f', 0, 1);
        const QString individualLetter = both->section(u'\f', 2, 3);
        CHECK(organisationLetter.contains(u"Convocation à l'assemblée générale ordinaire"_s));
        CHECK(individualLetter.contains(u"Notice of the ordinary general meeting"_s));
        CHECK(individualLetter.contains(u"12 June 2026"_s));
        CHECK(individualLetter.contains(u"Proxy"_s));
        CHECK_FALSE(individualLetter.contains(u"Bon pour pouvoir"_s));
    }
}

TEST_CASE("a long agenda carries the convocation over to a second page, numbered", "[meetings][pdf]")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    MeetingStore store(*db);
    PersonRecord individual = test::person(u"Jean"_s, u"Dupont"_s);
    individual.membership = test::membership(file, u"IND"_s, u"CONNECT"_s);
    const PersonRecord saved = test::save(file, individual);
    Meeting meeting;
    meeting.kind = MeetingKind::GeneralExtraordinary;
    meeting.title = u"Assemblée extraordinaire"_s;
    meeting.startsAt = QDateTime(QDate(2026, 9, 18), QTime(18, 0));
    meeting.convocation = Convocation::Second;
    const auto meetingId = store.saveMeeting(meeting);
    REQUIRE(meetingId);
    QList<AgendaItem> agenda;
    for (int i = 1; i <= 30; ++i) {
        AgendaItem item;
        item.title = u"Point d'information n° %1"_s.arg(i);
        agenda.append(item);
    }
    REQUIRE(store.setAgenda(*meetingId, agenda));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"convocations.pdf"_s);
    REQUIRE(writeConvocationsPdf(*db, *meetingId, {saved.membership->id}, QDate(2026, 8, 20), path));
    const auto text = test::pdfText(path);
    if (!text)
        return;
    CHECK(text->contains(u"Convocation à l'assemblée générale extraordinaire"_s));
    CHECK(text->contains(u"Deuxième convocation"_s));
    CHECK(text->contains(u"Point d'information n° 30"_s));
    CHECK(text->count(QChar(u'\f')) == 3);
    CHECK(text->contains(u"Page 1 / 3"_s));
    CHECK(text->contains(u"Page 2 / 3"_s));
    CHECK(text->contains(u"Page 3 / 3"_s));
}

TEST_CASE("the convocation is signed by the serving president, the name in capitals made by Qt", "[meetings][pdf]")
{
    auto db = test::memoryDatabase();
    MemberFile file(*db);
    MeetingStore store(*db);
    PersonRecord president = test::person(u"Hélène"_s, u"Müller-Lœuvre"_s);
    president.membership = test::membership(file, u"IND"_s, u"CONNECT"_s);
    president.boardRoles.append({0, 0, BoardPosition::President, QDate(2025, 6, 1), QDate()});
    const PersonRecord saved = test::save(file, president);

    Meeting meeting;
    meeting.kind = MeetingKind::GeneralOrdinary;
    meeting.title = u"Assemblée générale 2026"_s;
    meeting.startsAt = QDateTime(QDate(2026, 6, 12), QTime(18, 30));
    const auto meetingId = store.saveMeeting(meeting);
    REQUIRE(meetingId);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"convocation.pdf"_s);
    REQUIRE(writeConvocationsPdf(*db, *meetingId, {saved.membership->id}, QDate(2026, 5, 20), path));
    const auto text = test::pdfText(path);
    if (!text) {
        WARN("pdftotext (poppler-utils) is not installed: the signatory is not checked");
        return;
    }
    CHECK(text->contains(u"Hélène MÜLLER-LŒUVRE"_s));
    CHECK_FALSE(text->contains(u"MüLLER"_s));
}

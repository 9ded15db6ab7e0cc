// SPDX-License-Identifier: GPL-3.0-or-later
// « Réunions et assemblées »: the president builds an assembly's agenda in the meeting dialog
// (« questions diverses » stays last, a statutes change shows the two-thirds majority), the page
// lists and filters the meetings, and a meeting with locked minutes cannot be deleted.
#include "assembly/meetingdialog.h"
#include "assembly/meetingspage.h"
#include "assembly/meetingstore.h"
#include "assembly/meetingtablemodel.h"
#include "builders.h"
#include "catch.h"
#include "dialogtesting.h"
#include "members/memberfile.h"
#include "messagebox.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::assembly;

namespace {

struct MeetingsFixture {
    std::unique_ptr<Database> db = test::memoryDatabase();
    MeetingStore store {*db};

    MeetingsFixture()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        MessageBox::setAlwaysAnswer(QMessageBox::NoButton);
        test::fixClock(*db); // today: 30/03/2026
    }

    ~MeetingsFixture()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        MessageBox::setAlwaysAnswer(QMessageBox::NoButton);
    }

    qint64 addMeeting(MeetingKind kind, const QString &title, const QDateTime &startsAt, const QString &place = u"Metz"_s)
    {
        Meeting meeting;
        meeting.kind = kind;
        meeting.title = title;
        meeting.startsAt = startsAt;
        meeting.place = place;
        const auto saved = store.saveMeeting(meeting);
        REQUIRE(saved);
        return *saved;
    }

    // An assembly held last year, its procès-verbal approved and locked.
    qint64 addLockedAssembly()
    {
        const qint64 id = addMeeting(MeetingKind::GeneralOrdinary, u"AG ordinaire 2025"_s, QDateTime(QDate(2025, 6, 12), QTime(18, 30)));
        MemberFile file(*db);
        const PersonRecord president = test::save(file, test::person(u"Hélène"_s, u"Müller"_s));
        const PersonRecord secretary = test::save(file, test::person(u"Marc"_s, u"Weber"_s));
        const auto draft = store.saveDraft(id, u"Procès-verbal de l'assemblée générale ordinaire du 12 juin 2025."_s);
        REQUIRE(draft);
        REQUIRE(store.lock(draft->id, president.person.id, secretary.person.id, QString()));
        return id;
    }
};

// The agenda of the 2026 assembly, built as the president would: three points, the accounts
// moved up, the statutes change marked.
void buildAgenda(MeetingDialog &dialog)
{
    dialog.setKind(MeetingKind::GeneralOrdinary);
    dialog.setTitle(u"Assemblée générale 2026"_s);
    dialog.setStartsAt(QDateTime(QDate(2026, 5, 21), QTime(18, 30)));
    dialog.setPlace(u"Technopôle de Metz, salle Verlaine"_s);
    dialog.addAgendaItem(AgendaItemKind::Information, u"Rapport moral du président"_s);
    dialog.addAgendaItem(AgendaItemKind::Resolution, u"Modification de l'article 7 des statuts"_s,
        u"L'assemblée adopte la nouvelle rédaction de l'article 7 (composition du conseil)."_s);
    dialog.addAgendaItem(AgendaItemKind::Resolution, u"Approbation des comptes 2025"_s,
        u"L'assemblée approuve les comptes de l'exercice 2025 et donne quitus au trésorier."_s);
    dialog.selectAgendaItem(2);
    QTest::mouseClick(test::child<QPushButton>(dialog, u"moveUpButton"_s), Qt::LeftButton);
    dialog.selectAgendaItem(2);
    dialog.setSelectedResolutionKind(ResolutionKind::StatutesChange);
}

} // namespace

TEST_CASE("The meeting dialog builds an assembly agenda with « questions diverses » last", "[ui][meetings]")
{
    MeetingsFixture fixture;
    MeetingDialog dialog(*fixture.db);
    test::showActive(dialog);
    CHECK(dialog.agendaBox()->isVisible());
    REQUIRE(dialog.agendaItems().size() == 1);
    CHECK(dialog.agendaItems().first().kind == AgendaItemKind::OtherBusiness);

    buildAgenda(dialog);
    REQUIRE(dialog.agendaItems().size() == 4);
    CHECK(dialog.agendaList()->item(0)->text() == u"1. Rapport moral du président"_s);
    CHECK(dialog.agendaList()->item(1)->text() == u"2. Approbation des comptes 2025 — résolution ordinaire"_s);
    CHECK(dialog.agendaList()->item(2)->text() == u"3. Modification de l'article 7 des statuts — modification des statuts"_s);
    CHECK(dialog.agendaList()->item(3)->text() == u"4. Questions diverses"_s);
    CHECK(dialog.majorityLabel()->text() == u"Adoptée à la majorité des deux tiers des voix des membres présents ou représentés"_s);
    CHECK(dialog.secretBallotCheck()->isVisible());

    // « Questions diverses » cannot be moved, nor can a point go below it.
    CHECK_FALSE(test::child<QPushButton>(dialog, u"moveDownButton"_s)->isEnabled());
    dialog.selectAgendaItem(3);
    CHECK_FALSE(test::child<QPushButton>(dialog, u"moveUpButton"_s)->isEnabled());
    CHECK_FALSE(dialog.secretBallotCheck()->isVisible());
    CHECK_FALSE(dialog.majorityLabel()->isVisible());

    // A point added after the others still goes before « questions diverses ».
    const int added = dialog.addAgendaItem(AgendaItemKind::Election, u"Élection du conseil d'administration"_s);
    CHECK(added == 3);
    CHECK(dialog.secretBallotCheck()->isChecked());
    CHECK(dialog.majorityLabel()->text() == u"Adoptée à la majorité simple des suffrages exprimés"_s);

    REQUIRE(dialog.save());
    REQUIRE(dialog.meetingId() != 0);
    const auto agenda = fixture.store.agenda(dialog.meetingId());
    REQUIRE(agenda);
    REQUIRE(agenda->size() == 5);
    CHECK(agenda->at(0).title == u"Rapport moral du président"_s);
    CHECK(agenda->at(0).kind == AgendaItemKind::Information);
    CHECK(agenda->at(1).title == u"Approbation des comptes 2025"_s);
    CHECK(agenda->at(1).resolutionKind == ResolutionKind::Ordinary);
    CHECK(agenda->at(2).title == u"Modification de l'article 7 des statuts"_s);
    CHECK(agenda->at(2).resolutionKind == ResolutionKind::StatutesChange);
    CHECK(agenda->at(3).kind == AgendaItemKind::Election);
    CHECK(agenda->at(3).secretBallot);
    CHECK(agenda->at(4).kind == AgendaItemKind::OtherBusiness);
    for (int i = 0; i < agenda->size(); ++i)
        CHECK(agenda->at(i).position == i + 1);
    const auto meeting = fixture.store.meeting(dialog.meetingId());
    REQUIRE(meeting);
    CHECK(meeting->place == u"Technopôle de Metz, salle Verlaine"_s);
    CHECK(meeting->startsAt == QDateTime(QDate(2026, 5, 21), QTime(18, 30)));

    // Opened again, the dialog shows the stored agenda; a point moved there is saved in place.
    MeetingDialog again(*fixture.db, dialog.meetingId());
    REQUIRE(again.agendaItems() == *agenda);
    again.selectAgendaItem(2);
    again.moveItemUp();
    REQUIRE(again.save());
    CHECK(fixture.store.agenda(dialog.meetingId())->at(1).title == u"Modification de l'article 7 des statuts"_s);
    CHECK(fixture.store.agenda(dialog.meetingId())->at(1).id == agenda->at(2).id);
}

TEST_CASE("The meeting dialog names the agenda point to fix and saves nothing", "[ui][meetings]")
{
    MeetingsFixture fixture;
    MeetingDialog dialog(*fixture.db);
    test::showActive(dialog);
    dialog.addAgendaItem(AgendaItemKind::Information, u"Rapport moral"_s);
    dialog.addAgendaItem(AgendaItemKind::Resolution, u"Approbation des comptes"_s);
    CHECK_FALSE(dialog.save());
    CHECK(dialog.problemLabel()->isVisible());
    CHECK(dialog.problemLabel()->text()
        == u"Point 2 « Approbation des comptes »\u00a0: rédigez le texte de la résolution soumise au vote."_s);
    CHECK(dialog.selectedAgendaItem() == 1);
    CHECK(fixture.store.meetings()->isEmpty());

    dialog.addItem(); // no title typed
    test::child<QPlainTextEdit>(dialog, u"notesEdit"_s)->setFocus();
    dialog.selectAgendaItem(1);
    test::child<QPlainTextEdit>(dialog, u"itemTextEdit"_s)->setPlainText(u"Les comptes 2025 sont approuvés."_s);
    CHECK_FALSE(dialog.save());
    CHECK(dialog.problemLabel()->text() == u"Point 3 de l'ordre du jour\u00a0: indiquez un intitulé."_s);
    CHECK(dialog.selectedAgendaItem() == 2);
    CHECK(fixture.store.meetings()->isEmpty());

    // A conseil has its agenda too, checked the same way, without the assembly's majorities.
    dialog.setKind(MeetingKind::Board);
    CHECK(dialog.agendaBox()->isVisible());
    CHECK_FALSE(dialog.save());
    dialog.selectAgendaItem(2);
    QTest::keyClicks(test::child<QLineEdit>(dialog, u"itemTitleEdit"_s), u"Calendrier des rencontres"_s);
    dialog.selectAgendaItem(1);
    CHECK_FALSE(dialog.resolutionKindCombo()->isVisible());
    CHECK_FALSE(dialog.majorityLabel()->isVisible());
    REQUIRE(dialog.save());
    const auto agenda = fixture.store.agenda(dialog.meetingId());
    REQUIRE(agenda);
    REQUIRE(agenda->size() == 4);
    CHECK(agenda->at(1).title == u"Approbation des comptes"_s);
    CHECK(agenda->at(2).title == u"Calendrier des rencontres"_s);
    CHECK(agenda->at(3).kind == AgendaItemKind::OtherBusiness);
}

TEST_CASE("The meetings page lists and filters the meetings", "[ui][meetings]")
{
    MeetingsFixture fixture;
    const qint64 past = fixture.addLockedAssembly();
    const qint64 board
        = fixture.addMeeting(MeetingKind::Board, u"Conseil d'administration d'avril"_s, QDateTime(QDate(2026, 4, 9), QTime(12, 0)));
    const qint64 assembly
        = fixture.addMeeting(MeetingKind::GeneralOrdinary, u"AG ordinaire 2026"_s, QDateTime(QDate(2026, 5, 21), QTime(18, 30)));
    AgendaItem report;
    report.title = u"Rapport moral"_s;
    REQUIRE(fixture.store.setAgenda(assembly, {report}));

    MeetingsPage page(*fixture.db);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    int shownCount = -1;
    int totalCount = -1;
    QObject::connect(&page, &MeetingsPage::countChanged, [&](int shown, int total) {
        shownCount = shown;
        totalCount = total;
    });
    page.resize(1100, 400);
    test::showActive(page);

    // À venir, soonest first.
    CHECK(page.shownMeetings() == MeetingsPage::UpcomingMeetings);
    REQUIRE(page.model()->rowCount() == 2);
    CHECK(page.model()->meetingIdAt(0) == board);
    CHECK(page.model()->meetingIdAt(1) == assembly);
    const auto cell = [&](int row, int column) { return page.model()->index(row, column).data().toString(); };
    CHECK(cell(1, MeetingTableModel::DateColumn) == u"21/05/2026 18:30"_s);
    CHECK(cell(1, MeetingTableModel::KindColumn) == label(MeetingKind::GeneralOrdinary));
    CHECK(cell(1, MeetingTableModel::AgendaColumn) == u"1"_s);
    CHECK(cell(1, MeetingTableModel::MinutesColumn) == u"—"_s);

    page.setShownMeetings(MeetingsPage::PastMeetings);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->meetingIdAt(0) == past);
    CHECK(cell(0, MeetingTableModel::MinutesColumn) == label(MinutesStatus::Locked));
    CHECK(cell(0, MeetingTableModel::StatusColumn) == label(MeetingStatus::Held));
    CHECK(shownCount == 1);
    CHECK(totalCount == 3);

    page.setShownMeetings(MeetingsPage::GeneralAssemblies);
    CHECK(page.model()->rowCount() == 2);
    page.setShownMeetings(MeetingsPage::AllMeetings);
    CHECK(page.model()->rowCount() == 3);
    CHECK(shownCount == 3);

    page.selectMeeting(board);
    CHECK(page.currentMeetingId() == board);
    CHECK(test::child<QPushButton>(page, u"editMeetingButton"_s)->isEnabled());

    // Deleting asks first; No keeps the meeting.
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(page.removeMeeting(board));
    CHECK(page.model()->rowCount() == 3);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    CHECK(page.removeMeeting(board));
    CHECK(page.model()->rowCount() == 2);
    CHECK(fixture.store.meetings()->size() == 2);
}

TEST_CASE("A meeting with locked minutes cannot be deleted from the page", "[ui][meetings]")
{
    MeetingsFixture fixture;
    const qint64 past = fixture.addLockedAssembly();
    MeetingsPage page(*fixture.db);
    page.setShownMeetings(MeetingsPage::AllMeetings);
    page.selectMeeting(past);
    REQUIRE(page.currentMeetingId() == past);

    // Said beforehand: the button is off, its tooltip says why, and Suppr explains without asking.
    auto *remove = test::child<QPushButton>(page, u"removeMeetingButton"_s);
    CHECK_FALSE(remove->isEnabled());
    CHECK(remove->toolTip().contains(u"verrouillé"_s));
    MessageBox::setAlwaysAnswer(QMessageBox::Yes);
    const int before = MessageBox::shownCount();
    CHECK_FALSE(page.removeMeeting(past));
    CHECK(MessageBox::shownCount() == before + 1); // the explanation, no question
    CHECK(MessageBox::lastText().contains(u"procès-verbal est verrouillé"_s));
    REQUIRE_FALSE(fixture.store.removeMeeting(past)); // the store refuses too
    CHECK(fixture.store.meeting(past));
    CHECK(page.model()->rowCount() == 1);
}

TEST_CASE("A meeting with locked minutes opens with its facts and agenda shown fixed, and its notes still saved", "[ui][meetings]")
{
    MeetingsFixture fixture;
    const qint64 past = fixture.addLockedAssembly();
    MeetingDialog dialog(*fixture.db, past);
    test::showActive(dialog);

    CHECK(dialog.frozenLabel()->isVisible());
    CHECK(dialog.frozenLabel()->text().contains(u"verrouillé"_s));
    for (const char *fixed : {"kindCombo", "startEdit", "placeEdit", "convocationCombo", "chairCombo", "addItemButton"})
        CHECK_FALSE(test::child<QWidget>(dialog, QString::fromLatin1(fixed))->isEnabled());
    CHECK(test::child<QLineEdit>(dialog, u"itemTitleEdit"_s)->isReadOnly());
    CHECK_FALSE(test::child<QPushButton>(dialog, u"removeItemButton"_s)->isEnabled());

    auto *notes = test::child<QPlainTextEdit>(dialog, u"notesEdit"_s);
    notes->setFocus();
    QTest::keyClicks(notes, u"Registre signe le 20 juin."_s);
    QTest::mouseClick(test::child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.problemLabel()->text().isEmpty());
    CHECK(fixture.store.meeting(past)->notes.contains(u"Registre signe le 20 juin."_s));
}

TEST_CASE("The empty meetings page says how to begin", "[ui][meetings]")
{
    MeetingsFixture fixture;
    MeetingsPage page(*fixture.db);
    CHECK(page.model()->rowCount() == 0);
    CHECK(page.emptyLabel()->text().contains(u"Nouvelle réunion"_s));
    CHECK_FALSE(test::child<QPushButton>(page, u"removeMeetingButton"_s)->isEnabled());
}

TEST_CASE("Screenshots of the meetings page and the meeting dialog", "[.screenshots]")
{
    MeetingsFixture fixture;
    fixture.addLockedAssembly();
    fixture.addMeeting(MeetingKind::Board, u"Conseil d'administration d'avril"_s, QDateTime(QDate(2026, 4, 9), QTime(12, 0)),
        u"Siège, 12 rue Serpenoise, Metz"_s);
    fixture.addMeeting(MeetingKind::Breakfast, u"Petit-déjeuner « Relation client et IA »"_s, QDateTime(QDate(2026, 4, 16), QTime(8, 0)),
        u"Hôtel de la Cathédrale, Metz"_s);
    fixture.addMeeting(
        MeetingKind::SiteVisit, u"Visite du centre de contacts Lœuvre"_s, QDateTime(QDate(2026, 6, 4), QTime(14, 0)), u"Thionville"_s);
    const QString folder = qEnvironmentVariable("ADHERA_SCREENSHOT_DIR", QDir::tempPath());

    MeetingDialog dialog(*fixture.db);
    test::showActive(dialog);
    buildAgenda(dialog);
    REQUIRE(dialog.save());

    MeetingsPage page(*fixture.db);
    page.setShownMeetings(MeetingsPage::AllMeetings);
    page.resize(1200, 520);
    test::showActive(page);
    page.selectMeeting(dialog.meetingId());
    QTest::qWait(50);
    CHECK(page.grab().save(QDir(folder).filePath(u"meetingspage.png"_s)));

    dialog.selectAgendaItem(2);
    QTest::qWait(50);
    CHECK(dialog.grab().save(QDir(folder).filePath(u"meetingdialog.png"_s)));
}

TEST_CASE("« Séance… » opens the live assembly for a general assembly only", "[ui][meetings]")
{
    MeetingsFixture fixture;
    const qint64 board = fixture.addMeeting(MeetingKind::Board, u"Conseil de mai"_s, QDateTime(QDate(2026, 5, 4), QTime(18, 0)));
    const qint64 assembly
        = fixture.addMeeting(MeetingKind::GeneralOrdinary, u"AG ordinaire 2026"_s, QDateTime(QDate(2026, 6, 12), QTime(18, 30)));
    MeetingsPage page(*fixture.db);
    auto *session = page.findChild<QPushButton *>(u"sessionButton"_s);
    page.selectMeeting(board);
    CHECK_FALSE(session->isEnabled());
    page.selectMeeting(assembly);
    REQUIRE(session->isEnabled());

    QString opened;
    QTimer::singleShot(0, [&] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            opened = dialog->windowTitle();
            dialog->close();
        }
    });
    session->click();
    CHECK(opened == u"Séance — AG ordinaire 2026"_s);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Around a meeting: the invitees chosen by filters with their replies, the convocations sent from
// the window with the statuts' delay, attendance and lists for other meetings, the board an
// election installs, the opening of the session and the declaration reminder.
#include "assembly/assemblysession.h"
#include "assembly/boardelectiondialog.h"
#include "assembly/inviteesdialog.h"
#include "assembly/meetingdialog.h"
#include "assembly/meetingspage.h"
#include "assembly/meetingstore.h"
#include "assembly/sendinvitationsdialog.h"
#include "builders.h"
#include "catch.h"
#include "db/sql.h"
#include "demo/demodata.h"
#include "dialogtesting.h"
#include "members/memberfile.h"
#include "messagebox.h"
#include "pdftext.h"
#include "testsupport.h"
#include "widgets/personcombo.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::assembly;

namespace {

// Two companies and three individuals (one resigned); Hélène MÜLLER is président, Paul KLEIN
// secrétaire and Sophie BAUER administratrice since 2024. An ordinary assembly on 12 June 2026 and
// a conseil on 15 September 2026. The clock stands on 20 May 2026.
struct Club {
    std::unique_ptr<Database> db = test::memoryDatabase();
    std::shared_ptr<QDateTime> clock = std::make_shared<QDateTime>(QDate(2026, 5, 20), QTime(10, 0));
    MemberFile file {*db};
    MeetingStore store {*db};
    qint64 assemblyId = 0;
    qint64 boardMeetingId = 0;
    qint64 helene = 0, paul = 0, sophie = 0, claire = 0; // persons
    qint64 speaker = 0; // Lucie FAURE, not a member

    Club()
    {
        MessageBox::setAlwaysAnswer(QMessageBox::NoButton);
        db->setClock([clock = clock] { return *clock; });
        for (const QString &name : {u"Alpha Contact"_s, u"Beta Relation"_s}) {
            OrganisationRecord record = test::organisation(name);
            record.membership = test::membership(file, u"ENT_S"_s, u"CONNECT"_s);
            test::save(file, record);
        }
        helene = individual(u"Hélène"_s, u"Müller"_s, BoardPosition::President);
        paul = individual(u"Paul"_s, u"Klein"_s, BoardPosition::Secretary);
        sophie = individual(u"Sophie"_s, u"Bauer"_s, BoardPosition::Director);
        claire = individual(u"Claire"_s, u"Leroy"_s, std::nullopt);
        PersonRecord resigned = test::person(u"Denis"_s, u"Morel"_s);
        resigned.membership = test::membership(file, u"IND"_s, u"VIATIS"_s, MembershipStatus::Resigned);
        test::save(file, resigned);
        speaker = test::save(file, test::person(u"Lucie"_s, u"Faure"_s)).person.id;

        Meeting assembly;
        assembly.title = u"AG 2026"_s;
        assembly.startsAt = QDateTime(QDate(2026, 6, 12), QTime(18, 30));
        assembly.chairPersonId = helene;
        assembly.secretaryPersonId = paul;
        assemblyId = *store.saveMeeting(assembly);
        Meeting board;
        board.kind = MeetingKind::Board;
        board.title = u"Conseil de rentrée"_s;
        board.startsAt = QDateTime(QDate(2026, 9, 15), QTime(12, 0));
        board.place = u"Nancy"_s;
        boardMeetingId = *store.saveMeeting(board);
    }

    ~Club() { MessageBox::setAlwaysAnswer(QMessageBox::NoButton); }

    qint64 individual(const QString &first, const QString &last, std::optional<BoardPosition> seat)
    {
        PersonRecord record = test::person(first, last);
        record.membership = test::membership(file, u"IND"_s, u"VIATIS"_s);
        if (seat)
            record.boardRoles.append({0, 0, *seat, QDate(2024, 6, 14), QDate()});
        return test::save(file, record).person.id;
    }
};

int choiceIndex(const InviteesDialog &dialog, const QString &label)
{
    const int index = dialog.choiceCombo()->findText(label);
    INFO(label.toStdString());
    REQUIRE(index >= 0);
    return index;
}

QString cell(const InviteesDialog &dialog, const QString &name, int column)
{
    const int row = dialog.rowOf(name);
    INFO(name.toStdString());
    REQUIRE(row >= 0);
    return dialog.table()->item(row, column)->text();
}

} // namespace

TEST_CASE("the secretary invites the members, records replies and sends the convocations from the window", "[invitees]")
{
    Club club;
    InviteesDialog dialog(*club.db, club.assemblyId);
    CHECK(dialog.windowTitle() == u"Invités — AG 2026"_s);
    CHECK(dialog.choiceCombo()->currentText() == u"Tous les membres actifs"_s);
    CHECK(dialog.table()->isColumnHidden(InviteesDialog::AttendedColumn)); // the session keeps an assembly's attendance

    // Every active member, by the Ajouter button; the resigned one is not invited.
    QTest::mouseClick(test::child<QPushButton>(dialog, u"addInviteesButton"_s), Qt::LeftButton);
    REQUIRE(dialog.table()->rowCount() == 6);
    CHECK(dialog.rowOf(u"Denis MOREL"_s) < 0);
    CHECK(cell(dialog, u"Alpha Contact"_s, InviteesDialog::QualityColumn) == u"Membre"_s);
    CHECK(dialog.summaryLabel()->text().startsWith(u"6 invité(s)"_s));
    // Adding again adds nobody, and says so.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(test::child<QPushButton>(dialog, u"addInviteesButton"_s), Qt::LeftButton);
    CHECK(MessageBox::lastText() == u"Tous ceux que désigne «\u00a0Tous les membres actifs\u00a0» sont déjà invités."_s);

    // Replies: today's date is the date of the reply.
    REQUIRE(dialog.setReply({dialog.rowOf(u"Alpha Contact"_s), dialog.rowOf(u"Claire LEROY"_s)}, Reply::Yes));
    // A reply received by post a few days ago keeps its date.
    dialog.replyDateEdit()->setDate(QDate(2026, 5, 16));
    REQUIRE(dialog.setReply({dialog.rowOf(u"Beta Relation"_s)}, Reply::No));
    CHECK(cell(dialog, u"Beta Relation"_s, InviteesDialog::RepliedOnColumn) == u"16/05/2026"_s);
    dialog.replyDateEdit()->setDate(QDate(2026, 6, 30)); // never later than today
    CHECK(dialog.replyDateEdit()->date() == QDate(2026, 5, 20));
    CHECK(cell(dialog, u"Alpha Contact"_s, InviteesDialog::ReplyColumn) == u"Oui"_s);
    CHECK(cell(dialog, u"Alpha Contact"_s, InviteesDialog::RepliedOnColumn) == u"20/05/2026"_s);
    CHECK(dialog.summaryLabel()->text().contains(u"oui\u00a0: 2, non\u00a0: 1, peut-être\u00a0: 0, sans réponse\u00a0: 3"_s));

    // Beta Relation is taken off after the question, which recalls that every member must be
    // convened; the selection does not slide onto the next invitee.
    dialog.table()->selectRow(dialog.rowOf(u"Beta Relation"_s));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(test::child<QPushButton>(dialog, u"removeInviteesButton"_s), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(u"Tout membre à jour doit être convoqué"_s));
    CHECK(dialog.table()->rowCount() == 5);
    CHECK(dialog.rowOf(u"Beta Relation"_s) < 0);
    CHECK_FALSE(dialog.table()->selectionModel()->hasSelection());
    CHECK_FALSE(test::child<QPushButton>(dialog, u"removeInviteesButton"_s)->isEnabled());
    // An assembly convenes members: the board as persons is not offered.
    CHECK(dialog.choiceCombo()->findText(u"Le conseil d'administration"_s) < 0);
    CHECK(dialog.findChild<QPushButton *>(u"bureauButton"_s) == nullptr);

    // The sending options: 12 days before the assembly is short of the statuts' 15 days.
    auto stored = club.store.meeting(club.assemblyId);
    REQUIRE(stored);
    SendInvitationsDialog options(*stored, StatutesProfile::load(*club.db), QDate(2026, 5, 20), 5, 5);
    CHECK(options.windowTitle() == u"Envoyer les convocations"_s);
    CHECK(options.warningLabel()->isHidden());
    options.setSentOn(QDate(2026, 5, 31));
    CHECK_FALSE(options.warningLabel()->isHidden());
    CHECK(options.warningLabel()->text().contains(u"les statuts demandent au moins 15 jours"_s));
    CHECK(test::child<QLabel>(options, u"countLabel"_s)->text() == u"5 membre(s) recevront une convocation."_s);
    // Beta Relation, taken off the list, is an active member who would not be convened.
    options.setMembersLeftOut({u"Beta Relation"_s});
    CHECK(options.warningLabel()->text().contains(u"1 membre(s) actif(s) ne figurent pas parmi les invités"_s));
    CHECK(options.warningLabel()->text().contains(u"ne seront pas convoqués\u00a0: Beta Relation."_s));
    SendInvitationsDialog nobody(*stored, StatutesProfile::load(*club.db), QDate(2026, 5, 20), 0, 0);
    CHECK_FALSE(nobody.okButton()->isEnabled());
    // « Courriel » says that nothing is sent by Adhera, before the user counts on it.
    CHECK(options.channelNote()->isHidden());
    auto *channel = test::child<QComboBox>(options, u"channelCombo"_s);
    channel->setFocus();
    QTest::keyClick(channel, Qt::Key_Down);
    REQUIRE(options.channel() == ConvocationChannel::Email);
    CHECK_FALSE(options.channelNote()->isHidden());
    CHECK(options.channelNote()->text().contains(u"n'envoie pas encore de courriels"_s));

    // Written and recorded: one letter and one proxy form per member.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"convocations.pdf"_s);
    REQUIRE(dialog.send(QDate(2026, 5, 20), ConvocationChannel::Letter, true, path));
    CHECK(QFile::exists(path));
    CHECK(cell(dialog, u"Alpha Contact"_s, InviteesDialog::SentColumn) == u"20/05/2026 (courrier)"_s);
    CHECK(dialog.summaryLabel()->text().endsWith(u"convoqués\u00a0: 5"_s));
    if (const auto pages = test::poppler(u"pdfinfo"_s, {path}))
        CHECK(pages->contains(QRegularExpression(u"Pages:\\s+10\\b"_s)));
    else
        WARN("pdfinfo (poppler-utils) is not installed: the page count is not checked");

    // Nobody is left to convene; a convened member stays on the list, as proof.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(dialog.send(QDate(2026, 5, 21), ConvocationChannel::Email, true, dir.filePath(u"again.pdf"_s)));
    CHECK(MessageBox::lastText() == u"Aucun membre actif invité n'attend sa convocation."_s);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setAlwaysAnswer(QMessageBox::Ok);
    CHECK_FALSE(dialog.removeRows({dialog.rowOf(u"Alpha Contact"_s)}));
    CHECK(MessageBox::lastText().contains(u"la preuve de la convocation est conservée"_s));
    CHECK(dialog.table()->rowCount() == 5);
}

TEST_CASE("a conseil invites the board, records the sending, who came, and prints its lists", "[invitees]")
{
    Club club;
    InviteesDialog dialog(*club.db, club.boardMeetingId);
    CHECK(dialog.choiceCombo()->currentText() == u"Le conseil d'administration"_s);
    CHECK_FALSE(dialog.table()->isColumnHidden(InviteesDialog::AttendedColumn));
    CHECK(test::child<QPushButton>(dialog, u"bureauButton"_s)->text() == u"&Bureau élu…"_s); // a conseil elects the bureau
    REQUIRE(dialog.addChoice(dialog.choiceCombo()->currentIndex()) == 3);
    CHECK(cell(dialog, u"Hélène MÜLLER"_s, InviteesDialog::QualityColumn) == u"Président(e)"_s);
    CHECK(cell(dialog, u"Sophie BAUER"_s, InviteesDialog::QualityColumn) == u"Administrateur(trice)"_s);
    // The individual members too, as guests of this conseil.
    REQUIRE(dialog.addChoice(choiceIndex(dialog, u"Catégorie\u00a0: Membre individuel"_s)) == 4);
    REQUIRE(dialog.table()->rowCount() == 7);
    // A guest picked by name in the person box; the same guest again is not added twice.
    auto *guests = test::child<PersonCombo>(dialog, u"guestCombo"_s);
    guests->setEditText(u"Lucie FAURE"_s);
    QTest::mouseClick(test::child<QPushButton>(dialog, u"inviteGuestButton"_s), Qt::LeftButton);
    REQUIRE(dialog.table()->rowCount() == 8);
    CHECK(cell(dialog, u"Lucie FAURE"_s, InviteesDialog::QualityColumn) == u"Personne invitée"_s);
    CHECK(guests->personId() == 0);
    REQUIRE(dialog.inviteGuest(club.speaker));
    CHECK(dialog.table()->rowCount() == 8);

    REQUIRE(dialog.send(QDate(2026, 9, 1), ConvocationChannel::Email, true));
    CHECK(cell(dialog, u"Paul KLEIN"_s, InviteesDialog::SentColumn) == u"01/09/2026 (courriel)"_s);
    REQUIRE(dialog.setAttended({dialog.rowOf(u"Hélène MÜLLER"_s), dialog.rowOf(u"Paul KLEIN"_s)}, true));
    REQUIRE(dialog.setAttended({dialog.rowOf(u"Sophie BAUER"_s)}, false));
    CHECK(cell(dialog, u"Hélène MÜLLER"_s, InviteesDialog::AttendedColumn) == u"Présent"_s);
    CHECK(cell(dialog, u"Sophie BAUER"_s, InviteesDialog::AttendedColumn) == u"Absent"_s);
    CHECK(dialog.summaryLabel()->text().endsWith(u"présents\u00a0: 2"_s));

    QTemporaryDir dir;
    REQUIRE(dialog.writeList(InviteeListKind::Invitations, dir.filePath(u"invites.pdf"_s)));
    REQUIRE(dialog.writeList(InviteeListKind::AttendanceSheet, dir.filePath(u"presence.pdf"_s)));
    const auto list = test::pdfText(dir.filePath(u"invites.pdf"_s));
    const auto sheet = test::pdfText(dir.filePath(u"presence.pdf"_s));
    if (!list || !sheet) {
        WARN("pdftotext (poppler-utils) is not installed: the lists' text is not checked");
        return;
    }
    CHECK(list->contains(u"Conseil d'administration du 15 septembre 2026 à 12 h"_s));
    CHECK(list->contains(u"Invités : 8"_s));
    CHECK(sheet->contains(u"Feuille de présence"_s));
    CHECK(sheet->contains(u"Sophie BAUER"_s));
}

TEST_CASE("a new meeting is chaired by the président and minuted by the secrétaire seated that day", "[invitees]")
{
    Club club;
    MeetingDialog dialog(*club.db);
    CHECK(dialog.chairCombo()->personId() == club.helene);
    CHECK(dialog.secretaryCombo()->personId() == club.paul);
    CHECK(dialog.chairCombo()->itemText(dialog.chairCombo()->currentIndex()) == u"Hélène MÜLLER — Président(e)"_s);
    // Anyone of the file can chair, typed in any case.
    dialog.chairCombo()->setEditText(u"claire leroy"_s);
    CHECK(dialog.chairCombo()->personId() == club.claire);
    // A name that is nobody in the file, or the same person twice, is said and nothing saved.
    dialog.secretaryCombo()->setEditText(u"Paul KLEI"_s);
    CHECK(dialog.secretaryCombo()->hasUnknownText());
    CHECK_FALSE(dialog.save());
    CHECK(dialog.problemLabel()->text().contains(u"«\u00a0Paul KLEI\u00a0» n'est pas dans la liste"_s));
    dialog.secretaryCombo()->setEditText(u"Claire LEROY"_s);
    CHECK_FALSE(dialog.save());
    CHECK(dialog.problemLabel()->text().startsWith(u"Le président et le secrétaire de séance sont deux personnes différentes"_s));
    // A board member typed without the seat shown after the name.
    dialog.secretaryCombo()->setEditText(u"paul klein"_s);
    CHECK(dialog.secretaryCombo()->personId() == club.paul);
    dialog.setTitle(u"AG extraordinaire"_s);
    REQUIRE(dialog.save());
    auto stored = club.store.meeting(dialog.meetingId());
    REQUIRE(stored);
    CHECK(stored->chairPersonId == club.claire);
    CHECK(stored->secretaryPersonId == club.paul);
}

TEST_CASE("the session records its opening; an adopted election installs the board; the declaration is reminded", "[invitees]")
{
    Club club;
    AgendaItem election;
    election.kind = AgendaItemKind::Election;
    election.title = u"Élection du conseil d'administration"_s;
    auto agenda = club.store.setAgenda(club.assemblyId, {election});
    REQUIRE(agenda);
    *club.clock = QDateTime(QDate(2026, 6, 12), QTime(18, 38));
    // No dues in this file: every member votes.
    StatutesProfile profile = StatutesProfile::load(*club.db);
    profile.voteRequiresDuesPaid = false;
    REQUIRE(profile.save(*club.db));
    // A refusal would show a box: answer it rather than wait.
    MessageBox::setAlwaysAnswer(QMessageBox::Ok);

    AssemblySession session(*club.db, club.assemblyId);
    REQUIRE(session.prepareSheet());
    auto sheet = club.store.attendance(club.assemblyId);
    REQUIRE(sheet);
    for (const AttendanceRow &row : *sheet)
        REQUIRE(session.checkIn(row.membershipId, Presence::Present));
    CHECK(session.openedLabel()->text().isEmpty());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(test::child<QPushButton>(session, u"openSessionButton"_s), Qt::LeftButton);
    CHECK(MessageBox::lastText().startsWith(u"Ouvrir la séance à 18\u00a0h\u00a038\u00a0?\n\nQuorum atteint"_s));
    CHECK(session.openedLabel()->text() == u"Séance ouverte à 18\u00a0h\u00a038"_s);
    auto opened = club.store.meeting(club.assemblyId);
    REQUIRE(opened);
    CHECK(opened->openedAt == QDateTime(QDate(2026, 6, 12), QTime(18, 38)));

    session.tabs()->setCurrentIndex(1);
    CHECK(session.boardButton()->isHidden());
    const bool voted = session.recordVoteFor(agenda->first().id, VoteCount {4, 0, 0, 0, 0});
    INFO(MessageBox::lastText().toStdString());
    REQUIRE(voted);
    CHECK_FALSE(session.boardButton()->isHidden());
    REQUIRE(session.generateDraft());
    auto minutes = club.store.minutes(club.assemblyId);
    REQUIRE(minutes);
    REQUIRE(minutes->size() == 1);
    CHECK(minutes->first().body.contains(u"le douze juin, à 18\u00a0h\u00a038,"_s));

    // Opened again the next day to finish the minutes: times are the meeting's, from its opening.
    *club.clock = QDateTime(QDate(2026, 6, 13), QTime(9, 15));
    {
        AssemblySession nextDay(*club.db, club.assemblyId);
        CHECK_FALSE(test::child<QCheckBox>(nextDay, u"nowCheck"_s)->isChecked());
        CHECK(nextDay.pointingTime() == QDateTime(QDate(2026, 6, 12), QTime(18, 38)));
        CHECK(nextDay.quorumLabel().contains(u"À 18\u00a0h\u00a038"_s));
    }

    // The board as elected: Sophie becomes secrétaire in Paul's place, Claire joins.
    BoardElectionDialog board(*club.db, *opened);
    REQUIRE(board.seats().size() == 3);
    CHECK(board.seatList()->item(0)->text() == u"Hélène MÜLLER — Président(e)"_s);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(board.addSeat(club.sophie, BoardPosition::Secretary));
    CHECK(MessageBox::lastText().contains(u"Sophie BAUER siège déjà au conseil"_s));
    board.removeSeat(2); // Sophie, administratrice
    board.removeSeat(1); // Paul, secrétaire
    REQUIRE(board.addSeat(club.sophie, BoardPosition::Secretary));
    REQUIRE(board.addSeat(club.claire, BoardPosition::Director));
    CHECK(board.seatList()->count() == 3);
    CHECK(board.seatList()->item(1)->text() == u"Sophie BAUER — Secrétaire"_s);
    CHECK(board.changeText() == u"1 siège(s) inchangé(s), 2 mandat(s) prenant fin le 11/06/2026, 2 mandat(s) commençant le 12/06/2026."_s);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(board.save());
    CHECK(MessageBox::lastText().endsWith(board.changeText()));
    auto seated = boardSeatedOn(*club.db, QDate(2026, 6, 12));
    REQUIRE(seated);
    QList<qint64> persons;
    for (const BoardSeat &seat : *seated)
        persons.append(seat.personId);
    CHECK(persons == QList<qint64> {club.helene, club.sophie, club.claire});

    // The meetings page reminds the declaration until it is recorded.
    MeetingsPage page(*club.db);
    CHECK(page.declarationBanner()->isVisibleTo(&page));
    CHECK(page.declarationBanner()->text()
        == u"Déclaration à faire au greffe des associations au plus tard le 12/09/2026\u00a0: AG 2026 du 12/06/2026 (Élection du "
           "conseil d'administration)."_s);
    *club.clock = QDateTime(QDate(2026, 7, 2), QTime(9, 0));
    REQUIRE(page.recordDeclaration(club.assemblyId, QDate(2026, 7, 1)));
    CHECK_FALSE(page.declarationBanner()->isVisibleTo(&page));
}

TEST_CASE("meeting screenshots", "[.screenshots]")
{
    auto db = test::memoryDatabase();
    db->setClock([] { return QDateTime(QDate(2026, 11, 28), QTime(10, 0)); });
    REQUIRE(demo::fill(*db));
    const QString folder = qEnvironmentVariable("ADHERA_SCREENSHOT_DIR", QDir::tempPath());
    MeetingStore store(*db);
    auto meetings = store.meetings();
    REQUIRE(meetings);
    auto find = [&](MeetingKind kind, int year) {
        for (const Meeting &meeting : *meetings)
            if (meeting.kind == kind && meeting.startsAt.date().year() == year)
                return meeting;
        FAIL("no such meeting");
        return Meeting();
    };
    const Meeting board = find(MeetingKind::Board, 2026);
    const Meeting next = find(MeetingKind::GeneralOrdinary, 2027);
    const Meeting past = find(MeetingKind::GeneralOrdinary, 2025);
    {
        InviteesDialog dialog(*db, board.id);
        test::showActive(dialog);
        CHECK(dialog.grab().save(QDir(folder).filePath(u"invitees-board.png"_s)));
    }
    {
        InviteesDialog dialog(*db, next.id);
        test::showActive(dialog);
        CHECK(dialog.grab().save(QDir(folder).filePath(u"invitees-assembly.png"_s)));
        SendInvitationsDialog options(next, StatutesProfile::load(*db), QDate(2027, 5, 31), 73, 73);
        test::showActive(options);
        CHECK(options.grab().save(QDir(folder).filePath(u"send-convocations.png"_s)));
    }
    {
        BoardElectionDialog dialog(*db, past);
        test::showActive(dialog);
        CHECK(dialog.grab().save(QDir(folder).filePath(u"board-election.png"_s)));
        MeetingDialog editor(*db, next.id);
        test::showActive(editor);
        CHECK(editor.grab().save(QDir(folder).filePath(u"meeting-dialog.png"_s)));
    }
    {
        AssemblySession session(*db, past.id);
        session.resize(1180, 760);
        test::showActive(session);
        CHECK(session.grab().save(QDir(folder).filePath(u"session-sheet.png"_s)));
        session.tabs()->setCurrentIndex(1);
        session.itemList()->setCurrentRow(session.itemList()->count() - 1);
        QApplication::processEvents(); // the new texts laid out, as the event loop would
        CHECK(session.grab().save(QDir(folder).filePath(u"session-votes.png"_s)));
    }
    REQUIRE(store.recordDeclaration(past.id, QDate()));
    MeetingsPage page(*db);
    page.resize(1200, 600);
    page.setShownMeetings(MeetingsPage::AllMeetings);
    test::showActive(page);
    CHECK(page.grab().save(QDir(folder).filePath(u"meetings-page.png"_s)));
}

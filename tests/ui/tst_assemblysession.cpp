// SPDX-License-Identifier: GPL-3.0-or-later
// « Séance »: the assembly run live. The issue's GUI proof: build an agenda, check members in (one
// by proxy), record a vote, see the quorum and the result, generate the minutes, lock them and
// print them.
#include "assembly/assemblysession.h"
#include "assembly/attendancemodel.h"
#include "assembly/meetingstore.h"
#include "assembly/minutesdraft.h"
#include "assembly/sessioncontroller.h"
#include "builders.h"
#include "catch.h"
#include "dialogs/editorsupport.h"
#include "dialogtesting.h"
#include "dues/duesledger.h"
#include "i18n/translations.h"
#include "members/memberfile.h"
#include "messagebox.h"
#include "pdftext.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::assembly;

namespace {

// Six individual members of Connect; five paid their 2026 dues, Marc WEBER did not and has no
// vote. The statuts ask for half of the votes on first convocation and one proxy per holder. The
// ordinary assembly of 12 June 2026 at 18:30 approves the accounts.
struct SessionFixture {
    std::unique_ptr<Database> db = test::memoryDatabase();
    std::shared_ptr<QDateTime> clock = std::make_shared<QDateTime>(QDate(2026, 6, 12), QTime(18, 10));
    MemberFile file {*db};
    MeetingStore store {*db};
    QHash<QString, qint64> members; // last name → membership id
    qint64 meetingId = 0;
    qint64 accountsId = 0;

    SessionFixture()
    {
        MessageBox::setAlwaysAnswer(QMessageBox::NoButton);
        db->setClock([clock = clock] { return *clock; });
        const QList<std::pair<QString, QString>> names {{u"Hélène"_s, u"Müller"_s}, {u"Jean"_s, u"Dupont"_s}, {u"Sophie"_s, u"Laurent"_s},
            {u"Claire"_s, u"Antoine"_s}, {u"Paul"_s, u"Martin"_s}, {u"Marc"_s, u"Weber"_s}};
        QHash<QString, qint64> people;
        for (const auto &[first, last] : names) {
            PersonRecord record = test::person(first, last);
            record.membership = test::membership(file, u"IND"_s, u"CONNECT"_s);
            const PersonRecord saved = test::save(file, record);
            members.insert(last, saved.membership->id);
            people.insert(last, saved.person.id);
        }

        dues::DuesLedger ledger(*db);
        REQUIRE(ledger.saveSchedule(dues::FeeSchedule {0, 2026, test::categoryId(file, u"IND"_s), 6000, dues::JoiningRule::Full}));
        REQUIRE(ledger.issueCalls(2026, QDate(2026, 1, 15), QDate(2026, 2, 14)));
        const QList<dues::DuesCall> calls = *ledger.calls(2026);
        REQUIRE(calls.size() == 6);
        for (const dues::DuesCall &call : calls) {
            if (call.membershipId == members.value(u"Weber"_s))
                continue;
            dues::Payment payment;
            payment.receivedOn = QDate(2026, 2, 1);
            payment.amount = 6000;
            payment.allocations = {{call.id, 6000}};
            REQUIRE(ledger.recordPayment(payment));
        }

        StatutesProfile profile = StatutesProfile::load(*db);
        profile.quorumOrdinaryFirst = Fraction {1, 2};
        profile.maxProxiesPerHolder = 1;
        REQUIRE(profile.save(*db));

        Meeting meeting;
        meeting.kind = MeetingKind::GeneralOrdinary;
        meeting.title = u"Assemblée générale 2026"_s;
        meeting.startsAt = QDateTime(QDate(2026, 6, 12), QTime(18, 30));
        meeting.place = u"Centre de congrès Robert Schuman, Metz"_s;
        meeting.chairPersonId = people.value(u"Müller"_s);
        meeting.secretaryPersonId = people.value(u"Dupont"_s);
        meetingId = *store.saveMeeting(meeting);

        AgendaItem report;
        report.kind = AgendaItemKind::Information;
        report.title = u"Rapport moral de la présidente"_s;
        AgendaItem accounts;
        accounts.kind = AgendaItemKind::Resolution;
        accounts.title = u"Approbation des comptes de l'exercice 2025"_s;
        accounts.body = u"L'assemblée générale approuve les comptes de l'exercice clos le 31 décembre 2025."_s;
        AgendaItem other;
        other.kind = AgendaItemKind::OtherBusiness;
        other.title = u"Questions diverses"_s;
        const auto agenda = store.setAgenda(meetingId, {report, accounts, other});
        REQUIRE(agenda);
        accountsId = agenda->at(1).id;
    }

    ~SessionFixture() { MessageBox::setAlwaysAnswer(QMessageBox::NoButton); }

    void setTime(int hour, int minute) const { *clock = QDateTime(QDate(2026, 6, 12), QTime(hour, minute)); }
};

int rowOf(const QTableView *table, const QString &member)
{
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data().toString() == member)
            return row;
    return -1;
}

QString cell(const QTableView *table, const QString &member, int column)
{
    const int row = rowOf(table, member);
    REQUIRE(row >= 0);
    return table->model()->index(row, column).data().toString();
}

// Prepares, checks in three of the five voters (one by proxy) and records the accounts.
void runSession(SessionFixture &f, AssemblySession &session)
{
    REQUIRE(session.prepareSheet());
    f.setTime(18, 20);
    REQUIRE(session.checkIn(f.members.value(u"Müller"_s), Presence::Present));
    REQUIRE(session.checkIn(f.members.value(u"Dupont"_s), Presence::Present));
    REQUIRE(session.checkIn(f.members.value(u"Laurent"_s), Presence::Represented, f.members.value(u"Müller"_s)));
    f.setTime(18, 45);
    REQUIRE(session.recordVoteFor(f.accountsId, VoteCount {3, 0, 0, 0, 0}));
}

} // namespace

TEST_CASE("the secretary checks members in, sees the quorum, records a vote and writes the minutes", "[assemblysession]")
{
    SessionFixture f;
    AssemblySession session(*f.db, f.meetingId);
    QAbstractItemModelTester tester(session.attendanceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(session.lockedNote()->isHidden()); // nothing locked yet
    CHECK(session.windowTitle() == u"Séance — Assemblée générale 2026"_s);
    CHECK(session.quorumLabel().contains(u"pas encore préparée"_s));

    // The sheet: every active member, Marc WEBER without a vote for his unpaid dues.
    QTest::mouseClick(test::child<QPushButton>(session, u"prepareButton"_s), Qt::LeftButton);
    QTableView *table = session.attendanceTable();
    REQUIRE(table->model()->rowCount() == 6);
    CHECK(cell(table, u"Hélène MÜLLER"_s, 2) == u"oui"_s);
    CHECK(cell(table, u"Hélène MÜLLER"_s, 1) == u"Hélène MÜLLER"_s);
    CHECK(cell(table, u"Marc WEBER"_s, 2).contains(u"cotisation"_s));
    CHECK(cell(table, u"Marc WEBER"_s, 3) == u"Absent"_s);
    CHECK(session.quorumLabel().startsWith(u"Quorum non atteint"_s));
    CHECK(session.quorumLabel().contains(u"sur 5 membre(s)"_s));

    // Present by the button on the selected row, at the database clock's time.
    f.setTime(18, 20);
    table->selectRow(rowOf(table, u"Hélène MÜLLER"_s));
    QTest::mouseClick(test::child<QPushButton>(session, u"presentButton"_s), Qt::LeftButton);
    CHECK(cell(table, u"Hélène MÜLLER"_s, 3) == u"Présent"_s);
    CHECK(cell(table, u"Hélène MÜLLER"_s, 4) == u"18\u00a0h\u00a020"_s);
    REQUIRE(session.checkIn(f.members.value(u"Dupont"_s), Presence::Present));
    CHECK(session.quorumLabel().startsWith(u"Quorum non atteint\u00a0: 2 voix"_s));

    // One by proxy: the quorum (3 of 5) is met, and the holder carries two votes.
    REQUIRE(session.checkIn(f.members.value(u"Laurent"_s), Presence::Represented, f.members.value(u"Müller"_s)));
    CHECK(cell(table, u"Sophie LAURENT"_s, 3) == u"Représenté par Hélène MÜLLER"_s);
    CHECK(cell(table, u"Hélène MÜLLER"_s, 6) == u"2"_s);
    CHECK(session.quorumLabel().startsWith(u"Quorum atteint\u00a0: 3 voix"_s));
    CHECK(session.quorumLabel().contains(u"2 présent(s), 1 représenté(s)"_s));

    // A second proxy to the same holder is over the statuts' cap: the store's message is shown.
    const int before = MessageBox::shownCount();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(session.checkIn(f.members.value(u"Antoine"_s), Presence::Represented, f.members.value(u"Müller"_s)));
    CHECK(MessageBox::shownCount() == before + 1);
    CHECK(MessageBox::lastText().contains(u"Claire ANTOINE"_s));
    CHECK(cell(table, u"Claire ANTOINE"_s, 3) == u"Absent"_s);

    // The search box filters by name, accents aside.
    test::child<QLineEdit>(session, u"searchEdit"_s)->setText(u"helene"_s);
    CHECK_FALSE(table->isRowHidden(rowOf(table, u"Hélène MÜLLER"_s)));
    CHECK(table->isRowHidden(rowOf(table, u"Marc WEBER"_s)));
    test::child<QLineEdit>(session, u"searchEdit"_s)->clear();
    CHECK_FALSE(table->isRowHidden(rowOf(table, u"Marc WEBER"_s)));

    // The vote, typed in the Votes tab.
    f.setTime(18, 45);
    session.tabs()->setCurrentIndex(1);
    REQUIRE(session.itemList()->count() == 1);
    CHECK(session.itemList()->item(0)->text().startsWith(u"2. Approbation des comptes"_s));
    CHECK(test::child<QLabel>(session, u"ruleLabel"_s)->text().contains(u"majorité simple"_s));
    test::child<QSpinBox>(session, u"forSpin"_s)->setValue(3);
    QTest::mouseClick(test::child<QPushButton>(session, u"recordVoteButton"_s), Qt::LeftButton);
    CHECK(session.outcomeLabel()->text().contains(u"adoptée"_s));
    CHECK(session.itemList()->item(0)->text().endsWith(u"adoptée"_s));
    const auto vote = f.store.vote(f.accountsId);
    REQUIRE(vote);
    REQUIRE(vote->has_value());
    CHECK((*vote)->adopted);
    CHECK((*vote)->count.inFavour == 3);

    // The minutes: generated, locked, printed.
    session.tabs()->setCurrentIndex(2);
    QTest::mouseClick(test::child<QPushButton>(session, u"generateButton"_s), Qt::LeftButton);
    const QString draft = session.minutesEdit()->toPlainText();
    CHECK(draft.startsWith(u"Procès-verbal de l'assemblée générale ordinaire du 12 juin 2026"_s));
    CHECK(draft.contains(u"Approbation des comptes"_s));
    CHECK(draft.contains(u"Hélène MÜLLER"_s));
    CHECK(draft.contains(u"Jean DUPONT"_s));
    CHECK(draft.contains(u"3"_s));
    CHECK_FALSE(session.minutesEdit()->isReadOnly());

    // Who convened, when, and the closing time are still blanks: approval is refused before any
    // question, naming them, and the cursor is put on the first one. The no-break spaces of the
    // draft survive the editor.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(test::child<QPushButton>(session, u"lockButton"_s), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(u"« sur convocation du … »"_s));
    CHECK(MessageBox::lastText().contains(u"adressée le …"_s));
    CHECK(MessageBox::lastText().contains(u"« est levée à …\u00a0h\u00a0… »"_s));
    CHECK_FALSE(f.store.minutes(f.meetingId)->constLast().isLocked());
    CHECK(session.minutesEdit()->textCursor().selectedText() == u"…"_s);
    // The secretary types over each blank.
    QString filled = EditorSupport::text(session.minutesEdit());
    filled.replace(u"convocation du … adressée le …"_s, u"convocation du président adressée le 20\u00a0mai\u00a02026"_s)
        .replace(u"…\u00a0h\u00a0…"_s, u"20\u00a0h\u00a015"_s);
    session.minutesEdit()->setPlainText(filled);
    session.minutesEdit()->document()->setModified(true);
    INFO(minutesBlanks(filled).join(u" | "_s).toStdString());
    REQUIRE(minutesBlanks(filled).isEmpty());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(test::child<QPushButton>(session, u"lockButton"_s), Qt::LeftButton);
    CHECK(session.minutesEdit()->isReadOnly());
    // Stored as written, its no-break spaces kept (times, « : »).
    const QString stored = f.store.minutes(f.meetingId)->constLast().body;
    CHECK(stored.contains(u"levée à 20\u00a0h\u00a015"_s));
    CHECK(stored.contains(u"Lieu de la réunion\u00a0:"_s));
    CHECK(session.minutesStatusLabel()->text().startsWith(u"Verrouillé le 12/06/2026 — version 1"_s));
    CHECK(f.store.minutes(f.meetingId)->constLast().isLocked());
    CHECK_FALSE(test::child<QPushButton>(session, u"generateButton"_s)->isEnabled());

    QTemporaryDir folder;
    const QString pdf = folder.filePath(u"pv.pdf"_s);
    REQUIRE(session.writeMinutesPdfTo(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    // The feuille d'émargement: the five members entitled to vote, Marc WEBER left out.
    const QString sheet = folder.filePath(u"emargement.pdf"_s);
    REQUIRE(session.writeSheetPdfTo(sheet));
    if (const auto text = test::pdfText(sheet)) {
        CHECK(text->contains(u"Feuille d'émargement"_s));
        CHECK(text->contains(u"Membres ayant le droit de vote : 5"_s));
        CHECK_FALSE(text->contains(u"WEBER"_s));
    } else {
        WARN("pdftotext (poppler-utils) is not installed: the sheet's text is not checked");
    }

    // The sheet reported in the locked minutes no longer changes, and the window says so on
    // every tab, before anything is tried.
    CHECK_FALSE(session.lockedNote()->isHidden());
    CHECK(session.lockedNote()->text().contains(u"verrouillé"_s));
    CHECK_FALSE(test::child<QCheckBox>(session, u"nowCheck"_s)->isEnabled());
    CHECK_FALSE(test::child<QTimeEdit>(session, u"timeEdit"_s)->isEnabled());
    CHECK_FALSE(test::child<QPushButton>(session, u"presentButton"_s)->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(session.checkIn(f.members.value(u"Martin"_s), Presence::Present));
    CHECK(MessageBox::lastText().contains(u"verrouillé"_s));
    CHECK_FALSE(test::child<QPushButton>(session, u"recordVoteButton"_s)->isEnabled());

    // A correction is version 2, a draft again.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(session.correctMinutes());
    CHECK_FALSE(session.minutesEdit()->isReadOnly());
    CHECK(session.minutesStatusLabel()->text().startsWith(u"Brouillon — version 2"_s));
    CHECK_FALSE(session.lockedNote()->isHidden()); // version 1 stays locked: the sheet does not reopen
}

TEST_CASE("a vote is refused without the quorum, and a departure counts from its time", "[assemblysession]")
{
    SessionFixture f;
    AssemblySession session(*f.db, f.meetingId);
    REQUIRE(session.prepareSheet());
    f.setTime(18, 20);
    REQUIRE(session.checkIn(f.members.value(u"Müller"_s), Presence::Present));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(session.recordVoteFor(f.accountsId, VoteCount {1, 0, 0, 0, 0}));
    CHECK(MessageBox::lastText().contains(u"Quorum non atteint"_s));

    REQUIRE(session.checkIn(f.members.value(u"Dupont"_s), Presence::Present));

    // « Représenté par… » offers the members present with a vote.
    QTableView *table = session.attendanceTable();
    table->selectRow(rowOf(table, u"Sophie LAURENT"_s));
    QStringList offered;
    QTimer::singleShot(0, &session, [&offered] {
        auto *chooser = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!chooser)
            return;
        if (auto *holders = chooser->findChild<QComboBox *>(u"holderCombo"_s))
            for (int i = 0; i < holders->count(); ++i)
                offered.append(holders->itemText(i));
        chooser->accept();
    });
    QTest::mouseClick(test::child<QPushButton>(session, u"proxyButton"_s), Qt::LeftButton);
    REQUIRE(offered.size() == 2);
    CHECK(offered.at(0).startsWith(u"Jean DUPONT"_s));
    CHECK(offered.at(1) == u"Hélène MÜLLER — 0 procuration(s) sur 1"_s);
    CHECK(cell(table, u"Sophie LAURENT"_s, 3) == u"Représenté par Jean DUPONT"_s);
    CHECK(session.quorumLabel().startsWith(u"Quorum atteint"_s));

    REQUIRE(session.checkIn(f.members.value(u"Martin"_s), Presence::Present));
    f.setTime(19, 50);
    REQUIRE(session.recordDeparture(f.members.value(u"Martin"_s)));
    CHECK(cell(session.attendanceTable(), u"Paul MARTIN"_s, 5) == u"19\u00a0h\u00a050"_s);
    CHECK(session.quorumLabel().startsWith(u"Quorum atteint"_s));
    REQUIRE(session.checkIn(f.members.value(u"Laurent"_s), Presence::Absent));
    CHECK(session.quorumLabel().startsWith(u"Quorum non atteint"_s));
}

TEST_CASE("a proxy goes to a person present, never to one who holds the statutes' cap already", "[assemblysession]")
{
    SessionFixture f;
    StatutesProfile profile = StatutesProfile::load(*f.db);
    profile.maxProxiesPerHolder = 1;
    REQUIRE(profile.save(*f.db));
    AssemblySession session(*f.db, f.meetingId);
    REQUIRE(session.prepareSheet());
    f.setTime(18, 20);
    REQUIRE(session.checkIn(f.members.value(u"Dupont"_s), Presence::Present));
    REQUIRE(session.checkIn(f.members.value(u"Müller"_s), Presence::Present));
    REQUIRE(session.checkIn(f.members.value(u"Laurent"_s), Presence::Represented, f.members.value(u"Dupont"_s)));

    QTableView *table = session.attendanceTable();
    table->selectRow(rowOf(table, u"Paul MARTIN"_s));
    QStringList offered;
    QString capText;
    QTimer::singleShot(0, &session, [&] {
        auto *chooser = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!chooser)
            return;
        if (auto *holders = chooser->findChild<QComboBox *>(u"holderCombo"_s))
            for (int i = 0; i < holders->count(); ++i)
                offered.append(holders->itemText(i));
        if (auto *cap = chooser->findChild<QLabel *>(u"capLabel"_s))
            capText = cap->text();
        chooser->accept();
    });
    QTest::mouseClick(test::child<QPushButton>(session, u"proxyButton"_s), Qt::LeftButton);
    CHECK(offered == QStringList {u"Hélène MÜLLER — 0 procuration(s) sur 1"_s});
    CHECK(capText.contains(u"Jean DUPONT"_s));
    CHECK(cell(table, u"Paul MARTIN"_s, 3) == u"Représenté par Hélène MÜLLER"_s);
    const auto rows = f.store.attendance(f.meetingId);
    REQUIRE(rows);
    for (const AttendanceRow &row : *rows)
        if (row.membershipId == f.members.value(u"Martin"_s))
            CHECK(row.proxyHolderId == f.members.value(u"Müller"_s));
}

TEST_CASE("the session's controller runs it without a window and says which part changed", "[assemblysession]")
{
    SessionFixture f;
    SessionController session(*f.db, f.meetingId);
    QSignalSpy changes(&session, &SessionController::changed);
    const auto lastChange = [&] { return changes.takeLast().at(0).value<SessionController::Parts>(); };
    REQUIRE(session.reload());
    CHECK(lastChange() == SessionController::Parts(SessionController::Everything));
    CHECK_FALSE(session.isPrepared());

    REQUIRE(session.prepareSheet());
    CHECK(lastChange() == SessionController::Parts(SessionController::SheetPart));
    CHECK(session.rows().size() == 6);
    CHECK(f.store.attendance(f.meetingId)->size() == 6);

    // Late entries typed from notes: the time typed on the meeting's day, not the clock's.
    session.pointAt(QTime(18, 20));
    CHECK(lastChange() == SessionController::Parts(SessionController::PointingTimePart));
    CHECK(session.pointingTime() == QDateTime(QDate(2026, 6, 12), QTime(18, 20)));
    for (const QString &name : {u"Müller"_s, u"Dupont"_s, u"Laurent"_s})
        REQUIRE(session.checkIn(f.members.value(name), Presence::Present));
    CHECK(lastChange() == SessionController::Parts(SessionController::SheetPart));
    CHECK(session.quorum()->met);
    CHECK(session.votesHeld().value(f.members.value(u"Müller"_s)) == 1);

    session.pointAt(QTime(18, 45));
    const auto vote = session.recordVote(f.accountsId, VoteCount {3, 0, 0, 0, 0});
    REQUIRE(vote);
    CHECK(vote->adopted);
    CHECK(lastChange() == SessionController::Parts(SessionController::VotesPart));
    CHECK((*f.store.vote(f.accountsId))->recordedAt.toLocalTime() == QDateTime(QDate(2026, 6, 12), QTime(18, 45)));

    REQUIRE(session.generateDraft());
    CHECK(lastChange() == SessionController::Parts(SessionController::MinutesPart));
    CHECK(session.latestMinutes()->body.contains(u"Approbation des comptes"_s));
    // Blanks left in the draft: refused, nothing locked.
    const auto withBlanks = session.lockMinutes();
    REQUIRE_FALSE(withBlanks);
    CHECK(withBlanks.error().message.contains(u"blanc"_s));
    CHECK_FALSE(session.isLocked());
    CHECK_FALSE(f.store.minutes(f.meetingId)->constLast().isLocked());
    QString body = session.latestMinutes()->body;
    body.replace(u'…', u"20"_s);
    REQUIRE(minutesBlanks(body).isEmpty());
    REQUIRE(session.saveDraft(body));
    REQUIRE(session.lockMinutes());
    CHECK(lastChange() == SessionController::Parts(SessionController::Everything));
    CHECK(session.isLocked());

    // Locked: the sheet and the votes no longer change, and the file is as it was.
    changes.clear();
    const auto refused = session.checkIn(f.members.value(u"Antoine"_s), Presence::Present);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(u"verrouillé"_s));
    CHECK_FALSE(session.recordVote(f.accountsId, VoteCount {0, 3, 0, 0, 0}, std::nullopt, u"erreur"_s));
    CHECK(changes.isEmpty());
    const QList<AttendanceRow> stored = *f.store.attendance(f.meetingId);
    const auto antoine = std::find_if(
        stored.cbegin(), stored.cend(), [&](const AttendanceRow &row) { return row.membershipId == f.members.value(u"Antoine"_s); });
    REQUIRE(antoine != stored.cend());
    CHECK(antoine->presence == Presence::Absent);
    CHECK((*f.store.vote(f.accountsId))->adopted);
}

TEST_CASE("a vote redraws the votes, not the attendance sheet", "[assemblysession]")
{
    SessionFixture f;
    AssemblySession session(*f.db, f.meetingId);
    runSession(f, session);
    QSignalSpy resets(session.attendanceModel(), &QAbstractItemModel::modelReset);
    QSignalSpy sheetChanges(session.attendanceModel(), &QAbstractItemModel::dataChanged);
    REQUIRE(session.recordVoteFor(f.accountsId, VoteCount {2, 1, 0, 0, 0}, std::nullopt, u"une voix mal comptée"_s));
    CHECK(resets.isEmpty());
    CHECK(sheetChanges.isEmpty());
    CHECK(session.itemList()->currentItem()->text().contains(u"adoptée"_s));
    // A check-in redraws the sheet.
    REQUIRE(session.checkIn(f.members.value(u"Antoine"_s), Presence::Present));
    CHECK(resets.size() + sheetChanges.size() > 0);
}

TEST_CASE("the minutes are locked only with a chair and a secretary", "[assemblysession]")
{
    SessionFixture f;
    Meeting meeting = *f.store.meeting(f.meetingId);
    meeting.secretaryPersonId = 0;
    REQUIRE(f.store.saveMeeting(meeting));
    AssemblySession session(*f.db, f.meetingId);
    REQUIRE(session.prepareSheet());
    REQUIRE(session.generateDraft());
    // Nobody came: the quorum was not reached.
    CHECK(session.minutesEdit()->toPlainText().startsWith(u"Procès-verbal de carence"_s));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(session.lockMinutes());
    CHECK(MessageBox::lastText().contains(u"secrétaire de séance"_s));
    CHECK_FALSE(f.store.minutes(f.meetingId)->constLast().isLocked());
}

TEST_CASE("a recorded vote is corrected with a reason, and the minutes keep the first count", "[assemblysession]")
{
    SessionFixture f;
    AssemblySession session(*f.db, f.meetingId);
    test::showActive(session);
    REQUIRE(session.prepareSheet());
    f.setTime(18, 20);
    for (const QString &name : {u"Müller"_s, u"Dupont"_s, u"Laurent"_s})
        REQUIRE(session.checkIn(f.members.value(name), Presence::Present));

    // Typed wrongly: rejected.
    f.setTime(18, 45);
    session.tabs()->setCurrentIndex(1);
    auto *forSpin = test::child<QSpinBox>(session, u"forSpin"_s);
    auto *againstSpin = test::child<QSpinBox>(session, u"againstSpin"_s);
    auto *button = test::child<QPushButton>(session, u"recordVoteButton"_s);
    againstSpin->setValue(3);
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(session.outcomeLabel()->text().contains(u"rejetée"_s));
    CHECK(button->text() == u"Corri&ger le vote…"_s);
    auto *reasonEdit = test::child<QLineEdit>(session, u"correctionEdit"_s);
    CHECK(reasonEdit->isVisible());

    // Without a reason nothing changes.
    f.setTime(18, 50);
    forSpin->setValue(3);
    againstSpin->setValue(0);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(u"motif de la correction"_s));
    CHECK_FALSE((*f.store.vote(f.accountsId))->adopted);

    // With a reason, the question shows both results; « Non » keeps the first.
    test::typeText(reasonEdit, u"voix pour et contre inversées à la saisie"_s);
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(u"pour 0, contre 3, abstentions 0 — résolution rejetée"_s));
    CHECK(MessageBox::lastText().contains(u"pour 3, contre 0, abstentions 0"_s));
    CHECK_FALSE((*f.store.vote(f.accountsId))->adopted);
    CHECK(f.store.voteCorrections(f.meetingId)->isEmpty());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(session.outcomeLabel()->text().contains(u"adoptée"_s));
    CHECK((*f.store.vote(f.accountsId))->adopted);
    const auto corrections = f.store.voteCorrections(f.meetingId);
    REQUIRE(corrections->size() == 1);
    CHECK(corrections->at(0).count.against == 3);
    CHECK(corrections->at(0).reason == u"voix pour et contre inversées à la saisie"_s);

    session.tabs()->setCurrentIndex(2);
    QTest::mouseClick(test::child<QPushButton>(session, u"generateButton"_s), Qt::LeftButton);
    // The draft as stored (the editor shows it with plain spaces).
    CHECK(f.store.minutes(f.meetingId)
              ->constLast()
              .body.contains(
                  u"Un premier décompte, enregistré à 18\u00a0h\u00a045 (pour 0, contre 3, abstentions 0\u00a0: résolution rejetée), a été "
                  "corrigé à 18\u00a0h\u00a050\u00a0: voix pour et contre inversées à la saisie."_s));
}

TEST_CASE("nobody entitled to vote: the banner says why, never « atteint : 0 sur 0 »", "[assemblysession]")
{
    SessionFixture f;
    // No quorum at all on a second convocation, and the 2026 dues not paid by anyone: the year's
    // payments are reversed.
    Meeting meeting = *f.store.meeting(f.meetingId);
    meeting.convocation = Convocation::Second;
    REQUIRE(f.store.saveMeeting(meeting));
    dues::DuesLedger ledger(*f.db);
    const QList<dues::Payment> payments = *ledger.payments(2026);
    for (const dues::Payment &payment : payments)
        REQUIRE(ledger.reversePayment(payment.id, QDate(2026, 3, 1), u"rejet"_s));
    AssemblySession session(*f.db, f.meetingId);
    test::showActive(session);
    QTest::mouseClick(test::child<QPushButton>(session, u"prepareButton"_s), Qt::LeftButton);
    REQUIRE(session.attendanceTable()->model()->rowCount() == 6);
    REQUIRE(session.checkIn(f.members.value(u"Müller"_s), Presence::Present));
    CHECK(session.quorumLabel().startsWith(u"Quorum impossible"_s));
    CHECK(session.quorumLabel().contains(u"Aucun des 6 membres n'a le droit de vote"_s));
    CHECK(session.quorumLabel().contains(u"cotisation 2026 non à jour au 12/06/2026 (6)"_s));
    CHECK_FALSE(session.quorumLabel().contains(u"atteint"_s));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(session.recordVoteFor(f.accountsId, VoteCount {1, 0, 0, 0, 0}));
    CHECK(MessageBox::lastText().contains(u"Quorum impossible"_s));
    CHECK((*f.store.vote(f.accountsId)) == std::nullopt);
}

TEST_CASE("a member who pays at the door gets the vote when the right is reviewed", "[assemblysession]")
{
    SessionFixture f;
    AssemblySession session(*f.db, f.meetingId);
    test::showActive(session);
    REQUIRE(session.prepareSheet());
    QTableView *table = session.attendanceTable();
    CHECK(cell(table, u"Marc WEBER"_s, 2).contains(u"cotisation 2026 non à jour"_s));

    // Marc WEBER pays his 60,00 € in cash at the entrance, at 18:15.
    f.setTime(18, 15);
    dues::DuesLedger ledger(*f.db);
    const auto calls = *ledger.calls(2026);
    const auto weber = std::find_if(
        calls.cbegin(), calls.cend(), [&](const dues::DuesCall &call) { return call.membershipId == f.members.value(u"Weber"_s); });
    REQUIRE(weber != calls.cend());
    dues::Payment cash;
    cash.receivedOn = QDate(2026, 6, 12);
    cash.amount = 6000;
    cash.method = dues::PaymentMethod::Cash;
    cash.allocations = {{weber->id, 6000}};
    REQUIRE(ledger.recordPayment(cash));

    table->selectRow(rowOf(table, u"Marc WEBER"_s));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(test::child<QPushButton>(session, u"reviewRightButton"_s), Qt::LeftButton);
    CHECK(MessageBox::lastText() == u"Marc WEBER peut voter (1 voix)."_s);
    CHECK(cell(table, u"Marc WEBER"_s, 2) == u"oui"_s);
    const auto rows = f.store.attendance(f.meetingId);
    const auto line = std::find_if(
        rows->cbegin(), rows->cend(), [&](const AttendanceRow &row) { return row.membershipId == f.members.value(u"Weber"_s); });
    REQUIRE(line != rows->cend());
    CHECK(line->entitled);
    CHECK(line->weight == 1);
    CHECK(line->rightNote == u"droit de vote revu à 18\u00a0h\u00a015\u00a0: peut voter"_s);
    REQUIRE(session.checkIn(f.members.value(u"Weber"_s), Presence::Present));
    CHECK(session.quorumLabel().contains(u"sur 6 membre(s)"_s));
}

// Two controls of one tab with the same Alt+letter: the key goes to the first, the other
// cannot be reached from the keyboard.
TEST_CASE("every control of each session tab has its own Alt key, in French and in English", "[assemblysession]")
{
    SessionFixture f;
    const auto check = [&](const char *language) {
        AssemblySession session(*f.db, f.meetingId);
        test::showActive(session);
        REQUIRE(session.prepareSheet());
        for (int tab = 0; tab < session.tabs()->count(); ++tab) {
            session.tabs()->setCurrentIndex(tab);
            QApplication::processEvents();
            INFO(language << ", tab " << tab);
            CHECK(test::mnemonicClashes(session) == QStringList());
        }
    };
    check("French");
    i18n::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedKingdom));
    check("English");
    i18n::removeTranslations(*QCoreApplication::instance());
}

TEST_CASE("assembly session screenshots", "[.screenshots]")
{
    SessionFixture f;
    AssemblySession session(*f.db, f.meetingId);
    session.resize(1280, 760);
    test::showActive(session);
    const QDir folder(qEnvironmentVariable("ADHERA_SCREENSHOT_DIR", QDir::tempPath()));
    const auto grab = [&](const QString &name) {
        QApplication::processEvents(); // the layouts follow the texts just set
        CHECK(session.grab().save(folder.filePath(name)));
    };
    grab(u"assembly-unprepared.png"_s);
    runSession(f, session);
    session.tabs()->setCurrentIndex(0);
    session.attendanceTable()->selectRow(rowOf(session.attendanceTable(), u"Hélène MÜLLER"_s));
    grab(u"assembly-sheet.png"_s);
    session.tabs()->setCurrentIndex(1);
    grab(u"assembly-votes.png"_s);
    REQUIRE(session.generateDraft());
    session.tabs()->setCurrentIndex(2);
    grab(u"assembly-minutes.png"_s);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// « Historique des fusions » on a member file merged by the engine: the steps listed, one undone
// through the button, one refused by the engine; and the main window's merge menu and notice.
#include "builders.h"
#include "catch.h"
#include "commands/memberundostack.h"
#include "db/sql.h"
#include "dialogtesting.h"
#include "importing/importstore.h"
#include "mainwindow.h"
#include "members/memberfile.h"
#include "merge/journaltablemodel.h"
#include "merge/mergeapplier.h"
#include "merge/mergehistorydialog.h"
#include "messagebox.h"
#include "models/membertablemodel.h"
#include "pages/memberspage.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace adhera;

namespace {

int count(Database &db, const QString &sql)
{
    auto value = Sql(db, sql).scalar(u"count"_s);
    REQUIRE(value);
    return value->toInt();
}

importing::ImportFile readFile(Database &db, const QString &name, const QString &clubCode, const QString &clubName)
{
    auto file = importing::ImportFile::read(test::dataPath(name));
    REQUIRE(file);
    MemberFile members(db);
    file->originClubId = test::originClubId(members, clubCode);
    file->clubName = clubName;
    return *file;
}

// Both sample files staged, as adhera-cli import or the wizard's « Plus tard » leave them.
void stageSampleFiles(Database &db)
{
    importing::ImportStore store(db);
    for (auto file :
        {readFile(db, u"merge-connect.csv"_s, u"CONNECT"_s, u"Connect"_s), readFile(db, u"merge-viatis.csv"_s, u"VIATIS"_s, u"Viatis"_s)})
        REQUIRE(store.stage(file));
}

// Merges every pending row, every pair found accepted, conflicts or not.
merge::ApplyOutcome mergeEverything(Database &db)
{
    importing::ImportStore store(db);
    auto files = store.pendingFiles();
    REQUIRE(files);
    auto existing = merge::ReviewSession::loadExisting(db);
    REQUIRE(existing);
    merge::ReviewSession session(*files, *existing);
    REQUIRE(session.run());
    session.acceptSureWithoutConflicts();
    for (auto &pair : session.pairs())
        if (pair.decision == merge::Decision::Undecided && pair.band != merge::Band::Rejected)
            pair.decision = merge::Decision::Accepted;
    auto outcome = merge::MergeApplier(db).apply(*files, session.groups());
    REQUIRE(outcome);
    return *outcome;
}

// The row of the dialog whose summary matches.
int rowWith(const JournalTableModel &model, const std::function<bool(const QString &)> &matches)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (matches(model.index(row, JournalTableModel::Summary).data().toString()))
            return row;
    return -1;
}

QString cell(const JournalTableModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

void clickRow(QTableView *table, int row)
{
    const QRect cellRect = table->visualRect(table->model()->index(row, JournalTableModel::Summary));
    REQUIRE(cellRect.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cellRect.center());
    REQUIRE(table->currentIndex().row() == row);
}

// A member file merged from the two sample files at a known time.
struct MergedFile {
    std::unique_ptr<Database> db = test::memoryDatabase();
    merge::ApplyOutcome outcome;

    MergedFile()
    {
        test::fixClock(*db);
        stageSampleFiles(*db);
        outcome = mergeEverything(*db);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        MessageBox::setAlwaysAnswer(QMessageBox::NoButton);
    }

    ~MergedFile() { MessageBox::setNextAnswer(QMessageBox::NoButton); }
};

const QString appliedText = QDateTime(test::fixedToday(), QTime(9, 0), QTimeZone::utc()).toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s);

} // namespace

TEST_CASE("the merge history lists every step and undoes one on its own", "[mergehistory]")
{
    MergedFile merged;
    MergeHistoryDialog dialog(*merged.db);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    test::showActive(dialog);
    const JournalTableModel &model = *dialog.model();

    REQUIRE(model.rowCount() == merged.outcome.journalIds.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        CHECK(cell(model, row, JournalTableModel::AppliedAt) == appliedText);
        CHECK(cell(model, row, JournalTableModel::State) == u"En vigueur"_s);
    }
    // Newest first.
    CHECK(model.index(0, 0).data(JournalTableModel::EntryIdRole).toLongLong() == merged.outcome.journalIds.back());

    const int dupont = rowWith(model, [](const QString &summary) { return summary.contains(u"DUPONT ← "_s); });
    REQUIRE(dupont >= 0);
    const QString summary = cell(model, dupont, JournalTableModel::Summary);
    CHECK(summary.contains(u"Connect l. 2"_s));
    CHECK(summary.contains(u"Viatis l. 2"_s));
    CHECK(cell(model, dupont, JournalTableModel::Kind) == u"Fusion"_s);
    const int created = rowWith(model, [](const QString &text) { return text.startsWith(u"Luc BERNARD ← "_s); });
    REQUIRE(created >= 0);
    CHECK(cell(model, created, JournalTableModel::Kind) == u"Création"_s);

    const qint64 dupontId = model.index(dupont, 0).data(JournalTableModel::EntryIdRole).toLongLong();
    REQUIRE(count(*merged.db, u"SELECT count(*) FROM import_row WHERE status = 'pending'"_s) == 0);
    QSignalSpy undone(&dialog, &MergeHistoryDialog::mergeUndone);

    SECTION("a refusal at the confirmation changes nothing")
    {
        const QString before = test::dumpContent(*merged.db);
        clickRow(dialog.historyTable(), dupont);
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(dialog.undoButton(), Qt::LeftButton);
        CHECK(MessageBox::lastTitle() == u"Annuler cette fiche"_s);
        CHECK(test::dumpContent(*merged.db) == before);
        CHECK(undone.isEmpty());
    }

    SECTION("confirmed, the member goes and its rows wait for review again")
    {
        clickRow(dialog.historyTable(), dupont);
        CHECK(dialog.undoButton()->isEnabled());
        const int boxes = MessageBox::shownCount();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog.undoButton(), Qt::LeftButton);
        // Only the confirmation was asked: no error followed.
        CHECK(MessageBox::shownCount() == boxes + 1);
        CHECK(MessageBox::lastTitle() == u"Annuler cette fiche"_s);
        CHECK(MessageBox::lastText().contains(summary));
        CHECK(MessageBox::lastText().contains(u"retournent à la vérification"_s));
        CHECK(MessageBox::lastText().contains(u"sauvegarde"_s));
        REQUIRE(undone.size() == 1);
        CHECK(undone.front().front().toLongLong() == dupontId);

        const int row = model.rowOf(dupontId);
        REQUIRE(row >= 0);
        CHECK(cell(model, row, JournalTableModel::State) == u"Annulée le "_s + appliedText);
        CHECK(model.index(row, 0).data(JournalTableModel::UndoneRole).toBool());
        CHECK(dialog.historyTable()->currentIndex().row() == row);
        CHECK_FALSE(dialog.undoButton()->isEnabled());
        CHECK(count(*merged.db, u"SELECT count(*) FROM person WHERE last_name LIKE 'dupont'"_s) == 0);
        CHECK(count(*merged.db, u"SELECT count(*) FROM import_row WHERE status = 'pending' AND person_id IS NULL AND journal_id IS NULL"_s)
            == 2);
        CHECK(importing::ImportStore(*merged.db).pendingRowCount().value_or(0) == 2);

        // « Masquer les annulées » hides it, and only it.
        const int total = model.rowCount();
        dialog.hideUndoneCheck()->click();
        CHECK(model.rowCount() == total - 1);
        CHECK(model.rowOf(dupontId) == -1);
        dialog.hideUndoneCheck()->click();
        CHECK(model.rowCount() == total);
    }
}

TEST_CASE("an undo the engine refuses is explained and changes nothing", "[mergehistory]")
{
    MergedFile merged;
    MergeHistoryDialog dialog(*merged.db);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    test::showActive(dialog);
    const JournalTableModel &model = *dialog.model();

    // Teleperformance employs two merged members: its creation cannot be undone before theirs.
    const int organisation = rowWith(model, [](const QString &summary) {
        return summary.startsWith(u"Organisme "_s) && summary.contains(u"erformance"_s, Qt::CaseInsensitive);
    });
    REQUIRE(organisation >= 0);
    CHECK(cell(model, organisation, JournalTableModel::Kind) == u"Création"_s);
    const QString before = test::dumpContent(*merged.db);
    QSignalSpy undone(&dialog, &MergeHistoryDialog::mergeUndone);

    clickRow(dialog.historyTable(), organisation);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    // The refusal is a second box: answered at once too, so the test does not wait on it.
    MessageBox::setAlwaysAnswer(QMessageBox::Ok);
    QTest::mouseClick(dialog.undoButton(), Qt::LeftButton);
    MessageBox::setAlwaysAnswer(QMessageBox::NoButton);

    CHECK(MessageBox::lastTitle() == u"Annulation impossible"_s);
    CHECK(MessageBox::lastText().contains(u"changé depuis"_s));
    CHECK(MessageBox::lastText().contains(u"Annulez d'abord les fusions plus récentes"_s));
    CHECK(MessageBox::lastText().contains(u"Rien n'a été modifié."_s));
    CHECK(test::dumpContent(*merged.db) == before);
    CHECK(undone.isEmpty());
    CHECK(cell(model, model.rowOf(model.index(organisation, 0).data(JournalTableModel::EntryIdRole).toLongLong()), JournalTableModel::State)
        == u"En vigueur"_s);
}

// Connect's file merged first, Viatis's the next day: two imports, the second completing members
// the first created.
struct TwoImports {
    std::unique_ptr<Database> db = test::memoryDatabase();
    merge::ApplyOutcome connect;
    merge::ApplyOutcome viatis;
    QString afterConnect;

    TwoImports()
    {
        test::fixClock(*db);
        importing::ImportStore store(*db);
        auto connectFile = readFile(*db, u"merge-connect.csv"_s, u"CONNECT"_s, u"Connect"_s);
        REQUIRE(store.stage(connectFile));
        connect = mergeEverything(*db);
        afterConnect = memberContent();
        auto viatisFile = readFile(*db, u"merge-viatis.csv"_s, u"VIATIS"_s, u"Viatis"_s);
        REQUIRE(store.stage(viatisFile));
        viatis = mergeEverything(*db);
        REQUIRE(connect.operationId != viatis.operationId);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        MessageBox::setAlwaysAnswer(QMessageBox::NoButton);
    }

    // What the member file holds, its history of merges aside.
    QString memberContent() const
    {
        QStringList lines = test::dumpContent(*db).split(u'\n');
        lines.removeIf([](const QString &line) {
            return line.startsWith(u"merge_journal: "_s) || line.startsWith(u"merge_operation: "_s) || line.startsWith(u"import_"_s)
                || line.startsWith(u"review_"_s);
        });
        return lines.join(u'\n');
    }
};

TEST_CASE("the history shows one import at a time and undoes a whole import at once", "[mergehistory]")
{
    TwoImports imports;
    MergeHistoryDialog dialog(*imports.db);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    test::showActive(dialog);
    const JournalTableModel &model = *dialog.model();
    QComboBox *importCombo = dialog.importCombo();

    // One line per « Fusionner », newest first, with its files and its number of records.
    REQUIRE(importCombo->count() == 2);
    CHECK(importCombo->itemText(0).contains(u"merge-viatis.csv"_s));
    CHECK(importCombo->itemText(0).contains(u"— %1 fiche"_s.arg(imports.viatis.journalIds.size())));
    CHECK(importCombo->itemText(1).contains(u"merge-connect.csv"_s));
    CHECK(model.rowCount() == imports.viatis.journalIds.size());
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(imports.viatis.journalIds.contains(model.index(row, 0).data(JournalTableModel::EntryIdRole).toLongLong()));

    SECTION("the older import cannot go while the newer one builds on it: refused, nothing changed")
    {
        QTest::keyClick(importCombo, Qt::Key_Down);
        REQUIRE(importCombo->currentIndex() == 1);
        CHECK(model.rowCount() == imports.connect.journalIds.size());
        const QString before = test::dumpContent(*imports.db);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        MessageBox::setAlwaysAnswer(QMessageBox::Ok);
        QTest::mouseClick(dialog.undoImportButton(), Qt::LeftButton);
        MessageBox::setAlwaysAnswer(QMessageBox::NoButton);
        CHECK(MessageBox::lastTitle() == u"Annulation impossible"_s);
        CHECK(MessageBox::lastText().contains(u"changé depuis"_s));
        CHECK(test::dumpContent(*imports.db) == before);
    }

    SECTION("the newer import undone whole: the file is as the first import left it, its rows wait again")
    {
        QSignalSpy undone(&dialog, &MergeHistoryDialog::mergeUndone);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog.undoImportButton(), Qt::LeftButton);
        CHECK(MessageBox::lastTitle() == u"Annuler tout cet import"_s);
        CHECK(MessageBox::lastText().contains(u"merge-viatis.csv"_s));
        CHECK(MessageBox::lastText().contains(u"%1 fiche"_s.arg(imports.viatis.journalIds.size())));
        REQUIRE(undone.size() == 1);
        CHECK(imports.memberContent() == imports.afterConnect);
        CHECK(count(*imports.db,
                  u"SELECT count(*) FROM merge_journal WHERE operation_id = %1 AND undone_at IS NULL"_s.arg(imports.viatis.operationId))
            == 0);
        CHECK(importing::ImportStore(*imports.db).pendingRowCount().value_or(0) > 0);
        CHECK(importCombo->itemText(0).endsWith(u"(annulé)"_s));
        CHECK_FALSE(dialog.undoImportButton()->isEnabled());

        // Then the first one goes too: nothing of either file stays in the member file.
        QTest::keyClick(importCombo, Qt::Key_Down);
        CHECK(dialog.undoImportButton()->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog.undoImportButton(), Qt::LeftButton);
        CHECK(MessageBox::lastTitle() == u"Annuler tout cet import"_s);
        CHECK(count(*imports.db, u"SELECT count(*) FROM merge_journal WHERE undone_at IS NULL"_s) == 0);
        CHECK(count(*imports.db, u"SELECT count(*) FROM person WHERE id IN (SELECT person_id FROM import_row)"_s) == 0);
    }
}

TEST_CASE("an empty history says where merges come from", "[mergehistory]")
{
    auto db = test::memoryDatabase();
    MergeHistoryDialog dialog(*db);
    CHECK(dialog.model()->rowCount() == 0);
    const auto *empty = test::child<QLabel>(dialog, u"emptyHistoryLabel"_s);
    CHECK(empty->text().contains(u"Importer et fusionner des fichiers"_s));
    CHECK_FALSE(dialog.undoButton()->isEnabled());
}

TEST_CASE("the main window offers the merge and says when an import waits for review", "[mergehistory]")
{
    test::useFreshSettings();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    MessageBox::setAlwaysAnswer(QMessageBox::NoButton);
    test::TempDatabase temp;
    stageSampleFiles(*temp.db);
    MainWindow window;

    QMenu *membersMenu = nullptr;
    for (QAction *action : window.menuBar()->actions())
        if (action->text().remove(u'&') == u"Adhérents"_s)
            membersMenu = action->menu();
    REQUIRE(membersMenu);
    QStringList entries;
    for (QAction *action : membersMenu->actions())
        entries << action->text().remove(u'&');
    CHECK(entries.contains(u"Importer et fusionner des fichiers…"_s));
    CHECK(entries.contains(u"Historique des fusions…"_s));
    CHECK(membersMenu->actions().contains(window.importMergeAction()));
    CHECK(membersMenu->actions().contains(window.mergeHistoryAction()));
    // Nothing to merge into before a file is open.
    CHECK_FALSE(window.importMergeAction()->isEnabled());
    CHECK(window.pendingImportBanner()->isHidden());

    window.adoptDatabase(std::move(temp.db));
    CHECK(window.importMergeAction()->isEnabled());
    CHECK(window.mergeHistoryAction()->isEnabled());
    QWidget *banner = window.pendingImportBanner();
    CHECK_FALSE(banner->isHidden());
    CHECK(test::child<QLabel>(*banner, u"pendingImportLabel"_s)->text() == u"16 lignes importées attendent d'être vérifiées."_s);
    CHECK(test::child<QPushButton>(*banner, u"resumeMergeButton"_s)->text() == u"Reprendre la fusion"_s);

    // On the members page only.
    auto *navigation = test::child<QListWidget>(window, u"navigation"_s);
    navigation->setCurrentRow(1);
    CHECK(banner->isHidden());
    navigation->setCurrentRow(0);
    CHECK_FALSE(banner->isHidden());

    // A merge made elsewhere reaches the list and the notice through the change notifier.
    Database &db = *window.database();
    const int before = window.membersPage()->model()->totalCount();
    const merge::ApplyOutcome outcome = mergeEverything(db);
    CHECK(window.membersPage()->model()->totalCount() > before);
    CHECK(banner->isHidden());

    // Undoing a step from the history empties Édition > Annuler and brings the notice back.
    window.undoStack()->push(new QUndoCommand(u"Modifier"_s));
    REQUIRE(window.undoStack()->count() == 1);
    const qint64 last = outcome.journalIds.back();
    bool dialogSeen = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = window.findChild<MergeHistoryDialog *>();
        dialogSeen = dialog != nullptr;
        if (!dialog)
            return;
        const int row = dialog->model()->rowOf(last);
        dialog->historyTable()->setCurrentIndex(dialog->model()->index(row, JournalTableModel::Summary));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog->undoButton()->click();
        dialog->reject();
    });
    const int boxes = MessageBox::shownCount();
    MessageBox::setAlwaysAnswer(QMessageBox::Ok); // an unexpected box must not block the test
    window.mergeHistoryAction()->trigger();
    MessageBox::setAlwaysAnswer(QMessageBox::NoButton);
    REQUIRE(dialogSeen);
    CHECK(MessageBox::shownCount() == boxes + 1);
    CHECK(MessageBox::lastTitle() == u"Annuler cette fiche"_s);
    CHECK(window.undoStack()->count() == 0);
    CHECK(window.statusBar()->currentMessage().startsWith(u"Fusion annulée"_s));
    CHECK_FALSE(banner->isHidden());
    CHECK(count(db, u"SELECT count(*) FROM merge_journal WHERE undone_at IS NOT NULL"_s) == 1);
    // The merge and its undo were each backed up first, beside the file.
    CHECK(QDir(QFileInfo(db.path()).absolutePath()).entryList({u"*.avant-fusion-*"_s}, QDir::Files).size() == 2);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The merge wizard driven as a user would: two club files added, their columns checked, the
// search run, pairs accepted, chosen and rejected on the review page, then « Fusionner »; the
// member file is checked afterwards. Also: a cancelled search writes no member, a review closed
// half-way is taken up again with its decisions, and (hidden) a picture of each page for
// checking the layout by eye.
#include "builders.h"
#include "catch.h"
#include "db/sql.h"
#include "dialogtesting.h"
#include "importing/importstore.h"
#include "merge/explanationview.h"
#include "merge/mergewizard.h"
#include "merge/pairtablemodel.h"
#include "merge/searchpage.h"
#include "messagebox.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace adhera;
using importing::ImportField;
using test::child;

namespace {

struct Fixture {
    std::unique_ptr<Database> db = test::memoryDatabase();
    qint64 weberId = 0;
    qint64 connectId = 0;
    qint64 viatisId = 0;

    Fixture()
    {
        MemberFile members(*db);
        weberId = test::saveMarcWeber(members);
        connectId = test::originClubId(members, u"CONNECT"_s);
        viatisId = test::originClubId(members, u"VIATIS"_s);
        // Every box answers at once: a test never waits for a click.
        MessageBox::setAlwaysAnswer(QMessageBox::Ok);
    }
    ~Fixture() { MessageBox::setAlwaysAnswer(QMessageBox::NoButton); }

    int count(const QString &sql) const
    {
        auto value = Sql(*db, sql).scalar(u"count"_s);
        REQUIRE(value);
        return value->toInt();
    }
};

void clickNext(MergeWizard &wizard)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    REQUIRE(next->isVisible());
    REQUIRE(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

void clickCell(QTableWidget *table, int row, int column)
{
    const QRect rect = table->visualItemRect(table->item(row, column));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

void clickRow(QTableView *view, int row)
{
    const QModelIndex index = view->model()->index(row, PairTableModel::FirstColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    REQUIRE(view->currentIndex().row() == row);
}

// The first row of the pair list whose two records both match.
int findRow(const QAbstractItemModel &model, const std::function<bool(const QString &a, const QString &b, const QString &decision)> &match)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString a = model.index(row, PairTableModel::FirstColumn).data().toString();
        const QString b = model.index(row, PairTableModel::SecondColumn).data().toString();
        if (match(a, b, model.index(row, PairTableModel::DecisionColumn).data().toString()))
            return row;
    }
    return -1;
}

// Both sample files added with their clubs, columns kept, and the search run to its end.
void searchBothFiles(MergeWizard &wizard, const Fixture &f)
{
    wizard.addFile(test::dataPath(u"merge-connect.csv"_s), f.connectId);
    wizard.addFile(test::dataPath(u"merge-viatis.csv"_s), f.viatisId);
    clickNext(wizard);
    clickNext(wizard);
    REQUIRE(wizard.currentId() == SearchPageId);
    REQUIRE(QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 20000));
}

int fieldComboValue(const MergeWizard &wizard, int column)
{
    return child<QComboBox>(wizard, u"fieldCombo%1"_s.arg(column))->currentData().toInt();
}

} // namespace

TEST_CASE("merge wizard: two club files reviewed and merged into the member file", "[mergewizard]")
{
    Fixture f;
    MergeWizard wizard(*f.db);
    test::showActive(wizard);
    auto *pairTable = child<QTableView>(wizard, u"pairTable"_s);
    QAbstractItemModelTester tester(pairTable->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Files: the club is guessed from the file name.
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.addFile(test::dataPath(u"merge-connect.csv"_s), 0);
    wizard.addFile(test::dataPath(u"merge-viatis.csv"_s), 0);
    auto *fileTable = child<QTableWidget>(wizard, u"fileTable"_s);
    REQUIRE(fileTable->rowCount() == 2);
    CHECK(child<QComboBox>(wizard, u"clubCombo0"_s)->currentData().toLongLong() == f.connectId);
    CHECK(child<QComboBox>(wizard, u"clubCombo1"_s)->currentData().toLongLong() == f.viatisId);
    CHECK(fileTable->item(0, 3)->text() == u"8"_s);

    // Columns: Nom, Prénom and E-mail found from the headers, the bad phone of line 8 listed.
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ColumnsPageId);
    auto headers = importing::ImportFile::read(test::dataPath(u"merge-connect.csv"_s))->headers;
    CHECK(fieldComboValue(wizard, int(headers.indexOf(u"Nom"_s))) == int(ImportField::LastName));
    CHECK(fieldComboValue(wizard, int(headers.indexOf(u"Prénom"_s))) == int(ImportField::FirstName));
    CHECK(fieldComboValue(wizard, int(headers.indexOf(u"E-mail"_s))) == int(ImportField::Email));
    auto *problems = child<QListWidget>(wizard, u"problemList"_s);
    bool lineEight = false;
    for (int row = 0; row < problems->count(); ++row)
        lineEight
            = lineEight || (problems->item(row)->text().contains(u"ligne 8"_s) && problems->item(row)->text().contains(u"pas-un-numero"_s));
    CHECK(lineEight);
    CHECK(child<QLabel>(wizard, u"problemCountLabel"_s)->text().contains(u"problème"_s));

    // Without a name nor an organisation column, the page does not let the user go on.
    QList<QComboBox *> nameCombos;
    for (int column = 0; column < headers.size(); ++column) {
        auto *combo = child<QComboBox>(wizard, u"fieldCombo%1"_s.arg(column));
        const int field = combo->currentData().toInt();
        if (field == int(ImportField::LastName) || field == int(ImportField::FirstName) || field == int(ImportField::Organisation))
            nameCombos << combo;
    }
    REQUIRE(nameCombos.size() == 3);
    QList<int> kept;
    for (QComboBox *combo : nameCombos) {
        kept << combo->currentIndex();
        combo->setCurrentIndex(0);
    }
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    CHECK(child<QLabel>(wizard, u"mappingProblemLabel"_s)->isVisible());
    for (int index = 0; index < nameCombos.size(); ++index)
        nameCombos[index]->setCurrentIndex(kept[index]);
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());

    // Search, off the GUI thread.
    QSignalSpy searched(child<SearchPage>(wizard, u"searchPage"_s), &SearchPage::searchFinished);
    clickNext(wizard);
    REQUIRE(wizard.currentId() == SearchPageId);
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    REQUIRE((!searched.isEmpty() || searched.wait(20000)));
    CHECK(searched.first().first().toBool());
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    CHECK(wizard.button(QWizard::BackButton)->isEnabled());
    CHECK(child<QLabel>(wizard, u"resultLabel"_s)->text().contains(u"vérifier"_s));

    // Review.
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ReviewPageId);
    const merge::ReviewSession *session = wizard.reviewSession();
    REQUIRE(session);
    QAbstractItemModel &model = *pairTable->model();
    // Listed by default: the pairs to decide on, not those scored too low to be duplicates.
    const auto worthDeciding = std::count_if(session->pairs().cbegin(), session->pairs().cend(),
        [](const merge::ReviewPair &pair) { return pair.band != merge::Band::Rejected; });
    REQUIRE(model.rowCount() == worthDeciding);
    REQUIRE(worthDeciding < session->pairs().size());
    const QString toDecide = child<QLabel>(wizard, u"summaryLabel"_s)->text();
    CHECK(toDecide.startsWith(u"%1 paire"_s.arg(session->undecided())));
    CHECK(session->undecided() <= worthDeciding);
    child<QPushButton>(wizard, u"acceptSureButton"_s)->click();
    int sureWithoutConflict = 0;
    for (const merge::ReviewPair &pair : session->pairs()) {
        if (pair.band == merge::Band::Sure && session->conflicts(pair).isEmpty()) {
            CHECK(pair.decision == merge::Decision::Accepted);
            ++sureWithoutConflict;
        }
    }
    CHECK(sureWithoutConflict > 0);
    CHECK(child<QLabel>(wizard, u"summaryLabel"_s)->text().startsWith(QString::number(sureWithoutConflict)));

    // Dupont: the Viatis e-mail chosen by clicking it, then accepted with A.
    const int dupontRow = findRow(
        model, [](const QString &a, const QString &b, const QString &) { return a.contains(u"DUPONT"_s) && b.contains(u"DUPONT"_s); });
    REQUIRE(dupontRow >= 0);
    const int dupontPair = model.index(dupontRow, 0).data(PairTableModel::PairIndexRole).toInt();
    REQUIRE(session->pairs()[dupontPair].decision == merge::Decision::Undecided);
    clickRow(pairTable, dupontRow);
    auto *comparison = child<QTableWidget>(wizard, u"comparisonTable"_s);
    int emailRow = -1;
    for (int row = 0; row < comparison->rowCount(); ++row)
        if (comparison->item(row, 0)->text() == importing::label(ImportField::Email))
            emailRow = row;
    REQUIRE(emailRow >= 0);
    const int viatisColumn = comparison->horizontalHeaderItem(1)->text().startsWith(u"Viatis"_s) ? 1 : 2;
    CHECK(comparison->horizontalHeaderItem(viatisColumn)->text().startsWith(u"Viatis"_s));
    CHECK(comparison->item(emailRow, viatisColumn)->font().bold()); // the two e-mails differ
    clickCell(comparison, emailRow, viatisColumn);
    CHECK(comparison->item(emailRow, viatisColumn)->text().startsWith(u"✔"_s));
    CHECK_FALSE(comparison->item(emailRow, 3 - viatisColumn)->text().startsWith(u"✔"_s));
    // A shortcut clicks its button the animated way: the click lands a moment later.
    QTest::keyClick(pairTable, Qt::Key_A);
    const merge::ReviewPair &dupont = session->pairs()[dupontPair];
    REQUIRE(QTest::qWaitFor([&] { return dupont.decision == merge::Decision::Accepted; }));
    CHECK(dupont.takeB.value(ImportField::Email) == (viatisColumn == 2));
    CHECK(model.index(dupontRow, PairTableModel::DecisionColumn).data().toString() == u"Acceptée"_s);
    CHECK(pairTable->currentIndex().row() != dupontRow); // moved on to an undecided pair

    // One Martin pair, scored too low to be shown by default, is said not a duplicate for good: R.
    auto *bandFilter = child<QComboBox>(wizard, u"bandFilterCombo"_s);
    bandFilter->setCurrentIndex(bandFilter->findText(u"Tous"_s));
    REQUIRE(model.rowCount() == session->pairs().size());
    const int martinRow = findRow(model, [](const QString &a, const QString &b, const QString &decision) {
        return a.contains(u"MARTIN"_s) && b.contains(u"MARTIN"_s) && decision == u"À décider"_s;
    });
    REQUIRE(martinRow >= 0);
    const int martinPair = model.index(martinRow, 0).data(PairTableModel::PairIndexRole).toInt();
    clickRow(pairTable, martinRow);
    QTest::keyClick(pairTable, Qt::Key_R);
    const merge::ReviewPair &martin = session->pairs()[martinPair];
    REQUIRE(QTest::qWaitFor([&] { return martin.decision == merge::Decision::Rejected; }));
    const QString martinKey = importing::ImportStore::pairKey(session->fingerprintOf(martin.a), session->fingerprintOf(martin.b));

    // Marc Weber joins the member already in the file (accepted as sure, or here with A).
    const int weberRow = findRow(
        model, [](const QString &a, const QString &b, const QString &) { return a.contains(u"WEBER"_s) && b.contains(u"WEBER"_s); });
    REQUIRE(weberRow >= 0);
    const int weberPair = model.index(weberRow, 0).data(PairTableModel::PairIndexRole).toInt();
    CHECK(session->pairs()[weberPair].kind == merge::PairKind::Existing);
    if (session->pairs()[weberPair].decision != merge::Decision::Accepted) {
        clickRow(pairTable, weberRow);
        QTest::keyClick(pairTable, Qt::Key_A);
        REQUIRE(QTest::qWaitFor([&] { return session->pairs()[weberPair].decision != merge::Decision::Undecided; }));
    }
    REQUIRE(session->pairs()[weberPair].decision == merge::Decision::Accepted);

    // Fusion: what the summary announces is what gets written.
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ApplyPageId);
    const QList<merge::MergeGroup> groups = session->groups();
    const int newPeople = int(std::count_if(groups.begin(), groups.end(), [](const auto &group) { return group.existingPersonId() == 0; }));
    int skippedRows = 0;
    int allRows = 0;
    for (const auto &file : session->files()) {
        allRows += int(file.rows.size());
        skippedRows += int(std::count_if(file.rows.begin(), file.rows.end(), [](const auto &row) { return row.skipped(); }));
    }
    const int undecided = session->undecided();
    CHECK(child<QLabel>(wizard, u"undecidedLabel"_s)->text().contains(QString::number(undecided)));
    const int peopleBefore = f.count(u"SELECT count(*) FROM person"_s);
    // From the search on, the files wait as pending imports and each decision is saved as made;
    // no member is written before « Fusionner ».
    REQUIRE(f.count(u"SELECT count(*) FROM import_row WHERE status IN ('pending', 'skipped')"_s) == allRows);
    CHECK(f.count(u"SELECT count(*) FROM review_decision"_s) >= sureWithoutConflict + 2);

    const int organisationsBefore = f.count(u"SELECT count(*) FROM organisation"_s);
    const QString announced = wizard.page(ApplyPageId)->findChild<QLabel *>(u"summaryLabel"_s)->text();

    QAbstractButton *finish = wizard.button(QWizard::FinishButton);
    CHECK(finish->text() == u"&Fusionner"_s);
    QTest::mouseClick(finish, Qt::LeftButton);
    CHECK(MessageBox::lastTitle() == u"Fusion terminée"_s);
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK(wizard.outcome().created + wizard.outcome().merged == groups.size());

    // The counts announced before « Fusionner » are those of the file afterwards.
    const merge::MergeCounts &counts = wizard.outcome().counts;
    const int peopleMade = f.count(u"SELECT count(*) FROM person"_s) - peopleBefore;
    const int organisationsMade = f.count(u"SELECT count(*) FROM organisation"_s) - organisationsBefore;
    CHECK(counts.peopleCreated == peopleMade);
    CHECK(counts.organisationsCreated == organisationsMade);
    CHECK(counts.peopleCompleted == 1); // Marc Weber
    CHECK(organisationsMade > 0);
    CHECK(announced.contains(u"%1 personne"_s.arg(peopleMade)));
    CHECK(announced.contains(u"%1 organisme"_s.arg(organisationsMade)));
    CHECK(announced.contains(u"1 personne(s) déjà dans le fichier"_s));
    CHECK(MessageBox::lastText().contains(u"%1 personne"_s.arg(peopleMade)));

    CHECK(f.count(u"SELECT count(*) FROM person"_s) == peopleBefore + newPeople);
    CHECK(f.count(u"SELECT count(*) FROM review_decision"_s) == 0); // the review is written: its draft goes
    CHECK(f.count(u"SELECT count(*) FROM person WHERE last_name LIKE 'dupont'"_s) == 1);
    CHECK(f.count(u"SELECT count(*) FROM person WHERE last_name LIKE 'dupont' AND email = 'jean-pierre.dupont@example.org'"_s) == 1);
    CHECK(f.count(u"SELECT count(*) FROM person WHERE first_name = 'Marc' AND last_name LIKE 'weber'"_s) == 1);
    CHECK(f.count(u"SELECT count(*) FROM import_row WHERE person_id = %1"_s.arg(f.weberId)) == 1);
    // Rows of undecided pairs are not merged together, but each still becomes a member: only
    // the rows without a name wait.
    CHECK(f.count(u"SELECT count(*) FROM import_row"_s) == allRows);
    CHECK(f.count(u"SELECT count(*) FROM import_row WHERE status = 'pending'"_s) == skippedRows);
    // The rejected pair is remembered by fingerprint; each club's layout is remembered.
    auto decisions = Sql(*f.db, u"SELECT fingerprint_a, fingerprint_b FROM match_decision WHERE decision = 'distinct'"_s);
    REQUIRE(decisions.exec(u"decisions"_s));
    QStringList keys;
    while (decisions.next())
        keys << importing::ImportStore::pairKey(decisions.value(0).toString(), decisions.value(1).toString());
    CHECK(keys == QStringList {martinKey});
    CHECK(f.count(u"SELECT count(*) FROM import_layout"_s) == 2);
    CHECK(importing::ImportStore(*f.db).rememberedLayout(f.connectId, headers).has_value());
}

TEST_CASE("merge wizard: sure pairs left undecided are counted and accepted from the merge page, never written twice", "[mergewizard]")
{
    Fixture f;
    MergeWizard wizard(*f.db);
    test::showActive(wizard);
    wizard.addFile(test::dataPath(u"merge-connect.csv"_s), 0);
    wizard.addFile(test::dataPath(u"merge-viatis.csv"_s), 0);
    clickNext(wizard);
    QSignalSpy searched(child<SearchPage>(wizard, u"searchPage"_s), &SearchPage::searchFinished);
    clickNext(wizard);
    REQUIRE((!searched.isEmpty() || searched.wait(20000)));
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ReviewPageId);
    const merge::ReviewSession *session = wizard.reviewSession();
    const int sure = session->undecidedSure(false);
    REQUIRE(sure > 0);

    // Straight to « Fusion » without deciding anything.
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ApplyPageId);
    CHECK(child<QLabel>(wizard, u"undecidedLabel"_s)->text().contains(u"Dont %1 paire"_s.arg(sure)));
    auto *accept = child<QPushButton>(wizard, u"acceptUndecidedSureButton"_s);
    CHECK(accept->isVisible());
    QTest::mouseClick(accept, Qt::LeftButton);
    CHECK(session->undecidedSure(false) == 0);
    CHECK_FALSE(accept->isVisible());
    for (const merge::ReviewPair &pair : session->pairs())
        if (pair.band == merge::Band::Sure && pair.kind != merge::PairKind::Existing)
            CHECK(pair.decision == merge::Decision::Accepted);

    // The members written are the groups announced: no sure pair gives two people.
    const int existingSure = session->undecidedSure(true);
    const int peopleBefore = f.count(u"SELECT count(*) FROM person"_s);
    // « Oui » to the « déjà adhérent » question when there is one; the last box says the merge is done.
    if (existingSure > 0)
        MessageBox::setNextAnswer(QMessageBox::Yes);
    const QList<merge::MergeGroup> groupsBefore = session->groups();
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    CHECK(MessageBox::lastTitle() == u"Fusion terminée"_s);
    CHECK(session->undecidedSure(true) == 0);
    const QList<merge::MergeGroup> groups = session->groups();
    const int newPeople = int(std::count_if(groups.begin(), groups.end(), [](const auto &group) { return group.existingPersonId() == 0; }));
    CHECK(f.count(u"SELECT count(*) FROM person"_s) == peopleBefore + newPeople);
    CHECK(wizard.outcome().created + wizard.outcome().merged == groups.size());
    CHECK(f.count(u"SELECT count(*) FROM person WHERE last_name LIKE 'dupont'"_s) <= 1);
    CHECK(groups.size() <= groupsBefore.size());
}

TEST_CASE("merge wizard: a cancelled search writes no member and can be run again", "[mergewizard]")
{
    Fixture f;
    const int peopleBefore = f.count(u"SELECT count(*) FROM person"_s);
    MergeWizard wizard(*f.db);
    test::showActive(wizard);
    wizard.addFile(test::dataPath(u"merge-connect.csv"_s), f.connectId);
    wizard.addFile(test::dataPath(u"merge-viatis.csv"_s), f.viatisId);
    clickNext(wizard);
    clickNext(wizard);
    REQUIRE(wizard.currentId() == SearchPageId);

    // Cancelled before its first step: the search stops and says so.
    auto *cancel = child<QPushButton>(wizard, u"cancelSearchButton"_s);
    REQUIRE(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    auto *rerun = child<QPushButton>(wizard, u"rerunButton"_s);
    REQUIRE(QTest::qWaitFor([&] { return rerun->isVisible(); }, 20000));
    CHECK(child<QLabel>(wizard, u"stepLabel"_s)->text().contains(u"annulée"_s));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    CHECK(wizard.button(QWizard::BackButton)->isEnabled());
    CHECK(wizard.reviewSession() == nullptr);

    QTest::mouseClick(rerun, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 20000));
    REQUIRE(wizard.reviewSession());

    MessageBox::setNextAnswer(QMessageBox::Yes); // « Fermer »
    QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
    CHECK(wizard.result() == QDialog::Rejected);
    CHECK(f.count(u"SELECT count(*) FROM person"_s) == peopleBefore);
    CHECK(f.count(u"SELECT count(*) FROM import_batch WHERE status = 'pending'"_s) == 2); // kept for next time
}

TEST_CASE("merge wizard: each field proposes the better value and says why; A keeps the proposals", "[mergewizard]")
{
    Fixture f;
    MergeWizard wizard(*f.db);
    test::showActive(wizard);
    searchBothFiles(wizard, f);
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ReviewPageId);

    // Lefèvre Hélène (Connect) and LEFEVRE Helene (Viatis): the accents, the street in full.
    auto *pairTable = child<QTableView>(wizard, u"pairTable"_s);
    const int row = findRow(*pairTable->model(), [](const QString &a, const QString &b, const QString &) {
        return a.contains(u"LEFÈVRE"_s, Qt::CaseInsensitive) || b.contains(u"LEFÈVRE"_s, Qt::CaseInsensitive);
    });
    REQUIRE(row >= 0);
    clickRow(pairTable, row);
    auto *comparison = child<QTableWidget>(wizard, u"comparisonTable"_s);
    REQUIRE(comparison->columnCount() == 4);
    auto kept = [&](ImportField field) -> std::pair<QString, QString> {
        for (int line = 0; line < comparison->rowCount(); ++line) {
            if (comparison->item(line, 0)->text() != importing::label(field))
                continue;
            for (int column : {1, 2})
                if (comparison->item(line, column)->text().startsWith(u"✔ "_s))
                    return {comparison->item(line, column)->text().mid(2), comparison->item(line, 3)->text()};
        }
        return {};
    };
    CHECK(kept(ImportField::FirstName) == std::pair(u"Hélène"_s, u"l'orthographe accentuée"_s));
    CHECK(kept(ImportField::LastName).first == u"Lefèvre"_s);
    CHECK(kept(ImportField::Address) == std::pair(u"4 boulevard Foch"_s, u"écrite en entier"_s));
    // Phones read the French way, not as stored.
    for (int line = 0; line < comparison->rowCount(); ++line)
        for (int column : {1, 2})
            CHECK_FALSE(comparison->item(line, column)->text().contains(u"+33"_s));

    const int pairIndex = pairTable->model()->index(row, 0).data(PairTableModel::PairIndexRole).toInt();
    QTest::keyClick(pairTable, Qt::Key_A);
    REQUIRE(QTest::qWaitFor([&] { return wizard.reviewSession()->pairs()[pairIndex].decision == merge::Decision::Accepted; }));
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ApplyPageId);
    MessageBox::setAlwaysAnswer(QMessageBox::Yes);
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    MessageBox::setAlwaysAnswer(QMessageBox::Ok);
    REQUIRE(wizard.result() == QDialog::Accepted);
    CHECK(f.count(u"SELECT count(*) FROM person WHERE first_name = 'Hélène' AND last_name = 'Lefèvre' AND address = '4 boulevard Foch'"_s)
        == 1);
    CHECK(f.count(u"SELECT count(*) FROM person WHERE first_name = 'Helene'"_s) == 0);
}

TEST_CASE("merge wizard: a review closed half-way keeps its decisions and is taken up on reopening", "[mergewizard]")
{
    Fixture f;
    int decidedPair = -1;
    merge::Decision decided = merge::Decision::Undecided;
    QString decidedA;
    QString decidedB;
    {
        MergeWizard wizard(*f.db);
        test::showActive(wizard);
        searchBothFiles(wizard, f);
        // Enter on the search page goes on to the review, never closes the wizard.
        QTest::keyClick(&wizard, Qt::Key_Return);
        REQUIRE(wizard.isVisible());
        if (wizard.currentId() == SearchPageId)
            clickNext(wizard);
        REQUIRE(wizard.currentId() == ReviewPageId);

        // Two decisions, with the keys: the first pair rejected, the Dupont pair accepted.
        auto *pairTable = child<QTableView>(wizard, u"pairTable"_s);
        const QAbstractItemModel &model = *pairTable->model();
        const int dupontRow = findRow(
            model, [](const QString &a, const QString &b, const QString &) { return a.contains(u"DUPONT"_s) && b.contains(u"DUPONT"_s); });
        REQUIRE(dupontRow >= 0);
        decidedPair = model.index(dupontRow, 0).data(PairTableModel::PairIndexRole).toInt();
        clickRow(pairTable, dupontRow);
        QTest::keyClick(pairTable, Qt::Key_R);
        const merge::ReviewSession *session = wizard.reviewSession();
        REQUIRE(QTest::qWaitFor([&] { return session->pairs()[decidedPair].decision == merge::Decision::Rejected; }));
        decided = session->pairs()[decidedPair].decision;
        decidedA = session->sourceName(session->pairs()[decidedPair].a);
        decidedB = session->sourceName(session->pairs()[decidedPair].b);
        CHECK(f.count(u"SELECT count(*) FROM review_decision WHERE decision = 'rejected'"_s) == 1);

        // Échap asks first; « Continuer » keeps the wizard open on its page.
        MessageBox::setNextAnswer(QMessageBox::No);
        const int shown = MessageBox::shownCount();
        QTest::keyClick(pairTable, Qt::Key_Escape);
        CHECK(MessageBox::shownCount() == shown + 1);
        CHECK(MessageBox::lastText().contains(u"reprendre la revue"_s));
        CHECK(wizard.isVisible());
        CHECK(wizard.currentId() == ReviewPageId);
        // « Fermer »: closed, no member written, the files and the decision kept.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        CHECK_FALSE(wizard.isVisible());
        CHECK(wizard.result() == QDialog::Rejected);
    }
    CHECK(f.count(u"SELECT count(*) FROM import_batch WHERE status = 'pending'"_s) == 2);
    CHECK(f.count(u"SELECT count(*) FROM review_decision"_s) == 1);
    CHECK(f.count(u"SELECT count(*) FROM person"_s) == 1); // Marc Weber only

    // Reopened: the two files wait, checked, and the files page says a review can be taken up.
    MergeWizard wizard(*f.db);
    test::showActive(wizard);
    auto *fileTable = child<QTableWidget>(wizard, u"fileTable"_s);
    REQUIRE(fileTable->rowCount() == 2);
    CHECK(fileTable->item(0, 0)->checkState() == Qt::Checked);
    CHECK(child<QLabel>(wizard, u"pendingHintLabel"_s)->text().contains(u"revue interrompue"_s));
    clickNext(wizard);
    REQUIRE(wizard.currentId() == SearchPageId);
    REQUIRE(QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 20000));
    CHECK(child<QLabel>(wizard, u"resultLabel"_s)->text().contains(u"1 décision"_s));
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ReviewPageId);
    const merge::ReviewSession *session = wizard.reviewSession();
    const auto again = std::find_if(session->pairs().cbegin(), session->pairs().cend(), [&](const merge::ReviewPair &pair) {
        const QString a = session->sourceName(pair.a);
        const QString b = session->sourceName(pair.b);
        return (a == decidedA && b == decidedB) || (a == decidedB && b == decidedA);
    });
    REQUIRE(again != session->pairs().cend());
    CHECK(again->decision == decided);
    CHECK(child<QLabel>(wizard, u"summaryLabel"_s)->text().contains(u"reprise"_s));

    // Merged: the pair stays apart, and the saved review is done with.
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ApplyPageId);
    MessageBox::setAlwaysAnswer(QMessageBox::Yes);
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    MessageBox::setAlwaysAnswer(QMessageBox::Ok);
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK(f.count(u"SELECT count(*) FROM review_decision"_s) == 0);
    CHECK(f.count(u"SELECT count(*) FROM import_batch WHERE status = 'pending'"_s) == 0);
    CHECK(f.count(u"SELECT count(*) FROM person WHERE last_name LIKE 'Dupont'"_s) == 2);
}

TEST_CASE("merge wizard: a pending import left from a closed review can be removed from the list", "[mergewizard]")
{
    Fixture f;
    auto pending = importing::ImportFile::read(test::dataPath(u"merge-viatis.csv"_s));
    REQUIRE(pending);
    pending->originClubId = f.viatisId;
    REQUIRE(importing::ImportStore(*f.db).stage(*pending));

    MergeWizard wizard(*f.db);
    test::showActive(wizard);
    auto *fileTable = child<QTableWidget>(wizard, u"fileTable"_s);
    REQUIRE(fileTable->rowCount() == 1);
    fileTable->selectRow(0);
    auto *remove = child<QPushButton>(wizard, u"removeFileButton"_s);
    REQUIRE(remove->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(fileTable->rowCount() == 0);
    CHECK(f.count(u"SELECT count(*) FROM import_batch"_s) == 0);
    CHECK(f.count(u"SELECT count(*) FROM import_row"_s) == 0);
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
}

TEST_CASE("merge wizard: a file that cannot be read is reported and not added", "[mergewizard]")
{
    Fixture f;
    MergeWizard wizard(*f.db);
    const int shown = MessageBox::shownCount();
    wizard.addFile(test::dataPath(u"endommage.xlsx"_s), f.connectId);
    CHECK(MessageBox::shownCount() == shown + 1);
    CHECK(MessageBox::lastText().contains(u"endommage.xlsx"_s));
    CHECK(child<QTableWidget>(wizard, u"fileTable"_s)->rowCount() == 0);
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
}

TEST_CASE("merge wizard: a pending import is listed, kept by default and merged with the new file", "[mergewizard]")
{
    Fixture f;
    auto pending = importing::ImportFile::read(test::dataPath(u"merge-viatis.csv"_s));
    REQUIRE(pending);
    pending->originClubId = f.viatisId;
    REQUIRE(importing::ImportStore(*f.db).stage(*pending));
    REQUIRE(f.count(u"SELECT count(*) FROM import_batch WHERE status = 'pending'"_s) == 1);

    MergeWizard wizard(*f.db);
    test::showActive(wizard);
    auto *fileTable = child<QTableWidget>(wizard, u"fileTable"_s);
    REQUIRE(fileTable->rowCount() == 1);
    CHECK(fileTable->item(0, 0)->checkState() == Qt::Checked);
    CHECK(wizard.button(QWizard::NextButton)->isEnabled()); // resuming alone is enough
    wizard.addFile(test::dataPath(u"merge-connect.csv"_s), 0);
    REQUIRE(fileTable->rowCount() == 2);

    clickNext(wizard);
    REQUIRE(wizard.currentId() == ColumnsPageId);
    CHECK(child<QComboBox>(wizard, u"fileCombo"_s)->count() == 1); // only new files are mapped
    clickNext(wizard);
    REQUIRE(QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 20000));
    REQUIRE(wizard.reviewSession()->files().size() == 2);
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ReviewPageId);
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ApplyPageId);
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK(f.count(u"SELECT count(*) FROM import_batch"_s) == 2); // the pending batch is not stored twice
    CHECK(f.count(u"SELECT count(*) FROM import_batch WHERE status = 'pending'"_s) == 0);
    CHECK(f.count(u"SELECT count(*) FROM import_layout"_s) == 1); // the new file's layout only
}

TEST_CASE("merge wizard: a merge that fails says why, changes nothing and stays on its page", "[mergewizard]")
{
    Fixture f;
    REQUIRE(Sql(*f.db,
        u"CREATE TRIGGER refuse_person BEFORE INSERT ON person WHEN NEW.last_name LIKE 'schmi%' "
        "BEGIN SELECT RAISE(ABORT, 'disque plein'); END"_s)
                .exec(u"trigger"_s));
    MergeWizard wizard(*f.db);
    test::showActive(wizard);
    wizard.addFile(test::dataPath(u"merge-connect.csv"_s), 0);
    clickNext(wizard);
    clickNext(wizard);
    REQUIRE(QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 20000));
    clickNext(wizard);
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ApplyPageId);
    const QString before = test::dumpContent(*f.db);

    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    CHECK(MessageBox::lastTitle() == u"Fusion impossible"_s);
    CHECK(MessageBox::lastText().contains(u"disque plein"_s));
    // The member and the line it came from.
    CHECK(MessageBox::lastText().contains(u"SCHMITT"_s));
    CHECK(MessageBox::lastText().contains(u"Connect l. 6"_s));
    CHECK(wizard.isVisible());
    CHECK(wizard.currentId() == ApplyPageId);
    CHECK(test::dumpContent(*f.db) == before);
}

TEST_CASE("merge wizard: bits read the French way", "[mergewizard]")
{
    CHECK(ExplanationView::formatBits(7.24) == u"+7,2"_s);
    CHECK(ExplanationView::formatBits(-3.06) == u"−3,1"_s);
    CHECK(ExplanationView::formatBits(0) == u"+0,0"_s);
}

TEST_CASE("merge wizard screenshots", "[.screenshots]")
{
    Fixture f;
    const QString folder = qEnvironmentVariable("ADHERA_SCREENSHOT_DIR", QDir::tempPath());
    auto pending = importing::ImportFile::read(test::dataPath(u"merge-viatis.csv"_s));
    REQUIRE(pending);
    pending->originClubId = f.viatisId;
    REQUIRE(importing::ImportStore(*f.db).stage(*pending));
    MergeWizard wizard(*f.db);
    test::showActive(wizard);
    wizard.addFile(test::dataPath(u"merge-connect.csv"_s), 0);
    auto grab = [&](const QString &name) {
        QCoreApplication::processEvents(); // pending layout requests, as a user would see them
        CHECK(wizard.grab().save(QDir(folder).filePath(u"merge-%1.png"_s.arg(name))));
    };
    grab(u"1-fichiers"_s);
    clickNext(wizard);
    grab(u"2-colonnes"_s);
    clickNext(wizard);
    REQUIRE(QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 20000));
    grab(u"3-recherche"_s);
    clickNext(wizard);
    auto *pairTable = child<QTableView>(wizard, u"pairTable"_s);
    const int dupontRow
        = findRow(*pairTable->model(), [](const QString &a, const QString &, const QString &) { return a.contains(u"DUPONT"_s); });
    if (dupontRow >= 0)
        clickRow(pairTable, dupontRow);
    grab(u"4-verification"_s);
    child<QPushButton>(wizard, u"acceptSureButton"_s)->click();
    grab(u"4b-verification-sures"_s);
    clickNext(wizard);
    grab(u"5-fusion"_s);
}

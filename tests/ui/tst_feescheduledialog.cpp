// SPDX-License-Identifier: GPL-3.0-or-later
// « Barème des cotisations »: one row per category, amounts typed the French way, the joining
// rule, the previous year taken over, and everything saved in one transaction or nothing.
#include "builders.h"
#include "catch.h"
#include "dialogtesting.h"
#include "dues/duesledger.h"
#include "dues/duespage.h"
#include "dues/feescheduledialog.h"
#include "members/memberfile.h"
#include "messagebox.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::dues;
using test::child;

namespace {

// Rows of a fresh file, in the categories' order.
enum CategoryRow { SmallRow, MediumRow, LargeRow, VeryLargeRow, PartnerRow, InstitutionRow, IndividualRow, HonoraryRow };
enum Column { CategoryColumn, AmountColumn, RuleColumn };

// 2025 has a schedule for three categories; 2026 has none yet.
struct ScheduleFixture {
    std::unique_ptr<Database> db = test::memoryDatabase();
    MemberFile file {*db};
    DuesLedger ledger {*db};

    ScheduleFixture()
    {
        MessageBox::setAlwaysAnswer(QMessageBox::NoButton);
        test::fixClock(*db);
        REQUIRE(ledger.saveSchedules({FeeSchedule {0, 2025, test::categoryId(file, u"ENT_S"_s), 24000, JoiningRule::Full},
            FeeSchedule {0, 2025, test::categoryId(file, u"ENT_M"_s), 45000, JoiningRule::ProRataMonth},
            FeeSchedule {0, 2025, test::categoryId(file, u"IND"_s), 8000, JoiningRule::NextYearFromSeptember}}));
    }
    ~ScheduleFixture() { MessageBox::setAlwaysAnswer(QMessageBox::NoButton); }

    // The year's schedules by category code.
    QMap<QString, FeeSchedule> stored(int year)
    {
        const auto schedules = ledger.schedules(year);
        REQUIRE(schedules);
        QMap<QString, FeeSchedule> byCode;
        for (const QString &code : {u"ENT_S"_s, u"ENT_M"_s, u"ENT_L"_s, u"ENT_XL"_s, u"PART"_s, u"INST"_s, u"IND"_s, u"HON"_s}) {
            for (const FeeSchedule &schedule : *schedules)
                if (schedule.categoryId == test::categoryId(file, code))
                    byCode.insert(code, schedule);
        }
        REQUIRE(byCode.size() == schedules->size());
        return byCode;
    }
};

// Types into a cell the way a user does: select it, F2, type, Return.
void typeInto(QTableWidget *table, int row, int column, const QString &text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor);
    REQUIRE(editor != table);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
    test::typeText(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    CHECK(QTest::qWaitFor([&] { return QApplication::focusWidget() == table; }));
}

QString amountText(const QTableWidget *table, int row)
{
    return table->item(row, AmountColumn)->text();
}

QComboBox *ruleCombo(const QTableWidget *table, int row)
{
    auto *combo = qobject_cast<QComboBox *>(table->cellWidget(row, RuleColumn));
    REQUIRE(combo);
    return combo;
}

void chooseRule(const QTableWidget *table, int row, JoiningRule rule)
{
    QComboBox *combo = ruleCombo(table, row);
    combo->setCurrentIndex(combo->findText(label(rule)));
    REQUIRE(combo->currentText() == label(rule));
}

} // namespace

TEST_CASE("fee schedule: one row per category, empty where the year has no schedule", "[dues][schedule]")
{
    ScheduleFixture f;
    FeeScheduleDialog dialog(*f.db, 2025);
    test::showActive(dialog);
    CHECK(dialog.windowTitle() == u"Barème des cotisations"_s);
    CHECK(child<QComboBox>(dialog, u"yearCombo"_s)->currentText() == u"2025"_s);
    CHECK(child<QLabel>(dialog, u"periodLabel"_s)->text() == u"du 01/01/2025 au 31/12/2025"_s);
    CHECK(child<QLabel>(dialog, u"noteLabel"_s)->text().contains(u"Les appels déjà émis ne changent pas."_s));

    QTableWidget *table = dialog.table();
    REQUIRE(table->rowCount() == 8);
    CHECK(table->item(MediumRow, CategoryColumn)->text() == u"Entreprise 50 à 199 salariés"_s);
    CHECK_FALSE(table->item(MediumRow, CategoryColumn)->flags().testFlag(Qt::ItemIsEditable));
    CHECK(amountText(table, MediumRow) == formatEuros(45000));
    CHECK(amountText(table, MediumRow) == u"450,00\u00a0€"_s);
    CHECK(ruleCombo(table, MediumRow)->currentText() == u"Au prorata des mois"_s);
    CHECK(ruleCombo(table, MediumRow)->count() == 3);
    CHECK(ruleCombo(table, IndividualRow)->currentText() == label(JoiningRule::NextYearFromSeptember));
    CHECK(amountText(table, LargeRow).isEmpty());
    CHECK(amountText(table, HonoraryRow).isEmpty());
    CHECK_FALSE(dialog.isModified());
}

TEST_CASE("fee schedule: amounts and rules typed are saved, empty rows stay without schedule", "[dues][schedule]")
{
    ScheduleFixture f;
    FeeScheduleDialog dialog(*f.db, 2026);
    test::showActive(dialog);
    QTableWidget *table = dialog.table();

    typeInto(table, LargeRow, AmountColumn, u"900"_s);
    CHECK(amountText(table, LargeRow) == u"900,00\u00a0€"_s); // read back the French way
    typeInto(table, VeryLargeRow, AmountColumn, u"1 250,5"_s);
    chooseRule(table, VeryLargeRow, JoiningRule::ProRataMonth);
    typeInto(table, HonoraryRow, AmountColumn, u"0"_s);
    chooseRule(table, PartnerRow, JoiningRule::ProRataMonth); // a rule without an amount: nothing
    CHECK(dialog.isModified());

    child<QPushButton>(dialog, u"saveButton"_s)->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const auto stored = f.stored(2026);
    REQUIRE(stored.size() == 3);
    CHECK(stored.value(u"ENT_L"_s).amount == 90000);
    CHECK(stored.value(u"ENT_L"_s).joiningRule == JoiningRule::Full);
    CHECK(stored.value(u"ENT_XL"_s).amount == 125050);
    CHECK(stored.value(u"ENT_XL"_s).joiningRule == JoiningRule::ProRataMonth);
    CHECK(stored.value(u"HON"_s).amount == 0);
    CHECK(f.stored(2025).size() == 3); // the other year untouched
}

TEST_CASE("fee schedule: the year just scheduled can be chosen on the dues page at once", "[dues][schedule]")
{
    ScheduleFixture f;
    DuesPage page(*f.db);
    auto *years = child<QComboBox>(page, u"yearCombo"_s);
    const int next = page.financialYear() + 1;
    REQUIRE(years->findData(next) < 0);

    FeeScheduleDialog dialog(*f.db, next);
    test::showActive(dialog);
    QSignalSpy heard(&f.db->notifier(), &ChangeNotifier::duesChanged);
    typeInto(dialog.table(), MediumRow, AmountColumn, u"460"_s);
    child<QPushButton>(dialog, u"saveButton"_s)->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(f.stored(next).value(u"ENT_M"_s).amount == 46000);
    CHECK(heard.count() == 1);
    CHECK(years->findData(next) >= 0);
    page.setFinancialYear(next);
    CHECK(page.financialYear() == next);
}

TEST_CASE("fee schedule: a changed row is updated, an unchanged one is left alone", "[dues][schedule]")
{
    ScheduleFixture f;
    const auto before = f.stored(2025);
    FeeScheduleDialog dialog(*f.db, 2025);
    test::showActive(dialog);
    QTableWidget *table = dialog.table();
    chooseRule(table, SmallRow, JoiningRule::ProRataMonth);
    table->item(MediumRow, AmountColumn)->setText(u"470,00 €"_s); // pasted with its symbol

    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog.result() == QDialog::Accepted);
    const auto after = f.stored(2025);
    REQUIRE(after.size() == 3);
    CHECK(after.value(u"ENT_S"_s).id == before.value(u"ENT_S"_s).id);
    CHECK(after.value(u"ENT_S"_s).joiningRule == JoiningRule::ProRataMonth);
    CHECK(after.value(u"ENT_M"_s).amount == 47000);
    CHECK(after.value(u"ENT_M"_s).joiningRule == JoiningRule::ProRataMonth);
    CHECK(after.value(u"IND"_s) == before.value(u"IND"_s));
}

TEST_CASE("fee schedule: a bad amount is named with its category and nothing is saved", "[dues][schedule]")
{
    ScheduleFixture f;
    const QString before = test::dumpContent(*f.db);
    FeeScheduleDialog dialog(*f.db, 2026);
    test::showActive(dialog);
    QTableWidget *table = dialog.table();
    typeInto(table, SmallRow, AmountColumn, u"250"_s);
    typeInto(table, MediumRow, AmountColumn, u"45O"_s);
    auto *problems = child<QLabel>(dialog, u"problemLabel"_s);
    CHECK(problems->isVisible()); // as soon as the cell is left
    CHECK(amountText(table, MediumRow) == u"45O"_s);

    child<QPushButton>(dialog, u"saveButton"_s)->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(problems->text() == u"Entreprise 50 à 199 salariés\u00a0: « 45O » n'est pas un montant."_s);
    CHECK(table->currentRow() == MediumRow);
    CHECK(table->currentColumn() == AmountColumn);
    CHECK(table->item(MediumRow, AmountColumn)->background().style() != Qt::NoBrush);
    CHECK(test::dumpContent(*f.db) == before);

    typeInto(table, MediumRow, AmountColumn, u"-450"_s);
    CHECK(problems->text() == u"Entreprise 50 à 199 salariés\u00a0: le montant ne peut pas être négatif (« -450 »)."_s);
    typeInto(table, MediumRow, AmountColumn, u"450"_s);
    CHECK_FALSE(problems->isVisible()); // the message follows the edits
    child<QPushButton>(dialog, u"saveButton"_s)->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(f.stored(2026).size() == 2);
}

TEST_CASE("fee schedule: a stored schedule cannot be emptied", "[dues][schedule]")
{
    ScheduleFixture f;
    const QString before = test::dumpContent(*f.db);
    FeeScheduleDialog dialog(*f.db, 2025);
    test::showActive(dialog);
    dialog.table()->item(IndividualRow, AmountColumn)->setText(QString());
    child<QPushButton>(dialog, u"saveButton"_s)->click();
    CHECK(dialog.isVisible());
    CHECK(child<QLabel>(dialog, u"problemLabel"_s)->text().startsWith(u"Membre individuel\u00a0: le barème de cet exercice existe déjà"_s));
    CHECK(test::dumpContent(*f.db) == before);
}

TEST_CASE("fee schedule: the previous year's schedule is taken over, then saved", "[dues][schedule]")
{
    ScheduleFixture f;
    FeeScheduleDialog dialog(*f.db, 2026);
    test::showActive(dialog);
    QTableWidget *table = dialog.table();
    typeInto(table, HonoraryRow, AmountColumn, u"0"_s); // a category 2025 did not have stays
    typeInto(table, SmallRow, AmountColumn, u"260"_s);

    auto *copy = child<QPushButton>(dialog, u"copyPreviousButton"_s);
    MessageBox::setNextAnswer(QMessageBox::No); // keep what was typed
    copy->click();
    CHECK(MessageBox::lastText() == u"Remplacer les montants affichés par ceux de l'exercice 2025\u00a0?"_s);
    CHECK(amountText(table, SmallRow) == u"260,00\u00a0€"_s);
    CHECK(amountText(table, MediumRow).isEmpty());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    copy->click();
    CHECK(amountText(table, SmallRow) == u"240,00\u00a0€"_s);
    CHECK(amountText(table, MediumRow) == u"450,00\u00a0€"_s);
    CHECK(ruleCombo(table, MediumRow)->currentText() == label(JoiningRule::ProRataMonth));
    CHECK(amountText(table, IndividualRow) == u"80,00\u00a0€"_s);
    CHECK(ruleCombo(table, IndividualRow)->currentText() == label(JoiningRule::NextYearFromSeptember));
    CHECK(amountText(table, HonoraryRow) == u"0,00\u00a0€"_s);
    CHECK(f.stored(2026).isEmpty()); // not saved until Enregistrer

    child<QPushButton>(dialog, u"saveButton"_s)->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const auto last = f.stored(2025);
    const auto copied = f.stored(2026);
    REQUIRE(copied.size() == 4);
    for (const QString &code : {u"ENT_S"_s, u"ENT_M"_s, u"IND"_s}) {
        CHECK(copied.value(code).amount == last.value(code).amount);
        CHECK(copied.value(code).joiningRule == last.value(code).joiningRule);
        CHECK(copied.value(code).financialYear == 2026);
    }
    CHECK(copied.value(u"HON"_s).amount == 0);
}

TEST_CASE("fee schedule: a year without a previous schedule says so", "[dues][schedule]")
{
    ScheduleFixture f;
    FeeScheduleDialog dialog(*f.db, 2025);
    test::showActive(dialog);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    child<QPushButton>(dialog, u"copyPreviousButton"_s)->click();
    CHECK(MessageBox::lastText() == u"L'exercice 2024 n'a pas de barème à reprendre."_s);
    CHECK_FALSE(dialog.isModified());
}

TEST_CASE("fee schedule: another year is shown after asking about unsaved changes", "[dues][schedule]")
{
    ScheduleFixture f;
    FeeScheduleDialog dialog(*f.db, 2026);
    test::showActive(dialog);
    auto *year = child<QComboBox>(dialog, u"yearCombo"_s);
    typeInto(dialog.table(), LargeRow, AmountColumn, u"900"_s);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    year->setCurrentIndex(year->findData(2025));
    CHECK(dialog.financialYear() == 2026);
    CHECK(year->currentData().toInt() == 2026);
    CHECK(amountText(dialog.table(), LargeRow) == u"900,00\u00a0€"_s);

    MessageBox::setNextAnswer(QMessageBox::Save);
    year->setCurrentIndex(year->findData(2025));
    CHECK(dialog.financialYear() == 2025);
    CHECK(amountText(dialog.table(), MediumRow) == u"450,00\u00a0€"_s);
    CHECK(f.stored(2026).value(u"ENT_L"_s).amount == 90000);

    // A year outside the list is added to it, in order.
    CHECK(dialog.setFinancialYear(2030));
    CHECK(year->currentText() == u"2030"_s);
    CHECK(year->itemData(year->currentIndex() - 1).toInt() < 2030);
    CHECK(dialog.table()->rowCount() == 8);
}

TEST_CASE("fee schedule: the years read as the file's financial years", "[dues][schedule]")
{
    ScheduleFixture f;
    REQUIRE(f.ledger.setYearStartMonth(9));
    FeeScheduleDialog dialog(*f.db, 2026);
    CHECK(child<QComboBox>(dialog, u"yearCombo"_s)->currentText() == u"2026-2027"_s);
    CHECK(child<QLabel>(dialog, u"periodLabel"_s)->text() == u"du 01/09/2026 au 31/08/2027"_s);
}

// Pictures for checking the layout by eye: `adhera_ui_tests "[.screenshots]"`; the PNGs go to
// ADHERA_SCREENSHOT_DIR (temporary folder by default).
TEST_CASE("fee schedule screenshots", "[.screenshots]")
{
    ScheduleFixture f;
    const QString folder = qEnvironmentVariable("ADHERA_SCREENSHOT_DIR", QDir::tempPath());
    FeeScheduleDialog dialog(*f.db, 2026);
    test::showActive(dialog);
    CHECK(dialog.grab().save(QDir(folder).filePath(u"feeschedule-empty.png"_s)));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(dialog, u"copyPreviousButton"_s)->click();
    typeInto(dialog.table(), LargeRow, AmountColumn, u"9OO"_s);
    child<QPushButton>(dialog, u"saveButton"_s)->click();
    CHECK(dialog.grab().save(QDir(folder).filePath(u"feeschedule-refused.png"_s)));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.reject();
}

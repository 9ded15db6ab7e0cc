// SPDX-License-Identifier: GPL-3.0-or-later
// « Anciens clubs… » on the dues page: the treasurer finds a member who came from Viatis, ticks
// that it paid its former club, types the amount and the club's receipt, saves; the member's L2C
// call is cancelled, the totals say the amount apart from L2C's income. Unticking reopens the call.
#include "builders.h"
#include "catch.h"
#include "db/sql.h"
#include "dialogtesting.h"
#include "dues/duesledger.h"
#include "dues/duespage.h"
#include "dues/formerclubdues.h"
#include "dues/formerclubduesdialog.h"
#include "members/memberfile.h"
#include "messagebox.h"
#include "testsupport.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::dues;

namespace {

// Transports Lœuvre (Viatis, ENT_M) with its call AC-2026-0001 of 450,00; Jean DUPONT (Connect)
// and Atlas Relation (a direct member), both without a call.
struct MergedBook {
    std::unique_ptr<Database> db = test::memoryDatabase();
    MemberFile file {*db};
    DuesLedger ledger {*db};
    std::unique_ptr<DuesPage> page;

    MergedBook()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        MessageBox::setAlwaysAnswer(QMessageBox::NoButton);
        test::fixClock(*db);
        OrganisationRecord loeuvre = test::organisation(u"Transports Lœuvre"_s, u"Metz"_s);
        loeuvre.membership = test::membership(file, u"ENT_M"_s, u"VIATIS"_s);
        test::save(file, loeuvre);
        REQUIRE(ledger.saveSchedule(FeeSchedule {0, 2026, test::categoryId(file, u"ENT_M"_s), 45000, JoiningRule::Full}));
        REQUIRE(ledger.issueCalls(2026, QDate(2026, 1, 15), QDate(2026, 2, 14)) == 1);
        PersonRecord dupont = test::person(u"Jean"_s, u"Dupont"_s);
        dupont.membership = test::membership(file, u"IND"_s, u"CONNECT"_s);
        test::save(file, dupont);
        OrganisationRecord atlas = test::organisation(u"Atlas Relation"_s, u"Nancy"_s);
        atlas.membership = test::membership(file, u"ENT_M"_s, u"L2C"_s);
        test::save(file, atlas);
        page = std::make_unique<DuesPage>(*db);
        page->resize(1024, 600);
        test::showActive(*page);
    }

    ~MergedBook()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        MessageBox::setAlwaysAnswer(QMessageBox::NoButton);
    }

    // Opens the dialog with the page's button and runs `act` in it.
    void inDialog(const std::function<void(FormerClubDuesDialog &)> &act)
    {
        bool reached = false;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<FormerClubDuesDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            // Typing in the table's cells needs the dialog to be the active window.
            dialog->activateWindow();
            if (!QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }))
                return;
            reached = true;
            act(*dialog);
            if (dialog->isVisible()) {
                MessageBox::setNextAnswer(QMessageBox::Yes);
                dialog->reject();
            }
        });
        QTest::mouseClick(test::child<QPushButton>(*page, u"formerClubButton"_s), Qt::LeftButton);
        REQUIRE(reached);
    }

    DuesCall loeuvreCall() const { return ledger.calls(2026)->value(0); }
};

QStringList shownMembers(QTableWidget *table)
{
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row)
        if (!table->isRowHidden(row))
            names << table->item(row, 0)->text();
    return names;
}

int rowOf(QTableWidget *table, const QString &member)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == member)
            return row;
    FAIL("no row for " << member.toStdString());
    return -1;
}

// Types into a cell as a user does: the cell made current, keys typed (which opens the editor),
// Entrée.
void typeInCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor);
    INFO("focus on " << editor->metaObject()->className() << " " << editor->objectName().toStdString());
    REQUIRE(editor != table);
    auto *line = qobject_cast<QLineEdit *>(editor);
    REQUIRE(line);
    line->selectAll();
    test::typeText(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    CHECK(QTest::qWaitFor([&] { return QApplication::focusWidget() == table; }));
}

} // namespace

TEST_CASE("the treasurer records a member's dues paid to its former club, and the L2C call is cancelled", "[duespage][formerclub]")
{
    MergedBook book;
    QSignalSpy said(book.page.get(), &DuesPage::statusMessage);

    book.inDialog([&](FormerClubDuesDialog &dialog) {
        QTableWidget *table = dialog.table();
        // The founding clubs' members only, by name; the search ignores accents.
        CHECK(shownMembers(table) == QStringList {u"DUPONT Jean"_s, u"Transports Lœuvre"_s});
        test::typeText(dialog.searchEdit(), u"loeuvre"_s);
        CHECK(shownMembers(table) == QStringList {u"Transports Lœuvre"_s});
        const int row = rowOf(table, u"Transports Lœuvre"_s);
        CHECK(table->item(row, 6)->text() == u"AC-2026-0001"_s);

        dialog.paidOnEdit()->setDate(QDate(2026, 1, 12));
        // ↓ from the search reaches the row found, Espace ticks it.
        QTest::keyClick(dialog.searchEdit(), Qt::Key_Down);
        REQUIRE(QApplication::focusWidget() == table);
        CHECK(table->currentRow() == row);
        QTest::keyClick(table, Qt::Key_Space);
        REQUIRE(table->item(row, 0)->checkState() == Qt::Checked);
        CHECK(table->item(row, 4)->text() == u"12/01/2026"_s);
        CHECK(table->item(row, 6)->text() == u"AC-2026-0001 sera annulé"_s);
        typeInCell(table, row, 3, u"420"_s);
        CHECK(table->item(row, 3)->text() == formatEuros(42000));
        typeInCell(table, row, 5, u"reçu Viatis 17"_s);
        CHECK(dialog.summaryLabel()->text().contains(formatEuros(42000)));
        CHECK(dialog.summaryLabel()->text().contains(u"1 appel(s) L2C sans paiement sera(ont) annulé(s)"_s));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        INFO(dialog.findChild<QLabel *>(u"formerClubError"_s)->text().toStdString());
        CHECK_FALSE(dialog.isVisible());
    });

    // The records afterwards.
    auto recorded = FormerClubLedger(*book.db).recorded(2026);
    REQUIRE(recorded);
    REQUIRE(recorded->size() == 1);
    CHECK(recorded->first().memberName == u"Transports Lœuvre"_s);
    CHECK(recorded->first().clubName == u"Viatis"_s);
    CHECK(recorded->first().amount == 42000);
    CHECK(recorded->first().paidOn == QDate(2026, 1, 12));
    CHECK(recorded->first().reference == u"reçu Viatis 17"_s);
    CHECK(book.loeuvreCall().state == CallState::Cancelled);
    CHECK(book.loeuvreCall().stateReason == u"Cotisation 2026 réglée à Viatis"_s);
    // Nothing of it is L2C's income.
    CHECK(Sql(*book.db, u"SELECT count(*) FROM payment"_s).scalar(u"count"_s)->toInt() == 0);
    const QString totals = book.page->totalsLabel()->text();
    CHECK(totals.startsWith(u"Attendu 0,00\u00a0€ · Encaissé 0,00\u00a0€"_s));
    CHECK(totals.contains(u"Hors recettes\u00a0: 1 cotisation(s) réglée(s) aux anciens clubs (420,00\u00a0€)"_s));
    REQUIRE(said.size() == 1);
    CHECK(said.first().first().toString().contains(u"1 cotisation(s) réglée(s) à l'ancien club enregistrée(s)"_s));

    // Unticked again: the record goes, the call is open again.
    book.inDialog([&](FormerClubDuesDialog &dialog) {
        QTableWidget *table = dialog.table();
        const int row = rowOf(table, u"Transports Lœuvre"_s);
        CHECK(table->item(row, 0)->checkState() == Qt::Checked);
        CHECK(table->item(row, 3)->text() == formatEuros(42000));
        table->setFocus();
        table->setCurrentCell(row, 0);
        QTest::keyClick(table, Qt::Key_Space);
        CHECK(table->item(row, 6)->text() == u"AC-2026-0001 sera rouvert"_s);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    CHECK(FormerClubLedger(*book.db).recorded(2026)->isEmpty());
    CHECK(book.loeuvreCall().state == CallState::Open);
    CHECK(book.page->totalsLabel()->text().startsWith(u"Attendu 450,00\u00a0€"_s));
}

TEST_CASE("closing the former clubs' dialog with ticks not saved asks first", "[duespage][formerclub]")
{
    MergedBook book;
    book.inDialog([&](FormerClubDuesDialog &dialog) {
        QTableWidget *table = dialog.table();
        const int row = rowOf(table, u"DUPONT Jean"_s);
        table->setFocus();
        table->setCurrentCell(row, 0);
        QTest::keyClick(table, Qt::Key_Space);
        // « Continuer la saisie »: the dialog stays, the tick too.
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK(dialog.isVisible());
        CHECK(MessageBox::lastText().contains(u"ne sont pas enregistrés"_s));
        CHECK(table->item(row, 0)->checkState() == Qt::Checked);
        // « Abandonner »: closed, nothing written.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK_FALSE(dialog.isVisible());
    });
    CHECK(FormerClubLedger(*book.db).recorded(2026)->isEmpty());
}

TEST_CASE("a member whose L2C call has money on it cannot be ticked, and the row says why", "[duespage][formerclub]")
{
    MergedBook book;
    Payment part;
    part.receivedOn = QDate(2026, 2, 1);
    part.amount = 10000;
    part.allocations = {Allocation {book.loeuvreCall().id, 10000}};
    REQUIRE(book.ledger.recordPayment(part));
    book.inDialog([&](FormerClubDuesDialog &dialog) {
        QTableWidget *table = dialog.table();
        const int row = rowOf(table, u"Transports Lœuvre"_s);
        CHECK(table->item(row, 6)->text() == u"AC-2026-0001\u00a0: 100,00\u00a0€ déjà payés"_s);
        CHECK_FALSE(table->item(row, 0)->flags().testFlag(Qt::ItemIsUserCheckable));
        table->setFocus();
        table->setCurrentCell(row, 0);
        QTest::keyClick(table, Qt::Key_Space);
        CHECK(table->item(row, 0)->checkState() == Qt::Unchecked);
    });
    CHECK(FormerClubLedger(*book.db).recorded(2026)->isEmpty());
}

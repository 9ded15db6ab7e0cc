// SPDX-License-Identifier: GPL-3.0-or-later
// The « Cotisations » page: a payment recorded from the page changes the call's status and the
// year's totals; a payment the ledger refuses is said in the dialog and leaves the book as it was.
#include "builders.h"
#include "catch.h"
#include "db/sql.h"
#include "demo/demodata.h"
#include "dialogtesting.h"
#include "dues/callstatedialog.h"
#include "dues/calltablemodel.h"
#include "dues/chequeremittance.h"
#include "dues/duesledger.h"
#include "dues/duespage.h"
#include "dues/issuecallsdialog.h"
#include "dues/monthlychart.h"
#include "dues/paymentdialog.h"
#include "dues/paymentsdialog.h"
#include "dues/remindersdialog.h"
#include "dues/reversaldialog.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "members/memberfile.h"
#include "messagebox.h"
#include "testsupport.h"
#include "widgets/datetyping.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::dues;

namespace {

// One company (ENT_M, 450,00 € for 2026) and its call AC-2026-0001, issued through the ledger.
struct DuesFixture {
    std::unique_ptr<Database> db = test::memoryDatabase();
    MemberFile file {*db};
    DuesLedger ledger {*db};
    qint64 callId = 0;
    std::unique_ptr<DuesPage> page;
    std::unique_ptr<QAbstractItemModelTester> tester;

    DuesFixture()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        MessageBox::setAlwaysAnswer(QMessageBox::NoButton);
        test::fixClock(*db);
        OrganisationRecord company = test::organisation(u"Transports Lœuvre"_s, u"Metz"_s);
        company.membership = test::membership(file, u"ENT_M"_s, u"VIATIS"_s);
        test::save(file, company);
        REQUIRE(ledger.saveSchedule(FeeSchedule {0, 2026, test::categoryId(file, u"ENT_M"_s), 45000, JoiningRule::Full}));
        const auto issued = ledger.issueCalls(2026, QDate(2026, 1, 15), QDate(2026, 2, 14));
        REQUIRE(issued);
        REQUIRE(*issued == 1);
        callId = ledger.calls(2026)->value(0).id;
        page = std::make_unique<DuesPage>(*db);
        tester = std::make_unique<QAbstractItemModelTester>(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        page->resize(1100, 400);
        test::showActive(*page);
    }

    ~DuesFixture()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        MessageBox::setAlwaysAnswer(QMessageBox::NoButton);
    }

    QString cell(int column) const
    {
        const int row = page->model()->rowOfCall(callId);
        return page->model()->index(row, column).data().toString();
    }

    Cents paid() const { return ledger.call(callId)->paid; }

    // Opens the payment dialog from the page's button, types the amount (and, when given, the
    // allocation to the call), presses « Enregistrer ». Returns what the dialog said when it stayed
    // open (it is then closed), or an empty text when it closed on the payment recorded.
    QString pay(const QString &amount, const QString &allocation = {})
    {
        page->selectCall(callId);
        QString refusal;
        bool reached = false;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<PaymentDialog *>(QApplication::activeModalWidget());
            if (!dialog || !QTest::qWaitForWindowActive(dialog))
                return;
            reached = true;
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"amountEdit"_s), amount);
            if (!allocation.isEmpty())
                dialog->findChild<QTableWidget *>(u"allocationTable"_s)->item(0, 3)->setText(allocation);
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
            if (dialog->isVisible()) {
                for (const QLabel *label : dialog->findChildren<QLabel *>())
                    if ((label->objectName() == u"errorLabel"_s || label->objectName() == u"amountProblemLabel"_s) && label->isVisible())
                        refusal += label->text();
                if (refusal.isEmpty())
                    refusal = u"(refused without a message)"_s;
                dialog->reject();
            }
        });
        QPushButton *button = page->findChild<QPushButton *>(u"recordPaymentButton"_s);
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        REQUIRE(reached);
        return refusal;
    }
};

QString totals(Cents expected, Cents collected, Cents outstanding, Cents exempt)
{
    return u"Attendu %1 · Encaissé %2 · Reste dû %3 · Exonéré %4"_s.arg(
        formatEuros(expected), formatEuros(collected), formatEuros(outstanding), formatEuros(exempt));
}

} // namespace

TEST_CASE("a payment recorded from the dues page changes the call's status and the totals", "[duespage]")
{
    DuesFixture f;
    CHECK(f.page->financialYear() == 2026);
    CHECK(f.page->totalsLabel()->text() == totals(45000, 0, 45000, 0));
    REQUIRE(f.page->model()->rowCount() == 1);
    CHECK(f.cell(CallTableModel::Number) == u"AC-2026-0001"_s);
    CHECK(f.cell(CallTableModel::Member) == u"Transports Lœuvre"_s);
    CHECK(f.cell(CallTableModel::Amount) == formatEuros(45000));
    CHECK(f.cell(CallTableModel::Status) == u"Impayé"_s);

    SECTION("a partial payment, then the rest")
    {
        CHECK(f.pay(u"200"_s).isEmpty());
        CHECK(f.paid() == 20000);
        CHECK(f.cell(CallTableModel::Status) == u"Partiel"_s);
        CHECK(f.cell(CallTableModel::Balance) == formatEuros(25000));
        CHECK(f.page->totalsLabel()->text() == totals(45000, 20000, 25000, 0));

        CHECK(f.pay(u"250,00"_s).isEmpty());
        CHECK(f.paid() == 45000);
        CHECK(f.cell(CallTableModel::Status) == u"Payé"_s);
        CHECK(f.page->totalsLabel()->text() == totals(45000, 45000, 0, 0));
        // A paid call has nothing left to pay.
        CHECK_FALSE(f.page->findChild<QPushButton *>(u"recordPaymentButton"_s)->isEnabled());
    }

    SECTION("an allocation above the balance is refused, with the ledger's message, and nothing is recorded")
    {
        const QString refusal = f.pay(u"500"_s, u"500"_s);
        CHECK(refusal.contains(u"AC-2026-0001"_s));
        CHECK(f.paid() == 0);
        CHECK(f.ledger.payments(2026)->isEmpty());
        CHECK(f.cell(CallTableModel::Status) == u"Impayé"_s);
        CHECK(f.page->totalsLabel()->text() == totals(45000, 0, 45000, 0));
    }

    SECTION("an amount that is not one is shown under the field")
    {
        const QString refusal = f.pay(u"douze"_s);
        CHECK(refusal.startsWith(u"Montant invalide"_s));
        CHECK(f.paid() == 0);
    }

    SECTION("the status filter and the search narrow the list")
    {
        auto *status = f.page->findChild<QComboBox *>(u"statusFilter"_s);
        status->setCurrentIndex(DuesPage::PaidCalls);
        CHECK(f.page->model()->rowCount() == 0);
        status->setCurrentIndex(DuesPage::UnpaidCalls);
        CHECK(f.page->model()->rowCount() == 1);
        QTest::keyClicks(f.page->findChild<QLineEdit *>(u"duesSearchEdit"_s), u"LOEUVRE"_s);
        CHECK(f.page->model()->rowCount() == 1);
        QTest::keyClicks(f.page->findChild<QLineEdit *>(u"duesSearchEdit"_s), u" nancy"_s);
        CHECK(f.page->model()->rowCount() == 0);
    }
}

TEST_CASE("the main window lists « Cotisations » in its sidebar", "[duespage]")
{
    static QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    test::TempDatabase temp;
    MainWindow window;
    window.adoptDatabase(std::move(temp.db));
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    REQUIRE(navigation);
    REQUIRE(navigation->count() >= 3);
    CHECK(navigation->item(MainWindow::DuesRow)->text() == u"Cotisations"_s);
    navigation->setCurrentRow(MainWindow::DuesRow);
    CHECK(window.findChild<QStackedWidget *>()->currentWidget() == window.duesPage());
    CHECK(window.findChild<QLabel *>(u"countLabel"_s)->text() == u"Aucun appel pour cet exercice"_s);
}

// `adhera_ui_tests "[.screenshots]"`; the PNGs go to ADHERA_SCREENSHOT_DIR (temporary folder
// by default).
TEST_CASE("dues page screenshots", "[.screenshots]")
{
    static QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    test::TempDatabase temp;
    test::fixClock(*temp.db);
    REQUIRE(demo::fill(*temp.db));
    MainWindow window;
    window.adoptDatabase(std::move(temp.db));
    window.resize(1200, 760);
    window.selectPage(MainWindow::DuesRow);
    test::showActive(window);
    const QString folder = qEnvironmentVariable("ADHERA_SCREENSHOT_DIR", QDir::tempPath());
    CHECK(window.grab().save(QDir(folder).filePath(u"duespage.png"_s)));

    DuesPage *page = window.duesPage();
    page->findChild<QComboBox *>(u"statusFilter"_s)->setCurrentIndex(DuesPage::PartialCalls);
    REQUIRE(page->model()->rowCount() > 0);
    page->selectCall(page->model()->index(0, 0).data(CallTableModel::CallIdRole).toLongLong());
    bool grabbed = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<PaymentDialog *>(QApplication::activeModalWidget());
        if (!dialog || !QTest::qWaitForWindowActive(dialog))
            return;
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"amountEdit"_s), u"1500"_s);
        auto *method = dialog->findChild<QComboBox *>(u"methodCombo"_s);
        method->setCurrentIndex(method->findText(u"Espèces"_s));
        grabbed = dialog->grab().save(QDir(folder).filePath(u"paymentdialog.png"_s));
        dialog->findChild<QTableWidget *>(u"allocationTable"_s)->item(0, 3)->setText(u"1500"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        grabbed = grabbed && dialog->grab().save(QDir(folder).filePath(u"paymentdialog-refused.png"_s));
        dialog->reject();
    });
    QTest::mouseClick(page->findChild<QPushButton *>(u"recordPaymentButton"_s), Qt::LeftButton);
    CHECK(grabbed);

    // In the autumn, past every due date of the demo year.
    RemindersDialog reminders(*window.database(), 2026, QDate(2026, 10, 1), &window);
    reminders.setLevel(2);
    test::showActive(reminders);
    CHECK(reminders.grab().save(QDir(folder).filePath(u"remindersdialog.png"_s)));
}

TEST_CASE("a call issued by mistake is cancelled with its reason, and reopened; a paid one says why it cannot be", "[duespage]")
{
    DuesFixture f;
    f.page->selectCall(f.callId);
    QAction *action = f.page->findChild<QAction *>(u"callStateAction"_s);
    REQUIRE(action);
    REQUIRE(action->isEnabled());

    const auto inDialog = [action](const std::function<void(CallStateDialog &)> &act) {
        test::inModalDialogOpenedBy<CallStateDialog>([action] { action->trigger(); }, act);
    };

    inDialog([](CallStateDialog &dialog) {
        auto *save = test::child<QPushButton>(dialog, u"saveButton"_s);
        CHECK_FALSE(save->isEnabled()); // no change without a reason
        CHECK(test::child<QRadioButton>(dialog, u"cancelChoice"_s)->isChecked());
        QTest::keyClicks(test::child<QLineEdit>(dialog, u"reasonEdit"_s), u"Adherent parti avant l'appel"_s);
        QTest::keyClick(test::child<QLineEdit>(dialog, u"reasonEdit"_s), Qt::Key_Return);
    });
    auto call = f.ledger.call(f.callId);
    REQUIRE(call);
    CHECK(call->state == CallState::Cancelled);
    CHECK(call->stateReason == u"Adherent parti avant l'appel"_s);
    CHECK(f.cell(CallTableModel::Status) == label(CallStatus::Cancelled));

    // The same call, reopened: due again.
    f.page->selectCall(f.callId);
    inDialog([](CallStateDialog &dialog) {
        CHECK(test::child<QRadioButton>(dialog, u"reopenChoice"_s)->isChecked());
        QTest::keyClicks(test::child<QLineEdit>(dialog, u"reasonEdit"_s), u"Annule par erreur"_s);
        QTest::mouseClick(test::child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    });
    CHECK(f.ledger.call(f.callId)->state == CallState::Open);
    CHECK(f.ledger.call(f.callId)->balance() == 45000);

    // A call that has received money: said at once, nothing offered.
    REQUIRE(f.pay(u"100"_s).isEmpty());
    f.page->selectCall(f.callId);
    inDialog([](CallStateDialog &dialog) {
        CHECK(test::child<QLabel>(dialog, u"paidLabel"_s)->text().contains(u"annulez d'abord ses paiements"_s));
        CHECK_FALSE(test::child<QPushButton>(dialog, u"saveButton"_s)->isEnabled());
        CHECK_FALSE(test::child<QLineEdit>(dialog, u"reasonEdit"_s)->isEnabled());
    });
    CHECK(f.ledger.call(f.callId)->state == CallState::Open);
}

TEST_CASE("the cheques received go to the bank on a remittance slip, from the list of payments", "[duespage]")
{
    DuesFixture f;
    test::useFreshSettings();
    const auto cheque = [&](const QDate &on, Cents amount, const QString &number) {
        Payment payment;
        payment.receivedOn = on;
        payment.amount = amount;
        payment.method = PaymentMethod::Cheque;
        payment.chequeNumber = number;
        payment.bank = u"Crédit Mutuel"_s;
        payment.payer = u"Transports Lœuvre"_s;
        payment.allocations = {{f.callId, amount}};
        REQUIRE(f.ledger.recordPayment(payment));
    };
    cheque(QDate(2026, 2, 3), 20000, u"0012345"_s);
    cheque(QDate(2026, 2, 20), 15000, u"0012399"_s);
    Payment transfer;
    transfer.receivedOn = QDate(2026, 3, 1);
    transfer.amount = 10000;
    transfer.method = PaymentMethod::Transfer;
    transfer.allocations = {{f.callId, 10000}};
    REQUIRE(f.ledger.recordPayment(transfer));

    QTemporaryDir folder;
    const QString path = folder.filePath(u"bordereau.pdf"_s);
    bool reached = false;
    bool saved = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<PaymentsDialog *>(QApplication::activeModalWidget());
        if (!dialog || !QTest::qWaitForWindowActive(dialog))
            return;
        reached = true;
        // The cheques to remit come first, every one ticked; the transfer is not among them.
        CHECK(dialog->pendingOnlyCheck()->isChecked());
        QTableWidget *table = dialog->table();
        CHECK(table->rowCount() == 2);
        CHECK(dialog->tickedPaymentIds().size() == 2);
        // The second cheque stays for the next visit to the bank: Espace unticks it.
        table->setFocus();
        table->setCurrentCell(1, 0);
        QTest::keyClick(table, Qt::Key_Space);
        CHECK(dialog->tickedPaymentIds().size() == 1);
        CHECK(test::child<QLabel>(*dialog, u"summaryLabel"_s)->text().contains(u"1 chèque(s) coché(s) sur 2"_s));

        QTimer::singleShot(0, [&] {
            auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!files || !QTest::qWaitForWindowActive(files))
                return;
            auto *name = files->findChild<QLineEdit *>(u"fileNameEdit"_s);
            name->setText(path);
            QTest::keyClick(name, Qt::Key_Return);
            saved = true;
        });
        MessageBox::setNextAnswer(QMessageBox::Close);
        QTest::mouseClick(test::child<QPushButton>(*dialog, u"remitButton"_s), Qt::LeftButton);
        CHECK(table->rowCount() == 1); // the cheque left for later
        // Every payment of the year, the remitted cheque with its slip.
        dialog->pendingOnlyCheck()->click();
        CHECK(table->rowCount() == 3);
        QStringList slips;
        for (int row = 0; row < table->rowCount(); ++row)
            slips << table->item(row, 7)->text();
        CHECK(slips.count(u"BR-2026-0001"_s) == 1);
        dialog->reject();
    });
    f.page->findChild<QMenu *>(u"documentsMenu"_s)->actions().last()->trigger();
    REQUIRE(reached);
    REQUIRE(saved);
    CHECK(QFileInfo::exists(path));
    CHECK(MessageBox::lastText().contains(u"1 chèque(s) inscrit(s)"_s));

    ChequeRemittances remittances(*f.db);
    const auto slips = remittances.all();
    REQUIRE(slips);
    REQUIRE(slips->size() == 1);
    REQUIRE(slips->constFirst().cheques.size() == 1);
    CHECK(slips->constFirst().cheques.constFirst().chequeNumber == u"0012345"_s);
    CHECK(slips->constFirst().total() == 20000);
    CHECK(remittances.pending()->size() == 1);
}

TEST_CASE("cheques taken to the bank before Adhera kept slips are marked remitted, with no slip invented", "[duespage]")
{
    DuesFixture f;
    test::useFreshSettings();
    for (const auto &[on, number] : {std::pair {QDate(2026, 1, 10), u"0011111"_s}, std::pair {QDate(2026, 2, 3), u"0012345"_s}}) {
        Payment payment;
        payment.receivedOn = on;
        payment.amount = 10000;
        payment.method = PaymentMethod::Cheque;
        payment.chequeNumber = number;
        payment.payer = u"Transports Lœuvre"_s;
        payment.allocations = {{f.callId, 10000}};
        REQUIRE(f.ledger.recordPayment(payment));
    }
    ChequeRemittances remittances(*f.db);
    REQUIRE(remittances.pending()->size() == 2);

    QAction *payments = f.page->findChild<QMenu *>(u"documentsMenu"_s)->actions().last();
    test::inModalDialogOpenedBy<PaymentsDialog>([payments] { payments->trigger(); },
        [&](PaymentsDialog &dialog) {
            QTableWidget *table = dialog.table();
            REQUIRE(table->rowCount() == 2);
            // The older cheque went to the bank last month, on the bank's form: only it stays ticked.
            table->setFocus();
            table->setCurrentCell(1, 0);
            QTest::keyClick(table, Qt::Key_Space);
            REQUIRE(dialog.tickedPaymentIds().size() == 1);
            auto *withoutSlip = test::child<QPushButton>(dialog, u"withoutSlipButton"_s);
            // Asked first; « Non » changes nothing.
            const QString before = test::dumpContent(*f.db);
            MessageBox::setNextAnswer(QMessageBox::No);
            QTest::mouseClick(withoutSlip, Qt::LeftButton);
            CHECK(MessageBox::lastTitle() == u"Chèques déjà remis"_s);
            CHECK(MessageBox::lastText().contains(u"aucun bordereau n'est créé"_s));
            CHECK(test::dumpContent(*f.db) == before);
            MessageBox::setNextAnswer(QMessageBox::Yes);
            QTest::mouseClick(withoutSlip, Qt::LeftButton);
            CHECK(table->rowCount() == 1); // only the cheque still to take to the bank
            dialog.pendingOnlyCheck()->click();
            QStringList marks;
            for (int row = 0; row < table->rowCount(); ++row)
                marks << table->item(row, 7)->text();
            CHECK(marks.count(u"sans bordereau"_s) == 1);
        });
    const auto pending = remittances.pending();
    REQUIRE(pending);
    REQUIRE(pending->size() == 1);
    CHECK(pending->constFirst().chequeNumber == u"0012345"_s);
    CHECK(remittances.all()->isEmpty()); // no slip invented
    auto marked = Sql(*f.db, u"SELECT count(*) FROM cheque_remitted_without_slip"_s).scalar(u"test"_s);
    REQUIRE(marked);
    CHECK(marked->toInt() == 1);
    // Marked once: a second time is refused, naming the payment.
    const auto again = remittances.markRemittedWithoutSlip({f.ledger.payments(2026)->value(0).id});
    CHECK_FALSE(again);
}

TEST_CASE("cancelling a payment from the dues page records its reversal", "[duespage]")
{
    DuesFixture f;
    REQUIRE(f.pay(u"200"_s).isEmpty());
    REQUIRE(f.paid() == 20000);
    f.page->selectCall(f.callId);

    bool reached = false;
    QString refusal;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ReversalDialog *>(QApplication::activeModalWidget());
        if (!dialog || !QTest::qWaitForWindowActive(dialog))
            return;
        reached = true;
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"reasonEdit"_s), u"Rejet bancaire"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        if (dialog->isVisible()) {
            refusal = dialog->findChild<QLabel *>(u"errorLabel"_s)->text();
            dialog->reject();
        }
    });
    QPushButton *button = f.page->findChild<QPushButton *>(u"reversePaymentButton"_s);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(reached);
    CHECK(refusal.isEmpty());
    CHECK(f.paid() == 0);
    CHECK(f.ledger.payments(2026)->size() == 2);
    CHECK(f.cell(CallTableModel::Status) == u"Impayé"_s);
    CHECK(f.page->totalsLabel()->text() == totals(45000, 0, 45000, 0));
    CHECK_FALSE(button->isEnabled());
}

TEST_CASE("cancelling a cheque that paid two calls lists both and asks before making them due again", "[duespage]")
{
    DuesFixture f;
    OrganisationRecord second = test::organisation(u"Moselle Contact Services"_s, u"Metz"_s);
    second.membership = test::membership(f.file, u"ENT_M"_s, u"CONNECT"_s);
    test::save(f.file, second);
    REQUIRE(f.ledger.issueCalls(2026, QDate(2026, 1, 20), QDate(2026, 2, 19)));
    const QList<DuesCall> calls = *f.ledger.calls(2026);
    REQUIRE(calls.size() == 2);
    Payment cheque;
    cheque.receivedOn = QDate(2026, 2, 1);
    cheque.amount = 90000;
    cheque.method = PaymentMethod::Cheque;
    cheque.chequeNumber = u"1234567"_s;
    cheque.allocations = {{calls.at(0).id, 45000}, {calls.at(1).id, 45000}};
    REQUIRE(f.ledger.recordPayment(cheque));
    f.page->refresh();
    f.page->selectCall(f.callId);

    // Opens the dialog from the page's button, reads the calls it lists, types a reason and
    // presses « Annuler le paiement »; the question is answered `answer`.
    auto reverse = [&](QMessageBox::StandardButton answer) {
        QString settled;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<ReversalDialog *>(QApplication::activeModalWidget());
            if (!dialog || !QTest::qWaitForWindowActive(dialog))
                return;
            settled = dialog->findChild<QLabel *>(u"settledLabel"_s)->text();
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"reasonEdit"_s), u"Cheque rejete"_s);
            MessageBox::setNextAnswer(answer);
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
            if (dialog->isVisible())
                dialog->reject();
        });
        QTest::mouseClick(f.page->findChild<QPushButton *>(u"reversePaymentButton"_s), Qt::LeftButton);
        return settled;
    };

    const QString listed = reverse(QMessageBox::No);
    CHECK(listed.contains(u"AC-2026-0001 (Transports Lœuvre)"_s));
    CHECK(listed.contains(u"AC-2026-0002 (Moselle Contact Services)"_s));
    CHECK(MessageBox::lastText().contains(u"AC-2026-0002"_s));
    CHECK(MessageBox::lastText().contains(u"tous dus à nouveau"_s));
    // Answered no: nothing is reversed.
    CHECK(f.ledger.payments(2026)->size() == 1);
    CHECK(f.ledger.call(calls.at(1).id)->paid == 45000);

    reverse(QMessageBox::Yes);
    CHECK(f.ledger.payments(2026)->size() == 2);
    CHECK(f.ledger.call(calls.at(0).id)->paid == 0);
    CHECK(f.ledger.call(calls.at(1).id)->paid == 0);
    CHECK(f.page->totalsLabel()->text() == totals(90000, 0, 90000, 0));
}

TEST_CASE("issuing the calls shows the year, the dates and who will be billed before writing anything", "[duespage]")
{
    DuesFixture f;
    OrganisationRecord second = test::organisation(u"Moselle Contact Services"_s, u"Metz"_s);
    second.membership = test::membership(f.file, u"ENT_M"_s, u"CONNECT"_s);
    test::save(f.file, second);
    PersonRecord individual = test::person(u"Hélène"_s, u"Müller"_s);
    individual.membership = test::membership(f.file, u"IND"_s, u"L2C"_s);
    test::save(f.file, individual);
    // Joined on 15 October: with « à partir de septembre : année suivante », no call for 2026.
    OrganisationRecord late = test::organisation(u"Centre Tardif"_s, u"Nancy"_s);
    late.membership = test::membership(f.file, u"ENT_S"_s, u"VIATIS"_s);
    late.membership->joinedOn = QDate(2026, 10, 15);
    test::save(f.file, late);
    REQUIRE(f.ledger.saveSchedule(FeeSchedule {0, 2026, test::categoryId(f.file, u"ENT_S"_s), 25000, JoiningRule::NextYearFromSeptember}));
    auto *issue = f.page->findChild<QPushButton *>(u"issueCallsButton"_s);

    // Opens the dialog with the button, reads it, then `act` on it.
    auto openDialog = [&](const std::function<void(IssueCallsDialog &)> &act) { test::inModalDialog<IssueCallsDialog>(issue, act); };

    QStringList members;
    QString summary;
    QString lateNote;
    openDialog([&](IssueCallsDialog &dialog) {
        CHECK(dialog.financialYear() == 2026);
        CHECK(dialog.issuedOn() == test::fixedToday());
        CHECK(dialog.dueOn() == test::fixedToday().addDays(30));
        auto *table = dialog.findChild<QTableWidget *>(u"draftTable"_s);
        for (int row = 0; row < table->rowCount(); ++row) {
            members << table->item(row, IssueCallsDialog::MemberColumn)->text();
            if (members.constLast() == u"Centre Tardif"_s)
                lateNote = table->item(row, IssueCallsDialog::NoteColumn)->text();
        }
        summary = dialog.findChild<QLabel *>(u"summaryLabel"_s)->text();
        // Cancelled: nothing written.
    });
    CHECK(members == QStringList {u"Moselle Contact Services"_s, u"Centre Tardif"_s});
    CHECK(lateNote.contains(u"adhésion le 15/10/2026"_s));
    CHECK(lateNote.contains(u"l'appel de l'exercice suivant la couvre"_s));
    CHECK(summary.contains(formatEuros(45000)));
    CHECK(summary.contains(u"Membre individuel"_s)); // no schedule for IND
    CHECK(f.ledger.calls(2026)->size() == 1);

    // A due date before the issue date is refused in the dialog; then issued on chosen dates.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    openDialog([&](IssueCallsDialog &dialog) {
        auto *issuedOn = dialog.findChild<QDateEdit *>(u"issuedOnEdit"_s);
        auto *dueOn = dialog.findChild<QDateEdit *>(u"dueOnEdit"_s);
        auto *button = dialog.findChild<QPushButton *>(u"issueButton"_s);
        issuedOn->setDate(QDate(2026, 4, 1));
        dueOn->setDate(QDate(2026, 3, 1));
        CHECK_FALSE(button->isEnabled());
        CHECK(dialog.findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"précède"_s));
        dueOn->setDate(QDate(2026, 4, 30));
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    });
    REQUIRE(f.ledger.calls(2026)->size() == 2);
    const DuesCall issued = f.ledger.calls(2026)->value(1);
    CHECK(issued.memberName == u"Moselle Contact Services"_s);
    CHECK(issued.issuedOn == QDate(2026, 4, 1));
    CHECK(issued.dueOn == QDate(2026, 4, 30));
    CHECK(MessageBox::lastText().contains(u"1 appel"_s));
    CHECK(f.page->model()->rowCount() == 2);
    CHECK(f.page->totalsLabel()->text() == totals(90000, 0, 90000, 0));

    // Nothing left: the button says so and stays disabled.
    openDialog([&](IssueCallsDialog &dialog) {
        CHECK(dialog.findChild<QLabel *>(u"summaryLabel"_s)->text().startsWith(u"Aucun appel à émettre"_s));
        CHECK_FALSE(dialog.findChild<QPushButton *>(u"issueButton"_s)->isEnabled());
    });
    CHECK(f.ledger.calls(2026)->size() == 2);
}

TEST_CASE("the dues page exports the year's report as CSV or XLSX", "[duespage]")
{
    DuesFixture f;
    QTemporaryDir folder;
    const QString csv = folder.filePath(u"cotisations-2026.csv"_s);
    REQUIRE(f.page->exportReportTo(csv));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("450,00"));
    CHECK(f.page->exportReportTo(folder.filePath(u"cotisations-2026.xlsx"_s)));
    CHECK(QFileInfo(folder.filePath(u"cotisations-2026.xlsx"_s)).size() > 0);
}

TEST_CASE("one payment settles the calls of two memberships", "[duespage]")
{
    DuesFixture f;
    OrganisationRecord site = test::organisation(u"Transports Lœuvre – site de Yutz"_s, u"Yutz"_s);
    site.membership = test::membership(f.file, u"ENT_M"_s, u"VIATIS"_s);
    test::save(f.file, site);
    REQUIRE(f.ledger.issueCalls(2026, QDate(2026, 3, 1), QDate(2026, 3, 31)));
    f.page->refresh();
    REQUIRE(f.page->model()->rowCount() == 2);
    const qint64 secondId = f.ledger.calls(2026)->value(1).id;
    f.page->selectCall(f.callId);

    QString remaining;
    test::inModalDialog<PaymentDialog>(f.page->findChild<QPushButton *>(u"recordPaymentButton"_s), [&](PaymentDialog &dialog) {
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"amountEdit"_s), u"900"_s);
        remaining = dialog.findChild<QLabel *>(u"remainingLabel"_s)->text();
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"addCallButton"_s), Qt::LeftButton);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    });
    CHECK(remaining == u"Non affecté\u00a0: "_s + formatEuros(45000));
    CHECK(f.paid() == 45000);
    CHECK(f.ledger.call(secondId)->paid == 45000);
    const auto payments = f.ledger.payments(2026);
    REQUIRE(payments->size() == 1);
    CHECK(payments->value(0).allocations.size() == 2);
    CHECK(f.page->totalsLabel()->text() == totals(90000, 90000, 0, 0));
}

TEST_CASE("a payment's date is typed after a click on the day, as a person types it", "[duespage]")
{
    // What the window's main() installs for every date field.
    const std::unique_ptr<QObject> typing(installDateTyping(*qApp));
    DuesFixture f;
    f.page->selectCall(f.callId);
    test::inModalDialog<PaymentDialog>(f.page->findChild<QPushButton *>(u"recordPaymentButton"_s), [&](PaymentDialog &dialog) {
        auto *date = test::child<QDateEdit>(dialog, u"dateEdit"_s);
        QLineEdit *text = date->findChild<QLineEdit *>();
        REQUIRE(text);
        // A click on the day, the cursor left at its end; then the digits, with no separator.
        const int dayEnd = text->fontMetrics().horizontalAdvance(u"00"_s);
        QTest::mouseClick(text, Qt::LeftButton, {}, QPoint(text->contentsMargins().left() + dayEnd, text->height() / 2));
        QTest::keyClicks(date, u"03022026"_s);
        CHECK(date->date() == QDate(2026, 2, 3));
        QTest::keyClicks(test::child<QLineEdit>(dialog, u"amountEdit"_s), u"450"_s);
        QTest::mouseClick(test::child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    });
    const auto payments = f.ledger.payments(2026);
    REQUIRE(payments);
    REQUIRE(payments->size() == 1);
    CHECK(payments->value(0).receivedOn == QDate(2026, 2, 3));
}

TEST_CASE("one cheque pays last year's call and this year's, the older one found by typing", "[duespage]")
{
    DuesFixture f;
    REQUIRE(f.ledger.saveSchedule(FeeSchedule {0, 2025, test::categoryId(f.file, u"ENT_M"_s), 40000, JoiningRule::Full}));
    REQUIRE(f.ledger.issueCalls(2025, QDate(2025, 1, 15), QDate(2025, 2, 14)) == 1);
    OrganisationRecord other = test::organisation(u"Moselle Contact Services"_s, u"Metz"_s);
    other.membership = test::membership(f.file, u"ENT_M"_s, u"CONNECT"_s);
    test::save(f.file, other);
    REQUIRE(f.ledger.issueCalls(2026, QDate(2026, 3, 1), QDate(2026, 3, 31)) == 1);
    f.page->refresh();
    const qint64 lateId = f.ledger.calls(2025)->value(0).id;
    f.page->selectCall(f.callId);

    QStringList offered;
    QStringList found;
    test::inModalDialog<PaymentDialog>(f.page->findChild<QPushButton *>(u"recordPaymentButton"_s), [&](PaymentDialog &dialog) {
        auto *list = test::child<QListWidget>(dialog, u"callList"_s);
        for (int row = 0; row < list->count(); ++row)
            offered << list->item(row)->text().section(u" — "_s, 0, 0);
        QTest::keyClicks(test::child<QLineEdit>(dialog, u"amountEdit"_s), u"850"_s);
        auto *search = test::child<QLineEdit>(dialog, u"callSearchEdit"_s);
        search->setFocus();
        test::typeText(search, u"loeuvre 2025"_s);
        for (int row = 0; row < list->count(); ++row)
            found << list->item(row)->text().section(u" — "_s, 0, 0);
        // Entrée adds the call found; it does not save the payment.
        QTest::keyClick(search, Qt::Key_Return);
        CHECK(dialog.isVisible());
        auto *table = test::child<QTableWidget>(dialog, u"allocationTable"_s);
        REQUIRE(table->rowCount() == 2);
        CHECK(table->item(1, 0)->text() == u"AC-2025-0001"_s);
        CHECK(table->item(1, 3)->text() == formatEuros(40000));
        QTest::mouseClick(test::child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    });
    // Every year's open calls are offered, the payer's own first.
    CHECK(offered == QStringList {u"AC-2025-0001"_s, u"AC-2026-0002"_s});
    CHECK(found == QStringList {u"AC-2025-0001"_s});
    CHECK(f.paid() == 45000);
    CHECK(f.ledger.call(lateId)->status() == CallStatus::Paid);
    const auto payments = f.ledger.payments(2026);
    REQUIRE(payments->size() == 1);
    CHECK(payments->value(0).amount == 85000);
    CHECK(payments->value(0).allocations == QList<Allocation> {{f.callId, 45000}, {lateId, 40000}});
}

TEST_CASE("two calls selected in the list are paid together", "[duespage]")
{
    DuesFixture f;
    OrganisationRecord site = test::organisation(u"Transports Lœuvre – site de Yutz"_s, u"Yutz"_s);
    site.membership = test::membership(f.file, u"ENT_M"_s, u"VIATIS"_s);
    test::save(f.file, site);
    REQUIRE(f.ledger.issueCalls(2026, QDate(2026, 3, 1), QDate(2026, 3, 31)) == 1);
    f.page->refresh();
    const qint64 secondId = f.ledger.calls(2026)->value(1).id;

    // Clic on the first call, Ctrl+clic on the second.
    QTableView *table = f.page->callTable();
    const auto rowRect = [&](qint64 callId) {
        const QModelIndex source = f.page->model()->index(f.page->model()->rowOfCall(callId), CallTableModel::Member);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
        return table->visualRect(proxy->mapFromSource(source)).center();
    };
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, rowRect(f.callId));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, rowRect(secondId));
    CHECK(f.page->selectedCallIds() == QList<qint64> {f.callId, secondId});

    QStringList allocated;
    test::inModalDialog<PaymentDialog>(f.page->findChild<QPushButton *>(u"recordPaymentButton"_s), [&](PaymentDialog &dialog) {
        QTest::keyClicks(test::child<QLineEdit>(dialog, u"amountEdit"_s), u"900"_s);
        auto *allocations = test::child<QTableWidget>(dialog, u"allocationTable"_s);
        for (int row = 0; row < allocations->rowCount(); ++row)
            allocated << allocations->item(row, 0)->text() + u' ' + allocations->item(row, 3)->text();
        QTest::mouseClick(test::child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    });
    CHECK(allocated == QStringList {u"AC-2026-0001 "_s + formatEuros(45000), u"AC-2026-0002 "_s + formatEuros(45000)});
    CHECK(f.paid() == 45000);
    CHECK(f.ledger.call(secondId)->paid == 45000);
}

TEST_CASE("in English, the dues page writes amounts, dates and months the English way", "[duespage][i18n]")
{
    i18n::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedKingdom));
    DuesFixture f;
    CHECK(f.cell(CallTableModel::Amount) == u"€450.00"_s);
    CHECK(f.page->totalsLabel()->text() == u"Expected €450.00 · Collected €0.00 · Outstanding €450.00 · Exempt €0.00"_s);
    MonthlyChart *chart = f.page->chart();
    // The first month's bar, where the call was issued (15/01/2026).
    const QString january = chart->describeAt(QPoint(chart->width() / 12, chart->height() / 2));
    CHECK(january == u"January 2026: expected €450.00, collected €0.00"_s);
    // A payment typed the English way is read as such.
    CHECK(f.pay(u"450.00"_s).isEmpty());
    CHECK(f.paid() == 45000);
    i18n::removeTranslations(*QCoreApplication::instance());
}

TEST_CASE("the call list's columns fit the window, the member's name first", "[duespage]")
{
    DuesFixture f;
    QTableView *table = f.page->callTable();
    QHeaderView *header = table->horizontalHeader();
    const auto used = [&] {
        int width = 0;
        for (int column = 0; column < header->count(); ++column)
            width += header->sectionSize(column);
        return width;
    };
    // A 1024 px window leaves the page about 830 px.
    f.page->resize(830, 500);
    QApplication::processEvents();
    CHECK(header->sectionSize(CallTableModel::Member) >= 150);
    CHECK(used() <= table->viewport()->width());
    const int narrowMember = header->sectionSize(CallTableModel::Member);
    const int narrowCategory = header->sectionSize(CallTableModel::Category);
    // Full screen: the text columns grow, the list still fills the width exactly.
    f.page->resize(1720, 900);
    QApplication::processEvents();
    CHECK(header->sectionSize(CallTableModel::Member) > narrowMember);
    CHECK(header->sectionSize(CallTableModel::Category) > narrowCategory);
    CHECK(used() <= table->viewport()->width());
    CHECK(used() >= table->viewport()->width() - 3);
}

TEST_CASE("the dues page charts expected and collected by month", "[duespage]")
{
    DuesFixture f;
    REQUIRE(f.pay(u"450"_s).isEmpty()); // received on fixedToday(), in March
    const QList<MonthFigures> months = f.page->chart()->months();
    REQUIRE(months.size() == 12);
    CHECK(months.at(0).expected == 45000); // issued on 15/01
    CHECK(months.at(0).collected == 0);
    CHECK(months.at(2).collected == 45000);
    // Hovering January tells its figures.
    MonthlyChart *chart = f.page->chart();
    const QString january = chart->describeAt(QPoint(chart->width() / 12, chart->height() / 2));
    CHECK(january.startsWith(u"janvier 2026"_s));
    CHECK(january.contains(u"attendu 450,00"_s));
    CHECK(chart->describeAt(QPoint(chart->width() - 5, chart->height() / 2)).startsWith(u"décembre 2026"_s));
}

TEST_CASE("the dues page exports the report as PDF and the receipts journal", "[duespage]")
{
    DuesFixture f;
    REQUIRE(f.pay(u"450"_s).isEmpty());
    QTemporaryDir folder;
    const QString pdf = folder.filePath(u"cotisations-2026.pdf"_s);
    REQUIRE(f.page->exportReportTo(pdf));
    QFile report(pdf);
    REQUIRE(report.open(QIODevice::ReadOnly));
    CHECK(report.read(5) == "%PDF-");

    const QString csv = folder.filePath(u"journal-2026.csv"_s);
    REQUIRE(f.page->exportJournalTo(csv));
    QFile journal(csv);
    REQUIRE(journal.open(QIODevice::ReadOnly));
    const QByteArray bytes = journal.readAll();
    CHECK(bytes.contains("RE-2026-0001"));
    CHECK(bytes.contains("756000"));
    CHECK(f.page->exportJournalTo(folder.filePath(u"journal-2026.xlsx"_s)));

    // The journal has no PDF form: refused with a message, nothing written.
    MessageBox::setAlwaysAnswer(QMessageBox::Ok);
    CHECK_FALSE(f.page->exportJournalTo(folder.filePath(u"journal-2026.pdf"_s)));
    CHECK(MessageBox::lastText().contains(u"CSV ou en XLSX"_s));
    CHECK_FALSE(QFile::exists(folder.filePath(u"journal-2026.pdf"_s)));
}

TEST_CASE("the dues page prints notices and payment receipts", "[duespage]")
{
    DuesFixture f;
    CHECK(f.page->noticeCallIds() == QList<qint64> {f.callId});
    CHECK(f.page->receiptPaymentIds(f.callId).isEmpty());
    f.page->selectCall(f.callId);
    const QList<QAction *> actions = f.page->documentsMenu()->actions();
    const auto action = [&](const QString &start) {
        for (QAction *candidate : actions)
            if (candidate->text().startsWith(start))
                return candidate;
        FAIL("no action " << start.toStdString());
        return static_cast<QAction *>(nullptr);
    };
    CHECK(action(u"Avis d'appel de l'adhérent"_s)->isEnabled());
    CHECK_FALSE(action(u"Attestation de paiement de l'adhérent"_s)->isEnabled());

    QTemporaryDir folder;
    const QString notices = folder.filePath(u"appels.pdf"_s);
    REQUIRE(f.page->writeNoticesTo(f.page->noticeCallIds(), notices));
    CHECK(QFileInfo(notices).size() > 0);

    REQUIRE(f.pay(u"200"_s).isEmpty());
    REQUIRE(f.pay(u"250"_s).isEmpty());
    const QList<qint64> payments = f.page->receiptPaymentIds(f.callId);
    CHECK(payments.size() == 2);
    CHECK(f.page->receiptPaymentIds() == payments);
    f.page->selectCall(f.callId);
    CHECK(action(u"Attestation de paiement de l'adhérent"_s)->isEnabled());
    const QString receipts = folder.filePath(u"attestations.pdf"_s);
    REQUIRE(f.page->writeReceiptsTo(payments, receipts));
    QFile file(receipts);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");

    // A reversed payment gets no receipt.
    REQUIRE(f.ledger.reversePayment(payments.at(0), test::fixedToday(), u"chèque rejeté"_s));
    f.page->refresh();
    CHECK(f.page->receiptPaymentIds(f.callId) == QList<qint64> {payments.at(1)});
}

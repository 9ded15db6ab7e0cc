// SPDX-License-Identifier: GPL-3.0-or-later
// « Relances »: the late calls by reminder level, their letters and mailing list, and the
// reminder recorded as sent, which moves the call to the next level.
#include "builders.h"
#include "catch.h"
#include "dialogtesting.h"
#include "dues/duesledger.h"
#include "dues/remindersdialog.h"
#include "members/memberfile.h"
#include "messagebox.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::dues;

namespace {

// Two companies called on 15/01/2026, due 14/02; on fixedToday() (30/03) the first still owes
// 450,00 €, the second has paid.
struct RemindersFixture {
    std::unique_ptr<Database> db = test::memoryDatabase();
    MemberFile file {*db};
    DuesLedger ledger {*db};
    qint64 lateId = 0;

    RemindersFixture()
    {
        MessageBox::setAlwaysAnswer(QMessageBox::NoButton);
        test::fixClock(*db);
        OrganisationRecord late = test::organisation(u"Transports Lœuvre"_s, u"Metz"_s);
        late.organisation.email = u"compta@loeuvre.example"_s;
        late.organisation.address = u"12 rue des Jardins"_s;
        late.organisation.postcode = u"57000"_s;
        late.membership = test::membership(file, u"ENT_M"_s, u"VIATIS"_s);
        test::save(file, late);
        OrganisationRecord paid = test::organisation(u"Atelier des Vosges"_s, u"Épinal"_s);
        paid.membership = test::membership(file, u"ENT_M"_s, u"CONNECT"_s);
        test::save(file, paid);
        REQUIRE(ledger.saveSchedule(FeeSchedule {0, 2026, test::categoryId(file, u"ENT_M"_s), 45000, JoiningRule::Full}));
        REQUIRE(ledger.issueCalls(2026, QDate(2026, 1, 15), QDate(2026, 2, 14)));
        const QList<DuesCall> calls = *ledger.calls(2026);
        REQUIRE(calls.size() == 2);
        for (const DuesCall &call : calls) {
            if (call.memberName.startsWith(u"Transports"_s)) {
                lateId = call.id;
                continue;
            }
            Payment payment;
            payment.receivedOn = QDate(2026, 2, 1);
            payment.amount = 45000;
            payment.allocations = {{call.id, 45000}};
            REQUIRE(ledger.recordPayment(payment));
        }
    }

    ~RemindersFixture() { MessageBox::setAlwaysAnswer(QMessageBox::NoButton); }
};

QString cell(const QTableWidget *table, int row, int column)
{
    return table->item(row, column)->text();
}

} // namespace

TEST_CASE("the reminders dialog lists the late calls by reminder level", "[reminders]")
{
    RemindersFixture f;
    RemindersDialog dialog(*f.db, 2026, test::fixedToday());
    CHECK(dialog.level() == 1);
    QTableWidget *table = dialog.table();
    REQUIRE(table->rowCount() == 1);
    CHECK(cell(table, 0, 0) == f.ledger.call(f.lateId)->number);
    CHECK(cell(table, 0, 1) == u"Transports Lœuvre"_s);
    CHECK(cell(table, 0, 2) == formatEuros(45000));
    CHECK(cell(table, 0, 3) == u"14/02/2026"_s);
    CHECK(cell(table, 0, 5) == u"compta@loeuvre.example"_s);
    CHECK(dialog.checkedCallIds() == QList<qint64> {f.lateId});
    CHECK(dialog.findChild<QLabel *>(u"summaryLabel"_s)->text().contains(u"1 appel"_s));

    dialog.setAllChecked(false);
    CHECK(dialog.checkedCallIds().isEmpty());
    CHECK_FALSE(dialog.findChild<QPushButton *>(u"recordButton"_s)->isEnabled());
    dialog.setAllChecked(true);
    CHECK(dialog.findChild<QPushButton *>(u"recordButton"_s)->isEnabled());

    dialog.setLevel(2);
    CHECK(table->rowCount() == 0);
}

TEST_CASE("letters and a mailing list are written for the ticked calls", "[reminders]")
{
    RemindersFixture f;
    RemindersDialog dialog(*f.db, 2026, test::fixedToday());
    QTemporaryDir folder;
    const QString pdf = folder.filePath(u"relances.pdf"_s);
    REQUIRE(dialog.writeLettersTo(pdf));
    QFile letters(pdf);
    REQUIRE(letters.open(QIODevice::ReadOnly));
    CHECK(letters.read(5) == "%PDF-");

    const QString csv = folder.filePath(u"relances.csv"_s);
    REQUIRE(dialog.writeMailingTo(csv));
    QFile mailing(csv);
    REQUIRE(mailing.open(QIODevice::ReadOnly));
    const QByteArray bytes = mailing.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("compta@loeuvre.example"));
    CHECK(bytes.contains("450,00"));
    CHECK_FALSE(bytes.contains("Atelier des Vosges"));

    REQUIRE(dialog.writeLettersToFolder(folder.filePath(u"lettres"_s)));
    CHECK(QDir(folder.filePath(u"lettres"_s)).entryList(QDir::Files).size() == 1);
    // Writing letters records nothing by itself.
    CHECK(f.ledger.call(f.lateId)->reminderLevel == 0);
}

TEST_CASE("recording the reminder moves the call to the next level", "[reminders]")
{
    RemindersFixture f;
    RemindersDialog dialog(*f.db, 2026, test::fixedToday());
    dialog.findChild<QComboBox *>(u"channelCombo"_s)->setCurrentIndex(1); // e-mail
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"recordButton"_s), Qt::LeftButton);
    const DuesCall call = *f.ledger.call(f.lateId);
    CHECK(call.reminderLevel == 1);
    CHECK(call.lastReminderOn == test::fixedToday());
    CHECK(dialog.table()->rowCount() == 0);

    dialog.setLevel(2);
    REQUIRE(dialog.table()->rowCount() == 1);
    CHECK(cell(dialog.table(), 0, 4) == u"1re le 30/03/2026"_s);

    // The second reminder, then nothing more to send from here.
    REQUIRE(dialog.recordSent(u"letter"_s));
    CHECK(f.ledger.call(f.lateId)->reminderLevel == 2);
    dialog.setLevel(3);
    REQUIRE(dialog.table()->rowCount() == 1);
    CHECK(cell(dialog.table(), 0, 4) == u"2e le 30/03/2026"_s);
    CHECK(dialog.checkedCallIds().isEmpty());
    CHECK_FALSE(dialog.findChild<QPushButton *>(u"lettersButton"_s)->isEnabled());
}

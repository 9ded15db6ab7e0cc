// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.h"
#include "db/sql.h"
#include "dues/chequeremittance.h"
#include "duesfixture.h"
#include "pdftext.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::dues;

namespace {

// The fixed ledger (one cheque of 100,00 from Moselle Contact Services on 10/03/2026), plus a
// second cheque and a third one that bounced (reversed).
struct RemittanceBook {
    std::unique_ptr<Database> db = test::memoryDatabase();
    DuesLedger ledger {*db};
    ChequeRemittances remittances {*db};
    qint64 second = 0;
    qint64 bounced = 0;

    RemittanceBook()
    {
        test::fillDuesLedger(*db);
        // The fixed ledger writes its payments with plain SQL: the receipt numbers go on after them.
        REQUIRE(Sql(*db,
            u"INSERT INTO document_counter (series, last_number) VALUES ('RE-2026', 50) "
            "ON CONFLICT(series) DO UPDATE SET last_number = 50"_s)
                    .exec(u"counter"_s));
        second = cheque(QDate(2026, 3, 20), 25000, u"Est Centre Services"_s, u"0099881"_s);
        bounced = cheque(QDate(2026, 3, 21), 8000, u"Jean DUPONT"_s, u"0000042"_s);
        REQUIRE(ledger.reversePayment(bounced, QDate(2026, 3, 25), u"Chèque sans provision"_s));
    }

    qint64 cheque(const QDate &on, Cents amount, const QString &drawer, const QString &number)
    {
        Payment payment;
        payment.receivedOn = on;
        payment.amount = amount;
        payment.method = PaymentMethod::Cheque;
        payment.chequeNumber = number;
        payment.bank = u"La Banque Postale"_s;
        payment.payer = drawer;
        auto recorded = ledger.recordPayment(payment);
        REQUIRE(recorded);
        return recorded->id;
    }
};

} // namespace

TEST_CASE("a cheque recorded without its drawer is drawn by the member whose call it paid", "[dues][remittance]")
{
    RemittanceBook book;
    const auto calls = book.ledger.calls(2026);
    REQUIRE(calls);
    const auto owing = std::find_if(calls->cbegin(), calls->cend(), [](const DuesCall &call) { return call.balance() >= 1000; });
    REQUIRE(owing != calls->cend());
    Payment payment;
    payment.receivedOn = QDate(2026, 3, 22);
    payment.amount = 1000;
    payment.method = PaymentMethod::Cheque;
    payment.chequeNumber = u"0077001"_s;
    payment.allocations = {{owing->id, 1000}};
    const auto recorded = book.ledger.recordPayment(payment);
    REQUIRE(recorded);
    const auto pending = book.remittances.pending();
    REQUIRE(pending);
    const auto cheque
        = std::find_if(pending->cbegin(), pending->cend(), [&](const RemittedCheque &found) { return found.paymentId == recorded->id; });
    REQUIRE(cheque != pending->cend());
    CHECK(cheque->drawer == owing->memberName);
    CHECK_FALSE(cheque->drawer.isEmpty());
}

TEST_CASE("cheques received go on one remittance slip, once, and the slip prints as it was", "[dues][remittance]")
{
    RemittanceBook book;
    auto pending = book.remittances.pending();
    REQUIRE(pending);
    // The bounced cheque and the other means of payment are not offered; the oldest comes first.
    REQUIRE(pending->size() == 2);
    CHECK(pending->at(0).drawer == u"Moselle Contact Services"_s);
    CHECK(pending->at(0).chequeNumber == u"0012345"_s);
    CHECK(pending->at(1).paymentId == book.second);

    auto slip = book.remittances.remit({pending->at(0).paymentId, book.second}, QDate(2026, 3, 31));
    REQUIRE(slip);
    CHECK(slip->number == u"BR-2026-0001"_s);
    CHECK(slip->cheques.size() == 2);
    CHECK(slip->total() == 35000);
    CHECK(book.remittances.pending()->isEmpty());
    CHECK(book.remittances.slipNumbers()->value(book.second) == u"BR-2026-0001"_s);

    const auto reread = book.remittances.remittance(slip->id);
    REQUIRE(reread);
    CHECK(reread->remittedOn == QDate(2026, 3, 31));
    CHECK(reread->total() == 35000);
    CHECK(book.remittances.all()->size() == 1);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"bordereau.pdf"_s);
    REQUIRE(writeRemittancePdf(*book.db, *reread, path));
    if (const auto text = test::pdfText(path)) {
        CHECK(text->contains(u"Bordereau de remise de chèques"_s));
        CHECK(text->contains(u"BR-2026-0001"_s));
        CHECK(text->contains(u"Est Centre Services"_s));
        CHECK(text->contains(u"0099881"_s));
        CHECK(text->contains(u"350,00"_s));
    } else {
        WARN("pdftotext is missing: the slip's text was not checked");
    }
}

TEST_CASE("a remittance refused leaves the ledger as it was, naming the payment", "[dues][remittance]")
{
    RemittanceBook book;
    const QString before = test::dumpContent(*book.db);

    SECTION("a reversed cheque")
    {
        const auto refused = book.remittances.remit({book.second, book.bounced}, QDate(2026, 3, 31));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(u"RE-2026-"_s));
    }
    SECTION("a cheque received after the day of the remittance")
    {
        const auto refused = book.remittances.remit({book.second}, QDate(2026, 3, 15));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(u"reçu le 20/03/2026"_s));
    }
    SECTION("a cheque already remitted")
    {
        REQUIRE(book.remittances.remit({book.second}, QDate(2026, 3, 31)));
        const QString afterFirst = test::dumpContent(*book.db);
        const auto again = book.remittances.remit({book.second}, QDate(2026, 4, 2));
        REQUIRE_FALSE(again);
        CHECK(again.error().message.contains(u"déjà remis"_s));
        CHECK(test::dumpContent(*book.db) == afterFirst);
        return;
    }
    SECTION("nothing chosen")
    {
        REQUIRE_FALSE(book.remittances.remit({}, QDate(2026, 3, 31)));
    }
    CHECK(test::dumpContent(*book.db) == before);
}

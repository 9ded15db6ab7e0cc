// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodues.h"

#include "db/database.h"
#include "db/sql.h"
#include "demo/dice.h"
#include "dues/chequeremittance.h"
#include "dues/duesledger.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace adhera::demo {

namespace {

using namespace dues;

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::demo)
};

// The scale (DOMAIN.md §2.1, placeholders until the treasurer gives the real one), in euros.
struct Scale {
    const char16_t *category;
    int euros;
    JoiningRule rule;
};

const Scale scale[] = {
    {u"ENT_S", 250, JoiningRule::NextYearFromSeptember},
    {u"ENT_M", 500, JoiningRule::NextYearFromSeptember},
    {u"ENT_L", 800, JoiningRule::NextYearFromSeptember},
    {u"ENT_XL", 1200, JoiningRule::NextYearFromSeptember},
    {u"PART", 400, JoiningRule::Full},
    {u"INST", 200, JoiningRule::Full},
    {u"IND", 50, JoiningRule::ProRataMonth},
    {u"HON", 0, JoiningRule::Full},
};

const QString banks[] = {
    u"Crédit Mutuel"_s,
    u"Banque Populaire Alsace Lorraine Champagne"_s,
    u"Caisse d'Épargne Grand Est Europe"_s,
    u"CIC Est"_s,
    u"Crédit Agricole de Lorraine"_s,
    u"Société Générale"_s,
    u"La Banque Postale"_s,
};

// The dates of one year's round of calls, as the horizon (31/10/2026) sees them.
struct Round {
    int year;
    QDate issuedOn;
    QDate dueOn;
    QDate lastPayment; // payments are spread up to this date
    QDate firstReminder;
    QDate secondReminder;
    bool bouncedCheque; // one cheque of the year comes back unpaid
};

Result<void> writeScale(Database &db, DuesLedger &ledger, int year)
{
    for (const Scale &step : scale) {
        auto categoryId = Sql(db, u"SELECT id FROM membership_category WHERE code = :code"_s)
                              .bind(u":code"_s, QString::fromUtf16(step.category))
                              .scalar(Tr::tr("Impossible de lire les catégories"));
        if (!categoryId)
            return fail(categoryId.error());
        if (categoryId->isNull())
            continue; // a category the club removed
        auto saved = ledger.saveSchedule(FeeSchedule {0, year, categoryId->toLongLong(), Cents(step.euros) * 100, step.rule});
        if (!saved)
            return fail(saved.error());
    }
    return {};
}

// The organisations that hold two active memberships under one SIREN (the sites of a group).
// The treasurer takes each month's cheques to the bank on the 5th of the next month; those of the
// last month stay to be paid in, as in a book kept up to date.
Result<void> remitPastCheques(Database &db, const QDate &lastPayment)
{
    ChequeRemittances remittances(db);
    auto pending = remittances.pending();
    if (!pending)
        return fail(pending.error());
    QMap<QDate, QList<qint64>> byMonth; // the day of the slip → its cheques
    for (const RemittedCheque &cheque : std::as_const(*pending)) {
        const QDate slipDay = QDate(cheque.receivedOn.year(), cheque.receivedOn.month(), 1).addMonths(1).addDays(4);
        if (slipDay <= lastPayment)
            byMonth[slipDay].append(cheque.paymentId);
    }
    for (auto month = byMonth.cbegin(); month != byMonth.cend(); ++month)
        if (auto slip = remittances.remit(month.value(), month.key()); !slip)
            return fail(slip.error());
    return {};
}

Result<QHash<qint64, QString>> sirenOfSites(Database &db)
{
    Sql query(db,
        u"SELECT m.id, o.siren FROM membership m JOIN organisation o ON o.id = m.organisation_id "
        "WHERE m.status = 'active' AND o.siren IN (SELECT o2.siren FROM membership m2 "
        "JOIN organisation o2 ON o2.id = m2.organisation_id WHERE m2.status = 'active' AND o2.siren IS NOT NULL "
        "GROUP BY o2.siren HAVING COUNT(*) > 1)"_s);
    if (auto ran = query.exec(Tr::tr("Impossible de lire les organisations")); !ran)
        return fail(ran.error());
    QHash<qint64, QString> sirens;
    while (query.next())
        sirens.insert(query.value(0).toLongLong(), query.value(1).toString());
    return sirens;
}

// What the treasurer did during the year, put in date order before it is written, so that the
// piece numbers follow the dates as in a real book.
struct Entry {
    QDate on;
    Payment payment; // a payment received
    int reverses = -1; // or the reversal of the entry at this index (a bounced cheque)
    QString reason;
};

class Treasurer final
{
public:
    Treasurer(Database &db, quint32 seed, QHash<qint64, QString> sites)
        : m_db(db), m_ledger(db), m_dice(seed), m_sites(std::move(sites)) { }

    Result<void> keep(const Round &round)
    {
        if (auto issued = m_ledger.issueCalls(round.year, round.issuedOn, round.dueOn); !issued)
            return fail(issued.error());
        if (auto dated = dateJoinersCalls(round); !dated)
            return dated;
        auto calls = m_ledger.calls(round.year);
        if (!calls)
            return fail(calls.error());

        QList<Entry> book;
        bool cashDone = false;
        bool debitDone = false;
        bool bounceDone = !round.bouncedCheque;
        QMap<QString, QList<DuesCall>> groups; // ordered: the numbers must not depend on a hash seed
        for (const DuesCall &call : std::as_const(*calls)) {
            if (call.amount == 0) {
                if (auto exempt = m_ledger.setCallState(
                        call.id, CallState::Exempt, u"Membre d'honneur\u00a0: exonéré par le conseil d'administration"_s);
                    !exempt)
                    return exempt;
                continue;
            }
            if (m_sites.contains(call.membershipId)) {
                groups[m_sites.value(call.membershipId)].append(call);
                continue;
            }
            const int draw = m_dice.between(1, 100);
            if (call.issuedOn.addDays(10) > round.lastPayment)
                continue; // joined late in the year: not due yet
            if (draw <= 72) {
                Payment payment = paymentFor(call, round, call.amount);
                if (!cashDone && call.amount <= 10000) {
                    payment.method = PaymentMethod::Cash;
                    payment.chequeNumber.clear();
                    payment.bank.clear();
                    payment.reference = u"Remis en main propre à la permanence"_s;
                    cashDone = true;
                } else if (!debitDone) {
                    payment.method = PaymentMethod::SepaDebit;
                    payment.chequeNumber.clear();
                    payment.bank.clear();
                    payment.reference = u"RUM-L2C-%1"_s.arg(call.membershipId, 5, 10, QLatin1Char('0'));
                    debitDone = true;
                }
                book.append({payment.receivedOn, payment, -1, {}});
                if (!bounceDone && payment.method == PaymentMethod::Cheque) {
                    bounceDone = true;
                    bounce(book, call);
                }
            } else if (draw <= 82) {
                // Part now, the rest promised: a round sum, about half.
                const Payment part = paymentFor(call, round, std::max<Cents>(call.amount / 200 * 100, 1000));
                book.append({part.receivedOn, part, -1, {}});
            } else if (call.issuedOn > round.issuedOn) {
                continue; // joined during the year: not reminded yet
            } else if (auto reminded = remind(call, round); !reminded) {
                return reminded;
            }
        }
        // A company pays the calls of its sites with one transfer.
        for (auto group = groups.cbegin(); group != groups.cend(); ++group) {
            const QList<DuesCall> &sites = group.value();
            Payment payment = paymentFor(sites.first(), round, 0);
            payment.method = PaymentMethod::Transfer;
            payment.chequeNumber.clear();
            payment.bank.clear();
            QStringList numbers;
            for (const DuesCall &call : sites) {
                payment.amount += call.amount;
                payment.allocations.append({call.id, call.amount});
                numbers << call.number;
            }
            payment.payer = sites.first().memberName.section(u" – "_s, 0, 0) + u" (siège)"_s;
            payment.reference = u"COTIS-%1 %2"_s.arg(round.year).arg(numbers.join(u' '));
            book.append({payment.receivedOn, payment, -1, {}});
        }
        return write(book);
    }

private:
    // The round issues every call on one day, as a treasurer does for the members of the year's
    // start; a member who joined later got theirs a few days after joining, so the demo dates it
    // so (and payments follow it).
    Result<void> dateJoinersCalls(const Round &round)
    {
        Sql joiners(m_db,
            u"SELECT c.id, m.joined_on FROM dues_call c JOIN membership m ON m.id = c.membership_id "
            "WHERE c.financial_year = :year AND m.joined_on > :issued"_s);
        joiners.bind(u":year"_s, round.year).bind(u":issued"_s, round.issuedOn.toString(Qt::ISODate));
        if (auto ran = joiners.exec(Tr::tr("Impossible de dater les appels de démonstration")); !ran)
            return ran;
        QList<std::pair<qint64, QDate>> dated;
        while (joiners.next())
            dated.append({joiners.value(0).toLongLong(), QDate::fromString(joiners.value(1).toString(), Qt::ISODate).addDays(3)});
        for (const auto &[callId, issuedOn] : std::as_const(dated)) {
            auto updated = Sql(m_db, u"UPDATE dues_call SET issued_on = :issued, due_on = :due WHERE id = :id"_s)
                               .bind(u":issued"_s, issuedOn.toString(Qt::ISODate))
                               .bind(u":due"_s, issuedOn.addDays(30).toString(Qt::ISODate))
                               .bind(u":id"_s, callId)
                               .exec(Tr::tr("Impossible de dater les appels de démonstration"));
            if (!updated)
                return updated;
        }
        return {};
    }

    Result<void> write(const QList<Entry> &book)
    {
        QList<int> order(book.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return book.at(a).on < book.at(b).on; });
        QHash<int, qint64> written; // entry index → payment id
        for (const int index : std::as_const(order)) {
            const Entry &entry = book.at(index);
            auto recorded = entry.reverses >= 0 ? m_ledger.reversePayment(written.value(entry.reverses), entry.on, entry.reason)
                                                : m_ledger.recordPayment(entry.payment);
            if (!recorded)
                return fail(recorded.error());
            written.insert(index, recorded->id);
        }
        return {};
    }

    Payment paymentFor(const DuesCall &call, const Round &round, Cents amount)
    {
        Payment payment;
        const QDate from = std::max(round.issuedOn, call.issuedOn).addDays(10);
        payment.receivedOn = m_dice.dateBetween(std::min(from, round.lastPayment), round.lastPayment);
        payment.amount = amount;
        payment.payer = call.memberName;
        if (amount > 0)
            payment.allocations.append({call.id, amount});
        if (m_dice.percent(55)) {
            payment.method = PaymentMethod::Transfer;
            payment.reference = u"COTIS-%1-M%2"_s.arg(round.year).arg(call.membershipId, 4, 10, QLatin1Char('0'));
        } else {
            payment.method = PaymentMethod::Cheque;
            payment.chequeNumber = QString::number(m_dice.between(1000000, 9999999));
            payment.bank = banks[m_dice.between(0, int(std::size(banks)) - 1)];
        }
        return payment;
    }

    // The last cheque of the book comes back unpaid two weeks later; the member pays again by
    // transfer.
    static void bounce(QList<Entry> &book, const DuesCall &call)
    {
        const int chequeIndex = int(book.size()) - 1;
        const Payment cheque = book.last().payment;
        book.append({cheque.receivedOn.addDays(14), {}, chequeIndex, u"Chèque rejeté par la banque (sans provision)"_s});
        Payment again;
        again.receivedOn = cheque.receivedOn.addDays(23);
        again.amount = cheque.amount;
        again.method = PaymentMethod::Transfer;
        again.payer = call.memberName;
        again.reference = u"Régularisation du chèque n°%1"_s.arg(cheque.chequeNumber);
        again.allocations.append({call.id, cheque.amount});
        book.append({again.receivedOn, again, -1, {}});
    }

    Result<void> remind(const DuesCall &call, const Round &round)
    {
        if (auto first = m_ledger.recordReminder(call.id, 1, round.firstReminder, m_dice.percent(70) ? u"email"_s : u"letter"_s); !first)
            return first;
        if (m_dice.percent(60))
            return m_ledger.recordReminder(call.id, 2, round.secondReminder, u"letter"_s);
        return {};
    }

    Database &m_db;
    DuesLedger m_ledger;
    Dice m_dice;
    QHash<qint64, QString> m_sites;
};

} // namespace

Result<void> fillDues(Database &db, quint32 seed)
{
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    DuesLedger ledger(db);
    for (const int year : {2025, 2026})
        if (auto written = writeScale(db, ledger, year); !written)
            return written;
    auto sites = sirenOfSites(db);
    if (!sites)
        return fail(sites.error());

    Treasurer treasurer(db, seed ^ 0xd0e5u, *sites);
    const Round rounds[] = {
        {2025, QDate(2025, 1, 15), QDate(2025, 3, 31), QDate(2025, 6, 30), QDate(2025, 4, 15), QDate(2025, 6, 16), false},
        {2026, QDate(2026, 1, 15), QDate(2026, 3, 31), QDate(2026, 9, 30), QDate(2026, 5, 12), QDate(2026, 9, 15), true},
    };
    for (const Round &round : rounds)
        if (auto kept = treasurer.keep(round); !kept)
            return kept;
    if (auto remitted = remitPastCheques(db, rounds[std::size(rounds) - 1].lastPayment); !remitted)
        return remitted;
    return transaction.commit();
}

} // namespace adhera::demo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "duesreport.h"

#include "db/database.h"
#include "db/sql.h"
#include "dues/financialyear.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace adhera::dues {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::dues)
};

// Sorting key: organisations by name, persons by last name then first name.
QString sortName(const QVariant &organisation, const QVariant &firstName, const QVariant &lastName)
{
    if (!organisation.isNull())
        return organisation.toString();
    return lastName.toString() + u' ' + firstName.toString();
}

void add(DuesTotals &totals, const DuesCall &call)
{
    if (call.state == CallState::Cancelled)
        return;
    ++totals.calls;
    totals.expected += call.amount;
    totals.collected += call.paid;
    if (call.state == CallState::Exempt)
        totals.exempt += call.amount - call.paid;
    else
        totals.outstanding += call.amount - call.paid;
}

struct GroupKey {
    int rank = 0;
    QString name;
};

// Totals per group, in the groups' own order (their sort_order, then name; no group last).
QList<DuesTotals> grouped(const QList<DuesCall> &calls, const QList<GroupKey> &keys)
{
    QHash<QString, DuesTotals> totals;
    QHash<QString, int> ranks;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const GroupKey &key = keys.at(i);
        if (calls.at(i).state == CallState::Cancelled)
            continue;
        auto it = totals.find(key.name);
        if (it == totals.end()) {
            it = totals.insert(key.name, DuesTotals {});
            it->group = key.name;
            ranks.insert(key.name, key.rank);
        }
        add(*it, calls.at(i));
    }
    QList<DuesTotals> list = totals.values();
    std::sort(list.begin(), list.end(), [&](const DuesTotals &a, const DuesTotals &b) {
        const int rankA = ranks.value(a.group);
        const int rankB = ranks.value(b.group);
        return rankA != rankB ? rankA < rankB : a.group < b.group;
    });
    return list;
}

} // namespace

Cents DuesReport::formerClubTotal() const
{
    Cents sum = 0;
    for (const FormerClubDues &dues : formerClubDues)
        sum += dues.amount;
    return sum;
}

Result<DuesReport> duesReport(Database &db, int financialYear)
{
    const FinancialYear year(financialYear, FinancialYear::startMonthOf(db));
    DuesReport report;
    report.financialYear = financialYear;
    report.yearLabel = year.label();

    Sql q(db,
        u"SELECT c.id, c.number, c.membership_id, c.amount_cents, c.label, c.issued_on, c.due_on, c.state, c.state_reason,"
        " o.name, p.first_name, p.last_name, cat.name, cat.sort_order, oc.name, oc.sort_order,"
        " COALESCE((SELECT SUM(a.amount_cents) FROM payment_allocation a WHERE a.call_id = c.id), 0),"
        " COALESCE((SELECT MAX(r.level) FROM dues_reminder r WHERE r.call_id = c.id), 0),"
        " (SELECT MAX(r.sent_on) FROM dues_reminder r WHERE r.call_id = c.id)"
        " FROM dues_call c JOIN membership m ON m.id = c.membership_id"
        " LEFT JOIN organisation o ON o.id = m.organisation_id"
        " LEFT JOIN person p ON p.id = m.person_id"
        " JOIN membership_category cat ON cat.id = m.category_id"
        " LEFT JOIN origin_club oc ON oc.id = m.origin_club_id"
        " WHERE c.financial_year = :year ORDER BY c.number"_s);
    q.bind(u":year"_s, financialYear);
    if (auto ran = q.exec(Tr::tr("Impossible de lire les appels de cotisation de %1").arg(report.yearLabel)); !ran)
        return fail(ran.error());

    QList<DuesCall> calls;
    QList<GroupKey> categories;
    QList<GroupKey> clubs;
    QStringList sortNames;
    const QString noClub = Tr::tr("Sans club d'origine");
    while (q.next()) {
        DuesCall call;
        call.id = q.value(0).toLongLong();
        call.number = q.value(1).toString();
        call.financialYear = financialYear;
        call.membershipId = q.value(2).toLongLong();
        call.amount = q.value(3).toLongLong();
        call.label = q.value(4).toString();
        call.issuedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        call.dueOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        call.state = callStateFromCode(q.value(7).toString()).value_or(CallState::Open);
        call.stateReason = q.value(8).toString();
        call.memberName = memberDisplayName(q.value(9), q.value(10), q.value(11));
        call.payerName = memberLetterName(q.value(9), q.value(10), q.value(11));
        call.category = q.value(12).toString();
        call.originClub = q.value(14).toString();
        call.paid = q.value(16).toLongLong();
        call.reminderLevel = q.value(17).toInt();
        call.lastReminderOn = QDate::fromString(q.value(18).toString(), Qt::ISODate);
        calls << call;
        categories << GroupKey {q.value(13).toInt(), call.category};
        clubs << (q.value(14).isNull() ? GroupKey {std::numeric_limits<int>::max(), noClub}
                                       : GroupKey {q.value(15).toInt(), call.originClub});
        sortNames << sortName(q.value(9), q.value(10), q.value(11));
    }

    QList<qsizetype> unpaid;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        add(report.total, calls.at(i));
        if (calls.at(i).state == CallState::Open && calls.at(i).balance() > 0)
            unpaid << i;
    }
    report.byCategory = grouped(calls, categories);
    report.byOriginClub = grouped(calls, clubs);

    QCollator collator {QLocale(QLocale::French, QLocale::France)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(
        unpaid.begin(), unpaid.end(), [&](qsizetype a, qsizetype b) { return collator.compare(sortNames.at(a), sortNames.at(b)) < 0; });
    for (qsizetype i : unpaid)
        report.unpaid << calls.at(i);

    for (int m = 0; m < 12; ++m)
        report.months << MonthFigures {year.first().addMonths(m)};
    // What falls before the year (a call issued or paid in advance) counts in its first month,
    // what falls after in its last: the months add up to the totals.
    const auto monthIndex = [&](const QDate &date) {
        if (!date.isValid())
            return -1;
        return std::clamp((date.year() - year.first().year()) * 12 + date.month() - year.first().month(), 0, 11);
    };
    for (const DuesCall &call : std::as_const(calls))
        if (call.state != CallState::Cancelled)
            if (const int i = monthIndex(call.issuedOn); i >= 0)
                report.months[i].expected += call.amount;

    Sql received(db,
        u"SELECT substr(p.received_on, 1, 7) || '-01', SUM(a.amount_cents)"
        " FROM payment_allocation a JOIN payment p ON p.id = a.payment_id JOIN dues_call c ON c.id = a.call_id"
        " WHERE c.financial_year = :year AND c.state <> 'cancelled'"
        " GROUP BY 1"_s);
    received.bind(u":year"_s, financialYear);
    if (auto ran = received.exec(Tr::tr("Impossible de lire les paiements de %1").arg(report.yearLabel)); !ran)
        return fail(ran.error());
    while (received.next())
        if (const int i = monthIndex(QDate::fromString(received.value(0).toString(), Qt::ISODate)); i >= 0)
            report.months[i].collected += received.value(1).toLongLong();

    auto formerClubDues = FormerClubLedger(db).recorded(financialYear);
    if (!formerClubDues)
        return fail(formerClubDues.error());
    report.formerClubDues = *formerClubDues;
    return report;
}

Result<QList<JournalLine>> receiptsJournal(Database &db, int financialYear)
{
    const int startMonth = FinancialYear::startMonthOf(db);
    const FinancialYear year(financialYear, startMonth);
    Sql q(db,
        u"SELECT p.id, p.number, p.received_on, p.amount_cents, p.method, p.payer, c.financial_year,"
        " o.name, pe.first_name, pe.last_name, a.amount_cents, p.cheque_number, p.bank"
        " FROM payment p"
        " LEFT JOIN payment_allocation a ON a.payment_id = p.id"
        " LEFT JOIN dues_call c ON c.id = a.call_id"
        " LEFT JOIN membership m ON m.id = c.membership_id"
        " LEFT JOIN organisation o ON o.id = m.organisation_id"
        " LEFT JOIN person pe ON pe.id = m.person_id"
        " WHERE p.received_on BETWEEN :first AND :last"
        " ORDER BY p.received_on, p.number, c.number"_s);
    q.bind(u":first"_s, year.first().toString(Qt::ISODate)).bind(u":last"_s, year.last().toString(Qt::ISODate));
    if (auto ran = q.exec(Tr::tr("Impossible de lire les paiements de %1").arg(year.label())); !ran)
        return fail(ran.error());

    struct Entry {
        qint64 id = 0;
        QString number;
        QDate date;
        Cents amount = 0;
        PaymentMethod method = PaymentMethod::Transfer;
        QString payer;
        QString chequeNumber;
        QString bank;
        QStringList members;
        QMap<int, Cents> byYear; // allocated, by the calls' financial year
    };
    QList<Entry> entries;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (entries.isEmpty() || entries.last().id != id) {
            Entry entry;
            entry.id = id;
            entry.number = q.value(1).toString();
            entry.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            entry.amount = q.value(3).toLongLong();
            entry.method = paymentMethodFromCode(q.value(4).toString()).value_or(PaymentMethod::Transfer);
            entry.payer = q.value(5).toString();
            entry.chequeNumber = q.value(11).toString();
            entry.bank = q.value(12).toString();
            entries << entry;
        }
        Entry &entry = entries.last();
        if (q.value(6).isNull())
            continue;
        const QString member = memberDisplayName(q.value(7), q.value(8), q.value(9));
        if (!entry.members.contains(member))
            entry.members << member;
        entry.byYear[q.value(6).toInt()] += q.value(10).toLongLong();
    }

    QList<JournalLine> lines;
    lines.reserve(entries.size() * 2);
    for (const Entry &entry : std::as_const(entries)) {
        JournalLine treasury;
        treasury.date = entry.date;
        treasury.piece = entry.number;
        treasury.member = entry.members.isEmpty() ? entry.payer : entry.members.join(u", "_s);
        treasury.method = label(entry.method);
        treasury.chequeNumber = entry.chequeNumber;
        treasury.bank = entry.bank;
        treasury.account = entry.method == PaymentMethod::Cheque ? u"511200"_s
            : entry.method == PaymentMethod::Cash                ? u"530000"_s
                                                                 : u"512000"_s;
        // The credit side, one line per destination: this year's dues (and arrears), then each
        // later year received in advance. What no call received stays with this year's dues.
        QStringList currentYears;
        Cents current = std::abs(entry.amount);
        QList<JournalLine> credits;
        for (auto it = entry.byYear.cbegin(); it != entry.byYear.cend(); ++it) {
            const QString label = FinancialYear(it.key(), startMonth).label();
            if (it.key() <= financialYear) {
                currentYears << label;
                continue;
            }
            JournalLine advance = treasury;
            advance.account = u"487000"_s;
            advance.label = Tr::tr("Cotisation %1 reçue d'avance — %2").arg(label, treasury.member);
            const Cents amount = std::abs(it.value());
            (entry.amount > 0 ? advance.credit : advance.debit) = amount;
            current -= amount;
            credits << advance;
        }
        const QString years = currentYears.isEmpty() ? year.label() : currentYears.join(u", "_s);
        QStringList allYears;
        for (const int callYear : entry.byYear.keys())
            allYears << FinancialYear(callYear, startMonth).label();
        treasury.label = Tr::tr("Cotisation %1 — %2").arg(allYears.isEmpty() ? year.label() : allYears.join(u", "_s), treasury.member);
        if (current != 0 || credits.isEmpty()) {
            JournalLine dues = treasury;
            dues.account = u"756000"_s;
            dues.label = Tr::tr("Cotisation %1 — %2").arg(years, treasury.member);
            (entry.amount > 0 ? dues.credit : dues.debit) = current;
            credits.prepend(dues);
        }
        if (entry.amount > 0) {
            treasury.debit = entry.amount;
            lines << treasury << credits;
        } else {
            // A reversal undoes the receipt: the dues accounts are debited, the treasury credited.
            treasury.credit = -entry.amount;
            lines << credits << treasury;
        }
    }
    return lines;
}

} // namespace adhera::dues

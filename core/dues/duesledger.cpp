// SPDX-License-Identifier: GPL-3.0-or-later
#include "duesledger.h"

#include "db/database.h"
#include "db/sql.h"
#include "i18n/displayformat.h"
#include "settings/clubidentity.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace adhera::dues {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::dues)
};

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

bool validYear(int financialYear)
{
    return financialYear >= 2000 && financialYear <= 2200;
}

Error invalidYear(int financialYear)
{
    return Error {ErrorCode::InvalidInput, Tr::tr("L'exercice %1 n'est pas valable (entre 2000 et 2200).").arg(financialYear)};
}

// Everything a DuesCall shows, with the member's name, category and club; a WHERE clause follows.
const QString callSelect = u"SELECT c.id, c.number, c.financial_year, c.membership_id, o.name, p.first_name, p.last_name, "
                           "cat.name, oc.name, c.amount_cents, "
                           "COALESCE((SELECT SUM(a.amount_cents) FROM payment_allocation a WHERE a.call_id = c.id), 0), "
                           "c.label, c.issued_on, c.due_on, c.state, c.state_reason, "
                           "COALESCE((SELECT MAX(r.level) FROM dues_reminder r WHERE r.call_id = c.id), 0), "
                           "(SELECT MAX(r.sent_on) FROM dues_reminder r WHERE r.call_id = c.id) "
                           "FROM dues_call c "
                           "JOIN membership m ON m.id = c.membership_id "
                           "LEFT JOIN organisation o ON o.id = m.organisation_id "
                           "LEFT JOIN person p ON p.id = m.person_id "
                           "JOIN membership_category cat ON cat.id = m.category_id "
                           "LEFT JOIN origin_club oc ON oc.id = m.origin_club_id "_s;

DuesCall callFrom(const Sql &row)
{
    DuesCall call;
    call.id = row.value(0).toLongLong();
    call.number = row.value(1).toString();
    call.financialYear = row.value(2).toInt();
    call.membershipId = row.value(3).toLongLong();
    call.memberName = memberDisplayName(row.value(4), row.value(5), row.value(6));
    call.payerName = memberLetterName(row.value(4), row.value(5), row.value(6));
    call.category = row.value(7).toString();
    call.originClub = row.value(8).toString();
    call.amount = row.value(9).toLongLong();
    call.paid = row.value(10).toLongLong();
    call.label = row.value(11).toString();
    call.issuedOn = dateFrom(row.value(12));
    call.dueOn = dateFrom(row.value(13));
    call.state = callStateFromCode(row.value(14).toString()).value_or(CallState::Open);
    call.stateReason = row.value(15).toString();
    call.reminderLevel = row.value(16).toInt();
    call.lastReminderOn = dateFrom(row.value(17));
    return call;
}

Result<QList<DuesCall>> loadCalls(Database &db, const QString &where, const QList<std::pair<QString, QVariant>> &bindings)
{
    Sql query(db, callSelect + where);
    for (const auto &[placeholder, value] : bindings)
        query.bind(placeholder, value);
    if (auto ran = query.exec(Tr::tr("Impossible de lire les appels de cotisation")); !ran)
        return fail(ran.error());
    QList<DuesCall> calls;
    while (query.next())
        calls.append(callFrom(query));
    return calls;
}

// The payments chosen by a WHERE clause on "payment p", by number, with their allocations: two
// queries whatever their number.
Result<QList<Payment>> loadPayments(Database &db, const QString &where, const QList<std::pair<QString, QVariant>> &bindings)
{
    const QString context = Tr::tr("Impossible de lire les paiements");
    Sql query(db,
        u"SELECT p.id, p.number, p.received_on, p.amount_cents, p.method, p.cheque_number, p.bank, p.reference, p.payer, "
        "p.reverses_payment_id, p.note FROM payment p "_s
            + where + u" ORDER BY length(p.number), p.number"_s);
    for (const auto &[placeholder, value] : bindings)
        query.bind(placeholder, value);
    if (auto ran = query.exec(context); !ran)
        return fail(ran.error());
    QList<Payment> payments;
    QHash<qint64, qsizetype> rowOf;
    while (query.next()) {
        Payment payment;
        payment.id = query.value(0).toLongLong();
        payment.number = query.value(1).toString();
        payment.receivedOn = dateFrom(query.value(2));
        payment.amount = query.value(3).toLongLong();
        payment.method = paymentMethodFromCode(query.value(4).toString()).value_or(PaymentMethod::Transfer);
        payment.chequeNumber = query.value(5).toString();
        payment.bank = query.value(6).toString();
        payment.reference = query.value(7).toString();
        payment.payer = query.value(8).toString();
        payment.reversesPaymentId = query.value(9).toLongLong();
        payment.note = query.value(10).toString();
        rowOf.insert(payment.id, payments.size());
        payments.append(payment);
    }
    if (payments.isEmpty())
        return payments;

    Sql allocations(db,
        u"SELECT a.payment_id, a.call_id, a.amount_cents FROM payment_allocation a JOIN payment p ON p.id = a.payment_id "_s + where
            + u" ORDER BY a.payment_id, a.call_id"_s);
    for (const auto &[placeholder, value] : bindings)
        allocations.bind(placeholder, value);
    if (auto ran = allocations.exec(context); !ran)
        return fail(ran.error());
    while (allocations.next()) {
        const auto row = rowOf.constFind(allocations.value(0).toLongLong());
        if (row != rowOf.cend())
            payments[*row].allocations.append(Allocation {allocations.value(1).toLongLong(), allocations.value(2).toLongLong()});
    }
    return payments;
}

Result<Payment> loadPayment(Database &db, qint64 paymentId)
{
    auto found = loadPayments(db, u"WHERE p.id = :id"_s, {{u":id"_s, paymentId}});
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, Tr::tr("Le paiement n°%1 n'existe pas.").arg(paymentId));
    return found->first();
}

// Writes a payment row, its number taken from the series of the financial year of its date,
// and its allocations. The caller holds the transaction.
Result<Payment> insertPayment(Database &db, Payment payment)
{
    const FinancialYear year = FinancialYear::containing(payment.receivedOn, FinancialYear::startMonthOf(db));
    auto number = nextDocumentNumber(db, u"RE-%1"_s.arg(year.startYear()));
    if (!number)
        return fail(number.error());
    payment.number = *number;

    const QString context = Tr::tr("Impossible d'enregistrer le paiement %1").arg(payment.number);
    Sql insert(db,
        u"INSERT INTO payment (number, received_on, amount_cents, method, cheque_number, bank, reference, payer, "
        "reverses_payment_id, note, created_at) VALUES (:number, :received, :amount, :method, :cheque, :bank, :reference, "
        ":payer, :reverses, :note, :created)"_s);
    insert.bind(u":number"_s, payment.number)
        .bind(u":received"_s, payment.receivedOn.toString(Qt::ISODate))
        .bind(u":amount"_s, payment.amount)
        .bind(u":method"_s, toCode(payment.method))
        .bind(u":cheque"_s, payment.chequeNumber.trimmed())
        .bind(u":bank"_s, payment.bank.trimmed())
        .bind(u":reference"_s, payment.reference.trimmed())
        .bind(u":payer"_s, payment.payer.trimmed())
        .bind(u":reverses"_s, payment.reversesPaymentId > 0 ? QVariant(payment.reversesPaymentId) : QVariant())
        .bind(u":note"_s, payment.note.trimmed())
        .bind(u":created"_s, db.nowText());
    if (auto ran = insert.exec(context); !ran)
        return fail(ran.error());
    payment.id = insert.lastInsertId();

    for (const Allocation &allocation : std::as_const(payment.allocations)) {
        Sql allocate(db, u"INSERT INTO payment_allocation (payment_id, call_id, amount_cents) VALUES (:payment, :call, :amount)"_s);
        allocate.bind(u":payment"_s, payment.id).bind(u":call"_s, allocation.callId).bind(u":amount"_s, allocation.amount);
        if (auto ran = allocate.exec(context); !ran)
            return fail(ran.error());
    }
    return payment;
}

} // namespace

Cents amountDue(const FeeSchedule &schedule, const QDate &joinedOn, const FinancialYear &year)
{
    if (!joinedOn.isValid() || joinedOn <= year.first())
        return schedule.amount;
    if (joinedOn > year.last())
        return 0;
    const int months = year.monthsFrom(joinedOn);
    switch (schedule.joiningRule) {
    case JoiningRule::Full: return schedule.amount;
    case JoiningRule::ProRataMonth:
        // Rounded to the nearest cent, halves up; amounts are never negative.
        return (schedule.amount * months + 6) / 12;
    case JoiningRule::NextYearFromSeptember:
        // From the year's ninth month on (September for a calendar year), four months or fewer
        // are left: the next year's call covers them.
        return months <= 4 ? 0 : schedule.amount;
    }
    return schedule.amount;
}

Result<QString> nextDocumentNumber(Database &db, const QString &series)
{
    if (!db.inTransaction())
        return fail(ErrorCode::Storage, Tr::tr("Un numéro de pièce ne se prend que dans une transaction (série %1).").arg(series));
    Sql take(db,
        u"INSERT INTO document_counter (series, last_number) VALUES (:series, 1) "
        "ON CONFLICT(series) DO UPDATE SET last_number = last_number + 1 RETURNING last_number"_s);
    take.bind(u":series"_s, series);
    auto number = take.scalar(Tr::tr("Impossible de prendre un numéro dans la série %1").arg(series));
    if (!number)
        return fail(number.error());
    if (number->isNull())
        return fail(ErrorCode::Storage, Tr::tr("Impossible de prendre un numéro dans la série %1").arg(series));
    return u"%1-%2"_s.arg(series).arg(number->toLongLong(), 4, 10, QLatin1Char('0'));
}

DuesLedger::DuesLedger(Database &db) : m_db(db)
{ }

FinancialYear DuesLedger::financialYear(int startYear) const
{
    return FinancialYear(startYear, FinancialYear::startMonthOf(m_db));
}

Result<void> DuesLedger::setYearStartMonth(int month)
{
    if (month < 1 || month > 12)
        return fail(ErrorCode::InvalidInput, Tr::tr("Le mois de début d'exercice doit être compris entre 1 et 12."));
    if (month == FinancialYear::startMonthOf(m_db))
        return {};
    auto callCount = Sql(m_db, u"SELECT count(*) FROM dues_call"_s).scalar(Tr::tr("Impossible de lire les appels de cotisation"));
    if (!callCount)
        return tl::unexpected(callCount.error());
    if (callCount->toInt() > 0) {
        return fail(ErrorCode::Conflict,
            Tr::tr("Le mois de début d'exercice ne peut plus changer\u00a0: des appels de cotisation sont déjà émis (%n).", "",
                callCount->toInt()));
    }
    if (auto saved = settings::saveSetting(m_db, u"dues.year_start_month"_s, QString::number(month)); !saved)
        return saved;
    m_db.markChanged(Database::Change::ReferenceData);
    m_db.markChanged(Database::Change::Dues); // the years' labels change
    return {};
}

bool DuesLedger::hasCalls() const
{
    auto found = Sql(m_db, u"SELECT EXISTS (SELECT 1 FROM dues_call)"_s).scalar(Tr::tr("Impossible de lire les appels de cotisation"));
    return found && found->toBool();
}

Result<QList<FeeSchedule>> DuesLedger::schedules(int financialYear) const
{
    Sql query(m_db,
        u"SELECT s.id, s.financial_year, s.category_id, s.amount_cents, s.joining_rule FROM fee_schedule s "
        "JOIN membership_category c ON c.id = s.category_id WHERE s.financial_year = :year ORDER BY c.sort_order, c.id"_s);
    query.bind(u":year"_s, financialYear);
    if (auto ran = query.exec(Tr::tr("Impossible de lire le barème des cotisations")); !ran)
        return fail(ran.error());
    QList<FeeSchedule> schedules;
    while (query.next()) {
        FeeSchedule schedule;
        schedule.id = query.value(0).toLongLong();
        schedule.financialYear = query.value(1).toInt();
        schedule.categoryId = query.value(2).toLongLong();
        schedule.amount = query.value(3).toLongLong();
        schedule.joiningRule = joiningRuleFromCode(query.value(4).toString()).value_or(JoiningRule::Full);
        schedules.append(schedule);
    }
    return schedules;
}

Result<qint64> DuesLedger::saveSchedule(const FeeSchedule &schedule)
{
    if (!validYear(schedule.financialYear))
        return fail(invalidYear(schedule.financialYear));
    if (schedule.amount < 0)
        return fail(ErrorCode::InvalidInput,
            Tr::tr("Le montant de la cotisation ne peut pas être négatif (%1).").arg(i18n::displayEuros(schedule.amount)));
    auto category = Sql(m_db, u"SELECT name FROM membership_category WHERE id = :id"_s)
                        .bind(u":id"_s, schedule.categoryId)
                        .scalar(Tr::tr("Impossible de lire les catégories"));
    if (!category)
        return fail(category.error());
    if (category->isNull())
        return fail(ErrorCode::NotFound, Tr::tr("La catégorie n°%1 n'existe pas.").arg(schedule.categoryId));

    Transaction transaction(m_db);
    if (!transaction.started())
        return fail(transaction.started().error());
    auto id = Sql(m_db,
        u"INSERT INTO fee_schedule (financial_year, category_id, amount_cents, joining_rule) VALUES (:year, :category, :amount, :rule) "
        "ON CONFLICT(financial_year, category_id) DO UPDATE SET amount_cents = excluded.amount_cents, "
        "joining_rule = excluded.joining_rule RETURNING id"_s)
                  .bind(u":year"_s, schedule.financialYear)
                  .bind(u":category"_s, schedule.categoryId)
                  .bind(u":amount"_s, schedule.amount)
                  .bind(u":rule"_s, toCode(schedule.joiningRule))
                  .scalar(Tr::tr("Impossible d'enregistrer le barème « %1 » de l'exercice %2")
                              .arg(category->toString())
                              .arg(schedule.financialYear));
    if (!id)
        return fail(id.error());
    // Heard by the dues page: a schedule for a new year makes that year one to choose.
    m_db.markChanged(Database::Change::Dues);
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return id->toLongLong();
}

Result<void> DuesLedger::saveSchedules(const QList<FeeSchedule> &schedules)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    for (const FeeSchedule &schedule : schedules) {
        if (auto saved = saveSchedule(schedule); !saved)
            return fail(saved.error());
    }
    return transaction.commit();
}

Result<DuesLedger::Preview> DuesLedger::previewCalls(int financialYear) const
{
    if (!validYear(financialYear))
        return fail(invalidYear(financialYear));
    const FinancialYear year = this->financialYear(financialYear);
    const QString context = Tr::tr("Impossible de préparer les appels de l'exercice %1").arg(year.label());

    auto yearSchedules = schedules(financialYear);
    if (!yearSchedules)
        return fail(yearSchedules.error());
    QHash<qint64, FeeSchedule> byCategory;
    for (const FeeSchedule &schedule : std::as_const(*yearSchedules))
        byCategory.insert(schedule.categoryId, schedule);

    // Alphabetical, as the member list sorts, so that numbers follow the names.
    Sql query(m_db,
        u"SELECT m.id, o.name, p.first_name, p.last_name, m.category_id, cat.name, m.joined_on, cat.sort_order, "
        "fc.name, f.paid_on "
        "FROM membership m "
        "LEFT JOIN organisation o ON o.id = m.organisation_id "
        "LEFT JOIN person p ON p.id = m.person_id "
        "JOIN membership_category cat ON cat.id = m.category_id "
        "LEFT JOIN member_directory d ON d.membership_id = m.id "
        "LEFT JOIN former_club_dues f ON f.membership_id = m.id AND f.financial_year = :formerYear "
        "LEFT JOIN origin_club fc ON fc.id = f.origin_club_id "
        "WHERE m.status = 'active' "
        "AND NOT EXISTS (SELECT 1 FROM dues_call c WHERE c.membership_id = m.id AND c.financial_year = :year) "
        "ORDER BY d.sort_name, m.id"_s);
    query.bind(u":formerYear"_s, financialYear).bind(u":year"_s, financialYear);
    if (auto ran = query.exec(context); !ran)
        return fail(ran.error());

    Preview preview;
    QMap<std::pair<int, qint64>, QString> missing; // in the categories' order
    while (query.next()) {
        const qint64 categoryId = query.value(4).toLongLong();
        const QString category = query.value(5).toString();
        const QDate joinedOn = dateFrom(query.value(6));
        CallDraft draft;
        draft.membershipId = query.value(0).toLongLong();
        draft.memberName = memberDisplayName(query.value(1), query.value(2), query.value(3));
        draft.category = category;
        draft.joinedOn = joinedOn;
        draft.label = Tr::tr("Cotisation %1 — %2").arg(year.label(), category);
        // Paid to a founding club before the merger (formerclubdues.h): L2C does not bill it again.
        if (!query.value(8).isNull()) {
            draft.note = Tr::tr("cotisation %1 réglée à %2 le %3")
                             .arg(year.label(), query.value(8).toString(), i18n::displayDate(dateFrom(query.value(9))));
            preview.notBilled.append(draft);
            continue;
        }
        const auto schedule = byCategory.constFind(categoryId);
        if (schedule == byCategory.cend()) {
            missing.insert({query.value(7).toInt(), categoryId}, category);
            continue;
        }
        const Cents amount = amountDue(*schedule, joinedOn, year);
        draft.amount = amount;
        // Joined after the year, or late enough that the next year's call covers it.
        if (amount == 0 && schedule->amount > 0) {
            draft.note = joinedOn > year.last()
                ? Tr::tr("adhésion le %1, après l'exercice").arg(i18n::displayDate(joinedOn))
                : Tr::tr("adhésion le %1, à %n mois de la fin de l'exercice\u00a0: l'appel de l'exercice suivant la couvre", nullptr,
                    year.monthsFrom(joinedOn))
                      .arg(i18n::displayDate(joinedOn));
            preview.notBilled.append(draft);
            continue;
        }
        if (amount != schedule->amount)
            draft.note = Tr::tr("prorata\u00a0: %1 mois sur 12").arg(year.monthsFrom(joinedOn));
        preview.drafts.append(draft);
    }
    preview.missingSchedules = missing.values();
    return preview;
}

Result<int> DuesLedger::issueCalls(int financialYear, const QDate &issuedOn, const QDate &dueOn)
{
    if (!issuedOn.isValid() || !dueOn.isValid())
        return fail(ErrorCode::InvalidInput, Tr::tr("Indiquez la date d'émission et la date d'échéance des appels."));
    if (dueOn < issuedOn)
        return fail(ErrorCode::InvalidInput,
            Tr::tr("L'échéance (%1) précède la date d'émission (%2).").arg(i18n::displayDate(dueOn), i18n::displayDate(issuedOn)));

    Transaction transaction(m_db);
    if (!transaction.started())
        return fail(transaction.started().error());
    // Inside the transaction (BEGIN IMMEDIATE): nobody can issue the same calls meanwhile.
    auto preview = previewCalls(financialYear);
    if (!preview)
        return fail(preview.error());

    const QString series = u"AC-%1"_s.arg(financialYear);
    for (const CallDraft &draft : std::as_const(preview->drafts)) {
        auto number = nextDocumentNumber(m_db, series);
        if (!number)
            return fail(number.error());
        auto inserted = Sql(m_db,
            u"INSERT INTO dues_call (number, financial_year, membership_id, amount_cents, label, issued_on, due_on, created_at) "
            "VALUES (:number, :year, :membership, :amount, :label, :issued, :due, :created)"_s)
                            .bind(u":number"_s, *number)
                            .bind(u":year"_s, financialYear)
                            .bind(u":membership"_s, draft.membershipId)
                            .bind(u":amount"_s, draft.amount)
                            .bind(u":label"_s, draft.label)
                            .bind(u":issued"_s, issuedOn.toString(Qt::ISODate))
                            .bind(u":due"_s, dueOn.toString(Qt::ISODate))
                            .bind(u":created"_s, m_db.nowText())
                            .exec(Tr::tr("Impossible d'émettre l'appel %1 (%2)").arg(*number, draft.memberName));
        if (!inserted)
            return fail(inserted.error());
    }
    if (!preview->drafts.isEmpty())
        m_db.markChanged(Database::Change::Dues);
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return int(preview->drafts.size());
}

Result<QList<DuesCall>> DuesLedger::calls(int financialYear) const
{
    return loadCalls(m_db, u"WHERE c.financial_year = :year ORDER BY length(c.number), c.number"_s, {{u":year"_s, financialYear}});
}

Result<QList<DuesCall>> DuesLedger::openCalls() const
{
    return loadCalls(m_db,
        u"WHERE c.state = 'open' AND c.amount_cents > "
        "COALESCE((SELECT SUM(a.amount_cents) FROM payment_allocation a WHERE a.call_id = c.id), 0) "
        "ORDER BY c.financial_year, length(c.number), c.number"_s,
        {});
}

Result<DuesCall> DuesLedger::call(qint64 callId) const
{
    auto found = loadCalls(m_db, u"WHERE c.id = :id"_s, {{u":id"_s, callId}});
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, Tr::tr("L'appel de cotisation n°%1 n'existe pas.").arg(callId));
    return found->first();
}

Result<void> DuesLedger::setCallState(qint64 callId, CallState state, const QString &reason)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return fail(transaction.started().error());
    auto current = call(callId);
    if (!current)
        return fail(current.error());
    if (state != CallState::Open && current->paid != 0)
        return fail(ErrorCode::Conflict,
            Tr::tr("L'appel %1 (%2) a déjà reçu %3\u00a0: annulez d'abord les paiements avant de l'exonérer ou de l'annuler.")
                .arg(current->number, current->memberName, i18n::displayEuros(current->paid)));
    auto updated = Sql(m_db, u"UPDATE dues_call SET state = :state, state_reason = :reason WHERE id = :id"_s)
                       .bind(u":state"_s, toCode(state))
                       .bind(u":reason"_s, reason.trimmed())
                       .bind(u":id"_s, callId)
                       .exec(Tr::tr("Impossible de modifier l'appel %1").arg(current->number));
    if (!updated)
        return fail(updated.error());
    m_db.markChanged(Database::Change::Dues);
    return transaction.commit();
}

Result<Payment> DuesLedger::recordPayment(const Payment &given)
{
    if (given.amount <= 0)
        return fail(ErrorCode::InvalidInput,
            Tr::tr("Le montant d'un paiement doit être positif (%1 saisi).").arg(i18n::displayEuros(given.amount)));
    if (!given.receivedOn.isValid())
        return fail(ErrorCode::InvalidInput, Tr::tr("Indiquez la date de réception du paiement."));
    if (given.reversesPaymentId != 0)
        return fail(ErrorCode::InvalidInput, Tr::tr("Pour annuler un paiement, enregistrez son annulation plutôt qu'un nouveau paiement."));

    Transaction transaction(m_db);
    if (!transaction.started())
        return fail(transaction.started().error());
    // Checked inside the transaction, so that a balance read here is still the balance at commit.
    Cents allocated = 0;
    QSet<qint64> seen;
    for (const Allocation &allocation : given.allocations) {
        auto target = call(allocation.callId);
        if (!target)
            return fail(target.error());
        if (seen.contains(allocation.callId))
            return fail(ErrorCode::InvalidInput,
                Tr::tr("L'appel %1 (%2) figure deux fois dans la répartition.").arg(target->number, target->memberName));
        seen.insert(allocation.callId);
        if (allocation.amount <= 0)
            return fail(ErrorCode::InvalidInput,
                Tr::tr("Le montant affecté à l'appel %1 (%2) doit être positif (%3 saisi).")
                    .arg(target->number, target->memberName, i18n::displayEuros(allocation.amount)));
        if (target->state != CallState::Open)
            return fail(ErrorCode::Conflict,
                Tr::tr("L'appel %1 (%2) est %3\u00a0: il ne peut plus recevoir de paiement.")
                    .arg(target->number, target->memberName, label(target->status()).toLower()));
        if (allocation.amount > target->balance())
            return fail(ErrorCode::InvalidInput,
                Tr::tr("%1 affectés à l'appel %2 (%3) dépassent le reste dû de %4.")
                    .arg(i18n::displayEuros(allocation.amount), target->number, target->memberName, i18n::displayEuros(target->balance())));
        allocated += allocation.amount;
    }
    if (allocated > given.amount)
        return fail(ErrorCode::InvalidInput,
            Tr::tr("La répartition (%1) dépasse le montant du paiement (%2).")
                .arg(i18n::displayEuros(allocated), i18n::displayEuros(given.amount)));

    Payment payment = given;
    payment.id = 0;
    payment.number.clear();
    auto recorded = insertPayment(m_db, payment);
    if (!recorded)
        return fail(recorded.error());
    m_db.markChanged(Database::Change::Dues);
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return recorded;
}

Result<Payment> DuesLedger::reversePayment(qint64 paymentId, const QDate &on, const QString &reason)
{
    if (!on.isValid())
        return fail(ErrorCode::InvalidInput, Tr::tr("Indiquez la date de l'annulation."));
    Transaction transaction(m_db);
    if (!transaction.started())
        return fail(transaction.started().error());
    auto original = loadPayment(m_db, paymentId);
    if (!original)
        return fail(original.error());
    if (original->amount < 0)
        return fail(
            ErrorCode::Conflict, Tr::tr("%1 annule déjà un paiement\u00a0: il ne peut pas être annulé à son tour.").arg(original->number));
    auto earlier = Sql(m_db, u"SELECT number FROM payment WHERE reverses_payment_id = :id"_s)
                       .bind(u":id"_s, paymentId)
                       .scalar(Tr::tr("Impossible de lire le paiement %1").arg(original->number));
    if (!earlier)
        return fail(earlier.error());
    if (!earlier->isNull())
        return fail(ErrorCode::Conflict, Tr::tr("Le paiement %1 est déjà annulé par %2.").arg(original->number, earlier->toString()));
    if (on < original->receivedOn)
        return fail(ErrorCode::InvalidInput,
            Tr::tr("L'annulation (%1) ne peut pas précéder le paiement %2 du %3.")
                .arg(i18n::displayDate(on), original->number, i18n::displayDate(original->receivedOn)));

    Payment reversal = *original;
    reversal.id = 0;
    reversal.number.clear();
    reversal.receivedOn = on;
    reversal.amount = -original->amount;
    reversal.reversesPaymentId = original->id;
    reversal.note = reason.trimmed().isEmpty() ? Tr::tr("Annulation de %1").arg(original->number)
                                               : Tr::tr("Annulation de %1\u00a0: %2").arg(original->number, reason.trimmed());
    for (Allocation &allocation : reversal.allocations)
        allocation.amount = -allocation.amount;
    auto recorded = insertPayment(m_db, reversal);
    if (!recorded)
        return fail(recorded.error());
    m_db.markChanged(Database::Change::Dues);
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return recorded;
}

Result<QList<Payment>> DuesLedger::payments(int financialYear) const
{
    const FinancialYear year = this->financialYear(financialYear);
    return loadPayments(m_db, u"WHERE p.received_on BETWEEN :first AND :last"_s,
        {{u":first"_s, year.first().toString(Qt::ISODate)}, {u":last"_s, year.last().toString(Qt::ISODate)}});
}

Result<Cents> DuesLedger::unallocated(qint64 paymentId) const
{
    auto payment = loadPayment(m_db, paymentId);
    if (!payment)
        return fail(payment.error());
    Cents allocated = 0;
    for (const Allocation &allocation : std::as_const(payment->allocations))
        allocated += allocation.amount;
    return payment->amount - allocated;
}

Result<QList<DuesCall>> DuesLedger::lateCalls(int financialYear, const QDate &asOf) const
{
    auto all
        = loadCalls(m_db, u"WHERE c.financial_year = :year AND c.state = 'open' AND c.due_on < :asOf ORDER BY length(c.number), c.number"_s,
            {{u":year"_s, financialYear}, {u":asOf"_s, asOf.toString(Qt::ISODate)}});
    if (!all)
        return fail(all.error());
    QList<DuesCall> late;
    for (const DuesCall &call : std::as_const(*all))
        if (call.balance() > 0)
            late.append(call);
    // Most reminded first: they are the next step towards the bureau's decision.
    std::stable_sort(late.begin(), late.end(), [](const DuesCall &a, const DuesCall &b) { return a.reminderLevel > b.reminderLevel; });
    return late;
}

Result<void> DuesLedger::recordReminder(qint64 callId, int level, const QDate &sentOn, const QString &channel)
{
    if (level < 1 || level > 3)
        return fail(ErrorCode::InvalidInput, Tr::tr("Le niveau de relance doit être 1, 2 ou 3 (%1 donné).").arg(level));
    if (channel != u"letter"_s && channel != u"email"_s)
        return fail(ErrorCode::InvalidInput, Tr::tr("Une relance part par courrier ou par e-mail (« %1 » donné).").arg(channel));
    if (!sentOn.isValid())
        return fail(ErrorCode::InvalidInput, Tr::tr("Indiquez la date d'envoi de la relance."));
    Transaction transaction(m_db);
    if (!transaction.started())
        return fail(transaction.started().error());
    auto target = call(callId);
    if (!target)
        return fail(target.error());
    if (level <= target->reminderLevel)
        return fail(ErrorCode::Conflict,
            Tr::tr("La relance n°%1 de l'appel %2 (%3) est déjà enregistrée.").arg(level).arg(target->number, target->memberName));
    auto inserted = Sql(m_db,
        u"INSERT INTO dues_reminder (call_id, level, sent_on, channel, created_at) VALUES (:call, :level, :sent, :channel, :created)"_s)
                        .bind(u":call"_s, callId)
                        .bind(u":level"_s, level)
                        .bind(u":sent"_s, sentOn.toString(Qt::ISODate))
                        .bind(u":channel"_s, channel)
                        .bind(u":created"_s, m_db.nowText())
                        .exec(Tr::tr("Impossible d'enregistrer la relance de l'appel %1").arg(target->number));
    if (!inserted)
        return fail(inserted.error());
    m_db.markChanged(Database::Change::Dues);
    return transaction.commit();
}

Result<void> DuesLedger::recordReminders(const QList<qint64> &callIds, int level, const QDate &sentOn, const QString &channel)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return fail(transaction.started().error());
    for (qint64 callId : callIds) {
        if (auto recorded = recordReminder(callId, level, sentOn, channel); !recorded)
            return recorded;
    }
    return transaction.commit();
}

QString DuesLedger::cashWarning(const Payment &payment)
{
    if (payment.method != PaymentMethod::Cash || payment.amount <= cashLimit)
        return QString();
    return Tr::tr("Un paiement en espèces de %1 dépasse la limite légale de %2 entre professionnels "
                  "(art. D112-3 du Code monétaire et financier).")
        .arg(i18n::displayEuros(payment.amount), i18n::displayEuros(cashLimit));
}

} // namespace adhera::dues

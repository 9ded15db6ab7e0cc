// SPDX-License-Identifier: GPL-3.0-or-later
#include "duesfixture.h"

#include "builders.h"
#include "catch.h"
#include "db/sql.h"

using namespace Qt::StringLiterals;

namespace adhera::test {

namespace {

qint64 organisationMember(MemberFile &file, const QString &name, const QString &category, const QString &club)
{
    OrganisationRecord record = organisation(name);
    record.membership = membership(file, category, club);
    return save(file, record).membership->id;
}

qint64 personMember(MemberFile &file, const QString &firstName, const QString &lastName, const QString &category, const QString &club)
{
    PersonRecord record = person(firstName, lastName);
    record.membership = membership(file, category, club);
    return save(file, record).membership->id;
}

void exec(Database &db, const QString &statement, const QVariantMap &values)
{
    Sql q(db, statement);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bind(u":"_s + it.key(), it.value());
    auto ran = q.exec(u"dues fixture"_s);
    INFO((ran ? QString() : ran.error().message).toStdString());
    REQUIRE(ran);
}

void call(Database &db, int id, qint64 membership, qint64 cents, const QString &issuedOn, const QString &state = u"open"_s)
{
    exec(db,
        u"INSERT INTO dues_call (id, number, financial_year, membership_id, amount_cents, label, issued_on, due_on, state, created_at)"
        " VALUES (:id, :number, 2026, :membership, :cents, 'Cotisation 2026', :issued, '2026-02-28', :state, '2026-01-15T09:00:00Z')"_s,
        {{u"id"_s, id}, {u"number"_s, u"AC-2026-%1"_s.arg(id, 4, 10, QChar(u'0'))}, {u"membership"_s, membership}, {u"cents"_s, cents},
            {u"issued"_s, issuedOn}, {u"state"_s, state}});
}

void payment(Database &db, int id, const QString &number, const QString &on, qint64 cents, const QString &method,
    const QVariant &reverses = {}, const QString &chequeNumber = {}, const QString &bank = {})
{
    exec(db,
        u"INSERT INTO payment (id, number, received_on, amount_cents, method, cheque_number, bank, reverses_payment_id, created_at)"
        " VALUES (:id, :number, :on, :cents, :method, :cheque, :bank, :reverses, '2026-01-15T09:00:00Z')"_s,
        {{u"id"_s, id}, {u"number"_s, number}, {u"on"_s, on}, {u"cents"_s, cents}, {u"method"_s, method}, {u"cheque"_s, chequeNumber},
            {u"bank"_s, bank}, {u"reverses"_s, reverses}});
}

void allocation(Database &db, int paymentId, int callId, qint64 cents)
{
    exec(db, u"INSERT INTO payment_allocation (payment_id, call_id, amount_cents) VALUES (:payment, :call, :cents)"_s,
        {{u"payment"_s, paymentId}, {u"call"_s, callId}, {u"cents"_s, cents}});
}

} // namespace

void fillDuesLedger(Database &db)
{
    db.setClock([] { return QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC); });
    MemberFile file(db);
    const qint64 loeuvre = organisationMember(file, u"Transports Lœuvre"_s, u"ENT_M"_s, u"VIATIS"_s);
    const qint64 moselle = organisationMember(file, u"Moselle Contact Services"_s, u"ENT_S"_s, u"CONNECT"_s);
    const qint64 muller = personMember(file, u"Hélène"_s, u"Müller"_s, u"IND"_s, u"L2C"_s);
    const qint64 nancy = organisationMember(file, u"Centre d'appels; \"Nancy\""_s, u"ENT_S"_s, QString());
    const qint64 dupont = personMember(file, u"Jean"_s, u"Dupont"_s, u"IND"_s, u"CONNECT"_s);
    const qint64 groupe = organisationMember(file, u"Groupe Est Relation"_s, u"ENT_L"_s, u"VIATIS"_s);
    const qint64 centre = organisationMember(file, u"Est Centre Services"_s, u"ENT_S"_s, u"VIATIS"_s);
    const qint64 vosges = organisationMember(file, u"Atelier des Vosges"_s, u"ENT_S"_s, u"L2C"_s);

    call(db, 1, loeuvre, 45000, u"2026-01-15"_s);
    call(db, 2, moselle, 25000, u"2026-01-15"_s);
    call(db, 3, muller, 8000, u"2026-01-15"_s);
    call(db, 4, nancy, 25000, u"2026-01-15"_s, u"exempt"_s);
    call(db, 5, dupont, 8000, u"2026-01-15"_s, u"cancelled"_s);
    call(db, 6, groupe, 90000, u"2026-01-15"_s);
    call(db, 7, centre, 25000, u"2026-03-01"_s);
    call(db, 8, vosges, 25000, u"2026-01-15"_s);

    payment(db, 1, u"RE-2026-0001"_s, u"2026-02-15"_s, 45000, u"transfer"_s);
    allocation(db, 1, 1, 45000);
    payment(db, 2, u"RE-2026-0002"_s, u"2026-03-10"_s, 10000, u"cheque"_s, {}, u"0012345"_s, u"Crédit Mutuel"_s);
    allocation(db, 2, 2, 10000);
    payment(db, 3, u"RE-2026-0003"_s, u"2026-03-24"_s, 115000, u"card"_s);
    allocation(db, 3, 6, 90000);
    allocation(db, 3, 7, 25000);
    payment(db, 4, u"RE-2026-0004"_s, u"2026-04-05"_s, 5000, u"cash"_s);
    allocation(db, 4, 3, 5000);
    payment(db, 5, u"RE-2026-0005"_s, u"2026-04-06"_s, -5000, u"cash"_s, 4);
    allocation(db, 5, 3, -5000);
    payment(db, 6, u"RE-2025-0001"_s, u"2025-12-20"_s, 25000, u"sepa_debit"_s);
    allocation(db, 6, 8, 25000);

    exec(db, u"INSERT INTO dues_reminder (call_id, level, sent_on, channel, created_at) VALUES (2, 1, '2026-04-15', 'letter', :now)"_s,
        {{u"now"_s, u"2026-04-15T09:00:00Z"_s}});
}

dues::DuesCall callOf(const dues::DuesLedger &ledger, qint64 membershipId, int year)
{
    auto all = ledger.calls(year);
    REQUIRE(all);
    for (const dues::DuesCall &call : *all)
        if (call.membershipId == membershipId)
            return call;
    FAIL("no call for membership " << membershipId);
    return {};
}

} // namespace adhera::test

// SPDX-License-Identifier: GPL-3.0-or-later
#include "formerclubdues.h"

#include "db/database.h"
#include "db/sql.h"
#include "dues/financialyear.h"
#include "i18n/displayformat.h"
#include "members/records.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace adhera::dues {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::dues)
};

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

const QString memberJoins = u"JOIN membership m ON m.id = f.membership_id "
                            "LEFT JOIN organisation o ON o.id = m.organisation_id "
                            "LEFT JOIN person p ON p.id = m.person_id "
                            "JOIN membership_category cat ON cat.id = m.category_id "
                            "JOIN origin_club oc ON oc.id = f.origin_club_id "
                            "LEFT JOIN member_directory d ON d.membership_id = m.id "_s;

// The thirteen columns of a record (recordFrom), from the aliases memberJoins gives; "oc" is the
// club the record names.
const QString recordColumns = u"f.id, f.financial_year, f.membership_id, o.name, p.first_name, p.last_name, cat.name, "
                              "f.origin_club_id, oc.name, f.amount_cents, f.paid_on, f.reference, f.cancelled_call_id"_s;

FormerClubDues recordFrom(const Sql &row, int first)
{
    FormerClubDues dues;
    dues.id = row.value(first).toLongLong();
    dues.financialYear = row.value(first + 1).toInt();
    dues.membershipId = row.value(first + 2).toLongLong();
    dues.memberName = memberDisplayName(row.value(first + 3), row.value(first + 4), row.value(first + 5));
    dues.category = row.value(first + 6).toString();
    dues.clubId = row.value(first + 7).toLongLong();
    dues.clubName = row.value(first + 8).toString();
    dues.amount = row.value(first + 9).toLongLong();
    dues.paidOn = dateFrom(row.value(first + 10));
    dues.reference = row.value(first + 11).toString();
    dues.cancelledCallId = row.value(first + 12).toLongLong();
    return dues;
}

struct YearCall {
    qint64 id = 0;
    QString number;
    CallState state = CallState::Open;
    Cents paid = 0;
};

Result<std::optional<YearCall>> yearCall(Database &db, qint64 membershipId, int financialYear)
{
    Sql q(db,
        u"SELECT c.id, c.number, c.state, COALESCE((SELECT SUM(a.amount_cents) FROM payment_allocation a WHERE a.call_id = c.id), 0) "
        "FROM dues_call c WHERE c.membership_id = :membership AND c.financial_year = :year"_s);
    q.bind(u":membership"_s, membershipId).bind(u":year"_s, financialYear);
    if (auto ran = q.exec(Tr::tr("Impossible de lire les appels de cotisation")); !ran)
        return fail(ran.error());
    if (!q.next())
        return std::optional<YearCall>();
    return std::optional<YearCall>(YearCall {q.value(0).toLongLong(), q.value(1).toString(),
        callStateFromCode(q.value(2).toString()).value_or(CallState::Open), q.value(3).toLongLong()});
}

Result<QString> nameOf(Database &db, qint64 membershipId)
{
    Sql q(db,
        u"SELECT o.name, p.first_name, p.last_name FROM membership m LEFT JOIN organisation o ON o.id = m.organisation_id "
        "LEFT JOIN person p ON p.id = m.person_id WHERE m.id = :id"_s);
    q.bind(u":id"_s, membershipId);
    if (auto ran = q.exec(Tr::tr("Impossible de lire l'adhésion n°%1").arg(membershipId)); !ran)
        return fail(ran.error());
    if (!q.next())
        return fail(ErrorCode::NotFound, Tr::tr("L'adhésion n°%1 n'est plus dans le fichier.").arg(membershipId));
    return memberLetterName(q.value(0), q.value(1), q.value(2)); // for sentences
}

// The origin club of a direct membership (the file's own reference data): not a former club.
const QString directMembershipCode = adhera::DirectMembershipClubCode.toString();

Result<QString> clubName(Database &db, qint64 clubId)
{
    Sql q(db, u"SELECT name, code FROM origin_club WHERE id = :id"_s);
    q.bind(u":id"_s, clubId);
    if (auto ran = q.exec(Tr::tr("Impossible de lire les clubs d'origine")); !ran)
        return fail(ran.error());
    if (!q.next())
        return fail(ErrorCode::InvalidInput, Tr::tr("Choisissez l'ancien club auquel la cotisation a été réglée."));
    if (q.value(1).toString() == directMembershipCode)
        return fail(ErrorCode::InvalidInput,
            Tr::tr("« %1 » n'est pas un ancien club\u00a0: une cotisation réglée à L2C est un paiement.").arg(q.value(0).toString()));
    return q.value(0).toString();
}

} // namespace

FormerClubLedger::FormerClubLedger(Database &db) : m_db(db)
{ }

Result<QList<FormerClubDues>> FormerClubLedger::recorded(int financialYear) const
{
    Sql q(m_db,
        u"SELECT "_s + recordColumns + u" FROM former_club_dues f "_s + memberJoins
            + u"WHERE f.financial_year = :year ORDER BY d.sort_name, m.id"_s);
    q.bind(u":year"_s, financialYear);
    if (auto ran = q.exec(Tr::tr("Impossible de lire les cotisations réglées aux anciens clubs")); !ran)
        return fail(ran.error());
    QList<FormerClubDues> list;
    while (q.next())
        list.append(recordFrom(q, 0));
    return list;
}

Result<QList<FormerClubCandidate>> FormerClubLedger::candidates(int financialYear) const
{
    // Distinct placeholders for the same year: not every driver binds a name used twice. 'L2C' is
    // directMembershipCode, written in the statement: bound there, Qt 6.4's SQLite driver did not match it.
    Sql q(m_db,
        u"SELECT m.id, o.name, p.first_name, p.last_name, cat.name, m.origin_club_id, mc.name, COALESCE(s.amount_cents, 0), "
        "c.id, c.number, c.state, COALESCE((SELECT SUM(a.amount_cents) FROM payment_allocation a WHERE a.call_id = c.id), 0), "_s
            + recordColumns
            + u" FROM membership m "
              "LEFT JOIN organisation o ON o.id = m.organisation_id "
              "LEFT JOIN person p ON p.id = m.person_id "
              "JOIN membership_category cat ON cat.id = m.category_id "
              "LEFT JOIN origin_club mc ON mc.id = m.origin_club_id "
              "LEFT JOIN fee_schedule s ON s.category_id = m.category_id AND s.financial_year = :scheduleYear "
              "LEFT JOIN dues_call c ON c.membership_id = m.id AND c.financial_year = :callYear "
              "LEFT JOIN former_club_dues f ON f.membership_id = m.id AND f.financial_year = :recordYear "
              "LEFT JOIN origin_club oc ON oc.id = f.origin_club_id "
              "LEFT JOIN member_directory d ON d.membership_id = m.id "
              "WHERE (m.status = 'active' AND mc.code <> 'L2C') OR f.id IS NOT NULL "
              "ORDER BY d.sort_name, m.id"_s);
    q.bind(u":scheduleYear"_s, financialYear).bind(u":callYear"_s, financialYear).bind(u":recordYear"_s, financialYear);
    if (auto ran = q.exec(Tr::tr("Impossible de lire les adhérents venus des anciens clubs")); !ran)
        return fail(ran.error());
    QList<FormerClubCandidate> list;
    while (q.next()) {
        FormerClubCandidate candidate;
        candidate.membershipId = q.value(0).toLongLong();
        candidate.memberName = memberDisplayName(q.value(1), q.value(2), q.value(3));
        candidate.category = q.value(4).toString();
        candidate.clubId = q.value(5).toLongLong();
        candidate.clubName = q.value(6).toString();
        candidate.scheduleAmount = q.value(7).toLongLong();
        candidate.callId = q.value(8).toLongLong();
        candidate.callNumber = q.value(9).toString();
        candidate.callState = callStateFromCode(q.value(10).toString()).value_or(CallState::Open);
        candidate.callPaid = q.value(11).toLongLong();
        if (!q.value(12).isNull()) // the record, read in the same row
            candidate.recorded = recordFrom(q, 12);
        list.append(candidate);
    }
    return list;
}

Result<void> FormerClubLedger::save(int financialYear, const QList<FormerClubDues> &records, const QList<qint64> &removedIds)
{
    const FinancialYear year(financialYear, FinancialYear::startMonthOf(m_db));
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();

    for (const qint64 id : removedIds) {
        Sql removed(m_db, u"DELETE FROM former_club_dues WHERE id = :id AND financial_year = :year RETURNING cancelled_call_id"_s);
        removed.bind(u":id"_s, id).bind(u":year"_s, financialYear);
        const QString context = Tr::tr("Impossible de retirer la cotisation réglée à l'ancien club (n°%1)").arg(id);
        if (auto ran = removed.exec(context); !ran)
            return fail(ran.error());
        if (!removed.next())
            return fail(ErrorCode::NotFound, Tr::tr("La cotisation réglée à l'ancien club n°%1 n'existe plus.").arg(id));
        if (const qint64 callId = removed.value(0).toLongLong(); callId > 0) {
            auto reopened = Sql(m_db, u"UPDATE dues_call SET state = 'open', state_reason = '' WHERE id = :id AND state = 'cancelled'"_s)
                                .bind(u":id"_s, callId)
                                .exec(context);
            if (!reopened)
                return fail(reopened.error());
        }
    }

    for (const FormerClubDues &record : records) {
        auto member = nameOf(m_db, record.membershipId);
        if (!member)
            return fail(member.error());
        auto club = clubName(m_db, record.clubId);
        if (!club)
            return fail(club.error().code, u"%1 (%2)"_s.arg(club.error().message, *member));
        if (record.amount < 0)
            return fail(ErrorCode::InvalidInput,
                Tr::tr("Le montant réglé à %1 par %2 ne peut pas être négatif (%3).")
                    .arg(*club, *member, i18n::displayEuros(record.amount)));
        if (!record.paidOn.isValid())
            return fail(ErrorCode::InvalidInput, Tr::tr("Indiquez la date à laquelle %1 a réglé sa cotisation à %2.").arg(*member, *club));

        auto call = yearCall(m_db, record.membershipId, financialYear);
        if (!call)
            return fail(call.error());
        qint64 cancelledCallId = 0;
        if (*call && (*call)->paid != 0)
            return fail(ErrorCode::Conflict,
                Tr::tr("%1 a déjà réglé %2 sur l'appel %3 de L2C\u00a0: sa cotisation %4 n'a pas pu être payée à %5. "
                       "Annulez d'abord ce paiement s'il est une erreur.")
                    .arg(*member, i18n::displayEuros((*call)->paid), (*call)->number, year.label(), *club));
        if (*call && (*call)->state == CallState::Open) {
            auto cancelled = Sql(m_db, u"UPDATE dues_call SET state = 'cancelled', state_reason = :reason WHERE id = :id"_s)
                                 .bind(u":reason"_s, Tr::tr("Cotisation %1 réglée à %2").arg(year.label(), *club))
                                 .bind(u":id"_s, (*call)->id)
                                 .exec(Tr::tr("Impossible d'annuler l'appel %1").arg((*call)->number));
            if (!cancelled)
                return fail(cancelled.error());
            cancelledCallId = (*call)->id;
        }

        // A second record for the same member and year replaces the first, and keeps the call it
        // cancelled, so that removing it still reopens that call.
        auto written = Sql(m_db,
            u"INSERT INTO former_club_dues (financial_year, membership_id, origin_club_id, amount_cents, paid_on, reference, "
            "cancelled_call_id, created_at) VALUES (:year, :membership, :club, :amount, :paid, :reference, :cancelled, :created) "
            "ON CONFLICT (financial_year, membership_id) DO UPDATE SET origin_club_id = excluded.origin_club_id, "
            "amount_cents = excluded.amount_cents, paid_on = excluded.paid_on, reference = excluded.reference, "
            "cancelled_call_id = COALESCE(former_club_dues.cancelled_call_id, excluded.cancelled_call_id) RETURNING id"_s)
                           .bind(u":year"_s, financialYear)
                           .bind(u":membership"_s, record.membershipId)
                           .bind(u":club"_s, record.clubId)
                           .bind(u":amount"_s, record.amount)
                           .bind(u":paid"_s, record.paidOn.toString(Qt::ISODate))
                           .bind(u":reference"_s, record.reference.trimmed())
                           .bind(u":cancelled"_s, cancelledCallId > 0 ? QVariant(cancelledCallId) : QVariant())
                           .bind(u":created"_s, m_db.nowText())
                           .scalar(Tr::tr("Impossible d'enregistrer la cotisation de %1 réglée à %2").arg(*member, *club));
        if (!written)
            return fail(written.error());
    }
    if (!records.isEmpty() || !removedIds.isEmpty())
        m_db.markChanged(Database::Change::Dues);
    return transaction.commit();
}

} // namespace adhera::dues

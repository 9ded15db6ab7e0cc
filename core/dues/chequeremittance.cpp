// SPDX-License-Identifier: GPL-3.0-or-later
#include "chequeremittance.h"

#include "db/database.h"
#include "db/sql.h"
#include "dues/duesledger.h"
#include "dues/duespdf.h"
#include "dues/money.h"
#include "dues/pdfcanvas.h"
#include "i18n/displayformat.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace adhera::dues {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::dues::ChequeRemittances)
};

// A cheque that nothing reversed (remitted or not).
const QString remittable = u"p.method = 'cheque' AND p.amount_cents > 0 AND p.reverses_payment_id IS NULL "
                           "AND NOT EXISTS (SELECT 1 FROM payment r WHERE r.reverses_payment_id = p.id)"_s;

} // namespace

Cents ChequeRemittance::total() const
{
    Cents sum = 0;
    for (const RemittedCheque &cheque : cheques)
        sum += cheque.amount;
    return sum;
}

ChequeRemittances::ChequeRemittances(Database &db) : m_db(db)
{ }

Result<QList<RemittedCheque>> ChequeRemittances::cheques(const QString &where, const QList<std::pair<QString, QVariant>> &bindings) const
{
    // No payer typed: the member whose call the cheque paid (the first one) is its drawer.
    Sql query(m_db,
        u"SELECT p.id, p.number, p.received_on, p.payer, p.bank, p.cheque_number, p.amount_cents, o.name, pe.first_name, "
        "pe.last_name FROM payment p "
        "LEFT JOIN dues_call c ON c.id = (SELECT min(a.call_id) FROM payment_allocation a WHERE a.payment_id = p.id) "
        "LEFT JOIN membership m ON m.id = c.membership_id LEFT JOIN organisation o ON o.id = m.organisation_id "
        "LEFT JOIN person pe ON pe.id = m.person_id WHERE "_s
            + where + u" ORDER BY p.received_on, length(p.number), p.number"_s);
    for (const auto &[placeholder, value] : bindings)
        query.bind(placeholder, value);
    if (auto ran = query.exec(Tr::tr("Impossible de lire les chèques")); !ran)
        return fail(ran.error());
    QList<RemittedCheque> found;
    while (query.next()) {
        QString drawer = query.value(3).toString();
        if (drawer.trimmed().isEmpty())
            drawer = memberDisplayName(query.value(7), query.value(8), query.value(9)).trimmed();
        found.append(RemittedCheque {query.value(0).toLongLong(), query.value(1).toString(),
            QDate::fromString(query.value(2).toString(), Qt::ISODate), drawer, query.value(4).toString(), query.value(5).toString(),
            query.value(6).toLongLong()});
    }
    return found;
}

Result<QList<RemittedCheque>> ChequeRemittances::pending() const
{
    return cheques(remittable
            + u" AND NOT EXISTS (SELECT 1 FROM cheque_remittance_line l WHERE l.payment_id = p.id)"
              " AND NOT EXISTS (SELECT 1 FROM cheque_remitted_without_slip w WHERE w.payment_id = p.id)"_s,
        {});
}

Error ChequeRemittances::notPending(qint64 paymentId) const
{
    Sql name(m_db, u"SELECT number FROM payment WHERE id = :id"_s);
    name.bind(u":id"_s, paymentId);
    const auto number = name.scalar(Tr::tr("Impossible de lire le paiement n°%1").arg(paymentId));
    return Error {ErrorCode::Conflict,
        Tr::tr("Le paiement %1 n'est pas un chèque à remettre (autre mode, déjà remis ou annulé).")
            .arg(number && !number->isNull() ? number->toString() : QString::number(paymentId))};
}

Result<ChequeRemittance> ChequeRemittances::remit(const QList<qint64> &paymentIds, const QDate &on)
{
    if (paymentIds.isEmpty())
        return fail(ErrorCode::InvalidInput, Tr::tr("Choisissez les chèques à remettre en banque."));
    if (!on.isValid())
        return fail(ErrorCode::InvalidInput, Tr::tr("Indiquez la date de la remise en banque."));
    Transaction transaction(m_db);
    if (!transaction.started())
        return fail(transaction.started().error());
    // Checked inside the transaction: what is read here is what the slip will hold.
    auto open = pending();
    if (!open)
        return fail(open.error());
    QHash<qint64, RemittedCheque> byId;
    for (const RemittedCheque &cheque : std::as_const(*open))
        byId.insert(cheque.paymentId, cheque);
    ChequeRemittance slip;
    QSet<qint64> seen;
    for (const qint64 id : paymentIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const auto found = byId.constFind(id);
        if (found == byId.cend())
            return fail(notPending(id));
        if (found->receivedOn > on)
            return fail(ErrorCode::InvalidInput,
                Tr::tr("Le chèque du paiement %1 a été reçu le %2, après la remise du %3.")
                    .arg(found->paymentNumber, i18n::displayDate(found->receivedOn), i18n::displayDate(on)));
        slip.cheques.append(*found);
    }
    std::sort(slip.cheques.begin(), slip.cheques.end(), [](const RemittedCheque &a, const RemittedCheque &b) {
        return std::tuple(a.receivedOn, a.paymentNumber.size(), a.paymentNumber)
            < std::tuple(b.receivedOn, b.paymentNumber.size(), b.paymentNumber);
    });

    auto number = nextDocumentNumber(m_db, u"BR-%1"_s.arg(on.year()));
    if (!number)
        return fail(number.error());
    Sql insert(m_db, u"INSERT INTO cheque_remittance (number, remitted_on, created_at) VALUES (:number, :on, :now) RETURNING id"_s);
    insert.bind(u":number"_s, *number).bind(u":on"_s, on.toString(Qt::ISODate)).bind(u":now"_s, m_db.nowText());
    auto id = insert.scalar(Tr::tr("Impossible d'enregistrer la remise %1").arg(*number));
    if (!id)
        return fail(id.error());
    slip.id = id->toLongLong();
    slip.number = *number;
    slip.remittedOn = on;
    for (const RemittedCheque &cheque : std::as_const(slip.cheques)) {
        Sql mark(m_db, u"INSERT INTO cheque_remittance_line (remittance_id, payment_id) VALUES (:slip, :id)"_s);
        mark.bind(u":slip"_s, slip.id).bind(u":id"_s, cheque.paymentId);
        if (auto ran = mark.exec(Tr::tr("Impossible d'inscrire le chèque %1 sur la remise").arg(cheque.paymentNumber)); !ran)
            return fail(ran.error());
    }
    m_db.markChanged(Database::Change::Dues);
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return slip;
}

Result<ChequeRemittance> ChequeRemittances::remittance(qint64 remittanceId) const
{
    Sql query(m_db, u"SELECT number, remitted_on FROM cheque_remittance WHERE id = :id"_s);
    query.bind(u":id"_s, remittanceId);
    if (auto ran = query.exec(Tr::tr("Impossible de lire la remise de chèques n°%1").arg(remittanceId)); !ran)
        return fail(ran.error());
    if (!query.next())
        return fail(ErrorCode::NotFound, Tr::tr("Aucune remise de chèques n°%1.").arg(remittanceId));
    ChequeRemittance slip;
    slip.id = remittanceId;
    slip.number = query.value(0).toString();
    slip.remittedOn = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    auto cheques = this->cheques(
        u"p.id IN (SELECT payment_id FROM cheque_remittance_line WHERE remittance_id = :slip)"_s, {{u":slip"_s, remittanceId}});
    if (!cheques)
        return fail(cheques.error());
    slip.cheques = *cheques;
    return slip;
}

Result<QList<ChequeRemittance>> ChequeRemittances::all() const
{
    Sql query(m_db, u"SELECT id FROM cheque_remittance ORDER BY remitted_on DESC, id DESC"_s);
    if (auto ran = query.exec(Tr::tr("Impossible de lire les remises de chèques")); !ran)
        return fail(ran.error());
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    QList<ChequeRemittance> slips;
    for (const qint64 id : std::as_const(ids)) {
        auto slip = remittance(id);
        if (!slip)
            return fail(slip.error());
        slips.append(*slip);
    }
    return slips;
}

Result<void> ChequeRemittances::markRemittedWithoutSlip(const QList<qint64> &paymentIds)
{
    if (paymentIds.isEmpty())
        return fail(ErrorCode::InvalidInput, Tr::tr("Choisissez les chèques déjà remis en banque."));
    Transaction transaction(m_db);
    if (!transaction.started())
        return fail(transaction.started().error());
    auto open = pending();
    if (!open)
        return fail(open.error());
    QSet<qint64> pendingIds;
    for (const RemittedCheque &cheque : std::as_const(*open))
        pendingIds.insert(cheque.paymentId);
    for (const qint64 id : QSet<qint64>(paymentIds.cbegin(), paymentIds.cend())) {
        if (!pendingIds.contains(id))
            return fail(notPending(id));
        Sql mark(m_db, u"INSERT INTO cheque_remitted_without_slip (payment_id, recorded_at) VALUES (:id, :now)"_s);
        mark.bind(u":id"_s, id).bind(u":now"_s, m_db.nowText());
        if (auto ran = mark.exec(Tr::tr("Impossible de marquer le chèque n°%1 comme remis").arg(id)); !ran)
            return fail(ran.error());
    }
    m_db.markChanged(Database::Change::Dues);
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return {};
}

Result<QHash<qint64, QString>> ChequeRemittances::slipNumbers() const
{
    Sql query(m_db,
        u"SELECT l.payment_id, r.number FROM cheque_remittance_line l JOIN cheque_remittance r ON r.id = l.remittance_id "
        "UNION ALL SELECT payment_id, NULL FROM cheque_remitted_without_slip"_s);
    if (auto ran = query.exec(Tr::tr("Impossible de lire les remises de chèques")); !ran)
        return fail(ran.error());
    QHash<qint64, QString> numbers;
    while (query.next())
        numbers.insert(query.value(0).toLongLong(), query.value(1).isNull() ? Tr::tr("sans bordereau") : query.value(1).toString());
    return numbers;
}

Result<void> writeRemittancePdf(Database &db, const ChequeRemittance &slip, const QString &path)
{
    const ClubHeader club = clubHeader(db);
    const QString title = Tr::tr("Bordereau de remise de chèques %1").arg(slip.number);
    return pdf::writePdf(path, title, QMarginsF(15, 15, 15, 15), [&](QPdfWriter &writer, QPainter &painter) {
        const pdf::Canvas canvas(writer, &painter);
        const double width = canvas.width();
        double y = 0;
        canvas.text(QRectF(0, y, width, pdf::mm(7)), club.name, 13, true, pdf::ink);
        y += pdf::mm(7);
        if (!club.address.isEmpty())
            y += canvas.paragraph(QRectF(0, y, width * 0.6, 0), club.address, 9, false, pdf::muted);
        y += pdf::mm(8);
        canvas.text(QRectF(0, y, width, pdf::mm(9)), Tr::tr("Bordereau de remise de chèques"), 16, true, pdf::ink);
        y += pdf::mm(9);
        canvas.text(QRectF(0, y, width, pdf::mm(6)),
            Tr::tr("N° %1 — remis le %2 — %n chèque(s)", "", int(slip.cheques.size()))
                .arg(slip.number, i18n::documentDate(slip.remittedOn)),
            10, false, pdf::ink);
        y += pdf::mm(10);

        // Columns: date, drawer, bank, cheque number, amount.
        const QList<double> share {0.12, 0.35, 0.22, 0.16, 0.15};
        QList<double> left {0};
        for (const double part : share)
            left.append(left.last() + part * width);
        const double rowHeight = pdf::mm(7);
        const auto row = [&](const QStringList &cells, bool bold, double points) {
            for (int c = 0; c < cells.size(); ++c) {
                const Qt::Alignment alignment = (c == 4 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
                canvas.text(QRectF(left.at(c) + pdf::mm(1), y, left.at(c + 1) - left.at(c) - pdf::mm(2), rowHeight), cells.at(c), points,
                    bold, pdf::ink, alignment);
            }
            y += rowHeight;
        };
        const QStringList headers {Tr::tr("Reçu le"), Tr::tr("Tireur"), Tr::tr("Banque"), Tr::tr("N° de chèque"), Tr::tr("Montant")};
        const auto header = [&] {
            canvas.fill(QRectF(0, y, width, rowHeight), pdf::headerFill);
            row(headers, true, 9);
        };
        header();
        for (int i = 0; i < slip.cheques.size(); ++i) {
            if (y + rowHeight * 6 > canvas.height()) {
                writer.newPage();
                y = 0;
                header();
            }
            const RemittedCheque &cheque = slip.cheques.at(i);
            if (i % 2 == 1)
                canvas.fill(QRectF(0, y, width, rowHeight), pdf::stripe);
            row({i18n::documentDate(cheque.receivedOn), cheque.drawer, cheque.bank, cheque.chequeNumber, formatEuros(cheque.amount)}, false,
                9);
        }
        canvas.line(y, pdf::ink, pdf::mm(0.3), 0, width);
        row({QString(), Tr::tr("Total (%n chèque(s))", "", int(slip.cheques.size())), QString(), QString(), formatEuros(slip.total())},
            true, 10);
        y += pdf::mm(10);

        // What the bank fills in.
        const double boxHeight = pdf::mm(30);
        const double half = (width - pdf::mm(6)) / 2;
        for (const auto &[x, caption] :
            {std::pair {0.0, Tr::tr("Compte crédité (IBAN)")}, std::pair {half + pdf::mm(6), Tr::tr("Cachet de la banque")}}) {
            painter.setPen(QPen(pdf::rule, pdf::mm(0.3)));
            painter.drawRect(QRectF(x, y, half, boxHeight));
            canvas.text(QRectF(x + pdf::mm(2), y + pdf::mm(1), half - pdf::mm(4), pdf::mm(5)), caption, 8, false, pdf::muted);
        }
        y += boxHeight + pdf::mm(6);
        canvas.text(QRectF(0, y, width, pdf::mm(5)),
            Tr::tr("Imprimé le %1 par Adhera").arg(i18n::documentDateTime(club.printedAt.toLocalTime())), 8, false, pdf::muted);
    });
}

} // namespace adhera::dues
